import { describe, expect, it } from "vitest";
import { decideNextStep, isVerdictStale, type CompanyProgress } from "./next-step.js";
import { profileKeyOfColumn } from "./profile-columns.js";

const done: CompanyProgress = { products: 4, ready: 4, draftNames: 0, verdict: "eligible", isVerdictStale: false };

describe("decideNextStep", () => {
  it.each<[string, Partial<CompanyProgress>, string]>([
    ["no catalogue yet", { products: 0, ready: 0, verdict: undefined }, "import-catalogue"],
    ["never evaluated", { verdict: undefined }, "evaluate"],
    ["a verdict to redo", { isVerdictStale: true }, "evaluate-again"],
    ["not eligible", { verdict: "not-eligible" }, "not-eligible"],
    ["products not ready", { ready: 2 }, "complete-catalogue"],
    ["drafted names", { draftNames: 3 }, "review-names"],
    ["everything done", {}, "export"],
  ])("%s → %s", (_, change, step) => {
    expect(decideNextStep({ ...done, ...change })).toBe(step);
  });
});

describe("isVerdictStale", () => {
  const verdict = { evaluatedAt: "2026-03-01T10:00:00.000Z", rulesVersion: "r1" };
  it.each<[string, string, (string | undefined)[], boolean]>([
    ["nothing changed since", "r1", ["2026-02-01T00:00:00.000Z", undefined], false],
    ["the profile changed after it", "r1", ["2026-03-02T00:00:00.000Z"], true],
    ["other rules", "r2", [], true],
  ])("%s", (_, rulesVersion, changedAt, stale) => {
    expect(isVerdictStale(verdict, { rulesVersion, changedAt })).toBe(stale);
  });
});

describe("profileKeyOfColumn", () => {
  it.each([
    ["Raison sociale", "legalName"],
    ["legal_name", "legalName"],
    ["legalName", "legalName"],
    ["Chiffre d'affaires (€)", "turnoverEur"],
    ["TOTAL_BILAN", "balanceSheetEur"],
    ["Indépendante", "independent"],
    ["marque_deposee", "trademark"],
    ["Code postal", "postcode"],
    ["commentaire", undefined],
  ])("%s → %s", (column, key) => {
    expect(profileKeyOfColumn(column)).toBe(key);
  });
});
