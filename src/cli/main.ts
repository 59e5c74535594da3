import { CommanderError } from "commander";
import { EprovenceError } from "../domain/errors.js";
import { toSystemFailure } from "../domain/system-failures.js";
import { loadTranslator } from "../domain/messages/load.js";
import type { Translator } from "../domain/messages/translator.js";
import type { AppDeps, DatabaseAccess } from "../app/deps.js";
import { usageDetail } from "./commander-text.js";
import { createCommandDeps } from "./deps.js";
import { EXIT, EXIT_OF_OUTCOME, type ExitCode } from "./errors.js";
import { processIo, type Io } from "./io.js";
import { createProgram, type GlobalOptions } from "./program.js";
import { isPromptCancelled } from "./prompter.js";
import { resolveLanguage } from "./settings.js";
import { readToolVersion } from "./version.js";

/**
 * Runs one command line and returns its exit code. The ONLY place that maps outcomes and failures to
 * exit codes: commands return an outcome or throw; nothing else exits.
 */
export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  const language = resolveLanguage(findFlag(argv, "--lang"), io.env);
  const t = await loadTranslator(language ?? "fr");
  const isVerbose = argv.includes("--verbose");
  if (language === undefined) {
    return fail(new EprovenceError("invalid-option", { option: "--lang", value: findFlag(argv, "--lang") ?? "", expected: "fr, en" }), t, io, isVerbose);
  }
  let exitCode: ExitCode = EXIT.ok;
  const toolVersion = readToolVersion();
  let deps: AppDeps | undefined;
  const program = createProgram(
    { io, t, toolVersion, globals: () => program.opts<GlobalOptions>(), deps: () => (deps ??= createCommandDeps(io, t, toolVersion, program.opts<GlobalOptions>().db)), database: () => deps?.database },
    (outcome) => {
      exitCode = EXIT_OF_OUTCOME[outcome];
    },
  );
  try {
    // Commander answers `eprovence unknown --help` with the general help and exit 0; a script asking
    // whether a command exists must get "no" (exit 2).
    const command = findCommandName(argv);
    const known = program.commands.flatMap((candidate) => [candidate.name(), ...candidate.aliases()]);
    if (command !== undefined && command !== "help" && !known.includes(command)) {
      throw new EprovenceError("unknown-command", { command, commands: known.join(", ") });
    }
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return fail(error, t, io, isVerbose, deps?.database);
  } finally {
    deps?.database.close();
  }
}

function fail(error: unknown, t: Translator, io: Io, isVerbose: boolean, database?: DatabaseAccess): ExitCode {
  if (error instanceof CommanderError) {
    // Help and version are successes; every other commander error is a usage error.
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") {
      return EXIT.ok;
    }
    io.stderr.write(`${t.ui("errorPrefix")} ${t.message("usage", { detail: usageDetail(error, t) })}\n${t.hint("usage")}\n`);
    return EXIT.failed;
  }
  if (isPromptCancelled(error)) {
    // Ctrl-C at a question (Inquirer's ExitPromptError): every answer given so far is already saved.
    io.stderr.write(`\n${t.wizard("interrupted")}\n`);
    return EXIT.cancelled;
  }
  // A database or file-system error no use case mapped still reads as the one mapping words it.
  const failure = toSystemFailure(error, database);
  if (failure !== undefined) {
    io.stderr.write(`${t.ui("errorPrefix")} ${t.message(failure.code, failure.params)}\n${t.hint(failure.code, failure.params)}\n`);
    if (isVerbose && failure !== error && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.failed;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr.write(`${t.ui("unexpected", { detail })}\n`);
  if (isVerbose && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT.failed;
}

/** Global options that take a value: their value is not the command name. */
const GLOBAL_OPTIONS_WITH_VALUE = new Set(["--db", "--lang"]);

function findCommandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (GLOBAL_OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith("-")) return arg;
  }
  return undefined;
}

/** The value of `--flag value` or `--flag=value`, read before commander so help is in the right language. */
function findFlag(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") return undefined;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

/** Entry point for bin/eprovence.js. */
export async function run(argv: readonly string[]): Promise<ExitCode> {
  const io = processIo();
  // A closed pipe (`eprovence validate … | head`) is not an error of ours.
  io.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  return main(argv, io);
}
