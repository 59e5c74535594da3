import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  COMPANY_ANSWERS,
  COMPANY_SCRIPT,
  COSTS_SCRIPT,
  createWizardHarness,
  failureOf,
  soapCatalogue,
  type WizardHarness,
} from "../../../test/wizard-harness.js";
import { toCsv } from "../../../test/helpers.js";
import { makeJpeg, makePng, WEBP } from "../../../test/pictures.js";
import { UnexpectedQuestion } from "../../../test/scripted-prompter.js";
import { catalogueStep } from "./steps/catalogue.js";
import { companyStep } from "./steps/company.js";
import { costsStep } from "./steps/costs.js";
import { eligibilityStep } from "./steps/eligibility.js";
import { exportStep } from "./steps/export.js";
import { fixesStep } from "./steps/fixes.js";
import { welcomeStep } from "./steps/welcome.js";

// Each step of the wizard with a scripted Prompter that fails on any question it does not expect, on a
// real SQLite file: what was asked, what was refused as typed, and what ended up in the database.

let h: WizardHarness;
beforeEach(() => {
  h = createWizardHarness();
});
afterEach(() => h.remove());

const count = (table: string) => h.query((db) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);

describe("the scripted prompter", () => {
  it("fails the run on a question the script does not expect, naming it", async () => {
    const result = await h.run({ steps: [companyStep], script: [{ key: "company.legalName", answer: "Savonnerie du Vallon" }] });
    expect(result.error).toBeInstanceOf(UnexpectedQuestion);
    expect(String(result.error)).toContain("company.siret");
  });

  it("fails when a scripted answer is never asked for", async () => {
    const result = await h.run({ steps: [welcomeStep, companyStep], answers: COMPANY_ANSWERS, script: [{ key: "costs.salesEur", answer: "1" }] });
    expect(result.error).toBeUndefined();
    expect(() => result.prompter?.assertDone()).toThrow(/costs\.salesEur/);
  });
});

