import { listMerchants } from "../../app/merchants.js";
import { listPortfolio, PORTFOLIO_SORTS, PORTFOLIO_VERDICT_FILTERS, writePortfolioPage } from "../../app/portfolio.js";
import { isSet, parseChoice, parseFormat, parseWholeNumber, readPath } from "../options.js";
import type { Outcome } from "../outcome.js";
import { portfolioPageOf, writePortfolioCsv, writePortfolioJson, writePortfolioPretty } from "../portfolio-output.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";

const PORTFOLIO_FORMATS = ["pretty", "json", "csv"] as const;

/** `eprovence portfolio`: reads only; an empty portfolio is still an answer (exit 0). */
export async function runPortfolio(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, PORTFOLIO_FORMATS);
  const request = {
    verdict: options.verdict === undefined ? undefined : parseChoice(options.verdict, "--verdict", PORTFOLIO_VERDICT_FILTERS),
    below: options.below === undefined ? undefined : parseWholeNumber(options.below, "--below", { min: 0, max: 100, isPercent: true }),
    search: typeof options.search === "string" && options.search.trim() !== "" ? options.search.trim() : undefined,
    sort: parseChoice(options.sort ?? "name", "--sort", PORTFOLIO_SORTS),
  };
  const deps = context.deps();
  const lines = await listPortfolio(deps, request);
  const out = readPath(options.out);
  if (out !== undefined) {
    // The page is a file; where it went is said on stderr, stdout stays for data.
    const { path } = writePortfolioPage(deps, { out, replace: isSet(options.force), page: portfolioPageOf(lines, (await listMerchants(deps)).length, t) });
    io.stderr.write(`${t.ui("portfolioWritten", { path })}\n`);
    return "ok";
  }
  if (format === "json") io.stdout.write(writePortfolioJson(lines));
  else if (format === "csv") io.stdout.write(writePortfolioCsv(lines, t));
  else {
    const count = (await listMerchants(deps)).length;
    if (count === 0) io.stderr.write(`${t.ui("portfolioNone")}\n`);
    else if (lines.length === 0) io.stderr.write(`${t.ui("portfolioNoMatch", { count })}\n`);
    else io.stdout.write(writePortfolioPretty(lines, count, t, createTextStyle(io.isStdoutTTY, io.env)));
  }
  return "ok";
}
