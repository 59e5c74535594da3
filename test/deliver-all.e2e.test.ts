import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE_HEADER, makeTempDir, ROOT, runCli, soapRow, toCsv } from "./helpers.js";

// End to end: the consultant delivers for the whole portfolio at once — `export --all` and
// `dossier --all` — with the sample companies: two with ready catalogues, one with a product not ready,
// two without products. One company's folder is blocked by a file: it is not done, the others are.
const temp = makeTempDir("eprovence-deliver-");
afterAll(() => temp.remove());
const db = join(temp.dir, "eprovence.db");
const run = (args: readonly string[], lang = "fr") => runCli(["--lang", lang, ...args], { env: { EPROVENCE_DB: db } });

const CALANQUES = { siren: "913205803", folder: "913205803-savonnerie-des-calanques" };
const VIEUX_PORT = { siren: "815437629", folder: "815437629-savonnerie-du-vieux-port" };
const MIELLERIE = { siren: "790345128", folder: "790345128-miellerie-des-alpilles" };

interface Company {
  id: number;
  siren: string;
  legalName: string;
  out: string | null;
  verdict: string | null;
  status: string;
  failure?: { code: string; message: string; hint: string };
}
interface Summary {
  companies: Company[];
  summary: { companies: number; written: number; checked: number; refused: number; failed: number };
}
const companyOf = (summary: Summary, siren: string): Company | undefined => summary.companies.find((company) => company.siren === siren);

async function importCatalogue(siren: string, rows: readonly string[][]): Promise<void> {
  const csv = temp.write(`catalogue-${siren}.csv`, toCsv([CATALOGUE_HEADER, ...rows]));
  const result = await run(["import", csv, "--merchant", siren]);
  expect(result.code, result.stderr).toBe(0);
}

beforeAll(async () => {
  expect((await run(["merchant", "import", join(ROOT, "fixtures", "consultant", "entreprises.csv")])).code).toBe(0);
  await importCatalogue(CALANQUES.siren, [soapRow("CAL-1"), soapRow("CAL-2")]);
  await importCatalogue(MIELLERIE.siren, [soapRow("MIE-1")]);
  // Valid rows, but one product lacks its Chinese name and photo: not ready for Tmall Global.
  await importCatalogue(VIEUX_PORT.siren, [soapRow("VP-1"), soapRow("VP-2", { name_zh: "", image_urls: "" })]);
}, 60_000);

