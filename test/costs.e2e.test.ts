import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { merchantProfileSchema } from "../src/domain/company/profile.js";
import { openDatabase } from "../src/store/database.js";
import { addMerchant } from "../src/store/merchants.js";
import { makeTempDir, runCli } from "./helpers.js";

// End to end: the real binary, without a terminal, as a script or a CI job runs it.
const temp = makeTempDir();
afterAll(() => temp.remove());

interface CostsYear {
  year: number;
  shopEur: number;
  fairsEur: number;
  shopCumulativeEur: number;
  fairsCumulativeEur: number;
}

interface CostsJson {
  currency: string;
  presets: string[];
  salesEur: number;
  years: CostsYear[];
  breakEvenSalesEur: number | null;
  cheaperFromYear: number | null;
  shopDepositEur: number;
  assumptions: { name: string; value: number; unit: string; source: string; date: string; sourceId: string | null; isCost?: boolean }[];
  scenarios?: { name: string; salesEur: number; years: CostsYear[]; cheaperFromYear: number | null }[];
}

async function costsJson(args: readonly string[]): Promise<CostsJson> {
  const run = await runCli(["costs", ...args, "--format", "json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as CostsJson;
}

/** Columns a line takes (one per code point: the report has no wide characters). */
const widthOf = (line: string) => [...line].length;

describe("eprovence costs", () => {
  it("prints the JSON contract: the 2017 quote, a fair twice a year of shop, €30,000 apart after 3 years", async () => {
    const report = await costsJson(["--preset", "quote-2017", "--years", "3"]);
    expect(report).toMatchObject({ currency: "EUR", presets: ["quote-2017"], cheaperFromYear: 1, breakEvenSalesEur: 333333.33 });
    expect(report.years).toEqual([
      expect.objectContaining({ year: 1, shopEur: 10000, fairsEur: 20000, shopCumulativeEur: 10000, fairsCumulativeEur: 20000 }),
      expect.objectContaining({ year: 2, shopEur: 10000, fairsEur: 20000, shopCumulativeEur: 20000, fairsCumulativeEur: 40000 }),
      expect.objectContaining({ year: 3, shopEur: 10000, fairsEur: 20000, shopCumulativeEur: 30000, fairsCumulativeEur: 60000 }),
    ]);
    for (const assumption of report.assumptions) {
      expect(Object.keys(assumption)).toEqual(expect.arrayContaining(["name", "value", "unit", "source", "date", "sourceId"]));
    }
    expect(report.assumptions).toContainEqual(expect.objectContaining({ name: "shopDeposit", value: 150000, isCost: false }));
  });

  it("prints euros with at most 2 decimals, from exact cents", async () => {
    const report = await costsJson(["--preset", "tmall-global-fees", "--sales-eur", "1 234,57", "--years", "10"]);
    const text = JSON.stringify(report.years);
    expect(text).not.toMatch(/\d\.\d{3,}/);
    expect(report.years[9]?.shopCumulativeEur).toBe(Number(((report.years[0]?.shopEur ?? 0) * 10).toFixed(2)));
    expect(report.shopDepositEur).toBe(19853.35);
  });

  it("takes a sales range: three scenarios, the mid one at the top level", async () => {
    const report = await costsJson(["--sales-eur", "50000,100000,200000"]);
    expect(report.salesEur).toBe(100000);
    expect(report.scenarios?.map((scenario) => [scenario.name, scenario.salesEur, scenario.years[0]?.shopEur])).toEqual([
      ["low", 50000, 11500],
      ["mid", 100000, 13000],
      ["high", 200000, 16000],
    ]);
    expect(report.years[0]?.shopEur).toBe(13000);
  });

  it("pretty: a table per year and a chart within 80 columns, no escape codes in a pipe", async () => {
    for (const args of [[], ["--preset", "tmall-global-fees,canton-fair-9m2", "--sales-eur", "50 000;100 000;200 000", "--years", "10", "--explain"]]) {
      const run = await runCli(["costs", ...args]);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(/\u001b\[/);
      const long = run.stdout.split("\n").filter((line) => widthOf(line) > 80);
      expect(long).toEqual([]);
    }
    const run = await runCli(["costs"]);
    expect(run.stdout).toMatch(/Année\s+Boutique\s+Salons/);
    expect(run.stdout).toMatch(/^An 3 █+ 30$/m);
    expect(run.stdout).toMatch(/^\s+░+ 60$/m);
    expect(run.stdout).toContain("█ boutique Tmall Global   ░ salons");
    expect(run.stdout).toContain("k€");
    expect(run.stdout).toContain("à partir de l'année 1");
    expect(run.stdout).toMatch(/^ +1 +10\s000 +20\s000 /m); // whole euros: no ",00" when no amount has cents
    expect(run.stdout).toMatch(/333\s333,33/); // French groups digits with a (narrow) no-break space
  });

  it("colours the chart on request only (FORCE_COLOR)", async () => {
    expect((await runCli(["costs"], { env: { FORCE_COLOR: "1" } })).stdout).toMatch(/\u001b\[/);
  });

  it("--explain lists every input with its source, by its title in the report's language, and date", async () => {
    const run = await runCli(["costs", "--explain", "--preset", "tmall-global-fees,canton-fair-9m2"]);
    expect(run.code).toBe(0);
    // Source texts are wrapped at 80 columns: read them as one line.
    const text = run.stdout.replace(/\s+/g, " ");
    for (const expected of ["CNY (remboursable : ce n'est pas un coût)", "chinadaily.com.cn", "3 février 2009", "ANALOGIE SEULEMENT", "Taux de référence de l'euro, BCE", "6 octobre 2026", "Sans source : 0 en attendant votre chiffre", "Choix de conception : comparaison sur 3 ans", "non daté"]) {
      expect(text).toContain(expected);
    }
    // Each input by its name, with the flag that sets it and its value in words.
    expect(text).toMatch(/Dépôt de garantie de la boutique \(--shop-deposit\) : 150\s000\sCNY/);
    expect(text).toContain("Commission sur les ventes (--shop-commission-percent) : 3,5 % des ventes");
    expect(text).not.toMatch(/shopDeposit|n\/a|undated|\(refundable/);
    const english = (await runCli(["costs", "--lang", "en", "--explain", "--preset", "tmall-global-fees,canton-fair-9m2"])).stdout.replace(/\s+/g, " ");
    for (const expected of ["ANALOGUE ONLY", "ECB euro reference rates", "Unsourced — your figure", "Design choice: compared over 3 years", "Shop security deposit (--shop-deposit): 150,000 CNY (refundable: not a cost)", "October 6, 2026"]) expect(english).toContain(expected);
    expect((await runCli(["costs"])).stdout).toContain("--explain");
  });

  it("asks for the figures nobody sourced", async () => {
    const run = await runCli(["costs", "--preset", "prowein-9m2"]);
    expect(run.stdout).toMatch(/Sans source, comptés 0 :[^]*--fair-travel-per-day/);
  });

  it("reads a --scenario file; flags override the file, the file overrides the preset", async () => {
    const file = temp.write("plan.json", JSON.stringify({ preset: "quote-2017", shopAnnualFee: "8 000", fairOther: { value: 15000, source: "our 2026 stand quote", date: "2026-09" } }));
    const report = await costsJson(["--scenario", file, "--fair-other", "18000"]);
    expect(report.years[0]).toMatchObject({ shopEur: 8000, fairsEur: 18000 });
    expect(report.assumptions).toContainEqual(
      expect.objectContaining({ name: "shopAnnualFee", value: 8000, source: `votre fichier de scénario ${file} (clé shopAnnualFee)`, sourceId: null }),
    );
    expect(report.assumptions).toContainEqual(expect.objectContaining({ name: "fairOther", value: 18000, source: "votre option --fair-other", sourceId: null }));
    expect(report.assumptions).toContainEqual(
      expect.objectContaining({ name: "shopCommissionPercent", source: "Devis CCI Marseille Provence / Alibaba France, mai 2017 (go-met.com, destimed.fr) : commission de 1 à 5 % ; choix de conception : le milieu, 3 %", sourceId: "quote-2017" }),
    );
    const english = await costsJson(["--lang", "en", "--scenario", file]);
    expect(english.assumptions).toContainEqual(expect.objectContaining({ name: "fairOther", source: `your scenario file ${file} (key fairOther): our 2026 stand quote`, date: "2026-09" }));
  });

  it.each([
    ["an unknown key", { shopAnualFee: 8000 }, /shopAnualFee/],
    ["a negative value", { years: -2 }, /years/],
    ["not JSON", "{ years: 3", /JSON/],
  ])("a scenario file with %s: exit 2 naming the key", async (_what, content, expected) => {
    const file = temp.write("bad.json", typeof content === "string" ? content : JSON.stringify(content));
    const run = await runCli(["costs", "--scenario", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["--years", "0"],
    ["--years", "abc"],
    ["--years", "-3"],
    ["--sales-eur", "-100"],
    ["--sales-eur", "beaucoup"],
    ["--sales-eur", "300,200,100"],
    ["--shop-commission-percent", "150"],
    ["--shop-annual-fee", "10,000"],
    ["--fair-space-m2", "neuf"],
    ["--eur-cny", "0"],
    ["--preset", "ces-2027"],
    ["--format", "csv"],
  ])("%s %s: exit 2, one sentence naming the flag and a hint", async (flag, value) => {
    const run = await runCli(["costs", flag, value]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const [sentence, hint] = run.stderr.trim().split("\n");
    expect(sentence).toContain(flag);
    expect(sentence).toContain(value);
    expect(hint).toMatch(/^Attendu : /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("--merchant saves the scenario with the company, after checking every input", async () => {
    const db = join(temp.dir, "costs.db");
    const store = openDatabase(db);
    addMerchant(store, merchantProfileSchema.parse({ legalName: "Savonnerie du Midi", siret: "81234567800013" }), new Date());
    store.close();
    const env = { EPROVENCE_DB: db };
    const stored = () => {
      const reader = new Database(db, { readonly: true });
      const rows = reader.prepare("SELECT scenario FROM cost_scenarios").all() as { scenario: string }[];
      reader.close();
      return rows.map((row) => JSON.parse(row.scenario) as { inputs?: unknown });
    };

    const bad = await runCli(["costs", "--merchant", "81234567800013", "--years", "0"], { env });
    expect(bad.code).toBe(2);
    expect(stored()).toEqual([]);

    const saved = await runCli(["costs", "--merchant", "81234567800013", "--sales-eur", "150000", "--format", "json"], { env });
    expect(saved.code).toBe(0);
    const printed = JSON.parse(saved.stdout) as CostsJson;
    const scenarios = stored();
    expect(scenarios).toHaveLength(1);
    expect(JSON.stringify(scenarios[0])).toContain('"salesEur"');
    expect(printed.salesEur).toBe(150000);

    const unknown = await runCli(["costs", "--merchant", "99999"], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/99999/);
    expect(stored()).toHaveLength(1);
  });

  it("--merchant without any database says to add the company first and creates nothing", async () => {
    const db = join(temp.dir, "none.db");
    const run = await runCli(["costs", "--merchant", "81234567800013"], { env: { EPROVENCE_DB: db } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("merchant add");
    expect(existsSync(db)).toBe(false);
  });

  it("speaks English with --lang en, with the same numbers", async () => {
    const run = await runCli(["costs", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Tmall Global shop or trade fairs");
    expect(run.stdout).toContain("333,333.33");
    expect(run.stdout).toContain("█ Tmall Global shop   ░ fairs");
    const bad = await runCli(["costs", "--years", "0", "--lang", "en"]);
    expect(bad.stderr).toContain("Invalid value for --years");
    const fr = await costsJson([]);
    const en = await costsJson(["--lang", "en"]);
    // Only the sources' words change with the language; their ids and every number stay.
    const numbersOf = (report: CostsJson) => ({ ...report, assumptions: report.assumptions.map(({ source: _source, ...rest }) => rest) });
    expect(numbersOf(en)).toEqual(numbersOf(fr));
    expect(en.assumptions.find((assumption) => assumption.name === "eurCny")?.source).toBe("ECB euro reference rates");
    expect(fr.assumptions.find((assumption) => assumption.name === "eurCny")?.source).toBe("Taux de référence de l'euro, BCE");
  });

  it("documents every flag in its help", async () => {
    const run = await runCli(["costs", "--help"]);
    expect(run.code).toBe(0);
    for (const flag of ["--preset", "--years", "--sales-eur", "--scenario", "--merchant", "--explain", "--shop-annual-fee", "--fair-travel-per-day", "--eur-cny"]) {
      expect(run.stdout).toContain(flag);
    }
  });
});
