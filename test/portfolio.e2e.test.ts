import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, ROOT, runCli } from "./helpers.js";

// End to end: the consultant's morning — companies from the sample file, the sample batch of
// catalogues, one verdict — then `portfolio` in every format, filtered and sorted.
const temp = makeTempDir("eprovence-portfolio-");
afterAll(() => temp.remove());
const db = join(temp.dir, "eprovence.db");
const run = (args: readonly string[]) => runCli(args, { env: { EPROVENCE_DB: db } });

interface Line {
  id: number;
  legalName: string;
  siren: string;
  smeCategory: string | null;
  verdict: { verdict: string; stale: boolean } | null;
  products: number;
  ready: number;
  completeness: number;
  draftNames: number;
  lastImport: { fileName: string } | null;
  nextStep: string;
}
const portfolio = async (...args: string[]) => {
  const result = await run(["portfolio", "--format", "json", ...args]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Line[];
};

beforeAll(async () => {
  expect((await run(["merchant", "import", join(ROOT, "fixtures", "consultant", "entreprises.csv")])).code).toBe(0);
  await run(["import", "--batch", join(ROOT, "fixtures", "consultant", "lot-exemple.csv")]);
  await run(["eligibility", "--merchant", "913205803"]);
  await run(["names", "draft", "--merchant", "815437629", "--all"]);
}, 60_000);

describe("portfolio", () => {
  it("an empty database: a sentence saying how to add companies, exit 0", async () => {
    const empty = await runCli(["portfolio"], { env: { EPROVENCE_DB: join(temp.dir, "none.db") } });
    expect(empty.code).toBe(0);
    expect(empty.stderr).toContain("Aucune entreprise enregistrée. Ajoutez-en : eprovence merchant import");
    expect(JSON.parse((await runCli(["portfolio", "--format", "json"], { env: { EPROVENCE_DB: join(temp.dir, "none.db") } })).stdout)).toEqual([]);
  });

  it("one line per company, by name, with its size, verdict, readiness, drafted names and next step", async () => {
    const lines = await portfolio();
    expect(lines.map((line) => line.legalName)).toEqual(["Huilerie du Luberon", "Miellerie des Alpilles", "Santons de Provence Réunis", "Savonnerie des Calanques", "Savonnerie du Vieux Port"]);
    const calanques = lines.find((line) => line.siren === "913205803");
    // The demo's catalogue less its two rows with errors (the batch rejects them).
    const demoRows = readFileSync(join(ROOT, "fixtures", "demo", "catalogue.csv"), "utf8").trim().split(/\r?\n/).length - 1;
    expect(calanques).toMatchObject({ smeCategory: "micro", verdict: { verdict: "eligible-with-conditions", stale: false }, products: demoRows - 2, lastImport: { fileName: "catalogue.csv" } });
    const vieuxPort = lines.find((line) => line.siren === "815437629");
    expect(vieuxPort).toMatchObject({ smeCategory: "small", verdict: null, nextStep: "evaluate" });
    expect(vieuxPort?.draftNames).toBeGreaterThan(0);
    expect(lines.find((line) => line.siren === "842135675")).toMatchObject({ products: 0, completeness: 0, nextStep: "import-catalogue", lastImport: null });
  });

  it("the pretty table speaks French and names the next step as a command", async () => {
    const result = await run(["portfolio"]);
    expect(result.stdout).toContain("Portefeuille : 5 entreprises sur 5");
    expect(result.stdout).toMatch(/Savonnerie des Calanques +913 205 803 +TPE +sous conditions le /);
    expect(result.stdout).toContain("→ Importer son catalogue : eprovence import catalogue.csv --merchant 3");
  });

  it("a verdict is « à refaire » once the profile changed after it", async () => {
    await run(["merchant", "update", "913205803", "--headcount", "9"]);
    const calanques = (await portfolio("--verdict", "stale"))[0];
    expect(calanques).toMatchObject({ siren: "913205803", verdict: { stale: true }, nextStep: "evaluate-again" });
    expect((await run(["portfolio", "--search", "calanques"])).stdout).toContain("« à refaire »");
    await run(["eligibility", "--merchant", "913205803"]);
    expect(await portfolio("--verdict", "stale")).toEqual([]);
  });

  it("filters by verdict, completeness and text; sorts by completeness", async () => {
    expect((await portfolio("--verdict", "none")).map((line) => line.siren)).not.toContain("913205803");
    expect((await portfolio("--below", "50")).every((line) => line.completeness < 50)).toBe(true);
    expect((await portfolio("--search", "LUBÉRON")).map((line) => line.legalName)).toEqual(["Huilerie du Luberon"]);
    expect((await portfolio("--search", "913 205")).map((line) => line.siren)).toEqual(["913205803"]);
    const sorted = (await portfolio("--sort", "completeness")).map((line) => line.completeness);
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    const none = await run(["portfolio", "--search", "introuvable"]);
    expect(none.stderr).toContain("Aucune des 5 entreprises enregistrées ne répond à ces critères.");
  });

  it("--format csv is a spreadsheet's table with French headers", async () => {
    const result = await run(["portfolio", "--format", "csv"]);
    const lines = result.stdout.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Entreprise;SIREN;Taille;Éligibilité;Produits;Prêts;Complétude;Noms à revoir;Dernier import;Prochaine étape");
    expect(lines).toHaveLength(6);
  });

  it.each([
    [["--verdict", "peut-être"], "--verdict"],
    [["--below", "150"], "--below"],
    [["--sort", "taille"], "--sort"],
    [["--format", "html"], "--format"],
  ])("refuses %j (exit 2)", async (args, option) => {
    const result = await run(["portfolio", ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(option);
  });
});
