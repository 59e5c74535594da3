import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { makeTempDir, ROOT } from "./helpers.js";

// The GitHub Action (action.yml) run here as GitHub runs a composite action: each step's `run` in bash,
// its `env` with the `${{ inputs.… }}` expressions put in, GITHUB_ACTION_PATH at the repository. Only
// the install step is left out (npm ci and the build have run before the tests). So the action cannot
// drift from the CLI: a flag it passes that `validate` no longer takes fails here.

interface Step {
  readonly id: string;
  readonly run: string;
  readonly shell: string;
  readonly env?: Readonly<Record<string, string>>;
}
interface Action {
  readonly inputs: Readonly<Record<string, { readonly default?: string }>>;
  readonly runs: { readonly using: string; readonly steps: readonly Step[] };
}

const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as Action;
const temp = makeTempDir("eprovence-action-");
afterAll(() => temp.remove());

/** The action's steps after install, in a workspace, with these inputs (the others at their defaults). */
function runAction(workspace: string, given: Readonly<Record<string, string>>): { status: number | null; stdout: string; stderr: string } {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, given[name] ?? input.default ?? ""]));
  const expand = (text: string) => text.replace(/\$\{\{\s*inputs\.(\w+)\s*\}\}/g, (_, name: string) => inputs[name] ?? "");
  let last = { status: 0 as number | null, stdout: "", stderr: "" };
  for (const step of action.runs.steps.filter((each) => each.id !== "install")) {
    expect(step.shell).toBe("bash");
    const env = { ...process.env, CI: "true", GITHUB_ACTION_PATH: ROOT, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(value)])) };
    const result = spawnSync("bash", ["-e", "-c", step.run], { cwd: workspace, env, encoding: "utf8" });
    last = { status: result.status, stdout: result.stdout, stderr: result.stderr };
    if (result.status !== 0) break;
  }
  return last;
}

function workspace(name: string, files: readonly string[]): string {
  const folder = join(temp.dir, name);
  mkdirSync(join(folder, "catalogues"), { recursive: true });
  for (const file of files) copyFileSync(join(ROOT, "fixtures", file), join(folder, "catalogues", file.split("/").at(-1) ?? file));
  return folder;
}

describe("the GitHub Action", () => {
  it("is a composite action whose install step builds eprovence from the action's own folder", () => {
    expect(action.runs.using).toBe("composite");
    expect(action.runs.steps.find((step) => step.id === "install")?.run).toContain('cd "$GITHUB_ACTION_PATH" && npm ci');
  });

  it("on a folder with an invalid catalogue: annotations naming the file and line, a SARIF file, and a failed step", () => {
    const folder = workspace("invalid", ["utf8-bom-chinese.csv", "broken/invalid-values.csv"]);
    const run = runAction(folder, { paths: "catalogues" });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=catalogues\/invalid-values\.csv,line=\d+/m);
    const sarif = JSON.parse(readFileSync(join(folder, "eprovence.sarif"), "utf8")) as { runs: { artifacts: { location: { uri: string } }[] }[] };
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]?.artifacts.map((artifact) => artifact.location.uri).sort()).toEqual(["catalogues/invalid-values.csv", "catalogues/utf8-bom-chinese.csv"]);
  });

  it("on valid catalogues the step passes; strict makes warnings fail; lang and sarif are the inputs'", () => {
    const folder = workspace("valid", ["utf8-bom-chinese.csv"]);
    const passed = runAction(folder, { paths: "catalogues/utf8-bom-chinese.csv", lang: "en", sarif: "out.sarif" });
    expect(passed.status).toBe(0);
    expect(existsSync(join(folder, "out.sarif"))).toBe(true);
    const report = JSON.parse(readFileSync(join(folder, "out.sarif"), "utf8")) as { runs: { results: { level: string }[] }[] };
    const hasWarnings = (report.runs[0]?.results ?? []).some((result) => result.level === "warning");
    expect(runAction(folder, { paths: "catalogues/utf8-bom-chinese.csv", strict: "true" }).status).toBe(hasWarnings ? 1 : 0);
  });

  it("a path that names nothing fails the step with its reason", () => {
    const folder = workspace("missing", ["utf8-bom-chinese.csv"]);
    const run = runAction(folder, { paths: "catalogues/absent.csv catalogues/utf8-bom-chinese.csv" });
    expect(run.status).toBe(2);
    expect(`${run.stdout}${run.stderr}`).toContain("absent.csv");
  });

  it("the workspace's settings file is read unless config is none", () => {
    const folder = workspace("config", ["utf8-bom-chinese.csv"]);
    writeFileSync(join(folder, "eprovence.config.yaml"), "maxErors: 10\n");
    expect(runAction(folder, { paths: "catalogues" }).status).toBe(2);
    expect(runAction(folder, { paths: "catalogues", config: "none" }).status).toBe(0);
  });
});
