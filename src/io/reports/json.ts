import type { Translator } from "../../domain/messages/index.js";
import type { ValidationResult } from "../validate-catalogue.js";
import { citeAssumption } from "./assumptions.js";
import { renderFinding } from "./render.js";

/** Bumped when the shape below changes in a way scripts would notice. */
export const REPORT_SCHEMA_VERSION = 1;

/** The `validate --format json` shape: schemaVersion, file, encoding, delimiter, valid, summary, issues. */
export function writeJsonReport(result: ValidationResult, t: Translator, isValid: boolean): string {
  return `${JSON.stringify(describeReport(result, t, isValid), null, 2)}\n`;
}

/** One file's report as an object (a run over several files lists them). */
export function describeReport(result: ValidationResult, t: Translator, isValid: boolean) {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    file: result.file,
    // A workbook has no encoding nor delimiter: null, and `source` says which sheet and header row.
    encoding: result.workbook === undefined ? result.encoding : null,
    delimiter: result.workbook === undefined ? result.delimiter : null,
    ...(result.workbook === undefined ? {} : { source: { ...result.workbook } }),
    valid: isValid,
    summary: result.summary,
    truncated: result.truncated,
    assumptions: result.assumptions.map((assumption) => citeAssumption(assumption, t.cite)),
    ...(result.positiveList === undefined ? {} : { positiveList: result.positiveList }),
    issues: result.findings.map((finding) => {
      const { message, hint } = renderFinding(finding, t);
      return {
        severity: finding.severity,
        code: finding.code,
        line: finding.line,
        ...(finding.field === undefined ? {} : { field: finding.field }),
        ...(finding.column === undefined ? {} : { column: finding.column }),
        ...(finding.value === undefined ? {} : { value: finding.value }),
        ...(finding.sheet === undefined ? {} : { sheet: finding.sheet }),
        ...(finding.cell === undefined ? {} : { cell: finding.cell }),
        message,
        hint,
      };
    }),
  };
}
