import type { UnreadableCell } from "../domain/catalogue/row-validator.js";
import { EprovenceError } from "../domain/errors.js";
import { createRowCollector, formatNumber, MAX_COLUMNS, type PartReader, type SheetRef, type SheetReading, type WorkbookSheets } from "./workbook-parts.js";

/**
 * A LibreOffice Calc workbook's sheets (.ods, OpenDocument): every sheet is a `table:table` of
 * `content.xml`, hidden when its table style says `table:display="false"`. Calc writes runs of equal
 * rows and cells once with a repeat count — and pads every sheet to its last row and column with empty
 * ones (1,048,576 rows, 1024 columns): a repeated row or cell holding a value is read as that many,
 * empty ones only move the row and column numbers on. Names are read with the prefixes Calc writes
 * (`table:`, `office:`, `text:`), as every OpenDocument producer does.
 */
export async function openOdsSheets(read: PartReader, path: string): Promise<WorkbookSheets> {
  const sheets = await readSheetList(read);
  return {
    format: "ods",
    sheets,
    readSheet: (index, reading) => {
      const sheet = sheets[index];
      return sheet === undefined ? Promise.reject(new EprovenceError("workbook-unreadable", { path, reason: "corrupt" })) : readSheet(read, index, sheet, path, reading);
    },
  };
}

const CONTENT = "content.xml";

async function readSheetList(read: PartReader): Promise<SheetRef[]> {
  // The automatic styles come before the body: a table's style is known when the table opens.
  const hiddenStyles = new Set<string>();
  let styleName: string | undefined;
  const sheets: SheetRef[] = [];
  let depth = 0;
  await read(CONTENT, {
    open(tag) {
      if (tag.name === "style:style") styleName = tag.attributes["style:family"] === "table" ? tag.attributes["style:name"] : undefined;
      else if (tag.name === "style:table-properties" && styleName !== undefined && tag.attributes["table:display"] === "false") hiddenStyles.add(styleName);
      else if (tag.name === "table:table" && depth++ === 0) {
        sheets.push({ name: tag.attributes["table:name"] ?? "", isHidden: hiddenStyles.has(tag.attributes["table:style-name"] ?? "") });
      }
    },
    close(name) {
      if (name === "style:style") styleName = undefined;
      else if (name === "table:table") depth--;
    },
  });
  return sheets;
}

/** An attribute read as a repeat count: 1 unless it says more. */
function repeatOf(value: string | undefined): number {
  const count = value === undefined ? 1 : Number(value);
  return Number.isSafeInteger(count) && count > 1 ? count : 1;
}

/** What a cell shows from its attributes alone (numbers, dates, booleans); undefined: its text says it. */
function typedValue(attributes: Readonly<Record<string, string>>): string | undefined {
  switch (attributes["office:value-type"]) {
    case "float":
    case "currency":
    case "percentage":
      return attributes["office:value"] === undefined ? undefined : formatNumber(attributes["office:value"]);
    case "date":
      return attributes["office:date-value"]?.slice(0, 10);
    case "boolean":
      return attributes["office:boolean-value"] === undefined ? undefined : attributes["office:boolean-value"] === "true" ? "TRUE" : "FALSE";
    case "string":
      return attributes["office:string-value"];
    default:
      return undefined;
  }
}

const MAX_CELL_CHARS = 32_767;

