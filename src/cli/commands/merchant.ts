import type { Database } from "better-sqlite3";
import { checkMerchantProfile, checkMerchantProfilePatch } from "../../domain/company/profile-problems.js";
import { EprovenceError } from "../../domain/errors.js";
import { addMerchant, findMerchant, listMerchants, updateMerchant, type Merchant } from "../../store/merchants.js";
import { openCommandDatabase } from "../database.js";
import { EXIT, type ExitCode } from "../errors.js";
import { readProfileInput, toProfileError } from "../merchant-input.js";
import { changedFields, formatJson, formatMerchantCard, formatMerchantTable, toMerchantJson } from "../merchant-output.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";

/**
 * `eprovence merchant add | list | show <ref> | update <ref>`: company profiles. Never asks a
 * question (the wizard is `onboard`); every failure is exit 2 with one sentence per problem. The
 * merchant goes to stdout, the confirmation to stderr.
 */

export const MERCHANT_FORMATS = ["pretty", "json"] as const;
type MerchantFormat = (typeof MERCHANT_FORMATS)[number];

export async function runMerchantAdd(options: Record<string, unknown>, context: CommandContext): Promise<ExitCode> {
  const { io, t } = context;
  const format = parseFormat(options.format);
  const input = await readProfileInput(options, context);
  const check = checkMerchantProfile(input.values);
  const problems = [...input.problems, ...(check.isValid ? [] : check.problems)];
  if (!check.isValid || problems.length > 0) throw toProfileError(problems, input, t);
  const merchant = await withDatabase(context, false, (db) => addMerchant(db, check.profile, io.now()));
  say(context, t.ui("merchantAdded", { id: merchant.id, legalName: merchant.legalName }));
  printMerchant(merchant, format, context);
  return EXIT.ok;
}

export async function runMerchantList(options: Record<string, unknown>, context: CommandContext): Promise<ExitCode> {
  const { io, t } = context;
  const format = parseFormat(options.format);
  // A fresh machine has no database yet: that is no company, and no file is created for it.
  const merchants = (await withDatabase(context, true, (db) => listMerchants(db))) ?? [];
  if (format === "json") {
    io.stdout.write(formatJson(merchants.map(toMerchantJson)));
  } else if (merchants.length === 0) {
    say(context, t.ui("merchantNone"));
  } else {
    io.stdout.write(formatMerchantTable(merchants, t, createTextStyle(io.isStdoutTTY, io.env)));
  }
  return EXIT.ok;
}

export async function runMerchantShow(ref: string, options: Record<string, unknown>, context: CommandContext): Promise<ExitCode> {
  const format = parseFormat(options.format);
  const merchant = await withDatabase(context, true, (db) => findMerchant(db, ref));
  if (merchant === undefined) throw new EprovenceError("merchant-not-found", { ref: ref.trim() });
  printMerchant(merchant, format, context);
  return EXIT.ok;
}

export async function runMerchantUpdate(ref: string, options: Record<string, unknown>, context: CommandContext): Promise<ExitCode> {
  const { io, t } = context;
  const format = parseFormat(options.format);
  const input = await readProfileInput(options, context);
  if (Object.keys(input.values).length === 0 && input.problems.length === 0) throw new EprovenceError("nothing-to-update", { ref: ref.trim() });
  const check = checkMerchantProfilePatch(input.values);
  const problems = [...input.problems, ...(check.isValid ? [] : check.problems)];
  if (!check.isValid || problems.length > 0) throw toProfileError(problems, input, t);
  const result = await withDatabase(context, true, (db) => {
    const before = findMerchant(db, ref);
    return { before, after: updateMerchant(db, before.id, check.profile, io.now()) };
  });
  if (result === undefined) throw new EprovenceError("merchant-not-found", { ref: ref.trim() });
  const changed = changedFields(result.before, result.after);
  say(
    context,
    changed.length === 0
      ? t.ui("merchantUnchanged", { id: result.after.id })
      : t.ui("merchantUpdated", { id: result.after.id, fields: changed.map((field) => t.ui("merchantLabel", { field })).join(", ") }),
  );
  printMerchant(result.after, format, context);
  return EXIT.ok;
}

function parseFormat(value: unknown): MerchantFormat {
  const format = String(value ?? "pretty");
  if (!(MERCHANT_FORMATS as readonly string[]).includes(format)) {
    throw new EprovenceError("invalid-option", { option: "--format", value: format, expected: MERCHANT_FORMATS.join(", ") });
  }
  return format as MerchantFormat;
}

/**
 * Runs `work` on the store and closes it. With `mustExist`, a missing database gives undefined (no
 * company yet) instead of creating an empty file.
 */
async function withDatabase<T>(context: CommandContext, mustExist: true, work: (db: Database) => T): Promise<T | undefined>;
async function withDatabase<T>(context: CommandContext, mustExist: false, work: (db: Database) => T): Promise<T>;
async function withDatabase<T>(context: CommandContext, mustExist: boolean, work: (db: Database) => T): Promise<T | undefined> {
  let db;
  try {
    db = await openCommandDatabase(context, { mustExist });
  } catch (error) {
    if (mustExist && error instanceof EprovenceError && error.code === "database-missing") return undefined;
    throw error;
  }
  try {
    return work(db);
  } finally {
    db.close();
  }
}

function printMerchant(merchant: Merchant, format: MerchantFormat, context: CommandContext): void {
  const { io, t } = context;
  io.stdout.write(format === "json" ? formatJson(toMerchantJson(merchant)) : formatMerchantCard(merchant, t, createTextStyle(io.isStdoutTTY, io.env)));
}

/** A confirmation for the person at the terminal: stderr, and not at all with --quiet. */
function say(context: CommandContext, text: string): void {
  if (context.globals().quiet !== true) context.io.stderr.write(`${text}\n`);
}
