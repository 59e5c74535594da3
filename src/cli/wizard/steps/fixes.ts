import { dirname, resolve } from "node:path";
import { checkCatalogueRow, mapColumns, readCatalogueRows, saveCatalogueFile, type Finding } from "../../../app/catalogue.js";
import type { FieldName } from "../../../domain/catalogue/fields.js";
import { writePrettyReport } from "../../../io/reports/pretty.js";
import { columnLetters } from "../../../domain/catalogue/finding.js";
import { renderFinding } from "../../../io/reports/render.js";
import { describeImport, fromJson, importSource, readingOf, wizardFile, type CatalogueSource } from "../catalogue-source.js";
import { fieldsInError, firstErrorOn } from "../cell-check.js";
import type { WizardContext, WizardStep } from "../context.js";
import { fixKey, type Parsed } from "../keys.js";

/**
 * The findings of the imported catalogue (the report of `validate`), then, for each row the import
 * left out, its invalid values one by one: a corrected value is checked as typed by the same rules, in
 * its row; Enter leaves the product out. The corrected rows are written as a CSV beside the database
 * (the user's file is never changed) and imported like any file. Without a terminal, corrections come
 * from `fixes.<sku>.<field>` keys; rows without one stay out.
 */
export const fixesStep: WizardStep = {
  id: "fixes",
  async run(context) {
    const { t, style } = context;
    const source = fromJson(context.session().results.catalogue);
    if (source === undefined) return;
    const rejected: RejectedRow[] = [];
    /** Every row's SKU and line, in file order. */
    const rows: { readonly sku: string; readonly line: number }[] = [];
    let headers: readonly string[] = [];
    const validation = await readCatalogueRows(
      context.deps,
      readingOf(source),
      (row, found) => {
        headers = found;
        if (!row.isValid) rejected.push({ index: rows.length, line: row.line, sku: row.values.sku, cells: [...row.cells], findings: [...row.findings] });
        rows.push({ sku: row.values.sku, line: row.line });
      },
      1000,
    );
    const shown = source.kind === "manual" ? { ...validation, file: t.wizard("manualFile") } : validation;
    context.out(writePrettyReport(shown, t, style, { isValid: validation.summary.errors === 0, isStrict: false, audience: "person" }));
    if (rejected.length === 0) {
      context.out(style.success(t.wizard("fixesNone")));
      context.saveResults({ fixes: { file: null, importId: null, fixed: 0, leftOut: [] } });
      return;
    }
    context.out(t.wizard(context.isInteractive ? "fixesIntro" : "fixesIntroFile", { count: rejected.length }));

    const columnOf = mapColumns(headers, source.mapping);
    const fixed: string[][] = [];
    const leftOut: string[] = [];
    const used = new Set<string>();
    for (const row of rejected) {
      // A SKU names the row in its key; a row without one, or sharing it with another left-out row, its line.
      const isSkuUnique = row.sku !== "" && rejected.filter((other) => other.sku === row.sku).length === 1;
      const id = isSkuUnique ? row.sku : `line-${row.line}`;
      const others = new Map(rows.filter((_, index) => index !== row.index).reverse().map((other) => [other.sku, other.line] as const));
      const cells = await correctRow(context, { row, id, headers, columnOf, mapping: source.mapping, otherSkus: others, used, sheet: validation.workbook?.sheet });
      if (cells === undefined) leftOut.push(id);
      else fixed.push(cells);
    }
    const unused = context.answerKeys().filter((key) => key.startsWith("fixes.") && !used.has(key));
    if (unused.length > 0) context.note(style.warning(t.wizard("fixesUnused", { keys: unused.join(", ") })));
    if (fixed.length === 0) {
      context.out(style.warning(t.wizard("fixesLeftOut", { count: leftOut.length, skus: leftOut.join(", ") })));
      context.saveResults({ fixes: { file: null, importId: null, fixed: 0, leftOut } });
      return;
    }
    const corrected: CatalogueSource = {
      kind: source.kind,
      file: wizardFile(context, "corrections.csv"),
      encoding: null,
      delimiter: validation.delimiter ?? ";",
      sheet: null,
      mapping: source.mapping,
      images: source.images,
      // The corrected rows' photo paths are the owner's, from the catalogue's folder, not the wizard's.
      picturesFrom: source.picturesFrom ?? dirname(resolve(context.deps.cwd, source.file)),
    };
    // A workbook's corrected rows are written as a CSV like any other's: the owner's file is never changed.
    saveCatalogueFile(corrected.file, headers, fixed, corrected.delimiter ?? ";");
    const outcome = await importSource(context, corrected);
    context.out(describeImport(context, outcome));
    if (outcome.status === "failed" && outcome.failure !== undefined) throw outcome.failure;
    if (leftOut.length > 0) context.out(style.warning(t.wizard("fixesLeftOut", { count: leftOut.length, skus: leftOut.join(", ") })));
    context.saveResults({ fixes: { file: corrected.file, importId: outcome.importId ?? null, fixed: fixed.length, leftOut } });
  },
};

