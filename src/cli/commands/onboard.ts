import { existsSync } from "node:fs";
import { EprovenceError } from "../../domain/errors.js";
import type { JsonValue } from "../../app/onboarding.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";
import { createInquirerPrompter } from "../prompter.js";
import { createTextStyle } from "../style.js";
import { readAnswersFile } from "../wizard/answers-file.js";
import { findMissingAnswers, runWizard } from "../wizard/runner.js";

/**
 * `eprovence onboard [--answers answers.json|yaml]`: the wizard. It asks at a terminal (stdin and
 * stderr both terminals, and no --no-input); otherwise it never asks: the answers file must hold every
 * required answer, and a missing one is exit 2 naming ALL the missing keys. Without a terminal and
 * without an answers file (`npm start` in a pipe), exit 2 with how to run it. "ok" when the wizard
 * reached its end, whatever the verdict (the summary says what is missing); Ctrl-C → 130 (main).
 */
export async function runOnboard(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const isInteractive = context.globals().input !== false && io.isStdinTTY && io.isStderrTTY;
  const answersPath = typeof options.answers === "string" ? options.answers : undefined;
  if (!isInteractive && answersPath === undefined) throw new EprovenceError("onboard-no-terminal", {});
  const deps = context.deps();
  // Every key and value is checked before anything is opened or written.
  const answers: ReadonlyMap<string, JsonValue> = answersPath === undefined ? new Map() : (await readAnswersFile(deps, answersPath)).answers;
  // No database yet, hence no session to resume: missing answers are refused before the file is created.
  if (!isInteractive && !existsSync(deps.database.path)) {
    const missing = findMissingAnswers(answers, undefined);
    if (missing.length > 0) throw new EprovenceError("missing-answers", { keys: missing.join(", "), path: answersPath ?? "" });
  }
  await runWizard({
    io,
    t,
    style: createTextStyle(io.isStdoutTTY, io.env),
    deps,
    prompter: isInteractive ? createInquirerPrompter(io, t.language) : undefined,
    answers,
    answersPath,
  });
  return "ok";
}
