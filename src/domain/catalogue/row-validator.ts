import type { FindingCode, MessageParams, Severity } from "../errors.js";
import type { PostcodeDirectory } from "../geo/postcodes.js";
import type { CatalogueSettings } from "../settings.js";
import type { PictureFolder } from "./pictures.js";
import { FIELDS, type FieldName, isFieldName, matchHeader, REJECT_REASON_HEADERS, REQUIRED_FIELDS } from "./fields.js";
import type { Finding, FindingListener } from "./finding.js";
import { emptyProductValues, type ProductValues } from "./product-values.js";
import { CATALOGUE_RULES, CHECK_ORDER, FIELD_READERS } from "./rules/index.js";
import type {
  BlankRule,
  CellRule,
  FieldReader,
  FileEnding,
  FileCheck,
  FileRule,
  Outcome,
  ProductCheck,
  ProductRule,
  Readings,
  RecordRule,
  Rule,
  RuleContext,
} from "./rules/rule.js";
import { cellError, duplicateColumn, formulaNotComputed, missingColumn, unknownColumn } from "./rules/structure.js";

export type { ProductValues, Storage } from "./product-values.js";

/**
 * The catalogue rules, compiled once per header into one function per row: which rule runs on which
 * cell is decided up front from the columns present, so the per-row cost stays a handful of string
 * checks (a zod object parse per row doubled the cost of parsing).
 */

export interface ColumnLayout {
  /** Column index of each recognised field. */
  readonly columnOf: Readonly<Partial<Record<FieldName, number>>>;
  readonly headers: readonly string[];
  /** The header has an error (a required column missing, a field named twice): no row of it is reliable. */
  readonly hasErrors: boolean;
}

export interface CompileOptions {
  readonly settings: CatalogueSettings;
  readonly postcodes: PostcodeDirectory;
  /** Rows the file probably holds, to size the duplicate-SKU table once. */
  readonly expectedRows?: number | undefined;
  /**
   * Asked for each finding before it is built: `true` when the caller has only counted it (its list is
   * full, `--max-errors`), so that no finding object is made for it. A garbage file then costs little
   * more than a valid one, and its counts stay exact.
   */
  readonly isCountedOnly?: ((severity: Severity) => boolean) | undefined;
  /** The photos folder of `--images`: a product it has pictures for is not said to have none. */
  readonly pictureFolder?: PictureFolder | undefined;
}

/**
 * A workbook's cell that shows the owner no data — a formula's error (#N/A), a formula never computed —
 * found by the reader: its finding is said on the cell's field, and the cell is not read.
 */
export interface UnreadableCell {
  readonly code: (typeof cellError)["code"] | (typeof formulaNotComputed)["code"];
  /** What the cell shows or holds: the error (#N/A), the formula (=B2*2). */
  readonly value: string;
}

/** A row's unreadable cells, by column index. */
export type UnreadableCells = ReadonlyMap<number, UnreadableCell>;

const UNREADABLE_RULES = { [cellError.code]: cellError, [formulaNotComputed.code]: formulaNotComputed } as const;

export interface RowValidator {
  /** Checks one record; returns `true` when it has no error (warnings allowed). */
  validate(cells: readonly string[], line: number, unreadable?: UnreadableCells): boolean;
  /** The values of the last record validated. */
  readonly values: ProductValues;
  /** File-level findings that need the whole file (positive-list headings seen, the encoding it was read in). */
  finish(ending: FileEnding): void;
}

type Coded<R extends Rule> = R & { readonly code: FindingCode };

const RULES: readonly Coded<Rule>[] = CATALOGUE_RULES;
const RECORD_RULES = RULES.filter((rule): rule is Coded<RecordRule> => rule.kind === "record");
const FILE_RULES = RULES.filter((rule): rule is Coded<FileRule> => rule.kind === "file");
const BLANK_RULE_OF = new Map<FieldName, Coded<BlankRule>>(
  RULES.filter((rule): rule is Coded<BlankRule> => rule.kind === "blank").flatMap((rule) => rule.fields.map((field) => [field, rule] as const)),
);
const cellRulesOf = (field: FieldName): Coded<CellRule>[] =>
  RULES.filter((rule): rule is Coded<CellRule> => rule.kind === "cell" && rule.fields.includes(field));

