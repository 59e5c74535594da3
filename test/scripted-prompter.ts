import type { ConfirmQuestion, Prompter, SelectQuestion, TextQuestion } from "../src/cli/prompter.js";

/**
 * A Prompter for tests (prompts go through an injected Prompter, never module mocking): it is given the questions it expects, in order, by their
 * answers key, each with the answer to give — and FAILS on any other question, or on a question asked
 * after the script is over. No module mocking: the wizard receives it as it would receive Inquirer.
 *
 * - `{ key, answer }`: answer the question; a typed answer goes through the question's own validation
 *   first, and a refusal fails the test (the wizard would have asked again);
 * - `{ key, answer, refused: /message/ }`: the validation must refuse this answer with that message;
 *   the next entry then answers the same question (as the user types again);
 * - `{ key, interrupt: true }`: Ctrl-C at this question (Inquirer's ExitPromptError).
 */
export type ScriptEntry =
  | { readonly key: string; readonly answer: string | boolean; readonly refused?: RegExp }
  | { readonly key: string; readonly interrupt: true };

export interface AskedQuestion {
  readonly key: string;
  readonly message: string;
  readonly kind: "input" | "confirm" | "select";
  readonly choices?: readonly string[];
  readonly default?: string | boolean | undefined;
}

export interface ScriptedPrompter extends Prompter {
  /** Every question asked, in order. */
  readonly asked: AskedQuestion[];
  /** Fails when some scripted answers were never asked for. */
  assertDone(): void;
}

export class UnexpectedQuestion extends Error {
  override readonly name = "UnexpectedQuestion";
}

/** What Inquirer throws on Ctrl-C (matched by name, as main does). */
export class ScriptedInterrupt extends Error {
  override readonly name = "ExitPromptError";
}

export function createScriptedPrompter(script: readonly ScriptEntry[]): ScriptedPrompter {
  const queue = [...script];
  const asked: AskedQuestion[] = [];

  const next = (question: AskedQuestion): ScriptEntry => {
    asked.push(question);
    const entry = queue.shift();
    if (entry === undefined) throw new UnexpectedQuestion(`unexpected question ${question.key} ("${question.message}"): the script is over`);
    if (entry.key !== question.key) throw new UnexpectedQuestion(`unexpected question ${question.key} ("${question.message}"); the script expected ${entry.key}`);
    if ("interrupt" in entry) throw new ScriptedInterrupt("User force closed the prompt with SIGINT");
    return entry;
  };

  return {
    asked,
    assertDone() {
      if (queue.length > 0) throw new Error(`scripted answers never asked for: ${queue.map((entry) => entry.key).join(", ")}`);
    },
    async input(question: TextQuestion): Promise<string> {
      for (;;) {
        const entry = next({ key: question.key, message: question.message, kind: "input", default: question.default });
        if ("interrupt" in entry) throw new ScriptedInterrupt();
        // Enter on an empty line takes the default, as at the terminal.
        const text = entry.answer === "" && question.default !== undefined ? question.default : String(entry.answer);
        const verdict = question.validate?.(text) ?? true;
        if (entry.refused !== undefined) {
          if (verdict === true) throw new Error(`${question.key}: "${text}" was accepted, the script expected it refused with ${String(entry.refused)}`);
          if (!entry.refused.test(verdict)) throw new Error(`${question.key}: "${text}" was refused with "${verdict}", not ${String(entry.refused)}`);
          continue;
        }
        if (verdict !== true) throw new Error(`${question.key}: "${text}" was refused: ${verdict}`);
        return text;
      }
    },
    async confirm(question: ConfirmQuestion): Promise<boolean> {
      const entry = next({ key: question.key, message: question.message, kind: "confirm", default: question.default });
      if ("interrupt" in entry) throw new ScriptedInterrupt();
      if (typeof entry.answer !== "boolean") throw new Error(`${question.key} is a yes/no question; the script answered "${entry.answer}"`);
      return entry.answer;
    },
    async select<T extends string>(question: SelectQuestion<T>): Promise<T> {
      const choices = question.choices.map((choice) => choice.value);
      const entry = next({ key: question.key, message: question.message, kind: "select", choices, default: question.default });
      if ("interrupt" in entry) throw new ScriptedInterrupt();
      const value = String(entry.answer);
      if (!choices.includes(value as T)) throw new Error(`${question.key}: "${value}" is not one of the choices ${choices.join(", ")}`);
      return value as T;
    },
  };
}
