// Builds .ods workbooks (LibreOffice Calc) from rows of cells, for tests (no binary blobs in the
// repository: every test workbook comes from here), written as Calc writes them.
// Cells: a string (text: "\n" between paragraphs, runs of spaces as <text:s>, tabs as <text:tab>), a
// number (float), { date: "2026-03-01" }, { boolean: true }, { currency: 4.9 }, { percentage: 0.05 },
// { f, v } (formula with its cached value, a number or a string; v omitted for none, as written by a
// program that does not compute formulas), { f, error: "Err:502" } (formula whose result is an error,
// as Calc writes it), { richXml } (a text cell's own
// paragraphs, spans, line breaks, as written), { merge: n, cell } (a cell merged
// across n columns: the cell, then n - 1 covered cells), { repeat: n, cell } (n equal cells in a row).
// Rows: an array of cells, or { cells, repeat?, hidden?: "collapse" | "filter" }.
// Sheets: { name, rows, hidden? }. Like Calc, each row is padded with empty cells to 1024 columns and
// each sheet with empty rows to 1,048,576, both written once with a repeat count.
import yazl from "yazl";
import { escapeXml as escape, finishZip } from "./workbook-builder.mjs";

const MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
const COLUMNS = 1024;
const ROWS = 1_048_576;
const NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"',
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
].join(" ");

/** A paragraph's text as Calc writes it: a space kept as is, the ones after it as <text:s text:c="n"/>. */
function paragraph(line) {
  const body = line
    .split(/(\t| {2,})/)
    .map((part) => (part === "\t" ? "<text:tab/>" : /^ {2,}$/.test(part) ? ` <text:s${part.length > 2 ? ` text:c="${part.length - 1}"` : ""}/>` : escape(part)))
    .join("");
  return `<text:p>${body}</text:p>`;
}

const paragraphs = (text) => String(text).split("\n").map(paragraph).join("");

/** One cell's XML and how many columns it takes. */
function cellXml(cell) {
  if (cell === null || cell === undefined || cell === "") return { xml: "<table:table-cell/>", width: 1 };
  if (typeof cell === "number") return { xml: `<table:table-cell office:value-type="float" office:value="${cell}" calcext:value-type="float"><text:p>${cell}</text:p></table:table-cell>`, width: 1 };
  if (typeof cell === "string") return { xml: `<table:table-cell office:value-type="string" calcext:value-type="string">${paragraphs(cell)}</table:table-cell>`, width: 1 };
  if ("repeat" in cell) {
    const inner = cellXml(cell.cell).xml.replace("<table:table-cell", `<table:table-cell table:number-columns-repeated="${cell.repeat}"`);
    return { xml: inner, width: cell.repeat };
  }
  if ("merge" in cell) {
    const inner = cellXml(cell.cell).xml.replace("<table:table-cell", `<table:table-cell table:number-columns-spanned="${cell.merge}" table:number-rows-spanned="1"`);
    return { xml: inner + "<table:covered-table-cell/>".repeat(cell.merge - 1), width: cell.merge };
  }
  if ("richXml" in cell) return { xml: `<table:table-cell office:value-type="string" calcext:value-type="string">${cell.richXml}</table:table-cell>`, width: 1 };
  if ("date" in cell) return { xml: `<table:table-cell office:value-type="date" office:date-value="${cell.date}" calcext:value-type="date"><text:p>${cell.date.split("-").reverse().join("/")}</text:p></table:table-cell>`, width: 1 };
  if ("boolean" in cell) return { xml: `<table:table-cell office:value-type="boolean" office:boolean-value="${cell.boolean}" calcext:value-type="boolean"><text:p>${cell.boolean ? "VRAI" : "FAUX"}</text:p></table:table-cell>`, width: 1 };
  if ("currency" in cell) return { xml: `<table:table-cell office:value-type="currency" office:currency="EUR" office:value="${cell.currency}" calcext:value-type="currency"><text:p>${String(cell.currency).replace(".", ",")} €</text:p></table:table-cell>`, width: 1 };
  if ("percentage" in cell) return { xml: `<table:table-cell office:value-type="percentage" office:value="${cell.percentage}" calcext:value-type="percentage"><text:p>${cell.percentage * 100} %</text:p></table:table-cell>`, width: 1 };
  if ("f" in cell) {
    const formula = `table:formula="of:${escape(cell.f)}"`;
    if ("error" in cell) return { xml: `<table:table-cell ${formula} office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>${escape(cell.error)}</text:p></table:table-cell>`, width: 1 };
    if (cell.v === undefined) return { xml: `<table:table-cell ${formula}/>`, width: 1 };
    return typeof cell.v === "number"
      ? { xml: `<table:table-cell ${formula} office:value-type="float" office:value="${cell.v}" calcext:value-type="float"><text:p>${cell.v}</text:p></table:table-cell>`, width: 1 }
      : { xml: `<table:table-cell ${formula} office:value-type="string" office:string-value="${escape(cell.v)}" calcext:value-type="string">${paragraphs(cell.v)}</table:table-cell>`, width: 1 };
  }
  throw new Error(`unknown cell ${JSON.stringify(cell)}`);
}

function rowXml(row) {
  const { cells, repeat = 1, hidden } = Array.isArray(row) ? { cells: row } : row;
  let width = 0;
  const xml = cells.map((cell) => {
    const built = cellXml(cell);
    width += built.width;
    return built.xml;
  });
  const padding = COLUMNS - width > 0 ? `<table:table-cell table:number-columns-repeated="${COLUMNS - width}"/>` : "";
  const attributes = `table:style-name="ro1"${repeat > 1 ? ` table:number-rows-repeated="${repeat}"` : ""}${hidden ? ` table:visibility="${hidden}"` : ""}`;
  return { xml: `<table:table-row ${attributes}>${xml.join("")}${padding}</table:table-row>`, height: repeat };
}

function tableXml(sheet) {
  let height = 0;
  const rows = sheet.rows.map((row) => {
    const built = rowXml(row);
    height += built.height;
    return built.xml;
  });
  const padding = `<table:table-row table:style-name="ro1" table:number-rows-repeated="${ROWS - height}"><table:table-cell table:number-columns-repeated="${COLUMNS}"/></table:table-row>`;
  return `<table:table table:name="${escape(sheet.name)}" table:style-name="${sheet.hidden ? "ta2" : "ta1"}"><table:table-column table:number-columns-repeated="${COLUMNS}"/>${rows.join("")}${padding}</table:table>`;
}

/** @returns {Promise<Buffer>} */
export function buildOds(sheets) {
  const content =
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NAMESPACES} office:version="1.3">` +
    "<office:automatic-styles>" +
    '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>' +
    '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>' +
    '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>' +
    "</office:automatic-styles>" +
    `<office:body><office:spreadsheet>${sheets.map(tableXml).join("")}</office:spreadsheet></office:body></office:document-content>`;
  const zip = new yazl.ZipFile();
  // The OpenDocument package: `mimetype` first and stored, so its bytes sit at a fixed offset.
  zip.addBuffer(Buffer.from(MIMETYPE), "mimetype", { compress: false });
  zip.addBuffer(
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="${MIMETYPE}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    ),
    "META-INF/manifest.xml",
  );
  zip.addBuffer(Buffer.from(content), "content.xml");
  return finishZip(zip);
}
