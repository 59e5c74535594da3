import { Command, Option } from "commander";
import { COST_INPUT_NAMES, COST_INPUTS, flagOf } from "../domain/costs/inputs.js";
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
    .option("--answers <file>", t.help("onboardAnswers"))
    .action(async (options: Record<string, unknown>) => {
      // The wizard (and Inquirer, on the first question) is loaded only here: `validate` never pays for it.
      const { runOnboard } = await import("./commands/onboard.js");
      setExitCode(await runOnboard(options, context));
    });

  program
    .command("demo")
    .description(t.help("demo"))
    .action(async () => {
      const { runDemo } = await import("./commands/demo.js");
      setExitCode(await runDemo(context));
    });

  /** The reading and rule options `validate` and `import` share (parsed by parseValidateFlags). */
  const withReadingOptions = (command: Command): Command =>
    command
      .addOption(new Option("--format <format>", t.help("format")).default("pretty"))
      .option("--max-errors <n>", t.help("maxErrors"), "1000")
      .option("--encoding <name>", t.help("encoding"))
      .option("--delimiter <char>", t.help("delimiter"))
      .option("--map <mapping>", t.help("map"), (value: string, previous: string[]) => [...previous, value], [] as string[])
      .option("--min-shelf-life <months>", t.help("minShelfLife"))
      .option("--eur-cny <rate>", t.help("eurCny"));

  withReadingOptions(program.command("validate").description(t.help("validate")).argument("<file>", t.help("validateFile")))
    .option("--strict", t.help("strict"))
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runValidate } = await import("./commands/validate.js");
      setExitCode(await runValidate(file, options, context));
    });

  withReadingOptions(program.command("import").description(t.help("import")).argument("[paths...]", t.help("importPaths")))
    .option("--merchant <ref>", t.help("merchantRef"))
    .option("--batch <manifest>", t.help("batch"))
    .option("--mode <mode>", t.help("mode"), "upsert")
    .option("--dry-run", t.help("dryRun"))
    .option("--rejects <path>", t.help("rejects"))
    .action(async (paths: string[], options: Record<string, unknown>) => {
      const { runImport } = await import("./commands/import.js");
      setExitCode(await runImport(paths, options, context));
    });

  program
    .command("eligibility")
    .description(t.help("eligibility"))
    .option("--merchant <ref>", t.help("merchantRef"))
    .option("--profile <file>", t.help("profile"))
    .option("--catalogue <file>", t.help("catalogue"))
    .option("--gate", t.help("gate"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (options: Record<string, unknown>) => {
      const { runEligibility } = await import("./commands/eligibility.js");
      setExitCode(await runEligibility(options, context));
    });

  program
    .command("export")
    .description(t.help("export"))
    .option("--merchant <ref>", t.help("merchantRef"))
    .option("--channel <channel>", t.help("exportChannel"), "tmall-global")
    .option("--out <dir>", t.help("exportOut"))
    .option("--check", t.help("exportCheck"))
    .option("--min-completeness <n>", t.help("exportMinCompleteness"))
    .option("--allow-partial", t.help("exportAllowPartial"))
    .option("--force", t.help("exportForce"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (options: Record<string, unknown>) => {
      const { runExport } = await import("./commands/export.js");
      setExitCode(await runExport(options, context));
    });

  program
    .command("dossier")
    .description(t.help("dossier"))
    .option("--merchant <ref>", t.help("merchantRef"))
    .option("--out <file>", t.help("dossierOut"))
    .option("--force", t.help("dossierForce"))
    .action(async (options: Record<string, unknown>) => {
      const { runDossier } = await import("./commands/dossier.js");
      setExitCode(await runDossier(options, context));
    });

  const imports = program.command("imports").description(t.help("imports"));
  imports
    .command("list")
    .description(t.help("importsList"))
    .option("--merchant <ref>", t.help("merchantRef"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (options: Record<string, unknown>) => {
      const { runImportsList } = await import("./commands/imports.js");
      setExitCode(await runImportsList(options, context));
    });
  imports
    .command("show")
    .description(t.help("importsShow"))
    .argument("<id>", t.help("importId"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (id: string, options: Record<string, unknown>) => {
      const { runImportsShow } = await import("./commands/imports.js");
      setExitCode(await runImportsShow(id, options, context));
    });

  const costs = program
    .command("costs")
    .description(t.help("costs"))
    .option("--preset <names>", t.help("costsPreset"), (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option("--scenario <file>", t.help("costsScenario"));
  // One flag per cost input, named after it (`shopAnnualFee` ↔ `--shop-annual-fee`, also its scenario key).
  for (const name of COST_INPUT_NAMES) costs.option(`${flagOf(name)} <${COST_INPUTS[name].kind === "money" ? "amount" : "value"}>`, t.help(name));
  costs
    .option("--merchant <ref>", t.help("costsMerchant"))
    .option("--explain", t.help("costsExplain"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (options: Record<string, unknown>) => {
      const { runCosts } = await import("./commands/costs.js");
      setExitCode(await runCosts(options, context));
    });

  const merchant = program.command("merchant").description(t.help("merchantCommand"));
  /** Every profile field as a flag (kebab-case of the --from file's camelCase keys). */
  const withProfileOptions = (command: Command): Command =>
    command
      .option("--from <file>", t.help("merchantFrom"))
      .option("--legal-name <name>", t.help("profileLegalName"))
      .option("--siret <siret>", t.help("profileSiret"))
      .option("--siren <siren>", t.help("profileSiren"))
      .option("--postcode <postcode>", t.help("profilePostcode"))
      .option("--headcount <staff>", t.help("profileHeadcount"))
      .option("--turnover-eur <euros>", t.help("profileTurnoverEur"))
      .option("--balance-sheet-eur <euros>", t.help("profileBalanceSheetEur"))
      .option("--independent <yes|no>", t.help("profileIndependent"))
      // No default list: commander would print "(default: [])" in the help.
      .option("--brand <name>", t.help("profileBrand"), (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
      .option("--brands <list>", t.help("profileBrands"))
      .option("--trademark <status>", t.help("profileTrademark"))
      .option("--contact-name <name>", t.help("profileContactName"))
      .option("--contact-email <email>", t.help("profileContactEmail"))
      .option("--contact-phone <phone>", t.help("profileContactPhone"));
  const merchantFormat = () => new Option("--format <format>", t.help("merchantFormat")).default("pretty");
  withProfileOptions(merchant.command("add").description(t.help("merchantAdd")))
    .addOption(merchantFormat())
    .action(async (options: Record<string, unknown>) => {
      const { runMerchantAdd } = await import("./commands/merchant.js");
      setExitCode(await runMerchantAdd(options, context));
    });
  merchant
    .command("list")
    .description(t.help("merchantList"))
    .addOption(merchantFormat())
    .action(async (options: Record<string, unknown>) => {
      const { runMerchantList } = await import("./commands/merchant.js");
      setExitCode(await runMerchantList(options, context));
    });
  merchant
    .command("show")
    .description(t.help("merchantShow"))
    .argument("<ref>", t.help("merchantRefArg"))
    .addOption(merchantFormat())
    .action(async (ref: string, options: Record<string, unknown>) => {
      const { runMerchantShow } = await import("./commands/merchant.js");
      setExitCode(await runMerchantShow(ref, options, context));
    });
  withProfileOptions(merchant.command("update").description(t.help("merchantUpdate")).argument("<ref>", t.help("merchantRefArg")))
    .addOption(merchantFormat())
    .action(async (ref: string, options: Record<string, unknown>) => {
      const { runMerchantUpdate } = await import("./commands/merchant.js");
      setExitCode(await runMerchantUpdate(ref, options, context));
    });

  return program;
}
