import { dirname, join } from "node:path";
import type { CatalogueReading } from "../../app/catalogue.js";
import { importCatalogueFile, type FileOutcome } from "../../app/import-catalogues.js";
import type { JsonValue } from "../../app/onboarding.js";
import type { Delimiter } from "../../domain/catalogue/delimiters.js";
import type { WizardContext } from "./context.js";

/**
 * The catalogue file the wizard imports — the user's, or the CSV of the products typed in — and how to
 * read it: the encoding and delimiter (detected unless forced), a workbook's sheet (found unless chosen)
 * and the column mapping (`--map`).
 */
export interface CatalogueSource {
  readonly kind: "file" | "manual";
  readonly file: string;
  readonly encoding: string | null;
  readonly delimiter: Delimiter | null;
  /** A workbook's sheet, by name or 1-based number, when the person chose one. */
  readonly sheet: string | null;
  readonly mapping: Readonly<Record<string, string>>;
  /** The folder of the products' photos, named by SKU (`--images`), when the person gave one. */
  readonly images: string | null;
  /** Where the picture paths of its image cells are read from, for a file the wizard wrote itself; null: the file's own folder. */
  readonly picturesFrom: string | null;
}

export function toJson(source: CatalogueSource): JsonValue {
  return { kind: source.kind, file: source.file, encoding: source.encoding, delimiter: source.delimiter, sheet: source.sheet, mapping: { ...source.mapping }, images: source.images, picturesFrom: source.picturesFrom };
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
    sheet: typeof record.sheet === "string" ? record.sheet : null,
    mapping: typeof record.mapping === "object" && record.mapping !== null && !Array.isArray(record.mapping) ? (record.mapping as Record<string, string>) : {},
    images: typeof record.images === "string" ? record.images : null,
    picturesFrom: typeof record.picturesFrom === "string" ? record.picturesFrom : null,
  };
}

/** How the wizard reads a chosen file: the encoding, delimiter, sheet and mapping the user confirmed, and the photos folder. */
export function readingOf(source: CatalogueSource): CatalogueReading {
  return {
    path: source.file,
    encoding: source.encoding ?? undefined,
    delimiter: source.delimiter ?? undefined,
    sheet: source.sheet ?? undefined,
    mapping: source.mapping,
    imagesFolder: source.images ?? undefined,
    picturesFrom: source.picturesFrom ?? undefined,
  };
}

/** The file imported by `import`'s own pipeline (upsert, one transaction, an entry in the history). */
export async function importSource(context: WizardContext, source: CatalogueSource): Promise<FileOutcome> {
  const merchant = await context.merchant();
  return importCatalogueFile(context.deps, { ...readingOf(source), merchantRef: String(merchant.id) });
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
