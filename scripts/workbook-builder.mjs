// Builds .xlsx workbooks from rows of cells, for tests and the bench (no binary blobs in the
// repository: every test workbook comes from here). Cells: a string (shared string), a number, or
// { n, style: "date"|"price" }, { f, v } (formula with cached value, v omitted for none),
// { e: "#N/A" } (error cell). Sheets: { name, rows, hidden?, hiddenRows? }.
import yazl from "yazl";

const escape = (text) => String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const column = (index) => {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};
const STYLES = { date: 1, price: 2 };

/** @returns {Promise<Buffer>} */
export function buildXlsx(sheets, { omit = [] } = {}) {
  const strings = [];
  const stringIndex = new Map();
  const shared = (text) => {
    if (!stringIndex.has(text)) {
      stringIndex.set(text, strings.length);
      strings.push(text);
    }
    return stringIndex.get(text);
  };
  const sheetXml = sheets.map((sheet) => {
    const rows = sheet.rows.map((cells, r) => {
      const rowNumber = (sheet.firstRow ?? 1) + r;
      const hidden = sheet.hiddenRows?.includes(rowNumber) ? ' hidden="1"' : "";
      const xml = cells
        .map((cell, c) => {
          const ref = `${column(c)}${rowNumber}`;
          if (cell === null || cell === undefined || cell === "") return "";
          if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
          if (typeof cell === "string") return `<c r="${ref}" t="s"><v>${shared(cell)}</v></c>`;
          if ("e" in cell) return `<c r="${ref}" t="e"><v>${escape(cell.e)}</v></c>`;
          if ("f" in cell) return `<c r="${ref}"${typeof cell.v === "string" ? ' t="str"' : ""}><f>${escape(cell.f)}</f>${cell.v === undefined ? "" : `<v>${escape(cell.v)}</v>`}</c>`;
          return `<c r="${ref}" s="${STYLES[cell.style] ?? 0}"><v>${cell.n}</v></c>`;
        })
        .join("");
      return `<row r="${rowNumber}"${hidden}>${xml}</row>`;
    });
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
  });
  const zip = new yazl.ZipFile();
  const add = (name, text) => {
    if (!omit.includes(name)) zip.addBuffer(Buffer.from(text, "utf8"), name);
  };
  add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`);
  add("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((sheet, i) => `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}"${sheet.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`);
  add("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`);
  add("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`);
  sheetXml.forEach((xml, i) => add(`xl/worksheets/sheet${i + 1}.xml`, xml));
  add("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((text) => `<si><t xml:space="preserve">${escape(text)}</t></si>`).join("")}</sst>`);
  zip.end();
  return new Promise((resolve, reject) => {
    const parts = [];
    zip.outputStream.on("data", (chunk) => parts.push(chunk));
    zip.outputStream.on("end", () => resolve(Buffer.concat(parts)));
    zip.outputStream.on("error", reject);
  });
}

// ---------------------------------------------------------------------------------------------------
// Streaming: a workbook of any size written as its rows come (the bench's 100,000-row catalogue).
// Imported here rather than at the top, so that this section stays one block.
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";

const NUMBER_CELL = /^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/;

/**
 * Writes a one-sheet workbook to `path` as `rows` come (the header first, then rows of string cells):
 * the sheet's XML goes into the zip ~64 KB at a time and is never held whole. Texts are shared
 * strings, as Excel and LibreOffice write them, so a reader meets the files owners send; the table of
 * distinct texts is the one thing held, and it is written after the sheet. A cell that reads as a
 * plain figure (no leading zero: « 04100 » stays text) is a number, as a spreadsheet stores it.
 * @param {string} path
 * @param {{ sheet?: string, rows: Iterable<string[]> }} workbook
 * @returns {Promise<{ path: string, rows: number, bytes: number }>}
 */
export async function writeXlsxStream(path, { sheet = "Produits", rows }) {
  const CHUNK = 65536;
  const strings = [];
  const stringIndex = new Map();
  let stringCells = 0;
  let rowCount = 0;
  const letters = [];
  function* sheetXml() {
    let chunk = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
    for (const cells of rows) {
      rowCount += 1;
      chunk += `<row r="${rowCount}">`;
      for (let c = 0; c < cells.length; c += 1) {
        const cell = cells[c];
        if (cell === "") continue;
        letters[c] ??= column(c);
        const ref = `${letters[c]}${rowCount}`;
        if (NUMBER_CELL.test(cell)) {
          chunk += `<c r="${ref}"><v>${cell}</v></c>`;
          continue;
        }
        let index = stringIndex.get(cell);
        if (index === undefined) {
          index = strings.length;
          stringIndex.set(cell, index);
          strings.push(cell);
        }
        stringCells += 1;
        chunk += `<c r="${ref}" t="s"><v>${index}</v></c>`;
      }
      chunk += "</row>";
      if (chunk.length >= CHUNK) {
        yield Buffer.from(chunk, "utf8");
        chunk = "";
      }
    }
    yield Buffer.from(`${chunk}</sheetData></worksheet>`, "utf8");
  }
  // Read by the zip only once the sheet is written: the table is complete by then.
  function* sharedStringsXml() {
    let chunk = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${stringCells}" uniqueCount="${strings.length}">`;
    for (const text of strings) {
      chunk += `<si><t xml:space="preserve">${escape(text)}</t></si>`;
      if (chunk.length >= CHUNK) {
        yield Buffer.from(chunk, "utf8");
        chunk = "";
      }
    }
    yield Buffer.from(`${chunk}</sst>`, "utf8");
  }
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const zip = new yazl.ZipFile();
  const text = (name, xml) => zip.addBuffer(Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${xml}`, "utf8"), name);
  text("[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`);
  text("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${officeDocument}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  text("xl/workbook.xml", `<workbook xmlns="${main}" xmlns:r="${officeDocument}"><sheets><sheet name="${escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  text("xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${officeDocument}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${officeDocument}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  zip.addReadStreamLazy("xl/worksheets/sheet1.xml", (done) => done(null, Readable.from(sheetXml(), { objectMode: false })));
  zip.addReadStreamLazy("xl/sharedStrings.xml", (done) => done(null, Readable.from(sharedStringsXml(), { objectMode: false })));
  zip.end();
  const out = createWriteStream(path);
  zip.outputStream.pipe(out);
  await finished(out);
  return { path, rows: rowCount, bytes: out.bytesWritten };
}
