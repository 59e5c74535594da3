import type { Translator } from "../../domain/messages/index.js";
import type { BatchSummary, FileCheck } from "../catalogue-batch.js";
import { describeReport, REPORT_SCHEMA_VERSION } from "./json.js";
import { describeFailure } from "./json-failure.js";

/**
 * `validate --format json` over several files: `{ schemaVersion, files: [ <the one-file report>… ],
 * summary: { files, valid, invalid, failed, rows, errors, warnings } }`; a file that could not be read
 * is listed as a one-file run prints it: `{ schemaVersion, file, valid: false, error }`.
 */
export function writeJsonBatchReport(checks: readonly FileCheck[], summary: BatchSummary, t: Translator): string {
  const files = checks.map((check) =>
    check.result === undefined ? describeFailure(check.failure, t, { file: check.file, valid: false }) : describeReport(check.result, t, check.isValid),
  );
  return `${JSON.stringify({ schemaVersion: REPORT_SCHEMA_VERSION, files, summary }, null, 2)}\n`;
}
