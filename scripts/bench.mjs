// `npm run bench`: how fast and how lean `eprovence validate` is, next to references measured in the
// same run. Whole child processes, interleaved rounds, medians — absolute times drift between runs
// and machines, ratios taken in one run do not.
//
//   node scripts/bench.mjs [--rows N] [--rounds N] [--products N] [--only validate|import|xlsx|batch|export|portfolio|coldstart]
//   env: BENCH_ROWS (default 1000000), BENCH_ROUNDS (default 3), BENCH_PRODUCTS (default 500000: the
//        catalogue `export`, `export --check` and `dossier` read, stored once and cached; `xlsx` reads
//        the same rows as a workbook, at most 100000 of them),
//        BENCH_CLI (default bin/eprovence.js; point it at a stand-in to test this harness).
//   `portfolio`: 1,000 companies × 1,000 products (fixed), generated once into a cached database.
//
// Prints a table on stdout, then one line `BENCH_JSON {…}` for machines; progress goes to stderr.
// Exits 0 whatever the figures (targets are marked PASS/FAIL), 1 if a child failed, 2 on bad usage.

import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { accessSync, constants, copyFileSync, createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import process from "node:process";
import { finished } from "node:stream/promises";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { catalogueRows, generateCatalogue, HEADER } from "./generate-catalogue.mjs";
import { writeXlsxStream } from "./workbook-builder.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = resolve(ROOT, process.env.BENCH_CLI ?? "bin/eprovence.js");
const PARSE_ONLY = join(ROOT, "scripts", "bench-parse-only.mjs");
const XLSX_REFERENCE = join(ROOT, "scripts", "bench-xlsx-reference.mjs");
/**
 * The workbook reader holds a sheet's XML whole, under a 512 MB cap per part: 100,000 generated rows
 * make a ~51 MB sheet, a million would pass the cap. The workbook bench stops at this many rows.
 */
const XLSX_MAX_ROWS = 100_000;
const NODE = process.execPath;
const SEED = 42;
// Bump when the generator's output changes, so cached files are not reused across versions.
const GENERATOR_VERSION = 1;
const CACHE_DIR = join(tmpdir(), "eprovence-bench");
const COLD_START_RUNS = 15;
const TARGETS = { portfolioOverReference: 10, portfolioPeakRssMB: 300, errorsOverValid: 0.7, overCsvParse: 1.3, peakRssMB: 200, rssGrowth: 1.5, coldStart: 2.5, importOverRaw: 1.3, importPeakRssMB: 250, batchRerun: 0.1, exportPeakRssMB: 300, xlsxOverReference: 1.3, xlsxPeakRssMB: 400 };
const RAW_INSERT = join(ROOT, "scripts", "bench-raw-insert.mjs");
const BATCH = { files: 200, rowsPerFile: 5000, merchants: 40 };
const PORTFOLIO = { companies: 1000, productsPerCompany: 1000 };
const GROUP_COUNT = join(ROOT, "scripts", "bench-group-count.mjs");

const log = (message) => process.stderr.write(`${message}\n`);

/**
 * A folder of this run's own for the databases and outputs it writes (inputs stay cached and shared):
 * two benches run at once, from two checkouts, must not delete each other's files. Removed at exit.
 */
function runFolder(name) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const folder = mkdtempSync(join(CACHE_DIR, `${name}-`));
  process.on("exit", () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

// ------------------------------------------------------------------------------------------ options

function parseOptions(argv, env) {
  const options = {
    rows: Number(env.BENCH_ROWS ?? 1_000_000),
    rounds: Number(env.BENCH_ROUNDS ?? 3),
    products: Number(env.BENCH_PRODUCTS ?? 500_000),
    only: null,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (flag === "--rows") options.rows = Number(value());
    else if (flag === "--rounds") options.rounds = Number(value());
    else if (flag === "--products") options.products = Number(value());
    else if (flag === "--only") options.only = value();
    else if (flag === "--help" || flag === "-h") return { help: true };
    else return { error: `unknown option ${argv[i]}` };
  }
  if (!Number.isInteger(options.rows) || options.rows < 1) return { error: "--rows must be a whole number ≥ 1" };
  if (!Number.isInteger(options.rounds) || options.rounds < 1) return { error: "--rounds must be a whole number ≥ 1" };
  if (!Number.isInteger(options.products) || options.products < 10) return { error: "--products must be a whole number ≥ 10" };
  if (options.only !== null && !["validate", "import", "xlsx", "batch", "export", "portfolio", "coldstart"].includes(options.only)) {
    return { error: "--only must be validate, import, xlsx, batch, export, portfolio or coldstart" };
  }
  return options;
}

// ------------------------------------------------------------------------------------------ helpers

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return null;
}

/** GNU time's `-f '%e %M'` gives the child's peak RSS; check it works here rather than trust the path. */
function findTime() {
  const time = "/usr/bin/time";
  if (!existsSync(time)) return null;
  const probe = spawnSync(time, ["-f", "%e %M", NODE, "-e", "0"], { encoding: "utf8" });
  return probe.status === 0 && /\d+\.\d+ \d+\s*$/.test(probe.stderr) ? time : null;
}

/**
 * Generated files are cached by rows + seed (+ error share): generating 1M rows takes ~10 s and ~400 MB.
 * `invalidRate` 0: every row is a product the import stores (the export bench counts products).
 */
async function ensureCatalogue(rows, { invalidRate } = {}) {
  const errors = invalidRate === undefined ? "" : `-invalid${invalidRate}`;
  const path = join(CACHE_DIR, `catalogue-${rows}-seed${SEED}${errors}-v${GENERATOR_VERSION}.csv`);
  if (existsSync(path)) {
    log(`using cached ${path}`);
  } else {
    log(`generating ${rows.toLocaleString("en-US")} rows into ${path} …`);
    const started = performance.now();
    // Write aside and rename, so an interrupted run never leaves a truncated file in the cache.
    const partial = `${path}.partial-${process.pid}`;
    await generateCatalogue({ rows, seed: SEED, path: partial, ...(invalidRate === undefined ? {} : { invalidRate }) });
    renameSync(partial, path);
    log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return { path, rows, bytes: statSync(path).size };
}

/** The header, then the generator's rows as cells: a workbook's sheet. */
function* sheetRows(rows) {
  yield HEADER;
  for (const row of rows) yield row.cells;
}

/**
 * The generator's rows (same seed, same products as `ensureCatalogue`'s CSV) as a one-sheet .xlsx,
 * written by a streaming writer and cached like the CSV files.
 */
async function ensureWorkbook(rows) {
  const path = join(CACHE_DIR, `catalogue-${rows}-seed${SEED}-v${GENERATOR_VERSION}.xlsx`);
  if (existsSync(path)) {
    log(`using cached ${path}`);
  } else {
    log(`writing ${rows.toLocaleString("en-US")} rows as a workbook into ${path} …`);
    const started = performance.now();
    mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${path}.partial-${process.pid}`;
    await writeXlsxStream(partial, { sheet: "Produits", rows: sheetRows(catalogueRows({ rows, seed: SEED })) });
    renameSync(partial, path);
    log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return { path, rows, bytes: statSync(path).size };
}

/**
 * A garbage catalogue of `rows` rows: the generator's header, and in every row nearly every cell
 * invalid (a SKU with a space, no French name, pinyin for Chinese, an unknown category, a short GTIN,
 * letters for numbers…): about 15 errors a row, what a wrong file or a wrong `--map` gives, in rows
 * about as long as the valid file's (MB/s compare). With the default `--max-errors` only the first
 * 1000 are detailed; the rest are counted.
 */
async function ensureErrorHeavyCatalogue(rows) {
  const path = join(CACHE_DIR, `catalogue-errors-${rows}-v${GENERATOR_VERSION}.2.csv`);
  if (existsSync(path)) {
    log(`using cached ${path}`);
    return { path, rows, bytes: statSync(path).size };
  }
  log(`generating ${rows.toLocaleString("en-US")} error-heavy rows into ${path} …`);
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${path}.partial-${process.pid}`;
  const out = createWriteStream(partial, { encoding: "utf8" });
  const header = "sku,name_fr,name_zh,name_en,brand,category,gtin,hs_code,origin_postcode,shelf_life_months,storage,net_weight_g,price_eur,stock,labels,image_urls\n";
  let chunk = header;
  for (let i = 1; i <= rows; i += 1) {
    const n = String(i).padStart(6, "0");
    chunk +=
      `SAV ${n},,Masai xiangzao ${n} ganlanyou 300 ke Masai shougong zhizuo,Marseille soap with olive oil 300 g – handmade in Marseille ${n},,` +
      `savon ${i % 7},37600${n},34x${i % 10},99${n.slice(-3)},-${i % 30},chaud,${n}g,${i % 97},douze,label-${i % 13}|bio-${i % 5},` +
      `ftp://img.example.com/${n}/1.jpg|ftp://img.example.com/${n}/2.jpg|ftp://img.example.com/${n}/3.jpg\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await finished(out);
  renameSync(partial, path);
  return { path, rows, bytes: statSync(path).size };
}

/** Reads a file once, untimed, so round 1 does not pay disk reads that later rounds get from cache. */
async function warmPageCache(path) {
  const stream = createReadStream(path);
  stream.resume();
  await finished(stream);
}

/**
 * Runs one child to completion. Wall-clock from our side (high resolution); peak RSS from
 * /usr/bin/time, whose report is the last line of stderr (after the child's own output).
 */
function runChild({ cmd, args, time, captureStdout = false }) {
  const [file, argv] = time ? [time, ["-f", "%e %M", cmd, ...args]] : [cmd, args];
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(file, argv, { stdio: ["ignore", captureStdout ? "pipe" : "ignore", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
    });
    // Keep only the tail: enough for time's line and an error message, never the whole stream.
    child.stderr.on("data", (chunk) => {
      stderr = (stderr + chunk).slice(-16384);
    });
    child.on("error", fail);
    child.on("close", (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      let rssMB = null;
      if (time) {
        const match = /(\d+\.\d+) (\d+)\s*$/.exec(stderr);
        if (match) {
          rssMB = Number(match[2]) / 1024;
          stderr = stderr.slice(0, match.index);
        }
      }
      done({ seconds, rssMB, code: code ?? 128, signal, stdout, stderr });
    });
  });
}

/** What counts as a failed run; `validate` answering "invalid" (exit 1) is the expected outcome here. */
function failureOf(pipeline, run) {
  if (run.signal) return `killed by ${run.signal}`;
  if (!pipeline.okCodes.includes(run.code)) return `exit code ${run.code}`;
  // A crashed Node process also exits 1; its stack trace tells it apart from a verdict.
  if (run.code === 1 && /\n\s+at .+:\d+:\d+\)?\s*\n/.test(run.stderr)) return "exit 1 with a stack trace (crash)";
  if (pipeline.expectStdout !== undefined && run.stdout.trim() !== pipeline.expectStdout) {
    return `printed ${JSON.stringify(run.stdout.trim())}, expected ${pipeline.expectStdout}`;
  }
  return null;
}

class ChildFailed extends Error {}

async function runPipeline(pipeline, time) {
  const run = await runChild({ ...pipeline, time, captureStdout: pipeline.expectStdout !== undefined });
  const failure = failureOf(pipeline, run);
  if (failure) {
    throw new ChildFailed(
      `${pipeline.label} failed: ${failure}\n  command: ${[pipeline.cmd, ...pipeline.args].join(" ")}\n` +
        `  stderr (tail):\n${run.stderr.trim().split("\n").slice(-20).map((l) => `    ${l}`).join("\n")}`,
    );
  }
  return run;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits) => (value === null ? null : Number(value.toFixed(digits)));
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);
const verdict = (pass) => (pass === null ? "n/a" : pass ? "PASS" : "FAIL");
const fmt = (value, digits) => (value === null ? "—" : value.toFixed(digits));
const fmtInt = (value) => (value === null ? "—" : Math.round(value).toLocaleString("en-US"));

/** Left-aligns the first column, right-aligns the rest. */
function formatTable(header, rows) {
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

// ------------------------------------------------------------------------------------------ benches

/** Checks the CLI really validates (prints the JSON report) before spending minutes timing it. */
async function preflight(small) {
  const run = await runChild({ cmd: NODE, args: [CLI, "validate", small.path, "--format", "json"], captureStdout: true });
  let report = null;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    // handled below
  }
  if (run.code >= 2 || run.signal || typeof report?.summary?.rows !== "number") {
    throw new ChildFailed(
      `preflight: \`${CLI} validate ${small.path} --format json\` did not print a JSON report ` +
        `(exit ${run.code}${run.signal ? `, ${run.signal}` : ""}). Did \`npm run build\` run?\n` +
        `  stdout: ${run.stdout.slice(0, 300)}\n  stderr: ${run.stderr.trim().slice(-1200)}`,
    );
  }
  if (report.summary.rows !== small.rows) {
    log(`WARNING: preflight report says ${report.summary.rows} rows, the file has ${small.rows}`);
  }
}

async function benchThroughput({ rows, rounds }, time, sqlite3) {
  const growthRows = Math.max(1000, Math.round(rows / 10));
  const main = await ensureCatalogue(rows);
  const growth = await ensureCatalogue(growthRows);
  const errorHeavy = await ensureErrorHeavyCatalogue(rows);
  await warmPageCache(main.path);
  await warmPageCache(growth.path);
  await warmPageCache(errorHeavy.path);

  const validate = (file) => ({ cmd: NODE, args: [CLI, "validate", file.path, "--format", "json"], okCodes: [0, 1] });
  const pipelines = [
    { id: "validate", label: "eprovence validate --format json", rows, bytes: main.bytes, ...validate(main) },
    // Nearly every cell wrong: once --max-errors is reached, a garbage file should be judged near the valid file's speed.
    { id: "validateErrors", label: "eprovence validate, error-heavy file", rows, bytes: errorHeavy.bytes, ...validate(errorHeavy) },
    // Array mode, no options: the floor for anything built on csv-parse. Header counts as a record.
    { id: "csvParse", label: "csv-parse alone (arrays)", rows, cmd: NODE, args: [PARSE_ONLY, main.path], okCodes: [0], expectStdout: String(rows + 1) },
  ];
  if (sqlite3) {
    // C, no validation, untyped in-memory table: the 93k rows/s reference for sqlite3 was measured into a
    // typed table with a primary key in a file, so this ratio is higher than that one.
    pipelines.push({
      id: "sqlite", label: "sqlite3 :memory: .import", rows, cmd: sqlite3,
      args: [":memory:", ".mode csv", `.import '${main.path}' t`], okCodes: [0],
    });
  } else {
    log("WARNING: no sqlite3 command on PATH — skipping the sqlite3 .import reference");
  }
  // Same command on a tenth of the rows: streaming means peak RSS should barely grow with file size.
  pipelines.push({ id: "validateGrowth", label: `eprovence validate, ${growthRows.toLocaleString("en-US")} rows`, rows: growthRows, ...validate(growth) });

  const results = await runInterleaved(pipelines, rounds, time);
  return { files: { main, growth, errorHeavy }, growthRows, results, skipped: sqlite3 ? [] : ["sqlite"] };
}

/**
 * Runs the pipelines in interleaved rounds (A, B, C, then again) so that drift in machine load hits
 * every pipeline alike; `setup` (a fresh database…) runs untimed before each run. Medians and the
 * worst peak RSS per pipeline.
 */
async function runInterleaved(pipelines, rounds, time) {
  const runs = Object.fromEntries(pipelines.map((p) => [p.id, []]));
  for (let r = 1; r <= rounds; r += 1) {
    for (const p of pipelines) {
      await p.setup?.();
      const run = await runPipeline(p, time);
      runs[p.id].push(run);
      log(`round ${r}/${rounds}  ${p.label.padEnd(44)} ${run.seconds.toFixed(2).padStart(7)} s  ${run.rssMB === null ? "" : `${run.rssMB.toFixed(0)} MB`}`);
    }
  }
  const results = {};
  for (const p of pipelines) {
    const seconds = runs[p.id].map((run) => run.seconds);
    const rss = runs[p.id].map((run) => run.rssMB).filter((v) => v !== null);
    const medianSeconds = median(seconds);
    results[p.id] = {
      label: p.label,
      command: [p.cmd, ...p.args].join(" "),
      rows: p.rows,
      medianSeconds: round(medianSeconds, 3),
      rowsPerSecond: Math.round(p.rows / medianSeconds),
      megabytesPerSecond: p.bytes === undefined ? null : round(p.bytes / 1e6 / medianSeconds, 2),
      // Peak means the worst round, the figure a memory limit would have to allow.
      peakRssMB: rss.length ? round(Math.max(...rss), 1) : null,
      runs: runs[p.id].map((run) => ({ seconds: round(run.seconds, 3), rssMB: round(run.rssMB, 1), exitCode: run.code })),
    };
  }
  return results;
}

// ------------------------------------------------------------------------------------------ import

/** A 14-digit SIRET with a valid Luhn key and a SIREN of its own, from a number (one company each). */
function siretFor(n) {
  const body = `8${String(n).padStart(8, "0")}0001`;
  for (let check = 0; check <= 9; check += 1) {
    const digits = body + check;
    let sum = 0;
    for (let i = digits.length - 1, double = false; i >= 0; i -= 1, double = !double) {
      let d = Number(digits[i]);
      if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error("unreachable");
}

/** A fresh database with the tool's schema and `count` merchants (ids 1…count), untimed. */
async function freshDatabase(path, count) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  for (let i = 1; i <= count; i += 1) {
    const run = await runChild({ cmd: NODE, args: [CLI, "--db", path, "merchant", "add", "--legal-name", `Bench ${i}`, "--siret", siretFor(i)] });
    if (run.code !== 0) throw new ChildFailed(`merchant add failed (exit ${run.code}): ${run.stderr.trim().slice(-600)}`);
  }
}

/**
 * Validated import of the big file into a fresh database, interleaved with the raw loop (csv-parse +
 * one prepared INSERT, one transaction, no validation) into the same schema, and `sqlite3 .import`
 * into a typed table with a primary key, as the 93k rows/s reference for sqlite3 was measured.
 */
async function benchImport({ rows, rounds }, time, sqlite3) {
  const main = await ensureCatalogue(rows);
  await warmPageCache(main.path);
  const folder = runFolder("import-runs");
  const toolDb = join(folder, "tool.db");
  const rawDb = join(folder, "raw.db");
  const sqliteDb = join(folder, "sqlite.db");
  const typedTable =
    "CREATE TABLE t (sku TEXT PRIMARY KEY, name_fr TEXT, name_zh TEXT, name_en TEXT, brand TEXT, category TEXT, gtin TEXT, hs_code TEXT, " +
    "origin_postcode TEXT, shelf_life_months INTEGER, storage TEXT, net_weight_g REAL, price_eur REAL, stock INTEGER, labels TEXT, image_urls TEXT);";
  const pipelines = [
    { id: "import", label: "eprovence import (fresh database)", rows, cmd: NODE, args: [CLI, "--db", toolDb, "import", main.path, "--merchant", "1", "--format", "json"], okCodes: [0, 1], setup: () => freshDatabase(toolDb, 1) },
    { id: "raw", label: "raw loop: csv-parse + prepared INSERT", rows, cmd: NODE, args: [RAW_INSERT, main.path, rawDb], okCodes: [0], setup: () => freshDatabase(rawDb, 1) },
  ];
  if (sqlite3) {
    pipelines.push({
      id: "sqliteTyped", label: "sqlite3 .import, typed table + primary key", rows, cmd: sqlite3,
      args: [sqliteDb, typedTable, `.import --csv --skip 1 '${main.path}' t`], okCodes: [0, 1],
      setup: async () => { for (const suffix of ["", "-journal"]) rmSync(`${sqliteDb}${suffix}`, { force: true }); },
    });
  } else {
    log("WARNING: no sqlite3 command on PATH — skipping the sqlite3 .import reference");
  }
  const results = await runInterleaved(pipelines, rounds, time);
  return { file: main, results };
}

/** The summary a `validate --format json` run printed, untimed; a failed run stops the bench. */
async function validateSummary(file) {
  const pipeline = { label: `eprovence validate ${file.path}`, cmd: NODE, args: [CLI, "validate", file.path, "--format", "json"], okCodes: [0, 1] };
  const run = await runChild({ ...pipeline, captureStdout: true });
  const failure = failureOf(pipeline, run);
  if (failure) throw new ChildFailed(`${pipeline.label} failed: ${failure}\n${run.stderr.trim().slice(-1200)}`);
  return JSON.parse(run.stdout).summary;
}

/**
 * The same rows as a workbook: validate and import of the .xlsx, interleaved with the reference
 * (yauzl inflating + saxes parsing the sheet to rows, nothing else) and with validate of the CSV of
 * the same rows. Untimed first, the two validates must agree on every count: same rows, same verdicts.
 */
async function benchXlsx({ rows, rounds }, time) {
  const xlsxRows = Math.min(rows, XLSX_MAX_ROWS);
  const workbook = await ensureWorkbook(xlsxRows);
  const csv = await ensureCatalogue(xlsxRows);
  await warmPageCache(workbook.path);
  await warmPageCache(csv.path);
  const fromWorkbook = await validateSummary(workbook);
  const fromCsv = await validateSummary(csv);
  if (JSON.stringify(fromWorkbook) !== JSON.stringify(fromCsv)) {
    throw new ChildFailed(`the workbook and the CSV of the same rows disagree: ${JSON.stringify(fromWorkbook)} vs ${JSON.stringify(fromCsv)}`);
  }
  const db = join(runFolder("xlsx-runs"), "tool.db");
  const validate = (file) => ({ cmd: NODE, args: [CLI, "validate", file.path, "--format", "json"], okCodes: [0, 1] });
  const pipelines = [
    { id: "reference", label: "reference: yauzl + saxes to rows", rows: xlsxRows, bytes: workbook.bytes, cmd: NODE, args: [XLSX_REFERENCE, workbook.path], okCodes: [0], expectStdout: String(xlsxRows + 1) },
    { id: "validate", label: "eprovence validate .xlsx --format json", rows: xlsxRows, bytes: workbook.bytes, ...validate(workbook) },
    { id: "import", label: "eprovence import .xlsx (fresh database)", rows: xlsxRows, bytes: workbook.bytes, cmd: NODE, args: [CLI, "--db", db, "import", workbook.path, "--merchant", "1", "--format", "json"], okCodes: [0, 1], setup: () => freshDatabase(db, 1) },
    { id: "validateCsv", label: "eprovence validate .csv, same rows", rows: xlsxRows, bytes: csv.bytes, ...validate(csv) },
  ];
  const results = await runInterleaved(pipelines, rounds, time);
  return { files: { workbook, csv }, summary: fromWorkbook, results };
}

/**
 * A consultant's batch: 200 generated files of 5,000 rows for 40 merchants in one command, then the
 * same command again, which must find every file unchanged in under a tenth of the time.
 */
async function benchBatch(time) {
  const folder = join(CACHE_DIR, `batch-${BATCH.files}x${BATCH.rowsPerFile}-v${GENERATOR_VERSION}`);
  const manifest = join(folder, "manifest.csv");
  if (!existsSync(manifest)) {
    log(`generating the batch: ${BATCH.files} files of ${BATCH.rowsPerFile} rows into ${folder} …`);
    mkdirSync(folder, { recursive: true });
    const lines = ["file,merchant"];
    for (let i = 0; i < BATCH.files; i += 1) {
      const name = `catalogue-${String(i + 1).padStart(3, "0")}.csv`;
      const merchant = (i % BATCH.merchants) + 1;
      // Files of one merchant number their SKUs apart, so that every valid row is a new product.
      await generateCatalogue({ rows: BATCH.rowsPerFile, seed: 1000 + i, path: join(folder, name), firstRow: Math.floor(i / BATCH.merchants) * BATCH.rowsPerFile });
      lines.push(`${name},${merchant}`);
    }
    writeFileSync(`${manifest}.partial`, `${lines.join("\n")}\n`);
    renameSync(`${manifest}.partial`, manifest);
  }
  const db = join(runFolder("batch-runs"), "batch.db");
  await freshDatabase(db, BATCH.merchants);
  const pipeline = { label: "eprovence import --batch", cmd: NODE, args: [CLI, "--db", db, "import", "--batch", manifest, "--format", "json"], okCodes: [0, 1], expectStdout: undefined };
  const first = await runChild({ ...pipeline, time, captureStdout: true });
  const second = await runChild({ ...pipeline, time, captureStdout: true });
  for (const run of [first, second]) {
    const failure = failureOf(pipeline, run);
    if (failure) throw new ChildFailed(`import --batch failed: ${failure}\n${run.stderr.trim().slice(-1200)}`);
  }
  const totals = (run) => JSON.parse(run.stdout).totals;
  log(`batch: first run ${first.seconds.toFixed(2)} s, second run ${second.seconds.toFixed(2)} s`);
  return { files: BATCH.files, rows: BATCH.files * BATCH.rowsPerFile, merchants: BATCH.merchants, first: { seconds: round(first.seconds, 3), rssMB: round(first.rssMB, 1), totals: totals(first) }, second: { seconds: round(second.seconds, 3), rssMB: round(second.rssMB, 1), totals: totals(second) } };
}

// ------------------------------------------------------------------------------------------ export

/**
 * A stored catalogue of `products` products for merchant 1, imported once (untimed) and cached: the
 * export and the dossier only read it. Imported aside and renamed, so a killed run leaves no half store.
 */
async function ensureStoredCatalogue(products, time) {
  const path = join(CACHE_DIR, `export-${products}-seed${SEED}-v${GENERATOR_VERSION}.db`);
  if (existsSync(path)) {
    log(`using cached ${path}`);
    return path;
  }
  const file = await ensureCatalogue(products, { invalidRate: 0 });
  const partial = `${path}.partial-${process.pid}`;
  await freshDatabase(partial, 1);
  log(`importing ${products.toLocaleString("en-US")} products into ${path} (untimed) …`);
  const run = await runChild({ cmd: NODE, args: [CLI, "--db", partial, "import", file.path, "--merchant", "1", "--format", "json"], time, captureStdout: true });
  const created = JSON.parse(run.stdout || "{}").totals?.created;
  if (run.code !== 0 || created !== products) {
    throw new ChildFailed(`import for the export bench stored ${created} products, expected ${products} (exit ${run.code}): ${run.stderr.trim().slice(-600)}`);
  }
  // The WAL is checkpointed when the importer closes; the database is one file again.
  for (const suffix of ["-wal", "-shm"]) rmSync(`${partial}${suffix}`, { force: true });
  renameSync(partial, path);
  return path;
}

/**
 * `export --check`, `export --out` and `dossier` on the stored catalogue, and on a tenth of it (peak
 * RSS must not grow with the catalogue), interleaved with the floor for reading the catalogue in SKU
 * order and writing it out: `sqlite3 -csv` dumping the same products (C, no readiness, one file).
 */
async function benchExport({ products, rounds }, time, sqlite3) {
  const growthProducts = Math.max(10, Math.round(products / 10));
  const main = await ensureStoredCatalogue(products, time);
  const growth = await ensureStoredCatalogue(growthProducts, time);
  const folder = runFolder("export-runs");
  const out = join(folder, "export");
  const html = join(folder, "dossier.html");
  const cli = (db, ...args) => ({ cmd: NODE, args: [CLI, "--db", db, ...args], okCodes: [0] });
  const exportOut = (db) => ({ ...cli(db, "export", "--merchant", "1", "--out", out, "--allow-partial", "--force"), setup: async () => rmSync(out, { recursive: true, force: true }) });
  const pipelines = [
    { id: "check", label: "eprovence export --check", rows: products, ...cli(main, "export", "--merchant", "1", "--check") },
    { id: "export", label: "eprovence export --out (3 files)", rows: products, ...exportOut(main) },
    { id: "dossier", label: "eprovence dossier", rows: products, ...cli(main, "dossier", "--merchant", "1", "--out", html, "--force") },
  ];
  if (sqlite3) {
    pipelines.push({ id: "sqliteCsv", label: "sqlite3 -csv, the same products by SKU", rows: products, cmd: sqlite3, args: ["-csv", main, "SELECT * FROM products WHERE merchant_id = 1 ORDER BY sku"], okCodes: [0] });
  } else {
    log("WARNING: no sqlite3 command on PATH — skipping the sqlite3 -csv reference");
  }
  const growthLabel = growthProducts.toLocaleString("en-US");
  pipelines.push(
    { id: "checkGrowth", label: `eprovence export --check, ${growthLabel} products`, rows: growthProducts, ...cli(growth, "export", "--merchant", "1", "--check") },
    { id: "exportGrowth", label: `eprovence export --out, ${growthLabel} products`, rows: growthProducts, ...exportOut(growth) },
    { id: "dossierGrowth", label: `eprovence dossier, ${growthLabel} products`, rows: growthProducts, ...cli(growth, "dossier", "--merchant", "1", "--out", html, "--force") },
  );
  const results = await runInterleaved(pipelines, rounds, time);
  return { products, growthProducts, results, skipped: sqlite3 ? [] : ["sqliteCsv"] };
}

// ------------------------------------------------------------------------------------------ portfolio

/**
 * A consultant's database: 1,000 companies of 1,000 products each, built once and cached. The products
 * are the generator's (no invalid row), imported by the tool into company 1 — so each is stored and its
 * readiness stamped by the tool's own writer — then shared out by SQL, in one transaction, among 999
 * more companies (copies of company 1 with their own name and SIRET), 1,000 products each, with no
 * readiness on record (as a database from before version 9).
 */
async function ensurePortfolioDatabase(time) {
  const { companies, productsPerCompany } = PORTFOLIO;
  const products = companies * productsPerCompany;
  const path = join(CACHE_DIR, `portfolio-${companies}x${productsPerCompany}-seed${SEED}-v${GENERATOR_VERSION}.2.db`);
  if (existsSync(path)) {
    log(`using cached ${path}`);
    return path;
  }
  const single = await ensureStoredCatalogue(products, time);
  const partial = `${path}.partial-${process.pid}`;
  copyFileSync(single, partial);
  log(`sharing ${products.toLocaleString("en-US")} products out among ${companies.toLocaleString("en-US")} companies (untimed) …`);
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(partial);
  try {
    const columns = db.prepare("SELECT name FROM pragma_table_info('merchants') WHERE name NOT IN ('id', 'legal_name', 'siren', 'siret')").pluck().all();
    const copy = db.prepare(`INSERT INTO merchants (id, legal_name, siren, siret, ${columns.join(", ")}) SELECT ?, ?, ?, ?, ${columns.join(", ")} FROM merchants WHERE id = 1`);
    db.transaction(() => {
      for (let id = 2; id <= companies; id += 1) copy.run(id, `Bench ${id}`, siretFor(id).slice(0, 9), siretFor(id));
      // better-sqlite3 binds a JS number as a REAL: a bound divisor would make the division fractional.
      // No product's readiness on record, as in a database from before version 9: the first portfolio assesses them all.
      db.prepare(`UPDATE products SET merchant_id = (id - (SELECT min(id) FROM products)) / ${Number.parseInt(productsPerCompany, 10)} + 1, readiness_basis = NULL`).run();
    })();
    const counts = db.prepare("SELECT count(*) FROM (SELECT merchant_id FROM products GROUP BY merchant_id HAVING count(*) = ?)").pluck().get(productsPerCompany);
    if (counts !== companies) throw new ChildFailed(`the portfolio database has ${counts} companies of ${productsPerCompany} products, expected ${companies}`);
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(`${partial}${suffix}`, { force: true });
  renameSync(partial, path);
  return path;
}

/**
 * `portfolio --format json` on the consultant's database, against the floor for its figures: one
 * `SELECT merchant_id, count(*) FROM products GROUP BY merchant_id` on the same file (the `sqlite3`
 * command; better-sqlite3 in a child when it is not installed). The database is a copy of the cached
 * one, and a first portfolio run (untimed, reported) assesses every product and stores its readiness:
 * the rounds time what a consultant sees on every later run.
 */
async function benchPortfolio({ rounds }, time, sqlite3) {
  const { companies, productsPerCompany } = PORTFOLIO;
  const cached = await ensurePortfolioDatabase(time);
  const db = join(runFolder("portfolio-runs"), "portfolio.db");
  copyFileSync(cached, db);
  await warmPageCache(db);
  const portfolio = { label: "eprovence portfolio --format json", cmd: NODE, args: [CLI, "--db", db, "portfolio", "--format", "json"], okCodes: [0] };
  const firstRun = await runChild({ ...portfolio, time, captureStdout: true });
  const failure = failureOf(portfolio, firstRun);
  if (failure) throw new ChildFailed(`portfolio failed: ${failure}\n${firstRun.stderr.trim().slice(-1200)}`);
  const lines = JSON.parse(firstRun.stdout);
  const full = Array.isArray(lines) ? lines.filter((line) => line.products === productsPerCompany).length : 0;
  if (full !== companies) throw new ChildFailed(`portfolio listed ${full} companies of ${productsPerCompany} products, expected ${companies}`);
  const query = "SELECT merchant_id, COUNT(*) FROM products GROUP BY merchant_id";
  const reference = sqlite3
    ? { id: "reference", label: "sqlite3: GROUP BY count per company", cmd: sqlite3, args: [db, query], okCodes: [0] }
    : { id: "reference", label: "better-sqlite3: GROUP BY count per company", cmd: NODE, args: [GROUP_COUNT, db], okCodes: [0], expectStdout: String(companies) };
  if (!sqlite3) log("WARNING: no sqlite3 command on PATH — the GROUP BY reference runs in better-sqlite3 (scripts/bench-group-count.mjs)");
  const products = companies * productsPerCompany;
  const pipelines = [{ id: "portfolio", rows: products, ...portfolio }, { rows: products, ...reference }];
  const results = await runInterleaved(pipelines, rounds, time);
  return { companies, products, reference: `${reference.cmd === NODE ? "better-sqlite3 in a child process" : "the sqlite3 command"}, ${query}`, firstRun: { seconds: round(firstRun.seconds, 3), rssMB: round(firstRun.rssMB, 1) }, results };
}

async function benchColdStart(small) {
  const pipelines = [
    { id: "validate", label: `node ${CLI} validate (${small.rows} rows)`, cmd: NODE, args: [CLI, "validate", small.path, "--format", "json"], okCodes: [0, 1] },
    { id: "node", label: "node -e 0", cmd: NODE, args: ["-e", "0"], okCodes: [0] },
  ];
  // One untimed run each: the first start pays for reading node and the modules from disk.
  for (const p of pipelines) await runPipeline(p, null);
  const seconds = { validate: [], node: [] };
  for (let i = 0; i < COLD_START_RUNS; i += 1) {
    // No /usr/bin/time here: at ~0.1 s a run, its own start-up would blur the ratio.
    for (const p of pipelines) seconds[p.id].push((await runPipeline(p, null)).seconds);
  }
  log(`cold start: ${COLD_START_RUNS} runs each done`);
  const validate = median(seconds.validate);
  const node = median(seconds.node);
  return {
    runs: COLD_START_RUNS,
    validateMedianSeconds: round(validate, 4),
    nodeMedianSeconds: round(node, 4),
    ratio: round(validate / node, 2),
    validateSeconds: seconds.validate.map((s) => round(s, 4)),
    nodeSeconds: seconds.node.map((s) => round(s, 4)),
  };
}

// ------------------------------------------------------------------------------------------ report

function report(options, env, throughput, coldStart, importRun, xlsxRun, batch, exportRun, portfolioRun) {
  const out = [];
  const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
  out.push(`eprovence bench — Node ${process.version}, ${cpus().length} CPUs, CLI ${CLI}`);

  const ratios = {};
  if (throughput) {
    const { results, files, growthRows } = throughput;
    out.push(`file: ${files.main.rows.toLocaleString("en-US")} rows, ${mb(files.main.bytes)} (${files.main.path}); ${options.rounds} interleaved round(s), medians`);
    if (!env.time) out.push("peak RSS unavailable: no working /usr/bin/time (wall-clock only)");
    out.push("");
    out.push(formatTable(
      ["pipeline", "rows", "median s", "rows/s", "MB/s", "peak RSS MB", "runs (s)"],
      Object.values(results).map((r) => [
        r.label, r.rows.toLocaleString("en-US"), fmt(r.medianSeconds, 2), fmtInt(r.rowsPerSecond),
        fmt(r.megabytesPerSecond, 2), fmt(r.peakRssMB, 1), r.runs.map((run) => run.seconds.toFixed(2)).join(" "),
      ]),
    ));
    if (throughput.skipped.includes("sqlite")) out.push("(sqlite3 .import skipped: no sqlite3 command on PATH)");

    const v = results.validate;
    const overCsvParse = ratio(v.medianSeconds, results.csvParse.medianSeconds);
    const rssGrowth = ratio(v.peakRssMB, results.validateGrowth.peakRssMB);
    ratios.validateOverCsvParse = { value: round(overCsvParse, 2), target: `<= ${TARGETS.overCsvParse}`, pass: overCsvParse <= TARGETS.overCsvParse };
    ratios.validateOverSqlite = { value: round(ratio(v.medianSeconds, results.sqlite?.medianSeconds ?? null), 2), target: null, pass: null };
    ratios.validatePeakRssMB = { value: v.peakRssMB, target: `< ${TARGETS.peakRssMB}`, pass: v.peakRssMB === null ? null : v.peakRssMB < TARGETS.peakRssMB };
    ratios.validateRssGrowth = { value: round(rssGrowth, 2), target: `<= ${TARGETS.rssGrowth}`, pass: rssGrowth === null ? null : rssGrowth <= TARGETS.rssGrowth };
    const errorsOverValid = ratio(results.validateErrors.megabytesPerSecond, v.megabytesPerSecond);
    ratios.validateErrorsOverValid = { value: round(errorsOverValid, 2), target: `>= ${TARGETS.errorsOverValid}`, pass: errorsOverValid === null ? null : errorsOverValid >= TARGETS.errorsOverValid };
    out.push("");
    const rowsLabel = files.main.rows.toLocaleString("en-US");
    out.push(formatTable(["measure", "value", "target", "result"], [
      ["validate / csv-parse alone (time)", fmt(ratios.validateOverCsvParse.value, 2), ratios.validateOverCsvParse.target, verdict(ratios.validateOverCsvParse.pass)],
      ["validate / sqlite3 .import (time)", fmt(ratios.validateOverSqlite.value, 2), "info", "—"],
      [`validate peak RSS at ${rowsLabel} rows (MB)`, fmt(v.peakRssMB, 1), ratios.validatePeakRssMB.target, verdict(ratios.validatePeakRssMB.pass)],
      [`validate peak RSS ${rowsLabel} / ${growthRows.toLocaleString("en-US")} rows`, fmt(ratios.validateRssGrowth.value, 2), ratios.validateRssGrowth.target, verdict(ratios.validateRssGrowth.pass)],
      ["validate error-heavy / valid file (MB/s)", fmt(ratios.validateErrorsOverValid.value, 2), ratios.validateErrorsOverValid.target, verdict(ratios.validateErrorsOverValid.pass)],
    ]));
  }

  if (importRun) {
    const { results, file } = importRun;
    out.push("");
    out.push(`import: ${file.rows.toLocaleString("en-US")} rows into a fresh database; ${options.rounds} interleaved round(s), medians`);
    out.push(formatTable(
      ["pipeline", "rows", "median s", "rows/s", "peak RSS MB", "runs (s)"],
      Object.values(results).map((r) => [r.label, r.rows.toLocaleString("en-US"), fmt(r.medianSeconds, 2), fmtInt(r.rowsPerSecond), fmt(r.peakRssMB, 1), r.runs.map((run) => run.seconds.toFixed(2)).join(" ")]),
    ));
    const overRaw = ratio(results.import.medianSeconds, results.raw.medianSeconds);
    ratios.importOverRaw = { value: round(overRaw, 2), target: `<= ${TARGETS.importOverRaw}`, pass: overRaw <= TARGETS.importOverRaw };
    ratios.importOverSqlite = { value: round(ratio(results.import.medianSeconds, results.sqliteTyped?.medianSeconds ?? null), 2), target: null, pass: null };
    ratios.importPeakRssMB = { value: results.import.peakRssMB, target: `< ${TARGETS.importPeakRssMB}`, pass: results.import.peakRssMB === null ? null : results.import.peakRssMB < TARGETS.importPeakRssMB };
    out.push("");
    out.push(formatTable(["measure", "value", "target", "result"], [
      ["import / raw loop (time)", fmt(ratios.importOverRaw.value, 2), ratios.importOverRaw.target, verdict(ratios.importOverRaw.pass)],
      ["import / sqlite3 .import typed (time)", fmt(ratios.importOverSqlite.value, 2), "info", "—"],
      ["import peak RSS (MB)", fmt(results.import.peakRssMB, 1), ratios.importPeakRssMB.target, verdict(ratios.importPeakRssMB.pass)],
    ]));
  }

  if (xlsxRun) {
    const { results, files } = xlsxRun;
    out.push("");
    out.push(`workbook: ${files.workbook.rows.toLocaleString("en-US")} rows, ${mb(files.workbook.bytes)} .xlsx (${files.workbook.path}), the same rows as a ${mb(files.csv.bytes)} CSV; ${options.rounds} interleaved round(s), medians`);
    out.push(formatTable(
      ["pipeline", "rows", "median s", "rows/s", "peak RSS MB", "runs (s)"],
      Object.values(results).map((r) => [r.label, r.rows.toLocaleString("en-US"), fmt(r.medianSeconds, 2), fmtInt(r.rowsPerSecond), fmt(r.peakRssMB, 1), r.runs.map((run) => run.seconds.toFixed(2)).join(" ")]),
    ));
    const reference = results.reference.medianSeconds;
    const rss = (r) => ({ value: r.peakRssMB, target: `< ${TARGETS.xlsxPeakRssMB}`, pass: r.peakRssMB === null ? null : r.peakRssMB < TARGETS.xlsxPeakRssMB });
    const overReference = (r) => {
      const value = ratio(r.medianSeconds, reference);
      return { value: round(value, 2), target: `<= ${TARGETS.xlsxOverReference}`, pass: value <= TARGETS.xlsxOverReference };
    };
    ratios.xlsxValidateOverReference = overReference(results.validate);
    ratios.xlsxImportOverReference = overReference(results.import);
    ratios.xlsxValidatePeakRssMB = rss(results.validate);
    ratios.xlsxImportPeakRssMB = rss(results.import);
    ratios.xlsxValidateOverCsv = { value: round(ratio(results.validate.medianSeconds, results.validateCsv.medianSeconds), 2), target: null, pass: null };
    out.push("");
    out.push(formatTable(["measure", "value", "target", "result"], [
      ["validate .xlsx / reference (time)", fmt(ratios.xlsxValidateOverReference.value, 2), ratios.xlsxValidateOverReference.target, verdict(ratios.xlsxValidateOverReference.pass)],
      ["import .xlsx / reference (time)", fmt(ratios.xlsxImportOverReference.value, 2), ratios.xlsxImportOverReference.target, verdict(ratios.xlsxImportOverReference.pass)],
      ["validate .xlsx peak RSS (MB)", fmt(results.validate.peakRssMB, 1), ratios.xlsxValidatePeakRssMB.target, verdict(ratios.xlsxValidatePeakRssMB.pass)],
      ["import .xlsx peak RSS (MB)", fmt(results.import.peakRssMB, 1), ratios.xlsxImportPeakRssMB.target, verdict(ratios.xlsxImportPeakRssMB.pass)],
      ["validate .xlsx / validate .csv, same rows (time)", fmt(ratios.xlsxValidateOverCsv.value, 2), "info", "—"],
    ]));
  }

  if (batch) {
    const rerun = batch.second.seconds / batch.first.seconds;
    const allUnchanged = batch.second.totals.filesUnchanged === batch.files;
    ratios.batchRerun = { value: round(rerun, 3), target: `<= ${TARGETS.batchRerun}`, pass: rerun <= TARGETS.batchRerun && allUnchanged };
    out.push("");
    out.push(`batch: ${batch.files} files × ${(batch.rows / batch.files).toLocaleString("en-US")} rows for ${batch.merchants} merchants, one command, then again`);
    out.push(formatTable(["run", "seconds", "peak RSS MB", "files imported", "unchanged", "created", "rejected"], [
      ["first", fmt(batch.first.seconds, 2), fmt(batch.first.rssMB, 1), batch.first.totals.filesImported, batch.first.totals.filesUnchanged, batch.first.totals.created, batch.first.totals.rejected],
      ["second", fmt(batch.second.seconds, 2), fmt(batch.second.rssMB, 1), batch.second.totals.filesImported, batch.second.totals.filesUnchanged, batch.second.totals.created, batch.second.totals.rejected],
    ]));
    out.push(formatTable(["measure", "value", "target", "result"], [["second run / first run (time), every file unchanged", fmt(ratios.batchRerun.value, 3), ratios.batchRerun.target, verdict(ratios.batchRerun.pass)]]));
  }

  if (exportRun) {
    const { results, products, growthProducts } = exportRun;
    out.push("");
    out.push(`export and dossier: ${products.toLocaleString("en-US")} stored products; ${options.rounds} interleaved round(s), medians`);
    out.push(formatTable(
      ["pipeline", "products", "median s", "products/s", "peak RSS MB", "runs (s)"],
      Object.values(results).map((r) => [r.label, r.rows.toLocaleString("en-US"), fmt(r.medianSeconds, 2), fmtInt(r.rowsPerSecond), fmt(r.peakRssMB, 1), r.runs.map((run) => run.seconds.toFixed(2)).join(" ")]),
    ));
    if (exportRun.skipped.includes("sqliteCsv")) out.push("(sqlite3 -csv skipped: no sqlite3 command on PATH)");
    const rows = [];
    for (const id of ["check", "export", "dossier"]) {
      const r = results[id];
      const overSqlite = ratio(r.medianSeconds, results.sqliteCsv?.medianSeconds ?? null);
      const growthRatio = ratio(r.peakRssMB, results[`${id}Growth`].peakRssMB);
      ratios[`${id}OverSqliteCsv`] = { value: round(overSqlite, 2), target: null, pass: null };
      ratios[`${id}PeakRssMB`] = { value: r.peakRssMB, target: `< ${TARGETS.exportPeakRssMB}`, pass: r.peakRssMB === null ? null : r.peakRssMB < TARGETS.exportPeakRssMB };
      ratios[`${id}RssGrowth`] = { value: round(growthRatio, 2), target: `<= ${TARGETS.rssGrowth}`, pass: growthRatio === null ? null : growthRatio <= TARGETS.rssGrowth };
      rows.push(
        [`${r.label} / sqlite3 -csv (time)`, fmt(ratios[`${id}OverSqliteCsv`].value, 2), "info", "—"],
        [`${r.label} peak RSS (MB)`, fmt(r.peakRssMB, 1), ratios[`${id}PeakRssMB`].target, verdict(ratios[`${id}PeakRssMB`].pass)],
        [`${r.label} peak RSS ${products.toLocaleString("en-US")} / ${growthProducts.toLocaleString("en-US")} products`, fmt(ratios[`${id}RssGrowth`].value, 2), ratios[`${id}RssGrowth`].target, verdict(ratios[`${id}RssGrowth`].pass)],
      );
    }
    out.push("");
    out.push(formatTable(["measure", "value", "target", "result"], rows));
  }

  if (portfolioRun) {
    const { results, companies, products, reference, firstRun } = portfolioRun;
    out.push("");
    out.push(`portfolio: ${companies.toLocaleString("en-US")} companies × ${(products / companies).toLocaleString("en-US")} products; ${options.rounds} interleaved round(s), medians`);
    out.push(formatTable(
      ["pipeline", "products", "median s", "products/s", "peak RSS MB", "runs (s)"],
      Object.values(results).map((r) => [r.label, r.rows.toLocaleString("en-US"), fmt(r.medianSeconds, 3), fmtInt(r.rowsPerSecond), fmt(r.peakRssMB, 1), r.runs.map((run) => run.seconds.toFixed(3)).join(" ")]),
    ));
    out.push(`(reference: ${reference}; the first portfolio on this database, assessing and storing every product's readiness, took ${fmt(firstRun.seconds, 2)} s, ${fmt(firstRun.rssMB, 1)} MB)`);
    const overReference = ratio(results.portfolio.medianSeconds, results.reference.medianSeconds);
    ratios.portfolioOverReference = { value: round(overReference, 2), target: `<= ${TARGETS.portfolioOverReference}`, pass: overReference <= TARGETS.portfolioOverReference };
    ratios.portfolioPeakRssMB = { value: results.portfolio.peakRssMB, target: `< ${TARGETS.portfolioPeakRssMB}`, pass: results.portfolio.peakRssMB === null ? null : results.portfolio.peakRssMB < TARGETS.portfolioPeakRssMB };
    out.push("");
    out.push(formatTable(["measure", "value", "target", "result"], [
      ["portfolio --format json / GROUP BY count (time)", fmt(ratios.portfolioOverReference.value, 2), ratios.portfolioOverReference.target, verdict(ratios.portfolioOverReference.pass)],
      ["portfolio --format json peak RSS (MB)", fmt(results.portfolio.peakRssMB, 1), ratios.portfolioPeakRssMB.target, verdict(ratios.portfolioPeakRssMB.pass)],
    ]));
  }

  if (coldStart) {
    ratios.coldStart = { value: coldStart.ratio, target: `<= ${TARGETS.coldStart}`, pass: coldStart.ratio <= TARGETS.coldStart };
    out.push("");
    out.push(`cold start: ${coldStart.runs} interleaved runs each, medians`);
    out.push(formatTable(["command", "median s", "target", "result"], [
      ["eprovence validate small.csv --format json", fmt(coldStart.validateMedianSeconds, 3), "", ""],
      ["node -e 0", fmt(coldStart.nodeMedianSeconds, 3), "", ""],
      ["ratio validate / node -e 0", fmt(coldStart.ratio, 2), ratios.coldStart.target, verdict(ratios.coldStart.pass)],
    ]));
  }

  const json = {
    version: 1,
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cli: CLI,
    rows: options.rows,
    rounds: options.rounds,
    seed: SEED,
    only: options.only,
    rssAvailable: env.time !== null,
    sqlite3: env.sqlite3,
    files: throughput?.files ?? null,
    pipelines: throughput?.results ?? null,
    import: importRun ?? null,
    xlsx: xlsxRun ?? null,
    batch: batch ?? null,
    export: exportRun ?? null,
    portfolio: portfolioRun ?? null,
    ratios,
    coldStart: coldStart ?? null,
  };
  out.push("");
  out.push(`BENCH_JSON ${JSON.stringify(json)}`);
  return `${out.join("\n")}\n`;
}

// ------------------------------------------------------------------------------------------ main

async function main() {
  const options = parseOptions(process.argv.slice(2), process.env);
  if (options.help || options.error) {
    if (options.error) log(`bench: ${options.error}`);
    log("usage: node scripts/bench.mjs [--rows N] [--rounds N] [--products N] [--only validate|import|xlsx|batch|export|portfolio|coldstart]\n" +
      "env: BENCH_ROWS (1000000), BENCH_ROUNDS (3), BENCH_PRODUCTS (500000), BENCH_CLI (bin/eprovence.js)");
    return options.error ? 2 : 0;
  }
  const env = { time: findTime(), sqlite3: findOnPath("sqlite3") };
  if (!env.time) log("WARNING: no working /usr/bin/time — peak RSS unavailable, wall-clock only");

  try {
    const small = await ensureCatalogue(10);
    await preflight(small);
    const runs = (name) => options.only === null || options.only === name;
    const throughput = runs("validate") ? await benchThroughput(options, env.time, env.sqlite3) : null;
    const importRun = runs("import") ? await benchImport(options, env.time, env.sqlite3) : null;
    const xlsxRun = runs("xlsx") ? await benchXlsx(options, env.time) : null;
    const batch = runs("batch") ? await benchBatch(env.time) : null;
    const exportRun = runs("export") ? await benchExport(options, env.time, env.sqlite3) : null;
    const portfolioRun = runs("portfolio") ? await benchPortfolio(options, env.time, env.sqlite3) : null;
    const coldStart = runs("coldstart") ? await benchColdStart(small) : null;
    process.stdout.write(report(options, env, throughput, coldStart, importRun, xlsxRun, batch, exportRun, portfolioRun));
    return 0;
  } catch (error) {
    if (!(error instanceof ChildFailed)) throw error;
    log(`bench: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main();
