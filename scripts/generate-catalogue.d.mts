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
