import type { Finding } from "../../app/catalogue.js";
import type { FieldName } from "../../domain/catalogue/fields.js";

/** The first error a row has on `field` (warnings never refuse a value). */
export function firstErrorOn(findings: readonly Finding[], field: FieldName): Finding | undefined {
  return findings.find((finding) => finding.field === field && finding.severity === "error");
}

/** The fields of a row that still have an error, in order of appearance. */
export function fieldsInError(findings: readonly Finding[]): FieldName[] {
  return [...new Set(findings.filter((finding) => finding.field !== undefined && finding.severity === "error").map((finding) => finding.field as FieldName))];
}
