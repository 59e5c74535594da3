// The "csv-parse alone" reference for scripts/bench.mjs: the least work any validate built on csv-parse
// can do — stream the file through the parser in array mode (no options) and count the records.
// Prints the record count (header included) so the bench can check the parse really happened.
//
//   node scripts/bench-parse-only.mjs <file.csv>

import { createReadStream } from "node:fs";
import process from "node:process";
import { finished } from "node:stream/promises";
import { parse } from "csv-parse";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node scripts/bench-parse-only.mjs <file.csv>\n");
  process.exitCode = 2;
} else {
  let records = 0;
  const input = createReadStream(file);
  const parser = input.pipe(parse());
  // .pipe() does not forward read errors (a missing file would just hang): hand them to the parser.
  input.on("error", (error) => parser.destroy(error));
  // A plain 'data' listener: the cheapest way to consume records (no async iterator per record).
  parser.on("data", () => {
    records += 1;
  });
  try {
    await finished(parser);
    process.stdout.write(`${records}\n`);
  } catch (error) {
    // Exit 2, like the CLI when it cannot do the job; the bench treats it as a failed run.
    process.stderr.write(`bench-parse-only: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
