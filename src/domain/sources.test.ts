import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CBEC_TAX_BASIS_POINTS } from "./catalogue/cbec.js";
import { BASE_INPUTS, PRESET_NAMES, PRESETS } from "./costs/presets.js";
import { RULES } from "./eligibility/rules.js";
import { createTranslator } from "./messages/index.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "./settings.js";
import { cite, isSourceId, SOURCE_NOTES, SOURCES, sourceIdsOf, type SourceKind, type SourceRef } from "./sources.js";

const SOURCES_MD = readFileSync(new URL("../../SOURCES.md", import.meta.url), "utf8");
const fr = createTranslator("fr");
const en = createTranslator("en");

describe("the sources table and SOURCES.md", () => {
  it("hold the same ids, each once", () => {
    const documented = [...SOURCES_MD.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
    const table = SOURCES.map((source) => source.id);
    expect(new Set(table).size).toBe(table.length);
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual([...table].sort());
  });

  it.each(SOURCES.map((source) => [source.id, source] as const))("%s: a stable kebab-case id, a date, a reference and a use", (id, source) => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(source.issuer.trim()).not.toBe("");
    expect(source.date).toMatch(/^(\d{4}(-\d\d){0,2}|\d{4}\/\d{4}|undated|n\/a)$/);
    expect(source.reference.trim()).not.toBe("");
    expect(source.usedBy.length).toBeGreaterThan(0);
  });
});

/** Every reference in the data, with what holds it, in the words `usedBy` uses. */
function citedUses(): Map<string, Set<string>> {
  const uses = new Map<string, Set<string>>();
  const record = (ref: SourceRef, use: string): void => {
    for (const id of sourceIdsOf(ref)) uses.set(id, (uses.get(id) ?? new Set()).add(use));
  };
  for (const [name, setting] of Object.entries(DEFAULT_CATALOGUE_SETTINGS)) record(setting.source, `setting ${name}`);
  for (const [name, rate] of Object.entries(CBEC_TAX_BASIS_POINTS)) record(rate.source, `cbec rate ${name}`);
  for (const rule of Object.values(RULES)) record(rule.source, `rule ${rule.id}`);
  for (const value of Object.values(BASE_INPUTS)) record(value.source, "cost defaults");
  for (const preset of PRESET_NAMES) for (const value of Object.values(PRESETS[preset].values)) record(value.source, `preset ${preset}`);
  return uses;
}

describe("every value cites sources of the table", () => {
  const uses = citedUses();

  it("every id a setting, a rate, a rule or a preset cites exists", () => {
    expect([...uses.keys()].filter((id) => !isSourceId(id))).toEqual([]);
  });

  it.each(SOURCES.map((source) => [source.id, source.usedBy] as const))("%s: its usedBy lists exactly the values that cite it", (id, usedBy) => {
    const declared = usedBy.filter((use) => /^(setting|cbec rate|rule|preset|cost defaults)\b/.test(use));
    expect([...declared].sort()).toEqual([...(uses.get(id) ?? [])].sort());
  });

  it("no default is the user's: they all come from the table", () => {
    const refs = [
      ...Object.values(DEFAULT_CATALOGUE_SETTINGS).map((setting) => setting.source),
      ...Object.values(CBEC_TAX_BASIS_POINTS).map((rate) => rate.source),
      ...Object.values(BASE_INPUTS).map((value) => value.source),
    ];
    expect(refs.filter((ref) => ref.from !== "sources")).toEqual([]);
  });
});

/** How each kind announces itself in a title, so that a reader never takes a choice of ours for a source. */
const KIND_LABELS: Partial<Record<SourceKind, readonly [RegExp, RegExp]>> = {
  "design-choice": [/^(Choix de conception :|Sans source :)/, /^(Design choice:|Unsourced —)/],
  "own-estimate": [/^Estimation de notre part :/, /^Our own estimate:/],
  "weak-third-party": [/source faible/, /weak source/],
  "general-knowledge": [/connaissance générale/, /general knowledge/],
};

describe("titles in the user's language", () => {
  it.each(SOURCES.map((source) => [source.id, source.kind] as const))("%s has a French and an English title", (id, kind) => {
    expect(fr.source(id).trim()).not.toBe("");
    expect(en.source(id).trim()).not.toBe("");
    const labels = KIND_LABELS[kind];
    if (labels !== undefined) {
      expect(fr.source(id)).toMatch(labels[0]);
      expect(en.source(id)).toMatch(labels[1]);
    }
  });

  it("official texts keep their official titles", () => {
    expect(fr.source("sme-recommendation-2003")).toBe("Recommandation de la Commission 2003/361/CE");
    expect(en.source("sme-recommendation-2003")).toBe("Commission Recommendation 2003/361/EC");
    expect(fr.source("sme-decree-2008")).toBe("Décret n° 2008-1354");
    expect(fr.source("food-information-regulation-2011")).toBe("Règlement (UE) n° 1169/2011");
    expect(fr.source("ecb-euro-reference-rates")).toBe("Taux de référence de l'euro, BCE");
  });

  it.each(SOURCE_NOTES)("note %s is worded in both languages", (note) => {
    const ref = cite("quote-2017", { note });
    expect(fr.cite(ref)).toMatch(/ : \S/);
    expect(en.cite(ref)).toMatch(/\): \S/);
  });
});

describe("a reference in words", () => {
  it.each([
    [cite("sme-recommendation-2003", { also: ["sme-decree-2008"], note: "sme-decree-article-3" }), "Recommandation de la Commission 2003/361/CE ; Décret n° 2008-1354 : article 3 du décret", "Commission Recommendation 2003/361/EC; French decree No. 2008-1354: article 3 of the decree"],
    [cite("min-shelf-life-choice"), "Choix de conception : au moins 12 mois de conservation, aucun minimum officiel n'existe", "Design choice: at least 12 months of shelf life, no official minimum exists"],
    [{ from: "option", option: "--eur-cny" }, "votre option --eur-cny", "your option --eur-cny"],
    [{ from: "scenario-file", path: "plan.json", key: "fairOther" }, "votre fichier de scénario plan.json (clé fairOther)", "your scenario file plan.json (key fairOther)"],
    [{ from: "scenario-file", path: "plan.json", key: "fairOther", said: "devis du standiste" }, "votre fichier de scénario plan.json (clé fairOther) : devis du standiste", "your scenario file plan.json (key fairOther): devis du standiste"],
    [{ from: "wizard", key: "costs.salesEur" }, "votre réponse à l'assistant", "your answer in the wizard"],
  ] as const satisfies readonly (readonly [SourceRef, string, string])[])("%j", (ref, french, english) => {
    expect(fr.cite(ref)).toBe(french);
    expect(en.cite(ref)).toBe(english);
  });
});
