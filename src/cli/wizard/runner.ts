import type { AppDeps } from "../../app/deps.js";
import { getMerchant } from "../../app/merchants.js";
import { openOnboarding, type JsonValue, type OnboardingSession, type OnboardingStore } from "../../app/onboarding.js";
import type { Merchant } from "../../domain/company/merchant.js";
import { EprovenceError } from "../../domain/errors.js";
import type { Translator } from "../../domain/messages/index.js";
import type { TextStyle } from "../../io/reports/pretty.js";
import type { Io } from "../io.js";
import type { Prompter } from "../prompter.js";
import { invalidAnswer } from "./answers-file.js";
import { renderProblem, type Question, type WizardContext, type WizardStep } from "./context.js";
import { findAnswerKey, missingKeysOf, type Parsed } from "./keys.js";
import { WIZARD_STEPS } from "./steps/index.js";

/**
 * Runs the wizard's steps in order, saving after every answer and recording the step reached, so that
 * `onboard` run again offers to resume where the user stopped (or to start over).
 *
 * Without a terminal (or with --no-input) nothing is ever asked: before anything is changed, the
 * required keys of every remaining step are looked for in the answers file (and, when resuming, in the
 * saved answers), and ALL the missing ones are named in one exit-2 failure — never a hang, never one
 * key at a time.
 */

export interface WizardRun {
  readonly io: Io;
  readonly t: Translator;
  readonly style: TextStyle;
  /** The use cases' deps: every step works on their one database connection. */
  readonly deps: AppDeps;
  /** The terminal; undefined when there is none or --no-input was given. */
  readonly prompter: Prompter | undefined;
  /** This run's checked answers (answers file, or the demo's). */
  readonly answers: ReadonlyMap<string, JsonValue>;
  readonly answersPath: string | undefined;
  readonly steps?: readonly WizardStep[];
}

export async function runWizard(run: WizardRun): Promise<OnboardingSession> {
  const { t, answers } = run;
  const steps = run.steps ?? WIZARD_STEPS;
  const store = await openOnboarding(run.deps);
  const open = store.findOpen();
  const given = answers.get("resume");
  let isResuming: boolean | undefined = open === undefined ? false : typeof given === "boolean" ? given : undefined;
  if (isResuming === undefined && open !== undefined && run.prompter !== undefined) {
    isResuming = (await run.prompter.select({
      key: "resume",
      message: t.wizard("askResume", { id: open.id, step: t.wizard("stepTitle", { step: open.step }), date: open.updatedAt.slice(0, 10) }),
      choices: [
        { value: "yes", name: t.wizard("resumeYes", { step: t.wizard("stepTitle", { step: open.step }) }) },
        { value: "no", name: t.wizard("resumeNo") },
      ],
      default: "yes",
    })) === "yes";
  }
  const firstIndex = isResuming && open !== undefined ? Math.max(0, steps.findIndex((step) => step.id === open.step)) : 0;

  if (run.prompter === undefined) {
    const missing = findMissingAnswers(answers, open === undefined ? undefined : { session: open, isResuming }, steps);
    if (missing.length > 0) throw new EprovenceError("missing-answers", { keys: missing.join(", "), path: run.answersPath ?? "" });
  }

  if (open !== undefined && !isResuming) store.finish(open.id, "abandoned");
  let session = isResuming && open !== undefined ? open : store.start(steps[0]?.id ?? "welcome");
  const context = createContext(run, store, () => session, (next) => (session = next));
  if (isResuming) context.note(t.wizard("resuming", { id: session.id, step: t.wizard("stepTitle", { step: session.step }) }));

  for (let index = firstIndex; index < steps.length; index++) {
    const step = steps[index];
    if (step === undefined) continue;
    if (session.step !== step.id) session = store.advance(session.id, step.id);
    // The welcome is not a step to count: "Step 1/7" is the company, as the welcome's list says.
    const counted = steps.filter((candidate) => candidate.id !== "welcome");
    const title = t.wizard("stepTitle", { step: step.id });
    const heading = step.id === "welcome" ? `── ${title} ──` : t.wizard("stepHeading", { number: counted.indexOf(step) + 1, total: counted.length, title });
    context.out(`\n${run.style.heading(heading)}\n`);
    await step.run(context);
  }
  session = store.finish(session.id, "completed");
  return session;
}

/**
 * The required answers that neither this run's answers nor (when resuming) the saved ones give, for
 * every step still to run — all of them, so that one message names everything to add. With a session
 * in progress and no `resume` answer, `resume` is missing, and so is what resuming would still need
 * (the likelier intent; `resume: false` needs every step's keys again).
 */
