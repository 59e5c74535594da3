import { columnIndex } from "../domain/catalogue/finding.js";
import type { UnreadableCell } from "../domain/catalogue/row-validator.js";
import { EprovenceError } from "../domain/errors.js";
import { createRowCollector, formatNumber, MAX_COLUMNS, type PartReader, type SheetReading, type WorkbookSheets } from "./workbook-parts.js";

/**
 * An Excel workbook's sheets (.xlsx, .xlsm: values only, macros never run): the sheet list from the
 * workbook part and its relationships, then a sheet's rows with the shared strings and date styles.
 */
export async function openXlsxSheets(read: PartReader, has: (part: string) => boolean, path: string): Promise<WorkbookSheets> {
  const sheets = await readSheetList(read, has("xl/_rels/workbook.xml.rels"));
  const sharedStrings = has("xl/sharedStrings.xml") ? await readSharedStrings(read) : [];
  const dateStyles = has("xl/styles.xml") ? await readDateStyles(read) : new Set<number>();
  return {
    format: "xlsx",
    sheets,
    readSheet: (index, reading) => {
      const sheet = sheets[index];
      return sheet === undefined ? Promise.reject(new EprovenceError("workbook-unreadable", { path, reason: "corrupt" })) : readSheet(read, sheet, sharedStrings, dateStyles, path, reading);
    },
  };
}

interface XlsxSheet {
  readonly name: string;
  readonly isHidden: boolean;
  /** The sheet's part in the zip. */
  readonly part: string;
}

async function readSheetList(read: PartReader, hasRelationships: boolean): Promise<XlsxSheet[]> {
  const targets = new Map<string, string>();
  if (hasRelationships) {
    await read("xl/_rels/workbook.xml.rels", {
      open(tag) {
        if (tag.name === "Relationship") targets.set(String(tag.attributes.Id), String(tag.attributes.Target));
      },
    });
  }
  const sheets: XlsxSheet[] = [];
  await read("xl/workbook.xml", {
    open(tag) {
      if (tag.name !== "sheet") return;
      const id = String(tag.attributes["r:id"] ?? "");
      const target = targets.get(id) ?? `worksheets/sheet${sheets.length + 1}.xml`;
      const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
      sheets.push({ name: String(tag.attributes.name ?? ""), part, isHidden: tag.attributes.state !== undefined && tag.attributes.state !== "visible" });
    },
  });
  return sheets;
}

