import { dirname, join } from "node:path";
import { FIELDS, type FieldName } from "../../domain/catalogue/fields.js";
import { layOutColumns } from "../../domain/catalogue/row-validator.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../../domain/settings.js";
import type { Delimiter } from "../../io/csv-reader.js";
import { renderFinding } from "../../io/reports/render.js";
import { validateCatalogue } from "../../io/validate-catalogue.js";
import type { JsonValue } from "../../store/onboarding.js";
import type { FileOutcome, ImportOptions } from "../import/run-import.js";
import type { WizardContext } from "./context.js";

/**
 * The catalogue file the wizard imports — the user's, or the CSV of the products typed in — and how to
 * read it: the encoding and delimiter (detected unless forced) and the column mapping (`--map`).
 */
export interface CatalogueSource {
  readonly kind: "file" | "manual";
  readonly file: string;
  readonly encoding: string | null;
  readonly delimiter: Delimiter | null;
  readonly mapping: Readonly<Record<string, string>>;
}

export function toJson(source: CatalogueSource): JsonValue {
  return { kind: source.kind, file: source.file, encoding: source.encoding, delimiter: source.delimiter, mapping: { ...source.mapping } };
}

export function fromJson(value: JsonValue | undefined): CatalogueSource | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const record = value as Readonly<Record<string, JsonValue>>;
  if (typeof record.file !== "string") return undefined;
  return {
    kind: record.kind === "manual" ? "manual" : "file",
    file: record.file,
    encoding: typeof record.encoding === "string" ? record.encoding : null,
    delimiter: typeof record.delimiter === "string" ? (record.delimiter as Delimiter) : null,
    mapping: typeof record.mapping === "object" && record.mapping !== null && !Array.isArray(record.mapping) ? (record.mapping as Record<string, string>) : {},
  };
}

/** What the wizard shows before importing: what was detected, and which column feeds which field. */
export interface CataloguePreview {
  readonly encoding: string;
  readonly delimiter: Delimiter;
  readonly columns: readonly { readonly header: string; readonly field: FieldName | undefined }[];
  /** Required fields no column feeds. */
  readonly missing: readonly FieldName[];
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
}

/** How the wizard reads a chosen file: the encoding, delimiter and mapping the user confirmed. */
export function readingOptionsOf(context: WizardContext, source: CatalogueSource) {
  return {
    path: source.file,
    stdin: context.io.stdin,
    encoding: source.encoding ?? undefined,
    delimiter: source.delimiter ?? undefined,
    mapping: source.mapping,
    settings: DEFAULT_CATALOGUE_SETTINGS,
  } as const;
}

export async function previewCatalogue(context: WizardContext, source: CatalogueSource): Promise<CataloguePreview> {
  let headers: readonly string[] = [];
  const result = await validateCatalogue({
    ...readingOptionsOf(context, source),
    maxErrors: 0,
    onHeader(found) {
      headers = [...found];
    },
  });
  const { columnOf } = layOutColumns(headers, source.mapping, () => undefined);
  const fieldAt = new Map(Object.entries(columnOf).map(([field, index]) => [index, field as FieldName]));
  return {
    encoding: result.encoding,
    delimiter: result.delimiter,
    columns: headers.map((header, index) => ({ header, field: fieldAt.get(index) })),
    missing: FIELDS.filter((field) => field.requirement === "required" && columnOf[field.name] === undefined).map((field) => field.name),
    rows: result.summary.rows,
    errors: result.summary.errors,
    warnings: result.summary.warnings,
  };
}

/** The import options of `eprovence import` (upsert, no rejects file), for one wizard file. */
export function importOptionsOf(context: WizardContext, source: CatalogueSource): ImportOptions {
  const { t } = context;
  return {
    mode: "upsert",
    isDryRun: false,
    rejectsPath: () => undefined,
    mapping: source.mapping,
    maxErrors: 1000,
    encoding: source.encoding ?? undefined,
    delimiter: source.delimiter ?? undefined,
    settings: DEFAULT_CATALOGUE_SETTINGS,
    now: context.now,
    stdin: context.io.stdin,
    describe: (finding) => `${renderFinding(finding, t).message} [${finding.code}]`,
    rejectReasonHeader: t.ui("rejectReason"),
    listSeparator: t.ui("listSeparator"),
  };
}

/** One import in a sentence: its number and counts, or why it failed (the table of `import` is for batches). */
export function describeImport(context: WizardContext, outcome: FileOutcome): string {
  const { t, style } = context;
  if (outcome.failure !== undefined) {
    return style.error(`✖ ${t.message(outcome.failure.code, outcome.failure.params)}\n  → ${t.hint(outcome.failure.code, outcome.failure.params)}`);
  }
  if (outcome.status === "unchanged") return style.dim(t.ui("importUnchanged", { file: outcome.file, id: outcome.sameAsImport ?? "" }));
  return `${t.wizard("imported", { id: outcome.importId ?? "" })} ${t.ui("importCounts", { rows: outcome.rows, created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, deleted: outcome.deleted, rejected: outcome.rejected, warnings: outcome.warnings })}`;
}

/**
 * Where the wizard keeps the files it writes for the user (the products typed in, the corrected rows):
 * beside the database, one name per session, so the summary can say where they are.
 */
export function wizardFile(context: WizardContext, name: string): string {
  return join(dirname(context.databasePath), "onboarding", `session-${context.session().id}-${name}`);
}