export function findMissingAnswers(
  answers: ReadonlyMap<string, JsonValue>,
  open: { readonly session: OnboardingSession; readonly isResuming: boolean | undefined } | undefined,
  steps: readonly WizardStep[] = WIZARD_STEPS,
): string[] {
  const isResuming = open !== undefined && open.isResuming !== false;
  const saved = isResuming ? open.session.answers : {};
  const lookup = (key: string): JsonValue | undefined => (answers.has(key) ? answers.get(key) : saved[key]);
  const firstIndex = isResuming ? Math.max(0, steps.findIndex((step) => step.id === open.session.step)) : 0;
  const missing = [...(open !== undefined && open.isResuming === undefined ? ["resume"] : []), ...steps.slice(firstIndex).flatMap((step) => missingKeysOf(step.id, lookup))];
  return [...new Set(missing)];
}

function createContext(run: WizardRun, store: OnboardingStore, current: () => OnboardingSession, update: (session: OnboardingSession) => void): WizardContext {
  const { io, t, answers, prompter } = run;
  const isInteractive = prompter !== undefined;
  const known = (key: string): JsonValue | undefined => (answers.has(key) ? answers.get(key) : current().answers[key]);
  const save = (key: string, value: JsonValue): void => {
    if (JSON.stringify(current().answers[key]) !== JSON.stringify(value)) update(store.saveAnswer(current().id, key, value));
  };

  const parserOf = (question: Question): ((raw: unknown) => Parsed) => {
    if (question.parse !== undefined) return question.parse;
    const definition = findAnswerKey(question.key);
    if (definition === undefined) throw new Error(`no rule for the answers key ${question.key}`);
    return (raw) => definition.parse(raw, { base: io.cwd });
  };

  const prompt = async (question: Question): Promise<JsonValue> => {
    if (prompter === undefined) throw new Error("prompt without a terminal");
    const parse = parserOf(question);
    switch (question.kind) {
      case "confirm": {
        const raw = await prompter.confirm({ key: question.key, message: question.message, default: typeof question.default === "boolean" ? question.default : undefined });
        return expectValid(parse(raw), question.key);
      }
      case "select": {
        const raw = await prompter.select({
          key: question.key,
          message: question.message,
          choices: question.choices ?? [],
          default: typeof question.default === "string" ? question.default : undefined,
        });
        return expectValid(parse(raw), question.key);
      }
      default: {
        const validate = (text: string) => {
          const parsed = parse(text);
          return parsed.isValid ? true : renderProblem(parsed.problem, t, question.label ?? question.key);
        };
        const raw = await prompter.input({ key: question.key, message: question.message, default: typeof question.default === "string" ? question.default : undefined, validate });
        return expectValid(parse(raw), question.key);
      }
    }
  };

  return {
    io,
    t,
    style: run.style,
    deps: run.deps,
    databasePath: run.deps.database.path,
    isInteractive,
    cwd: io.cwd,
    answersPath: run.answersPath,
    now: run.deps.now,
    session: current,
    out: (text) => io.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    note: (text) => io.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    known,
    isFromFile: (key) => answers.has(key),
    answerKeys: () => [...answers.keys()],
    save,
    forget(keys) {
      if (keys.some((key) => key in current().answers)) update(store.forgetAnswers(current().id, keys));
    },
    saveResults(results) {
      update(store.saveResults(current().id, results));
    },
    async merchant(): Promise<Merchant> {
      const id = current().results.merchantId;
      const merchant = typeof id === "number" ? await getMerchant(run.deps, id) : undefined;
      if (merchant === undefined) throw new EprovenceError("merchant-not-found", { ref: String(id ?? "") });
      return merchant;
    },
    setMerchant(id) {
      update(store.saveResults(current().id, { merchantId: id }));
      update(store.advance(current().id, current().step, id));
    },
    async ask(question) {
      if (question.isFresh === true && isInteractive) {
        const value = await prompt(question);
        if (question.isSaved !== false) save(question.key, value);
        return value;
      }
      if (answers.has(question.key)) {
        const value = answers.get(question.key) ?? null;
        // Checked once by the key's rule; a question's own rule may know more (a correction is checked
        // against its row): the answers file is then refused by name, never asked about.
        const parsed = question.parse !== undefined && value !== null ? question.parse(value) : undefined;
        if (parsed !== undefined && !parsed.isValid) throw invalidAnswer(question.key, parsed.problem, run.answersPath ?? "", t);
        if (question.isSaved !== false) save(question.key, value);
        return value;
      }
      const saved = current().answers[question.key];
      if (saved !== undefined && question.isFresh !== true) return saved;
      if (!isInteractive || question.isPrompted === false) {
        const fallback = findAnswerKey(question.key);
        if (fallback !== undefined && !fallback.isRequired) return fallback.fallback;
        throw new EprovenceError("missing-answers", { keys: question.key, path: run.answersPath ?? "" });
      }
      const value = await prompt(question);
      if (question.isSaved !== false) save(question.key, value);
      return value;
    },
  };
}

function expectValid(parsed: Parsed, key: string): JsonValue {
  // The prompt's own validation already refused anything else: this is a programming error.
  if (!parsed.isValid) throw new Error(`the answer to ${key} passed the prompt but not its rule (${parsed.problem.code})`);
  return parsed.value;
}