describe("company", () => {
  it("asks every profile question, refuses a wrong value as it is typed with the profile's own rule, and saves the company", async () => {
    const result = await h.run({
      steps: [welcomeStep, companyStep],
      script: [
        { key: "company.legalName", answer: "", refused: /Raison sociale/ },
        { key: "company.legalName", answer: "Savonnerie du Vallon" },
        { key: "company.siret", answer: "123", refused: /14 chiffres/ },
        { key: "company.siret", answer: "913 205 803 00013", refused: /clé de contrôle/ },
        { key: "company.siret", answer: "913 205 803 00012" },
        { key: "company.postcode", answer: "13 2", refused: /5 chiffres/ },
        { key: "company.postcode", answer: "13002" },
        { key: "company.headcount", answer: "douze", refused: /Effectif/ },
        { key: "company.headcount", answer: "12,5" },
        { key: "company.turnoverEur", answer: "1 250 000,50" },
        { key: "company.balanceSheetEur", answer: "" },
        { key: "company.independent", answer: true },
        { key: "company.brands", answer: "Vallon, Calanque" },
        { key: "company.trademark", answer: "pending" },
        { key: "company.contactName", answer: "" },
        { key: "company.contactEmail", answer: "mireille-at-vallon", refused: /e-mail/ },
        { key: "company.contactEmail", answer: "mireille@vallon.example" },
        { key: "company.contactPhone", answer: "" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    const merchant = h.query((db) => db.prepare("SELECT * FROM merchants").get()) as Record<string, unknown>;
    expect(merchant).toMatchObject({
      legal_name: "Savonnerie du Vallon",
      siret: "91320580300012",
      siren: "913205803",
      headcount: 12.5,
      turnover_cents: 125000050,
      balance_sheet_cents: null,
      independent: 1,
      brands: '["Vallon","Calanque"]',
      trademark: "pending",
      contact_email: "mireille@vallon.example",
    });
    expect(result.session?.answers).toMatchObject({ "company.headcount": 12.5, "company.turnoverEur": 1250000.5, "company.balanceSheetEur": null });
    expect(result.session?.merchantId).toBe(1);
    expect(result.stdout).toContain("Savonnerie du Vallon (N° 1)");
  });

  it("asks only what the answers file left out", async () => {
    const { "company.postcode": _postcode, "company.trademark": _trademark, ...given } = COMPANY_ANSWERS;
    const result = await h.run({
      steps: [companyStep],
      answers: given,
      script: [
        { key: "company.postcode", answer: "13002" },
        { key: "company.trademark", answer: "registered" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.prompter?.asked.map((question) => question.key)).toEqual(["company.postcode", "company.trademark"]);
  });

  it("a SIREN from the file stands for the SIRET; a SIRET that does not start with it is refused by name", async () => {
    const { "company.siret": _siret, ...rest } = COMPANY_ANSWERS;
    const ok = await h.run({ steps: [companyStep], answers: { ...rest, "company.siren": "913 205 803" } });
    expect(ok.error).toBeUndefined();
    expect(h.query((db) => db.prepare("SELECT siren, siret FROM merchants").get())).toEqual({ siren: "913205803", siret: null });

    const mismatch = await h.run({ steps: [companyStep], answers: { ...COMPANY_ANSWERS, "company.siren": "732 829 320", resume: false } });
    expect(failureOf(mismatch.error).code).toBe("invalid-answer");
    expect(failureOf(mismatch.error).params.key).toMatch(/^company\.sir/);
  });

  it("updates a company already registered (same SIREN) instead of failing", async () => {
    await h.run({ steps: [companyStep], answers: COMPANY_ANSWERS });
    const again = await h.run({ steps: [companyStep], answers: { ...COMPANY_ANSWERS, "company.headcount": 9 } });
    expect(again.error).toBeUndefined();
    expect(h.query((db) => db.prepare("SELECT count(*) AS n, max(headcount) AS headcount FROM merchants").get())).toEqual({ n: 1, headcount: 9 });
    expect(again.stderr).toContain("mise à jour");
  });
});

describe("eligibility", () => {
  it("prints the verdict rule by rule, explains it in plain words, and stores it", async () => {
    const result = await h.run({ steps: [companyStep, eligibilityStep], answers: COMPANY_ANSWERS });
    expect(result.error).toBeUndefined();
    expect(result.stdout).toContain("Verdict : éligible sous conditions");
    expect(result.stdout).toContain("En clair : vous pouvez candidater");
    expect(result.stdout).toContain("seront vérifiées après l'étape Catalogue");
    expect(count("eligibility_verdicts")).toBe(1);
    expect(result.session?.results.verdict).toBe("eligible-with-conditions");
  });

  it("speaks English with --lang en", async () => {
    const result = await h.run({ steps: [companyStep, eligibilityStep], answers: COMPANY_ANSWERS, language: "en" });
    expect(result.stdout).toContain("In plain words: you can apply");
  });
});

describe("costs", () => {
  it("asks only the fairs a year and the expected sales (checked like the costs flags), shows the chart and saves the scenario", async () => {
    const result = await h.run({
      steps: [companyStep, costsStep],
      answers: COMPANY_ANSWERS,
      script: [
        { key: "costs.fairsPerYear", answer: "deux", refused: /Réponse non comprise : « deux ».*Tapez un nombre entier de 0 à/ },
        { key: "costs.fairsPerYear", answer: "2" },
        { key: "costs.salesEur", answer: "beaucoup", refused: /Tapez vos ventes annuelles en euros : un montant \(100 000, 50 k€ ou 1,5 M€\) ou une fourchette/ },
        { key: "costs.salesEur", answer: "50 000;100 000;200 000" },
        { key: "costs.ownFigures", answer: false },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.stdout).toContain("█");
    expect(result.stdout).toContain("░");
    expect(result.stdout.replace(/\u202f/g, " ")).toContain("bas 50 000 € · moyen 100 000 € · haut 200 000 €");
    const scenario = JSON.parse(h.query((db) => db.prepare("SELECT scenario FROM cost_scenarios").pluck().get() as string)) as { inputs: { fairsPerYear: { value: number; source: unknown } } };
    expect(scenario.inputs.fairsPerYear.value).toBe(2);
    expect(scenario.inputs.fairsPerYear.source).toEqual({ from: "wizard", key: "costs.fairsPerYear" });
  });
});

describe("costs: the owner's own figures", () => {
  it("sales as a range in words, then the figures no source gives, typed as people write them, change the comparison", async () => {
    const result = await h.run({
      steps: [companyStep, costsStep],
      answers: COMPANY_ANSWERS,
      script: [
        { key: "costs.fairsPerYear", answer: "1" },
        { key: "costs.salesEur", answer: "entre 50 000 et 150 000" },
        { key: "costs.ownFigures", answer: true },
        { key: "costs.shopLogisticsPerOrder", answer: "4,50" },
        { key: "costs.shopOrdersPerYear", answer: "beaucoup", refused: /Réponse non comprise : « beaucoup »/ },
        { key: "costs.shopOrdersPerYear", answer: "2 000" },
        { key: "costs.shopMarketing", answer: "12 k€" },
        { key: "costs.shopSetup", answer: "" },
        { key: "costs.fairPeople", answer: "" },
        { key: "costs.fairDays", answer: "" },
        { key: "costs.fairSubsidy", answer: "" },
        { key: "costs.fairContacts", answer: "" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    const text = result.stdout.replace(/\u202f/g, " ");
    expect(text).toContain("bas 50 000 € · moyen 100 000 € · haut 150 000 €");
    const offer = result.prompter?.asked.find((question) => question.key === "costs.ownFigures");
    expect(offer?.message).toMatch(/Voulez-vous saisir vos propres chiffres — pour la boutique : logistique par commande, .* ; pour les salons : .*contacts obtenus \?/);
    const scenarios = h.query((db) => db.prepare("SELECT scenario FROM cost_scenarios ORDER BY id").pluck().all() as string[]);
    const last = JSON.parse(scenarios.at(-1) ?? "{}") as { inputs: Record<string, { value: unknown; source: unknown }> };
    expect(last.inputs.shopMarketing?.source).toEqual({ from: "wizard", key: "costs.shopMarketing" });
    expect(last.inputs.shopOrdersPerYear?.value).toBe(2000);
    // The comparison is shown again with the owner's figures: the unsourced list no longer names them.
    const reports = text.split("Sans source");
    expect(reports.length).toBe(3);
    expect(reports[1]).toContain("logistique par commande");
    expect(reports[2]).not.toContain("logistique par commande");
  });
});

describe("catalogue", () => {
  it("a file: shows the detected encoding, delimiter and columns, asks for confirmation, then imports it", async () => {
    h.write("catalogue.csv", soapCatalogue());
    const result = await h.run({
      steps: [companyStep, catalogueStep],
      answers: COMPANY_ANSWERS,
      script: [
        { key: "catalogue.method", answer: "file" },
        { key: "catalogue.file", answer: "absent.csv", refused: /introuvable/ },
        { key: "catalogue.file", answer: "catalogue.csv" },
        { key: "catalogue.confirmDetection", answer: true },
        { key: "catalogue.images", answer: "" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.stdout).toContain('Encodage utf-8, séparateur ";"');
    expect(result.stdout).toMatch(/Référence\s+→ Référence/);
    expect(result.stdout).not.toMatch(/→ (sku|price_eur|name_fr)/);
    expect(result.stdout).toMatch(/Prix HT \(€\)\s+→ Prix HT \(€\)/);
    expect(result.prompter?.asked.find((question) => question.key === "catalogue.confirmDetection")?.default).toBe(true);
    expect(count("products")).toBe(2);
    expect(result.session?.answers["catalogue.confirmDetection"]).toBe(true);
  });

  it("the photos folder: a path that is not a folder is asked again; the pictures named by SKU are checked, kept beside the database and stored", async () => {
    h.write("catalogue.csv", soapCatalogue());
    mkdirSync(join(h.dir, "photos"));
    h.write("photos/V-1.jpg", makeJpeg(1000, 1000));
    h.write("photos/v-1-2.png", makePng(900, 600));
    h.write("photos/V-2.jpg", WEBP);
    const result = await h.run({
      steps: [companyStep, catalogueStep],
      answers: COMPANY_ANSWERS,
      script: [
        { key: "catalogue.method", answer: "file" },
        { key: "catalogue.file", answer: "catalogue.csv" },
        { key: "catalogue.confirmDetection", answer: true },
        { key: "catalogue.images", answer: "catalogue.csv", refused: /Dossier de photos introuvable/ },
        { key: "catalogue.images", answer: "photos" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    // The WebP is a warning: the product is kept, without it.
    expect(count("products")).toBe(2);
    const pictures = h.query((db) =>
      db.prepare("SELECT p.sku, q.position, q.media_type AS mediaType, q.width, q.height, q.source, q.sha256 FROM product_pictures q JOIN products p ON p.id = q.product_id ORDER BY p.sku, q.position").all(),
    ) as { sku: string; position: number; mediaType: string; width: number; height: number; source: string; sha256: string }[];
    expect(pictures.map(({ sha256: _sha256, ...picture }) => picture)).toEqual([
      { sku: "V-1", position: 1, mediaType: "image/jpeg", width: 1000, height: 1000, source: "V-1.jpg" },
      { sku: "V-1", position: 2, mediaType: "image/png", width: 900, height: 600, source: "v-1-2.png" },
    ]);
    for (const picture of pictures) expect(existsSync(join(h.dir, "data", "pictures", `${picture.sha256}.${picture.mediaType === "image/png" ? "png" : "jpg"}`))).toBe(true);
    expect(result.session?.answers["catalogue.images"]).toBe(join(h.dir, "photos"));
  });

  it("a wrong column: the confirmation defaults to no, the user says which field the column holds, and the mapping is kept for the company", async () => {
    h.write(
      "catalogue.csv",
      soapCatalogue()
        .replace("Référence", "Réf interne")
        .replace("Prix HT (€)", "PV"),
    );
    const result = await h.run({
      steps: [companyStep, catalogueStep],
      answers: { ...COMPANY_ANSWERS, "catalogue.file": "catalogue.csv" },
      script: [
        { key: "catalogue.confirmDetection", answer: false },
        { key: "catalogue.adjust", answer: "column:0" },
        { key: "catalogue.mapping", answer: "sku" },
        { key: "catalogue.confirmDetection", answer: false },
        { key: "catalogue.adjust", answer: "column:9" },
        { key: "catalogue.mapping", answer: "price_eur" },
        { key: "catalogue.confirmDetection", answer: true },
        { key: "catalogue.images", answer: "" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.prompter?.asked[0]?.default).toBe(false);
    expect(result.stdout).toContain("Colonnes obligatoires introuvables : Référence, Prix HT (€)");
    expect(result.stdout).toMatch(/Réf interne\s+→ Référence \(votre choix\)/);
    expect(count("products")).toBe(2);
    expect(h.query((db) => db.prepare("SELECT header, field FROM column_mappings ORDER BY header").all())).toEqual([
      { header: "PV", field: "price_eur" },
      { header: "Réf interne", field: "sku" },
    ]);
    expect(result.session?.answers["catalogue.mapping"]).toEqual({ "Réf interne": "sku", PV: "price_eur" });
  });

  it("a forced delimiter and encoding from the terminal", async () => {
    h.write("catalogue.csv", soapCatalogue());
    const result = await h.run({
      steps: [companyStep, catalogueStep],
      answers: { ...COMPANY_ANSWERS, "catalogue.file": "catalogue.csv" },
      script: [
        { key: "catalogue.confirmDetection", answer: false },
        { key: "catalogue.adjust", answer: "delimiter" },
        { key: "catalogue.delimiter", answer: "," },
        { key: "catalogue.confirmDetection", answer: false },
        { key: "catalogue.adjust", answer: "delimiter" },
        { key: "catalogue.delimiter", answer: ";" },
        { key: "catalogue.confirmDetection", answer: false },
        { key: "catalogue.adjust", answer: "encoding" },
        { key: "catalogue.encoding", answer: "klingon-8", refused: /klingon-8/ },
        { key: "catalogue.encoding", answer: "utf-8" },
        { key: "catalogue.confirmDetection", answer: true },
        { key: "catalogue.images", answer: "" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    // each thing said forced is what was forced: the delimiter first, then both
    expect(result.stdout).toContain("(séparateur imposé)");
    expect(result.stdout).toContain("(encodage et séparateur imposés)");
    expect(result.stdout).not.toContain("(encodage imposé)");
    expect(count("products")).toBe(2);
  });

  it("products typed one by one: each value checked by the catalogue rules, written as a CSV and imported", async () => {
    const product = [
      { key: "product.sku", answer: "SAV 1", refused: /invalide/i },
      { key: "product.sku", answer: "SAV-1" },
      { key: "product.name_fr", answer: "Savon de Marseille 100 g" },
      { key: "product.name_zh", answer: "马赛皂" },
      { key: "product.brand", answer: "" },
      { key: "product.category", answer: "soap-cosmetics" },
      { key: "product.labels", answer: "" },
      { key: "product.origin_postcode", answer: "75001", refused: /Provence|région/i },
      { key: "product.origin_postcode", answer: "" },
      { key: "product.hs_code", answer: "340111" },
      { key: "product.gtin", answer: "3760931200013", refused: /EAN/ },
      { key: "product.gtin", answer: "3760931200012" },
      { key: "product.shelf_life_months", answer: "" },
      { key: "product.net_weight_g", answer: "100" },
      { key: "product.price_eur", answer: "4,9O", refused: /Nombre illisible/ },
      { key: "product.price_eur", answer: "4,90" },
      { key: "product.image_urls", answer: "http://img.vallon.example/1.jpg", refused: /https|image/i },
      { key: "product.image_urls", answer: "https://img.vallon.example/1.jpg" },
    ] as const;
    const result = await h.run({
      steps: [companyStep, catalogueStep],
      answers: COMPANY_ANSWERS,
      script: [{ key: "catalogue.method", answer: "manual" }, ...product, { key: "product.another", answer: false }, { key: "catalogue.images", answer: "" }],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(h.query((db) => db.prepare("SELECT sku, brand, origin_postcode, price_cents FROM products").all())).toEqual([
      { sku: "SAV-1", brand: "Vallon", origin_postcode: "13002", price_cents: 490 },
    ]);
    const file = join(h.dir, "data", "onboarding", "session-1-products.csv");
    expect(readFileSync(file, "utf8")).toContain("SAV-1;Savon de Marseille 100 g;马赛皂;Vallon;soap-cosmetics");
    expect(result.session?.answers["catalogue.products"]).toEqual([expect.objectContaining({ sku: "SAV-1", price_eur: "4,90" })]);
  });

  it("a food product typed: its ingredients, maker (the company by default) and maker's address are asked, and stored; a soap is not asked them", async () => {
    const common = (sku: string, category: string) => [
      { key: "product.sku", answer: sku },
      { key: "product.name_fr", answer: `Produit ${sku}` },
      { key: "product.name_zh", answer: "杏仁糖" },
      { key: "product.brand", answer: "" },
      { key: "product.category", answer: category },
      { key: "product.labels", answer: "" },
      { key: "product.origin_postcode", answer: "" },
    ];
    const tail = [
      { key: "product.net_weight_g", answer: "250" },
      { key: "product.price_eur", answer: "14,90" },
      { key: "product.image_urls", answer: "https://img.vallon.example/1.jpg" },
    ];
    const result = await h.run({
      steps: [companyStep, catalogueStep],
      answers: COMPANY_ANSWERS,
      script: [
        { key: "catalogue.method", answer: "manual" },
        ...common("CAL-1", "confectionery"),
        { key: "product.hs_code", answer: "170490" },
        { key: "product.gtin", answer: "" },
        { key: "product.shelf_life_months", answer: "12" },
        { key: "product.ingredients", answer: "sucre, amandes, melon confit, pain azyme" },
        { key: "product.manufacturer", answer: "" },
        { key: "product.manufacturer_address", answer: "2 rue des Confiseurs, 13002 Marseille" },
        ...tail,
        { key: "product.another", answer: true },
        ...common("SAV-1", "soap-cosmetics"),
        { key: "product.hs_code", answer: "340111" },
        { key: "product.gtin", answer: "" },
        { key: "product.shelf_life_months", answer: "" },
        ...tail,
        { key: "product.another", answer: false },
        { key: "catalogue.images", answer: "" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.prompter?.asked.find((question) => question.key === "product.manufacturer")?.default).toBe("Savonnerie du Vallon");
    expect(h.query((db) => db.prepare("SELECT sku, ingredients, manufacturer, manufacturer_address AS address FROM products ORDER BY sku").all())).toEqual([
      { sku: "CAL-1", ingredients: "sucre, amandes, melon confit, pain azyme", manufacturer: "Savonnerie du Vallon", address: "2 rue des Confiseurs, 13002 Marseille" },
      { sku: "SAV-1", ingredients: null, manufacturer: null, address: null },
    ]);
  });

  it("products from the answers file go through the same import (a wrong one is a finding, not a crash)", async () => {
    const result = await h.run({
      steps: [companyStep, catalogueStep, fixesStep],
      answers: {
        ...COMPANY_ANSWERS,
        "catalogue.products": [
          { sku: "M-1", name_fr: "Savon", name_zh: "马赛皂", brand: "Vallon", category: "savons", hs_code: "340111", origin_postcode: "13002", net_weight_g: 100, price_eur: "4,90", image_urls: ["https://img.vallon.example/1.jpg"] },
          { sku: "M-2", name_fr: "Savon", brand: "Vallon", category: "savons", hs_code: "340111", origin_postcode: "13002", net_weight_g: 100, price_eur: "gratuit" },
        ],
        "fixes.M-2.price_eur": "3,50",
      },
    });
    expect(result.error).toBeUndefined();
    expect(h.query((db) => db.prepare("SELECT sku, price_cents FROM products ORDER BY sku").all())).toEqual([
      { sku: "M-1", price_cents: 490 },
      { sku: "M-2", price_cents: 350 },
    ]);
  });
});

describe("findings and corrections", () => {
  const withCatalogue = () => {
    h.write("catalogue.csv", soapCatalogue({ withError: true }));
    return { ...COMPANY_ANSWERS, "catalogue.file": "catalogue.csv", "catalogue.confirmDetection": true, "catalogue.images": null };
  };

  it("shows the findings, asks for each invalid value (checked in its row), imports the corrected rows and leaves the user's file alone", async () => {
    const answers = withCatalogue();
    const before = readFileSync(join(h.dir, "catalogue.csv"), "utf8").length;
    const result = await h.run({
      steps: [companyStep, catalogueStep, fixesStep],
      answers,
      script: [
        { key: "fixes.V-3.price_eur", answer: "six", refused: /Nombre illisible pour Prix HT \(€\)/ },
        { key: "fixes.V-3.price_eur", answer: "6,90" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.stdout).toContain("Nombre illisible pour Prix HT (€) : « 6,9O ».");
    expect(result.stdout).toContain("✔ V-3 · Prix HT (€) : « 6,9O » → « 6,90 »");
    expect(h.query((db) => db.prepare("SELECT sku, price_cents FROM products ORDER BY sku").all())).toEqual([
      { sku: "V-1", price_cents: 490 },
      { sku: "V-2", price_cents: 590 },
      { sku: "V-3", price_cents: 690 },
    ]);
    const corrections = join(h.dir, "data", "onboarding", "session-1-corrections.csv");
    expect(existsSync(corrections)).toBe(true);
    expect(readFileSync(join(h.dir, "catalogue.csv"), "utf8").length).toBe(before);
    expect(result.session?.results.fixes).toMatchObject({ fixed: 1, leftOut: [] });
  });

  it("a corrected row keeps the photo its catalogue names by a relative path (read from the catalogue's folder, not the wizard's)", async () => {
    mkdirSync(join(h.dir, "photos"));
    h.write("photos/V-3.png", makePng(1000, 1000));
    h.write("catalogue.csv", soapCatalogue({ withError: true }).replace("https://img.vallon.example/V-3.jpg", "photos/V-3.png"));
    const result = await h.run({
      steps: [companyStep, catalogueStep, fixesStep],
      answers: { ...COMPANY_ANSWERS, "catalogue.file": "catalogue.csv", "catalogue.confirmDetection": true, "catalogue.images": null },
      script: [{ key: "fixes.V-3.price_eur", answer: "6,90" }],
    });
    expect(result.error).toBeUndefined();
    expect(result.stdout).not.toMatch(/introuvable/);
    expect(h.query((db) => db.prepare("SELECT p.sku, q.width FROM product_pictures q JOIN products p ON p.id = q.product_id").all())).toEqual([{ sku: "V-3", width: 1000 }]);
  });

  it("Enter leaves the product out; it is named in the results", async () => {
    const result = await h.run({ steps: [companyStep, catalogueStep, fixesStep], answers: withCatalogue(), script: [{ key: "fixes.V-3.price_eur", answer: "" }] });
    expect(result.error).toBeUndefined();
    expect(count("products")).toBe(2);
    expect(result.session?.results.fixes).toMatchObject({ fixed: 0, leftOut: ["V-3"] });
    expect(result.stdout).toContain("laissé de côté : V-3");
  });

  it("a duplicate SKU is corrected with a new one, never with another row's", async () => {
    h.write("catalogue.csv", soapCatalogue() + toCsv([["V-1", "Savon bis", "马赛皂", "Vallon", "savons", "3760931200036", "340111", "13002", "100", "3,90", "https://img.vallon.example/b.jpg"]], ";"));
    const result = await h.run({
      steps: [companyStep, catalogueStep, fixesStep],
      answers: { ...COMPANY_ANSWERS, "catalogue.file": "catalogue.csv", "catalogue.confirmDetection": true, "catalogue.images": null },
      script: [
        { key: "fixes.V-1.sku", answer: "V-2", refused: /La référence « V-2 » apparaît déjà ligne 3/ },
        { key: "fixes.V-1.sku", answer: "V-1B" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(h.query((db) => db.prepare("SELECT sku, price_cents FROM products ORDER BY sku").all())).toEqual([
      { sku: "V-1", price_cents: 490 },
      { sku: "V-1B", price_cents: 390 },
      { sku: "V-2", price_cents: 590 },
    ]);
  });

  it("without a terminal: corrections come from fixes.<sku>.<field>; a wrong one is refused by name", async () => {
    const answers = withCatalogue();
    const refused = await h.run({ steps: [companyStep, catalogueStep, fixesStep], answers: { ...answers, "fixes.V-3.price_eur": "six" } });
    expect(failureOf(refused.error).code).toBe("invalid-answer");
    expect(failureOf(refused.error).params.key).toBe("fixes.V-3.price_eur");

    const fixed = await h.run({ steps: [companyStep, catalogueStep, fixesStep], answers: { ...answers, "fixes.V-3.price_eur": "6,90", "fixes.NOPE.price_eur": "1", resume: false } });
    expect(fixed.error).toBeUndefined();
    expect(count("products")).toBe(3);
    expect(fixed.stderr).toContain("fixes.NOPE.price_eur");
  });
});

describe("export and dossier", () => {
  it("writes the Tmall-ready files and the dossier through the export and dossier commands", async () => {
    h.write("catalogue.csv", soapCatalogue());
    const result = await h.run({
      steps: [companyStep, catalogueStep, fixesStep, exportStep],
      answers: { ...COMPANY_ANSWERS, "catalogue.file": "catalogue.csv", "export.out": "export", "dossier.out": "dossier.html" },
    });
    expect(result.error).toBeUndefined();
    for (const name of ["catalogue.csv", "catalogue.json", "manifest.json"]) expect(existsSync(join(h.dir, "export", name))).toBe(true);
    expect(readFileSync(join(h.dir, "dossier.html"), "utf8")).toContain("Savonnerie du Vallon");
    expect(result.session?.results.export).toMatchObject({ out: join(h.dir, "export"), written: true });
  });

  it("asks before replacing files it did not write; another path when the answer is no", async () => {
    h.write("catalogue.csv", soapCatalogue());
    h.write("dossier.html", "<p>mine</p>");
    const result = await h.run({
      steps: [companyStep, catalogueStep, exportStep],
      answers: { ...COMPANY_ANSWERS, "catalogue.file": "catalogue.csv", "catalogue.confirmDetection": true, "catalogue.images": null, "export.out": "export" },
      script: [
        { key: "dossier.out", answer: "dossier.html" },
        { key: "dossier.force", answer: false },
        { key: "dossier.out", answer: "dossier-2.html" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(readFileSync(join(h.dir, "dossier.html"), "utf8")).toBe("<p>mine</p>");
    expect(existsSync(join(h.dir, "dossier-2.html"))).toBe(true);
  });

  it("some products not ready: asks whether to export the ready ones only", async () => {
    h.write("catalogue.csv", soapCatalogue().replace("马赛皂;Vallon;savons;3760931200029", ";Vallon;savons;3760931200029"));
    const result = await h.run({
      steps: [companyStep, catalogueStep, exportStep],
      answers: { ...COMPANY_ANSWERS, "catalogue.file": "catalogue.csv", "catalogue.confirmDetection": true, "catalogue.images": null, "dossier.out": "dossier.html" },
      script: [
        { key: "export.out", answer: "" },
        { key: "export.allowPartial", answer: true },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.prompter?.asked[0]?.default).toBe("export-tmall-913205803");
    expect(existsSync(join(h.dir, "export-tmall-913205803", "manifest.json"))).toBe(true);
    expect(result.session?.results.export).toMatchObject({ written: true, ready: 1, total: 2 });
  });
});

describe("the whole wizard at the terminal", () => {
  it("runs every step in order and ends with what was saved where", async () => {
    h.write("catalogue.csv", soapCatalogue({ withError: true }));
    const result = await h.run({
      script: [
        ...COMPANY_SCRIPT,
        ...COSTS_SCRIPT,
        { key: "catalogue.method", answer: "file" },
        { key: "catalogue.file", answer: "catalogue.csv" },
        { key: "catalogue.confirmDetection", answer: true },
        { key: "catalogue.images", answer: "" },
        { key: "fixes.V-3.price_eur", answer: "6,90" },
        { key: "export.out", answer: "export" },
        { key: "dossier.out", answer: "dossier.html" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.session?.status).toBe("completed");
    const headings = [...result.stdout.matchAll(/── (?:Étape \d\/8 · )?([^─]+) ──/g)].map((match) => match[1]?.trim());
    expect(headings).toEqual(["Bienvenue", "Votre entreprise", "Éligibilité", "Coûts : boutique ou salons", "Catalogue", "Constats et corrections", "Noms chinois", "Export et dossier", "Récapitulatif"]);
    expect(result.stdout).toContain(`Base de données : ${h.databasePath}`);
    expect(result.stdout).toContain(`Fichiers pour Tmall Global : ${join(h.dir, "export")}`);
    expect(result.stdout).toContain(`Dossier de candidature : ${join(h.dir, "dossier.html")}`);
    expect(count("products")).toBe(3);
  });
});
