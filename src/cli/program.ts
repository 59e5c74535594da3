import { Command, Option } from "commander";
import type { Translator } from "../domain/messages/index.js";
import type { ExitCode } from "./errors.js";
import type { Io } from "./io.js";
import { defaultDatabasePath } from "./settings.js";

export interface GlobalOptions {
  readonly db?: string;
  readonly lang?: string;
  readonly input: boolean;
  readonly quiet?: boolean;
  readonly verbose?: boolean;
}

export interface CommandContext {
  readonly io: Io;
  readonly t: Translator;
  readonly toolVersion: string;
  readonly globals: () => GlobalOptions;
}

export const REPORT_FORMATS = ["pretty", "json", "junit", "github", "sarif"] as const;

/**
 * A fresh commander program per run (tests run many in one process). Each action loads its command
 * module on demand, so `validate` never pays for the wizard or SQLite.
 */
export function createProgram(context: CommandContext, setExitCode: (code: ExitCode) => void): Command {
  const { t, io } = context;
  const program = new Command("eprovence")
    .description(t.help("program"))
    .version(context.toolVersion, "-V, --version", t.help("version"))
    .helpOption("-h, --help", t.help("helpOption"))
    .helpCommand("help [command]", t.help("helpCommand"))
    .option("--db <path>", t.help("db", defaultDatabasePath(io.env)))
    .option("--lang <lang>", t.help("lang"))
    .option("--no-input", t.help("noInput"))
    .option("--quiet", t.help("quiet"))
    .option("--verbose", t.help("verbose"))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showSuggestionAfterError();

  program
    .command("onboard")
    .description(t.help("onboard"))
    .action(() => {
      // The wizard is a later issue; until then `npm start` shows what the tool can already do.
      io.stderr.write(`${t.ui("commandsSoon")}\n\n`);
      program.outputHelp();
      setExitCode(0);
    });

  program
    .command("validate")
    .description(t.help("validate"))
    .argument("<file>", t.help("validateFile"))
    .addOption(new Option("--format <format>", t.help("format")).default("pretty"))
    .option("--max-errors <n>", t.help("maxErrors"), "1000")
    .option("--strict", t.help("strict"))
    .option("--encoding <name>", t.help("encoding"))
    .option("--delimiter <char>", t.help("delimiter"))
    .option("--map <mapping>", t.help("map"), (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option("--min-shelf-life <months>", t.help("minShelfLife"))
    .option("--eur-cny <rate>", t.help("eurCny"))
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runValidate } = await import("./commands/validate.js");
      setExitCode(await runValidate(file, options, context));
    });

  return program;
}
