import type { Io } from "./io.js";

/**
 * Every question the CLI asks goes through a Prompter: the wizard receives one, the
 * tests pass a scripted one that fails on any unexpected question, and the real one is Inquirer, loaded
 * only when the first question is asked (`@inquirer/prompts` costs ~115 ms at start-up,
 * which `validate` must never pay).
 *
 * Each question carries its answers-file key (`company.siret`): the scripted prompter matches on it, and
 * a message about a missing answer names it.
 *
 * Where prompts go: to the terminal on **stderr**, like every other message for the person at the
 * keyboard; stdout keeps the results (verdict, costs table, summary), so `eprovence onboard > log.txt`
 * still shows its questions. Numbers are asked as text: French decimals (`12,5`, `1 250 000`) are read by
 * the same readers as the flags, which Inquirer's number prompt would refuse.
 */

/** The answer is fine (`true`) or the reason it is not, shown under the prompt; the question stays open. */
export type Validation = true | string;

export interface TextQuestion {
  readonly key: string;
  readonly message: string;
  /** Shown and taken when the user just presses Enter. */
  readonly default?: string | undefined;
  /** Checked as typed, with the same rules as the flags and the answers file. */
  readonly validate?: ((text: string) => Validation) | undefined;
}

export interface ConfirmQuestion {
  readonly key: string;
  readonly message: string;
  readonly default?: boolean | undefined;
}

export interface Choice<T extends string> {
  readonly value: T;
  readonly name: string;
  readonly description?: string | undefined;
}

export interface SelectQuestion<T extends string> {
  readonly key: string;
  readonly message: string;
  readonly choices: readonly Choice<T>[];
  readonly default?: T | undefined;
}

export interface Prompter {
  input(question: TextQuestion): Promise<string>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
  select<T extends string>(question: SelectQuestion<T>): Promise<T>;
}

function answerOf(text: string, fallback: boolean | undefined): boolean {
  const trimmed = text.trim();
  if (trimmed === "") return fallback ?? true;
  return YES.test(trimmed);
}

/**
 * The name Inquirer gives the error it throws on Ctrl-C (`ExitPromptError`); `main` maps it to exit 130
 * by name, so that nothing at start-up imports Inquirer to compare classes.
 */
export const PROMPT_CANCELLED = "ExitPromptError";

export function isPromptCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === PROMPT_CANCELLED;
}

const YES = /^(o|oui|y|yes)$/i;
const NO = /^(n|non|no)$/i;

/**
 * Inquirer at the terminal: questions on stderr, keys from stdin. Loaded on the first question.
 * A yes/no question is a text prompt reading oui/non as well as yes/no (Inquirer's own confirm knows
 * only y/n, and takes anything else for the default: a French "o" would silently mean "no").
 */
export function createInquirerPrompter(io: Io, language: "fr" | "en"): Prompter {
  type Inquirer = typeof import("@inquirer/prompts");
  let loaded: Promise<Inquirer> | undefined;
  const load = (): Promise<Inquirer> => (loaded ??= import("@inquirer/prompts"));
  const context = { input: io.stdin, output: io.stderr };
  return {
    async input(question) {
      const { input } = await load();
      return input(
        {
          message: question.message,
          ...(question.default !== undefined && question.default !== "" && { default: question.default }),
          ...(question.validate && { validate: question.validate }),
        },
        context,
      );
    },
    async confirm(question) {
      const { input } = await load();
      const choices = language === "fr" ? (question.default === false ? "(o/N)" : "(O/n)") : question.default === false ? "(y/N)" : "(Y/n)";
      const answer = await input(
        {
          message: `${question.message} ${choices}`,
          validate: (text) => text.trim() === "" || YES.test(text.trim()) || NO.test(text.trim()) || (language === "fr" ? "Répondez oui ou non (o/n)." : "Answer yes or no (y/n)."),
          transformer: (text, { isFinal }) => (isFinal ? (answerOf(text, question.default) ? (language === "fr" ? "oui" : "yes") : language === "fr" ? "non" : "no") : text),
        },
        context,
      );
      return answerOf(answer, question.default);
    },
    async select<T extends string>(question: SelectQuestion<T>): Promise<T> {
      const { select } = await load();
      return select<T>(
        {
          message: question.message,
          choices: question.choices.map((choice) => ({ value: choice.value, name: choice.name, ...(choice.description !== undefined && { description: choice.description }) })),
          ...(question.default !== undefined && { default: question.default }),
          pageSize: 12,
          theme: { style: { keysHelpTip: () => (language === "fr" ? "↑↓ choisir • ⏎ valider" : "↑↓ move • ⏎ select") } },
        },
        context,
      );
    },
  };
}
