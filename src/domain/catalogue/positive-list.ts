import { EprovenceError } from "../errors.js";

/**
 * The official CBEC positive list, as the consultant supplies it: 8-digit Chinese tariff lines, with
 * the edition's date and where the copy came from. We hold no machine-readable copy of our own; when
 * one is given, a product's HS code is judged against it instead of being "not checked".
 */
export interface PositiveList {
  /** The edition's date (YYYY-MM-DD), as the consultant gives it. */
  readonly edition: string;
  /** Where the copy comes from, in the consultant's words. */
  readonly source: string;
  /** When it was loaded (ISO 8601); the moment of reading for a file given to `validate`. */
  readonly importedAt: string;
  /** The 8-digit lines. */
  readonly lines: ReadonlySet<string>;
}

/** How a product's code stands against the list: an exact 8-digit line, a 6-digit heading some line starts with, or neither. */
export type PositiveListMatch = "line" | "heading" | "absent";

/**
 * A code of 8 digits or more is judged by its first 8 (the Chinese tariff line); a 6-digit code
 * (an international subheading) matches when some line starts with it — only a match of the heading,
 * to confirm at 8 digits.
 */
export function matchPositiveList(list: PositiveList, hsDigits: string): PositiveListMatch {
  if (hsDigits.length >= 8) return list.lines.has(hsDigits.slice(0, 8)) ? "line" : "absent";
  for (const line of list.lines) if (line.startsWith(hsDigits)) return "heading";
  return "absent";
}

/** Headers naming the column of codes (compared without case, accents, spaces or punctuation). */
const CODE_HEADERS = new Set(["code", "hscode", "codesh", "codehs", "sh", "hs", "tarif", "lignetarifaire", "tariffline", "tariff", "codetarif", "taxcode", "税号", "商品编码"]);

function simplify(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s._\-/]/g, "");
}

/** A code as written in the list: dots and spaces removed, 8 digits, else `undefined`. */
export function normaliseTariffLine(text: string): string | undefined {
  const digits = text.replace(/[.\s\u00a0]/g, "");
  return /^\d{8}$/.test(digits) ? digits : undefined;
}

export interface TableLine {
  readonly cells: readonly string[];
  readonly line: number;
}

/**
 * The lines of a positive-list table, whole or not at all: the column named by one of the code
 * headers, or the first column when the first row is a header of no known name but the next rows hold
 * codes, or when the first row is itself a code. Any code that is not 8 digits refuses the whole file.
 */
export function readPositiveListLines(rows: readonly TableLine[], path: string): Set<string> {
  const filled = rows.filter((row) => row.cells.some((cell) => cell !== ""));
  const [first] = filled;
  if (first === undefined) throw new EprovenceError("file-empty", { path });
  let column = first.cells.findIndex((cell) => CODE_HEADERS.has(simplify(cell)));
  let body = filled.slice(1);
  if (column < 0) {
    if (normaliseTariffLine(first.cells[0] ?? "") !== undefined) {
      column = 0;
      body = filled;
    } else if (filled.length > 1 && normaliseTariffLine(filled[1]?.cells[0] ?? "") !== undefined) {
      column = 0;
    } else {
      throw new EprovenceError("positive-list-no-code-column", { path, headers: first.cells.filter((cell) => cell !== "").join(", ") || "—" });
    }
  }
  const lines = new Set<string>();
  for (const row of body) {
    const text = row.cells[column] ?? "";
    const code = normaliseTariffLine(text);
    if (code === undefined) throw new EprovenceError("positive-list-invalid-code", { path, line: row.line, value: text === "" ? "—" : text });
    lines.add(code);
  }
  if (lines.size === 0) throw new EprovenceError("file-empty", { path });
  return lines;
}

/** A tariff line as customs write it: 3401.11.00. */
export function formatTariffCode(digits: string): string {
  return digits.length <= 4 ? digits : `${digits.slice(0, 4)}.${digits.slice(4).match(/.{1,2}/g)?.join(".") ?? ""}`;
}
