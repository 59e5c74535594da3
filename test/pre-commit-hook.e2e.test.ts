import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { delimiter, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
// @ts-expect-error -- a plain .mjs script without types
import { buildOds } from "../scripts/ods-builder.mjs";
// @ts-expect-error -- a plain .mjs script without types
import { buildXlsx } from "../scripts/workbook-builder.mjs";
import { CATALOGUE_FILE_PATTERN } from "../src/io/import-sources.js";
import { BIN, CATALOGUE_HEADER, makeTempDir, ROOT, soapRow } from "./helpers.js";

// The pre-commit hook (.pre-commit-hooks.yaml) checked as pre-commit uses it. pre-commit keeps a file
// when the hook's `files` regex is found in its path (Python's re.search) and its `types` hold; it runs
// `entry` split like a shell line, with the staged files' paths appended, from the repository's root, and
// the highest exit code of its runs is the hook's. A node hook is installed from the repository as npm
// installs a git dependency: `npm install` there (our `prepare` builds), `npm pack`, `npm install -g` of
// the tarball, which puts `eprovence` on the hook's PATH. Here a PATH folder links `eprovence` to the
// built bin/ as that global install does, and the tarball's file list is read from npm itself.

interface Hook {
  readonly id: string;
  readonly entry: string;
  readonly language: string;
  readonly files: string;
  readonly types?: readonly string[];
  readonly pass_filenames?: boolean;
}

const hooks = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as readonly Hook[];
const found = hooks.find((each) => each.id === "eprovence-validate");
if (found === undefined) throw new Error(".pre-commit-hooks.yaml has no hook eprovence-validate");
const hook: Hook = found;
const temp = makeTempDir("eprovence-pre-commit-");
afterAll(() => temp.remove());

/** The hook's `files` as a JavaScript RegExp: Python's leading inline flag `(?i)` becomes the flag i. */
function filesPattern(files: string): RegExp {
  const ignoreCase = files.startsWith("(?i)");
  return new RegExp(ignoreCase ? files.slice("(?i)".length) : files, ignoreCase ? "i" : "");
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(ROOT, path).split("\\").join("/")];
  });
}

/** A folder on PATH where `eprovence` is bin/eprovence.js, as `npm install -g` links it. */
function globalBin(): string {
  const folder = join(temp.dir, "global-bin");
  mkdirSync(folder, { recursive: true });
  symlinkSync(BIN, join(folder, "eprovence"));
  return folder;
}

describe("the pre-commit hook", () => {
  const pattern = filesPattern(hook.files);
  const keeps = (path: string) => pattern.test(path);

  it("is a node hook that passes the staged files to `eprovence validate`", () => {
    expect(hook.language).toBe("node");
    expect(hook.entry).toBe("eprovence validate");
    expect(hook.pass_filenames ?? true).toBe(true);
    expect(hook.types ?? ["file"]).toEqual(["file"]);
  });

  it("takes the catalogue files of fixtures/ and refuses the others", () => {
    const fixtures = filesUnder(join(ROOT, "fixtures"));
    const catalogues = fixtures.filter((path) => path.endsWith(".csv"));
    expect(catalogues.length).toBeGreaterThan(10);
    expect(fixtures.filter(keeps)).toEqual(catalogues);
    for (const refused of ["fixtures/README.md", "fixtures/broken/not-a-csv.png", "fixtures/demo/answers.yaml", "fixtures/demo/profile.json"]) expect(keeps(refused)).toBe(false);
  });

  it.each([
    ["catalogues/produits.xlsx", true],
    ["catalogues/macros.xlsm", true],
    ["catalogues/calc.ods", true],
    ["EXPORT.CSV", true],
    ["Classeur.XLSX", true],
    ["catalogue.csv.bak", false],
    ["csv/README.md", false],
    ["catalogue.xls", false],
    ["photos/savon.png", false],
  ])("%s: taken %s, as a folder given to validate takes it", (path, taken) => {
    expect(keeps(path)).toBe(taken);
    expect(CATALOGUE_FILE_PATTERN.test(path)).toBe(taken);
  });

  describe("its entry, run as pre-commit runs it", () => {
    const repository = join(temp.dir, "repository");
    const bin = globalBin();
    mkdirSync(join(repository, "catalogues"), { recursive: true });
    for (const file of ["utf8-bom-chinese.csv", "broken/invalid-values.csv"]) {
      copyFileSync(join(ROOT, "fixtures", file), join(repository, "catalogues", file.split("/").at(-1) ?? file));
    }

    function runEntry(files: readonly string[]): { status: number | null; output: string } {
      expect(hook.entry).toMatch(/^[\w .-]+$/); // no quoting: splitting on spaces is how a shell splits it
      const [command = "", ...args] = hook.entry.split(" ");
      const env = { ...process.env, CI: "true", LANG: "fr_FR.UTF-8", PATH: `${bin}${delimiter}${process.env.PATH ?? ""}` };
      const result = spawnSync(command, [...args, ...files], { cwd: repository, env, encoding: "utf8" });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    }

    it("valid staged catalogues, a CSV and two workbooks: exit 0", async () => {
      const rows = [CATALOGUE_HEADER, soapRow("SAV-001"), soapRow("SAV-002")];
      writeFileSync(join(repository, "catalogues", "produits.xlsx"), await (buildXlsx as (sheets: readonly { name: string; rows: string[][] }[]) => Promise<Buffer>)([{ name: "Produits", rows }]));
      writeFileSync(join(repository, "catalogues", "calc.ods"), await (buildOds as (sheets: readonly { name: string; rows: string[][] }[]) => Promise<Buffer>)([{ name: "Produits", rows }]));
      const files = ["catalogues/utf8-bom-chinese.csv", "catalogues/produits.xlsx", "catalogues/calc.ods"];
      expect(files.every((file) => keeps(file))).toBe(true);
      const run = runEntry(files);
      expect(run.output).toContain("Au total, 3 fichiers : 3 valides");
      expect(run.status).toBe(0);
    });

    it("a staged catalogue with errors: exit 1, naming the file", () => {
      const run = runEntry(["catalogues/utf8-bom-chinese.csv", "catalogues/invalid-values.csv"]);
      expect(run.status).toBe(1);
      expect(run.output).toContain("catalogues/invalid-values.csv");
    });

    it("a staged file that cannot be read as a catalogue: exit 2, the others still checked", () => {
      // A photo saved under a workbook's name: its content is neither a workbook nor text.
      copyFileSync(join(ROOT, "fixtures", "broken", "not-a-csv.png"), join(repository, "catalogues", "pas-un-classeur.xlsx"));
      const run = runEntry(["catalogues/utf8-bom-chinese.csv", "catalogues/pas-un-classeur.xlsx", "catalogues/invalid-values.csv"]);
      expect(run.status).toBe(2);
      expect(run.output).toContain("pas-un-classeur.xlsx");
      expect(run.output).toContain("Au total, 3 fichiers : 1 valide, 1 invalide, 1 illisible");
    });
  });
});