describe("export --all", () => {
  const out = join(temp.dir, "livraison");

  it("writes every ready company, refuses the others, keeps going past one it cannot write: exit 2", async () => {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, MIELLERIE.folder), "a file where the folder should be");
    const result = await run(["export", "--all", "--out", out, "--format", "json"]);
    expect(result.code, result.stderr).toBe(2);
    const summary = JSON.parse(result.stdout) as Summary;
    expect(summary.summary).toEqual({ companies: 5, written: 1, checked: 0, refused: 3, failed: 1 });
    expect(companyOf(summary, CALANQUES.siren)).toMatchObject({ legalName: "Savonnerie des Calanques", out: join(out, CALANQUES.folder), verdict: "ready", status: "written" });
    expect(companyOf(summary, CALANQUES.siren)?.failure).toBeUndefined();
    expect(companyOf(summary, VIEUX_PORT.siren)).toMatchObject({ verdict: "not-ready", status: "refused" });
    expect(companyOf(summary, "842135675")).toMatchObject({ verdict: "no-products", status: "refused" });
    const blocked = companyOf(summary, MIELLERIE.siren);
    expect(blocked).toMatchObject({ status: "failed", out: join(out, MIELLERIE.folder) });
    expect(blocked?.failure?.code).toMatch(/^output-/);
    expect(blocked?.failure?.message).toContain(MIELLERIE.folder);
    for (const file of ["catalogue.csv", "catalogue.json", "manifest.json"]) expect(existsSync(join(out, CALANQUES.folder, file))).toBe(true);
    expect(existsSync(join(out, VIEUX_PORT.folder))).toBe(false);
    expect(readFileSync(join(out, MIELLERIE.folder), "utf8")).toBe("a file where the folder should be");
  });

  it("a second run keeps the earlier export unless --force; --force replaces it and the refused one still says no: exit 1", async () => {
    rmSync(join(out, MIELLERIE.folder));
    const again = JSON.parse((await run(["export", "--all", "--out", out, "--format", "json"])).stdout) as Summary;
    expect(companyOf(again, CALANQUES.siren)).toMatchObject({ status: "failed", failure: { code: "output-exists" } });
    expect(companyOf(again, MIELLERIE.siren)).toMatchObject({ status: "written" });

    const forced = await run(["export", "--all", "--out", out, "--force", "--format", "json"]);
    expect(forced.code, forced.stderr).toBe(1);
    const summary = JSON.parse(forced.stdout) as Summary;
    expect(summary.summary).toMatchObject({ written: 2, refused: 3, failed: 0 });
  });

  it("--allow-partial applies to each company", async () => {
    const result = await run(["export", "--all", "--out", join(temp.dir, "partiel"), "--allow-partial", "--format", "json"]);
    expect(companyOf(JSON.parse(result.stdout) as Summary, VIEUX_PORT.siren)).toMatchObject({ verdict: "partial", status: "written" });
  });

  it("says it in French, one line per company, then the totals", async () => {
    const result = await run(["export", "--all", "--out", join(temp.dir, "fr")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Export pour Tmall Global : 5 entreprises, dans");
    expect(result.stdout).toContain(`✔ Savonnerie des Calanques (913 205 803) : 2 produits exportés dans ${join(temp.dir, "fr", CALANQUES.folder)}`);
    expect(result.stdout).toContain("✖ Savonnerie du Vieux Port (815 437 629) : export refusé, 1 produit sur 2 n'est pas prêt");
    expect(result.stdout).toContain("✖ Huilerie du Luberon (842 135 675) : export refusé, aucun produit enregistré");
    expect(result.stdout).toContain("Bilan : 2 livrées, 3 refusées, 0 non faite");
  });

  it("and in English", async () => {
    const result = await run(["export", "--all", "--out", join(temp.dir, "en")], "en");
    expect(result.stdout).toContain("✖ Savonnerie du Vieux Port (815 437 629): export refused, 1 of 2 products not ready");
    expect(result.stdout).toContain("Summary: 2 delivered, 3 refused, 0 not done");
  });

  it("--check reports each company's gate and writes nothing", async () => {
    const result = await run(["export", "--all", "--check", "--format", "json"]);
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout) as Summary;
    expect(summary.summary).toMatchObject({ written: 0, checked: 2, refused: 3 });
    expect(companyOf(summary, CALANQUES.siren)).toMatchObject({ status: "checked", verdict: "ready", out: null });
  });

  it("--all with --merchant is a usage error in one sentence; --all without --out too", async () => {
    const both = await run(["export", "--all", "--merchant", "1", "--out", join(temp.dir, "x")]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--all et --merchant <entreprise> ne vont pas ensemble.");
    const noOut = await run(["export", "--all"]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("--out manque");
  });
});

describe("dossier --all", () => {
  it("one HTML file per company; one that cannot be written does not stop the others: exit 2, then --force", async () => {
    const out = join(temp.dir, "dossiers");
    mkdirSync(join(out, `${VIEUX_PORT.folder}.html`), { recursive: true });
    const result = await run(["dossier", "--all", "--out", out, "--format", "json"]);
    expect(result.code, result.stderr).toBe(2);
    const summary = JSON.parse(result.stdout) as Summary;
    expect(summary.summary).toMatchObject({ companies: 5, written: 4, failed: 1 });
    expect(companyOf(summary, VIEUX_PORT.siren)?.status).toBe("failed");
    expect(readFileSync(join(out, `${CALANQUES.folder}.html`), "utf8")).toContain("Savonnerie des Calanques");

    rmSync(join(out, `${VIEUX_PORT.folder}.html`), { recursive: true });
    const again = await run(["dossier", "--all", "--out", out]);
    expect(again.code).toBe(2);
    expect(again.stdout).toContain("existe déjà");
    const forced = await run(["dossier", "--all", "--out", out, "--force"], "en");
    expect(forced.code, forced.stdout).toBe(0);
    expect(forced.stdout).toContain("Summary: 5 delivered, 0 not done");
    expect(existsSync(join(out, `${VIEUX_PORT.folder}.html`))).toBe(true);
  });
});

describe("portfolio --out", () => {
  it("writes one self-contained printable page with a completeness bar per company; kept unless --force", async () => {
    const page = join(temp.dir, "portefeuille.html");
    const result = await run(["portfolio", "--out", page]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`Portefeuille écrit : ${page}`);
    const text = readFileSync(page, "utf8");
    expect(text).toContain('<html lang="fr">');
    expect(text).toContain("Portefeuille : 5 entreprises sur 5");
    for (const name of ["Savonnerie des Calanques", "Savonnerie du Vieux Port", "Huilerie du Luberon"]) expect(text).toContain(name);
    expect(text.match(/class="bar"/g)).toHaveLength(5);
    expect(text).toContain("default-src 'none'");
    // Nothing to fetch: no script, no external stylesheet, image or link.
    expect(text).not.toMatch(/<script|<link|<img|src=|https?:\/\//);

    expect((await run(["portfolio", "--out", page])).code).toBe(2);
    const forced = await run(["portfolio", "--out", page, "--force", "--below", "90"], "en");
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(page, "utf8")).toContain('<html lang="en">');
  });
});
