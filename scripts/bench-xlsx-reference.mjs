// The workbook reference for scripts/bench.mjs: the least work any reader built on yauzl + saxes can do
// to turn a workbook's sheet into rows of strings — inflate the shared strings and the first sheet,
// stream each through saxes, build each row's cells (a shared string looked up by its index) and
// count the rows. No sheet list, styles, header search or checks; nothing kept past its row.
// Prints the row count (header included) so the bench can check the parse really happened.
//
//   node scripts/bench-xlsx-reference.mjs <file.xlsx>

import process from "node:process";
import { StringDecoder } from "node:string_decoder";
import { SaxesParser } from "saxes";
import yauzl from "yauzl";

const SHEET = "xl/worksheets/sheet1.xml";
const SHARED_STRINGS = "xl/sharedStrings.xml";

const openZip = (path) =>
  new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) => (error ? reject(error) : resolve(zip))));

/** The entries by name (the central directory only; nothing inflated yet). */
function listEntries(zip) {
  return new Promise((resolve, reject) => {
    const entries = new Map();
    zip.on("entry", (entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", reject);
    zip.readEntry();
  });
}

/** Inflates one entry chunk by chunk into a saxes parser set up by `listen`. */
function parseEntry(zip, entry, listen) {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) {
        reject(error);
        return;
      }
      const parser = new SaxesParser();
      listen(parser);
      parser.on("error", reject);
      const decoder = new StringDecoder("utf8");
      stream.on("data", (chunk) => parser.write(decoder.write(chunk)));
      stream.on("error", reject);
      stream.on("end", () => {
        parser.write(decoder.end()).close();
        resolve();
      });
    });
  });
}

async function countRows(path) {
  const zip = await openZip(path);
  const entries = await listEntries(zip);
  const strings = [];
  const sharedStrings = entries.get(SHARED_STRINGS);
  if (sharedStrings) {
    let current = "";
    let inText = false;
    await parseEntry(zip, sharedStrings, (parser) => {
      parser.on("opentag", (tag) => {
        if (tag.name === "si") current = "";
        else if (tag.name === "t") inText = true;
      });
      parser.on("text", (text) => {
        if (inText) current += text;
      });
      parser.on("closetag", (tag) => {
        if (tag.name === "t") inText = false;
        else if (tag.name === "si") strings.push(current);
      });
    });
  }
  const sheet = entries.get(SHEET);
  if (!sheet) throw new Error(`no ${SHEET} in ${path}`);
  let rows = 0;
  let cells = [];
  let type = "";
  let value = "";
  let inValue = false;
  await parseEntry(zip, sheet, (parser) => {
    parser.on("opentag", (tag) => {
      if (tag.name === "c") {
        type = tag.attributes.t ?? "n";
        value = "";
      } else if (tag.name === "v" || tag.name === "t") inValue = true;
      else if (tag.name === "row") cells = [];
    });
    parser.on("text", (text) => {
      if (inValue) value += text;
    });
    parser.on("closetag", (tag) => {
      if (tag.name === "v" || tag.name === "t") inValue = false;
      else if (tag.name === "c") cells.push(type === "s" ? (strings[Number(value)] ?? "") : value);
      else if (tag.name === "row" && cells.length > 0) rows += 1;
    });
  });
  zip.close();
  return rows;
}

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node scripts/bench-xlsx-reference.mjs <file.xlsx>\n");
  process.exitCode = 2;
} else {
  try {
    process.stdout.write(`${await countRows(file)}\n`);
  } catch (error) {
    // Exit 2, like the CLI when it cannot do the job; the bench treats it as a failed run.
    process.stderr.write(`bench-xlsx-reference: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
