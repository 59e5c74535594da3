import type { PortfolioLine, PortfolioPage } from "../app/portfolio.js";
import { displayWidth, padEnd } from "../domain/catalogue/display-width.js";
import { escapeControlCharacters } from "../domain/control-characters.js";
import type { Translator } from "../domain/messages/index.js";
import { writeSpreadsheetCsv } from "../io/reports/spreadsheet-csv.js";
import type { TextStyle } from "../io/reports/pretty.js";
import { formatIdentifier } from "./merchant-output.js";

/** The portfolio as a table (pretty), a list of objects (json) or a spreadsheet's CSV. */

const COLUMNS = ["legalName", "siren", "sme", "verdict", "products", "ready", "completeness", "draftNames", "lastImport", "nextStep"] as const;

function cellsOf(line: PortfolioLine, t: Translator): string[] {
  const { merchant, verdict } = line;
  const verdictText =
    verdict === undefined
      ? t.ui("portfolioNever")
      : `${t.ui("portfolioVerdict", { verdict: verdict.verdict, date: t.date(verdict.evaluatedAt.slice(0, 10)) })}${verdict.isStale ? ` ${t.ui("portfolioStale")}` : ""}`;
  return [
    merchant.legalName,
    formatIdentifier(merchant.siren),
    t.ui("portfolioSme", { category: line.smeCategory ?? "unknown" }),
    verdictText,
    String(line.products),
    String(line.ready),
    `${line.completeness} %`,
    String(line.draftNames),
    line.lastImport === undefined ? t.ui("portfolioNever") : t.ui("portfolioImport", { date: t.date(line.lastImport.at.slice(0, 10)), status: line.lastImport.status }),
    t.ui("portfolioStep", { step: line.nextStep, ref: merchant.id }),
  ];
}

export function writePortfolioPretty(lines: readonly PortfolioLine[], count: number, t: Translator, style: TextStyle): string {
  const header = COLUMNS.map((column) => t.ui("portfolioColumn", { column }));
  const body = lines.map((line) => cellsOf(line, t).map((cell) => escapeControlCharacters(cell)));
  // The next step is long: it goes on its own line under each company.
  const tableColumns = COLUMNS.length - 1;
  const widths = header.slice(0, tableColumns).map((_, column) => Math.max(...[header, ...body].map((cells) => displayWidth(cells[column] ?? ""))));
  const numeric = new Set([4, 5, 6, 7]);
  const format = (cells: readonly string[]) =>
    cells
      .slice(0, tableColumns)
      .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column] ?? 0) : padEnd(cell, widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  const out = [style.heading(t.ui("portfolioTitle", { shown: lines.length, count })), "", style.heading(format(header))];
  for (const cells of body) {
    out.push(format(cells));
    out.push(style.dim(`  → ${cells[tableColumns] ?? ""}`));
  }
  return `${out.join("\n")}\n`;
}

export function writePortfolioJson(lines: readonly PortfolioLine[]): string {
  const companies = lines.map((line) => ({
    id: line.merchant.id,
    legalName: line.merchant.legalName,
    siren: line.merchant.siren,
    siret: line.merchant.siret ?? null,
    smeCategory: line.smeCategory,
    verdict: line.verdict === undefined ? null : { verdict: line.verdict.verdict, evaluatedAt: line.verdict.evaluatedAt, stale: line.verdict.isStale },
    products: line.products,
    ready: line.ready,
    completeness: line.completeness,
    draftNames: line.draftNames,
    lastImport: line.lastImport ?? null,
    updatedAt: line.updatedAt,
    nextStep: line.nextStep,
  }));
  return `${JSON.stringify(companies, null, 2)}\n`;
}

/** For Excel: UTF-8 with a BOM, `;`, the headers in the chosen language, no cell a spreadsheet would run. */
export function writePortfolioCsv(lines: readonly PortfolioLine[], t: Translator): string {
  const header = COLUMNS.map((column) => t.ui("portfolioColumn", { column }));
  return writeSpreadsheetCsv([header, ...lines.map((line) => cellsOf(line, t))]);
}

/** The same table for the printable page: the next step goes under each company, the completeness as a bar. */
export function portfolioPageOf(lines: readonly PortfolioLine[], count: number, t: Translator): Omit<PortfolioPage, "generatedAt" | "toolVersion"> {
  const tableColumns = COLUMNS.length - 1;
  return {
    title: t.ui("portfolioTitle", { shown: lines.length, count }),
    header: COLUMNS.slice(0, tableColumns).map((column) => t.ui("portfolioColumn", { column })),
    rows: lines.map((line) => {
      const cells = cellsOf(line, t);
      return { cells: cells.slice(0, tableColumns), completeness: line.completeness, nextStep: cells[tableColumns] ?? "" };
    }),
    completenessColumn: COLUMNS.indexOf("completeness"),
    numericColumns: [COLUMNS.indexOf("products"), COLUMNS.indexOf("ready"), COLUMNS.indexOf("draftNames")],
    nextStepTitle: t.ui("portfolioColumn", { column: "nextStep" }),
  };
}
