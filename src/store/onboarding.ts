import type { Database } from "better-sqlite3";
import { write } from "./write.js";

/**
 * The wizard's saved progress (table `onboarding_sessions`). Every answer is written the moment it is
 * given, in its own immediate transaction, so that Ctrl-C, a closed terminal or a crash between two
 * questions loses nothing. Answers are keyed by their answers-file key (`company.siret`), results by the
 * step that produced them; both are kept whole as JSON.
 */

export type SessionStatus = "in-progress" | "completed" | "abandoned";

/** A JSON value as a session stores it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface OnboardingSession {
  readonly id: number;
  readonly merchantId: number | undefined;
  /** The first step not yet done. */
  readonly step: string;
  readonly answers: Readonly<Record<string, JsonValue>>;
  readonly results: Readonly<Record<string, JsonValue>>;
  readonly status: SessionStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface SessionRow {
  id: number;
  merchant_id: number | null;
  step: string;
  answers: string;
  results: string;
  status: SessionStatus;
  created_at: string;
  updated_at: string;
}

function toSession(row: SessionRow): OnboardingSession {
  return {
    id: row.id,
    merchantId: row.merchant_id ?? undefined,
    step: row.step,
    answers: JSON.parse(row.answers) as Record<string, JsonValue>,
    results: JSON.parse(row.results) as Record<string, JsonValue>,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function startSession(db: Database, step: string, now: Date): OnboardingSession {
  const at = now.toISOString();
  return write(db, () => {
    const id = Number(
      db.prepare("INSERT INTO onboarding_sessions (step, status, created_at, updated_at) VALUES (?, 'in-progress', ?, ?)").run(step, at, at).lastInsertRowid,
    );
    return readSession(db, id);
  });
}

/** The latest session left in progress, the one `onboard` offers to resume. */
export function findOpenSession(db: Database): OnboardingSession | undefined {
  const row = db.prepare("SELECT * FROM onboarding_sessions WHERE status = 'in-progress' ORDER BY id DESC LIMIT 1").get() as SessionRow | undefined;
  return row && toSession(row);
}

export function getSession(db: Database, id: number): OnboardingSession | undefined {
  const row = db.prepare("SELECT * FROM onboarding_sessions WHERE id = ?").get(id) as SessionRow | undefined;
  return row && toSession(row);
}

/** Saves one answer (read, change, write in one transaction: nothing else is lost or overwritten). */
export function saveAnswer(db: Database, id: number, key: string, value: JsonValue, now: Date): OnboardingSession {
  return patchDocument(db, id, "answers", { [key]: value }, now);
}

/** Forgets answers (a question asked again after its answer was refused further on). */
export function forgetAnswers(db: Database, id: number, keys: readonly string[], now: Date): OnboardingSession {
  return write(db, () => {
    const session = readSession(db, id);
    const answers = Object.fromEntries(Object.entries(session.answers).filter(([key]) => !keys.includes(key)));
    db.prepare("UPDATE onboarding_sessions SET answers = ?, updated_at = ? WHERE id = ?").run(JSON.stringify(answers), now.toISOString(), id);
    return readSession(db, id);
  });
}

/** Saves what a step produced (the merchant's id, an import's id, a file written). */
export function saveResults(db: Database, id: number, results: Readonly<Record<string, JsonValue>>, now: Date): OnboardingSession {
  return patchDocument(db, id, "results", results, now);
}

/** Records the first step not yet done (and, once known, the merchant). */
export function advanceSession(db: Database, id: number, step: string, now: Date, merchantId?: number): OnboardingSession {
  return write(db, () => {
    db.prepare("UPDATE onboarding_sessions SET step = ?, merchant_id = coalesce(?, merchant_id), updated_at = ? WHERE id = ?").run(
      step,
      merchantId ?? null,
      now.toISOString(),
      id,
    );
    return readSession(db, id);
  });
}

export function finishSession(db: Database, id: number, status: Exclude<SessionStatus, "in-progress">, now: Date): OnboardingSession {
  return write(db, () => {
    db.prepare("UPDATE onboarding_sessions SET status = ?, updated_at = ? WHERE id = ?").run(status, now.toISOString(), id);
    return readSession(db, id);
  });
}

function patchDocument(db: Database, id: number, column: "answers" | "results", patch: Readonly<Record<string, JsonValue>>, now: Date): OnboardingSession {
  return write(db, () => {
    const session = readSession(db, id);
    const document = { ...session[column], ...patch };
    db.prepare(`UPDATE onboarding_sessions SET ${column} = ?, updated_at = ? WHERE id = ?`).run(JSON.stringify(document), now.toISOString(), id);
    return readSession(db, id);
  });
}

function readSession(db: Database, id: number): OnboardingSession {
  const session = getSession(db, id);
  if (session === undefined) throw new Error(`onboarding session ${id} vanished`);
  return session;
}

