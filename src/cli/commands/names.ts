import { listNames, NAME_ZH_STATUSES, type NameZhFilter } from "../../app/names.js";
import { displayWidth, padEnd } from "../../domain/catalogue/display-width.js";
import { escapeControlCharacters } from "../../domain/control-characters.js";
import { parseChoice, parseFormat, requireMerchantRef, RESULT_FORMATS } from "../options.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";

/** What `--status` takes: the stored statuses, and `missing` for a product without a Chinese name. */
const NAME_FILTERS: readonly NameZhFilter[] = [...NAME_ZH_STATUSES, "missing"];

/** `eprovence names list --merchant REF [--status …]`: each product's Chinese name and where it comes from. */
export async function runNamesList(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const statuses = options.status === undefined ? [] : String(options.status).split(",").map((status) => parseChoice(status.trim(), "--status", NAME_FILTERS));
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
  const header = t.ui("namesHeader").split("|");
  const rows = names.map((name) =>
    [name.sku, name.nameFr, name.nameZh ?? "—", t.ui("nameStatus", { status: name.status ?? "missing" }), name.updatedAt === null ? "" : t.dateTime(name.updatedAt)].map((cell) => escapeControlCharacters(cell)),
  );
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => displayWidth(cells[column] ?? ""))));
  const line = (cells: readonly string[]) => cells.map((cell, column) => padEnd(cell, widths[column] ?? 0)).join("  ").trimEnd();
  io.stdout.write(`${style.heading(line(header))}\n${rows.map(line).join("\n")}\n`);
  return "ok";
}
