import type { MessageParams, Severity } from "../../errors.js";
import type { PostcodeDirectory } from "../../geo/postcodes.js";
import type { CatalogueSettings } from "../../settings.js";
import type { Category } from "../categories.js";
import type { PictureFolder } from "../pictures.js";
import type { FieldName } from "../fields.js";
import type { ProductValues, Storage } from "../product-values.js";
import type { ChannelRequirement, ReadinessCaution } from "../readiness.js";
import type { ColumnLayout } from "../row-validator.js";
import type { ImageReference } from "./images.js";

/**
 * The shapes of a catalogue rule. Every rule has one stable code and one severity, and says what it
 * reads; how it is applied depends on what it needs:
 *
 * - a *blank* rule: a field's cell is blank;
 * - a *cell* rule: the trimmed text of one cell and the field's reading of it (for a `|`-separated
 *   list, of one item), done once per cell by the field's reader;
 * - a *product* rule: the typed values of a product — a row once its cells are read, or a stored
 *   product (channel readiness runs the same rules);
 * - a *file* rule: state kept over the whole file, or what the reader found out about it;
 * - a *record* rule: the record as a whole, before its cells are read;
 * - codes found outside the rows' rules (the header's layout, the CSV reader, the import) have an
 *   entry too, so that every finding code and its severity are in the table.
 */

/** What a check says: `undefined` when the value passes; `true`, or the message's parameters, when it does not. */
export type Outcome = MessageParams | true | undefined;

export type SettingName = keyof CatalogueSettings;

export interface RuleContext {
  readonly settings: CatalogueSettings;
  readonly postcodes: PostcodeDirectory;
  /** The photos folder of `--images`, its files indexed by SKU; undefined without one. */
  readonly pictureFolder?: PictureFolder | undefined;
}

interface RuleBase<C extends string> {
  readonly code: C;
  readonly severity: Severity;
  /** Id of the source the rule relies on, where it has one. */
  readonly source: string | undefined;
  /** Thresholds the rule reads from the settings. */
  readonly settings: readonly SettingName[];
}

/** What each field's reader makes of a non-blank cell (of one item, for a list field). */
export interface Readings {
  readonly sku: string;
  readonly name_fr: string;
  readonly name_zh: string;
  readonly name_en: string;
  readonly brand: string;
  readonly category: Category | undefined;
  /** The digits, when they make a GTIN with a valid check digit. */
  readonly gtin: string | undefined;
  /** 6–10 digits, dots and spaces removed. */
  readonly hs_code: string | undefined;
  /** Five digits (a four-digit postcode gets its leading zero back). */
  readonly origin_postcode: string | undefined;
  /** Numbers: `parseScaledDecimal` at the field's scale (NaN, infinity and negative values included). */
  readonly shelf_life_months: number;
  readonly storage: Storage | undefined;
  readonly net_weight_g: number;
  readonly price_eur: number;
  readonly stock: number;
  /** One label, in its canonical spelling, when it is known. */
  readonly labels: string | undefined;
  /** One image: an https URL or a picture file's path; undefined for another kind of address. */
  readonly image_urls: ImageReference | undefined;
  readonly ingredients: string;
  readonly ingredients_zh: string;
  readonly manufacturer: string;
  readonly manufacturer_address: string;
  /** As written, with its volume in millilitres when it is one (`net-content.ts`). */
  readonly net_content: { readonly text: string; readonly millilitres: number | undefined };
}

/** Reads a field's cells once, for its rules, and puts the result into the product's values. */
export interface FieldReader<F extends FieldName> {
  /** The cell holds `|`-separated items, each read and judged on its own. */
  readonly isList: boolean;
  /** Reads a non-blank, trimmed cell (or item). */
  read(text: string): Readings[F];
  /** Keeps a reading in the values; `isRefused` when one of the field's error rules refused it. */
  keep(values: ProductValues, reading: Readings[F], isRefused: boolean): void;
  /** A blank cell, or no column: the field's value is empty. */
  clear(values: ProductValues): void;
}

export interface BlankRule<C extends string = string> extends RuleBase<C> {
  readonly kind: "blank";
  readonly fields: readonly FieldName[];
  /** Also said once, on line 1, when the file has no column for the field. */
  readonly isSaidWithoutColumn: boolean;
  /**
   * The value may come from elsewhere than the cell (the photos folder): the rule is then not said
   * for this product, and, without a column, it is said on each row instead of once on line 1.
   */
  readonly unless: ((product: ProductValues, context: RuleContext) => boolean) | undefined;
}

export interface CellRule<C extends string = string, F extends FieldName = FieldName> extends RuleBase<C> {
  readonly kind: "cell";
  readonly fields: readonly F[];
  /** `text` is the trimmed cell (or item), the finding's value; a cell's first error ends its checks. */
  check(text: string, reading: Readings[F], field: F): Outcome;
}

export interface ProductCheck {
  /** The field the finding points at; its cell's text is the finding's value. */
  readonly field: FieldName;
  /** The values the check reads. In a row it runs just after `field`'s cell, unless that cell was refused. */
  readonly reads: readonly FieldName[];
  check(product: ProductValues, context: RuleContext): Outcome;
}

