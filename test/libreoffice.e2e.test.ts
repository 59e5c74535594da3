import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir, ROOT, runCli } from "./helpers.js";

// Workbooks saved by LibreOffice Calc itself (Debian's libreoffice-calc-nogui, headless), not by our
// own test generator: the same catalogue as a CSV, an .xlsx and an .ods must give the same findings.
// Calc types the cells as an owner's spreadsheet would — an EAN and a postcode become numbers — so
// this is the trap the workbook reader exists for.

const hasCalc = spawnSync("soffice", ["--version"]).status === 0;
const isCi = process.env.CI === "true";
if (!hasCalc && !isCi) {
  console.warn("\n⚠⚠⚠ LibreOffice Calc (soffice) is not installed: the tests on workbooks saved by Calc are SKIPPED. Install it (apt-get install libreoffice-calc-nogui) to run them. ⚠⚠⚠\n");
}

const temp = makeTempDir("eprovence-libreoffice-");
afterAll(() => temp.remove());

/** Calc opens the CSV (`;`, `"`, UTF-8, from line 1) and saves it in `format`, as an owner would. */
function saveWithCalc(csv: string, format: "xlsx" | "ods"): string {
  const converted = spawnSync("soffice", ["--headless", "--infilter=CSV:59,34,76,1", "--convert-to", format, "--outdir", temp.dir, csv], { encoding: "utf8", env: { ...process.env, HOME: temp.dir } });
  const out = csv.replace(/\.csv$/, `.${format}`);
  if (!existsSync(out)) throw new Error(`soffice did not write ${out}: ${converted.stderr}`);
  return out;
}

interface Report {
  readonly summary: unknown;
  readonly issues: readonly { readonly code: string; readonly line: number; readonly sheet?: string; readonly cell?: string }[];
}

async function report(path: string): Promise<Report> {
  return JSON.parse((await runCli(["validate", path, "--format", "json"])).stdout) as Report;
}

const codes = (found: Report) => found.issues.map((issue) => `${issue.code}@${issue.line}`).sort();

describe("LibreOffice Calc itself", () => {
  it.runIf(isCi)("is installed on CI (.ci/run installs it): these tests must never be skipped there", () => {
    expect(hasCalc).toBe(true);
  });
});

describe.skipIf(!hasCalc)("workbooks saved by LibreOffice Calc", () => {
  it("the demo catalogue saved by Calc as .xlsx and as .ods gives the CSV's findings, on the same rows", async () => {
    const csv = join(temp.dir, "catalogue.csv");
    copyFileSync(join(ROOT, "fixtures", "demo", "catalogue.csv"), csv);
    const fromCsv = await report(csv);
    for (const format of ["xlsx", "ods"] as const) {
      const workbook = await report(saveWithCalc(csv, format));
      expect(workbook.summary).toEqual(fromCsv.summary);
      expect(codes(workbook)).toEqual(codes(fromCsv));
      // Calc stored the EANs as numbers: their digits are read exactly, so the one wrong check digit is still the one found.
      expect(workbook.issues.find((issue) => issue.code === "invalid-gtin")).toMatchObject({ line: 5, sheet: "catalogue", cell: "F5" });
    }
  }, 60_000);

  it("a postcode Calc turned into a number (04100 → 4100) is the leading-zero warning, naming its cell", async () => {
    const csv = join(temp.dir, "manosque.csv");
    writeFileSync(
      csv,
      "Référence;Désignation;Nom chinois;Marque;Catégorie;Code SH;Code postal d'origine;Poids net (g);Prix HT (€);Images\n" +
        "HUI-1;Huile essentielle de lavandin 10 ml;薰衣草精油;Distillerie;huiles essentielles;330190;04100;10;8,50;https://img.example.com/hui-1.jpg\n",
    );
    for (const format of ["xlsx", "ods"] as const) {
      const workbook = await report(saveWithCalc(csv, format));
      expect(workbook.issues.find((issue) => issue.code === "postcode-leading-zero-lost")).toMatchObject({ line: 2, cell: "G2" });
    }
  }, 60_000);
});
