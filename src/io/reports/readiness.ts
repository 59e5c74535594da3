import type { ExportVerdict } from "../../domain/catalogue/channel-export.js";
import { READINESS_SAMPLE_SIZE, type CatalogueReadiness, type ProductReadiness } from "../../domain/catalogue/readiness.js";
import type { Translator } from "../../domain/messages/index.js";
import type { FileDigest, LabelsToComplete } from "../catalogue-export.js";
import { createJsonObjectWriter, writeProperties } from "../json-stream.js";
import type { TextStyle } from "./pretty.js";

/** What `eprovence export` (and `--check`) prints on stdout: the readiness per product and what was done. */
export interface ExportReport {
  readonly merchant: { readonly id: number; readonly legalName: string };
  readonly readiness: CatalogueReadiness;
  /**
   * Every product's readiness, by SKU, read again from the store when it is listed (the JSON report):
   * a catalogue of any size is never held whole. (Read after the figures' snapshot: an import that
   * lands in between would show in the list, not in the counts.)
   */
  readonly products: Iterable<ProductReadiness>;
  readonly minCompleteness: number | undefined;
  /** `--require-reviewed-names`: a draft Chinese name refuses the export. */
  readonly requireReviewedNames: boolean;
  /** `--check`: nothing is written, whatever the verdict. */
  readonly isCheck: boolean;
  readonly verdict: ExportVerdict;
  /** The files written; undefined when nothing was. */
  readonly written: { readonly out: string; readonly files: readonly FileDigest[]; readonly exported: number; readonly pictures: number } | undefined;
  /** The products exported (or, checking, that would be) whose Chinese e-label has fields « 待补充 ». */
  readonly labelsToComplete: LabelsToComplete;
  /** EUR → CNY used for the prices (CNY per EUR) and its date. */
  readonly rate: { readonly value: number; readonly date: string };
}

/** Bumped when the JSON shape below changes in a way scripts would notice. */
export const EXPORT_REPORT_SCHEMA_VERSION = 1;

/** The JSON report, written piece by piece: its product list is as long as the catalogue. */
export function writeExportJson(report: ExportReport, t: Translator, write: (text: string) => void): void {
  const { readiness } = report;
  const json = createJsonObjectWriter(write);
  writeProperties(json, {
    schemaVersion: EXPORT_REPORT_SCHEMA_VERSION,
    channel: readiness.channel,
    merchant: report.merchant,
    mode: report.isCheck ? "check" : "export",
    verdict: report.verdict,
    completeness: readiness.completeness,
    minCompleteness: report.minCompleteness ?? null,
    readyCount: readiness.readyCount,
    total: readiness.total,
  });
  const products = json.list("products");
  for (const product of report.products) {
    products.add({
      sku: product.sku,
      category: product.category,
      completeness: product.completeness,
      isReady: product.isReady,
      gaps: product.gaps.map((gap) => ({ requirement: gap.requirement, isBlocking: gap.isBlocking, text: t.requirement(gap.requirement) })),
      cautions: product.cautions.map((caution) => ({ requirement: caution.requirement, reason: caution.reason, text: t.readinessCaution(caution.reason) })),
    });
  }
  products.end();
  if (report.written === undefined) {
    json.property("notExported", null);
  } else {
    const notExported = json.list("notExported");
    for (const product of report.products) if (!product.isReady) notExported.add(product.sku);
    notExported.end();
  }
  json.property("written", report.written ?? null);
  json.property("labelsZhToComplete", {
    count: report.labelsToComplete.count,
    products: report.labelsToComplete.first.map(({ sku, missing }) => ({ sku, missing, text: missing.map((field) => t.labelField(field)) })),
  });
  json.end();
}

/** How many incomplete products the text report shows before "… and N more" (the JSON lists all; the readiness names that many). */
const PRODUCTS_SHOWN = READINESS_SAMPLE_SIZE;

export function writeExportPretty(report: ExportReport, t: Translator, style: TextStyle): string {
  const { readiness } = report;
  const out: string[] = [];
  out.push(style.heading(t.ui("exportTitle", { merchant: report.merchant.legalName, channel: "Tmall Global" })));
  out.push(t.ui("exportCompleteness", { completeness: readiness.completeness, ready: readiness.readyCount, total: readiness.total }));
  // Blocked products first, then those only missing a recommendation, each group by SKU.
  const incompleteCount = readiness.notReady.count + readiness.readyToImprove.count;
  const shown = [...readiness.notReady.first, ...readiness.readyToImprove.first].slice(0, PRODUCTS_SHOWN);
  if (incompleteCount > 0) out.push("");
  for (const product of shown) out.push(...describeProduct(product, t, style));
  if (incompleteCount > shown.length) out.push(style.dim(`  ${t.ui("andMore", { count: incompleteCount - shown.length })}`));
  if (readiness.completeCount > 0) out.push(style.success(`✔ ${t.ui("exportComplete", { count: readiness.completeCount })}`));
  out.push(...describeLabels(report.labelsToComplete, t, style));
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

/** The e-labels that say « 待补充 », product by product, with the fields to complete. */
function describeLabels(labels: LabelsToComplete, t: Translator, style: TextStyle): string[] {
  if (labels.count === 0) return [];
  const separator = t.language === "fr" ? " ; " : "; ";
  const lines = ["", style.warning(`⚠ ${t.ui("exportLabelsToComplete", { count: labels.count })}`)];
  for (const { sku, missing } of labels.first.slice(0, PRODUCTS_SHOWN)) lines.push(`    ${t.ui("exportLabelFields", { sku, fields: missing.map((field) => t.labelField(field)).join(separator) })}`);
  if (labels.count > PRODUCTS_SHOWN) lines.push(style.dim(`    ${t.ui("andMore", { count: labels.count - PRODUCTS_SHOWN })}`));
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
  const drafts = readiness.toConfirm.find((confirm) => confirm.reason === "name-draft")?.skus;
  const refusedDrafts = (): string => {
    const shown = (drafts?.first ?? []).slice(0, PRODUCTS_SHOWN).join(", ") + ((drafts?.count ?? 0) > PRODUCTS_SHOWN ? ", …" : "");
    return t.ui("exportRefusedDraftNames", { count: drafts?.count ?? 0, skus: shown });
  };
  if (report.isCheck) {
    if (readiness.total === 0) lines.push(style.warning(t.ui("exportNoProducts")));
    if (report.requireReviewedNames && drafts !== undefined) lines.push(style.error(refusedDrafts()));
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
    case "draft-names":
      lines.push(style.error(refusedDrafts()));
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
        if (report.written.pictures > 0) lines.push(style.dim(`    ${t.ui("exportPictures", { count: report.written.pictures })}`));
        lines.push(style.dim(t.ui("exportRate", { rate: t.number(report.rate.value), date: t.date(report.rate.date) })));
      }
      if (report.verdict === "partial") {
        const { count, first } = readiness.notReady;
        const shown = first.slice(0, PRODUCTS_SHOWN).map((product) => product.sku).join(", ") + (count > PRODUCTS_SHOWN ? ", …" : "");
        lines.push(style.warning(t.ui("exportLeftOut", { count, skus: shown })));
      }
      break;
  }
  return lines;
}
