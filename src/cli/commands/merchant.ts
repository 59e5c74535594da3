import { addMerchant, findMerchant, listMerchants, updateMerchant } from "../../app/merchants.js";
import type { Merchant } from "../../domain/company/merchant.js";
import { readProfileFlags } from "../merchant-flags.js";
import { changedFields, formatJson, formatMerchantCard, formatMerchantTable, toMerchantJson } from "../merchant-output.js";
import { importMerchants, MERCHANT_IMPORT_MODES } from "../../app/merchant-import.js";
import { countRows, writeMerchantImportJson, writeMerchantImportPretty } from "../merchant-import-output.js";
import { isSet, parseChoice, parseFormat, readPath, RESULT_FORMATS } from "../options.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";

/**
 * `eprovence merchant add | list | show <ref> | update <ref>`: company profiles. Never asks a
 * question (the wizard is `onboard`); every failure is exit 2 with one sentence per problem. The
 * merchant goes to stdout, the confirmation to stderr.
 */

type MerchantFormat = (typeof RESULT_FORMATS)[number];

export async function runMerchantAdd(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const format = parseFormat(options.format, RESULT_FORMATS);
  const merchant = await addMerchant(context.deps(), readProfileFlags(options));
  say(context, context.t.ui("merchantAdded", { id: merchant.id, legalName: merchant.legalName }));
  printMerchant(merchant, format, context);
  return "ok";
}

export async function runMerchantList(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const merchants = await listMerchants(context.deps());
  if (format === "json") {
    io.stdout.write(formatJson(merchants.map(toMerchantJson)));
  } else if (merchants.length === 0) {
    say(context, t.ui("merchantNone"));
  } else {
    io.stdout.write(formatMerchantTable(merchants, t, createTextStyle(io.isStdoutTTY, io.env)));
  }
  return "ok";
}

export async function runMerchantShow(ref: string, options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const format = parseFormat(options.format, RESULT_FORMATS);
  printMerchant(await findMerchant(context.deps(), ref.trim()), format, context);
  return "ok";
}

export async function runMerchantUpdate(ref: string, options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const { before, after } = await updateMerchant(context.deps(), ref.trim(), readProfileFlags(options));
  const changed = changedFields(before, after);
  say(
    context,
    changed.length === 0
      ? t.ui("merchantUnchanged", { id: after.id })
      : t.ui("merchantUpdated", { id: after.id, fields: changed.map((field) => t.ui("merchantLabel", { field })).join(", ") }),
  );
  printMerchant(after, format, context);
  return "ok";
}

function printMerchant(merchant: Merchant, format: MerchantFormat, context: CommandContext): void {
  const { io, t } = context;
  io.stdout.write(format === "json" ? formatJson(toMerchantJson(merchant)) : formatMerchantCard(merchant, t, createTextStyle(io.isStdoutTTY, io.env)));
}

/** A confirmation for the person at the terminal: stderr, and not at all with --quiet. */
function say(context: CommandContext, text: string): void {
  if (context.globals().quiet !== true) context.io.stderr.write(`${text}\n`);
}

/** `merchant import FILE`: "no" (exit 1) when a row was rejected; the other rows landed. */
export async function runMerchantImport(file: string, options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const mode = parseChoice(options.mode ?? "upsert", "--mode", MERCHANT_IMPORT_MODES);
  const result = await importMerchants(context.deps(), { path: file, mode, isDryRun: isSet(options.dryRun), rejects: readPath(options.rejects) });
  io.stdout.write(format === "json" ? writeMerchantImportJson(result, t) : writeMerchantImportPretty(result, t, createTextStyle(io.isStdoutTTY, io.env)));
  const { rejected } = countRows(result.rows);
  if (result.rejectsFile !== undefined) say(context, t.ui("merchantImportRejectsWritten", { path: result.rejectsFile, count: rejected }));
  else if (rejected > 0 && !result.isDryRun) say(context, t.ui("merchantImportRejectedHint", { count: rejected }));
  return rejected > 0 ? "no" : "ok";
}
