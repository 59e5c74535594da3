import { resolve } from "node:path";
import { decideExport, isBelowMinimum, isExportAllowed, planExportLines } from "../../domain/catalogue/channel-export.js";
import { assessReadiness, CHANNELS, isChannel } from "../../domain/catalogue/readiness.js";
import { EprovenceError } from "../../domain/errors.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../../domain/settings.js";
import { findExistingFiles, writeFilesAtomically } from "../../io/atomic-files.js";
import {
  CATALOGUE_CSV,
  CATALOGUE_JSON,
  digestFile,
  MANIFEST_JSON,
  renderCatalogueCsv,
  renderCatalogueJson,
  renderManifest,
} from "../../io/catalogue-export.js";
import { loadPostcodeDirectory } from "../../io/geo-data.js";
import { writeExportJson, writeExportPretty, type ExportReport } from "../../io/reports/readiness.js";
import { openCommandDatabase } from "../database.js";
import { EXIT, type ExitCode } from "../errors.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";

const OUTPUT_FILES = [CATALOGUE_CSV, CATALOGUE_JSON, MANIFEST_JSON] as const;

/**
 * `eprovence export --merchant <ref> [--channel tmall-global] (--check | --out <dir>)`: the channel
 * readiness of the stored catalogue, then (unless `--check`) the Tmall-ready files. Exit 0 when
 * checked or exported, 1 when the export is refused or the completeness is under `--min-completeness`,
 * 2 when it could not be done (thrown: unknown channel or merchant, no database, output exists…).
 */
export async function runExport(options: Record<string, unknown>, context: CommandContext): Promise<ExitCode> {
  const { io, t } = context;
  const format = String(options.format ?? "pretty");
  if (format !== "pretty" && format !== "json") throw new EprovenceError("invalid-option", { option: "--format", value: format, expected: "pretty, json" });
  const channel = String(options.channel ?? "tmall-global");
  if (!isChannel(channel)) throw new EprovenceError("unknown-channel", { channel, channels: CHANNELS.join(", ") });
  const minCompleteness = parseMinCompleteness(options.minCompleteness);
  const isCheck = options.check === true;
  const isForced = options.force === true;
  const allowPartial = options.allowPartial === true;
  const merchantRef = typeof options.merchant === "string" ? options.merchant : undefined;
  if (merchantRef === undefined) throw new EprovenceError("export-merchant-required", {});
  const out = typeof options.out === "string" && !isCheck ? resolve(io.cwd, options.out) : undefined;
  if (out === undefined && !isCheck) throw new EprovenceError("export-out-required", {});
  // Before any work: a script re-running an export learns at once that it needs --force.
  if (out !== undefined && !isForced) {
    const existing = findExistingFiles(out, OUTPUT_FILES);
    if (existing.length > 0) throw new EprovenceError("export-output-exists", { path: out, files: existing.join(", ") });
  }

  const settings = DEFAULT_CATALOGUE_SETTINGS;
  const db = await openCommandDatabase(context, { mustExist: true });
  let report: ExportReport;
  try {
    const { findMerchant } = await import("../../store/merchants.js");
    const { findLatestProductUpdate, listProducts } = await import("../../store/products.js");
    const { SCHEMA_VERSION } = await import("../../store/migrations/index.js");
    const merchant = findMerchant(db, merchantRef);
    const products = listProducts(db, merchant.id);
    const readiness = assessReadiness(products, { postcodes: loadPostcodeDirectory(), settings });
    const verdict = decideExport(readiness, { allowPartial, minCompleteness });
    let written: ExportReport["written"];
    if (out !== undefined && isExportAllowed(verdict)) {
      const lines = planExportLines(products, readiness, settings);
      const catalogue = [
        { name: CATALOGUE_CSV, content: renderCatalogueCsv(lines) },
        { name: CATALOGUE_JSON, content: renderCatalogueJson(lines, { channel, settings }) },
      ];
      const manifest = {
        name: MANIFEST_JSON,
        content: renderManifest(catalogue, {
          merchant: { id: merchant.id, legalName: merchant.legalName, siren: merchant.siren, siret: merchant.siret },
          channel,
          toolVersion: context.toolVersion,
          databaseSchemaVersion: SCHEMA_VERSION,
          catalogueUpdatedAt: findLatestProductUpdate(db, merchant.id),
          settings,
          readiness,
          lines,
          allowPartial,
          minCompleteness,
        }),
      };
      // The manifest goes last: whatever happens, a manifest never describes files that are not there.
      const files = [...catalogue, manifest];
      writeFilesAtomically(out, files, { force: isForced });
      written = { out, files: files.map(digestFile), exported: lines.length };
    }
    report = {
      merchant: { id: merchant.id, legalName: merchant.legalName },
      readiness,
      minCompleteness,
      isCheck,
      verdict,
      written,
      rate: { value: settings.eurToCnyTenThousandths.value / 10_000, date: settings.eurToCnyTenThousandths.date },
    };
  } finally {
    db.close();
  }
  io.stdout.write(format === "json" ? writeExportJson(report, t) : writeExportPretty(report, t, createTextStyle(io.isStdoutTTY, io.env)));
  if (isCheck) return isBelowMinimum(report.readiness, minCompleteness) ? EXIT.no : EXIT.ok;
  return isExportAllowed(report.verdict) ? EXIT.ok : EXIT.no;
}

/** `--min-completeness N`: a whole number from 0 to 100 (a per cent sign is accepted). */
function parseMinCompleteness(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim().replace(/\s*%$/, "");
  if (!/^\d{1,3}$/.test(text) || Number(text) > 100) {
    throw new EprovenceError("invalid-option", { option: "--min-completeness", value: String(value), expected: "0–100" });
  }
  return Number(text);
}
