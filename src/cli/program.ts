import { Command, Option } from "commander";
import type { AppDeps, DatabaseAccess } from "../app/deps.js";
import { COST_INPUT_NAMES, COST_INPUTS, flagOf } from "../domain/costs/inputs.js";
import { EprovenceError } from "../domain/errors.js";
import { toSystemFailure } from "../domain/system-failures.js";
import type { Translator } from "../domain/messages/index.js";
import { writeJsonFailure } from "../io/reports/json-failure.js";
import { translatedHelp } from "./commander-text.js";
import type { Io } from "./io.js";
import type { Outcome } from "./outcome.js";
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
  /** The use cases' deps (made on first use; `main` closes their database when the command is done). */
  readonly deps: () => AppDeps;
  /** The run's database once a use case was given it: a SQLite failure names it. */
  readonly database: () => DatabaseAccess | undefined;
}

/**
 * A fresh commander program per run (tests run many in one process). Each action loads its command
 * module on demand, so `validate` never pays for the wizard or SQLite.
 */
export function createProgram(context: CommandContext, setOutcome: (outcome: Outcome) => void): Command {
  const { t, io } = context;
  /**
   * Runs a command's job; with `--format json`, a failure also prints one JSON object on stdout
   * (`failureContext` adds what that command's consumers expect, e.g. `validate`'s file), then goes
   * on to `main`, which says it on stderr and exits 2.
   */
  const run = async (options: Record<string, unknown>, job: () => Promise<Outcome>, failureContext: Readonly<Record<string, unknown>> = {}): Promise<void> => {
    try {
      setOutcome(await job());
    } catch (caught) {
      // What the store or the file system said and no use case mapped, in the words of the one mapping.
      const error = toSystemFailure(caught, context.database()) ?? caught;
      if (options.format === "json" && error instanceof EprovenceError) io.stdout.write(writeJsonFailure(error, t, failureContext));
      throw error;
    }
  };
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
    .configureHelp(translatedHelp(t))
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // commander's sentence is English: `main` says the usage error in the user's language
      outputError: () => undefined,
    })
    .showSuggestionAfterError();

  program
    .command("onboard")
    .description(t.help("onboard"))
    .option("--answers <file>", t.help("onboardAnswers"))
    .action(async (options: Record<string, unknown>) => {
      // The wizard (and Inquirer, on the first question) is loaded only here: `validate` never pays for it.
      const { runOnboard } = await import("./commands/onboard.js");
      await run(options, () => runOnboard(options, context));
    });

  program
    .command("demo")
    .description(t.help("demo"))
    .action(async () => {
      const { runDemo } = await import("./commands/demo.js");
      await run({}, () => runDemo(context));
    });

  /** The reading and rule options `validate` and `import` share (parsed by parseReadingFlags). */
  const withReadingOptions = (command: Command): Command =>
    command
      .addOption(new Option("--format <format>", t.help("format")).default("pretty"))
      .option("--max-errors <n>", t.help("maxErrors"))
      .option("--encoding <name>", t.help("encoding"))
      .option("--delimiter <char>", t.help("delimiter"))
      .option("--sheet <name|number>", t.help("sheet"))
      .option("--images <dir>", t.help("images"))
      .option("--map <mapping>", t.help("map"), (value: string, previous: string[]) => [...previous, value], [] as string[])
      .option("--min-shelf-life <months>", t.help("minShelfLife"))
      .option("--eur-cny <rate>", t.help("eurCny"))
      .option("--config <path>", t.help("config"))
      .option("--no-config", t.help("noConfig"));

  withReadingOptions(program.command("validate").description(t.help("validate")).argument("<paths...>", t.help("validateFile")))
    .option("--strict", t.help("strict"))
    .option("--positive-list <file>", t.help("validatePositiveList"))
    .option("--positive-list-edition <date>", t.help("positiveListEdition"))
    .option("--positive-list-source <text>", t.help("positiveListSource"))
    .action(async (paths: string[], options: Record<string, unknown>) => {
      const { runValidate } = await import("./commands/validate.js");
      await run(options, () => runValidate(paths, options, context), paths.length === 1 ? { file: paths[0], valid: false } : { valid: false });
    });

  withReadingOptions(program.command("import").description(t.help("import")).argument("[paths...]", t.help("importPaths")))
    .option("--merchant <ref>", t.help("merchantRef"))
    .option("--batch <manifest>", t.help("batch"))
    .option("--mode <mode>", t.help("mode"), "upsert")
    .option("--dry-run", t.help("dryRun"))
    .option("--rejects <path>", t.help("rejects"))
    .action(async (paths: string[], options: Record<string, unknown>) => {
      const { runImport } = await import("./commands/import.js");
      await run(options, () => runImport(paths, options, context));
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
      await run(options, () => runEligibility(options, context));
    });

  program
    .command("export")
    .description(t.help("export"))
    .option("--merchant <ref>", t.help("merchantRef"))
    .addOption(new Option("--all", t.help("exportAll")).conflicts("merchant"))
    .option("--channel <channel>", t.help("exportChannel"))
    .option("--out <dir>", t.help("exportOut"))
    .option("--check", t.help("exportCheck"))
    .option("--min-completeness <n>", t.help("exportMinCompleteness"))
    .option("--allow-partial", t.help("exportAllowPartial"))
    .option("--require-reviewed-names", t.help("exportRequireReviewedNames"))
    .option("--force", t.help("exportForce"))
    .option("--config <path>", t.help("config"))
    .option("--no-config", t.help("noConfig"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (options: Record<string, unknown>) => {
      const { runExport } = await import("./commands/export.js");
      await run(options, () => runExport(options, context));
    });

  program
    .command("dossier")
    .description(t.help("dossier"))
    .option("--merchant <ref>", t.help("merchantRef"))
    .addOption(new Option("--all", t.help("dossierAll")).conflicts("merchant"))
    .option("--out <file>", t.help("dossierOut"))
    .option("--force", t.help("dossierForce"))
    .addOption(new Option("--format <format>", t.help("dossierFormat")).default("pretty"))
    .action(async (options: Record<string, unknown>) => {
      const { runDossier } = await import("./commands/dossier.js");
      await run(options, () => runDossier(options, context));
    });

  program
    .command("portfolio")
    .description(t.help("portfolio"))
    .option("--verdict <status>", t.help("portfolioVerdictFilter"))
    .option("--below <n>", t.help("portfolioBelow"))
    .option("--search <text>", t.help("portfolioSearch"))
    .option("--sort <order>", t.help("portfolioSort"), "name")
    .option("--out <file>", t.help("portfolioOut"))
    .option("--force", t.help("portfolioForce"))
    .addOption(new Option("--format <format>", t.help("portfolioFormat")).default("pretty"))
    .action(async (options: Record<string, unknown>) => {
      const { runPortfolio } = await import("./commands/portfolio.js");
      await run(options, () => runPortfolio(options, context));
    });

  const imports = program.command("imports").description(t.help("imports"));
  imports
    .command("list")
    .description(t.help("importsList"))
    .option("--merchant <ref>", t.help("merchantRef"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (options: Record<string, unknown>) => {
      const { runImportsList } = await import("./commands/imports.js");
      await run(options, () => runImportsList(options, context));
    });
  imports
    .command("show")
    .description(t.help("importsShow"))
    .argument("<id>", t.help("importId"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (id: string, options: Record<string, unknown>) => {
      const { runImportsShow } = await import("./commands/imports.js");
      await run(options, () => runImportsShow(id, options, context));
    });

  const data = program.command("data").description(t.help("data"));
  const positiveList = data.command("positive-list").description(t.help("dataPositiveList"));
  positiveList
    .command("import")
    .description(t.help("positiveListImport"))
    .argument("<file>", t.help("positiveListFile"))
    .requiredOption("--edition <date>", t.help("positiveListEdition"))
    .requiredOption("--source <text>", t.help("positiveListSource"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runPositiveListImport } = await import("./commands/data.js");
      await run(options, () => runPositiveListImport(file, options, context));
    });
  positiveList
    .command("show")
    .description(t.help("positiveListShow"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (options: Record<string, unknown>) => {
      const { runPositiveListShow } = await import("./commands/data.js");
      await run(options, () => runPositiveListShow(options, context));
    });

  const names = program.command("names").description(t.help("names"));
  names
    .command("list")
    .description(t.help("namesList"))
    .option("--merchant <ref>", t.help("merchantRef"))
    .option("--status <statuses>", t.help("namesStatus"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (options: Record<string, unknown>) => {
      const { runNamesList } = await import("./commands/names.js");
      await run(options, () => runNamesList(options, context));
    });

  names
    .command("draft")
    .description(t.help("namesDraft"))
    .option("--merchant <ref>", t.help("merchantRef"))
    .option("--sku <sku>", t.help("namesDraftSku"), (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option("--all", t.help("namesDraftAll"))
    .option("--dry-run", t.help("dryRun"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (options: Record<string, unknown>) => {
      const { runNamesDraft } = await import("./commands/names.js");
      await run(options, () => runNamesDraft(options, context));
    });
  names
    .command("sheet")
    .description(t.help("namesSheet"))
    .option("--merchant <ref>", t.help("merchantRef"))
    .option("--out <file>", t.help("namesSheetOut"))
    .option("--status <statuses>", t.help("namesSheetStatus"))
    .option("--force", t.help("namesSheetForce"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (options: Record<string, unknown>) => {
      const { runNamesSheet } = await import("./commands/names.js");
      await run(options, () => runNamesSheet(options, context));
    });
  names
    .command("apply")
    .description(t.help("namesApply"))
    .argument("<file>", t.help("namesApplyFile"))
    .option("--merchant <ref>", t.help("merchantRef"))
    .option("--partial", t.help("namesApplyPartial"))
    .option("--dry-run", t.help("dryRun"))
    .addOption(new Option("--format <format>", t.help("formatPrettyJson")).default("pretty"))
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runNamesApply } = await import("./commands/names.js");
      await run(options, () => runNamesApply(file, options, context));
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
      await run(options, () => runCosts(options, context));
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
      await run(options, () => runMerchantAdd(options, context));
    });
  merchant
    .command("list")
    .description(t.help("merchantList"))
    .addOption(merchantFormat())
    .action(async (options: Record<string, unknown>) => {
      const { runMerchantList } = await import("./commands/merchant.js");
      await run(options, () => runMerchantList(options, context));
    });
  merchant
    .command("show")
    .description(t.help("merchantShow"))
    .argument("<ref>", t.help("merchantRefArg"))
    .addOption(merchantFormat())
    .action(async (ref: string, options: Record<string, unknown>) => {
      const { runMerchantShow } = await import("./commands/merchant.js");
      await run(options, () => runMerchantShow(ref, options, context));
    });
  merchant
    .command("import")
    .description(t.help("merchantImport"))
    .argument("<file>", t.help("merchantImportFile"))
    .option("--mode <mode>", t.help("merchantImportMode"), "upsert")
    .option("--dry-run", t.help("dryRun"))
    .option("--rejects <path>", t.help("merchantImportRejects"))
    .addOption(merchantFormat())
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runMerchantImport } = await import("./commands/merchant.js");
      await run(options, () => runMerchantImport(file, options, context));
    });
  withProfileOptions(merchant.command("update").description(t.help("merchantUpdate")).argument("<ref>", t.help("merchantRefArg")))
    .addOption(merchantFormat())
    .action(async (ref: string, options: Record<string, unknown>) => {
      const { runMerchantUpdate } = await import("./commands/merchant.js");
      await run(options, () => runMerchantUpdate(ref, options, context));
    });

  return program;
}
