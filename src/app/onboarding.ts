import { readAnswersDocument } from "../io/answers-document.js";
import {
  advanceSession,
  findOpenSession,
  finishSession,
  forgetAnswers,
  saveAnswer,
  saveResults,
  startSession,
  type JsonValue,
  type OnboardingSession,
  type SessionStatus,
} from "../store/onboarding.js";
import type { AppDeps } from "./deps.js";

export type { JsonValue, OnboardingSession } from "../store/onboarding.js";

/**
 * The wizard's saved progress, on the run's database: every answer is written the moment it is given
 * (its own transaction), so Ctrl-C, a closed terminal or a crash between two questions loses nothing.
 */
export interface OnboardingStore {
  findOpen(): OnboardingSession | undefined;
  start(step: string): OnboardingSession;
  advance(id: number, step: string, merchantId?: number): OnboardingSession;
  finish(id: number, status: Exclude<SessionStatus, "in-progress">): OnboardingSession;
  saveAnswer(id: number, key: string, value: JsonValue): OnboardingSession;
  forgetAnswers(id: number, keys: readonly string[]): OnboardingSession;
  saveResults(id: number, results: Readonly<Record<string, JsonValue>>): OnboardingSession;
}

export async function openOnboarding(deps: AppDeps): Promise<OnboardingStore> {
  const db = await deps.database.open();
  return {
    findOpen: () => findOpenSession(db),
    start: (step) => startSession(db, step, deps.now()),
    advance: (id, step, merchantId) => advanceSession(db, id, step, deps.now(), merchantId),
    finish: (id, status) => finishSession(db, id, status, deps.now()),
    saveAnswer: (id, key, value) => saveAnswer(db, id, key, value, deps.now()),
    forgetAnswers: (id, keys) => forgetAnswers(db, id, keys, deps.now()),
    saveResults: (id, results) => saveResults(db, id, results, deps.now()),
  };
}

/** The answers file as a document (its keys are the wizard's to check). */
export function readAnswers(deps: AppDeps, path: string): Promise<unknown> {
  return readAnswersDocument(path, deps.cwd, deps.stdin);
}
