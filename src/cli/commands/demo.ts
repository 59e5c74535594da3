import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JsonValue } from "../../store/onboarding.js";
import { DEMO_FOLDER } from "../demo-data.js";
import { EXIT, type ExitCode } from "../errors.js";
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
export async function runDemo(context: CommandContext): Promise<ExitCode> {
  const { io, t } = context;
  const folder = mkdtempSync(join(tmpdir(), "eprovence-demo-"));
  const databasePath = join(folder, "eprovence.db");
  const exportPath = join(folder, "export-tmall");
  const dossierPath = join(folder, "dossier.html");
  io.stderr.write(`${t.wizard("demoIntro", { folder })}\n`);

  const rest = await readAnswersFile(join(DEMO_FOLDER, "answers.yaml"), io.cwd, io.stdin, t);
  const profile = JSON.parse(readFileSync(join(DEMO_FOLDER, "profile.json"), "utf8")) as Record<string, unknown>;
  const company = checkAnswers(new Map(Object.entries(profile).map(([key, value]) => [`company.${key}`, value])), { base: DEMO_FOLDER, path: "profile.json" }, t);
  const answers = new Map<string, JsonValue>([...company, ...rest.answers, ["export.out", exportPath], ["dossier.out", dossierPath]]);

  // The export and the dossier commands open the database by the global --db: point them at the demo's.
  const command: CommandContext = { ...context, globals: () => ({ ...context.globals(), db: databasePath }) };
  const { openDatabase } = await import("../../store/database.js");
  const db = openDatabase(databasePath);
  try {
    await runWizard({ io, t, style: createTextStyle(io.isStdoutTTY, io.env), command, db, databasePath, prompter: undefined, answers, answersPath: "fixtures/demo/answers.yaml" });
  } finally {
    db.close();
  }
  io.stdout.write(`\n${t.wizard("demoDone", { folder, database: databasePath, exported: exportPath, dossier: dossierPath })}\n`);
  return EXIT.ok;
}
