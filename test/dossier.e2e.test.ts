import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE_HEADER, makeTempDir, ROOT, runCli, soapRow, toCsv, type CliRun } from "./helpers.js";
import { makePng } from "./pictures.js";

// End to end: a database filled through the real commands, the dossier written by the binary, then
// opened in a real headless Chromium, as the owner who double-clicks the file will see it.

const temp = makeTempDir("eprovence-dossier-");
afterAll(() => temp.remove());

const db = join(temp.dir, "eprovence.db");
const SIRET = "73282932000074";
const LEGAL_NAME = `Savonnerie "Le Midi" & Fils d'Aix`;
const SCRIPT_NAME = "<script>alert(1)</script>";

const run = (args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> => runCli(["--db", db, ...args], { cwd: temp.dir, env });

beforeAll(async () => {
  const profile = temp.write(
    "profile.json",
    JSON.stringify({ legalName: LEGAL_NAME, siret: SIRET, postcode: "13002", headcount: 12, turnoverEur: 1250000, balanceSheetEur: 800000, independent: true, brands: ["Le Midi"], trademark: "registered" }),
  );
  const other = temp.write("other.json", JSON.stringify({ legalName: "Santons sans scénario", siren: "552100554", postcode: "13100", headcount: 3, turnoverEur: 150000 }));
  const catalogue = temp.write(
    "catalogue.csv",
    toCsv([
      CATALOGUE_HEADER,
      soapRow("SAV-100"),
      // No Chinese name, and a name that must stay text in the page.
      soapRow("SAV-XSS", { name_fr: SCRIPT_NAME, name_zh: "" }),
      soapRow("CAL-250", { name_fr: "Calissons d'Aix 250 g", name_zh: "卡利松杏仁糖", category: "confiserie", hs_code: "170490", origin_postcode: "13100", shelf_life_months: "12", net_weight_g: "250", price_eur: "12,50" }),
    ]),
  );
  // The owner's photos, named by SKU: each product's main one is embedded in the dossier.
  mkdirSync(join(temp.dir, "photos"));
  temp.write("photos/SAV-100.png", makePng(900, 900));
  temp.write("photos/CAL-250.png", makePng(1000, 1000, [230, 200, 120]));
  for (const args of [
    ["merchant", "add", "--from", profile],
    ["merchant", "add", "--from", other],
    ["import", catalogue, "--merchant", SIRET, "--images", join(temp.dir, "photos")],
    ["costs", "--merchant", SIRET, "--preset", "tmall-global-fees,prowein-9m2", "--sales-eur", "150000", "--years", "5"],
  ]) {
    const result = await run(args);
    expect(result.code, `${args.join(" ")}\n${result.stderr}`).toBe(0);
  }
});

describe("eprovence dossier", () => {
  it("writes one HTML file, says where on stderr, prints nothing on stdout, exit 0", async () => {
    const result = await run(["dossier", "--merchant", SIRET, "--out", "dossier.html"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("");
    const path = join(temp.dir, "dossier.html");
    expect(result.stderr).toBe(`Dossier écrit dans ${path}\n`);
    const document = readFileSync(path, "utf8");
    expect(document.startsWith("<!doctype html>")).toBe(true);
    expect(document).toContain('<html lang="fr">');
    for (const id of ["company", "eligibility", "costs", "catalogue", "next-steps"]) expect(document).toContain(`id="${id}"`);
    // The saved scenario, not the default; the stored catalogue with its missing Chinese name.
    expect(document).toMatch(/Scénario de coûts enregistré le (1er|\d+) \p{L}+ \d{4} \(n° 1\)/u);
    expect(document).toContain("barème des frais Tmall Global, ProWein, stand de 9 m²");
    expect(document).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(document).toContain("Savonnerie &quot;Le Midi&quot; &amp; Fils d&#39;Aix");
    expect(document).not.toMatch(/<script/i);
    expect(document).toMatch(/Compléter « nom en chinois[^»]*» : 1 produit — SAV-XSS\./);
    // Written through a temporary file: none is left behind.
    expect(readdirSync(temp.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("never replaces an existing file without --force (exit 2, file untouched); with --force it does", async () => {
    const path = temp.write("existing.html", "mine");
    const refused = await run(["dossier", "--merchant", SIRET, "--out", "existing.html"]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("existing.html existe déjà");
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(path, "utf8")).toBe("mine");
    const forced = await run(["dossier", "--merchant", SIRET, "--out", "existing.html", "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(path, "utf8")).toMatch(/^<!doctype html>/);
    expect(readdirSync(temp.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("in English with --lang en; and a company with no saved scenario gets the default one, said so", async () => {
    const result = await run(["--lang", "en", "dossier", "--merchant", "552100554", "--out", "other-en.html"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("Dossier written to");
    const document = readFileSync(join(temp.dir, "other-en.html"), "utf8");
    expect(document).toContain('<html lang="en">');
    expect(document).toContain("No cost scenario has been saved for this company: this is the default scenario, from the CCI Marseille Provence – Alibaba quote of 2017.");
    expect(document).toContain("No product stored: the company&#39;s catalogue is still to be imported.");
  });

  it("--out - prints the document on stdout and writes no file", async () => {
    const result = await run(["dossier", "--merchant", SIRET, "--out", "-"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(result.stderr).toBe("");
  });

  it.each([
    ["an unknown company", ["dossier", "--merchant", "999", "--out", "x.html"], "Aucune entreprise « 999 »"],
    ["no --out", ["dossier", "--merchant", SIRET], "--out"],
    ["no --merchant", ["dossier", "--out", "x.html"], "--merchant"],
    ["a folder that does not exist", ["dossier", "--merchant", SIRET, "--out", "missing/dir/x.html"], "missing/dir/x.html (un dossier du chemin n'existe pas) : aucun fichier n'a été modifié"],
  ])("%s: exit 2, a message naming what to fix, no file", async (_case, args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
    expect(existsSync(join(temp.dir, "x.html"))).toBe(false);
  });

  it("a missing database: exit 2, and none is created", async () => {
    const missing = join(temp.dir, "nowhere.db");
    const result = await runCli(["--db", missing, "dossier", "--merchant", SIRET, "--out", "y.html"], { cwd: temp.dir });
    expect(result.code).toBe(2);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(temp.dir, "y.html"))).toBe(false);
  });

  it("a catalogue of 1,250 products: counted whole, the first 100 by SKU detailed, the rest said to be in the export", async () => {
    const siren = "380129866";
    const large = temp.write("large.csv", toCsv([CATALOGUE_HEADER, ...Array.from({ length: 1250 }, (_, index) => soapRow(`L-${String(1249 - index).padStart(4, "0")}`, index % 5 === 0 ? { name_zh: "" } : {}))]));
    for (const args of [["merchant", "add", "--legal-name", "Savonnerie en gros", "--siren", siren], ["import", large, "--merchant", siren]]) {
      const result = await run(args);
      expect(result.code, `${args.join(" ")}\n${result.stderr}`).toBe(0);
    }
    const result = await run(["dossier", "--merchant", siren, "--out", "-"]);
    expect(result.code, result.stderr).toBe(0);
    const document = result.stdout.replace(/[\u202f\u00a0]/g, " ");
    const rows = [...document.matchAll(/<tr data-sku="([^"]+)">/g)].map((match) => match[1]);
    expect(rows).toEqual(Array.from({ length: 100 }, (_, index) => `L-${String(index).padStart(4, "0")}`));
    expect(document).toContain("1000 produits prêts sur 1250");
    expect(document).toContain("Ce dossier détaille les 100 premiers produits (par référence) sur 1250 ; les 1150 autres");
    expect(document).toContain("La liste complète, produit par produit, avec ce qui manque à chacun, accompagne l&#39;export du catalogue pour Tmall.");
    expect(document).toMatch(/Compléter « nom en chinois[^»]*» : 250 produits — L-0004, L-0009/);
  }, 30_000);

  it("does not store a verdict: the eligibility history is left as it was", async () => {
    const countVerdicts = (): number => {
      const connection = new BetterSqlite3(db, { readonly: true });
      try {
        return connection.prepare("SELECT count(*) FROM eligibility_verdicts").pluck().get() as number;
      } finally {
        connection.close();
      }
    };
    expect((await run(["eligibility", "--merchant", SIRET])).code).toBe(0);
    const before = countVerdicts();
    expect(before).toBeGreaterThan(0);
    const dossier = await run(["dossier", "--merchant", SIRET, "--out", "history.html"]);
    expect(dossier.code, dossier.stderr).toBe(0);
    expect(countVerdicts()).toBe(before);
  });
});

// ——— The real browser ——————————————————————————————————————————————————————————————
//
// Debian's chromium, driven by playwright-core (which downloads no browser). A user without it gets a
// loud warning and a skip; CI (CI=true, set by .ci/run, which installs chromium) never skips.

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const isCi = process.env.CI === "true";
if (!hasChromium && !isCi) {
  console.warn(
    `\n⚠⚠⚠ SKIPPED: the dossier's browser test needs Debian's chromium at ${CHROMIUM}, not found.\n` +
      "    Install it (Debian/Ubuntu): sudo apt-get update && sudo apt-get install -y chromium\n" +
      "    CI (.ci/run) installs it and never skips this test.\n",
  );
}

/** The flags the machine notes give: no sandbox as root, no GPU, and no background traffic to Google on a closed network. */
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const OUTPUT = join(ROOT, "test-output");

describe.skipIf(!hasChromium && !isCi)("the dossier in a real browser (headless Chromium)", () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    // playwright starts each browser with a new, empty profile (its own temporary --user-data-dir).
    if (hasChromium) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page of ours opened in the browser, every request and every console error or warning recorded. */
  async function openWatched(file: string, width: number) {
    if (browser === undefined) throw new Error(`no browser: ${CHROMIUM} is missing`);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") errors.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: "load" });
    return { page, requests, errors, url };
  }

  // Its own test, so that a CI log says plainly why the browser tests failed.
  it(`finds Debian's chromium at ${CHROMIUM}`, () => {
    expect(hasChromium, `${CHROMIUM} is missing: .ci/run installs Debian's chromium; CI never skips the browser test`).toBe(true);
  });

  it.each(["fr", "en"] as const)("%s: no console error, no request but the file itself, every section visible, on screen and in print", async (language) => {
    const file = join(temp.dir, `browser-${language}.html`);
    const written = await run(["--lang", language, "dossier", "--merchant", SIRET, "--out", file]);
    expect(written.code, written.stderr).toBe(0);
    const { page, requests, errors, url } = await openWatched(file, 1100);

    // Page code as text: the tests are type-checked without the DOM library.
    expect(await page.evaluate<string>("document.documentElement.lang")).toBe(language);
    expect(await page.evaluate<number>("document.scripts.length")).toBe(0);
    for (const id of ["company", "eligibility", "costs", "catalogue", "next-steps"]) {
      const section = page.locator(`section#${id}`);
      expect(await section.isVisible(), id).toBe(true);
      expect((await section.locator("h2").innerText()).trim(), id).not.toBe("");
    }
    // The product named <script> reads as text; the chart is drawn at a readable size.
    expect(await page.locator('tr[data-sku="SAV-XSS"] .product-name').innerText()).toBe(SCRIPT_NAME);
    const chart = await page.locator("svg.chart").boundingBox();
    expect(chart?.width ?? 0).toBeGreaterThan(400);
    expect(await page.locator("svg.chart polyline").count()).toBe(2);
    // Each product's main photo, embedded, is drawn (a data: image the page's policy allows, and nothing else).
    expect(await page.evaluate<[string, boolean, number][]>("[...document.querySelectorAll('img.main-picture')].map((img) => [img.closest('tr').dataset.sku, img.complete, img.naturalWidth])")).toEqual([
      ["SAV-100", true, 900],
      ["CAL-250", true, 1000],
    ]);
    await page.screenshot({ path: join(OUTPUT, `dossier-${language}.png`), fullPage: true });

    await page.emulateMedia({ media: "print" });
    for (const id of ["company", "eligibility", "costs", "catalogue", "next-steps"]) {
      expect(await page.locator(`section#${id}`).isVisible(), id).toBe(true);
      expect(await page.evaluate<string>(`getComputedStyle(document.getElementById("${id}")).breakBefore`), id).toBe("page");
    }
    await page.screenshot({ path: join(OUTPUT, `dossier-${language}-print.png`), fullPage: true });
    // On A4 each of the five sections starts a page of its own.
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    writeFileSync(join(OUTPUT, `dossier-${language}.pdf`), pdf);
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(5);

    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });

  it.each(["fr", "en"] as const)("%s: the export's Chinese e-labels (labels-zh.html) make no request and show their Chinese text, on screen and in print", async (language) => {
    const out = join(temp.dir, `export-${language}`);
    const exported = await run(["--lang", language, "export", "--merchant", SIRET, "--out", out, "--allow-partial"]);
    expect(exported.code, exported.stderr).toBe(0);
    const { page, requests, errors, url } = await openWatched(join(out, "labels-zh.html"), 1000);
    expect(await page.evaluate<string>("document.documentElement.lang")).toBe(language);
    expect(await page.evaluate<number>("document.scripts.length")).toBe(0);
    // The label itself is Chinese, marked so; it is laid out (visible, with a size), headings and values.
    const label = page.locator('section.label dl.label[lang="zh-Hans"]').first();
    expect(await label.isVisible()).toBe(true);
    const text = await label.innerText();
    for (const heading of ["商品名称", "品牌", "原产国", "原产地", "净含量", "保质期", "贮存条件", "生产商"]) expect(text, heading).toContain(heading);
    expect(text).toContain("法国");
    expect(text).toContain("待补充");
    expect((await label.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    // Drawn as Chinese, not as boxes: 配料 in the label's font differs from a code point no font has
    // (U+10FFFD, always the missing-glyph box). Needs a CJK font: .ci/run installs one.
    const isDrawn = await page.evaluate<boolean>(`(() => {
      const font = getComputedStyle(document.querySelector("dl.label")).fontFamily;
      const draw = (text) => {
        const canvas = document.createElement("canvas");
        canvas.width = 80;
        canvas.height = 40;
        const context = canvas.getContext("2d");
        context.font = "28px " + font;
        context.fillText(text, 2, 30);
        return canvas.toDataURL();
      };
      return draw("配料") !== draw("\u{10FFFD}\u{10FFFD}");
    })()`);
    expect(isDrawn, "no CJK font: the Chinese shows as boxes (install fonts-wqy-microhei or fonts-noto-cjk)").toBe(true);
    const notice = page.locator('blockquote.notice[lang="zh-Hans"]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain("中文电子标签");
    await page.screenshot({ path: join(OUTPUT, `labels-zh-${language}.png`), fullPage: true });
    await page.emulateMedia({ media: "print" });
    expect(await label.isVisible()).toBe(true);
    writeFileSync(join(OUTPUT, `labels-zh-${language}.pdf`), await page.pdf({ format: "A4" }));
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });

  it.each(["fr", "en"] as const)("%s: the portfolio page (portfolio --out) makes no request, shows its table and a completeness bar per company, on screen and in print", async (language) => {
    const file = join(temp.dir, `portfolio-${language}.html`);
    const written = await run(["--lang", language, "portfolio", "--out", file]);
    expect(written.code, written.stderr).toBe(0);
    const { page, requests, errors, url } = await openWatched(file, 1400);
    expect(await page.evaluate<string>("document.documentElement.lang")).toBe(language);
    expect(await page.evaluate<number>("document.scripts.length")).toBe(0);
    const companies = page.locator("table.portfolio tr.company");
    expect(await companies.count()).toBeGreaterThan(0);
    expect(await page.locator("table.portfolio").innerText()).toContain("Savonnerie");
    // The bars are drawn: the company with products has a filled part, as wide as its completeness (the page's style allows it).
    const filled = await page.evaluate<number[]>("[...document.querySelectorAll('.bar > span')].map((span) => span.getBoundingClientRect().width)");
    expect(filled).toHaveLength(await companies.count());
    expect(Math.max(...filled)).toBeGreaterThan(10);
    await page.screenshot({ path: join(OUTPUT, `portfolio-${language}.png`), fullPage: true });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("table.portfolio").isVisible()).toBe(true);
    writeFileSync(join(OUTPUT, `portfolio-${language}.pdf`), await page.pdf({ format: "A4", landscape: true }));
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });
});