/**
 * Maps the header to fields: `mapping` (from `--map` or a saved mapping: header as written → field)
 * wins over the built-in names. Reports missing, duplicate and unknown columns on line 1 — but not a
 * missing column whose value may come from elsewhere (`hasPictureFolder`: the photos folder), which
 * the rows then say one by one.
 */
export function layOutColumns(
  headers: readonly string[],
  mapping: Readonly<Record<string, string>>,
  onFinding: FindingListener,
  { hasPictureFolder = false }: { readonly hasPictureFolder?: boolean } = {},
): ColumnLayout {
  const columnOf: Partial<Record<FieldName, number>> = {};
  let hasErrors = false;
  const report = (finding: Finding): void => {
    if (finding.severity === "error") hasErrors = true;
    onFinding(finding);
  };
  const mappedByHeader = new Map(Object.entries(mapping).map(([header, field]) => [header.trim().toLowerCase(), field]));
  headers.forEach((header, index) => {
    const mapped = mappedByHeader.get(header.trim().toLowerCase());
    const field = mapped !== undefined && isFieldName(mapped) ? mapped : matchHeader(header);
    if (field === undefined) {
      if (header.trim() !== "" && !REJECT_REASON_HEADERS.includes(header.trim())) report(headerFinding(unknownColumn, undefined, header, header));
      return;
    }
    const first = columnOf[field];
    if (first !== undefined) {
      report(headerFinding(duplicateColumn, field, header, header, { first: headers[first] ?? "" }));
      return;
    }
    columnOf[field] = index;
  });
  for (const { name } of FIELDS) {
    if (columnOf[name] !== undefined) continue;
    const blank = BLANK_RULE_OF.get(name);
    const isSaidPerRow = hasPictureFolder && blank?.unless !== undefined;
    const rule = REQUIRED_FIELDS.includes(name) ? missingColumn : blank?.isSaidWithoutColumn === true && !isSaidPerRow ? blank : undefined;
    if (rule !== undefined) report(headerFinding(rule, name));
  }
  return { columnOf, headers, hasErrors };
}

function headerFinding(rule: Coded<Rule>, field: FieldName | undefined, column?: string, value?: string, params?: MessageParams): Finding {
  return { severity: rule.severity, code: rule.code, line: 1, field, column, value, params };
}

