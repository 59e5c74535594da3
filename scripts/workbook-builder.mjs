// Builds .xlsx workbooks from rows of cells, for tests and the bench (no binary blobs in the
// repository: every test workbook comes from here). Cells: a string (shared string, its control
// characters written _xHHHH_ as Excel writes them), a number, or
// { n, style: "date"|"price" }, { f, v } (formula with cached value, v omitted for none),
// { e: "#N/A" } (error cell), { b: true } (boolean), { richXml } (a shared string given as its <si>
// content: runs, phonetic runs), { inlineXml } (an inline string given as its <is> content).
// Sheets: { name, rows, hidden?, hiddenRows?, merges?: ["B1:C1"] }.
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import yazl from "yazl";

const escape = (text) => String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const column = (index) => {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};
const STYLES = { date: 1, price: 2 };

/** @returns {Promise<Buffer>} */
export function buildXlsx(sheets, { omit = [], macroEnabled = false } = {}) {
  const strings = [];
  const stringIndex = new Map();
  // Each shared string as the XML inside its <si>.
  const shared = (xml) => {
    if (!stringIndex.has(xml)) {
      stringIndex.set(xml, strings.length);
      strings.push(xml);
    }
    return stringIndex.get(xml);
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
          if (typeof cell === "string") return `<c r="${ref}" t="s"><v>${shared(`<t xml:space="preserve">${escape(asExcelWrites(cell))}</t>`)}</v></c>`;
          if ("richXml" in cell) return `<c r="${ref}" t="s"><v>${shared(cell.richXml)}</v></c>`;
          if ("inlineXml" in cell) return `<c r="${ref}" t="inlineStr"><is>${cell.inlineXml}</is></c>`;
          if ("b" in cell) return `<c r="${ref}" t="b"><v>${cell.b ? 1 : 0}</v></c>`;
          if ("e" in cell) return `<c r="${ref}" t="e"><v>${escape(cell.e)}</v></c>`;
          if ("f" in cell) return `<c r="${ref}"${typeof cell.v === "string" ? ' t="str"' : ""}><f>${escape(cell.f)}</f>${cell.v === undefined ? "" : `<v>${escape(cell.v)}</v>`}</c>`;
          return `<c r="${ref}" s="${STYLES[cell.style] ?? 0}"><v>${cell.n}</v></c>`;
        })
        .join("");
      return `<row r="${rowNumber}"${hidden}>${xml}</row>`;
    });
    const merges = sheet.merges === undefined ? "" : `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData>${merges}</worksheet>`;
  });
  const zip = new yazl.ZipFile();
  const add = (name, text) => {
    if (!omit.includes(name)) zip.addBuffer(Buffer.from(text, "utf8"), name);
  };
  addPackageParts(add, sheets, macroEnabled);
  sheetXml.forEach((xml, i) => add(`xl/worksheets/sheet${i + 1}.xml`, xml));
  add("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((xml) => `<si>${xml}</si>`).join("")}</sst>`);
  return finishZip(zip);
}

/**
 * The parts around the sheets: content types, the workbook and its relationships, the styles; for a
 * macro-enabled workbook (.xlsm), its content type and a VBA project part.
 */