describe("the package pre-commit installs", () => {
  interface Packed {
    readonly files: readonly { readonly path: string }[];
  }
  // --ignore-scripts: the test lists the build already made (pretest) instead of building again.
  const npm = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });
  const packed = (npm.status === 0 ? (JSON.parse(npm.stdout) as readonly Packed[])[0]?.files.map((file) => file.path) : undefined) ?? [];

  it("npm lists the tarball", () => {
    expect(npm.stderr).not.toMatch(/npm error/i);
    expect(npm.status).toBe(0);
  });

  it("holds the shim, the whole bundle and package.json", () => {
    expect(packed).toContain("bin/eprovence.js");
    expect(packed).toContain("package.json");
    const bundle = filesUnder(join(ROOT, "dist")).filter((path) => path.endsWith(".js"));
    expect(bundle).toContain("dist/cli/main.js");
    expect(bundle.filter((path) => !packed.includes(path))).toEqual([]);
  });

  it("holds every file the bundle reads beside itself (found in the bundle, so a new one cannot be forgotten)", () => {
    // Every such read is `new URL("../../<path>", import.meta.url)` from dist/cli/: a path from the root.
    const bundle = filesUnder(join(ROOT, "dist", "cli")).filter((path) => path.endsWith(".js"));
    const read = new Set(bundle.flatMap((path) => [...readFileSync(join(ROOT, path), "utf8").matchAll(/new URL\("\.\.\/\.\.\/([^"]+)", import\.meta\.url\)/g)].map((match) => match[1] ?? "")));
    expect([...read]).toEqual(expect.arrayContaining(["fixtures/demo/", "generated/postcodes.json", "package.json"]));
    for (const path of read) {
      const needed = path.endsWith("/") ? filesUnder(join(ROOT, path)) : [path];
      expect(needed.length).toBeGreaterThan(0);
      expect(needed.filter((file) => !packed.includes(file))).toEqual([]);
    }
  });

  it("holds no test, source or development file", () => {
    expect(packed.filter((path) => /^(src|test|scripts|\.ci)\//.test(path) || path.startsWith("fixtures/broken/"))).toEqual([]);
  });

  it("npm pack in a clone, as pre-commit runs it: prepare builds, the output is the tarball's name alone; unpacked beside its dependencies, as npm install -g lays it out, it validates and runs the demo", () => {
    // The clone: the sources without what the build or npm ci make; its dependencies are ours (pre-commit
    // runs npm install there first, which needs the network). npm's own variables are left out, as
    // pre-commit does not run under npm.
    const clone = join(temp.dir, "clone");
    const made = /^(node_modules|dist|dist\..+|generated|\.git|coverage|test-output)$/;
    cpSync(ROOT, clone, { recursive: true, filter: (source) => !made.test(relative(ROOT, source)) });
    symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"));
    const env = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))), CI: "true", LANG: "fr_FR.UTF-8" };
    const pack = spawnSync("npm", ["pack"], { cwd: clone, env, encoding: "utf8" });
    expect(pack.stderr).not.toMatch(/npm error/i);
    expect(pack.status).toBe(0);
    const { name, version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
    // pre-commit installs `npm install -g <the clone>/<npm pack's standard output, stripped>`.
    expect(pack.stdout.trim()).toBe(`${name}-${version}.tgz`);
    const installed = join(temp.dir, "installed");
    mkdirSync(installed);
    expect(spawnSync("tar", ["-xzf", join(clone, pack.stdout.trim()), "-C", installed, "--strip-components=1"]).status).toBe(0);
    expect(existsSync(join(installed, "dist", "cli", "main.js"))).toBe(true);
    expect(existsSync(join(installed, "src"))).toBe(false);
    symlinkSync(join(ROOT, "node_modules"), join(installed, "node_modules"));
    const run = (args: readonly string[]) => spawnSync(process.execPath, [join(installed, "bin", "eprovence.js"), ...args], { cwd: temp.dir, env: { ...env, TMPDIR: temp.dir }, encoding: "utf8" });
    expect(run(["--version"]).stdout.trim()).toBe(version);
    expect(run(["validate", join(ROOT, "fixtures", "utf8-bom-chinese.csv")]).status).toBe(0);
    const demo = run(["demo"]);
    expect(demo.stdout).toContain("Démonstration terminée.");
    expect(demo.status).toBe(0);
  }, 120_000);
});
