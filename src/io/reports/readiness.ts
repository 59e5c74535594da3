import type { ExportVerdict } from "../../domain/catalogue/channel-export.js";
import type { CatalogueReadiness, ProductReadiness } from "../../domain/catalogue/readiness.js";
import type { Translator } from "../../domain/messages/index.js";
import type { FileDigest } from "../catalogue-export.js";
import type { TextStyle } from "./pretty.js";

/** What `eprovence export` (and `--check`) prints on stdout: the readiness per product and what was done. */
export interface ExportReport {
  readonly merchant: { readonly id: number; readonly legalName: string };
  readonly readiness: CatalogueReadiness;
  readonly minCompleteness: number | undefined;
  /** `--check`: nothing is written, whatever the verdict. */
  readonly isCheck: boolean;
  readonly verdict: ExportVerdict;
  /** The files written; undefined when nothing was. */
  readonly written: { readonly out: string; readonly files: readonly FileDigest[]; readonly exported: number } | undefined;
  /** EUR → CNY used for the prices (CNY per EUR) and its date. */
  readonly rate: { readonly value: number; readonly date: string };
}

/** Bumped when the JSON shape below changes in a way scripts would notice. */
export const EXPORT_REPORT_SCHEMA_VERSION = 1;

export function writeExportJson(report: ExportReport, t: Translator): string {
  const { readiness } = report;
  const json = {
    schemaVersion: EXPORT_REPORT_SCHEMA_VERSION,
    channel: readiness.channel,
    merchant: report.merchant,
    mode: report.isCheck ? "check" : "export",
    verdict: report.verdict,
    completeness: readiness.completeness,
    minCompleteness: report.minCompleteness ?? null,
    readyCount: readiness.readyCount,
    total: readiness.total,
    products: readiness.products.map((product) => ({
      sku: product.sku,
      category: product.category,
      completeness: product.completeness,
      isReady: product.isReady,
      gaps: product.gaps.map((gap) => ({ requirement: gap.requirement, isBlocking: gap.isBlocking, text: t.requirement(gap.requirement) })),
      cautions: product.cautions.map((caution) => ({ requirement: caution.requirement, reason: caution.reason, text: t.readinessCaution(caution.reason) })),
    })),
    notExported: report.written === undefined ? null : readiness.products.filter((product) => !product.isReady).map((product) => product.sku),
    written: report.written ?? null,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** How many incomplete products the text report shows before "… and N more" (the JSON lists all). */
const PRODUCTS_SHOWN = 50;

export function writeExportPretty(report: ExportReport, t: Translator, style: TextStyle): string {
  const { readiness } = report;
  const out: string[] = [];
  out.push(style.heading(t.ui("exportTitle", { merchant: report.merchant.legalName, channel: "Tmall Global" })));
  out.push(t.ui("exportCompleteness", { completeness: readiness.completeness, ready: readiness.readyCount, total: readiness.total }));
  // Blocked products first, then those only missing a recommendation, each group by SKU.
  const incomplete = readiness.products.filter((product) => product.gaps.length > 0 || product.cautions.length > 0);
  const ordered = [...incomplete.filter((product) => !product.isReady), ...incomplete.filter((product) => product.isReady)];
  if (ordered.length > 0) out.push("");
  for (const product of ordered.slice(0, PRODUCTS_SHOWN)) out.push(...describeProduct(product, t, style));
  if (ordered.length > PRODUCTS_SHOWN) out.push(style.dim(`  ${t.ui("andMore", { count: ordered.length - PRODUCTS_SHOWN })}`));
  const complete = readiness.products.filter((product) => product.gaps.length === 0 && product.cautions.length === 0).length;
  if (complete > 0) out.push(style.success(`✔ ${t.ui("exportComplete", { count: complete })}`));
  out.push("");
  out.push(...describeOutcome(report, t, style));
  return `${out.join("\n")}\n`;
}

function describeProduct(product: ProductReadiness, t: Translator, style: TextStyle): string[] {
  const blocking = product.gaps.filter((gap) => gap.isBlocking).map((gap) => t.requirement(gap.requirement));
  const recommended = product.gaps.filter((gap) => !gap.isBlocking).map((gap) => t.requirement(gap.requirement));
  // French typography puts a space before the semicolon.
  const separator = t.language === "fr" ? " ; " : "; ";
  const mark = product.isReady ? style.warning("⚠") : style.error("✖");
  const lines = [`${mark} ${t.ui("exportProduct", { sku: product.sku, completeness: product.completeness })}`];
  if (blocking.length > 0) lines.push(`    ${t.ui("exportMissing", { list: blocking.join(separator) })}`);
  if (recommended.length > 0) lines.push(`    ${t.ui("exportRecommended", { list: recommended.join(separator) })}`);
  for (const caution of product.cautions) lines.push(`    ${t.ui("exportToConfirm", { text: t.readinessCaution(caution.reason) })}`);
  return lines;
}

function describeOutcome(report: ExportReport, t: Translator, style: TextStyle): string[] {
  const { readiness, minCompleteness } = report;
  const lines: string[] = [];
  const notReady = readiness.total - readiness.readyCount;
  if (minCompleteness !== undefined) {
    const isBelow = readiness.completeness < minCompleteness;
    const text = t.ui(isBelow ? "exportBelowMinimum" : "exportAboveMinimum", { completeness: readiness.completeness, minimum: minCompleteness });
    lines.push(isBelow ? style.error(text) : style.success(text));
  }
  if (report.isCheck) {
    if (readiness.total === 0) lines.push(style.warning(t.ui("exportNoProducts")));
    lines.push(style.dim(t.ui("exportCheckOnly")));
    return lines;
  }
  switch (report.verdict) {
    case "no-products":
      lines.push(style.error(t.ui("exportNoProducts")));
      break;
    case "below-minimum":
      lines.push(style.error(t.ui("exportRefusedMinimum")));
      break;
    case "not-ready":
      lines.push(style.error(t.ui("exportRefused", { count: notReady, total: readiness.total })));
      break;
    case "none-ready":
      lines.push(style.error(t.ui("exportNoneReady", { total: readiness.total })));
      break;
    case "ready":
    case "partial":
      if (report.written !== undefined) {
        lines.push(style.success(t.ui("exportWritten", { count: report.written.exported, out: report.written.out })));
        for (const file of report.written.files) lines.push(style.dim(`    ${file.name}  sha256 ${file.sha256}`));
        lines.push(style.dim(t.ui("exportRate", { rate: report.rate.value, date: report.rate.date })));
      }
      if (report.verdict === "partial") {
        const skus = readiness.products.filter((product) => !product.isReady).map((product) => product.sku);
        const shown = skus.slice(0, PRODUCTS_SHOWN).join(", ") + (skus.length > PRODUCTS_SHOWN ? ", …" : "");
        lines.push(style.warning(t.ui("exportLeftOut", { count: skus.length, skus: shown })));
      }
      break;
  }
  return lines;
}
