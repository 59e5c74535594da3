import { closeSync, createReadStream, rmSync, writeSync } from "node:fs";
import { basename, dirname } from "node:path";
import yazl from "yazl";
import { columnLetters } from "../domain/catalogue/finding.js";
import { createAtomicFile, createTemporaryFile, toOutputError } from "./atomic-write.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A one-sheet .xlsx written row by row — the smallest package Excel and LibreOffice open: content
 * types, the package's and the workbook's relationships, the workbook, and the sheet, whose cells are
 * inline strings (`t="inlineStr"`: no shared-strings part). Every cell is written as text, exactly as
 * given (a postcode 4100 stays "4100", an EAN keeps its digits); a text starting with "=" is text in an
 * inline string, never a formula. The sheet's XML goes row by row to a hidden temporary file beside the
 * target (an import writes inside a transaction, with no await), and is zipped with yazl on commit;
 * the file appears under its name only then, complete.
 */
export interface XlsxTableWriter {
  /** Synchronous: callable inside an open transaction. */
  write(cells: readonly string[]): void;
  /** Zips the sheet into place; resolves to how many rows it holds after the header. */
  commit(): Promise<number>;
  /** Removes the temporary file. */
  discard(): void;
}

export function createXlsxTableWriter(path: string, header: readonly string[], sheetName: string, options: { readonly replace: boolean } = { replace: true }): XlsxTableWriter {
  let sheet: { readonly path: string; fd: number | undefined };
  try {
    const created = createTemporaryFile(dirname(path), `${basename(path)}.sheet`);
    sheet = { path: created.path, fd: created.fd };
  } catch (error) {
    throw toOutputError(error, path);
  }
  const close = (): void => {
    if (sheet.fd !== undefined) closeSync(sheet.fd);
    sheet.fd = undefined;
  };
  const discard = (): void => {
    close();
    rmSync(sheet.path, { force: true });
  };
  const append = (text: string): void => {
    if (sheet.fd === undefined) throw new Error(`${path} is already committed or discarded`);
    try {
      writeSync(sheet.fd, text);
    } catch (error) {
      discard();
      throw toOutputError(error, path);
    }
  };
  let rows = 0;
  append(`${XML_DECLARATION}<worksheet xmlns="${MAIN}"><sheetData>`);
  append(rowXml(1, header));
  return {
    write(cells) {
      rows++;
      append(rowXml(rows + 1, cells));
    },
    async commit() {
      append("</sheetData></worksheet>");
      close();
      const file = createAtomicFile(path, { replace: options.replace });
      try {
        await zipWorkbook(sheet.path, safeSheetName(sheetName), (chunk) => file.write(chunk));
        file.commit();
      } catch (error) {
        file.discard();
        throw toOutputError(error, path);
      } finally {
        rmSync(sheet.path, { force: true });
      }
      return rows;
    },
    discard,
  };
}

function zipWorkbook(sheetPath: string, sheetName: string, write: (chunk: Buffer) => void): Promise<void> {
  const zip = new yazl.ZipFile();
  const add = (name: string, xml: string): void => zip.addBuffer(Buffer.from(`${XML_DECLARATION}${xml}`, "utf8"), name);
  add(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `</Types>`,
  );
  add("_rels/.rels", `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  add("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="${escapeXmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  add("xl/_rels/workbook.xml.rels", `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  return new Promise((resolve, reject) => {
    const sheet = createReadStream(sheetPath);
    sheet.on("error", reject);
    zip.addReadStream(sheet, "xl/worksheets/sheet1.xml");
    zip.outputStream.on("data", (chunk: Buffer) => {
      try {
        write(chunk);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    zip.outputStream.on("end", () => resolve());
    zip.outputStream.on("error", reject);
    zip.end();
  });
}

/** One row of inline-string cells; empty cells are left out, as Excel leaves them out. */
function rowXml(rowNumber: number, cells: readonly string[]): string {
  let xml = `<row r="${rowNumber}">`;
  cells.forEach((cell, index) => {
    if (cell === "") return;
    xml += `<c r="${columnLetters(index)}${rowNumber}" t="inlineStr"><is><t xml:space="preserve">${escapeCellText(cell)}</t></is></c>`;
  });
  return `${xml}</row>`;
}

function escapeXmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * A cell's text in SpreadsheetML: characters XML 1.0 cannot hold (a control character, the very reason
 * a row may be rejected) are written `_xHHHH_`, as Excel writes them, and a text that already looks so
 * has its underscore escaped (`_x005F_`), so that Excel shows it unchanged.
 */
function escapeCellText(text: string): string {
  return escapeXmlText(
    text
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`),
  );
}

/** Excel's rules for a sheet's name: at most 31 characters, none of : \ / ? * [ ]. */
function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, " ").trim().slice(0, 31);
  return cleaned === "" ? "Feuil1" : cleaned;
}