export function compileRowValidator(layout: ColumnLayout, options: CompileOptions, onFinding: FindingListener): RowValidator {
  const context: RuleContext = { settings: options.settings, postcodes: options.postcodes, pictureFolder: options.pictureFolder };
  const { isCountedOnly } = options;
  const col = layout.columnOf;
  const width = layout.headers.length;
  // A header error (a required column missing, a field named twice) was reported once, on line 1; it
  // makes every row invalid, on every path: validate, import (nothing of it lands, nothing is deleted).
  const isHeaderBroken = layout.hasErrors;
  const values = emptyProductValues();

  let cells: readonly string[] = [];
  let unreadable: UnreadableCells | undefined;
  let line = 0;
  let errors = 0;
  /** Bit i: this row's cell of CHECK_ORDER[i] was refused by an error; rules pointing at it then stay silent. */
  let refused = 0;

  function columnOf(field: FieldName | undefined): string | undefined {
    const index = field === undefined ? undefined : col[field];
    return index === undefined ? undefined : layout.headers[index];
  }

  function emitAt(rule: { readonly code: FindingCode; readonly severity: Severity }, atLine: number, field: FieldName | undefined, value: string | undefined, outcome: Outcome): void {
    // Counting errors here decides the row's verdict.
    if (rule.severity === "error") errors++;
    if (isCountedOnly?.(rule.severity) === true) return;
    const params = outcome === true ? undefined : outcome;
    onFinding({ severity: rule.severity, code: rule.code, line: atLine, field, column: columnOf(field), value, params });
  }

  /** The trimmed text of the row's cell for `field`; `undefined` when blank or absent. */
  function cellText(field: FieldName): string | undefined {
    const index = col[field];
    const text = index === undefined ? "" : (cells[index] ?? "").trim();
    return text.length === 0 ? undefined : text;
  }

  const fileChecks = new Map<Coded<FileRule>, FileCheck>();
  for (const rule of FILE_RULES) {
    const check = rule.start({ ...context, layout, expectedRows: options.expectedRows }, (atLine, value, params) =>
      emitAt(rule, atLine, rule.field, value, params),
    );
    if (check !== undefined) fileChecks.set(rule, check);
  }

  function compileCell<F extends FieldName>(field: F, refusedBit: number, index: number, reader: FieldReader<F>): () => void {
    const blank = BLANK_RULE_OF.get(field);
    const rules = cellRulesOf(field);
    /** Runs the field's rules on one reading, in table order; returns `true` when an error refused it. */
    const judge = (text: string, reading: Readings[F]): boolean => {
      for (const rule of rules) {
        const outcome = rule.check(text, reading, field);
        if (outcome === undefined) continue;
        emitAt(rule, line, field, text, outcome);
        if (rule.severity === "error") {
          refused |= refusedBit;
          return true;
        }
      }
      return false;
    };
    return () => {
      const shown = unreadable?.get(index);
      if (shown !== undefined) {
        reader.clear(values);
        emitAt(UNREADABLE_RULES[shown.code], line, field, shown.value, true);
        refused |= refusedBit;
        return;
      }
      const raw = cells[index];
      const text = raw === undefined ? "" : raw.trim();
      if (text.length === 0) {
        reader.clear(values);
        if (blank === undefined || blank.unless?.(values, context) === true) return;
        emitAt(blank, line, field, undefined, true);
        if (blank.severity === "error") refused |= refusedBit;
        return;
      }
      if (!reader.isList) {
        const reading = reader.read(text);
        reader.keep(values, reading, judge(text, reading));
        return;
      }
      reader.clear(values);
      for (const part of text.split("|")) {
        const item = part.trim();
        if (item.length === 0) continue;
        const reading = reader.read(item);
        reader.keep(values, reading, judge(item, reading));
      }
    };
  }

  const compileProductCheck =
    (rule: Coded<ProductRule>, check: ProductCheck, refusedBit: number) =>
    (): void => {
      if ((refused & refusedBit) !== 0) return;
      const outcome = check.check(values, context);
      if (outcome !== undefined) emitAt(rule, line, check.field, cellText(check.field), outcome);
    };

  const compileFileRow =
    (rule: Coded<FileRule>, check: Required<Pick<FileCheck, "row">>, refusedBit: number) =>
    (): void => {
      if ((refused & refusedBit) !== 0) return;
      const outcome = check.row(values, line);
      if (outcome !== undefined) emitAt(rule, line, rule.field, cellText(rule.field), outcome);
    };

  const steps: (() => void)[] = [];
  CHECK_ORDER.forEach((field, order) => {
    const refusedBit = 1 << order;
    const index = col[field];
    const reader: FieldReader<FieldName> = FIELD_READERS[field];
    // Without a column the value stays empty: set once, not per row.
    if (index === undefined) reader.clear(values);
    else steps.push(compileCell(field, refusedBit, index, reader));
    // …and a blank rule whose value may come from elsewhere is said row by row (see layOutColumns).
    const blank = BLANK_RULE_OF.get(field);
    if (index === undefined && blank?.unless !== undefined && context.pictureFolder !== undefined) {
      const { unless } = blank;
      steps.push(() => {
        if (!unless(values, context)) emitAt(blank, line, field, undefined, true);
      });
    }
    for (const rule of RULES) {
      if (rule.kind === "product") {
        for (const check of rule.checks) if (check.field === field) steps.push(compileProductCheck(rule, check, refusedBit));
      } else if (rule.kind === "file" && rule.field === field) {
        const check = fileChecks.get(rule);
        if (check?.row !== undefined) steps.push(compileFileRow(rule, { row: check.row }, refusedBit));
      }
    }
  });

  return {
    values,
    validate(rowCells, rowLine, rowUnreadable) {
      cells = rowCells;
      unreadable = rowUnreadable;
      line = rowLine;
      errors = 0;
      refused = 0;
      for (const rule of RECORD_RULES) {
        const outcome = rule.check(rowCells, width);
        if (outcome === undefined) continue;
        emitAt(rule, line, undefined, undefined, outcome);
        if (rule.severity === "error") return false;
      }
      for (const step of steps) step();
      return errors === 0 && !isHeaderBroken;
    },
    finish(ending) {
      for (const check of fileChecks.values()) check.finish?.(ending);
    },
  };
}
