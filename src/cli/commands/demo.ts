import { DEMO_FOLDER, prepareDemo } from "../../app/demo.js";
import type { JsonValue } from "../../app/onboarding.js";
import { createCommandDeps } from "../deps.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";
import { checkAnswers, readAnswersFile } from "../wizard/answers-file.js";
import { runWizard } from "../wizard/runner.js";

/**
 * `eprovence demo`: the whole wizard, never asking anything, on the bundled sample data, into a fresh
 * temporary folder (database, export, dossier, corrected rows). The same steps and the same code as
 * `onboard --answers`: the demo is an answers file that happens to be complete. Prints each step's
 * result, then where everything was written. Ignores --db: it never touches the user's database.
 */
export async function runDemo(context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const demo = prepareDemo();
  io.stderr.write(`${t.wizard("demoIntro", { folder: demo.folder })}\n`);
  const deps = createCommandDeps(io, t, context.toolVersion, demo.databasePath);
  try {
    const rest = await readAnswersFile(deps, demo.answersPath);
    const company = checkAnswers(new Map(Object.entries(demo.profile).map(([key, value]) => [`company.${key}`, value])), { base: DEMO_FOLDER, path: "profile.json" }, t);
    const answers = new Map<string, JsonValue>([...company, ...rest.answers, ["export.out", demo.exportPath], ["dossier.out", demo.dossierPath]]);
    await runWizard({ io, t, style: createTextStyle(io.isStdoutTTY, io.env), deps, prompter: undefined, answers, answersPath: "fixtures/demo/answers.yaml" });
  } finally {
    deps.database.close();
  }
  io.stdout.write(`\n${t.wizard("demoDone", { folder: demo.folder, database: demo.databasePath, exported: demo.exportPath, dossier: demo.dossierPath })}\n`);
  return "ok";
}
