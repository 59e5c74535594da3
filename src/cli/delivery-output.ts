import { summariseDelivery, type CompanyDelivery, type Delivery } from "../app/deliver-all.js";
import type { ExportReport } from "../app/export.js";
import { countDraftNames } from "../domain/catalogue/channel-export.js";
import { escapeControlCharacters } from "../domain/control-characters.js";
import type { Translator } from "../domain/messages/index.js";
import { REPORT_SCHEMA_VERSION } from "../io/reports/json.js";
import type { TextStyle } from "../io/reports/pretty.js";
import { formatIdentifier } from "./merchant-output.js";

/**
 * The summary of `export --all` and `dossier --all`: one line per company (written, refused and why,
 * not done and why), then the totals; or, with `--format json`, the same as one object.
 */

export type DeliveryKind = "export" | "check" | "dossier";

function isExportReport(result: unknown): result is ExportReport {
  return typeof result === "object" && result !== null && "readiness" in result;
}

function describeCompany(company: CompanyDelivery<unknown>, kind: DeliveryKind, t: Translator, style: TextStyle): string[] {
  const { merchant, result, failure } = company;
  const who = { name: escapeControlCharacters(merchant.legalName), siren: formatIdentifier(merchant.siren) };
  const report = isExportReport(result) ? result : undefined;
  switch (company.status) {
    case "written":
      return [style.success(`✔ ${t.ui("deliveryWritten", { ...who, kind, count: report?.written?.exported ?? 0, path: company.out ?? "" })}`)];
    case "checked":
      return [style.success(`✔ ${t.ui("deliveryChecked", { ...who, ready: report?.readiness.readyCount ?? 0, total: report?.readiness.total ?? 0 })}`)];
    case "refused": {
      const readiness = report?.readiness;
      const reason = t.ui("deliveryRefusal", {
        verdict: report?.verdict ?? "",
        notReady: readiness === undefined ? 0 : readiness.total - readiness.readyCount,
        total: readiness?.total ?? 0,
        completeness: readiness?.completeness ?? 0,
        minimum: report?.minCompleteness ?? 0,
        drafts: readiness === undefined ? 0 : countDraftNames(readiness),
      });
      return [style.error(`✖ ${t.ui("deliveryRefused", { ...who, reason })}`), style.dim(`    → ${t.ui("deliveryDetail", { ref: merchant.id })}`)];
    }
    case "failed":
      return [
        style.error(`✖ ${t.ui("deliveryFailed", { ...who, message: failure === undefined ? "" : t.message(failure.code, failure.params) })}`),
        ...(failure === undefined ? [] : [style.dim(`    → ${t.hint(failure.code, failure.params)}`)]),
      ];
  }
}

export function writeDeliveryPretty(delivery: Delivery<unknown>, kind: DeliveryKind, t: Translator, style: TextStyle): string {
  const out = [style.heading(t.ui("deliveryTitle", { kind, count: delivery.companies.length, out: delivery.out ?? "" })), ""];
  for (const company of delivery.companies) out.push(...describeCompany(company, kind, t, style));
  out.push("", t.ui("deliveryTotals", { kind, ...summariseDelivery(delivery.companies) }));
  return `${out.join("\n")}\n`;
}

export function writeDeliveryJson(delivery: Delivery<unknown>, t: Translator): string {
  const companies = delivery.companies.map((company) => {
    const report = isExportReport(company.result) ? company.result : undefined;
    return {
      id: company.merchant.id,
      siren: company.merchant.siren,
      legalName: company.merchant.legalName,
      out: company.out ?? null,
      verdict: report?.verdict ?? null,
      completeness: report?.readiness.completeness ?? null,
      exported: report?.written?.exported ?? null,
      status: company.status,
      ...(company.failure === undefined ? {} : { failure: { code: company.failure.code, message: t.message(company.failure.code, company.failure.params), hint: t.hint(company.failure.code, company.failure.params) } }),
    };
  });
  const summary = { companies: companies.length, ...summariseDelivery(delivery.companies) };
  return `${JSON.stringify({ schemaVersion: REPORT_SCHEMA_VERSION, out: delivery.out ?? null, companies, summary }, null, 2)}\n`;
}

/** Every company done (0); some refused (1); some could not be done (2), the others still were. */
export function deliveryOutcome(delivery: Delivery<unknown>): "ok" | "no" | "failed" {
  const { refused, failed } = summariseDelivery(delivery.companies);
  return failed > 0 ? "failed" : refused > 0 ? "no" : "ok";
}
