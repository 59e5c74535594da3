import type { FieldName } from "../../domain/catalogue/fields.js";
import type { Finding } from "../../domain/catalogue/finding.js";
import { compileRowValidator, layOutColumns } from "../../domain/catalogue/row-validator.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../../domain/settings.js";
import { loadPostcodeDirectory } from "../../io/geo-data.js";

/**
 * One catalogue row checked by the very rules of `validate` and `import` (the compiled row validator,
 * with the official postcode list), so that a value typed in the wizard — a product entered by hand, a
 * correction — is judged exactly as the file would be. Returns the row's findings; header findings
 * (missing columns…) are not the row's and are left out.
 */
export function checkRow(headers: readonly string[], cells: readonly string[], mapping: Readonly<Record<string, string>>): Finding[] {
  const findings: Finding[] = [];
  const layout = layOutColumns(headers, mapping, () => undefined);
  const validator = compileRowValidator(layout, { settings: DEFAULT_CATALOGUE_SETTINGS, postcodes: loadPostcodeDirectory(), expectedRows: 1 }, (finding) => {
    if (finding.line > 1) findings.push(finding);
  });
  validator.validate(cells, 2);
  return findings;
}

/** The first error the row has on `field` (warnings never refuse a value). */
export function firstErrorOn(findings: readonly Finding[], field: FieldName): Finding | undefined {
  return findings.find((finding) => finding.field === field && finding.severity === "error");
}

/** The fields of a row that still have an error, in column order of appearance. */
export function fieldsInError(findings: readonly Finding[]): FieldName[] {
  return [...new Set(findings.filter((finding) => finding.field !== undefined && finding.severity === "error").map((finding) => finding.field as FieldName))];
}
