import { extname } from "node:path";
import type { Readable } from "node:stream";
import { EprovenceError } from "../domain/errors.js";
import { parseJsonText, readTextInput } from "./input.js";

/**
 * How many copies YAML aliases (`*name`) may expand to: a few aliases that each repeat the previous
 * ones nine times grow exponentially ("billion laughs") and would exhaust memory. Answers never
 * need many; the `yaml` parser's own default, stated here.
 */
const MAX_YAML_ALIASES = 100;

/**
 * The wizard's answers file as a document (`onboard --answers`): `.json` is JSON; anything else is
 * YAML, which also reads JSON (YAML 1.2 is a superset). Its keys are checked by the wizard.
 */
export async function readAnswersDocument(path: string, cwd: string, stdin: Readable): Promise<unknown> {
  const content = await readTextInput(path, cwd, stdin);
  if (content.trim() === "") throw new EprovenceError("answers-file-invalid", { path, detail: "empty" });
  if (extname(path).toLowerCase() === ".json") {
    const parsed = parseJsonText(content);
    if (!parsed.isValid) throw new EprovenceError("answers-file-invalid", { path, detail: parsed.detail });
    return parsed.value;
  }
  // Loaded only here: `onboard` without --answers never pays for the YAML parser.
  const loaded = await import("yaml");
  // The bundle's chunk of this CommonJS package exposes it as `default` only; Node's ESM loader, both.
  const parseYaml = loaded.parseDocument ?? (loaded.default as typeof loaded | undefined)?.parseDocument;
  const document = parseYaml(content, { uniqueKeys: true });
  const [first] = document.errors;
  if (first !== undefined) throw new EprovenceError("answers-file-invalid", { path, detail: first.message.split("\n")[0] ?? first.message });
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown;
  } catch (error) {
    // The parser refuses an alias expanded past the limit, or one whose anchor is not set, with a ReferenceError.
    if (!(error instanceof ReferenceError)) throw error;
    if (/excessive alias/i.test(error.message)) throw new EprovenceError("file-too-complex", { path, limit: MAX_YAML_ALIASES });
    throw new EprovenceError("answers-file-invalid", { path, detail: error.message });
  }
}

