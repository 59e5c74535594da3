import type { Readable } from "node:stream";
import { EprovenceError } from "../domain/errors.js";
import { parseJsonText, readTextInput } from "./input.js";

/**
 * Reads a `--scenario` JSON file ("-" for standard input). A missing or unreadable file fails like a
 * catalogue does; text that is not JSON fails with the parser's reason. The keys are checked by the
 * domain (`parseScenarioDocument`).
 */
export async function readScenarioFile(path: string, cwd: string, stdin: Readable): Promise<unknown> {
  const parsed = parseJsonText(await readTextInput(path, cwd, stdin));
  if (!parsed.isValid) throw new EprovenceError("invalid-scenario", { path, detail: parsed.detail });
  return parsed.value;
}
