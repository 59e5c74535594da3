// Types for the benchmark's catalogue generator, used by the end-to-end tests.
export interface GenerateOptions {
  rows: number;
  path: string;
  seed?: number;
  invalidRate?: number;
  /** SKU numbering starts after this many rows (distinct SKUs across files). */
  firstRow?: number;
}

export interface GeneratedCatalogue {
  path: string;
  rows: number;
  bytes: number;
  invalidRows: number;
}

export function generateCatalogue(options: GenerateOptions): Promise<GeneratedCatalogue>;

/** The generated catalogue's header (its columns, in order). */
export const HEADER: string[];

/** The generator's rows one by one, as cells under HEADER (`invalid`: a row planted with an error). */
export function catalogueRows(options: { rows: number; seed?: number; invalidRate?: number; firstRow?: number }): Iterable<{ cells: string[]; invalid: boolean }>;