export interface ProductRule<C extends string = string> extends RuleBase<C> {
  readonly kind: "product";
  /** Usually one; a rule that points at one field or another by what it finds has one per field. */
  readonly checks: readonly ProductCheck[];
  /** Channel readiness: the requirement a product fails when this (error) rule fires. */
  readonly blocks: ChannelRequirement | undefined;
  /** Channel readiness: the condition to confirm when this (warning) rule fires. */
  readonly caution: ReadinessCaution | undefined;
}

export interface FileContext extends RuleContext {
  readonly layout: ColumnLayout;
  /** Rows the file probably holds. */
  readonly expectedRows: number | undefined;
}

/** What the reader knows once the whole file is read. */
export interface FileEnding {
  /**
   * The encoding it read the file in, detected or told: only known at the end, since a file that
   * looked UTF-8 may turn out Windows-1252 further down.
   */
  readonly encoding: string | undefined;
}

/** Reports a finding of a file rule, on its field; `line` is the record's first line (1 for the file). */
export type FileReport = (line: number, value?: string, params?: MessageParams) => void;

export interface FileCheck {
  /** Each row, just after its `field` cell (not when that cell was refused). */
  row?(product: ProductValues, line: number): Outcome;
  /** After the last row. */
  finish?(ending: FileEnding): void;
}

export interface FileRule<C extends string = string> extends RuleBase<C> {
  readonly kind: "file";
  readonly field: FieldName;
  readonly reads: readonly FieldName[];
  /** Starts a file: `undefined` when there is nothing to check in it (a column it needs is absent). */
  start(file: FileContext, report: FileReport): FileCheck | undefined;
}

export interface RecordRule<C extends string = string> extends RuleBase<C> {
  readonly kind: "record";
  /** `width` is the header's; a record this rule refuses is not read further. */
  check(cells: readonly string[], width: number): Outcome;
}

/** A code decided outside the rows' rules: by the header's layout, the CSV reader or the import. */
export interface FoundElsewhere<C extends string = string> extends RuleBase<C> {
  readonly kind: "header" | "reading" | "import";
  /** What finds it, in a few words. */
  readonly detectedBy: string;
}

export type Rule = BlankRule | CellRule | ProductRule | FileRule | RecordRule | FoundElsewhere;

interface Described {
  readonly source?: string;
  readonly settings?: readonly SettingName[];
}

// The builders give every rule of a kind the same shape (V8 keeps the row validator's calls fast) and
// keep the code's literal type, from which the FindingCode union is derived.

export function blankRule<const C extends string>(
  spec: Described & {
    readonly code: C;
    readonly severity: Severity;
    readonly fields: readonly FieldName[];
    readonly isSaidWithoutColumn: boolean;
    readonly unless?: (product: ProductValues, context: RuleContext) => boolean;
  },
): BlankRule<C> {
  return {
    kind: "blank",
    code: spec.code,
    severity: spec.severity,
    source: spec.source,
    settings: spec.settings ?? [],
    fields: spec.fields,
    isSaidWithoutColumn: spec.isSaidWithoutColumn,
    unless: spec.unless,
  };
}

export function cellRule<const C extends string, const F extends FieldName>(
  spec: Described & {
    readonly code: C;
    readonly severity: Severity;
    readonly fields: readonly F[];
    check(text: string, reading: Readings[F], field: F): Outcome;
  },
): CellRule<C, F> {
  return { kind: "cell", code: spec.code, severity: spec.severity, source: spec.source, settings: spec.settings ?? [], fields: spec.fields, check: spec.check };
}

export function productRule<const C extends string>(
  spec: Described & {
    readonly code: C;
    readonly severity: Severity;
    readonly checks: readonly ProductCheck[];
    readonly blocks?: ChannelRequirement;
    readonly caution?: ReadinessCaution;
  },
): ProductRule<C> {
  return {
    kind: "product",
    code: spec.code,
    severity: spec.severity,
    source: spec.source,
    settings: spec.settings ?? [],
    checks: spec.checks,
    blocks: spec.blocks,
    caution: spec.caution,
  };
}

export function fileRule<const C extends string>(
  spec: Described & {
    readonly code: C;
    readonly severity: Severity;
    readonly field: FieldName;
    readonly reads: readonly FieldName[];
    start(file: FileContext, report: FileReport): FileCheck | undefined;
  },
): FileRule<C> {
  return { kind: "file", code: spec.code, severity: spec.severity, source: spec.source, settings: spec.settings ?? [], field: spec.field, reads: spec.reads, start: spec.start };
}

export function recordRule<const C extends string>(
  spec: Described & { readonly code: C; readonly severity: Severity; check(cells: readonly string[], width: number): Outcome },
): RecordRule<C> {
  return { kind: "record", code: spec.code, severity: spec.severity, source: spec.source, settings: spec.settings ?? [], check: spec.check };
}

export function foundElsewhere<const C extends string>(
  spec: Described & { readonly code: C; readonly severity: Severity; readonly kind: FoundElsewhere["kind"]; readonly detectedBy: string },
): FoundElsewhere<C> {
  return { kind: spec.kind, code: spec.code, severity: spec.severity, source: spec.source, settings: spec.settings ?? [], detectedBy: spec.detectedBy };
}
