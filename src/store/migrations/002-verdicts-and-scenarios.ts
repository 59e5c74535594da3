import type { Migration } from "./index.js";

/**
 * What the merchant asked and was answered: cost scenarios saved with `costs --merchant`, and
 * eligibility verdicts with the rules version that produced them (so a later run says what changed).
 * Both are kept whole as JSON: they are documents read back as a whole, never queried inside.
 */
export const migration002: Migration = {
  version: 2,
  description: "cost scenarios and eligibility verdicts",
  up: `
    CREATE TABLE cost_scenarios (
      id INTEGER PRIMARY KEY,
      merchant_id INTEGER NOT NULL REFERENCES merchants(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      scenario TEXT NOT NULL
    );
    CREATE INDEX cost_scenarios_by_merchant ON cost_scenarios (merchant_id, id);

    CREATE TABLE eligibility_verdicts (
      id INTEGER PRIMARY KEY,
      merchant_id INTEGER NOT NULL REFERENCES merchants(id) ON DELETE CASCADE,
      evaluated_at TEXT NOT NULL,
      rules_version TEXT NOT NULL,
      verdict TEXT NOT NULL CHECK (verdict IN ('eligible', 'eligible-with-conditions', 'not-eligible')),
      result TEXT NOT NULL
    );
    CREATE INDEX eligibility_verdicts_by_merchant ON eligibility_verdicts (merchant_id, id);
  `,
};
