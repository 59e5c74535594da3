import type { EprovenceError } from "../../domain/errors.js";
import type { Translator } from "../../domain/messages/index.js";
import { REPORT_SCHEMA_VERSION } from "./json.js";

/**
 * With `--format json`, a command that could not do its job (exit 2) still prints one JSON object on
 * stdout, so that a script reading it never meets an empty stream: `{ schemaVersion, …, error: { code,
 * message, hint } }` (`validate` adds `file` and `valid: false`). The same sentence goes to stderr.
 */
export function writeJsonFailure(error: EprovenceError, t: Translator, context: Readonly<Record<string, unknown>> = {}): string {
  return `${JSON.stringify(describeFailure(error, t, context), null, 2)}\n`;
}

export function describeFailure(error: EprovenceError, t: Translator, context: Readonly<Record<string, unknown>> = {}) {
  return { schemaVersion: REPORT_SCHEMA_VERSION, ...context, error: { code: error.code, message: t.message(error.code, error.params), hint: t.hint(error.code, error.params) } };
}
