import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import type { Readable as ReadableStream } from "node:stream";
import type { Database } from "better-sqlite3";
import { createAppDeps, type AppDeps } from "../src/app/deps.js";
import { EprovenceError } from "../src/domain/errors.js";
import { createTranslator, type Language } from "../src/domain/messages/index.js";
import { PLAIN_STYLE } from "../src/io/reports/pretty.js";
import { openDatabase } from "../src/store/database.js";
import type { OnboardingSession } from "../src/store/onboarding.js";
import type { Io } from "../src/cli/io.js";
import { checkAnswers } from "../src/cli/wizard/answers-file.js";
import type { WizardStep } from "../src/cli/wizard/context.js";
import { runWizard } from "../src/cli/wizard/runner.js";
import { makeTempDir, toCsv } from "./helpers.js";
import { createScriptedPrompter, type ScriptedPrompter, type ScriptEntry } from "./scripted-prompter.js";

/**
 * The wizard in-process, on a real SQLite file in a temporary folder, with a scripted Prompter (or
 * none: no terminal) and answers given as an answers file would give them. Each run opens and closes
 * the database like a real `onboard` run, so that "run it again" means what it means for a user.
 */

export const NOW = new Date("2026-11-23T10:00:00.000Z");

export interface WizardRunResult {
  readonly session: OnboardingSession | undefined;
  readonly error: unknown;
  readonly stdout: string;
  readonly stderr: string;
  readonly prompter: ScriptedPrompter | undefined;
}

export interface RunOptions {
  /** The questions expected at the terminal; absent: no terminal at all. */
  readonly script?: readonly ScriptEntry[];
  /** Flat answers-file keys (`company.siret`); checked by the same rules as a file. */
  readonly answers?: Readonly<Record<string, unknown>>;
  readonly steps?: readonly WizardStep[];
  readonly language?: Language;
}

export interface WizardHarness {
  readonly dir: string;
  readonly databasePath: string;
  write(name: string, content: string | Buffer): string;
  run(options?: RunOptions): Promise<WizardRunResult>;
  /** A connection for assertions (closed by `close`). */
  query<T>(work: (db: Database) => T): T;
  remove(): void;
}

export function createWizardHarness(prefix = "eprovence-wizard-"): WizardHarness {
  const temp = makeTempDir(prefix);
  const databasePath = join(temp.dir, "data", "eprovence.db");
  return {
    dir: temp.dir,
    databasePath,
    write: (name, content) => temp.write(name, content),
    async run(options = {}) {
      const t = createTranslator(options.language ?? "fr");
      const stdout = collect();
      const stderr = collect();
      const isInteractive = options.script !== undefined;
      const io: Io = {
        stdout: stdout.stream,
        stderr: stderr.stream,
        stdin: Readable.from([]),
        isStdoutTTY: false,
        isStderrTTY: isInteractive,
        isStdinTTY: isInteractive,
        env: {},
        cwd: temp.dir,
        now: () => NOW,
      };
      const deps = testDeps({ cwd: temp.dir, stdin: io.stdin, language: options.language ?? "fr", databasePath });
      const prompter = options.script === undefined ? undefined : createScriptedPrompter(options.script);
      let session: OnboardingSession | undefined;
      let error: unknown;
      try {
        const answers = checkAnswers(new Map(Object.entries(options.answers ?? {})), { base: temp.dir, path: "answers.yaml" }, t);
        try {
          session = await runWizard({ io, t, style: PLAIN_STYLE, deps, prompter, answers, answersPath: options.answers === undefined ? undefined : "answers.yaml", ...(options.steps && { steps: options.steps }) });
        } finally {
          deps.database.close();
        }
      } catch (caught) {
        error = caught;
      }
      return { session, error, stdout: stdout.text(), stderr: stderr.text(), prompter };
    },
    query(work) {
      const db = openDatabase(databasePath);
      try {
        return work(db);
      } finally {
        db.close();
      }
    },
    remove: () => temp.remove(),
  };
}

/** The use cases' deps as a test run gives them: a fixed clock, a temporary folder, a real SQLite file. */
export function testDeps(options: { readonly cwd: string; readonly stdin?: ReadableStream; readonly language?: Language; readonly databasePath?: string }): AppDeps {
  return createAppDeps({
    now: () => NOW,
    cwd: options.cwd,
    stdin: options.stdin ?? Readable.from([]),
    t: createTranslator(options.language ?? "fr"),
    databasePath: options.databasePath ?? join(options.cwd, "data", "eprovence.db"),
    toolVersion: "0.0.0-test",
  });
}

function collect(): { stream: PassThrough; text(): string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

/** The code of a failure, for `expect(failureCode(result.error)).toBe("missing-answers")`. */
export function failureOf(error: unknown): EprovenceError {
  if (error instanceof EprovenceError) return error;
  throw error instanceof Error ? error : new Error(`expected an EprovenceError, got ${String(error)}`);
}

/** A fictional Marseille soap maker, as the answers file's company keys. */
export const COMPANY_ANSWERS = {
  "company.legalName": "Savonnerie du Vallon",
  "company.siret": "913 205 803 00012",
  "company.postcode": "13002",
  "company.headcount": 8,
  "company.turnoverEur": 1250000,
  "company.balanceSheetEur": 640000,
  "company.independent": true,
  "company.brands": ["Vallon"],
  "company.trademark": "registered",
  "company.contactName": "Mireille Estève",
  "company.contactEmail": "mireille@vallon.example",
  "company.contactPhone": null,
} as const;

/** The same company, typed at the terminal (Enter skips the optional questions). */
export const COMPANY_SCRIPT: readonly ScriptEntry[] = [
  { key: "company.legalName", answer: "Savonnerie du Vallon" },
  { key: "company.siret", answer: "913 205 803 00012" },
  { key: "company.postcode", answer: "13002" },
  { key: "company.headcount", answer: "8" },
  { key: "company.turnoverEur", answer: "1 250 000" },
  { key: "company.balanceSheetEur", answer: "" },
  { key: "company.independent", answer: true },
  { key: "company.brands", answer: "Vallon" },
  { key: "company.trademark", answer: "registered" },
  { key: "company.contactName", answer: "" },
  { key: "company.contactEmail", answer: "" },
  { key: "company.contactPhone", answer: "" },
];

export const COSTS_SCRIPT: readonly ScriptEntry[] = [
  { key: "costs.fairsPerYear", answer: "1" },
  { key: "costs.salesEur", answer: "100 000" },
  { key: "costs.ownFigures", answer: false },
];

const HEADER = ["Référence", "Désignation", "Nom chinois", "Marque", "Catégorie", "Code EAN", "Code SH", "Code postal", "Poids net (g)", "Prix HT (€)", "Images"];

/** A short catalogue: two good soaps and, when asked, one with an unreadable price. */
export function soapCatalogue(options: { withError?: boolean } = {}): string {
  const row = (sku: string, gtin: string, price: string) => [sku, `Savon ${sku} 100 g`, "马赛皂", "Vallon", "savons", gtin, "340111", "13002", "100", price, `https://img.vallon.example/${sku}.jpg`];
  const rows = [HEADER, row("V-1", "3760931200012", "4,90"), row("V-2", "3760931200029", "5,90")];
  if (options.withError === true) rows.push(row("V-3", "3760931200036", "6,9O"));
  return toCsv(rows, ";");
}