interface RejectedRow {
  /** Its place among the file's rows. */
  readonly index: number;
  readonly line: number;
  readonly sku: string;
  readonly cells: readonly string[];
  readonly findings: readonly Finding[];
}

interface RowToCorrect {
  readonly row: RejectedRow;
  readonly id: string;
  readonly headers: readonly string[];
  readonly columnOf: Readonly<Partial<Record<FieldName, number>>>;
  readonly mapping: Readonly<Record<string, string>>;
  /** The SKUs of the file's other rows (and the first line of each): a corrected SKU must not take one of theirs. */
  readonly otherSkus: ReadonlyMap<string, number>;
  /** A workbook's sheet: the question names the cell to fix; undefined for a CSV (it names the line). */
  readonly sheet: string | undefined;
  /** The `fixes.…` keys asked, to say which of an answers file's were not needed. */
  readonly used: Set<string>;
}

/** Most rounds of corrections for one row (a new category may make the shelf life required…). */
const MAX_ROUNDS = 20;

/** The row with its invalid values corrected, or undefined when it is left out. */
async function correctRow(context: WizardContext, target: RowToCorrect): Promise<string[] | undefined> {
  const { t } = context;
  const { row, headers, columnOf } = target;
  const cells = [...row.cells];
  const asked = new Set<FieldName>();
  // The first round uses the import's own findings (they know the file: a duplicate SKU); later ones the row's rules.
  let findings: readonly Finding[] = row.findings;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const field = fieldsInError(findings).find((name) => columnOf[name] !== undefined);
    if (field === undefined) return fieldsInError(findings).length === 0 ? cells : undefined;
    const column = columnOf[field] ?? 0;
    // the column as the owner's file heads it (« Prix HT (€) »), never our field key
    const shown = headers[column] ?? t.columnName(field);
    const finding = firstErrorOn(findings, field);
    const problem = finding === undefined ? "" : renderFinding({ severity: "error", code: finding.code, line: row.line, field, column: shown, value: finding.value, params: finding.params }, t).message;
    const check = (raw: unknown): Parsed => {
      if (raw === null || raw === undefined || String(raw).trim() === "") return { isValid: true, value: null };
      const text = String(raw).trim();
      const taken = field === "sku" ? target.otherSkus.get(text) : undefined;
      if (taken !== undefined) return { isValid: false, problem: { code: "duplicate-sku", params: { field: shown, value: text, firstLine: taken } } };
      const candidate = cells.map((cell, index) => (index === column ? text : cell));
      const error = firstErrorOn(checkCatalogueRow(context.deps, headers, candidate, target.mapping), field);
      return error === undefined ? { isValid: true, value: text } : { isValid: false, problem: { code: error.code, params: { value: text, ...error.params, field: shown } } };
    };
    const key = fixKey(target.id, field);
    target.used.add(key);
    const value = await context.ask({
      key,
      kind: "input",
      // A workbook's row is named by the cell to fix (« Feuille Produits, cellule K5 »), a CSV's by its line.
      message: t.wizard("askFix", { line: row.line, where: target.sheet === undefined ? "" : t.ui("cellAt", { sheet: target.sheet, cell: `${columnLetters(column)}${row.line}` }), sku: target.id, field: shown, value: cells[column] ?? "", problem }),
      label: shown,
      parse: check,
      // Asked again when the first correction made another problem on the same field.
      isFresh: asked.has(field),
    });
    if (typeof value !== "string") return undefined;
    context.out(context.style.success(t.wizard("fixApplied", { sku: target.id, field: shown, from: cells[column] ?? "", to: value })));
    cells[column] = value;
    asked.add(field);
    findings = checkCatalogueRow(context.deps, headers, cells, target.mapping);
  }
  return undefined;
}
