import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE_RULES } from "../src/domain/catalogue/rules/index.js";
import { ROOT } from "./helpers.js";

// The shape of the house, held by the code itself (eslint holds the arrows between the rooms).
function sources(folder: string, options: { readonly withTests?: boolean } = {}): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path, options);
    return name.endsWith(".ts") && (options.withTests === true || !name.endsWith(".test.ts")) ? [path] : [];
  });
}

const read = (path: string) => readFileSync(path, "utf8");
const shown = (paths: readonly string[]) => paths.map((path) => relative(ROOT, path));

describe("where things live", () => {
  it("src/cli holds no SQL and no transaction: the store owns its writes", () => {
    const sql = /\b(BEGIN|COMMIT|ROLLBACK)\b|\b(SELECT|INSERT INTO|DELETE FROM)\b|\bUPDATE \w+ SET\b|\.prepare\(|\.exec\(/;
    expect(shown(sources(join(ROOT, "src", "cli")).filter((path) => sql.test(read(path))))).toEqual([]);
  });

  it("no wizard module imports a command: the wizard calls the use cases", () => {
    const wizard = sources(join(ROOT, "src", "cli", "wizard"));
    expect(wizard.length).toBeGreaterThan(5);
    expect(shown(wizard.filter((path) => /from "[^"]*commands\//.test(read(path))))).toEqual([]);
  });

  it("only main decides an exit code", () => {
    const exits = sources(join(ROOT, "src")).filter((path) => /process\.exit\b|process\.exitCode/.test(read(path)));
    expect(shown(exits)).toEqual([]);
  });

  it("no source file, README or script cites a document that is not in the repository", () => {
    const files = [...sources(join(ROOT, "src"), { withTests: true }), join(ROOT, "README.md"), ...readdirSync(join(ROOT, "scripts")).map((name) => join(ROOT, "scripts", name))];
    const citing = files.filter((path) => /\b(DOMAIN|PRODUCT|STYLE|PERFORMANCE)\.md\b/.test(read(path)));
    expect(shown(citing)).toEqual([]);
  });

  it("the README lists every finding code of the rule table", () => {
    const readme = read(join(ROOT, "README.md"));
    expect(CATALOGUE_RULES.map((rule) => rule.code).filter((code) => !readme.includes(`\`${code}\``))).toEqual([]);
  });
});
