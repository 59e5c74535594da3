import { existsSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPANY_ANSWERS, createWizardHarness, failureOf, soapCatalogue, testDeps, type WizardHarness } from "../../../test/wizard-harness.js";
import { createTranslator } from "../../domain/messages/index.js";
import { readAnswersFile } from "./answers-file.js";
import { ANSWER_KEYS, findAnswerKey, missingKeysOf, OWN_FIGURES, parseFixKey } from "./keys.js";
import { findMissingAnswers } from "./runner.js";

// The non-interactive twin: an answers file pre-answers any subset of the questions, each checked by
// the same rules as the commands; without a terminal, what is left unanswered is exit 2 naming ALL the
// missing keys, before anything is written.

const t = createTranslator("fr");
let h: WizardHarness;
beforeEach(() => {
  h = createWizardHarness("eprovence-answers-");
});
afterEach(() => h.remove());

const COMPLETE = {
  ...COMPANY_ANSWERS,
  "costs.fairsPerYear": 1,
  "costs.salesEur": "100 000",
  "catalogue.file": "catalogue.csv",
  "fixes.V-3.price_eur": "6,90",
  "export.out": "export",
  "dossier.out": "dossier.html",
};

const count = (table: string) => h.query((db) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);

describe("a complete answers file, no terminal", () => {
  it("runs every step to the end and saves everything", async () => {
    h.write("catalogue.csv", soapCatalogue({ withError: true }));
    const result = await h.run({ answers: COMPLETE });
    expect(result.error).toBeUndefined();
    expect(result.session?.status).toBe("completed");
    expect(result.session?.step).toBe("summary");
    expect(count("merchants")).toBe(1);
    expect(count("products")).toBe(3);
    expect(count("cost_scenarios")).toBe(1);
    expect(count("eligibility_verdicts")).toBe(2);
    expect(existsSync(join(h.dir, "export", "manifest.json"))).toBe(true);
    expect(existsSync(join(h.dir, "dossier.html"))).toBe(true);
    // Every answer given is kept with the session, under its key.
    expect(result.session?.answers).toMatchObject({ "company.legalName": "Savonnerie du Vallon", "costs.salesEur": "100 000", "fixes.V-3.price_eur": "6,90" });
    expect(result.stderr).not.toContain("?");
  });
});

describe("a partial answers file, no terminal", () => {
  it("is exit 2 naming ALL the missing keys of every step, and changes nothing", async () => {
    const result = await h.run({ answers: { "company.legalName": "Savonnerie du Vallon", "costs.salesEur": "100000" } });
    const error = failureOf(result.error);
    expect(error.code).toBe("missing-answers");
    expect(String(error.params.keys).split(", ")).toEqual([
      "company.siret",
      "company.postcode",
      "company.headcount",
      "company.turnoverEur",
      "company.independent",
      "company.trademark",
      "costs.fairsPerYear",
      "catalogue.file",
      "export.out",
      "dossier.out",
    ]);
    expect(t.message(error.code, error.params)).toContain("company.siret, company.postcode");
    expect(count("onboarding_sessions")).toBe(0);
    expect(count("merchants")).toBe(0);
  });

  it("optional keys take their documented default; required ones have none", () => {
    const optional = ANSWER_KEYS.filter((entry) => !entry.isRequired).map((entry) => [entry.key, entry.fallback]);
    expect(Object.fromEntries(optional)).toEqual({
      "company.siren": null,
      "company.balanceSheetEur": null,
      "company.brands": null,
      "company.contactName": null,
      "company.contactEmail": null,
      "company.contactPhone": null,
      "costs.years": null,
      "costs.ownFigures": false,
      ...Object.fromEntries(OWN_FIGURES.map((name) => [`costs.${name}`, null])),
      "catalogue.method": null,
      "catalogue.encoding": null,
      "catalogue.sheet": null,
      "catalogue.delimiter": null,
      "catalogue.mapping": {},
      "catalogue.images": null,
      "catalogue.confirmDetection": true,
      "names.draft": false,
      "names.review": "all",
      "export.allowPartial": false,
      "export.force": false,
      "dossier.force": false,
    });
  });

  it("a SIREN stands for the SIRET; typed products stand for the catalogue file", () => {
    const has = (answers: Record<string, unknown>) => (key: string) => answers[key] as never;
    expect(missingKeysOf("company", has({ ...COMPANY_ANSWERS, "company.siret": undefined, "company.siren": "913205803" }))).toEqual([]);
    expect(missingKeysOf("catalogue", has({ "catalogue.products": [{ sku: "A" }] }))).toEqual([]);
    expect(missingKeysOf("catalogue", has({ "catalogue.method": "manual" }))).toEqual(["catalogue.products"]);
    expect(missingKeysOf("catalogue", has({}))).toEqual(["catalogue.file"]);
  });

  it("a session in progress and no `resume` answer: `resume` is missing too, with what resuming would need", () => {
    const open = { id: 1, merchantId: 1, step: "costs", answers: { "costs.fairsPerYear": 1 }, results: {}, status: "in-progress" as const, createdAt: "", updatedAt: "" };
    expect(findMissingAnswers(new Map(Object.entries(COMPLETE)), { session: open, isResuming: undefined })).toEqual(["resume"]);
    expect(findMissingAnswers(new Map(), { session: open, isResuming: undefined })).toEqual(["resume", "costs.salesEur", "catalogue.file", "export.out", "dossier.out"]);
  });
});

