import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { MerchantProfile } from "../src/domain/company/profile.js";
import { openDatabase } from "../src/store/database.js";
import { addMerchant } from "../src/store/merchants.js";
import { CATALOGUE_HEADER, makeTempDir, runCli, soapRow, toCsv, type CliRun } from "./helpers.js";
// @ts-expect-error -- a plain .mjs script without types
import { buildXlsx } from "../scripts/workbook-builder.mjs";

// Terminal control characters in what users type or import: refused where they enter (a catalogue
// finding, the company profile), and shown escaped (`\x1b`) wherever they are printed anyway.
const temp = makeTempDir("eprovence-controls-");
afterAll(() => temp.remove());

const ESC = "\u001b";
const SIRET = "81234567800013";

/** Without a terminal eprovence writes no escape code of its own: any ESC in the output came from the data. */
function expectNoRawControls(run: CliRun): void {
  expect(run.stdout).not.toContain(ESC);
  expect(run.stderr).not.toContain(ESC);
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
}

describe("a catalogue whose texts hold control characters", () => {
  it("validate: control-character errors, exit 1, the value echoed escaped", async () => {
    const path = temp.write(
      "controls.csv",
      toCsv([CATALOGUE_HEADER, soapRow("SAV-1", { name_fr: `Savon ${ESC}[31mrouge` }), soapRow("SAV-2", { brand: `Midi${ESC}]0;pwned\u0007` }), soapRow("SAV-3")]),
    );
    const pretty = await runCli(["validate", path]);
    expect(pretty.code).toBe(1);
    expectNoRawControls(pretty);
    expect(pretty.stdout).toContain("Caractère de contrôle invisible U+001B dans name_fr « Savon \\x1b[31mrouge » (caractère n° 7)");
    expect(pretty.stdout).toContain("Midi\\x1b]0;pwned\\x07");
    // a person reads the message; the code is in the machine formats
    expect(pretty.stdout).not.toContain("[control-character]");
    const json = await runCli(["validate", path, "--format", "json"]);
    const report = JSON.parse(json.stdout) as { issues: { code: string; severity: string; line: number }[] };
    expect(report.issues.filter((issue) => issue.code === "control-character").map((issue) => [issue.severity, issue.line])).toEqual([
      ["error", 2],
      ["error", 3],
    ]);
  });
});

describe("a workbook whose texts hold control characters, written as Excel escapes them (_x001B_)", () => {
  it("validate says what it says of the same CSV: the same errors, the value echoed escaped; a cell's line break (_x000D_) is no error", async () => {
    const rows = [CATALOGUE_HEADER, soapRow("SAV-1", { name_fr: `Savon ${ESC}[31mrouge` }), soapRow("SAV-2", { brand: `Midi${ESC}]0;pwned\u0007` }), soapRow("SAV-3", { name_fr: "Savon\r\nde Marseille" })];
    const csv = await runCli(["validate", temp.write("controls-same.csv", toCsv(rows)), "--format", "json"]);
    // The builder writes a control character, and a CR, as _xHHHH_, as Excel does.
    const path = temp.write("controls.xlsx", await (buildXlsx as (sheets: unknown[]) => Promise<Buffer>)([{ name: "Produits", rows }]));
    const json = await runCli(["validate", path, "--format", "json"]);
    const issues = (run: CliRun) => (JSON.parse(run.stdout) as { issues: { code: string; line: number; field?: string; value?: string; params?: unknown }[] }).issues.map(({ code, line, field, value, params }) => ({ code, line, field, value, params }));
    expect(issues(json)).toEqual(issues(csv));
    expect(issues(json).filter((issue) => issue.code === "control-character").map((issue) => issue.line)).toEqual([2, 3]);
    const pretty = await runCli(["validate", path]);
    expect(pretty.code).toBe(1);
    expectNoRawControls(pretty);
    expect(pretty.stdout).toContain("Caractère de contrôle invisible U+001B dans name_fr « Savon \\x1b[31mrouge » (caractère n° 7)");
  });
});

describe("a company name holding control characters", () => {
  it("merchant add refuses it, saying so with the value escaped; nothing is created", async () => {
    const db = join(temp.dir, "refused.db");
    const run = await runCli(["--db", db, "merchant", "add", "--legal-name", `Savonnerie${ESC}[2J`, "--siret", SIRET]);
    expect(run.code).toBe(2);
    expectNoRawControls(run);
    expect(run.stderr).toContain("« Savonnerie\\x1b[2J » contient un caractère de contrôle invisible");
    const brand = await runCli(["--db", db, "--lang", "en", "merchant", "add", "--legal-name", "Savonnerie", "--siret", SIRET, "--brand", `Midi${ESC}[8m`]);
    expect(brand.code).toBe(2);
    expect(brand.stderr).toContain('"Midi\\x1b[8m" holds an invisible control character');
    expect((await runCli(["--db", db, "merchant", "list", "--format", "json"])).stdout.trim()).toBe("[]");
  });

  it("stored by an earlier version: merchant list and show, eligibility and export --check print it escaped", async () => {
    const path = join(temp.dir, "stored.db");
    const db = openDatabase(path);
    try {
      // Written through the store, past the profile's check, as an earlier eprovence could.
      const profile = { legalName: `Savonnerie ${ESC}[31mRouge${ESC}[0m`, siret: SIRET, brands: [`Midi${ESC}]0;pwned\u0007`], contactName: `Ana\u009b2J` } as MerchantProfile;
      addMerchant(db, profile, new Date("2026-01-05T09:00:00Z"));
    } finally {
      db.close();
    }
    const runs = await Promise.all([
      runCli(["--db", path, "merchant", "list"]),
      runCli(["--db", path, "merchant", "show", SIRET]),
      runCli(["--db", path, "eligibility", "--merchant", SIRET]),
      runCli(["--db", path, "export", "--merchant", SIRET, "--check"]),
    ]);
    for (const run of runs) {
      expectNoRawControls(run);
      expect(run.stdout + run.stderr).toContain("Savonnerie \\x1b[31mRouge\\x1b[0m");
    }
    const [list, show] = runs;
    expect(list?.stdout).toContain("Midi\\x1b]0;pwned\\x07");
    expect(show?.stdout).toContain("Ana\\x9b2J");
    // JSON is data: the value as stored (JSON writes the control character as \u001b).
    const json = await runCli(["--db", path, "merchant", "list", "--format", "json"]);
    expect((JSON.parse(json.stdout) as { legalName: string }[])[0]?.legalName).toBe(`Savonnerie ${ESC}[31mRouge${ESC}[0m`);
  });
});
