import type { AppDeps } from "../../app/deps.js";
import type { JsonValue, OnboardingSession } from "../../app/onboarding.js";
import type { Merchant } from "../../domain/company/merchant.js";
import type { Translator } from "../../domain/messages/index.js";
import type { TextStyle } from "../../io/reports/pretty.js";
import type { Io } from "../io.js";
import type { Choice } from "../prompter.js";
import type { Parsed, Problem, StepId } from "./keys.js";

/**
 * What a wizard step sees. A step asks through `ask` only, never the prompter directly: `ask` takes the
 * answer from this run's answers file, else from what an earlier run saved, else from the terminal —
 * and saves it the moment it is given.
 */

export interface Question {
  /** The answers key (`company.siret`): the answers file's, the saved answer's, the scripted prompter's. */
  readonly key: string;
  readonly kind: "input" | "confirm" | "select";
  readonly message: string;
  /** How a refused answer names the question ("SIRET"); default: its key. */
  readonly label?: string;
  readonly choices?: readonly Choice<string>[];
  readonly default?: string | boolean;
  /** How to read the answer (typed text, a choice, a boolean, or the answers file's value); default: the key's own rule. */
  readonly parse?: (raw: unknown) => Parsed;
  /**
   * `false`: only ever taken from an answers file or its default, never asked at the terminal (the
   * wizard "asks only what changes the answer"; the rest has a key for those who want it).
   */
  readonly isPrompted?: boolean;
  /**
   * Ask at the terminal now, whatever the answers file or an earlier run said (the adjustments of the
   * column mapping, "another product?"). Only ever set on questions asked at a terminal.
   */
  readonly isFresh?: boolean;
  /** `false`: a navigation question (which column to change?), not an answer to keep. */
  readonly isSaved?: boolean;
}

export interface WizardContext {
  readonly io: Io;
  readonly t: Translator;
  /** Colours of the results (stdout). */
  readonly style: TextStyle;
  /** The use cases' deps, on the session's one database connection. */
  readonly deps: AppDeps;
  readonly databasePath: string;
  readonly isInteractive: boolean;
  /** Where relative paths typed at the terminal start. */
  readonly cwd: string;
  /** The answers file (for messages naming it), when there is one. */
  readonly answersPath: string | undefined;
  readonly now: () => Date;
  session(): OnboardingSession;
  /** A result on stdout. */
  out(text: string): void;
  /** A remark for the person at the terminal, on stderr. */
  note(text: string): void;
  /** The answer to a question (null: "not given"): file, then saved, then the terminal. */
  ask(question: Question): Promise<JsonValue>;
  /** The answer already known for a key (this run's file, then saved), without asking. */
  known(key: string): JsonValue | undefined;
  /** The keys this run's answers file gave. */
  answerKeys(): string[];
  /** Whether this run's answers file gave the key (such an answer cannot be asked again). */
  isFromFile(key: string): boolean;
  save(key: string, value: JsonValue): void;
  forget(keys: readonly string[]): void;
  saveResults(results: Readonly<Record<string, JsonValue>>): void;
  /** The company of this session (known after the company step). */
  merchant(): Promise<Merchant>;
  setMerchant(id: number): void;
}

export interface WizardStep {
  readonly id: StepId;
  run(context: WizardContext): Promise<void>;
}

/** A refused answer in one or two sentences: what is wrong, then how to fix it. */
export function renderProblem(problem: Problem, t: Translator, field?: string): string {
  const params = { value: "", ...problem.params, ...(field !== undefined && { field }) };
  return `${t.message(problem.code, params)} ${t.hint(problem.code, params)}`;
}