describe("an invalid answers file", () => {
  it.each([
    ["company.siret", "123", "company.siret", /un SIRET compte 14 chiffres/],
    ["company.siret", 91320580300012, "company.siret", /texte de 14 chiffres/],
    ["company.headcount", "douze", "company.headcount", /Valeur invalide « douze » pour company\.headcount/],
    ["company.independent", "peut-être", "company.independent", /oui ou non/],
    ["company.trademark", "maybe", "company.trademark", /registered/],
    ["costs.salesEur", "beaucoup", "costs.salesEur", /Réponse non comprise : « beaucoup ».*entre 50 000 et 200 000/],
    ["costs.fairsPerYear", -1, "costs.fairsPerYear", /nombre entier de 0 à 100/],
    ["catalogue.delimiter", "|", "catalogue.delimiter", /tab/],
    ["catalogue.encoding", "klingon-8", "catalogue.encoding", /klingon-8/],
    ["catalogue.products", [{ sku: "A", couleur: "bleu" }], "catalogue.products", /catalogue\.products\[0\]\.couleur/],
    ["catalogue.file", "absent.csv", "catalogue.file", /absent\.csv/],
    ["catalogue.mapping", { "Réf interne": "reference" }, "catalogue.mapping", /sku/],
    ["catalogue.confirmDetection", false, "catalogue.confirmDetection", /catalogue\.mapping/],
    ["resume", "perhaps", "resume", /true, false/],
  ] as const)("%s = %j: invalid-answer naming %s, with the rule's own words", async (key, value, named, words) => {
    const result = await h.run({ answers: { [key]: value } });
    const error = failureOf(result.error);
    expect(error.code).toBe("invalid-answer");
    expect(error.params.key).toBe(named);
    expect(`${t.message(error.code, error.params)} ${t.hint(error.code, error.params)}`).toMatch(words);
    expect(existsSync(h.databasePath)).toBe(false);
  });

  it("an unknown key is exit 2 naming it, with the key it resembles", async () => {
    const result = await h.run({ answers: { "company.legal_name": "X" } });
    const error = failureOf(result.error);
    expect(error.code).toBe("unknown-answer-key");
    expect(error.params).toMatchObject({ key: "company.legal_name", suggestion: "company.legalName" });
    expect(t.hint(error.code, error.params)).toContain("fixes.<sku>.<field>");
  });
});

describe("reading an answers file", () => {
  it("YAML nested and JSON flat give the same answers; paths are read from the file's folder", async () => {
    h.write("catalogue.csv", soapCatalogue());
    const yaml = h.write(
      "answers.yaml",
      [
        "company:",
        "  legalName: Savonnerie du Vallon",
        '  siret: "913 205 803 00012"',
        "  independent: oui",
        "  brands: [Vallon, Calanque]",
        "costs:",
        "  salesEur: 50 000;100 000;200 000",
        "catalogue:",
        "  file: catalogue.csv",
        "  mapping:",
        "    Réf interne: sku",
        "fixes:",
        "  SAV.600:",
        '    price_eur: "4,90"',
        "resume: false",
      ].join("\n"),
    );
    const json = h.write(
      "answers.json",
      JSON.stringify({
        "company.legalName": "Savonnerie du Vallon",
        "company.siret": "913 205 803 00012",
        "company.independent": true,
        "company.brands": "Vallon, Calanque",
        "costs.salesEur": "50 000;100 000;200 000",
        "catalogue.file": "catalogue.csv",
        "catalogue.mapping": { "Réf interne": "sku" },
        "fixes.SAV.600.price_eur": "4,90",
        resume: "non",
      }),
    );
    const fromYaml = await readAnswersFile(testDeps({ cwd: h.dir, stdin: Readable.from([]) }), yaml);
    const fromJson = await readAnswersFile(testDeps({ cwd: "/", stdin: Readable.from([]) }), json);
    expect(Object.fromEntries(fromYaml.answers)).toEqual(Object.fromEntries(fromJson.answers));
    expect(fromYaml.answers.get("catalogue.file")).toBe(join(h.dir, "catalogue.csv"));
    expect(fromYaml.answers.get("company.brands")).toEqual(["Vallon", "Calanque"]);
    expect(fromYaml.answers.get("company.independent")).toBe(true);
    expect(parseFixKey("fixes.SAV.600.price_eur")).toEqual({ sku: "SAV.600", field: "price_eur" });
  });

  it.each([
    ["broken.yaml", "company: [unclosed", "answers-file-invalid"],
    ["twice.yaml", "resume: true\nresume: false\n", "answers-file-invalid"],
    ["broken.json", "{ nope", "answers-file-invalid"],
    ["list.json", "[1, 2]", "answers-file-invalid"],
    ["empty.yaml", "", "answers-file-invalid"],
  ])("%s is refused (%s)", async (name, content, code) => {
    const path = h.write(name, content);
    await expect(readAnswersFile(testDeps({ cwd: h.dir, stdin: Readable.from([]) }), path)).rejects.toMatchObject({ code });
  });

  it("a missing file is file-not-found; - reads standard input", async () => {
    await expect(readAnswersFile(testDeps({ cwd: h.dir, stdin: Readable.from([]) }), "absent.yaml")).rejects.toMatchObject({ code: "file-not-found" });
    const fromStdin = await readAnswersFile(testDeps({ cwd: h.dir, stdin: Readable.from(['{"company": {"legalName": "Vallon"}}']) }), "-");
    expect(fromStdin.answers.get("company.legalName")).toBe("Vallon");
  });

  it("every documented key has a rule, and fixes keys take any SKU", () => {
    expect(findAnswerKey("fixes.A/B-1.gtin")?.step).toBe("fixes");
    expect(findAnswerKey("fixes.A.colour")).toBeUndefined();
    for (const entry of ANSWER_KEYS) expect(findAnswerKey(entry.key)).toBe(entry);
  });
});
