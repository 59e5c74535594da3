import { stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { CONFIG_FILE_NAMES, parseConfigDocument, type ProjectConfig } from "../domain/config-file.js";
import { EprovenceError } from "../domain/errors.js";
import { readTextInput } from "./input.js";

/** As for answers files: YAML aliases may not expand past this many copies ("billion laughs"). */
const MAX_YAML_ALIASES = 100;

/**
 * The settings file that applies in `cwd`: the first `eprovence.config.yaml` (`.yml`, `.json`) found
 * from `cwd` up to the repository's root (a folder holding `.git`) or the file system's root.
 * Returns the path as reports show it (relative to `cwd`), or undefined.
 */
export async function findConfigFile(cwd: string): Promise<string | undefined> {
  let folder = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(folder, name);
      if (await isFile(candidate)) return shown(candidate, cwd);
    }
    const parent = dirname(folder);
    if (parent === folder || (await exists(join(folder, ".git")))) return undefined;
    folder = parent;
  }
}

/**
 * Reads and checks a settings file: YAML, or JSON (which YAML reads too), with each key's line for the
 * messages. A file that is not YAML fails with the parser's reason and line.
 */
export async function readConfigFile(path: string, cwd: string, today: string): Promise<ProjectConfig> {
  const content = await readTextInput(path, cwd, new PassThrough());
  // Loaded only here: a run without a settings file never pays for the YAML parser.
  const loaded = await import("yaml");
  // The bundle's chunk of this CommonJS package exposes it as `default` only; Node's ESM loader, both.
  const yaml = (loaded.default as typeof loaded | undefined) ?? loaded;
  const lineCounter = new yaml.LineCounter();
  const document = yaml.parseDocument(content, { uniqueKeys: true, lineCounter, prettyErrors: false });
  const [first] = document.errors;
  if (first !== undefined) {
    const line = first.pos[0] === undefined ? 0 : lineCounter.linePos(first.pos[0]).line;
    throw new EprovenceError("config-invalid", { path, line });
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown;
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    if (/excessive alias/i.test(error.message)) throw new EprovenceError("file-too-complex", { path, limit: MAX_YAML_ALIASES });
    throw new EprovenceError("config-invalid", { path, line: 0 });
  }
  const lineOf = (keyPath: readonly string[]): number => {
    let node: unknown = document.contents;
    let offset: number | undefined;
    for (const key of keyPath) {
      if (!yaml.isMap(node)) break;
      const pair = node.items.find((item) => yaml.isScalar(item.key) && String(item.key.value) === key);
      if (pair === undefined) break;
      offset = yaml.isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      node = pair.value;
    }
    if (offset === undefined && yaml.isNode(document.contents)) offset = document.contents.range?.[0];
    return offset === undefined ? 0 : lineCounter.linePos(offset).line;
  };
  return parseConfigDocument(value, path, lineOf, today);
}

function shown(path: string, cwd: string): string {
  return relative(resolve(cwd), path);
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((stats) => stats.isFile(), () => false);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
