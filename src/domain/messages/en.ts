import type { MessageCatalogue } from "./catalogue.js";

const p = (value: string | number | undefined): string => String(value ?? "");

export const en: MessageCatalogue = {
  codes: {
    "missing-column": {
      message: ({ field }) => `Required column missing: ${p(field)}.`,
      hint: ({ field }) => `Add a "${p(field)}" column (or its French name), or name yours with --map "Your column=${p(field)}".`,
    },
    "duplicate-column": {
      message: ({ value, first }) => `Column "${p(value)}" names the same field as "${p(first)}".`,
      hint: () => "Remove or rename one of the two columns; only the first is read.",
    },
    "unknown-column": {
      message: ({ value }) => `Unknown column "${p(value)}": it is ignored.`,
      hint: ({ value }) => `If it holds a field, say which with --map "${p(value)}=field" (fields: see the README).`,
    },
    "wrong-column-count": {
      message: ({ expected, actual }) => `This row has ${p(actual)} columns instead of ${p(expected)}.`,
      hint: () => "A delimiter or a line break is probably inside an unquoted text: put that text in double quotes.",
    },
    "missing-value": {
      message: ({ field }) => `Required value missing: ${p(field)}.`,
      hint: ({ field }) => `Fill in "${p(field)}" for this product.`,
    },
    "invalid-sku": {
      message: ({ value }) => `Invalid SKU "${p(value)}".`,
      hint: () => "Use 1 to 64 characters: unaccented letters, digits and . _ / -",
    },
    "duplicate-sku": {
      message: ({ value, firstLine }) => `SKU "${p(value)}" already appears on line ${p(firstLine)}.`,
      hint: () => "Each product needs its own SKU: fix or remove the duplicate.",
    },
    "text-too-long": {
      message: ({ field, length, max }) => `Text too long for ${p(field)}: ${p(length)} characters (at most ${p(max)}).`,
      hint: () => "Shorten this text.",
    },
    "title-too-long": {
      message: ({ width, max }) => `Chinese name too long: ${p(width)} display units (at most ${p(max)}; a Chinese character counts 2).`,
      hint: () => "Shorten the Chinese name to about 30 Chinese characters.",
    },
    "missing-name-zh": {
      message: () => "No Chinese name.",
      hint: () => "Add a Chinese name (name_zh column): the Tmall Global export requires it.",
    },
    "unknown-category": {
      message: ({ value }) => `Unknown category "${p(value)}".`,
      hint: () => 'Pick a category from the README list (English or French), e.g. "soap & cosmetics".',
    },
    "missing-gtin": {
      message: () => "No GTIN (EAN barcode).",
      hint: () => "Add the product's EAN-13 barcode: Tmall Global recommends it.",
    },
    "invalid-gtin": {
      message: ({ value }) => `Invalid GTIN "${p(value)}": wrong length or check digit.`,
      hint: () => "Copy the 8, 12, 13 or 14 digits of the barcode; the last digit is a GS1 check digit.",
    },
    "gtin-scientific-notation": {
      message: ({ value }) => `GTIN shown in scientific notation "${p(value)}": its digits are lost.`,
      hint: () => "In Excel, format the column as Text, type the codes again, then export the file again.",
    },
    "invalid-hs-code": {
      message: ({ value }) => `Invalid HS code "${p(value)}".`,
      hint: () => "Give 6 to 10 digits (dots and spaces are ignored), e.g. 3401.11.",
    },
    "hs-code-category-mismatch": {
      message: ({ value, category, expected }) => `HS code ${p(value)} is unusual for category ${p(category)} (expected: ${p(expected)}).`,
      hint: () => "Check the HS code with your freight forwarder or customs.",
    },
    "hs-positive-list-not-checked": {
      message: ({ value, rows }) => `HS heading ${p(value)} (${p(rows)} product(s)) is not in our CBEC positive-list data: not checked.`,
      hint: () => "Have your freight forwarder confirm that the 8-digit tariff line is on the positive list (2022 edition).",
    },
    "invalid-postcode": {
      message: ({ value }) => `Invalid postcode "${p(value)}".`,
      hint: () => "Give the 5 digits of the production site's postcode.",
    },
    "postcode-leading-zero-lost": {
      message: ({ value, postcode }) => `4-digit postcode "${p(value)}" read as ${p(postcode)}.`,
      hint: () => "Excel dropped the leading zero: format the column as Text before exporting.",
    },
    "unknown-postcode": {
      message: ({ value }) => `Postcode ${p(value)} belongs to no French commune.`,
      hint: () => "Check the production site's postcode.",
    },
    "origin-outside-provence": {
      message: ({ value, departments }) => `Postcode ${p(value)} is outside Provence-Alpes-Côte d'Azur (department ${p(departments)}).`,
      hint: () => "E-Provence only sells products made in the region (04, 05, 06, 13, 83, 84): give the production site.",
    },
    "origin-gi-area": {
      message: ({ value, departments }) => `Postcode ${p(value)} (department ${p(departments)}) is outside the region but inside a Provence geographical indication.`,
      hint: () => "Accepted with a condition: attach proof of the label (AOP Haute-Provence lavender oil, IGP Miel de Provence) for this product.",
    },
    "postcode-straddles-region": {
      message: ({ value, outside }) => `Postcode ${p(value)} also covers communes outside the region: ${p(outside)}.`,
      hint: () => "Check that the product is made in a commune of the region.",
    },
    "missing-shelf-life": {
      message: ({ category }) => `Shelf life (best-before) missing for a food product (${p(category)}).`,
      hint: () => 'Give the time to the best-before date, in months (column "Shelf life (months)").',
    },
    perishable: {
      message: ({ reason, minimum, value }) =>
        reason === "shelf-life"
          ? `Perishable product: ${p(value)} months of shelf life, below the minimum of ${p(minimum)} months.`
          : `Perishable product: storage "${p(value)}" (chilled or frozen).`,
      hint: () => "E-Provence only sells non-perishable products kept at room temperature; remove this product from the catalogue.",
    },
    "unknown-storage": {
      message: ({ value }) => `Unknown storage "${p(value)}".`,
      hint: () => "Use ambient, chilled or frozen (ambiant, frais, surgelé).",
    },
    "invalid-number": {
      message: ({ field, value }) => `Unreadable number for ${p(field)}: "${p(value)}".`,
      hint: () => "Write a number, e.g. 4.90 or 1 250 (decimal comma or point).",
    },
    "not-a-whole-number": {
      message: ({ field, value }) => `${p(field)} must be a whole number: "${p(value)}".`,
      hint: () => "Remove the decimal part.",
    },
    "too-many-decimals": {
      message: ({ field, value, decimals }) => `Too many decimals for ${p(field)}: "${p(value)}" (at most ${p(decimals)}).`,
      hint: () => "Round the value; if it is a thousands separator, write 1 234.50.",
    },
    "out-of-range": {
      message: ({ field, value, rule }) =>
        rule === "positive" ? `${p(field)} must be greater than 0: "${p(value)}".` : `${p(field)} cannot be negative: "${p(value)}".`,
      hint: () => "Correct the value.",
    },
    "over-cbec-limit": {
      message: ({ consumerCny, limitCny }) => `Estimated consumer price in China RMB ${p(consumerCny)}, above the RMB ${p(limitCny)} per-order limit.`,
      hint: () => "Above this limit the item is taxed as an ordinary import: offer a smaller size or check the price.",
    },
    "unknown-label": {
      message: ({ value }) => `Unknown label "${p(value)}".`,
      hint: () => 'Known labels: AOP, AOC, IGP, IG, Label Rouge, AB, Ecocert, Cosmos… separated by "|".',
    },
    "missing-image": {
      message: () => "No image.",
      hint: () => 'Add at least one https:// image address (separated by "|"): the Tmall Global export requires it.',
    },
    "invalid-image-url": {
      message: ({ value }) => `Invalid image address "${p(value)}".`,
      hint: () => 'Each image must be a full https:// address without spaces; separate them with "|".',
    },
    "empty-catalogue": {
      message: () => "The file holds no product (only the header).",
      hint: () => "Add one row per product below the header.",
    },
    "unclosed-quote": {
      message: () => "A quote is opened and never closed: the rest of the file could not be read.",
      hint: () => 'Close the quote of the field that starts on this line, or double the quotes inside a text ("").',
    },
    "record-too-large": {
      message: () => "Oversized record: reading stops here.",
      hint: () => "A misplaced quote probably swallows the rest of the file: check this line.",
    },
    "malformed-csv": {
      message: ({ detail }) => `Unreadable CSV structure from here on: ${p(detail)}.`,
      hint: () => "Check the quotes on this line; the rest of the file was not read.",
    },
    "invalid-utf8": {
      message: () => 'The file mixes encodings: bytes that are not valid UTF-8 were replaced by "�".',
      hint: () => 'Save the file again as "CSV UTF-8", or pass --encoding windows-1252.',
    },
    usage: {
      message: ({ detail }) => `Wrong command: ${p(detail)}`,
      hint: () => "See eprovence --help.",
    },
    "unknown-command": {
      message: ({ command }) => `Unknown command "${p(command)}".`,
      hint: ({ commands }) => `Available commands: ${p(commands)} (eprovence --help).`,
    },
    "database-missing": {
      message: ({ path }) => `No database at ${p(path)}.`,
      hint: () => "Add a company first: eprovence merchant add (or pass --db).",
    },
    "database-not-sqlite": {
      message: ({ path }) => `${p(path)} is not an eprovence database (not a readable SQLite file).`,
      hint: () => "Check the path given to --db or EPROVENCE_DB; this file was not changed.",
    },
    "database-too-new": {
      message: ({ path, version, supported }) => `Database ${p(path)} was written by a newer eprovence (schema ${p(version)}, this version knows ${p(supported)}).`,
      hint: () => "Update eprovence; the database was not changed.",
    },
    "database-locked": {
      message: ({ path }) => `Database ${p(path)} has been busy with another process for more than 30 seconds.`,
      hint: () => "Wait for the other import to finish, then run the same command again: nothing was written.",
    },
    "database-read-only": {
      message: ({ path }) => `Database ${p(path)} is read-only.`,
      hint: () => "Make the file and its folder writable, or choose another database with --db.",
    },
    "database-unwritable": {
      message: ({ path }) => `Cannot open or write database ${p(path)}.`,
      hint: () => "Check that the folder exists and is writable, or choose another database with --db.",
    },
    "disk-full": {
      message: ({ path }) => `Disk full while writing ${p(path)}: nothing was saved for this file.`,
      hint: () => "Free some space, then run the same command again.",
    },
    "file-not-found": {
      message: ({ path }) => `File not found: ${p(path)}.`,
      hint: () => "Check the file's path.",
    },
    "file-unreadable": {
      message: ({ path, reason }) => `Cannot read ${p(path)} (${p(reason)}).`,
      hint: () => "Check that it is a file and that you may read it.",
    },
    "file-empty": {
      message: ({ path }) => `File ${p(path)} is empty.`,
      hint: () => "Export the catalogue with its header row and one row per product.",
    },
    "file-binary": {
      message: ({ path }) => `${p(path)} is not a CSV file (binary content, perhaps an image or an .xlsx workbook).`,
      hint: () => 'In Excel: File › Save as › "CSV (semicolon delimited)" or "CSV UTF-8".',
    },
    "unknown-encoding": {
      message: ({ value }) => `Unknown encoding "${p(value)}".`,
      hint: () => "Use utf-8 or windows-1252 (or let the tool detect it).",
    },
    "invalid-delimiter": {
      message: ({ value }) => `Unsupported delimiter "${p(value)}".`,
      hint: () => 'Use ";", "," or "tab" (or let the tool detect it).',
    },
    "invalid-mapping": {
      message: ({ value }) => `Invalid column mapping "${p(value)}".`,
      hint: ({ fields }) => `Write --map "Your column=field", with field one of: ${p(fields)}.`,
    },
    "invalid-option": {
      message: ({ option, value }) => `Invalid value for ${p(option)}: "${p(value)}".`,
      hint: ({ expected }) => `Expected: ${p(expected)}.`,
    },
  },
  help: {
    program: "From \"can I sell in China?\" to a catalogue ready for Tmall Global, for Provençal small firms.",
    db: "database file (default: %s; env EPROVENCE_DB)",
    lang: "message language: fr or en (env EPROVENCE_LANG, else LANG)",
    noInput: "never prompt (fail when an answer is missing)",
    quiet: "print only what matters",
    verbose: "print technical details of errors",
    version: "print the version",
    helpOption: "print help",
    helpCommand: "print help for a command",
    onboard: "wizard: company → eligibility → costs → catalogue → export and dossier",
    validate: "check a catalogue file (needs no database)",
    validateFile: "the CSV file, or - for standard input",
    format: "report format: pretty, json, junit, github or sarif",
    maxErrors: "detail at most this many errors (totals stay exact)",
    strict: "warnings fail the check too (exit 1)",
    encoding: "file encoding (detected otherwise): utf-8, windows-1252…",
    delimiter: "delimiter (detected otherwise): ';', ',' or tab",
    map: "map a column to a field: \"My column=field\" (repeatable)",
    minShelfLife: "shortest shelf life of a food product, in months (default 12, a design choice)",
    eurCny: "EUR → CNY exchange rate (default 7.5554, ECB 2026-10-06)",
  },
  ui: {
    reportTitle: ({ file }) => `Catalogue check of ${p(file)}`,
    detected: ({ encoding, delimiter }) => `Encoding ${p(encoding)}, delimiter ${p(delimiter)}`,
    line: ({ line }) => (Number(line) === 0 ? "File" : `Line ${p(line)}`),
    column: ({ column }) => `column "${p(column)}"`,
    hint: () => "To do:",
    summary: ({ rows, validRows, errors, warnings }) =>
      `${p(rows)} product(s), ${p(validRows)} valid; ${p(errors)} error(s), ${p(warnings)} warning(s).`,
    verdictValid: () => "Catalogue valid.",
    verdictInvalid: () => "Catalogue invalid: fix the errors above, then check again.",
    verdictStrict: () => "Strict mode: warnings count as errors.",
    truncated: ({ max }) => `Only the first ${p(max)} errors are detailed; the totals stay exact (--max-errors to see more).`,
    severityError: () => "error",
    severityWarning: () => "warning",
    tab: () => "tab",
    errorPrefix: () => "Error:",
    unexpected: ({ detail }) => `Unexpected error: ${p(detail)}. Run again with --verbose and report it.`,
    progress: ({ percent, rows, rate }) => `Reading ${p(percent)} — ${p(rows)} products — ${p(rate)} products/s`,
    assumptions: ({ list }) => `Assumptions: ${p(list)}`,
    commandsSoon: () => 'The "eprovence onboard" wizard is coming soon. Available commands:',
  },
};
