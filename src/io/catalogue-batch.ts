import type { EprovenceError } from "../domain/errors.js";
import type { ValidationResult } from "./validate-catalogue.js";

/**
 * One file of a `validate` run over several paths: its report, or why it could not be read (the
 * others are still checked). `isValid` already takes `--strict` into account.
 */
export type FileCheck =
  | { readonly file: string; readonly result: ValidationResult; readonly isValid: boolean; readonly failure?: undefined }
  | { readonly file: string; readonly result?: undefined; readonly isValid: false; readonly failure: EprovenceError };

/** The totals of a run over several files: `failed` counts the files that could not be read. */
export interface BatchSummary {
  readonly files: number;
  readonly valid: number;
  readonly invalid: number;
  readonly failed: number;
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
}

export function summarizeChecks(checks: readonly FileCheck[]): BatchSummary {
  const read = checks.flatMap((check) => (check.result === undefined ? [] : [check.result]));
  const sum = (pick: (result: ValidationResult) => number) => read.reduce((total, result) => total + pick(result), 0);
  return {
    files: checks.length,
    valid: checks.filter((check) => check.isValid).length,
    invalid: checks.filter((check) => check.result !== undefined && !check.isValid).length,
    failed: checks.filter((check) => check.failure !== undefined).length,
    rows: sum((result) => result.summary.rows),
    errors: sum((result) => result.summary.errors),
    warnings: sum((result) => result.summary.warnings),
  };
}
