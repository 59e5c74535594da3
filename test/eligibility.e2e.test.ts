import { existsSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { merchantProfileSchema } from "../src/domain/company/profile.js";
import { openDatabase } from "../src/store/database.js";
import { addMerchant } from "../src/store/merchants.js";
import { CATALOGUE_HEADER, CONTRACT_PROFILE, makeTempDir, runCli, soapRow, toCsv, type CliOptions, type CliRun } from "./helpers.js";

// End to end: the real binary, without a terminal, as an owner, a consultant or a CI gate runs it.
const temp = makeTempDir("eprovence-eligibility-");
afterAll(() => temp.remove());

/** The profile the contract check uses, as a consultant's file would hold it. */
const contractFile = temp.write("contract.json", JSON.stringify(CONTRACT_PROFILE));
/** 400 staff, €80 m turnover and €60 m balance sheet: over every SME ceiling (Recommendation 2003/361/EC). */
const largeFirmFile = temp.write("large.json", JSON.stringify({ ...CONTRACT_PROFILE, legalName: "Grand Groupe", headcount: 400, turnoverEur: 80_000_000, balanceSheetEur: 60_000_000 }));

/** A soap (ambient, heading 3401) and a chilled tapenade kept 6 months: the tapenade is perishable. */
const mixedCatalogue = temp.write(
  "catalogue.csv",
  toCsv([
    [...CATALOGUE_HEADER, "storage"],
    [...soapRow("SAV-100"), "ambiant"],
    [...soapRow("TAP-090", { name_fr: "Tapenade noire 90 g", name_zh: "黑橄榄酱", category: "épicerie", hs_code: "200570", shelf_life_months: "6", net_weight_g: "90", price_eur: "5,50" }), "frais"],
  ]),
);

/** Two products that pass every product rule but the positive list (3401 is not in our data). */
const validCatalogue = temp.write(
  "valid.csv",
  toCsv([
    CATALOGUE_HEADER,
    soapRow("SAV-100"),
    soapRow("CAL-250", { name_fr: "Calissons d'Aix 250 g", name_zh: "卡利松杏仁糖", category: "confiserie", hs_code: "170490", origin_postcode: "13100", shelf_life_months: "12", net_weight_g: "250", price_eur: "12,50" }),
  ]),
);

type RuleStatus = "pass" | "warn" | "fail" | "unknown";

interface RuleJson {
  id: string;
  version: number;
  status: RuleStatus;
  outcome: string;
  statement: string;
  message: string;
  hint: string | null;
  figures: Record<string, unknown>;
  products: { sku: string; reason: string; explanation: string }[];
  source: string;
  date: string;
}

interface VerdictJson {
  verdict: "eligible" | "eligible-with-conditions" | "not-eligible";
  smeCategory: "micro" | "small" | "medium" | "none" | null;
  rulesVersion: string;
  evaluatedOn: string;
  subject: string;
  rules: RuleJson[];
  nextSteps: string[];
  previous: { verdict: string; evaluatedAt: string; rulesVersion: string } | null;
  changes: { id: string; from: RuleStatus | null; to: RuleStatus }[] | null;
}

const RULE_IDS = [
  "sme-size",
  "independence",
  "company-identifier",
  "head-office-region",
  "trademark",
  "products-non-perishable",
  "products-origin",
  "products-positive-list",
  "products-cbec-limit",
];

function parseVerdict(run: CliRun): VerdictJson {
  expect(run.stderr, run.stderr).toBe("");
  return JSON.parse(run.stdout) as VerdictJson;
}

function ruleOf(verdict: VerdictJson, id: string): RuleJson {
  const rule = verdict.rules.find((candidate) => candidate.id === id);
  if (rule === undefined) throw new Error(`no rule ${id} in ${verdict.rules.map((r) => r.id).join(", ")}`);
  return rule;
}

describe("eprovence eligibility --profile (no database)", () => {
  it("prints the JSON contract: verdict, smeCategory, and every rule with id, status, message, figures and source", async () => {
    const run = await runCli(["eligibility", "--profile", contractFile, "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    const verdict = parseVerdict(run);
    // 5 staff, €500,000: a micro firm; no catalogue, so the product rules are unknown → conditions.
    expect(verdict).toMatchObject({ verdict: "eligible-with-conditions", smeCategory: "micro", subject: "Savonnerie Contrat", previous: null, changes: null });
    expect(verdict.rulesVersion).toMatch(/^\d{4}-\d\d-\d\d\.\d+$/);
    expect(verdict.evaluatedOn).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(verdict.rules.map((rule) => rule.id)).toEqual(RULE_IDS);
    for (const rule of verdict.rules) {
      expect(["pass", "warn", "fail", "unknown"], rule.id).toContain(rule.status);
      expect(rule.message.trim(), rule.id).not.toBe("");
      expect(rule.source.trim(), rule.id).not.toBe("");
      expect(typeof rule.figures, rule.id).toBe("object");
      expect(rule.message, rule.id).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
    expect(ruleOf(verdict, "sme-size")).toMatchObject({ status: "pass", figures: { headcount: 5, turnoverEur: 500000, balanceSheetEur: 200000, category: "micro" } });
    expect(ruleOf(verdict, "sme-size").message).toMatch(/^Micro-entreprise \(TPE\) : effectif 5 ETP, chiffre d'affaires 500\s000\s€, total du bilan 200\s000\s€\.$/);
    for (const id of ["independence", "company-identifier", "head-office-region", "trademark"]) expect(ruleOf(verdict, id).status, id).toBe("pass");
    for (const id of RULE_IDS.slice(5)) expect(ruleOf(verdict, id), id).toMatchObject({ status: "unknown", figures: { products: 0 } });
    // The four product rules share one next step (import the catalogue): it is given once.
    expect(verdict.nextSteps).toEqual(["Importez le catalogue de l'entreprise (eprovence import --merchant …, ou --catalogue fichier.csv)."]);
  });

  it("with --catalogue, names the perishable product and why, and the verdict stays a condition", async () => {
    const run = await runCli(["eligibility", "--profile", contractFile, "--catalogue", mixedCatalogue, "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    const verdict = parseVerdict(run);
    expect(verdict.verdict).toBe("eligible-with-conditions");
    expect(ruleOf(verdict, "products-non-perishable")).toMatchObject({
      status: "warn",
      outcome: "products-non-perishable.some-blocked",
      figures: { products: 2, passing: 1, blocked: 1 },
      products: [{ sku: "TAP-090", reason: "chilled", explanation: "conservé au frais" }],
    });
    expect(ruleOf(verdict, "products-origin").status).toBe("pass");
    // Neither 3401 nor 2005 is in our positive-list data: "not checked", never "pass".
    expect(ruleOf(verdict, "products-positive-list")).toMatchObject({ status: "unknown", products: [{ sku: "SAV-100" }, { sku: "TAP-090" }] });
    expect(verdict.nextSteps[0]).toContain("Retirez du catalogue les produits frais");
  });

  it("a row without a price, or with a category not on the list, is to check for the RMB 5,000 limit, not under it", async () => {
    const sparse = temp.write(
      "sparse.csv",
      toCsv([
        CATALOGUE_HEADER,
        soapRow("SAV-100"),
        soapRow("SAV-NOPRICE", { price_eur: "" }),
        // €5,000 is about ¥41,000: far over the limit, but its tax class is unknown.
        soapRow("XX-5000", { category: "bidule", price_eur: "5000" }),
      ]),
    );
    const run = await runCli(["eligibility", "--profile", contractFile, "--catalogue", sparse, "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(ruleOf(parseVerdict(run), "products-cbec-limit")).toMatchObject({
      status: "warn",
      figures: { products: 3, passing: 1, blocked: 0 },
      products: [
        { sku: "SAV-NOPRICE", reason: "missing-price" },
        { sku: "XX-5000", reason: "unknown-category" },
      ],
    });
  });

  it("prints a readable checklist in a pipe: the verdict, a mark per rule, the product and no escape codes", async () => {
    const run = await runCli(["eligibility", "--profile", contractFile, "--catalogue", mixedCatalogue]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Éligibilité à E-Provence (Tmall Global) — Savonnerie Contrat");
    expect(lines[1]).toBe("Verdict : éligible sous conditions — voir les étapes ci-dessous.");
    expect(run.stdout).toContain("✔ Micro-entreprise (TPE) : effectif 5 ETP");
    expect(run.stdout).toContain("⚠ 1 produit sur 2 est non périssable ; les autres sont listés ci-dessous.");
    expect(run.stdout).toContain("    • TAP-090 : conservé au frais");
    expect(run.stdout).toMatch(/Source : Recommandation de la Commission 2003\/361\/CE ; Décret n° 2008-1354 : article 3 du décret$/m);
    expect(run.stdout).toMatch(/Prochaines étapes :\n {2}1\. Retirez du catalogue/);
    expect(run.stdout).toMatch(/Règles version \d{4}-\d\d-\d\d\.\d+, évaluées le (1er|\d+) \p{L}+ \d{4}\.\n$/u);
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it("a firm that is not an SME: exit 0 (a verdict is an answer), exit 1 with --gate", async () => {
    const plain = await runCli(["eligibility", "--profile", largeFirmFile, "--format", "json"]);
    expect(plain.code, plain.stderr).toBe(0);
    const verdict = parseVerdict(plain);
    expect(verdict).toMatchObject({ verdict: "not-eligible", smeCategory: "none" });
    expect(ruleOf(verdict, "sme-size")).toMatchObject({ status: "fail", outcome: "sme-size.not-sme" });
    // What would change the answer is said with the failing rule.
    expect(ruleOf(verdict, "sme-size").hint).toContain("moins de 250 salariés");

    const gated = await runCli(["eligibility", "--profile", largeFirmFile, "--gate"]);
    expect(gated.code, gated.stderr).toBe(1);
    expect(gated.stdout).toContain("Verdict : pas éligible en l'état");
    expect(gated.stdout).toContain("✖ Ce n'est pas une PME au sens européen : effectif 400 ETP, chiffre d'affaires 80\u202fM€, total du bilan 60\u202fM€.");
  });

  it("--gate lets an eligible-with-conditions verdict through (exit 0)", async () => {
    const run = await runCli(["eligibility", "--profile", contractFile, "--gate"]);
    expect(run.code, run.stderr).toBe(0);
  });

  it("speaks English with --lang en; ids, statuses and outcomes do not change", async () => {
    const pretty = await runCli(["eligibility", "--profile", contractFile, "--catalogue", mixedCatalogue, "--lang", "en"]);
    expect(pretty.code, pretty.stderr).toBe(0);
    expect(pretty.stdout).toMatch(/^Eligibility for E-Provence \(Tmall Global\) — Savonnerie Contrat\nVerdict: eligible with conditions/);
    expect(pretty.stdout).toContain("✔ Micro enterprise: staff 5 FTE, turnover €500,000, balance sheet €200,000.");
    expect(pretty.stdout).toMatch(/• TAP-090 ?: kept chilled\n/);
    expect(pretty.stdout).toContain("Next steps:");

    const french = parseVerdict(await runCli(["eligibility", "--profile", contractFile, "--catalogue", mixedCatalogue, "--format", "json"]));
    const english = parseVerdict(await runCli(["eligibility", "--profile", contractFile, "--catalogue", mixedCatalogue, "--format", "json"], { env: { EPROVENCE_LANG: "en" } }));
    expect(english.rules.map(({ id, status, outcome }) => [id, status, outcome])).toEqual(french.rules.map(({ id, status, outcome }) => [id, status, outcome]));
    expect(ruleOf(english, "sme-size").message).toBe("Micro enterprise: staff 5 FTE, turnover €500,000, balance sheet €200,000.");
    expect(ruleOf(english, "products-non-perishable").message).not.toBe(ruleOf(french, "products-non-perishable").message);
  });
});

describe("eprovence eligibility --merchant (stored, compared with the last verdict)", () => {
  let stores = 0;
  /** A database file of its own with the contract's company (n° 1), closed before the binary opens it. */
  function createStore(): { path: string; run: (args: readonly string[], options?: CliOptions) => Promise<CliRun> } {
    const path = join(temp.dir, `merchant-${++stores}.db`);
    const db = openDatabase(path);
    try {
      addMerchant(db, merchantProfileSchema.parse(CONTRACT_PROFILE), new Date("2026-01-05T09:00:00Z"));
    } finally {
      db.close();
    }
    return { path, run: (args, options = {}) => runCli(args, { ...options, env: { EPROVENCE_DB: path, ...options.env } }) };
  }

  function storedVerdicts(path: string): { merchant_id: number; evaluated_at: string; rules_version: string; verdict: string }[] {
    const db = new BetterSqlite3(path, { fileMustExist: true, readonly: true });
    try {
      return db.prepare("SELECT merchant_id, evaluated_at, rules_version, verdict FROM eligibility_verdicts ORDER BY id").all() as {
        merchant_id: number;
        evaluated_at: string;
        rules_version: string;
        verdict: string;
      }[];
    } finally {
      db.close();
    }
  }

  it("stores each verdict with its date and rules version, says when nothing changed, then what did", async () => {
    const store = createStore();
    const imported = await store.run(["import", validCatalogue, "--merchant", "81234567800013"]);
    expect(imported.code, imported.stderr + imported.stdout).toBe(0);

    // First run: the stored profile and its two products; nothing to compare with yet.
    const first = parseVerdict(await store.run(["eligibility", "--merchant", "1", "--format", "json"]));
    expect(first).toMatchObject({ verdict: "eligible-with-conditions", smeCategory: "micro", subject: "Savonnerie Contrat", previous: null, changes: null });
    expect(ruleOf(first, "products-non-perishable")).toMatchObject({ status: "pass", figures: { products: 2 } });
    expect(ruleOf(first, "products-origin").status).toBe("pass");
    expect(ruleOf(first, "products-positive-list")).toMatchObject({ status: "unknown", products: [{ sku: "SAV-100", reason: "not-checked" }] });
    let stored = storedVerdicts(store.path);
    expect(stored).toEqual([{ merchant_id: 1, evaluated_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), rules_version: first.rulesVersion, verdict: "eligible-with-conditions" }]);
    expect(stored[0]?.evaluated_at.slice(0, 10)).toBe(first.evaluatedOn);

    // Second run, same data: no change, and it says so (by SIRET this time).
    const second = await store.run(["eligibility", "--merchant", "812 345 678 00013"]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/Aucun changement depuis la dernière évaluation du (1er|\d+) \p{L}+ \d{4}\./u);
    const secondJson = parseVerdict(await store.run(["eligibility", "--merchant", "1", "--format", "json"]));
    expect(secondJson.changes).toEqual([]);
    expect(secondJson.previous).toMatchObject({ verdict: "eligible-with-conditions", rulesVersion: first.rulesVersion });

    // The company turns out to be owned by a large group: the next run names the rule that moved.
    const updated = await store.run(["merchant", "update", "1", "--independent", "no"]);
    expect(updated.code, updated.stderr).toBe(0);
    const third = parseVerdict(await store.run(["eligibility", "--merchant", "1", "--format", "json"]));
    expect(third.verdict).toBe("not-eligible");
    expect(third.changes).toEqual([{ id: "independence", from: "pass", to: "fail" }]);
    expect(third.previous?.verdict).toBe("eligible-with-conditions");

    const gated = await store.run(["eligibility", "--merchant", "1", "--gate"]);
    expect(gated.code, gated.stderr).toBe(1);
    expect(gated.stdout).toContain("✖ Plus de 25 % du capital est détenu par une entreprise qui n'est pas une PME");

    stored = storedVerdicts(store.path);
    expect(stored.map((row) => row.verdict)).toEqual(["eligible-with-conditions", "eligible-with-conditions", "eligible-with-conditions", "not-eligible", "not-eligible"]);
    expect(new Set(stored.map((row) => row.rules_version))).toEqual(new Set([first.rulesVersion]));
  });

  it("pretty: the changes since the last verdict, rule by rule", async () => {
    const store = createStore();
    await store.run(["eligibility", "--merchant", "1"]);
    await store.run(["merchant", "update", "1", "--trademark", "pending"]);
    const run = await store.run(["eligibility", "--merchant", "1", "--lang", "en"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Since the evaluation on \p{L}+ \d+, \d{4}/u);
    // the change is said by the rule's outcome as listed above, its marks before and now; no rule id
    const change = run.stdout.split("\n").find((line) => line.startsWith("  ✔ → ⚠ "));
    expect(change).toBeDefined();
    expect(run.stdout.split("\n")).toContain(`⚠ ${change?.slice("  ✔ → ⚠ ".length)}`);
    expect(run.stdout).not.toMatch(/trademark:|pass → warn/);
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });
});

describe("bad usage: exit 2, one sentence and a hint, no stack trace", () => {
  const malformed = temp.write("malformed.json", '{ "legalName": "X",\n  "siret": "81234567800013",\n}\n');
  const numberSiret = temp.write("number-siret.json", JSON.stringify({ legalName: "X", siret: 81234567800013 }));
  // One company (n° 1), so that "--merchant 1" is a known company and "--merchant 42" is not.
  const database = join(temp.dir, "usage.db");
  beforeAll(() => {
    const db = openDatabase(database);
    try {
      addMerchant(db, merchantProfileSchema.parse(CONTRACT_PROFILE), new Date("2026-01-05T09:00:00Z"));
    } finally {
      db.close();
    }
  });

  it.each([
    ["neither --merchant nor --profile", [], "Indiquez une entreprise enregistrée (--merchant) ou un profil (--profile)"],
    ["both --merchant and --profile", ["--merchant", "1", "--profile", contractFile], "Indiquez une entreprise enregistrée (--merchant) ou un profil (--profile)"],
    ["--catalogue with --merchant (the stored catalogue is used)", ["--merchant", "1", "--catalogue", validCatalogue], "(--merchant)"],
    ["an unknown merchant", ["--merchant", "42"], "Aucune entreprise « 42 »"],
    ["a malformed profile", ["--profile", malformed], `${malformed} n'est pas un fichier JSON valide, ligne 3 colonne 1`],
    // A number is not an identifier (a SIREN's leading zero would be lost): refused as merchant add refuses it.
    ["a SIRET written as a JSON number", ["--profile", numberSiret], `Valeur invalide « 81234567800013 » pour la clé « siret » de ${numberSiret}.`],
    ["a profile that does not exist", ["--profile", join(temp.dir, "nowhere.json")], "Fichier introuvable"],
    ["an unknown --format", ["--profile", contractFile, "--format", "xml"], "Valeur invalide pour --format : « xml »."],
  ])("%s", async (_case, args, sentence) => {
    const run = await runCli(["eligibility", ...args], { env: { EPROVENCE_DB: database } });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe("");
    const [message, hint, ...rest] = run.stderr.split("\n");
    expect(message).toMatch(/^Erreur : /);
    expect(message).toContain(sentence);
    expect(hint?.length).toBeGreaterThan(10);
    expect(rest.join("")).toBe("");
    expect(run.stderr).not.toMatch(/\n\s+at |undefined|NaN/);
  });

  it("--merchant on a machine without a database: exit 2, and no database is created", async () => {
    const path = join(temp.dir, "absent", "eprovence.db");
    const run = await runCli(["eligibility", "--merchant", "1"], { env: { EPROVENCE_DB: path } });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^Erreur : /);
    expect(run.stderr).toContain("eprovence merchant add");
    expect(existsSync(path)).toBe(false);
  });

  it("an unknown merchant is refused in English too", async () => {
    const run = await runCli(["eligibility", "--merchant", "42", "--lang", "en"], { env: { EPROVENCE_DB: database } });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^Error: /);
    expect(run.stderr).toContain("eprovence merchant list");
  });
});
