import type { Translator } from "../../domain/messages/index.js";
import type { UiKey } from "../../domain/messages/catalogue.js";
import type { CatalogueAssumptionName } from "../../domain/settings.js";
import type { Finding } from "../../domain/catalogue/finding.js";
import type { BatchSummary, FileCheck } from "../catalogue-batch.js";
import type { ValidationResult } from "../validate-catalogue.js";
import { describeSource, findingColumn, renderFinding, type ReportAudience } from "./render.js";

/** Colours are chosen by the CLI (off when the stream is not a terminal); the writer only names intents. */
export interface TextStyle {
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly heading: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly success: (text: string) => string;
}

/** Each setting a check used, in words (JSON keeps its name). */
const ASSUMPTION_TEXTS: Readonly<Record<CatalogueAssumptionName, UiKey>> = {
  minShelfLifeMonths: "assumptionMinShelfLifeMonths",
  eurCny: "assumptionEurCny",
  cbecOrderLimitCny: "assumptionCbecOrderLimitCny",
  titleMaxDisplayUnits: "assumptionTitleMaxDisplayUnits",
  highEndCosmeticCnyPerGram: "assumptionHighEndCosmeticCnyPerGram",
};

export const PLAIN_STYLE: TextStyle = { error: String, warning: String, heading: String, dim: String, success: String };

export interface PrettyOptions {
  readonly isValid: boolean;
  readonly isStrict: boolean;
  /** `person`: the wizard, which corrects the rows itself and names no flag. */
  readonly audience: ReportAudience;
}

/** The human report: what was detected, findings grouped by line with a hint each, then the verdict. */
export function writePrettyReport(result: ValidationResult, t: Translator, style: TextStyle, options: PrettyOptions): string {
  const out: string[] = [];
  out.push(style.heading(t.ui("reportTitle", { file: result.file })));
  out.push(style.dim(describeSource(result, t)));
  out.push("");

  const byLine = new Map<number, Finding[]>();
  for (const finding of result.findings) {
    const group = byLine.get(finding.line);
    if (group) group.push(finding);
    else byLine.set(finding.line, [finding]);
  }
  const sheet = result.workbook?.sheet;
  for (const [line, findings] of byLine) {
    out.push(style.heading(sheet === undefined ? t.ui("line", { line }) : t.ui("sheetLine", { sheet, line })));
    for (const finding of findings) {
      const { message, hint } = renderFinding(finding, t, options.audience);
      const label =
        finding.severity === "error" ? style.error(`✖ ${t.ui("severityError")}`) : style.warning(`⚠ ${t.ui("severityWarning")}`);
      const column = findingColumn(finding, message);
      // In a workbook the cell says where to click: « (Feuille Produits, cellule E11, colonne « Prix HT (€) ») ».
      const places = [
        ...(finding.sheet !== undefined && finding.cell !== undefined ? [t.ui("cellAt", { sheet: finding.sheet, cell: finding.cell })] : []),
        ...(column === undefined ? [] : [t.ui("column", { column })]),
      ];
      const where = places.length === 0 ? "" : style.dim(` (${places.join(", ")})`);
      // The code is for machines (JSON, SARIF, JUnit, GitHub): a person reads the message and its hint.
      out.push(`  ${label} ${message}${where}`);
      out.push(`    ${style.dim(`→ ${hint}`)}`);
    }
  }
  if (result.findings.length > 0) out.push("");
  if (result.truncated) out.push(style.dim(t.ui("truncated", { max: result.maxErrors })));
  const { rows, validRows, errors, warnings } = result.summary;
  out.push(t.ui("summary", { rows, validRows, errors, warnings }));
  if (options.isStrict && errors === 0 && warnings > 0) out.push(style.warning(t.ui("verdictStrict")));
  out.push(options.isValid ? style.success(t.ui("verdictValid")) : style.error(t.ui(options.audience === "person" ? "verdictToCorrect" : "verdictInvalid")));
  const list = result.assumptions.map((assumption) =>
    t.ui("assumptionCited", {
      assumption: t.ui(ASSUMPTION_TEXTS[assumption.name], { value: t.number(assumption.value) }),
      source: t.cite(assumption.source),
      date: t.date(assumption.date),
    }),
  );
  if (result.positiveList !== undefined) list.push(t.ui("assumptionPositiveList", { edition: result.positiveList.edition, source: result.positiveList.source }));
  out.push(style.dim(t.ui("assumptions", { list: list.join(t.ui("listSeparator")) })));
  return `${out.join("\n")}\n`;
}

/** Several files: each file's report (or why it could not be read), then the totals. */
export function writePrettyBatchReport(
  checks: readonly FileCheck[],
  summary: BatchSummary,
  t: Translator,
  style: TextStyle,
  options: Omit<PrettyOptions, "isValid">,
): string {
  const parts = checks.map((check) => {
    if (check.result !== undefined) return writePrettyReport(check.result, t, style, { ...options, isValid: check.isValid });
    const { code, params } = check.failure;
    return [
      style.heading(t.ui("reportTitle", { file: check.file })),
      `  ${style.error(`✖ ${t.ui("fileUnreadable")}`)} ${t.message(code, params)}`,
      `    ${style.dim(`→ ${t.hint(code, params)}`)}`,
      "",
    ].join("\n");
  });
  const totals = t.ui("batchTotals", { ...summary });
  const isValid = summary.invalid === 0 && summary.failed === 0;
  return `${parts.join("\n")}\n${isValid ? style.success(totals) : style.error(totals)}\n`;
}
