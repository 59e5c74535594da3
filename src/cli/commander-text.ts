import { Help, type Argument, type Command, type CommanderError, type HelpConfiguration, type Option } from "commander";
import type { Translator } from "../domain/messages/index.js";
import type { HelpKey, UiKey } from "../domain/messages/catalogue.js";

/** commander writes its headings in English; each one's words in the catalogues. */
const HEADINGS: Readonly<Record<string, HelpKey>> = {
  "Usage:": "helpUsage",
  "Options:": "helpOptions",
  "Commands:": "helpCommands",
  "Arguments:": "helpArguments",
  "Global Options:": "helpGlobalOptions",
};

/** `<path>`, `[paths...]`, `[options]`: the names of values, in the user's language. */
function withPlaceholders(text: string, t: Translator): string {
  return text.replace(/([<[])([a-z|]+)((?:\.\.\.)?[>\]])/g, (_whole, open: string, name: string, close: string) => `${open}${t.placeholder(name)}${close}`);
}

/** `--help` in the user's language: commander's headings, value names, and the default an option takes. */
export function translatedHelp(t: Translator): HelpConfiguration {
  const english = new Help();
  return {
    optionTerm: (option: Option) => withPlaceholders(english.optionTerm(option), t),
    argumentTerm: (argument: Argument) => english.argumentTerm(argument).replace(/^[a-z|]+/, (name) => t.placeholder(name)),
    subcommandTerm: (command: Command) => withPlaceholders(english.subcommandTerm(command), t),
    commandUsage: (command: Command) => withPlaceholders(english.commandUsage(command), t),
    styleTitle: (title) => {
      const key = HEADINGS[title];
      return key === undefined ? title : t.help(key);
    },
    optionDescription: (option: Option) => {
      const value: unknown = option.defaultValue;
      // As commander: a default is worth saying for an option that takes a value (an empty list is none).
      const isShown = value !== undefined && (option.required || option.optional) && !(Array.isArray(value) && value.length === 0);
      return isShown ? `${option.description} (${t.help("helpDefault", option.defaultValueDescription ?? String(value))})` : option.description;
    },
  };
}

/** commander's usage errors by code: the message, with the names commander quotes in its own text. */
const USAGE_ERRORS: Readonly<Record<string, { readonly key: UiKey; readonly names: readonly string[] }>> = {
  "commander.unknownOption": { key: "usageUnknownOption", names: ["option"] },
  "commander.unknownCommand": { key: "usageUnknownCommand", names: ["command"] },
  "commander.missingArgument": { key: "usageMissingArgument", names: ["argument"] },
  "commander.optionMissingArgument": { key: "usageOptionMissingArgument", names: ["option"] },
  "commander.missingMandatoryOptionValue": { key: "usageMissingMandatoryOption", names: ["option"] },
  "commander.invalidArgument": { key: "usageInvalidArgument", names: ["option", "value"] },
  "commander.conflictingOption": { key: "usageConflictingOption", names: ["option", "other"] },
};

/**
 * What was wrong with the command line, in the user's language. commander's own sentence is English;
 * the names it quotes (`'--bogus'`, `'<file>'`) are the user's or ours, so they are taken from it.
 */
export function usageDetail(error: CommanderError, t: Translator): string {
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((match) => withPlaceholders(match[1] ?? "", t));
  const suggestion = error.message.match(/Did you mean (.+?)\?/)?.[1];
  const then = suggestion === undefined ? "" : ` ${t.ui("usageSuggestion", { suggestion })}`;
  if (error.code === "commander.excessArguments") {
    const [expected = "", actual = ""] = error.message.match(/Expected (\d+) arguments? but got (\d+)/)?.slice(1) ?? [];
    return t.ui("usageExcessArguments", { expected, actual });
  }
  const known = USAGE_ERRORS[error.code];
  if (known === undefined) return error.message.replace(/^error: /, "");
  const params = Object.fromEntries(known.names.map((name, index) => [name, quoted[index] ?? ""]));
  // commander quotes a missing argument by its bare name (`'file'`): shown as `--help` shows it
  if (error.code === "commander.missingArgument") params.argument = `<${t.placeholder(error.message.match(/'([^']*)'/)?.[1] ?? "")}>`;
  return `${t.ui(known.key, params)}${then}`;
}
