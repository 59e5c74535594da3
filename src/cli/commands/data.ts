import { importPositiveList, showPositiveList, type PositiveListSummary } from "../../app/positive-list.js";
import { parseFormat, parseIsoDate, parseSourceText, RESULT_FORMATS } from "../options.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";

/** `eprovence data positive-list import FILE --edition DATE --source TEXT | show`: the official list the consultant supplies. */

export async function runPositiveListImport(file: string, options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const edition = parseIsoDate(options.edition, "--edition", t.ui("dateFormat"));
  const source = parseSourceText(options.source, "--source", t.ui("positiveListSourceText"));
  const summary = await importPositiveList(context.deps(), { path: file, edition, source });
  io.stdout.write(render(format, summary, context));
  return "ok";
}

export async function runPositiveListShow(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const format = parseFormat(options.format, RESULT_FORMATS);
  context.io.stdout.write(render(format, await showPositiveList(context.deps()), context));
  return "ok";
}

function render(format: (typeof RESULT_FORMATS)[number], summary: PositiveListSummary | undefined, { t }: CommandContext): string {
  if (format === "json") return `${JSON.stringify(summary ?? null, null, 2)}\n`;
  if (summary === undefined) return `${t.ui("positiveListNone")}\n`;
  return `${t.ui("positiveListLoaded", { edition: summary.edition, source: summary.source, count: t.number(summary.count), importedAt: t.dateTime(summary.importedAt) })}\n`;
}
