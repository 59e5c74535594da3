import { applyReviewedNames, draftNames, listNames, NAME_ZH_STATUSES, NAMES_TO_REVIEW, writeNamesSheet, type NameZhFilter } from "../../app/names.js";
import { displayWidth, padEnd } from "../../domain/catalogue/display-width.js";
import { escapeControlCharacters } from "../../domain/control-characters.js";
import { EprovenceError } from "../../domain/errors.js";
import { describeLocation, renderFinding } from "../../io/reports/render.js";
import { isSet, parseChoice, parseFormat, readPath, requireMerchantRef, RESULT_FORMATS } from "../options.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";

/** What `--status` takes: the stored statuses, and `missing` for a product without a Chinese name. */
const NAME_FILTERS: readonly NameZhFilter[] = [...NAME_ZH_STATUSES, "missing"];

/** `eprovence names list --merchant REF [--status …]`: each product's Chinese name and where it comes from. */
export async function runNamesList(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const statuses = parseStatuses(options.status, []);
  const names = await listNames(context.deps(), { merchantRef: requireMerchantRef(options.merchant, "names list"), statuses });
  if (format === "json") {
    io.stdout.write(`${JSON.stringify(names, null, 2)}\n`);
    return "ok";
  }
  if (names.length === 0) {
    io.stdout.write(`${t.ui("namesEmpty")}\n`);
    return "ok";
  }
  const style = createTextStyle(io.isStdoutTTY, io.env);
  // The Chinese ingredients' column only when a food product lists ingredients: a soap maker's list stays as it was.
  const hasIngredients = names.some((name) => name.ingredients !== null);
  const header = [...t.ui("namesHeader").split("|"), ...(hasIngredients ? [t.ui("namesIngredientsHeader")] : [])];
  const rows = names.map((name) =>
    [
      name.sku,
      name.nameFr,
      name.nameZh ?? "—",
      t.ui("nameStatus", { status: name.status ?? "missing" }),
      name.updatedAt === null ? "" : t.dateTime(name.updatedAt),
      ...(hasIngredients ? [name.ingredients === null ? "" : t.ui("nameStatus", { status: name.ingredients.status ?? "missing" })] : []),
    ].map((cell) => escapeControlCharacters(cell)),
  );
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => displayWidth(cells[column] ?? ""))));
  const line = (cells: readonly string[]) => cells.map((cell, column) => padEnd(cell, widths[column] ?? 0)).join("  ").trimEnd();
  io.stdout.write(`${style.heading(line(header))}\n${rows.map(line).join("\n")}\n`);
  return "ok";
}

/** `--status a,b`: the origins asked, else `fallback`. */
function parseStatuses(value: unknown, fallback: readonly NameZhFilter[]): readonly NameZhFilter[] {
  return value === undefined ? fallback : String(value).split(",").map((status) => parseChoice(status.trim(), "--status", NAME_FILTERS));
}

/** `eprovence names sheet --merchant REF --out FILE`: the sheet a translator fills, `.xlsx` or `.csv`. */
export async function runNamesSheet(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const merchantRef = requireMerchantRef(options.merchant, "names sheet");
  const out = readPath(options.out);
  if (out === undefined) throw new EprovenceError("output-required", { command: "names sheet" });
  const written = await writeNamesSheet(context.deps(), { merchantRef, out, statuses: parseStatuses(options.status, NAMES_TO_REVIEW), replace: isSet(options.force) });
  if (format === "json") io.stdout.write(`${JSON.stringify(written, null, 2)}\n`);
  else io.stdout.write(`${t.ui("namesSheetWritten", { path: written.path, count: written.rows, merchant: merchantRef, ingredients: written.hasIngredients ? 1 : 0 })}\n`);
  return "ok";
}

