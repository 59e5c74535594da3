import { mkdirSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { displayWidth } from "../domain/catalogue/display-width.js";
import { normaliseHeader } from "../domain/catalogue/fields.js";
import type { Finding } from "../domain/catalogue/finding.js";
import { EprovenceError } from "../domain/errors.js";
import { createTranslator, LANGUAGES } from "../domain/messages/index.js";
import { writeCsvFile } from "../io/csv-file.js";
import { readTableFile } from "../io/table-file.js";
import { createXlsxTableWriter } from "../io/xlsx-writer.js";
import { findMerchant } from "../store/merchants.js";
import { listChineseNames, setChineseName, type ChineseNameRecord, type NameZhFilter } from "../store/products.js";
import { write } from "../store/write.js";
import { checkCatalogueRow } from "./catalogue.js";
import type { AppDeps } from "./deps.js";

export { NAME_ZH_STATUSES, type NameZhStatus } from "../domain/catalogue/readiness.js";
export type { ChineseNameRecord, NameZhFilter } from "../store/products.js";

/** `names list`: a company's products and the origin of each Chinese name (the owner's, a draft, reviewed). */
export async function listNames(deps: AppDeps, request: { readonly merchantRef: string; readonly statuses: readonly NameZhFilter[] }): Promise<ChineseNameRecord[]> {
  const db = await deps.database.openIfExists();
  if (db === undefined) throw new EprovenceError("merchant-not-found", { ref: request.merchantRef });
  return listChineseNames(db, findMerchant(db, request.merchantRef).id, request.statuses);
}

/** The products a names sheet holds by default: those whose Chinese name a translator should give or check. */
export const NAMES_TO_REVIEW: readonly NameZhFilter[] = ["draft", "missing"];

export interface NamesSheetRequest {
  readonly merchantRef: string;
  /** `.xlsx` for a workbook, anything else a CSV (UTF-8 with a BOM, `;`, as Excel opens it in France). */
  readonly out: string;
  readonly statuses: readonly NameZhFilter[];
  /** Replace a file already there. */
  readonly replace: boolean;
}

/**
 * `names sheet`: one row per product to review — its SKU, French name, the proposed Chinese name, its
 * width against Tmall's, the French words no glossary entry gave, and an empty column for the
 * translator's name — for the round trip through `names apply`. Written whole, then moved into place.
 */
/** The sheet written: its path as the user gave it, and how many products it holds. */
export async function writeNamesSheet(deps: AppDeps, request: NamesSheetRequest): Promise<{ readonly path: string; readonly rows: number }> {
  const { t } = deps;
  const db = await deps.database.open({ mustExist: true });
  const names = listChineseNames(db, findMerchant(db, request.merchantRef).id, request.statuses);
  const limit = deps.settings.titleMaxDisplayUnits.value;
  const header = t.ui("namesSheetHeader", { limit }).split("|");
  const rows = names.map((name) => [name.sku, name.nameFr, name.nameZh ?? "", name.nameZh === null ? "" : String(displayWidth(name.nameZh)), "", ""]);
  const path = resolve(deps.cwd, request.out);
  if (extname(path).toLowerCase() === ".xlsx") {
    mkdirSync(dirname(path), { recursive: true });
    const sheet = createXlsxTableWriter(path, header, t.ui("namesSheetName"), { replace: request.replace });
    for (const row of rows) sheet.write(row);
    await sheet.commit();
  } else {
    writeCsvFile(path, header, rows, ";", { replace: request.replace, withBom: true });
  }
  return { path: request.out, rows: rows.length };
}

/** A row of a names sheet that cannot be applied, and why: a finding of the catalogue rules, or the sheet's own. */
export interface NamesSheetProblem {
  readonly line: number;
  readonly sku: string;
  readonly finding: Finding;
}

export interface ApplyNamesRequest {
  readonly merchantRef: string;
  readonly path: string;
  /** Apply the rows that are right even when others are wrong. */
  readonly isPartial: boolean;
  readonly isDryRun: boolean;
}

export interface ApplyNamesOutcome {
  /** The names that became (or, in a dry run or when nothing is applied, would become) `reviewed`. */
  readonly accepted: readonly { readonly line: number; readonly sku: string; readonly nameZh: string }[];
  readonly problems: readonly NamesSheetProblem[];
  /** False when nothing was written: a dry run, or problems without `isPartial`. */
  readonly isApplied: boolean;
}

/**
 * `names apply`: each filled « Nom chinois validé » of a names sheet (CSV or workbook, by its bytes) is
 * checked by the catalogue's own rules for a Chinese name (Chinese characters, Tmall's title width…)
 * and against the company's SKUs, then becomes `reviewed`. Nothing is applied while a row is wrong,
 * unless `isPartial`; the rest of the catalogue is never touched. The columns are found by their
 * header in either language.
 */
export async function applyReviewedNames(deps: AppDeps, request: ApplyNamesRequest): Promise<ApplyNamesOutcome> {
  const { t } = deps;
  const db = await deps.database.open({ mustExist: true });
  const merchant = findMerchant(db, request.merchantRef);
  const rows = await readTableFile(request.path, resolve(deps.cwd, request.path), (code, line) => {
    throw new EprovenceError("names-sheet-unreadable", { path: request.path, line, detail: t.message(code) });
  });
  const [header, ...body] = rows;
  const columnOf = (key: "namesSheetSkuHeaders" | "namesSheetReviewedHeaders"): number => {
    // The sheet may come back from a translator working in the other language.
    const accepted = new Set(LANGUAGES.flatMap((language) => createTranslator(language).ui(key).split("|")).map(normaliseHeader));
    return (header?.cells ?? []).findIndex((cell) => accepted.has(normaliseHeader(cell)));
  };
  const skuColumn = columnOf("namesSheetSkuHeaders");
  const reviewedColumn = columnOf("namesSheetReviewedHeaders");
  if (skuColumn === -1 || reviewedColumn === -1) throw new EprovenceError("names-sheet-columns", { path: request.path });
  const known = new Map(listChineseNames(db, merchant.id).map((name) => [name.sku, name]));
  const accepted: { line: number; sku: string; nameZh: string }[] = [];
  const problems: NamesSheetProblem[] = [];
  const seen = new Map<string, number>();
  for (const row of body) {
    const sku = row.cells[skuColumn] ?? "";
    const nameZh = row.cells[reviewedColumn] ?? "";
    if (nameZh === "") continue;
    const problem = (code: Finding["code"], value: string, params?: Finding["params"]): void =>
      void problems.push({ line: row.line, sku, finding: { severity: "error", code, line: row.line, field: "sku", value, ...(params === undefined ? {} : { params }) } });
    if (sku === "" || !known.has(sku)) {
      problem("sku-not-stored", sku);
      continue;
    }
    const earlier = seen.get(sku);
    if (earlier !== undefined) {
      problem("duplicate-sku", sku, { firstLine: earlier });
      continue;
    }
    seen.set(sku, row.line);
    const findings = checkCatalogueRow(deps, ["sku", "name_zh"], [sku, nameZh], {}).filter((finding) => finding.severity === "error");
    for (const finding of findings) problems.push({ line: row.line, sku, finding: { ...finding, line: row.line } });
    if (findings.length === 0) accepted.push({ line: row.line, sku, nameZh });
  }
  const isApplied = !request.isDryRun && (problems.length === 0 || request.isPartial) && accepted.length > 0;
  if (isApplied) {
    const now = deps.now();
    write(db, () => {
      for (const name of accepted) setChineseName(db, merchant.id, name.sku, { nameZh: name.nameZh, status: "reviewed" }, now);
    });
  }
  return { accepted, problems, isApplied };
}
