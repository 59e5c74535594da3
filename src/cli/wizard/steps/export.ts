import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { buildDossier } from "../../../app/dossier.js";
import { exportCatalogue, findEarlierExport } from "../../../app/export.js";
import type { JsonValue } from "../../../app/onboarding.js";
import { isExportAllowed } from "../../../domain/catalogue/channel-export.js";
import { writeExportPretty } from "../../../io/reports/readiness.js";
import type { WizardContext, WizardStep } from "../context.js";

/**
 * The Tmall-ready files and the application dossier, by the use cases of `export` and `dossier` (same
 * gate, same files, same atomic writes). Files are never replaced without saying so: at the terminal
 * the wizard asks, in a file `export.force` / `dossier.force` say it — except files this very session
 * wrote (a resumed run writes them again).
 */
export const exportStep: WizardStep = {
  id: "export",
  async run(context) {
    const { t } = context;
    const merchant = await context.merchant();
    const results = context.session().results;

    // ── the export ──
    const exportOut = await askOutput(context, {
      key: "export.out",
      forceKey: "export.force",
      fallback: join(context.cwd, `export-tmall-${merchant.siren}`),
      existing: findEarlierExport,
      writtenBefore: recordOf(results.export)?.out,
    });
    const report = await exportCatalogue(context.deps, {
      merchantRef: String(merchant.id),
      channel: "tmall-global",
      out: exportOut.path,
      isCheck: false,
      minCompleteness: undefined,
      // The wizard exports drafts as drafts: the readiness and the dossier say which names to have reviewed.
      requireReviewedNames: false,
      replace: exportOut.force,
      // Some products ready, others not: export the ready ones? (`export --allow-partial`)
      allowPartial: async (readiness) =>
        (await context.ask({
          key: "export.allowPartial",
          kind: "confirm",
          message: t.wizard("askAllowPartial", { ready: readiness.readyCount, total: readiness.total }),
          default: true,
        })) === true,
    });
    context.out(writeExportPretty(report, t, context.style));
    const isExported = isExportAllowed(report.verdict);
    context.saveResults({ export: { out: exportOut.path, written: isExported, ready: report.readiness.readyCount, total: report.readiness.total } });
    if (!isExported) context.out(context.style.warning(t.wizard("exportRefused", { merchant: merchant.id, out: exportOut.path })));

    // ── the dossier ──
    const dossierOut = await askOutput(context, {
      key: "dossier.out",
      forceKey: "dossier.force",
      fallback: join(context.cwd, `dossier-${merchant.siren}.html`),
      existing: (path) => (existsSync(path) ? [path] : []),
      writtenBefore: recordOf(context.session().results.dossier)?.out,
    });
    await buildDossier(context.deps, { merchantRef: String(merchant.id), out: dossierOut.path, replace: dossierOut.force });
    context.note(t.dossier("written", { path: dossierOut.path }));
    context.saveResults({ dossier: { out: dossierOut.path } });
  },
};

interface OutputQuestion {
  readonly key: "export.out" | "dossier.out";
  readonly forceKey: "export.force" | "dossier.force";
  /** Offered at the terminal. */
  readonly fallback: string;
  /** The files already there that would be replaced. */
  readonly existing: (path: string) => string[];
  /** Where this session already wrote (a resumed run may write there again). */
  readonly writtenBefore: JsonValue | undefined;
}

async function askOutput(context: WizardContext, question: OutputQuestion): Promise<{ path: string; force: boolean }> {
  const { t } = context;
  for (;;) {
    const shownDefault = relative(context.cwd, question.fallback) || ".";
    const path = String(await context.ask({ key: question.key, kind: "input", message: t.wizard("askOutput", { key: question.key }), default: shownDefault }));
    const existing = question.existing(path);
    if (existing.length === 0 || question.writtenBefore === path) return { path, force: existing.length > 0 };
    const force = await context.ask({
      key: question.forceKey,
      kind: "confirm",
      message: t.wizard("askReplace", { path, files: existing.map((file) => relative(path, file) || file).join(", ") }),
      default: false,
    });
    if (force === true) return { path, force: true };
    // Without a terminal the command itself refuses (exit 2, "exists"); at the terminal, another path.
    if (!context.isInteractive || context.isFromFile(question.key)) return { path, force: false };
    context.forget([question.key, question.forceKey]);
  }
}

function recordOf(value: JsonValue | undefined): Readonly<Record<string, JsonValue>> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Readonly<Record<string, JsonValue>>) : undefined;
}
