import { describe, expect, it } from "vitest";
import { assessProductReadiness, assessReadiness, type StoredProduct } from "../../domain/catalogue/readiness.js";
import { createCostScenario } from "../../domain/costs/scenario.js";
import { evaluateEligibility } from "../../domain/eligibility/evaluate.js";
import { createPostcodeDirectory } from "../../domain/geo/postcodes.js";
import { createTranslator, type Language } from "../../domain/messages/index.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../../domain/settings.js";
import { renderCumulativeChart } from "./chart.js";
import { escapeHtml, html } from "./html.js";
import { DOSSIER_PRODUCTS_LISTED, DOSSIER_SECTIONS, renderDossier, type DossierCostOrigin, type DossierData } from "./render.js";

// The dossier as a reader and a browser get it: sections, escaping, no way out to the network.

const postcodes = createPostcodeDirectory({ source: "test", postcodes: { "13002": "Marseille|13|93", "13100": "Aix-en-Provence|13|93" } });
const settings = DEFAULT_CATALOGUE_SETTINGS;
const NOW = new Date("2026-11-23T10:00:00Z");
const LEGAL_NAME = `Savonnerie "Le Midi" & Fils d'Aix`;
const SCRIPT_NAME = "<script>alert(1)</script>";

function product(sku: string, change: Partial<StoredProduct> = {}): StoredProduct {
  return {
    sku,
    nameFr: `Savon ${sku}`,
    nameZh: "马赛皂",
    nameEn: `Soap ${sku}`,
    brand: "Le Midi",
    category: "soap-cosmetics",
    gtin: "4006381333931",
    hsCode: "340111",
    originPostcode: "13002",
    shelfLifeMonths: undefined,
    storage: undefined,
    netWeightMg: 100_000,
    priceCents: 490,
    stock: undefined,
    labels: [],
    imageUrls: ["https://img.example.com/savon.jpg"],
    pictures: [],
    ...change,
  };
}

const PRODUCTS: StoredProduct[] = [
  product("SAV-100"),
  // No Chinese name, no image: two blocking gaps; and a name that must stay text.
  product("SAV-XSS", { nameFr: SCRIPT_NAME, nameEn: SCRIPT_NAME, nameZh: undefined, imageUrls: [] }),
  product("CAL-250", { nameFr: "Calissons d'Aix 250 g", nameEn: "Calissons 250 g", category: "confectionery", hsCode: "170490", originPostcode: "13100", shelfLifeMonths: 12, gtin: undefined }),
];

function makeData(change: { products?: StoredProduct[]; origin?: DossierCostOrigin; legalName?: string } = {}): DossierData {
  const products = change.products ?? PRODUCTS;
  const company = {
    legalName: change.legalName ?? LEGAL_NAME,
    siren: "732829320",
    siret: "73282932000074",
    postcode: "13002",
    communes: ["Marseille"],
    headcount: 12,
    turnoverCents: 1_250_000_00,
    balanceSheetCents: 800_000_00,
    independent: true,
    brands: ["Le Midi"],
    trademark: "registered" as const,
    contactName: undefined,
    contactEmail: "contact@savonnerie.example",
    contactPhone: undefined,
  };
  return {
    company,
    merchantRef: "73282932000074",
    eligibility: evaluateEligibility({ ...company, identifier: company.siret }, products, { postcodes, settings, today: NOW }),
    costs: { scenario: createCostScenario({ presets: ["quote-2017"], layers: [] }), origin: change.origin ?? { kind: "default" } },
    readiness: assessReadiness(products, { postcodes, settings }),
    // As the command gathers them: the first products (the store reads them by SKU).
    listed: products.slice(0, DOSSIER_PRODUCTS_LISTED).map((each) => ({ product: each, readiness: assessProductReadiness(each, { postcodes, settings }) })),
    settings,
    generatedAt: NOW,
    toolVersion: "9.9.9",
  };
}

const render = (language: Language, data: DossierData = makeData()): string => renderDossier(data, createTranslator(language));
/** Intl writes French thousands with a narrow no-break space: compare with plain spaces. */
const plain = (text: string): string => text.replace(/[\u202f\u00a0]/g, " ");
const fr = render("fr");
const en = render("en");

