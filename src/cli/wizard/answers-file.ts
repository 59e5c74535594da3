import { dirname, resolve } from "node:path";
import type { AppDeps } from "../../app/deps.js";
import { readAnswers, type JsonValue } from "../../app/onboarding.js";
import { EprovenceError } from "../../domain/errors.js";
import type { Translator } from "../../domain/messages/index.js";
import { ANSWER_KEYS, findAnswerKey, suggestAnswerKey, type Problem } from "./keys.js";

/**
 * `onboard --answers answers.json|yaml`: any subset of the wizard's answers, flat
 * (`"company.siret": "…"`) or nested (`company: { siret: "…" }`), or both. Every key is checked before
 * the wizard changes anything: an unknown key, or a value its command would refuse, is exit 2 naming
 * it. Relative paths in it are read from the file's own folder (so a CI job may run from anywhere).
 */

export interface AnswersFile {
  readonly path: string;
  /** The checked answers, by key (`null`: "not given", for an optional key). */
  readonly answers: ReadonlyMap<string, JsonValue>;
}

export async function readAnswersFile(deps: AppDeps, path: string): Promise<AnswersFile> {
  const document = await readAnswers(deps, path);
  const flat = new Map<string, unknown>();
  flatten(document, "", flat, path);
  const base = path === "-" ? deps.cwd : dirname(resolve(deps.cwd, path));
  return { path, answers: checkAnswers(flat, { base, path }, deps.t) };
}

/** Checks flat answers (an answers file's, or the demo's built-in ones) with each key's own rules. */
export function checkAnswers(flat: ReadonlyMap<string, unknown>, where: { readonly base: string; readonly path: string }, t: Translator): Map<string, JsonValue> {
  const answers = new Map<string, JsonValue>();
  for (const [answerKey, raw] of flat) {
    const definition = findAnswerKey(answerKey);
    if (definition === undefined) throw unknownKey(answerKey, where.path);
    const parsed = definition.parse(raw, { base: where.base });
    if (!parsed.isValid) throw invalidAnswer(answerKey, parsed.problem, where.path, t);
    answers.set(answerKey, parsed.value);
  }
  return answers;
}

/** A refused answer as one exit-2 failure: the key, the file, and the rule's own sentence and hint. */
export function invalidAnswer(answerKey: string, problem: Problem, path: string, t: Translator): EprovenceError {
  const params = { field: answerKey, ...problem.params };
  return new EprovenceError("invalid-answer", { key: answerKey, path, detail: t.message(problem.code, params), fix: t.hint(problem.code, params) });
}

function unknownKey(answerKey: string, path: string): EprovenceError {
  const keys = [...ANSWER_KEYS.map((entry) => entry.key), "fixes.<sku>.<field>"].join(", ");
  return new EprovenceError("unknown-answer-key", { key: answerKey, path, suggestion: suggestAnswerKey(answerKey) ?? "", keys });
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>, path: string): void {
  if (!isPlainObject(value)) {
    if (prefix === "") throw new EprovenceError("answers-file-invalid", { path, detail: "not an object of answers" });
    out.set(prefix, value);
    return;
  }
  for (const [name, child] of Object.entries(value)) {
    const answerKey = prefix === "" ? name : `${prefix}.${name}`;
    // A group (`company: {…}`, `fixes: { SKU: {…} }`) is walked; a known key keeps its value whole
    // (`catalogue.mapping` is an object).
    if (isPlainObject(child) && findAnswerKey(answerKey) === undefined) flatten(child, answerKey, out, path);
    else out.set(answerKey, child);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