function addPackageParts(add, sheets, macroEnabled = false) {
  const main = macroEnabled ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/workbook.xml" ContentType="${main}"/></Types>`);
  if (macroEnabled) add("xl/vbaProject.bin", 'Sub Workbook_Open()\r\n  Shell "calc.exe"\r\nEnd Sub\r\n');
  add("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((sheet, i) => `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}"${sheet.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`);
  add("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`);
  add("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`);
}

/** The zip, ended, as bytes. */
export function finishZip(zip) {
  zip.end();
  return new Promise((resolve, reject) => {
    const parts = [];
    zip.outputStream.on("data", (chunk) => parts.push(chunk));
    zip.outputStream.on("end", () => resolve(Buffer.concat(parts)));
    zip.outputStream.on("error", reject);
  });
}

/**
 * A one-sheet workbook (« Produits ») whose sheet XML inside <sheetData> comes from `rowsXml`, an
 * iterable of strings deflated as they come: sheets too large to build as one string (a million rows,
 * a zip bomb). `declaredSize` writes that size for the sheet in the zip's directory instead of its own:
 * a zip whose sizes lie.
 * @returns {Promise<Buffer>}
 */
export async function buildStreamedXlsx(rowsXml, { declaredSize } = {}) {
  const sheetPart = "xl/worksheets/sheet1.xml";
  const zip = new yazl.ZipFile();
  addPackageParts((name, text) => zip.addBuffer(Buffer.from(text, "utf8"), name), [{ name: "Produits" }]);
  const xml = (function* () {
    yield Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
    for (const text of rowsXml) yield Buffer.from(text, "utf8");
    yield Buffer.from("</sheetData></worksheet>");
  })();
  // Level 1: a fast deflate, for the hundreds of MB of a zip bomb.
  zip.addReadStream(Readable.from(xml), sheetPart, { compressionLevel: 1 });
  const bytes = await finishZip(zip);
  return declaredSize === undefined ? bytes : declareSize(bytes, sheetPart, declaredSize);
}

/** The zip with `size` written as the uncompressed size of entry `name` in its central directory: sizes that lie. */
export function declareSize(bytes, name, size) {
  // An entry of the central directory: its signature, then its uncompressed size at offset 24.
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 4)) {
    if (bytes.toString("utf8", at + 46, at + 46 + bytes.readUInt16LE(at + 28)) === name) bytes.writeUInt32LE(size, at + 24);
  }
  return bytes;
}

/** A cell's text as Excel writes it: what XML 1.0 cannot hold as _xHHHH_, a text that looks so with its underscore escaped. */
function asExcelWrites(text) {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(/[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f]/g, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/**
 * An OLE container (the Compound File Binary format of old Office files) holding streams so named,
 * empty: an old .xls (["Workbook"]) or a workbook encrypted with a password (["EncryptionInfo",
 * "EncryptedPackage"]). One FAT sector, one directory sector: at most three streams.
 * @returns {Buffer}
 */
export function buildOleContainer(streamNames) {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END_OF_CHAIN = 0xfffffffe;
  const bytes = Buffer.alloc(SECTOR * 3, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x3e, 0x18); // minor version
  bytes.writeUInt16LE(3, 0x1a); // major version: 512-byte sectors
  bytes.writeUInt16LE(0xfffe, 0x1c); // byte order
  bytes.writeUInt16LE(9, 0x1e); // sector shift
  bytes.writeUInt16LE(6, 0x20); // mini sector shift
  bytes.writeUInt32LE(1, 0x2c); // FAT sectors
  bytes.writeUInt32LE(1, 0x30); // first directory sector
  bytes.writeUInt32LE(4096, 0x38); // mini stream cutoff
  bytes.writeUInt32LE(END_OF_CHAIN, 0x3c); // no mini FAT
  bytes.writeUInt32LE(END_OF_CHAIN, 0x44); // no DIFAT sector
  bytes.writeUInt32LE(0, 0x4c); // the FAT is sector 0
  for (let index = 1; index < 109; index++) bytes.writeUInt32LE(FREE, 0x4c + index * 4);
  // Sector 0, the FAT: itself, then the directory's one sector.
  const fat = SECTOR;
  for (let index = 0; index < SECTOR / 4; index++) bytes.writeUInt32LE(FREE, fat + index * 4);
  bytes.writeUInt32LE(0xfffffffd, fat);
  bytes.writeUInt32LE(END_OF_CHAIN, fat + 4);
  // Sector 1, the directory: the root, whose child is the first stream, each stream's right sibling the next.
  const entries = [{ name: "Root Entry", type: 5 }, ...streamNames.map((name) => ({ name, type: 2 }))];
  entries.forEach(({ name, type }, index) => {
    const at = SECTOR * 2 + index * 128;
    bytes.write(name, at, "utf16le");
    bytes.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    bytes[at + 0x42] = type;
    bytes[at + 0x43] = 1; // black
    bytes.writeUInt32LE(FREE, at + 0x44); // left sibling
    bytes.writeUInt32LE(type === 2 && index < entries.length - 1 ? index + 1 : FREE, at + 0x48); // right sibling
    bytes.writeUInt32LE(type === 5 && entries.length > 1 ? 1 : FREE, at + 0x4c); // child
    bytes.writeUInt32LE(END_OF_CHAIN, at + 0x74); // no data
  });
  return bytes;
}

export { escape as escapeXml };

// ---------------------------------------------------------------------------------------------------
// Streaming: a workbook of any size written as its rows come (the bench's 100,000-row catalogue).

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