describe("escapeHtml and html``", () => {
  it("escapes the five characters that matter in text and in attribute values", () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &#39; f");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });

  it("escapes every interpolated value, keeps markup it built itself, flattens lists and drops nothing-values", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`<p title="${`"x"`}">${inner}${[1, "<", undefined, false, null]}</p>`.value).toBe('<p title="&quot;x&quot;"><b>&lt;i&gt;</b>1&lt;</p>');
  });
});

describe("renderDossier: one self-contained document", () => {
  it.each([
    ["fr", fr],
    ["en", en],
  ])("%s: a doctype, the language, a charset, an inline stylesheet", (language, document) => {
    expect(document.startsWith("<!doctype html>\n")).toBe(true);
    expect(document).toContain(`<html lang="${language}">`);
    expect(document).toContain('<meta charset="utf-8">');
    expect(document).toMatch(/<style>[\s\S]+<\/style>/);
    expect(document.trimEnd().endsWith("</html>")).toBe(true);
    expect(document).not.toMatch(/NaN|undefined|\[object Object\]/);
  });

  it.each([
    ["fr", fr],
    ["en", en],
  ])("%s: every section, with its stable id, in order", (_language, document) => {
    const positions = DOSSIER_SECTIONS.map((id) => document.indexOf(`<section class="chapter" id="${id}"`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const id of DOSSIER_SECTIONS) expect(document).toContain(`<a href="#${id}">`);
  });

  it("says the headings in French, and in English", () => {
    for (const heading of ["L&#39;entreprise", "Éligibilité", "Coûts : boutique Tmall Global ou salons", "Catalogue", "Prochaines étapes", "Sommaire"]) {
      expect(fr).toContain(heading);
    }
    for (const heading of ["The company", "Eligibility", "Costs: Tmall Global shop or trade fairs", "Catalogue", "Next steps", "Contents"]) {
      expect(en).toContain(heading);
    }
    expect(en).not.toContain("Prochaines étapes");
  });

  it.each([
    ["fr", fr],
    ["en", en],
  ])("%s: no script, no external request: no URL in src, href, url() or @import, no img/link/iframe", (_language, document) => {
    expect(document).not.toMatch(/<script/i);
    expect(document).not.toMatch(/\b(src|href|xlink:href|action|poster)\s*=\s*["']?\s*(https?:|\/\/|file:|data:)/i);
    expect(document).not.toMatch(/url\s*\(/i);
    expect(document).not.toMatch(/@import/i);
    expect(document).not.toMatch(/<(img|link|iframe|object|embed|video|audio|source|base)\b/i);
    // Links only jump inside the document.
    for (const [, target] of document.matchAll(/href="([^"]*)"/g)) expect(target).toMatch(/^#[a-z-]+$/);
    // A Content-Security-Policy that forbids any fetch, should a future change let one slip in: pictures only as data: URIs.
    expect(document).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`);
  });

  it("embeds a listed product's main picture as a data: URI, its only image source", () => {
    const data = makeData();
    const png = "iVBORw0KGgo=";
    const listed = data.listed.map((each) => (each.product.sku === "SAV-100" ? { ...each, mainPicture: { dataUri: `data:image/png;base64,${png}`, width: 900, height: 900 } } : each));
    const document = render("fr", { ...data, listed });
    expect(document.match(/<img\b[^>]*>/g)).toEqual([`<img class="main-picture" src="data:image/png;base64,${png}" width="900" height="900" alt="Photo principale du produit SAV-100">`]);
    expect(document).not.toMatch(/\bsrc\s*=\s*["']?\s*(https?:|\/\/|file:)/i);
  });

  it("escapes a product named <script> and a legal name with & and quotes everywhere they appear", () => {
    expect(fr).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(fr).not.toContain(SCRIPT_NAME);
    expect(fr).toContain("Savonnerie &quot;Le Midi&quot; &amp; Fils d&#39;Aix");
    expect(fr).not.toContain(LEGAL_NAME);
    expect(fr).toContain("<title>Dossier E-Provence — Savonnerie &quot;Le Midi&quot; &amp; Fils d&#39;Aix</title>");
    // A name that tries to close an attribute or a tag stays inside its text.
    const hostile = render("en", makeData({ legalName: `"><svg onload=alert(1)>` }));
    expect(hostile).not.toContain("<svg onload");
    expect(hostile).toContain("&quot;&gt;&lt;svg onload=alert(1)&gt;");
  });

  it("isolates names users gave in <bdi>: a right-to-left override reorders only the name", () => {
    const OVERRIDE = "\u202e";
    const data = makeData({ legalName: `Savonnerie ${OVERRIDE}lirvA`, products: [product("SAV-RTL", { nameFr: `Savon ${OVERRIDE}egaruoc`, nameZh: `马赛皂\u2067` })] });
    const document = render("fr", { ...data, company: { ...data.company, brands: ["Midi", `Ciel\u2066`] } });
    expect(document).toContain(`<h1><bdi>Savonnerie ${OVERRIDE}lirvA</bdi></h1>`);
    expect(document).toContain(`<dd><bdi>Savonnerie ${OVERRIDE}lirvA</bdi></dd>`);
    expect(document).toContain(`<dd><bdi>Midi</bdi>, <bdi>Ciel\u2066</bdi></dd>`);
    expect(document).toContain(`<div class="product-name"><bdi>Savon ${OVERRIDE}egaruoc</bdi></div>`);
    expect(document).toContain(`<div class="name-zh" lang="zh"><bdi>马赛皂\u2067</bdi></div>`);
    // Every override or isolate in the body sits inside a <bdi>.
    const body = document.slice(document.indexOf("<body>"));
    const outside = body.replace(/<bdi>[^<]*<\/bdi>/g, "");
    expect(outside).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it("has a print stylesheet: A4 margins, a page break before each section, headers repeated, rows kept whole", () => {
    const style = /<style>([\s\S]+)<\/style>/.exec(fr)?.[1] ?? "";
    expect(style).toMatch(/@page\s*\{[^}]*size:\s*A4[^}]*margin:/);
    const print = style.slice(style.indexOf("@media print"));
    expect(print).toContain("break-before: page");
    expect(print).toContain("page-break-before: always");
    expect(print).toContain("thead { display: table-header-group; }");
    expect(print).toMatch(/tr,[^{]*\{[^}]*break-inside: avoid/);
  });
});

describe("renderDossier: what each section says", () => {
  it("the company: identifiers, head office, figures, and the SME class with the figures that decided it", () => {
    const text = plain(fr);
    expect(text).toContain("732 829 320 00074");
    expect(text).toContain("13002 Marseille");
    expect(text).toContain("1 250 000 €");
    expect(text).toContain("Petite entreprise (PME)");
    expect(text).toContain("moins de 50");
    expect(text).toContain("au plus 10 M€");
    expect(text).toContain("Recommandation de la Commission 2003/361/CE");
    expect(plain(en)).toContain("Small enterprise (SME)");
    expect(plain(en)).toContain("€1,250,000");
  });

  it("a size that cannot be decided says so, and shows the figures against the medium ceilings", () => {
    const data = makeData();
    const unknown = renderDossier(
      { ...data, company: { ...data.company, headcount: undefined }, eligibility: { ...data.eligibility, smeCategory: null } },
      createTranslator("fr"),
    );
    expect(unknown).toContain("Taille non déterminée");
    expect(plain(unknown)).toContain("moins de 250");
  });

  it("eligibility: the verdict, each rule with its status in words, its source, and the products concerned", () => {
    expect(fr).toContain("Verdict : éligible sous conditions");
    for (const rule of makeData().eligibility.rules) {
      expect(fr).toContain(`<tr data-rule="${rule.id}">`);
      expect(fr).toContain(escapeHtml(createTranslator("fr").cite(rule.source)));
      expect(en).toContain(escapeHtml(createTranslator("en").cite(rule.source)));
    }
    // Heading 3401 is not in our positive-list data: "to check", naming the soaps.
    expect(fr).toMatch(/<span class="mark unknown">.*à vérifier<\/span>/);
    expect(fr).toContain('<span class="sku">SAV-100</span>');
    expect(en).toContain("to check");
  });

  it("costs: says the default scenario is used, draws the SVG chart and tabulates the yearly figures with sources", () => {
    expect(fr).toContain("Aucun scénario de coûts n&#39;a été enregistré pour cette entreprise : voici le scénario par défaut, d&#39;après le devis CCI Marseille Provence – Alibaba de 2017.");
    expect(fr).toMatch(/<svg class="chart"[^>]*role="img"/);
    expect(fr.match(/<polyline /g)).toHaveLength(2);
    expect(fr).toContain('stroke-dasharray="8 5"');
    expect(fr).toContain("boutique Tmall Global");
    // The 2017 quote: €10,000 a year against one €20,000 fair a year, over 3 years.
    const text = plain(fr);
    for (const amount of ["10 000 €", "20 000 €", "30 000 €", "60 000 €", "+30 000 €"]) expect(text).toContain(amount);
    expect(text).toContain("30 k€");
    expect(fr).toContain("go-met.com");
    // Each figure by its name and in words, never by its flag or key.
    expect(text).toContain("Frais de service annuels de la boutique");
    expect(text).toContain("10 000 € par an");
    expect(text).toContain("mai 2017");
    expect(fr).not.toMatch(/--shop-annual-fee|shopAnnualFee|EUR\/year/);
  });

  it("cites every source by its title in the dossier's language, the exchange rate's in the footer", () => {
    expect(fr).toContain("Recommandation de la Commission 2003/361/CE");
    expect(en).toContain("Commission Recommendation 2003/361/EC");
    expect(plain(fr)).toContain(escapeHtml("1 € = 7,5554 CNY (Taux de référence de l'euro, BCE, 6 octobre 2026)"));
    expect(plain(en)).toContain("€1 = 7.5554 CNY (ECB euro reference rates, October 6, 2026)");
    // The design choices behind the default costs are labelled so in both languages.
    expect(fr).toContain("Choix de conception : un salon par an");
    expect(en).toContain("Design choice: one fair a year");
  });

  it("costs: names a saved scenario with its date and number", () => {
    const saved = render("fr", makeData({ origin: { kind: "saved", id: 4, savedAt: "2026-11-20T09:00:00.000Z" } }));
    expect(saved).toContain("Scénario de coûts enregistré le 20 novembre 2026 (n° 4).");
    expect(saved).not.toContain("Aucun scénario de coûts");
    const unreadable = render("en", makeData({ origin: { kind: "unreadable", savedAt: "2026-11-20T09:00:00.000Z" } }));
    expect(unreadable).toContain("The cost scenario saved on November 20, 2026 could not be read back");
  });

  it("catalogue: products grouped by category in the dossier's language, completeness and what to fix", () => {
    expect(fr).toContain("Savons &amp; cosmétiques — 2 produits");
    expect(fr).toContain("Confiserie — 1 produit");
    expect(en).toContain("Soap &amp; cosmetics — 2 products");
    expect(fr.indexOf("Savons &amp; cosmétiques")).toBeLessThan(fr.indexOf("Confiserie —"));
    const row = /<tr data-sku="SAV-XSS">([\s\S]*?)<\/tr>/.exec(fr)?.[1] ?? "";
    const t = createTranslator("fr");
    expect(row).toContain(escapeHtml(t.requirement("name-zh")));
    expect(row).toContain(escapeHtml(t.requirement("image")));
    expect(row).toContain("pas prêt");
    expect(row).toMatch(/\d+ %/);
    const readiness = makeData().readiness;
    expect(plain(fr)).toContain(`complétude du catalogue : ${readiness.completeness} %`);
    // Image addresses are shown as text, never fetched.
    expect(fr).toContain("https://img.example.com/savon.jpg");
    expect(fr).not.toMatch(/src="https:/);
  });

  it(`a catalogue of more than ${DOSSIER_PRODUCTS_LISTED} products: counted whole, the first ${DOSSIER_PRODUCTS_LISTED} detailed, the rest said to be in the export`, () => {
    const many = Array.from({ length: DOSSIER_PRODUCTS_LISTED + 20 }, (_, index) => product(`SAV-${String(index).padStart(4, "0")}`, { gtin: undefined }));
    const large = plain(render("fr", makeData({ products: [...many, PRODUCTS[2] as StoredProduct] })));
    expect(large.match(/<tr data-sku=/g)).toHaveLength(DOSSIER_PRODUCTS_LISTED);
    expect(large).toContain(`<tr data-sku="SAV-${String(DOSSIER_PRODUCTS_LISTED - 1).padStart(4, "0")}">`);
    expect(large).not.toContain(`<tr data-sku="SAV-${String(DOSSIER_PRODUCTS_LISTED).padStart(4, "0")}">`);
    expect(large).toContain(`${DOSSIER_PRODUCTS_LISTED + 21} pour Tmall Global`);
    expect(large).toContain(`Ce dossier détaille les ${DOSSIER_PRODUCTS_LISTED} premiers produits (par référence) sur ${DOSSIER_PRODUCTS_LISTED + 21} ; les 21 autres`);
    expect(large).toContain("accompagne l&#39;export du catalogue pour Tmall");
    expect(large).not.toContain("eprovence export");
    expect(large).toContain(`Savons &amp; cosmétiques — ${DOSSIER_PRODUCTS_LISTED + 20} produits, dont ${DOSSIER_PRODUCTS_LISTED} détaillés ici`);
    // A category none of whose products is among the first still has its count.
    expect(large).toContain("Confiserie — 1 produit, dont 0 détaillé ici");
    // The next steps count every product, and name the first 30.
    expect(large).toContain(`» : ${DOSSIER_PRODUCTS_LISTED + 21} produits — SAV-0000, SAV-0001`);
    expect(render("en", makeData({ products: many }))).toContain(`This dossier details the first ${DOSSIER_PRODUCTS_LISTED} products (by SKU) of ${DOSSIER_PRODUCTS_LISTED + 20}`);
  });

  it(`a catalogue of at most ${DOSSIER_PRODUCTS_LISTED} products is detailed whole, with no summary sentence`, () => {
    expect(fr.match(/<tr data-sku=/g)).toHaveLength(PRODUCTS.length);
    expect(fr).not.toContain("Ce dossier détaille les");
  });

  it("an empty catalogue says how to import one", () => {
    const empty = render("fr", makeData({ products: [] }));
    expect(empty).toContain("Aucun produit enregistré : le catalogue de l&#39;entreprise reste à importer.");
    expect(empty).not.toContain("<table class=\"catalogue\">");
  });

  it("next steps: the eligibility's, then one per missing requirement naming the products", () => {
    const steps = fr.slice(fr.indexOf('id="next-steps"'));
    expect(steps).toContain("Pour l&#39;éligibilité");
    expect(steps).toContain(`Compléter « ${escapeHtml(createTranslator("fr").requirement("name-zh"))} » : 1 produit — SAV-XSS.`);
    expect(steps).toContain("Une fois ces étapes faites, faites établir de nouveau ce dossier : il les montrera.");
    expect(steps).not.toMatch(/eprovence \w+ --|--force/);
  });

  it("the footer: tool version, rules version, date, and the EUR→CNY rate with its date", () => {
    const footer = /<footer>([\s\S]*)<\/footer>/.exec(fr)?.[1] ?? "";
    expect(footer).toContain("eprovence 9.9.9");
    expect(footer).toContain(makeData().eligibility.rulesVersion);
    expect(footer).toContain("23 novembre 2026");
    expect(footer).toContain("1 € = 7,5554 CNY");
    expect(footer).toContain("6 octobre 2026");
    expect(plain(en)).toContain("€1 = 7.5554 CNY");
  });
});

describe("renderCumulativeChart", () => {
  const labels = {
    id: "c",
    title: "t",
    description: "d",
    shop: "shop",
    fairs: "fairs",
    yearAxis: "year",
    amountAxis: "k€",
    yearTick: (year: number) => `Y${year}`,
    amountTick: (cents: number) => `${cents / 100_000}k`,
  };

  it("draws two series, a legend and round ticks; the larger value reaches the top tick", () => {
    const svg = renderCumulativeChart(
      [
        { year: 1, shopCents: 10_000_00, fairsCents: 20_000_00 },
        { year: 2, shopCents: 20_000_00, fairsCents: 40_000_00 },
      ],
      labels,
    ).value;
    expect(svg).toContain(">Y1<");
    expect(svg).toContain(">Y2<");
    expect(svg).toContain(">40k<");
    expect(svg).toContain('<circle cx="');
    expect(svg).toContain('<rect x="');
  });

  it("stays drawable with nothing to draw, or all zeros, or 50 years", () => {
    for (const points of [[], [{ year: 1, shopCents: 0, fairsCents: 0 }], Array.from({ length: 50 }, (_, i) => ({ year: i + 1, shopCents: i * 1_000_00, fairsCents: i * 2_000_00 }))]) {
      const svg = renderCumulativeChart(points, labels).value;
      expect(svg).toMatch(/^<svg/);
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    }
  });
});
