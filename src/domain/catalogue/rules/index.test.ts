import { describe, expect, it } from "vitest";
import { en } from "../../messages/en.js";
import { fr } from "../../messages/fr.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../../settings.js";
import { FIELD_NAMES, type FieldName } from "../fields.js";
import { TMALL_GLOBAL_PROFILE } from "../readiness.js";
import { CATALOGUE_RULES, CHECK_ORDER, FIELD_READERS, SEVERITIES, type FindingCode } from "./index.js";
import type { Rule } from "./rule.js";

const RULES: readonly Rule[] = CATALOGUE_RULES;
const CODES: readonly FindingCode[] = CATALOGUE_RULES.map((rule) => rule.code);

/** The fields a rule reads, and the ones its findings point at. */
function fieldsOf(rule: Rule): { reads: readonly FieldName[]; pointsAt: readonly FieldName[] } {
  switch (rule.kind) {
    case "blank":
    case "cell":
      return { reads: rule.fields, pointsAt: rule.fields };
    case "product":
      return { reads: rule.checks.flatMap((check) => check.reads), pointsAt: rule.checks.map((check) => check.field) };
    case "file":
      return { reads: rule.reads, pointsAt: [rule.field] };
    default:
      return { reads: [], pointsAt: [] };
  }
}

describe("the catalogue rule table", () => {
  it("has one rule per code, each code stable kebab-case", () => {
    expect(new Set(CODES).size).toBe(CODES.length);
    for (const code of CODES) expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  // The codes the contract says every report must be able to give.
  it.each([
    "missing-column",
    "missing-value",
    "invalid-number",
    "invalid-gtin",
    "invalid-hs-code",
    "unknown-postcode",
    "origin-outside-provence",
    "perishable",
    "duplicate-sku",
    "unknown-category",
    "title-too-long",
    "over-cbec-limit",
    "unknown-column",
  ])("has the contract's code %s", (code) => {
    expect(CODES).toContain(code);
  });

  // What is only a warning (a check passes with it); every other finding fails the catalogue.
  const WARNINGS: readonly FindingCode[] = [
    "hs-not-on-positive-list",
    "unknown-column",
    "missing-name-zh",
    "encoding-cannot-hold-chinese",
    "missing-gtin",
    "hs-code-category-mismatch",
    "hs-positive-list-not-checked",
    "postcode-leading-zero-lost",
    "origin-gi-area",
    "postcode-straddles-region",
    "over-cbec-limit",
    "unknown-label",
    "missing-image",
    // A picture that cannot be used is never a rejected row: the product is kept, the picture not attached.
    "picture-not-found",
    "picture-unreadable",
    "picture-outside-folder",
    "picture-wrong-format",
    "picture-too-large",
    "too-many-pictures",
    "picture-too-small",
    "picture-not-square",
    "empty-catalogue",
    "invalid-utf8",
  ];
  it.each(CODES)("%s has its severity in the table, and the words for it in French and English", (code) => {
    expect(SEVERITIES[code]).toBe(WARNINGS.includes(code) ? "warning" : "error");
    for (const catalogue of [fr, en]) {
      const text = catalogue.codes[code];
      expect(text.message({}).trim()).not.toBe("");
      expect(text.hint({}).trim()).not.toBe("");
    }
  });

  it.each(RULES.map((rule) => [rule.code, rule] as const))("%s reads and points at fields that exist", (_code, rule) => {
    const { reads, pointsAt } = fieldsOf(rule);
    for (const field of [...reads, ...pointsAt]) expect(FIELD_NAMES).toContain(field);
    // A product or file rule says which of its fields it reads, at least the one it points at.
    if (rule.kind === "product" || rule.kind === "file") for (const field of pointsAt) expect(reads).toContain(field);
  });

  it("reads every field, in an order where each product or file rule finds the values it reads already read", () => {
    expect([...CHECK_ORDER].sort()).toEqual([...FIELD_NAMES].sort());
    const position = (field: FieldName) => CHECK_ORDER.indexOf(field);
    const late: string[] = [];
    for (const rule of RULES) {
      const checks = rule.kind === "product" ? rule.checks : rule.kind === "file" ? [rule] : [];
      for (const check of checks) {
        for (const read of check.reads) if (position(read) > position(check.field)) late.push(`${rule.code}: ${read} after ${check.field}`);
      }
    }
    expect(late).toEqual([]);
  });

  it("has a reader for every field, and at most one rule for a field's blank cell", () => {
    expect(Object.keys(FIELD_READERS).sort()).toEqual([...FIELD_NAMES].sort());
    const blankFields = RULES.flatMap((rule) => (rule.kind === "blank" ? rule.fields : []));
    expect(new Set(blankFields).size).toBe(blankFields.length);
  });

  it("lets only errors block a readiness requirement, and only warnings give a caution to confirm", () => {
    const requirements = TMALL_GLOBAL_PROFILE.map((definition) => definition.requirement);
    for (const rule of RULES) {
      if (rule.kind !== "product") continue;
      if (rule.blocks !== undefined) {
        expect(rule.severity).toBe("error");
        expect(requirements).toContain(rule.blocks);
      }
      if (rule.caution !== undefined) expect(rule.severity).toBe("warning");
    }
  });

  // A threshold that no rule declares would be a literal hidden in a check.
  it("names, in the rules that read them, every catalogue setting", () => {
    const declared = new Set(RULES.flatMap((rule) => rule.settings));
    // The positive list has no default: it is there only when the consultant supplied one.
    expect([...declared].sort()).toEqual([...Object.keys(DEFAULT_CATALOGUE_SETTINGS), "positiveList"].sort());
  });
});
