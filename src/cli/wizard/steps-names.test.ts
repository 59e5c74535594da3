import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPANY_ANSWERS, createWizardHarness, type WizardHarness } from "../../../test/wizard-harness.js";
import { catalogueStep } from "./steps/catalogue.js";
import { companyStep } from "./steps/company.js";
import { namesStep } from "./steps/names.js";

// The wizard's names step on a real SQLite file: products imported without a Chinese name get drafts
// from the glossary, kept as drafts or replaced by the owner's own names; a scripted Prompter fails on
// any question it does not expect.

let h: WizardHarness;
beforeEach(() => {
  h = createWizardHarness("eprovence-wizard-names-");
});
afterEach(() => h.remove());

const HEADER = "Référence;Désignation;Nom chinois;Marque;Catégorie;Code SH;Code postal;Poids net (g);Prix HT (€);Images";
const row = (sku: string, name: string, zh = ""): string => `${sku};${name};${zh};Vallon;savons;340111;13002;100;4,90;https://img.vallon.example/${sku}.jpg`;

function writeCatalogue(): void {
  h.write("catalogue.csv", [HEADER, row("V-1", "Savon de Marseille 100 g", "马赛皂"), row("V-2", "Savon à l'huile d'olive 100 g"), row("V-3", "Bidule machin")].join("\n"));
}

const ANSWERS = { ...COMPANY_ANSWERS, "catalogue.file": "catalogue.csv", "catalogue.confirmDetection": true, "catalogue.images": null };
const names = () => h.query((db) => db.prepare("SELECT sku, name_zh AS nameZh, name_zh_status AS status FROM products ORDER BY sku").all());

describe("the wizard's Chinese names", () => {
  it("proposes drafts for the products without a name, shows them, and keeps them as drafts; the unreadable one is said", async () => {
    writeCatalogue();
    const result = await h.run({
      steps: [companyStep, catalogueStep, namesStep],
      answers: ANSWERS,
      script: [
        { key: "names.draft", answer: true },
        { key: "names.review", answer: "all" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.stdout).toContain("2 produits n'ont pas encore de nom chinois : Tmall en demande un pour chaque produit.");
    expect(result.stdout).toMatch(/V-2 {2}Savon à l'huile d'olive 100 g → Vallon 法国橄榄油皂 100克 \(largeur \d+ sur 60\)/);
    expect(result.stdout).toContain("V-3  Bidule machin pas de proposition");
    expect(result.stdout).toContain("mots inconnus du glossaire, à faire traduire : Bidule, machin");
    expect(result.stdout).toContain("1 nom proposé gardé comme brouillon");
    expect(result.stdout).toContain("1 produit reste sans nom chinois.");
    expect(names()).toEqual([
      { sku: "V-1", nameZh: "马赛皂", status: "supplied" },
      { sku: "V-2", nameZh: "Vallon 法国橄榄油皂 100克", status: "draft" },
      { sku: "V-3", nameZh: null, status: null },
    ]);
  });

  it("one by one: the owner types a name (refused when it is not Chinese, asked again), Enter keeps a draft", async () => {
    writeCatalogue();
    const result = await h.run({
      steps: [companyStep, catalogueStep, namesStep],
      answers: ANSWERS,
      script: [
        { key: "names.draft", answer: true },
        { key: "names.review", answer: "each" },
        { key: "names.V-2", answer: "" },
        { key: "names.V-3", answer: "Machin", refused: /chinois/i },
        { key: "names.V-3", answer: "普罗旺斯小物" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.prompter?.asked.find((question) => question.key === "names.V-2")?.default).toBe("Vallon 法国橄榄油皂 100克");
    expect(names()).toEqual([
      { sku: "V-1", nameZh: "马赛皂", status: "supplied" },
      { sku: "V-2", nameZh: "Vallon 法国橄榄油皂 100克", status: "draft" },
      { sku: "V-3", nameZh: "普罗旺斯小物", status: "supplied" },
    ]);
  });

  it("no drafts wanted: nothing is stored and the owner is told what it means", async () => {
    writeCatalogue();
    const result = await h.run({ steps: [companyStep, catalogueStep, namesStep], answers: ANSWERS, script: [{ key: "names.draft", answer: false }] });
    expect(result.error).toBeUndefined();
    expect(result.stdout).toContain("Sans nom chinois, ces produits ne pourront pas être exportés");
    expect(names().filter((name) => (name as { status: string | null }).status === "draft")).toEqual([]);
  });

  it("without a terminal: names.draft keeps the drafts, names.<sku> gives the owner's name", async () => {
    writeCatalogue();
    const result = await h.run({ steps: [companyStep, catalogueStep, namesStep], answers: { ...ANSWERS, "names.draft": true, "names.V-3": "普罗旺斯小物" } });
    expect(result.error).toBeUndefined();
    expect(names()).toEqual([
      { sku: "V-1", nameZh: "马赛皂", status: "supplied" },
      { sku: "V-2", nameZh: "Vallon 法国橄榄油皂 100克", status: "draft" },
      { sku: "V-3", nameZh: "普罗旺斯小物", status: "supplied" },
    ]);
  });

  it("food whose every product has a name: its Chinese ingredients are proposed, asked once, and kept as drafts; an unknown ingredient gets none", async () => {
    const header = "Référence;Désignation;Nom chinois;Marque;Catégorie;Code SH;Code postal;DDM (mois);Poids net (g);Prix HT (€);Images;Ingrédients;Fabricant;Adresse du fabricant";
    const food = (sku: string, zh: string, ingredients: string) => `${sku};Calissons ${sku};${zh};Vallon;confiserie;170490;13100;12;250;14,90;https://img.vallon.example/${sku}.jpg;${ingredients};Vallon;13100 Aix-en-Provence`;
    h.write("catalogue.csv", [header, food("C-1", "卡利松杏仁糖", "sucre, amandes, melon confit, pain azyme"), food("C-2", "卡利松杏仁糖", "sucre, amandes, poudre de perlimpinpin")].join("\n"));
    const result = await h.run({ steps: [companyStep, catalogueStep, namesStep], answers: ANSWERS, script: [{ key: "names.draft", answer: true }] });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.stdout).toContain("1 produit alimentaire n'a pas encore sa liste d'ingrédients en chinois");
    expect(result.stdout).toContain("C-1  ingrédients en chinois → 白砂糖、杏仁、糖渍甜瓜、无酵薄饼");
    expect(result.stdout).toContain("1 liste d'ingrédients en chinois gardée comme brouillon");
    expect(h.query((db) => db.prepare("SELECT sku, name_zh_status AS name, ingredients_zh AS zh, ingredients_zh_status AS status FROM products ORDER BY sku").all())).toEqual([
      { sku: "C-1", name: "supplied", zh: "白砂糖、杏仁、糖渍甜瓜、无酵薄饼", status: "draft" },
      { sku: "C-2", name: "supplied", zh: null, status: null },
    ]);
  });

  it("asks nothing when every product has a Chinese name", async () => {
    h.write("catalogue.csv", [HEADER, row("V-1", "Savon de Marseille 100 g", "马赛皂")].join("\n"));
    const result = await h.run({ steps: [companyStep, catalogueStep, namesStep], answers: ANSWERS, script: [] });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.stdout).not.toContain("nom chinois");
  });
});