/** The errors Calc and Excel show for a formula (Calc writes its own as Err:502, Err:504…). */
const ERROR_TEXT = /^(?:Err:\d{3}|#N\/A|#NULL!|#DIV\/0!|#VALUE!|#REF!|#NAME\?|#NUM!)$/;

/**
 * A cell that shows no data: a formula's error — marked `calcext:value-type="error"` by Calc, or
 * told by its text where the producer did not mark it — or the formula itself when it was saved
 * without a result (said by the formula).
 */
function findUnreadable(formula: string | undefined, isError: boolean, value: string | undefined, text: string): UnreadableCell | undefined {
  if (isError || (formula !== undefined && ERROR_TEXT.test(text))) return { code: "cell-error", value: text === "" ? "Err" : text };
  return formula !== undefined && value === undefined && text === "" ? { code: "formula-not-computed", value: formula } : undefined;
}

/** Elements of a cell whose text is no value: a comment, a drawing. */
const isOutsideValue = (name: string): boolean => name === "office:annotation" || name.startsWith("draw:");

async function readSheet(read: PartReader, wanted: number, sheet: SheetRef, path: string, reading: SheetReading): Promise<number> {
  const collector = createRowCollector(sheet.name, path, reading);
  let tables = 0;
  let depth = 0;
  let isInSheet = false;
  let rowNumber = 0;
  let rowRepeat = 1;
  let isHidden = false;
  let cells: string[] = [];
  let column = 0;
  let cellRepeat = 1;
  let isInCell = false;
  let value: string | undefined;
  let formula: string | undefined;
  let isError = false;
  let unreadable: Map<number, UnreadableCell> | undefined;
  let paragraphs: string[] = [];
  let paragraph = "";
  let isInParagraph = false;
  let skipped = 0;
  await read(CONTENT, {
    open(tag) {
      const { name, attributes } = tag;
      if (name === "table:table") {
        if (depth++ === 0) isInSheet = tables++ === wanted;
        return;
      }
      if (!isInSheet || depth !== 1) return;
      // saxes closes a self-closing tag too: every element opened here is closed below.
      if (skipped > 0 || isOutsideValue(name)) {
        skipped++;
        return;
      }
      switch (name) {
        case "table:table-row":
          rowRepeat = repeatOf(attributes["table:number-rows-repeated"]);
          isHidden = attributes["table:visibility"] === "collapse" || attributes["table:visibility"] === "filter";
          cells = [];
          column = 0;
          unreadable = undefined;
          break;
        case "table:table-cell":
        case "table:covered-table-cell":
          cellRepeat = repeatOf(attributes["table:number-columns-repeated"]);
          isInCell = true;
          // A cell covered by a merged one is empty, whatever Calc kept in it.
          value = name === "table:covered-table-cell" ? "" : typedValue(attributes);
          // "of:=[.B2]*2" → "=[.B2]*2": the formula as the owner typed it.
          formula = attributes["table:formula"]?.replace(/^[a-z]+:(?==)/, "");
          isError = attributes["calcext:value-type"] === "error";
          paragraphs = [];
          if (attributes["table:number-columns-spanned"] !== undefined) {
            const firstRow = rowNumber + 1;
            collector.addSpan({ firstRow, lastRow: firstRow + repeatOf(attributes["table:number-rows-spanned"]) - 1, firstColumn: column, lastColumn: column + repeatOf(attributes["table:number-columns-spanned"]) - 1 });
          }
          break;
        case "text:p":
          paragraph = "";
          isInParagraph = isInCell;
          break;
        case "text:s":
          // Spaces past the first, counted (a cell holds at most 32,767 characters in Excel and Calc).
          if (isInParagraph) paragraph += " ".repeat(Math.min(repeatOf(attributes["text:c"]), MAX_CELL_CHARS));
          break;
        case "text:tab":
          if (isInParagraph) paragraph += "\t";
          break;
        case "text:line-break":
          if (isInParagraph) paragraph += "\n";
          break;
      }
    },
    text(text) {
      // In a paragraph, a run of spaces, tabs and line ends is one space: the others are elements.
      if (isInParagraph && skipped === 0) paragraph += text.replace(/[ \t\r\n]+/g, " ");
    },
    close(name) {
      if (name === "table:table") {
        if (--depth === 0) isInSheet = false;
        return;
      }
      if (!isInSheet || depth !== 1) return;
      if (skipped > 0) {
        skipped--;
        return;
      }
      switch (name) {
        case "text:p":
          if (isInParagraph) paragraphs.push(paragraph);
          isInParagraph = false;
          break;
        case "table:table-cell":
        case "table:covered-table-cell": {
          isInCell = false;
          const shown = findUnreadable(formula, isError, value, paragraphs.join("\n"));
          const text = shown?.value ?? value ?? paragraphs.join("\n");
          if (shown !== undefined) for (let index = 0; index < cellRepeat; index++) (unreadable ??= new Map()).set(column + index, shown);
          if (text !== "") {
            if (column + cellRepeat > MAX_COLUMNS) throw new EprovenceError("workbook-unreadable", { path, reason: "corrupt" });
            while (cells.length < column) cells.push("");
            for (let index = 0; index < cellRepeat; index++) cells.push(text);
          }
          column += cellRepeat;
          break;
        }
        case "table:table-row":
          // Calc's padding rows (empty, repeated to the sheet's end) are counted, never expanded.
          if (cells.length > 0) for (let index = 1; index <= rowRepeat; index++) collector.add(cells, rowNumber + index, isHidden, unreadable);
          rowNumber += rowRepeat;
          break;
      }
    },
  });
  return collector.finish();
}