/** Shared strings, rich text read as its text (phonetic runs left out). */
async function readSharedStrings(read: PartReader): Promise<string[]> {
  const strings: string[] = [];
  let current = "";
  let inText = false;
  let inPhonetic = false;
  await read("xl/sharedStrings.xml", {
    open(tag) {
      if (tag.name === "si") current = "";
      else if (tag.name === "t") inText = true;
      else if (tag.name === "rPh") inPhonetic = true;
    },
    close(name) {
      if (name === "si") strings.push(decodeEscapes(current));
      else if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
    },
    text(text) {
      if (inText && !inPhonetic) current += text;
    },
  });
  return strings;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** The style indexes whose number format shows a date. */
async function readDateStyles(read: PartReader): Promise<Set<number>> {
  const dateFormats = new Set(BUILTIN_DATE_FORMATS);
  const styles = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  await read("xl/styles.xml", {
    open(tag) {
      if (tag.name === "numFmt") {
        const code = String(tag.attributes.formatCode ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, "");
        if (/[dmy]/i.test(code) && !/^[#0.,\s€%]*$/.test(code)) dateFormats.add(Number(tag.attributes.numFmtId));
      } else if (tag.name === "cellXfs") inCellXfs = true;
      else if (tag.name === "xf" && inCellXfs) {
        if (dateFormats.has(Number(tag.attributes.numFmtId ?? 0))) styles.add(index);
        index++;
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}

/**
 * Text as the owner typed it: OOXML writes a character XML cannot hold (a control character, a lone
 * CR) as `_xHHHH_`, and an underscore that would read as one as `_x005F_` (`_x005F_x0041_` is the
 * text `_x0041_`, not `_A`). Control characters decoded here meet the catalogue's rules as a CSV's do.
 */
function decodeEscapes(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}

/** "B12" → 12: the row of a cell reference. */
const rowOf = (reference: string): number => Number(/\d+$/.exec(reference)?.[0] ?? 0);

/** A date serial (days since 1899-12-30, the Excel 1900 system) → YYYY-MM-DD. */
function formatDate(raw: string): string {
  const serial = Number(raw);
  if (!Number.isFinite(serial)) return raw;
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10);
}

async function readSheet(read: PartReader, sheet: XlsxSheet, sharedStrings: readonly string[], dateStyles: ReadonlySet<number>, path: string, reading: SheetReading): Promise<number> {
  const collector = createRowCollector(sheet.name, path, reading);
  let isHidden = false;
  let cells: string[] = [];
  let rowNumber = 0;
  let cellType = "n";
  let cellStyle = 0;
  let cellColumn = 0;
  let value = "";
  let inValue = false;
  let hasValue = false;
  let formula: string | undefined;
  let inFormula = false;
  let inPhonetic = false;
  let unreadable: Map<number, UnreadableCell> | undefined;
  await read(sheet.part, {
    open(tag) {
      switch (tag.name) {
        case "row": {
          rowNumber = tag.attributes.r === undefined ? rowNumber + 1 : Number(tag.attributes.r);
          isHidden = tag.attributes.hidden === "1" || tag.attributes.hidden === "true";
          cells = [];
          cellColumn = 0;
          unreadable = undefined;
          break;
        }
        case "c":
          cellType = String(tag.attributes.t ?? "n");
          cellStyle = Number(tag.attributes.s ?? 0);
          cellColumn = tag.attributes.r === undefined ? cellColumn : columnIndex(String(tag.attributes.r));
          if (cellColumn >= MAX_COLUMNS) throw new EprovenceError("workbook-unreadable", { path, reason: "corrupt" });
          value = "";
          hasValue = false;
          formula = undefined;
          break;
        case "f":
          inFormula = true;
          formula = "";
          break;
        case "v":
        case "t":
          inValue = !inPhonetic;
          hasValue = true;
          break;
        // An inline string's phonetic guide (furigana) is no part of its text.
        case "rPh":
          inPhonetic = true;
          break;
        case "mergeCell": {
          const [first = "", last = first] = String(tag.attributes.ref ?? "").split(":");
          collector.addSpan({ firstRow: rowOf(first), lastRow: rowOf(last), firstColumn: columnIndex(first), lastColumn: columnIndex(last) });
          break;
        }
      }
    },
    text(text) {
      if (inValue) value += text;
      else if (inFormula) formula += text;
    },
    close(name) {
      if (name === "v" || name === "t") inValue = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "f") inFormula = false;
      else if (name === "c") {
        // A formula's error (t="e") shows the owner no data, nor does a formula saved without its result.
        const shown = cellType === "e" && hasValue ? value : formula !== undefined && !hasValue ? `=${formula}` : undefined;
        if (hasValue || shown !== undefined) {
          while (cells.length < cellColumn) cells.push("");
          cells[cellColumn] = shown ?? cellText(cellType, cellStyle, value, sharedStrings, dateStyles);
        }
        if (shown !== undefined) (unreadable ??= new Map()).set(cellColumn, { code: cellType === "e" ? "cell-error" : "formula-not-computed", value: shown });
        cellColumn++;
      } else if (name === "row") {
        collector.add(cells, rowNumber, isHidden, unreadable);
      }
    },
  });
  return collector.finish();
}

function cellText(type: string, style: number, value: string, sharedStrings: readonly string[], dateStyles: ReadonlySet<number>): string {
  switch (type) {
    case "s":
      return sharedStrings[Number(value)] ?? "";
    case "b":
      return value === "1" ? "TRUE" : "FALSE";
    case "str":
    case "inlineStr":
      return decodeEscapes(value);
    default:
      return dateStyles.has(style) ? formatDate(value) : formatNumber(value);
  }
}
