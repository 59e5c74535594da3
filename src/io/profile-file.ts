import type { Readable } from "node:stream";
import { EprovenceError } from "../domain/errors.js";
import { parseJsonText, readTextInput } from "./input.js";

/** A company profile file (`merchant add --from`, `eligibility --profile`): one JSON object; "-" reads standard input. */
export async function readProfileFile(path: string, cwd: string, stdin: Readable): Promise<Record<string, unknown>> {
  const parsed = parseJsonText(await readTextInput(path, cwd, stdin));
  if (!parsed.isValid) {
    const { detail, line, column } = parsed;
    throw new EprovenceError("profile-invalid-json", { path, detail, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) });
  }
  const { value } = parsed;
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new EprovenceError("profile-not-object", { path });
  return value as Record<string, unknown>;
}
