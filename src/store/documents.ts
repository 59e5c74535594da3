import type { Database } from "better-sqlite3";
import { write } from "./write.js";

/**
 * Documents kept whole for a merchant: cost scenarios and eligibility verdicts. Saved as JSON text,
 * read back as the same object.
 */

export function saveCostScenario(db: Database, merchantId: number, scenario: unknown, at: Date): number {
  return write(db, () =>
    Number(db.prepare("INSERT INTO cost_scenarios (merchant_id, created_at, scenario) VALUES (?, ?, ?)").run(merchantId, at.toISOString(), JSON.stringify(scenario)).lastInsertRowid),
  );
}

export function latestCostScenario(db: Database, merchantId: number): { id: number; createdAt: string; scenario: unknown } | undefined {
  const row = db.prepare("SELECT id, created_at AS createdAt, scenario FROM cost_scenarios WHERE merchant_id = ? ORDER BY id DESC LIMIT 1").get(merchantId) as
    | { id: number; createdAt: string; scenario: string }
    | undefined;
  return row === undefined ? undefined : { id: row.id, createdAt: row.createdAt, scenario: JSON.parse(row.scenario) as unknown };
}

export interface StoredVerdict<T> {
  readonly id: number;
  readonly evaluatedAt: string;
  readonly rulesVersion: string;
  readonly result: T;
}

export function saveVerdict(db: Database, merchantId: number, verdict: { verdict: string; rulesVersion: string }, at: Date): number {
  return write(db, () =>
    Number(
      db
        .prepare("INSERT INTO eligibility_verdicts (merchant_id, evaluated_at, rules_version, verdict, result) VALUES (?, ?, ?, ?, ?)")
        .run(merchantId, at.toISOString(), verdict.rulesVersion, verdict.verdict, JSON.stringify(verdict)).lastInsertRowid,
    ),
  );
}

export function latestVerdict<T>(db: Database, merchantId: number): StoredVerdict<T> | undefined {
  const row = db
    .prepare("SELECT id, evaluated_at AS evaluatedAt, rules_version AS rulesVersion, result FROM eligibility_verdicts WHERE merchant_id = ? ORDER BY id DESC LIMIT 1")
    .get(merchantId) as { id: number; evaluatedAt: string; rulesVersion: string; result: string } | undefined;
  return row === undefined ? undefined : { ...row, result: JSON.parse(row.result) as T };
}