/** `eprovence names apply FILE --merchant REF`: the translator's names, checked, become `reviewed`. */
export async function runNamesApply(file: string, options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const isPartial = isSet(options.partial);
  const isDryRun = isSet(options.dryRun);
  const outcome = await applyReviewedNames(context.deps(), { merchantRef: requireMerchantRef(options.merchant, "names apply"), path: file, isPartial, isDryRun });
  if (format === "json") {
    const problems = outcome.problems.map(({ line, sku, finding }) => ({ line, sku, code: finding.code, message: renderFinding(finding, t).message }));
    io.stdout.write(`${JSON.stringify({ isApplied: outcome.isApplied, accepted: outcome.accepted, acceptedIngredients: outcome.acceptedIngredients, problems }, null, 2)}\n`);
  } else {
    const style = createTextStyle(io.isStdoutTTY, io.env);
    const lines: string[] = [];
    for (const { sku, finding } of outcome.problems) {
      const { message, hint } = renderFinding(finding, t);
      lines.push(`${style.error(`✖ ${describeLocation(finding, t)}`)}${sku === "" ? "" : ` · ${escapeControlCharacters(sku)}`} ${message}`, `    ${style.dim(`→ ${hint}`)}`);
    }
    const count = outcome.accepted.length;
    const ingredients = outcome.acceptedIngredients.length;
    // The names' line is left out only for a sheet that brings ingredients and no name.
    const isNamesSaid = count > 0 || ingredients === 0;
    if (count === 0 && ingredients === 0 && outcome.problems.length === 0) lines.push(style.warning(t.ui("namesApplyNothing")));
    else if (outcome.isApplied)
      lines.push(
        ...(isNamesSaid ? [style.success(t.ui("namesApplied", { count }))] : []),
        ...(ingredients > 0 ? [style.success(t.ui("namesAppliedIngredients", { count: ingredients }))] : []),
        ...(outcome.problems.length > 0 ? [style.warning(t.ui("namesApplyLeftOut", { count: outcome.problems.length }))] : []),
      );
    else if (isDryRun)
      lines.push(...(isNamesSaid ? [style.dim(t.ui("namesApplyDryRun", { count, problems: outcome.problems.length }))] : []), ...(ingredients > 0 ? [style.dim(t.ui("namesDraftIngredientsDryRun", { count: ingredients }))] : []));
    else lines.push(style.error(t.ui("namesApplyRefused", { count: outcome.problems.length, accepted: new Set([...outcome.accepted, ...outcome.acceptedIngredients].map((row) => row.line)).size })));
    io.stdout.write(`${lines.join("\n")}\n`);
  }
  return outcome.problems.length > 0 ? "no" : "ok";
}

/** `eprovence names draft --merchant REF`: Chinese drafts from the glossary for the products without a name. */
export async function runNamesDraft(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const skus = ((options.sku as string[] | undefined) ?? []).flatMap((sku) => sku.split(",")).map((sku) => sku.trim()).filter((sku) => sku !== "");
  const isDryRun = isSet(options.dryRun);
  const names = await draftNames(context.deps(), { merchantRef: requireMerchantRef(options.merchant, "names draft"), skus, isRedraft: isSet(options.all), isDryRun });
  if (format === "json") {
    const products = names.map(({ sku, nameFr, nameZh, status, displayWidth: width, unknownWords, ingredients }) => ({ sku, nameFr, nameZh, status, displayWidth: width, unknownWords, ingredients: ingredients ?? null }));
    io.stdout.write(`${JSON.stringify({ products }, null, 2)}\n`);
    return "ok";
  }
  const style = createTextStyle(io.isStdoutTTY, io.env);
  const limit = context.deps().settings.titleMaxDisplayUnits.value;
  const lines: string[] = [];
  for (const name of names) {
    const label = `${escapeControlCharacters(name.sku)}  ${escapeControlCharacters(name.nameFr)}`;
    if (name.isDrafted) lines.push(`${style.success("✎")} ${label} → ${name.nameZh ?? ""} ${style.dim(t.ui("namesDraftWidth", { width: name.displayWidth, limit }))}`);
    else if (name.nameZh !== null) lines.push(`${style.dim(`· ${label} → ${name.nameZh} (${t.ui("nameStatus", { status: name.status ?? "missing" })}, ${t.ui("namesDraftKept")})`)}`);
    else lines.push(`${style.warning("⚠")} ${label} ${style.warning(t.ui("namesDraftNone"))}`);
    if (name.droppedToFit.length > 0) lines.push(`    ${style.dim(t.ui("namesDraftDropped", { parts: name.droppedToFit.join(", ") }))}`);
    // Unknown words matter for a draft, or where no draft could be made; not beside a name kept.
    if (name.unknownWords.length > 0 && (name.isDrafted || name.nameZh === null)) lines.push(`    ${style.dim(t.ui("namesDraftUnknown", { words: name.unknownWords.join(", ") }))}`);
    const ingredients = name.ingredients;
    if (ingredients?.isDrafted === true) lines.push(`    ${style.success("✎")} ${t.ui("namesDraftIngredients", { list: ingredients.ingredientsZh ?? "" })}`);
    else if (ingredients !== undefined && ingredients.unknownIngredients.length > 0) lines.push(`    ${style.warning(t.ui("namesDraftIngredientsUnknown", { words: ingredients.unknownIngredients.map((word) => escapeControlCharacters(word)).join(", ") }))}`);
  }
  const count = names.filter((name) => name.isDrafted).length;
  const ingredientsCount = names.filter((name) => name.ingredients?.isDrafted === true).length;
  if (count > 0 || ingredientsCount === 0) lines.push(count === 0 ? style.warning(t.ui("namesDraftNothing")) : isDryRun ? style.dim(t.ui("namesDraftDryRun", { count })) : style.success(t.ui("namesDrafted", { count })));
  if (ingredientsCount > 0) lines.push(isDryRun ? style.dim(t.ui("namesDraftIngredientsDryRun", { count: ingredientsCount })) : style.success(t.ui("namesDraftedIngredients", { count: ingredientsCount })));
  io.stdout.write(`${lines.join("\n")}\n`);
  return "ok";
}
