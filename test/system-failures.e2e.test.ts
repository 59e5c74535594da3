import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createStoreWithCompany, makeTempDir, MIDI_SIRET, runCli, runCliAs, type CliRun } from "./helpers.js";

// End to end: what a person reads when the database or a file cannot be used — the same words
// whichever command met it, never « Erreur inattendue … signalez-la », never a raw errno code.
const temp = makeTempDir("eprovence-failures-");
// mkdtemp makes the folder private; the read-only checks run the binary as another user, who must reach it.
chmodSync(temp.dir, 0o755);
afterAll(() => temp.remove());

const SIRET = MIDI_SIRET;
const isRoot = process.getuid?.() === 0;
const RAW_ERRNO = /\bE(LOOP|ACCES|PERM|NOENT|ISDIR|ROFS|NOSPC|IO)\b/;
const UNEXPECTED = /inattendue|unexpected/i;

let stores = 0;
/** A database with one company, closed before any binary opens it. */
function createStore(): string {
  const path = join(temp.dir, `store-${++stores}.db`);
  return createStoreWithCompany(path);
}

function expectClearFailure(run: CliRun): void {
  expect(run.code).toBe(2);
  expect(run.stderr).not.toMatch(UNEXPECTED);
  expect(run.stderr).not.toMatch(RAW_ERRNO);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe("a locked database", () => {
  it.each([
    ["eligibility --merchant", ["eligibility", "--merchant", SIRET]],
    ["costs --merchant", ["costs", "--merchant", SIRET]],
  ])("%s: exit 2, the locked message with the wait EPROVENCE_BUSY_TIMEOUT_MS set", async (_, args) => {
    const path = createStore();
    const holder = new BetterSqlite3(path);
    try {
      holder.exec("BEGIN IMMEDIATE");
      const fr = await runCli(["--db", path, ...args], { env: { EPROVENCE_BUSY_TIMEOUT_MS: "400" } });
      expectClearFailure(fr);
      expect(fr.stderr).toContain(`La base ${path} est occupée par un autre processus depuis plus de 0,4 seconde.`);
      expect(fr.stderr).toContain("EPROVENCE_BUSY_TIMEOUT_MS");
      const en = await runCli(["--db", path, "--lang", "en", ...args], { env: { EPROVENCE_BUSY_TIMEOUT_MS: "1500" } });
      expectClearFailure(en);
      expect(en.stderr).toContain(`Database ${path} has been busy with another process for more than 1.5 seconds.`);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  });
});

/**
 * A read-only database. chmod means nothing to root, so as root the binary runs as "nobody": the
 * kernel enforces the read-only file, no skip.
 */
describe("a read-only database", () => {
  it.each([
    ["eligibility --merchant", ["eligibility", "--merchant", SIRET]],
    ["costs --merchant", ["costs", "--merchant", SIRET]],
  ])("%s: exit 2, the read-only message, the file unchanged", async (name, args) => {
    const folder = join(temp.dir, `read-only-${name.split(" ")[0] ?? ""}`);
    mkdirSync(folder);
    const path = join(folder, "store.db");
    copyFileSync(createStore(), path);
    chmodSync(path, 0o444);
    chmodSync(folder, 0o555);
    const before = readFileSync(path);
    const run = await runCliAs(["--db", path, ...args], { uid: isRoot ? 65534 : undefined, home: temp.dir, cwd: temp.dir });
    chmodSync(folder, 0o755);
    expectClearFailure(run);
    expect(run.stderr).toContain(`La base ${path} est en lecture seule.`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe("a symbolic link that loops", () => {
  const folder = join(temp.dir, "loops");
  mkdirSync(folder);
  symlinkSync("b.csv", join(folder, "a.csv"));
  symlinkSync("a.csv", join(folder, "b.csv"));
  symlinkSync("out-b", join(folder, "out-a"));
  symlinkSync("out-a", join(folder, "out-b"));

  it.each([
    ["validate", ["validate", "a.csv"]],
    ["import", ["import", "a.csv", "--merchant", SIRET]],
    ["merchant add --from", ["merchant", "add", "--from", "a.csv"]],
    ["eligibility --profile", ["eligibility", "--profile", "a.csv"]],
    ["costs --scenario", ["costs", "--scenario", "a.csv"]],
    ["onboard --answers", ["onboard", "--answers", "a.csv"]],
  ])("%s reading it: exit 2, says it is a looping link, not « introuvable » nor ELOOP", async (_, args) => {
    const run = await runCli(["--db", createStore(), ...args], { cwd: folder });
    expectClearFailure(run);
    expect(run.stderr).toContain("Impossible de lire a.csv (lien symbolique qui renvoie à lui-même en boucle).");
    expect(run.stderr).toContain("Corrigez ou supprimez le lien symbolique");
  });

  it("dossier writing through it: exit 2, the same words", async () => {
    const run = await runCli(["--db", createStore(), "dossier", "--merchant", SIRET, "--out", "out-a/dossier.html"], { cwd: folder });
    expectClearFailure(run);
    expect(run.stderr).toMatch(/Impossible d'écrire .*out-a\/dossier\.html \(lien symbolique qui renvoie à lui-même en boucle\)/);
  });
});

describe("a file the user may not read", () => {
  it("in French words, as the hint to fix it (never « permission denied » or EACCES)", async () => {
    const folder = join(temp.dir, "private");
    mkdirSync(folder);
    chmodSync(folder, 0o755);
    const path = join(folder, "catalogue.csv");
    temp.write("private/catalogue.csv", "sku;name_fr\nA;B\n");
    chmodSync(path, 0o000);
    const run = await runCliAs(["validate", path], { uid: isRoot ? 65534 : undefined, home: temp.dir, cwd: temp.dir });
    expectClearFailure(run);
    expect(run.stderr).toContain(`Impossible de lire ${path} (accès refusé).`);
    expect(run.stderr).not.toContain("permission denied");
  });
});

describe("a YAML alias bomb", () => {
  it("onboard --answers: exit 2 « trop complexe », at once, not an unexpected error", async () => {
    // Nine aliases of nine aliases of … : 9⁹ copies if expanded ("billion laughs").
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = `*${String.fromCharCode(96 + level)}`;
      lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => previous).join(",")}]`);
    }
    const path = temp.write("bomb.yaml", `${lines.join("\n")}\n`);
    const started = Date.now();
    const run = await runCli(["--db", createStore(), "onboard", "--answers", path]);
    expectClearFailure(run);
    expect(run.stderr).toContain(`${path} est trop complexe : ses alias YAML (*nom) se déploient en plus de 100 copies.`);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
