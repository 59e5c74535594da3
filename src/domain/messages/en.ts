import type { FileReason } from "../system-failures.js";
import type { ExpectedAnswer } from "../costs/inputs.js";
import type { MessageParams } from "../errors.js";
import { FIELD_NAMES } from "../catalogue/fields.js";
import type { MessageCatalogue } from "./catalogue.js";
import { eligibilityEn, productReasonsEn } from "./eligibility-en.js";
import { labelFieldsEn, readinessCautionsEn, requirementsEn } from "./readiness-en.js";
import { dossierEn } from "./dossier-en.js";
import { wizardEn } from "./wizard-en.js";
import { sourcesEn } from "./sources-en.js";
import { costsEn } from "./costs-en.js";
import { countEn, p, pluralEn, inYearsEn } from "./plain-text.js";


/** Why a file could not be read or written (domain/system-failures), and how to fix it. */
const REASON_TEXTS: Readonly<Record<FileReason, { readonly words: string; readonly fix: string }>> = {
  permission: { words: "permission denied", fix: "Give yourself access to it (ls -l shows its owner and permissions), or choose another place." },
  directory: { words: "it is a folder", fix: "Give a file, not a folder." },
  "not-a-folder": { words: "a part of the path is a file, not a folder", fix: "Check the path: every part before the file name must be a folder." },
  "missing-folder": { words: "a folder of the path does not exist", fix: "Create the folder or correct the path." },
  "symlink-loop": { words: "a symbolic link that points back to itself in a loop", fix: "Fix or remove the symbolic link (ls -l shows its target), or give the file itself." },
  "name-too-long": { words: "name too long", fix: "Choose a shorter path." },
  "read-only-file-system": { words: "read-only medium", fix: "Choose a place on a disk that can be written to." },
  busy: { words: "file in use by another program", fix: "Close the program using it, then run the same command again." },
  "too-many-open-files": { words: "too many open files", fix: "Close other programs or import fewer files at once, then run again." },
  device: { words: "device missing or not supported", fix: "Give a regular file on a connected disk." },
  io: { words: "disk read or write error", fix: "Check the disk (unplugged, damaged?), then run the same command again." },
  "cannot-open": { words: "the file can be neither opened nor created there", fix: "Check that the path names a file (not a folder), in a folder you may write to." },
  other: { words: "system error", fix: "Check the path and your permissions, then run again; if it persists, run again with --verbose and report it." },
};
const reasonOf = (reason: string | number | undefined) => REASON_TEXTS[p(reason) as FileReason] ?? REASON_TEXTS.other;

/** What a picture file really is, in the owner's words ("picture-wrong-format"). */
const PICTURE_KINDS: Readonly<Record<string, string>> = {
  webp: "a WebP image",
  gif: "a GIF image",
  heic: "a HEIC photo (the iPhone's format)",
  avif: "an AVIF image",
  bmp: "a BMP image",
  tiff: "a TIFF image",
  pdf: "a PDF document",
  text: "a text file",
  unknown: "a file of an unknown type",
};
const PICTURE_UNREADABLE: Readonly<Record<string, string>> = {
  directory: "it is a folder",
  unreadable: "the file cannot be read",
  damaged: "its dimensions cannot be read: a damaged or incomplete file",
};
/** 3,000,000 bytes → "3 MB", 4,194,304 → "4.2 MB". */
const megabytesEn = (bytes: string | number | undefined): string => `${Math.round(Number(bytes ?? 0) / 100_000) / 10} MB`;

/** What a wizard question expects, with examples ("answer-not-understood"): the kind of a cost input, or sales. */
const EXPECTED_ANSWERS: Readonly<Record<ExpectedAnswer, (params: MessageParams) => string>> = {
  sales: () => "Type your annual sales in euros: one amount (100,000, 50k€ or 1.5M€) or a range (between 50000 and 200000).",
  money: () => "Type an amount in euros, for example 12500 or 12.5k€ (or in yuan: 60000 CNY); 0 if there is none.",
  count: ({ min, max }) => `Type a whole number from ${p(min)} to ${p(max)}, for example ${Number(min) + 1}.`,
  multiple: ({ min, max }) => `Type a whole number from ${p(min)} to ${p(max)}, for example 6.`,
  percent: () => "Type a percentage from 0 to 100, for example 3.5 or 3.5%.",
  area: () => "Type an area in square metres, for example 9 or 12.5.",
  rate: () => "Type the number of yuan to one euro, for example 7.5554.",
};

/** A wait in plain words: 0.3 seconds, 1 second, 1 minute 30 seconds. */
function duration(ms: string | number | undefined): string {
  const total = Number(ms ?? 0);
  const unit = (value: number, word: string) => `${value} ${word}${value === 1 ? "" : "s"}`;
  if (total < 60_000) return unit(Math.round(total / 100) / 10, "second");
  const minutes = Math.floor(total / 60_000);
  const seconds = Math.round((total % 60_000) / 1000);
  return seconds === 0 ? unit(minutes, "minute") : `${unit(minutes, "minute")} ${unit(seconds, "second")}`;
}

/** How to fix each profile key (merchant add/update, flags or --from file). */
const PROFILE_HINTS: Readonly<Record<string, string>> = {
  legalName: 'Give the registered legal name (1 to 200 characters), e.g. --legal-name "Savonnerie du Midi".',
  siret: 'Write the SIRET as a text of 14 digits, e.g. "812 345 678 00013" (in double quotes in a JSON file).',
  siren: 'Write the SIREN as a text of 9 digits, e.g. "812 345 678" (in double quotes in a JSON file).',
  postcode: "Give the 5 digits of the head office's postcode, e.g. 13001 (in double quotes in a JSON file, to keep a leading zero).",
  headcount: "Give the staff in annual work units: a number, zero or more, e.g. 12 or 12.5.",
  turnoverEur: "Give the yearly turnover excluding VAT in euros: a number, zero or more, with at most 2 decimals, e.g. 1250000 or 980000.50.",
  balanceSheetEur: "Give the balance-sheet total in euros: a number, zero or more, with at most 2 decimals, e.g. 850000.",
  independent: "Answer yes or no (oui/non, true/false; true or false without quotes in a JSON file): no when a firm that is not an SME owns more than 25 % of the capital.",
  brands: 'Give brand names of 1 to 100 characters: --brand "Savon du Midi" (repeatable) or --brands "A,B"; in a JSON file, a list ["A", "B"].',
  trademark: "Choose registered, pending (application filed) or none.",
  contactName: "Give a name of at most 200 characters.",
  contactEmail: "Give a full e-mail address, e.g. contact@savonnerie.fr.",
  contactPhone: "Give a number of at most 40 characters, e.g. +33 4 91 00 00 00.",
};

const MERCHANT_LABELS: Readonly<Record<string, string>> = {
  id: "No.",
  legalName: "Legal name",
  identifier: "SIRET / SIREN",
  siret: "SIRET",
  siren: "SIREN",
  postcode: "Postcode",
  headcount: "Staff (AWU)",
  turnoverEur: "Turnover excl. VAT",
  balanceSheetEur: "Balance-sheet total",
  independent: "Independent",
  brands: "Brands",
  trademark: "Registered trademark",
  contact: "Contact",
  contactName: "Contact name",
  contactEmail: "Contact e-mail",
  contactPhone: "Contact phone",
  createdAt: "Created",
  updatedAt: "Updated",
};

const MERCHANT_VALUES: Readonly<Record<string, string>> = {
  yes: "yes",
  no: "no",
  unknown: "not given",
  registered: "yes, registered",
  pending: "application filed",
  none: "no",
};

export const en: MessageCatalogue = {
  eligibility: eligibilityEn,
  productReasons: productReasonsEn,
  requirements: requirementsEn,
  readinessCautions: readinessCautionsEn,
  labelFields: labelFieldsEn,
  dossier: dossierEn,
  wizard: wizardEn,
  sources: sourcesEn,
  costs: costsEn,
  codes: {
    "missing-column": {
      message: ({ field }) => `Required column missing: ${p(field)}.`,
      hint: ({ field }) => `Add a "${p(field)}" column (or its French name), or give that name to the column of your file that holds the value.`,
      action: ({ fieldKey }) => `--map "Your column=${p(fieldKey)}"`,
    },
    "duplicate-column": {
      message: ({ value, first }) => `Column "${p(value)}" names the same field as "${p(first)}".`,
      hint: () => "Remove or rename one of the two columns; only the first is read.",
    },
    "unknown-column": {
      message: ({ value }) => `Unknown column "${p(value)}": it is ignored.`,
      hint: () => "If it holds a catalogue value, give it the expected column name (for example \"Net weight (g)\" or \"Price (EUR)\").",
      action: ({ value }) => `--map "${p(value)}=field", field among: ${FIELD_NAMES.join(", ")}`,
    },
    "wrong-column-count": {
      message: ({ expected, actual, sheet }) =>
        sheet === undefined || sheet === ""
          ? `This row has ${p(actual)} columns instead of ${p(expected)}.`
          : `This row has cells filled to the right of the header's ${p(expected)} columns.`,
      hint: ({ sheet }) =>
        sheet === undefined || sheet === ""
          ? "A delimiter or a line break is probably inside an unquoted text: put that text in double quotes."
          : "Name this column in the header row, or clear these cells: a column without a name is read by no rule.",
    },
    "missing-value": {
      message: ({ field }) => `Required value missing: ${p(field)}.`,
      hint: ({ field }) => `Fill in "${p(field)}" for this product.`,
    },
    "control-character": {
      message: ({ field, value, character, position }) => `Invisible control character ${p(character)} in ${p(field)} "${p(value)}" (character ${p(position)}): a terminal showing this text would obey it.`,
      hint: () => "Remove that character (often pasted from another program): retype the text in the spreadsheet, then save the CSV again.",
    },
    "invalid-sku": {
      message: ({ value }) => `Invalid SKU "${p(value)}".`,
      hint: () => "Use 1 to 64 characters: unaccented letters, digits and . _ / -",
    },
    "duplicate-sku": {
      message: ({ value, firstLine }) => `SKU "${p(value)}" already appears on line ${p(firstLine)}.`,
      hint: () => "Each product needs its own SKU: fix or remove the duplicate.",
    },
    "sku-exists": {
      message: ({ value }) => `SKU "${p(value)}" already exists for this company (create mode import).`,
      hint: () => "Create mode only adds new products: import in upsert mode (the default) to update this one.",
    },
    "sku-not-stored": {
      message: ({ value }) => `The SKU "${p(value)}" is not in this company's catalogue.`,
      hint: () => "Check the SKU (it must be the one of the sheet sent to the translator), or import this product first.",
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
      hint: () => "Add a Chinese name (a “Chinese name” column): the Tmall Global export requires it.",
    },
    "encoding-cannot-hold-chinese": {
      message: ({ encoding }) => `This file is saved in ${p(encoding)}, an encoding that cannot hold Chinese: Chinese names cannot be written in it.`,
      hint: () => "In Excel: Save As › CSV UTF-8 (Comma delimited). In LibreOffice: Save As › CSV, character set Unicode (UTF-8).",
    },
    "name-zh-not-chinese": {
      message: ({ value, reason }) =>
        reason === "lost"
          ? `The Chinese name "${p(value)}" has lost its Chinese characters: they were replaced by "?" or "�".`
          : `The Chinese name "${p(value)}" holds no Chinese character.`,
      hint: ({ reason }) =>
        reason === "lost"
          ? "The file was saved in an encoding that cannot hold Chinese. Type or paste the Chinese names again, then in Excel: Save As › CSV UTF-8 (Comma delimited)."
          : "Write the product's name in Chinese characters (for example 马赛皂 for a Marseille soap): pinyin or the French name is not enough for Tmall.",
    },
    "ingredients-zh-not-chinese": {
      message: ({ value, reason }) =>
        reason === "lost"
          ? `The Chinese ingredients "${p(value)}" lost their Chinese characters: they were replaced by "?" or "�".`
          : `The Chinese ingredients "${p(value)}" hold no Chinese character.`,
      hint: ({ reason }) =>
        reason === "lost"
          ? "The file was saved in an encoding that has no Chinese. Paste the Chinese ingredients again, then in Excel: Save As › CSV UTF-8 (Comma delimited)."
          : "Write the ingredient list in Chinese characters (for example 糖、杏仁), or leave the cell blank: eprovence drafts a translation when it knows every ingredient.",
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
    "hs-not-on-positive-list": {
      message: ({ code, edition, source }) => `${p(code)} is not on the positive list, edition ${p(edition)} (source: ${p(source)}).`,
      hint: () => "Check the HS code with your freight forwarder: off the positive list, the product cannot be sold through cross-border retail (CBEC).",
    },
    "hs-positive-list-not-checked": {
      message: ({ value, rows }) => `HS heading ${p(value)} (${countEn(rows, "product", "products")}) is not in our CBEC positive-list data: not checked.`,
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
      hint: () =>
        'Add at least one photo: an https:// address or the path of a JPEG or PNG file (separated by "|"), or a folder of photos named by SKU (SAV-001.jpg): the Tmall Global export requires it.',
    },
    "invalid-image-url": {
      message: ({ value }) => `Invalid image address "${p(value)}".`,
      hint: () => 'Each image must be a full https:// address without spaces, or the path of a photo file; separate them with "|".',
    },
    "picture-not-found": {
      message: ({ value }) => `Photo not found: "${p(value)}".`,
      hint: () => "Check the file's name and place (a path is read from the catalogue's folder). The product is kept, without this photo.",
    },
    "picture-unreadable": {
      message: ({ value, reason }) => `"${p(value)}" cannot be used as a photo: ${PICTURE_UNREADABLE[p(reason)] ?? PICTURE_UNREADABLE.unreadable}.`,
      hint: () => "Name a photo file (not a folder) that you can open, or save it again as JPEG. The product is kept, without this photo.",
    },
    "picture-outside-folder": {
      message: ({ value }) => `The photo "${p(value)}" is outside the catalogue's folder and the photos folder.`,
      hint: () => "Copy the photo into the catalogue's folder or the photos folder (a shortcut to another folder is not followed), and write its path from that folder.",
    },
    "picture-wrong-format": {
      message: ({ value, kind }) => `"${p(value)}" is not a JPEG or PNG photo: it is ${PICTURE_KINDS[p(kind)] ?? PICTURE_KINDS.unknown}.`,
      hint: () => 'Open it and save it as JPEG ("Save as…" or "Export"): Tmall Global takes only JPEG and PNG. The product is kept, without this photo.',
    },
    "picture-too-large": {
      message: ({ value, bytes }) => `The photo "${p(value)}" weighs ${megabytesEn(bytes)}, more than the 3 MB Tmall accepts.`,
      hint: () => "Save it as a slightly more compressed JPEG or smaller (2,000 × 2,000 pixels are enough). The product is kept, without this photo.",
    },
    "too-many-pictures": {
      message: ({ value, max }) => `More than ${p(max)} photos for this product: "${p(value)}" is not attached.`,
      hint: () => "Tmall Global takes one main photo and up to 4 more: keep the best 5, the main one first.",
    },
    "picture-too-small": {
      message: ({ value, width, height, min }) => `The photo "${p(value)}" is ${p(width)} × ${p(height)} pixels, less than ${p(min)} × ${p(min)}.`,
      hint: () => "This is sellers' convention, not an official rule: from 800 × 800 pixels the listing lets buyers zoom. The photo is kept.",
    },
    "picture-not-square": {
      message: ({ value, width, height }) => `The photo "${p(value)}" is not square (${p(width)} × ${p(height)} pixels).`,
      hint: () => "This is sellers' convention, not an official rule: a square photo shows without bands on the listing. The photo is kept.",
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
      hint: () => 'Save the file again as "CSV UTF-8" from Excel, or say that it is in Windows-1252.',
      action: () => "--encoding windows-1252",
    },
    "cell-error": {
      message: ({ field, value }) => `The formula gives an error (${p(value)}): the value of ${p(field)} was not read.`,
      hint: () => "Fix the formula in the spreadsheet, or replace it with its value (Copy, then Paste Special › Values only).",
    },
    "formula-not-computed": {
      message: ({ field, value }) => `The formula ${p(value)} has no computed value: the value of ${p(field)} was not read.`,
      hint: () => "Open the file in Excel or Calc and save it, so that the value is computed (the program that wrote it does not compute formulas).",
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
      message: ({ path, waitedMs }) =>
        Number(waitedMs) === 0 ? `Database ${p(path)} is busy with another process.` : `Database ${p(path)} has been busy with another process for more than ${duration(waitedMs)}.`,
      hint: () => "Wait for the other import to finish, then run the same command again: nothing was written. (The wait is set in milliseconds with EPROVENCE_BUSY_TIMEOUT_MS.)",
    },
    "database-read-only": {
      message: ({ path }) => `Database ${p(path)} is read-only.`,
      hint: () => "Make the file and its folder writable, or choose another database with --db.",
    },
    "database-unwritable": {
      message: ({ path, reason }) => `Cannot open or write database ${p(path)} (${reasonOf(reason).words}).`,
      hint: ({ reason }) => `${reasonOf(reason).fix} Or choose another database with --db.`,
    },
    "disk-full": {
      message: ({ path }) => `Disk full while writing ${p(path)}: nothing was saved for this file.`,
      hint: () => "Free some space, then run the same command again.",
    },
    "invalid-profile": {
      message: ({ count, problems }) => `Invalid company profile (${p(count)} problems):\n${p(problems)}`,
      hint: () => "Fix these values, then run the same command again; nothing was saved.",
    },
    "invalid-profile-value": {
      message: ({ field, value }) => `Invalid value "${p(value)}" for ${p(field)}.`,
      hint: ({ key }) => PROFILE_HINTS[p(key)] ?? "Correct this value (see eprovence merchant add --help).",
    },
    "profile-control-character": {
      message: ({ field, value }) => `Value refused for ${p(field)}: "${p(value)}" holds an invisible control character (shown here as \\x…).`,
      hint: () => "Type this text again rather than pasting it from another program: a control character would make the terminal showing it react.",
    },
    "missing-profile-value": {
      message: ({ field }) => `Required value missing: ${p(field)}.`,
      hint: ({ key }) => PROFILE_HINTS[p(key)] ?? "Add this value (see eprovence merchant add --help).",
    },
    "profile-unknown-key": {
      message: ({ key, path }) => `Unknown key "${p(key)}" in ${p(path)}.`,
      hint: ({ suggestion, keys }) => `${suggestion ? `Did you mean "${p(suggestion)}"? ` : ""}Accepted keys (camelCase): ${p(keys)}.`,
    },
    "profile-invalid-json": {
      message: ({ path, line, column, detail }) =>
        `${p(path)} is not a valid JSON file${line === undefined ? "" : `, line ${p(line)} column ${p(column)}`} (${p(detail)}).`,
      hint: () => 'Check the double quotes, commas and braces; a profile reads { "legalName": "…", "siret": "…" }.',
    },
    "profile-not-object": {
      message: ({ path }) => `${p(path)} does not hold a JSON object { … }.`,
      hint: () => 'A profile is one object in braces, not a list: { "legalName": "…", "siret": "…" }.',
    },
    "identifier-required": {
      message: () => "The company's SIRET or SIREN is missing.",
      hint: () => 'Pass --siret (14 digits) or --siren (9 digits); in a --from file, the "siret" or "siren" key.',
    },
    "identifier-format": {
      message: ({ key, field, value }) =>
        key === "siren"
          ? `Invalid SIREN "${p(value)}" (${p(field)}): a SIREN has 9 digits.`
          : `Invalid SIRET "${p(value)}" (${p(field)}): a SIRET has 14 digits.`,
      hint: () => "Copy the number again (spaces are allowed): a 14-digit SIRET with --siret, a 9-digit SIREN with --siren.",
    },
    "identifier-check-digit": {
      message: ({ key, field, value }) => `Invalid ${key === "siren" ? "SIREN" : "SIRET"} "${p(value)}" (${p(field)}): the check digit does not match, probably a typo.`,
      hint: () => "Copy the number from the Kbis extract or annuaire-entreprises.data.gouv.fr: its last digit is a check digit.",
    },
    "identifier-mismatch": {
      message: ({ siret, siren }) => `SIRET ${p(siret)} does not start with SIREN ${p(siren)}.`,
      hint: () => "A SIRET is the SIREN followed by 5 digits: fix one of them, or give the SIRET alone (the SIREN is taken from it).",
    },
    "merchant-exists": {
      message: ({ siren, id, legalName }) => `A company with SIREN ${p(siren)} is already registered: no. ${p(id)}, ${p(legalName)}.`,
      hint: ({ id }) => `To change it: eprovence merchant update ${p(id)} followed by the options to change (see eprovence merchant show ${p(id)}).`,
    },
    "merchant-not-found": {
      message: ({ ref }) => `No company "${p(ref)}": not a registered number, SIRET or SIREN.`,
      hint: () => "See the registered companies: eprovence merchant list (name one by its number, SIRET or SIREN).",
    },
    "nothing-to-update": {
      message: ({ ref }) => `Nothing to change for company "${p(ref)}": no value given.`,
      hint: () => "Pass the values to change, e.g. --headcount 12 --turnover-eur 1250000 (see eprovence merchant update --help).",
    },
    "no-csv-in-folder": {
      message: ({ path }) => `No catalogue (.csv, .xlsx or .ods file) in folder ${p(path)}.`,
      hint: () => "Name catalogue files, a folder holding some, or a pattern such as catalogues/*.csv.",
    },
    "invalid-manifest": {
      message: ({ path, line }) => `Unreadable batch manifest ${p(path)} (line ${p(line)}).`,
      hint: () => "The manifest is a CSV with two columns, file and merchant (or fichier and entreprise), one row per file.",
    },
    "no-import-source": {
      message: () => "No file to import.",
      hint: () => "Name files, a folder or --batch manifest.csv, with --merchant <id|SIRET|SIREN> except in a manifest.",
    },
    "merchant-required": {
      message: ({ command }) => `No company given ${command === "import" ? "for the files to import" : command === "export" ? "for the export" : "for the dossier"}: --merchant is missing.`,
      hint: ({ command }) =>
        command === "import"
          ? "Add --merchant <id|SIRET|SIREN> (see eprovence merchant list), or use --batch manifest.csv with a merchant column."
          : "Add --merchant <id|SIRET|SIREN> (see eprovence merchant list), or --all for every company.",
    },
    "output-required": {
      message: ({ command }) => (command === "export" || command === "dossier --all" ? "No output folder: --out is missing." : "No file to write: --out is missing."),
      hint: ({ command }) =>
        command === "export"
          ? "Add --out <folder> to write the files, or --check to only check the catalogue."
          : command === "dossier --all"
            ? "Add --out <folder>: each company gets its own <SIREN>-<name>.html file in it."
            : "Add --out dossier.html (or --out - to print it).",
    },
    "output-exists": {
      message: ({ path, files }) => (files === undefined ? `${p(path)} already exists: it was not replaced.` : `${p(path)} already holds ${p(files)}: nothing was written.`),
      hint: ({ files }) => (files === undefined ? "Add --force to replace it, or choose another name with --out." : "Add --force to replace these files, or choose another folder with --out."),
    },
    "sku-not-found": {
      message: ({ skus, merchant }) => `Unknown SKU for ${p(merchant)}: ${p(skus)}. Nothing was stored.`,
      hint: () => "Check the spelling (eprovence names list --merchant … lists the SKUs), then run again.",
    },
    "names-sheet-unreadable": {
      message: ({ path, line, detail }) => `The names sheet ${p(path)} cannot be read at line ${p(line)}: ${p(detail)}`,
      hint: () => "Save it again from Excel (as .xlsx or CSV UTF-8), then run again.",
    },
    "merchant-file-unreadable": {
      message: ({ path, line }) => `The companies file ${p(path)} cannot be read (line ${p(line)}): a quoted cell is never closed or the structure is broken.`,
      hint: () => "Open it in a spreadsheet, check that line, then save it again as a CSV or a workbook.",
    },
    "merchant-file-not-array": {
      message: ({ path }) => `${p(path)} holds a single JSON object { … }, not a list of companies [ … ].`,
      hint: () => 'Put the companies between square brackets, one object each: [ { "legalName": "…", "siret": "…" }, … ]; for one company, eprovence merchant add --from file.json is enough.',
    },
    "merchant-file-no-rows": {
      message: ({ path }) => `${p(path)} holds no company.`,
      hint: () => "Add one row per company under the header (legal_name, siret…), or one object per company in the JSON list.",
    },
    "merchant-file-columns": {
      message: ({ path, missing }) => `${p(path)} lacks ${p(missing)}.`,
      hint: ({ found }) => `Columns found: ${p(found) || "none"}. Name the table's first row as in the sample fixtures/consultant/entreprises.csv (legal_name, siret, postcode…).`,
    },
    "merchant-file-not-object": {
      message: ({ item }) => `Element no. ${p(item)} of the list is not an object { … } describing a company.`,
      hint: () => 'Each element is written { "legalName": "…", "siret": "…" }.',
    },
    "merchant-file-duplicate-siren": {
      message: ({ siren, first }) => `SIREN ${p(siren)} is already in this file (${p(first)}): one company per SIREN.`,
      hint: () => "Keep one row per company (its establishments share its SIREN), then run again.",
    },
    "names-sheet-columns": {
      message: ({ path }) => `${p(path)} lacks the "SKU" and "Reviewed Chinese name" columns of a names sheet.`,
      hint: () => "Start from the sheet written by eprovence names sheet, without renaming those two columns, then run again.",
    },
    "output-unwritable": {
      message: ({ path, reason }) => `Could not write ${p(path)} (${reasonOf(reason).words}): no file was changed.`,
      hint: ({ reason }) => `${reasonOf(reason).fix} Then run the same command again.`,
    },
    "onboard-no-terminal": {
      message: () => "eprovence onboard asks questions, and there is no terminal to answer them (redirected input, CI, or --no-input).",
      hint: () =>
        "Run it in a terminal (npm start or eprovence onboard), or give the answers in a file: eprovence onboard --answers answers.yaml (keys: see the README, onboard section; eprovence demo shows the whole flow without a terminal).",
    },
    "missing-answers": {
      message: ({ keys, path }) => `Missing answers${p(path) === "" ? "" : ` in ${p(path)}`}, and no terminal to ask for them: ${p(keys)}.`,
      hint: () => "Add these keys to the --answers file (see the README, onboard section), or run eprovence onboard in a terminal.",
    },
    "unknown-answer-key": {
      message: ({ key, path }) => `Unknown key "${p(key)}"${p(path) === "" ? "" : ` in ${p(path)}`}.`,
      hint: ({ suggestion, keys }) => `${p(suggestion) === "" ? "" : `Did you mean "${p(suggestion)}"? `}Accepted keys: ${p(keys)}.`,
    },
    "answer-not-understood": {
      message: ({ value }) => (p(value) === "" ? "An answer is needed to go on." : `Answer not understood: "${p(value)}".`),
      hint: (params) => EXPECTED_ANSWERS[p(params.expected) as ExpectedAnswer]?.(params) ?? "Type another answer.",
    },
    "invalid-answer": {
      message: ({ key, path, detail }) => `Answer refused for ${p(key)}${p(path) === "" ? "" : ` (${p(path)})`}: ${p(detail)}`,
      hint: ({ fix }) => (p(fix) === "" ? "Correct this value in the answers file, then run again." : `${p(fix)} Nothing was saved for this answer.`),
    },
    "file-too-complex": {
      message: ({ path, limit }) => `${p(path)} is too complex: its YAML aliases (*name) expand to more than ${p(limit)} copies.`,
      hint: () => "Write the values themselves rather than aliases that repeat others: an answers file does not need them. Nothing was saved.",
    },
    "answers-file-invalid": {
      message: ({ path, detail }) => `Unreadable answers file ${p(path)}: ${p(detail)}.`,
      hint: () => 'Write a JSON (.json) or YAML (.yaml) object of answers, e.g. { "company": { "legalName": "…" } } (see the README, onboard section).',
    },
    "eligibility-subject": {
      message: () => "Name a stored company (--merchant) or a profile (--profile), not both; --catalogue only goes with --profile (with --merchant, the imported catalogue counts).",
      hint: () => "Examples: eprovence eligibility --merchant 81234567800013, or eprovence eligibility --profile profile.json --catalogue catalogue.csv.",
    },
    "unknown-channel": {
      message: ({ channel }) => `Unknown channel "${p(channel)}".`,
      hint: ({ channels }) => `Supported channels: ${p(channels)}.`,
    },
    "import-not-found": {
      message: ({ id }) => `No import #${p(id)}.`,
      hint: () => "See eprovence imports list for the existing numbers.",
    },
    "file-malformed": {
      message: ({ path, line, detail }) => `${p(path)} was not imported: ${p(detail)} (line ${p(line)}).`,
      hint: () => "Fix that line, then run the same command again: no row of this file was saved.",
    },
    "images-folder-not-found": {
      message: ({ path }) => `Photos folder not found: ${p(path)}.`,
      hint: () => "Name the folder that holds the products' photos (a folder, not a file), named by SKU: SAV-001.jpg, SAV-001-2.jpg…",
    },
    "stored-picture-missing": {
      message: ({ sku, sha256 }) => `The kept photo of product ${p(sku)} is gone (${p(sha256).slice(0, 12)}…): nothing was exported.`,
      hint: () => "Import the catalogue again with its photos: they are copied again beside the database; then run the export again.",
    },
    "stored-picture-altered": {
      message: ({ sku, sha256 }) => `The kept photo of product ${p(sku)} was changed since its import (${p(sha256).slice(0, 12)}…): nothing was exported.`,
      hint: () => "Import the catalogue again with its photos: they are copied again beside the database; then run the export again.",
    },
    "file-not-found": {
      message: ({ path }) => `File not found: ${p(path)}.`,
      hint: () => "Check the file's path.",
    },
    "file-unreadable": {
      message: ({ path, reason }) => `Cannot read ${p(path)} (${reasonOf(reason).words}).`,
      hint: ({ reason }) => reasonOf(reason).fix,
    },
    "positive-list-no-code-column": {
      message: ({ path, headers }) => `${p(path)} has no column of tariff codes (header read: ${p(headers)}).`,
      hint: () => "Name the column of 8-digit codes \"code\", \"hs_code\", \"code SH\" or \"tarif\", or make it the first column. Nothing was loaded.",
    },
    "positive-list-invalid-code": {
      message: ({ path, line, value }) => `${p(path)}, line ${p(line)}: "${p(value)}" is not an 8-digit tariff line.`,
      hint: () => "Each line of the positive list has 8 digits (3401.11.00 or 34011100). Fix the file: nothing was loaded.",
    },
    "file-empty": {
      message: ({ path }) => `File ${p(path)} is empty.`,
      hint: () => "Export the catalogue with its header row and one row per product.",
    },
    "file-binary": {
      message: ({ path }) => `${p(path)} is neither a CSV file nor a workbook (binary content: an image, a PDF…).`,
      hint: () =>
        'An Excel (.xlsx) or LibreOffice (.ods) workbook is accepted; otherwise, in Excel: File › Save as › "CSV UTF-8 (Comma delimited)": the only CSV format of Excel that keeps Chinese names.',
    },
    "workbook-unreadable": {
      message: ({ path, reason }) =>
        reason === "corrupt"
          ? `${p(path)} is a damaged or truncated zip file: it could not be read.`
          : reason === "not-workbook-ole"
            ? `${p(path)} is an old-format Office document, but not a workbook.`
            : `${p(path)} is a zip archive, but neither an Excel nor a LibreOffice Calc workbook.`,
      hint: () => "Open the file in Excel or LibreOffice, save it as .xlsx, and run again.",
    },
    "workbook-old-or-encrypted": {
      message: ({ path, kind }) =>
        kind === "encrypted"
          ? `${p(path)} is a password-protected workbook: its content is encrypted, it was not read.`
          : `${p(path)} is a workbook in the old .xls format (Excel 97-2003), which is not read here.`,
      hint: ({ kind }) =>
        kind === "encrypted"
          ? "Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password: clear the box) and save it without a password, then run again."
          : "Open it in Excel or LibreOffice and save it as .xlsx (File › Save As › Excel Workbook), then run again.",
    },
    "workbook-too-large": {
      message: ({ path, part, reason }) =>
        reason === "size-mismatch"
          ? `${p(path)} inflates past the size it declares (part ${String(part ?? "?")}): it was refused unread.`
          : `${p(path)} inflates past a sane limit (part ${String(part ?? "?")}): it was refused unread.`,
      hint: () => "Check where the file comes from; a real catalogue is a few tens of MB once unzipped.",
    },
    "sheet-too-large": {
      message: ({ path, sheet, limitMillions }) =>
        `Sheet "${p(sheet)}" of ${p(path)} holds more than ${p(limitMillions)} million cells (each row counted up to its last filled cell): it was refused before being read whole.`,
      hint: () =>
        'Save it as CSV UTF-8 (File › Save as › "CSV UTF-8 (Comma delimited)") and give that file: a CSV is read as a stream, without this limit. Or delete the cells filled by mistake far below or to the right of the data.',
    },
    "sheet-not-found": {
      message: ({ path, sheet }) => (sheet === undefined || sheet === "" ? `${p(path)} has no visible sheet whose header looks like a catalogue.` : `${p(path)} has no sheet "${String(sheet)}".`),
      hint: () => "Name the sheet to read with --sheet NAME or --sheet NUMBER (1 for the first).",
    },
    "file-device": {
      message: ({ path }) => `${p(path)} is a device (a system stream or a terminal), not a file: it was not read.`,
      hint: () => "Name a .csv file or a folder holding some, or send the data through a pipe: command | eprovence import - --merchant <number>.",
    },
    "stream-too-large": {
      message: ({ path, limitMb }) =>
        `${p(path) === "-" ? "Standard input" : `The stream ${p(path)}`} is larger than ${p(limitMb)} MB, the size eprovence accepts from a pipe: nothing was imported.`,
      hint: () =>
        "Save the data to a file first (command > catalogue.csv), then import that file: eprovence import catalogue.csv --merchant <number>. EPROVENCE_STREAM_MAX_MB sets another limit (in MB).",
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
    "invalid-scenario": {
      message: ({ path, detail }) => `Scenario ${p(path)} is not a readable JSON object (${p(detail)}).`,
      hint: () => 'Write a JSON object, for example { "salesEur": 100000, "shopAnnualFee": "60000 CNY" } (see the README).',
    },
    "unknown-scenario-key": {
      message: ({ path, key }) => `Unknown key "${p(key)}" in scenario ${p(path)}.`,
      hint: ({ keys }) => `Known keys: ${p(keys)}.`,
    },
    "config-invalid": {
      message: ({ path, line }) => `The settings file ${p(path)} is neither readable YAML nor JSON${Number(line) > 0 ? ` (line ${p(line)})` : ""}.`,
      hint: () => "Write it in YAML (key: value, one a line) or JSON; the keys are in the README (section \"In CI\"), or pass --no-config.",
    },
    "unknown-config-key": {
      message: ({ path, key, line }) => `Unknown key "${p(key)}" in the settings file ${p(path)}, line ${p(line)}.`,
      hint: ({ suggestion, keys }) => `${suggestion === "" ? "" : `Did you mean "${p(suggestion)}"? `}Possible keys: ${p(keys)}.`,
    },
    "invalid-config-value": {
      message: ({ path, key, line, value }) => `Invalid value for "${p(key)}" in the settings file ${p(path)}, line ${p(line)}: "${p(value)}".`,
      hint: ({ expected }) => `Expected: ${p(expected)}.`,
    },
    "invalid-scenario-value": {
      message: ({ path, key, value }) => `Invalid value for "${p(key)}" in scenario ${p(path)}: "${p(value)}".`,
      hint: ({ expected }) => `Expected: ${p(expected)}.`,
    },
  },
  placeholders: {
    amount: "amount",
    channel: "channel",
    char: "char",
    command: "command",
    dir: "dir",
    email: "email",
    euros: "euros",
    file: "file",
    format: "format",
    id: "id",
    lang: "lang",
    list: "list",
    manifest: "manifest",
    mapping: "mapping",
    mode: "mode",
    months: "months",
    n: "n",
    name: "name",
    names: "names",
    options: "options",
    path: "path",
    paths: "paths",
    phone: "phone",
    postcode: "postcode",
    rate: "rate",
    ref: "ref",
    siren: "siren",
    siret: "siret",
    staff: "staff",
    order: "order",
    text: "text",
    status: "status",
    value: "value",
    "yes|no": "yes|no",
    "name|number": "name|number",
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
    onboard: "wizard: company → eligibility → costs → catalogue → corrections → export and dossier",
    onboardAnswers: "answers file (JSON or YAML): answers any subset of the questions in advance; - for standard input",
    demo: "the whole flow on sample data (a fictional Marseille soap maker), in a temporary database",
    validate: "check a catalogue file (needs no database)",
    validateFile: "the catalogues (.csv, .xlsx, .ods): files, folders or patterns such as catalogues/*.csv; or - for standard input",
    format: "report format: pretty, json, junit, github or sarif",
    maxErrors: "detail at most this many errors, 1000 by default (totals stay exact)",
    config: "the settings file to read (by default: eprovence.config.yaml or .json, looked up from the current folder to the repository root)",
    noConfig: "read no settings file",
    strict: "warnings fail the check too (exit 1)",
    encoding: "file encoding (detected otherwise): utf-8, windows-1252…",
    delimiter: "delimiter (detected otherwise): ';', ',' or tab",
    images: "folder of product photos named by SKU (SAV-001.jpg main, SAV-001-2.png, SAV-001-3.jpg…)",
    sheet: "sheet of an .xlsx workbook, by name or number (else the first visible sheet that is a catalogue)",
    map: "map a column to a field: \"My column=field\" (repeatable)",
    minShelfLife: "shortest shelf life of a food product, in months (default 12, a design choice)",
    costs: "Tmall Global shop or trade fairs: costs year by year, table and chart",
    costsPreset: "one or more presets: quote-2017 (default), tmall-global-fees, canton-fair-9m2, prowein-9m2, vinexpo-9m2 (comma-separated; the last wins)",
    costsScenario: "JSON scenario file, the options' names in camelCase (options win over it)",
    costsMerchant: "save the scenario with the company (id, SIRET or SIREN)",
    costsExplain: "list every assumption: value, unit, source and date",
    years: "horizon, in years (default 3)",
    salesEur: "expected annual sales, in €; or a range low,mid,high (50000,100000,200000)",
    shopDeposit: "refundable security deposit (€, or \"150000 CNY\"): shown apart, not a cost",
    shopAnnualFee: "the shop's annual service fee (€, or \"60000 CNY\")",
    shopRefundTier1Multiple: "annual-fee refund, tier 1: sales ≥ N × the fee",
    shopRefundTier1Percent: "tier 1: share of the annual fee refunded, in %",
    shopRefundTier2Multiple: "annual-fee refund, tier 2: sales ≥ N × the fee",
    shopRefundTier2Percent: "tier 2: share of the annual fee refunded, in %",
    shopCommissionPercent: "commission on sales, in %",
    shopPaymentFeePercent: "payment fee (Alipay) on sales, in %",
    shopAgencyMonthly: "store-operation agency: fee per month (€ or CNY)",
    shopAgencyPercent: "store-operation agency: % of sales",
    shopLogisticsPerOrder: "logistics per order (€ or CNY)",
    shopOrdersPerYear: "expected orders per year",
    shopMarketing: "the shop's marketing budget, per year (€ or CNY)",
    shopSetup: "shop set-up, once, in year 1 (€ or CNY)",
    fairsPerYear: "fairs per year",
    fairSpaceM2: "stand area, in m²",
    fairSpacePerM2: "space price, per m² (€ or CNY)",
    fairBoothPrice: "flat booth price, per fair (€ or CNY)",
    fairBuildPerM2: "stand build and fit-out, per m² (€ or CNY)",
    fairPeople: "people sent to the fair",
    fairDays: "days there, per person",
    fairTravelPerDay: "travel and hotel, per person per day (€ or CNY)",
    fairSampleShipping: "sample shipping, per fair (€ or CNY)",
    fairPromotion: "promotion, per fair (€ or CNY)",
    fairOther: "other costs per fair, e.g. an all-in quote (€ or CNY)",
    fairSubsidy: "subsidy per fair, deducted (€ or CNY)",
    fairContacts: "contacts made per fair (for the cost per contact)",
    eurCny: "EUR → CNY exchange rate (default 7.5554, ECB 2026-10-06)",
    merchantCommand: "company profiles: add, list, show, update",
    merchantAdd: "register a company (options, or a --from profile.json file)",
    merchantList: "list the registered companies",
    merchantShow: "show one company",
    merchantImport: "register many companies at once: a CSV, a workbook (.xlsx, .ods) or a JSON list, one company per row; then follow them with eprovence portfolio",
    merchantImportFile: "the companies file (English or French headers)",
    merchantImportMode: "upsert (default: a company already registered under that SIREN is updated) or create (it is rejected)",
    merchantImportRejects: "write the rejected rows with their reason to this CSV file",
    portfolio: "every company at a glance: eligibility, catalogue completeness, next step",
    portfolioVerdictFilter: "only this verdict: eligible, eligible-with-conditions, not-eligible, none (never evaluated) or stale (to redo)",
    portfolioBelow: "only the companies whose completeness is below N %",
    portfolioSearch: "only the companies whose name, SIREN, SIRET or a brand contains this text",
    portfolioSort: "order: name (default), completeness (least complete first) or updated (most recently changed first)",
    portfolioFormat: "output format: pretty (readable table), json or csv (for a spreadsheet)",
    merchantUpdate: "change a company: only the values given change",
    merchantRefArg: "the company's number, SIRET or SIREN",
    merchantFormat: "output format: pretty (readable) or json (amounts in euros)",
    merchantFrom: "read the profile from a JSON file (camelCase keys; - for standard input); options win over the file",
    profileLegalName: "legal name",
    profileSiret: "SIRET, 14 digits (spaces allowed); the SIREN is taken from it",
    profileSiren: "SIREN, 9 digits (when you give no SIRET)",
    profilePostcode: "head-office postcode (5 digits)",
    profileHeadcount: "staff in annual work units (e.g. 12 or 12.5)",
    profileTurnoverEur: "yearly turnover excluding VAT in euros, last closed year (e.g. 1250000 or \"1 250 000.50\")",
    profileBalanceSheetEur: "balance-sheet total in euros, last closed year",
    profileIndependent: "independent: yes or no (no when a firm that is not an SME owns more than 25 %)",
    profileBrand: "a brand (repeatable)",
    profileBrands: "the brands, comma-separated (\"\" to clear them)",
    profileTrademark: "trademark: registered, pending or none",
    profileContactName: "contact name",
    profileContactEmail: "contact e-mail",
    profileContactPhone: "contact phone",
    import: "load catalogue files into the database for a company",
    importPaths: "files, folders (every .csv, .xlsx, .ods) or patterns; - for standard input",
    merchantRef: "the company: its id, SIRET or SIREN",
    batch: "CSV manifest (columns file,merchant) to import for several companies",
    mode: "upsert (default: create or update), create (new products only) or replace (the catalogue becomes the file)",
    dryRun: "check and count everything, save nothing",
    rejects: "write rejected rows with their reason to this file (a folder for several files)",
    imports: "import history: list | show",
    importsList: "list imports, newest first",
    importsShow: "show one import and its findings",
    data: "the official data the consultant supplies",
    dataPositiveList: "the CBEC positive list (8-digit tariff lines)",
    positiveListImport: "load the positive list from a CSV or workbook (replaces the previous one)",
    positiveListShow: "say which positive list is loaded",
    positiveListFile: "the file (CSV, .xlsx, .ods) with a column of 8-digit codes",
    positiveListEdition: "the list's edition date (YYYY-MM-DD)",
    positiveListSource: "where the copy comes from (official text, reference)",
    validatePositiveList: "check HS codes against this positive list (CSV or workbook), with no database",
    importId: "the import's number (see imports list)",
    names: "products' Chinese names: list | draft | sheet | apply",
    namesList: "list the products and where their Chinese name comes from (supplied, draft, reviewed, missing)",
    namesDraft: "propose a Chinese name (a draft to be reviewed) for the products without one, from the glossary",
    namesDraftSku: "only these SKUs (repeatable, or comma-separated)",
    namesDraftAll: "also redraft existing drafts (never a name the company gave or a translator reviewed)",
    namesSheet: "write the sheet a translator fills in (.xlsx or .csv)",
    namesSheetOut: "the file to write: .xlsx for Excel, else a UTF-8 CSV",
    namesSheetStatus: "the products to put in the sheet, by where their name or Chinese ingredients come from (default: draft,missing)",
    namesSheetForce: "replace the file if it already exists",
    namesApply: "store the Chinese names and ingredients the translator validated (they become reviewed)",
    namesApplyFile: "the filled-in names sheet (.xlsx or .csv)",
    namesApplyPartial: "store the right names even when other rows need fixing",
    namesStatus: "only these origins, comma-separated: supplied, draft, reviewed, missing",
    formatPrettyJson: "format: pretty or json",
    eligibility: "eligibility verdict for a company and its catalogue, rule by rule",
    profile: "a company profile JSON file (the keys of merchant add --from), no database needed",
    catalogue: "with --profile: the CSV catalogue to examine",
    gate: "exit 1 when the verdict is \"not eligible\" (for scripts)",
    export: "channel readiness (completeness per product), then the Tmall Global-ready catalogue files",
    exportChannel: "sales channel (only one so far: tmall-global)",
    exportOut: "folder to write catalogue.csv, catalogue.json and manifest.json to",
    exportCheck: "check only: print the completeness, write nothing",
    exportMinCompleteness: "exit 1 when the catalogue's completeness is below N % (0–100, for CI)",
    exportAllowPartial: "export the ready products and list the others, instead of refusing",
    exportRequireReviewedNames: "refuse the export (exit 1) while some Chinese name is a draft not yet reviewed",
    exportForce: "replace the files of an earlier export in the folder",
    exportAll: "every registered company, each in its own <SIREN>-<name> folder under --out; a refused company does not stop the others",
    dossier: "a self-contained, printable HTML application dossier for a company",
    dossierOut: "the HTML file to write",
    dossierForce: "replace the file if it already exists",
    portfolioOut: "write the portfolio to a self-contained, printable HTML page (a completeness bar per company)",
    portfolioForce: "replace the page if it already exists",
    dossierAll: "one dossier per registered company, <SIREN>-<name>.html, in the --out folder",
    dossierFormat: "format of the --all summary: pretty (readable) or json",
    helpUsage: "Usage:",
    helpOptions: "Options:",
    helpCommands: "Commands:",
    helpArguments: "Arguments:",
    helpGlobalOptions: "Global options:",
    helpDefault: "default: %s",
  },
  ui: {
    reportTitle: ({ file }) => `Catalogue check of ${p(file)}`,
    detected: ({ encoding, delimiter }) => `Encoding ${p(encoding)}, delimiter ${p(delimiter)}`,
    detectedWorkbook: ({ format, sheet, headerLine, hiddenRows }) =>
      `${format === "ods" ? "LibreOffice Calc workbook" : "Excel workbook"}: sheet ${p(sheet)}, header on row ${p(headerLine)}${Number(hiddenRows) > 0 ? `, ${countEn(hiddenRows, "hidden row", "hidden rows")} read like the others` : ""}`,
    line: ({ line }) => (Number(line) === 0 ? "File" : `Line ${p(line)}`),
    sheetLine: ({ sheet, line }) => (Number(line) === 0 ? `Sheet ${p(sheet)}` : `Sheet ${p(sheet)}, row ${p(line)}`),
    column: ({ column }) => `column "${p(column)}"`,
    cellAt: ({ sheet, cell }) => `Sheet ${p(sheet)}, cell ${p(cell)}`,
    locatedMessage: ({ where, message }) => `${p(where)}: ${p(message)}`,
    hint: () => "To do:",
    summary: ({ rows, validRows, errors, warnings }) =>
      `${countEn(rows, "product", "products")}, ${p(validRows)} valid; ${countEn(errors, "error", "errors")}, ${countEn(warnings, "warning", "warnings")}.`,
    verdictValid: () => "Catalogue valid.",
    batchTotals: ({ files, valid, invalid, failed, rows, errors, warnings }) =>
      `In all, ${countEn(files, "file", "files")}: ${p(valid)} valid, ${p(invalid)} invalid, ${p(failed)} unreadable; ${countEn(rows, "product", "products")}; ${countEn(errors, "error", "errors")}, ${countEn(warnings, "warning", "warnings")}.`,
    fileUnreadable: () => "File unreadable:",
    verdictInvalid: () => "Catalogue invalid: fix the errors above, then check again.",
    verdictStrict: () => "Strict mode: warnings count as errors.",
    truncated: ({ max }) => `Only the first ${p(max)} errors are detailed; the totals stay exact (--max-errors to see more).`,
    severityError: () => "error",
    severityWarning: () => "warning",
    tab: () => "tab",
    errorPrefix: () => "Error:",
    usageUnknownOption: ({ option }) => `unknown option ${p(option)}.`,
    usageUnknownCommand: ({ command }) => `unknown command "${p(command)}".`,
    usageMissingArgument: ({ argument }) => `${p(argument)} is missing.`,
    usageOptionMissingArgument: ({ option }) => `option ${p(option)} needs a value.`,
    usageMissingMandatoryOption: ({ option }) => `option ${p(option)} is required.`,
    usageExcessArguments: ({ expected, actual }) => `too many arguments: ${p(actual)} given, ${p(expected)} expected.`,
    usageInvalidArgument: ({ option, value }) => `value "${p(value)}" refused for ${p(option)}.`,
    usageConflictingOption: ({ option, other }) => `${p(option)} and ${p(other)} cannot be used together.`,
    usageSuggestion: ({ suggestion }) => `Did you mean ${p(suggestion)}?`,
    unexpected: ({ detail }) => `Unexpected error: ${p(detail)}. Run again with --verbose and report it.`,
    progress: ({ percent, rows, rate }) => `Reading ${p(percent)} — ${p(rows)} products — ${p(rate)} products/s`,
    costsTitle: ({ years }) => `Costs over ${inYearsEn(years)}: Tmall Global shop or trade fairs`,
    costsContext: ({ presets, rate, rateDate }) => `Presets: ${p(presets)} · €1 = ${p(rate)} CNY (${p(rateDate)})`,
    costsSales: ({ sales }) => `Expected annual sales: €${p(sales)}`,
    costsSalesRange: ({ low, mid, high }) => `Expected annual sales: low €${p(low)} · mid €${p(mid)} · high €${p(high)}`,
    costsYear: () => "Year",
    costsShop: () => "Shop",
    costsFairs: () => "Fairs",
    costsShopCumulative: () => "Shop cumulative",
    costsFairsCumulative: () => "Fairs cumulative",
    costsDifference: () => "Difference",
    costsDifferenceNote: () => "Difference = fairs − shop, cumulative: positive when the shop is cheaper.",
    costsAmountsNote: () => "Amounts in euros.",
    costsPerYear: () => "Cost per year",
    costsCumulative: () => "Cumulative cost",
    costsLow: () => "low",
    costsMid: () => "mid",
    costsHigh: () => "high",
    costsChartTitle: () => "Cumulative costs, in thousands of euros",
    costsChartYear: ({ year }) => `Year ${p(year)}`,
    costsLegendShop: () => "Tmall Global shop",
    costsLegendFairs: () => "fairs",
    costsCheaperFrom: ({ year, years }) => `Cumulatively, the shop is cheaper than the fairs from year ${p(year)} on (horizon: ${inYearsEn(years)}).`,
    costsNeverCheaper: ({ years }) => `Cumulatively over ${inYearsEn(years)}, the shop is never cheaper than the fairs.`,
    costsCheaperBySales: ({ list, years }) => `Cumulatively over ${inYearsEn(years)}, the shop is cheaper than the fairs: ${p(list)}.`,
    costsFromYearShort: ({ year }) => `from year ${p(year)}`,
    costsNeverShort: () => "never",
    costsBreakEvenShopBelow: ({ sales, years }) =>
      `Break-even: €${p(sales)} of sales a year (cumulative over ${inYearsEn(years)}). Below it the shop is cheaper; from there on, the fairs.`,
    costsBreakEvenFairsBelow: ({ sales, years }) =>
      `Break-even: €${p(sales)} of sales a year (cumulative over ${inYearsEn(years)}), thanks to the annual-fee refund. Below it the fairs are cheaper; from there on, the shop.`,
    costsShopAlwaysCheaper: ({ years }) => `No break-even: whatever the sales, the shop is cheaper over ${inYearsEn(years)}.`,
    costsFairsAlwaysCheaper: ({ years }) => `No break-even: whatever the sales, the fairs are cheaper over ${inYearsEn(years)}.`,
    costsDeposit: ({ amount, original }) => `Security deposit: €${p(amount)} (${p(original)}), tied up but refundable — not a cost.`,
    costsPerOrder: ({ amount }) => `Shop cost per order: €${p(amount)}.`,
    costsPerContact: ({ amount }) => `Fair cost per contact: €${p(amount)}.`,
    costsDetailShop: ({ sales }) => `Shop, year 1 (sales: €${p(sales)})`,
    costsDetailFair: ({ fairs }) => `One fair (${p(fairs)} a year)`,
    costsLineAnnualFee: () => "annual service fee",
    costsLineFeeRefund: () => "annual-fee refund",
    costsLineCommission: () => "commission on sales",
    costsLinePaymentFee: () => "payment fee (Alipay)",
    costsLineAgency: () => "store-operation agency",
    costsLineLogistics: () => "logistics",
    costsLineMarketing: () => "marketing",
    costsLineSetup: () => "set-up (once)",
    costsLineSpace: () => "space",
    costsLineBuild: () => "stand build",
    costsLineTravel: () => "travel and hotel",
    costsLineSamples: () => "sample shipping",
    costsLinePromotion: () => "promotion",
    costsLineOther: () => "other costs (flat)",
    costsLineSubsidy: () => "subsidy",
    costsLineTotal: () => "total",
    verdictToCorrect: () => "The catalogue needs corrections: the products in error are taken one by one below.",
    hintWithAction: ({ hint, action }) => `${p(hint).replace(/\.$/, "")} (${p(action)}).`,
    costsUnsourced: ({ inputs }) => `No source, counted as 0: ${p(inputs)}. Enter your own figures with the options in brackets.`,
    costsUnsourcedPerson: ({ inputs }) => `No source, counted as 0: ${p(inputs)}. These figures are the company's to give.`,
    costsExplainLine: ({ input, flag, value }) => `${p(input)} (${p(flag)}): ${p(value)}`,
    costsAssumptionsHint: ({ count }) => `${p(count)} assumptions, each with its value, source and date: --explain lists them.`,
    costsExplainTitle: () => "Assumptions: value and unit, then source and date",
    dateUndated: () => "undated",
    assumptions: ({ list }) => `Assumptions: ${p(list)}`,
    assumptionCited: ({ assumption, source, date }) => `${p(assumption)} (${p(source)}, ${p(date)})`,
    assumptionPositiveList: ({ edition, source }) => `positive list supplied, edition ${p(edition)} (source ${p(source)}; a 6-digit code is accepted when an 8-digit line starts with it)`,
    dateFormat: () => "a date YYYY-MM-DD",
    positiveListSourceText: () => "a text (where the copy comes from)",
    positiveListNone: () => "No positive list loaded: HS codes are \"not checked\". Load it with \"eprovence data positive-list import FILE --edition YYYY-MM-DD --source TEXT\".",
    positiveListLoaded: ({ edition, source, count, importedAt }) => `CBEC positive list, edition ${p(edition)} (source: ${p(source)}): ${countEn(count, "tariff line", "tariff lines")}, loaded ${p(importedAt)}.`,
    assumptionMinShelfLifeMonths: ({ value }) => `minimum shelf life of a food product: ${p(value)} months`,
    assumptionEurCny: ({ value }) => `exchange rate: €1 = ${p(value)} CNY`,
    assumptionCbecOrderLimitCny: ({ value }) => `cross-border order ceiling: ${p(value)} CNY`,
    assumptionTitleMaxDisplayUnits: ({ value }) => `Tmall title width: ${p(value)} units (a Chinese character counts 2)`,
    assumptionHighEndCosmeticCnyPerGram: ({ value }) => `high-end cosmetics threshold: ${p(value)} CNY per gram or millilitre`,
    merchantLabel: ({ field }) => MERCHANT_LABELS[p(field)] ?? p(field),
    merchantValue: ({ value }) => MERCHANT_VALUES[p(value)] ?? p(value),
    merchantAdded: ({ id, legalName }) => `Company no. ${p(id)} registered: ${p(legalName)}.`,
    merchantUpdated: ({ id, fields }) => `Company no. ${p(id)} changed: ${p(fields)}.`,
    merchantUnchanged: ({ id }) => `Company no. ${p(id)}: these values were already registered, nothing changed.`,
    listOr: () => " or ",
    merchantFileColumn: ({ name }) => `column "${p(name)}"`,
    merchantFileKey: ({ name }) => `key "${p(name)}"`,
    merchantFileColumnNames: ({ names }) => `the column ${p(names)}`,
    merchantFileLine: ({ line }) => `line ${p(line)}`,
    merchantFileItem: ({ item }) => `element no. ${p(item)}`,
    merchantImportTitle: ({ file, count, mode }) => `Companies from ${p(file)} — ${p(count)} ${Number(count) === 1 ? "row" : "rows"}, mode ${p(mode)}`,
    merchantImportDryRun: () => "Dry run: nothing was stored.",
    merchantImportStatus: ({ status }) => p(status),
    merchantImportTotals: ({ created, updated, unchanged, rejected }) => `Totals: ${p(created)} created, ${p(updated)} updated, ${p(unchanged)} unchanged, ${p(rejected)} rejected.`,
    merchantImportIgnored: ({ columns }) => `Columns ignored (no company data): ${p(columns)}.`,
    merchantImportRejectsWritten: ({ path, count }) => `${p(count)} rejected ${Number(count) === 1 ? "row" : "rows"} written to ${p(path)} with the reason — fix them, then import that file.`,
    merchantImportRejectedHint: ({ count }) => `${p(count)} rejected ${Number(count) === 1 ? "row" : "rows"}: run again with --rejects rejects.csv for a file of the rejected rows with their reason, to fix and import.`,
    portfolioColumn: ({ column }) =>
      ({ legalName: "Company", siren: "SIREN", sme: "Size", verdict: "Eligibility", products: "Products", ready: "Ready", completeness: "Completeness", draftNames: "Names to review", lastImport: "Last import", nextStep: "Next step" })[p(column)] ?? p(column),
    portfolioSme: ({ category }) => ({ micro: "micro", small: "small", medium: "medium", none: "not an SME" })[p(category)] ?? "unknown",
    portfolioVerdict: ({ verdict, date }) =>
      `${({ eligible: "eligible", "eligible-with-conditions": "with conditions", "not-eligible": "not eligible" })[p(verdict)] ?? p(verdict)} on ${p(date)}`,
    portfolioStale: () => "(to redo)",
    portfolioNever: () => "never",
    portfolioImport: ({ date, status }) => (status === "failed" ? `${p(date)} (failed)` : p(date)),
    portfolioStep: ({ step, ref }) =>
      ({
        "import-catalogue": `Import its catalogue: eprovence import catalogue.csv --merchant ${p(ref)}`,
        evaluate: `Check its eligibility: eprovence eligibility --merchant ${p(ref)}`,
        "evaluate-again": `Check eligibility again (profile or catalogue changed): eprovence eligibility --merchant ${p(ref)}`,
        "not-eligible": `Go over what blocks it together: eprovence eligibility --merchant ${p(ref)}`,
        "complete-catalogue": `Complete the product records: eprovence export --check --merchant ${p(ref)}`,
        "review-names": `Have the Chinese names reviewed: eprovence names sheet --merchant ${p(ref)}`,
        export: `Export for Tmall Global: eprovence export --merchant ${p(ref)} --out export-folder`,
      })[p(step)] ?? p(step),
    portfolioNone: () => 'No company registered yet. Add some: eprovence merchant import companies.csv, or eprovence merchant add --legal-name "…" --siret "…"',
    portfolioNoMatch: ({ count }) => `None of the ${p(count)} registered companies matches.`,
    portfolioTitle: ({ shown, count }) => `Portfolio: ${p(shown)} of ${p(count)} companies`,
    portfolioWritten: ({ path }) => `Portfolio written: ${p(path)} (opens in a browser, prints on A4).`,
    // export --all, dossier --all: one line per company, then the totals. kind: export | check | dossier
    deliveryTitle: ({ kind, count, out }) =>
      kind === "check"
        ? `Export check for Tmall Global: ${countEn(count, "company", "companies")} (no file written)`
        : kind === "dossier"
          ? `One application dossier per company: ${countEn(count, "company", "companies")}, in ${p(out)}`
          : `Export for Tmall Global: ${countEn(count, "company", "companies")}, in ${p(out)}`,
    deliveryWritten: ({ kind, name, siren, count, path }) =>
      kind === "dossier" ? `${p(name)} (${p(siren)}): dossier written, ${p(path)}` : `${p(name)} (${p(siren)}): ${countEn(count, "product", "products")} exported to ${p(path)}`,
    deliveryChecked: ({ name, siren, ready, total }) => `${p(name)} (${p(siren)}): export possible, ${p(ready)} of ${countEn(total, "product", "products")} ready`,
    deliveryRefused: ({ name, siren, reason }) => `${p(name)} (${p(siren)}): export refused, ${p(reason)}`,
    deliveryRefusal: ({ verdict, notReady, total, completeness, minimum, drafts }) =>
      ({
        "no-products": "no product stored",
        "below-minimum": `completeness ${p(completeness)} %, under the minimum of ${p(minimum)} %`,
        "draft-names": `${countEn(drafts, "Chinese name", "Chinese names")} still to be reviewed`,
        "not-ready": `${p(notReady)} of ${countEn(total, "product", "products")} not ready`,
        "none-ready": `none of the ${countEn(total, "product", "products")} is ready`,
      })[p(verdict)] ?? p(verdict),
    deliveryFailed: ({ name, siren, message }) => `${p(name)} (${p(siren)}): not done, ${p(message)}`,
    deliveryDetail: ({ ref }) => `details: eprovence export --check --merchant ${p(ref)}`,
    deliveryTotals: ({ kind, written, checked, refused, failed }) =>
      `Summary: ${[kind === "check" ? `${p(checked)} ready` : `${p(written)} delivered`, ...(kind === "dossier" ? [] : [`${p(refused)} refused`]), `${p(failed)} not done`].join(", ")}`,
    merchantNone: () => 'No company registered yet. Add one: eprovence merchant add --legal-name "…" --siret "…"',
    profileFileKey: ({ key, path }) => `key "${p(key)}" in ${p(path)}`,
    importTitle: ({ files, mode }) => `Import of ${countEn(files, "file", "files")}, ${p(mode)} mode`,
    importDryRun: () => "Dry run (--dry-run): nothing was saved.",
    colFile: () => "file",
    colStatus: () => "status",
    col_created: () => "created",
    col_updated: () => "updated",
    col_unchanged: () => "unchanged",
    col_deleted: () => "deleted",
    col_rejected: () => "rejected",
    col_warnings: () => "warnings",
    colTotal: () => "total",
    statusImported: () => "imported",
    statusUnchanged: () => "unchanged",
    statusFailed: () => "failed",
    statusDryRun: () => "dry run",
    importUnchanged: ({ file, id }) => `${p(file)}: same content as import #${p(id)}, nothing was changed.`,
    importRejectsWritten: ({ file, rejects, count }) => `${p(file)}: ${countEn(count, "rejected row", "rejected rows")} written to ${p(rejects)} with the reason — fix them, then import that file.`,
    importRejectedHint: ({ file, count }) => `${p(file)}: ${countEn(count, "rejected row", "rejected rows")}; run again with --rejects rejects.csv to get them back, or see eprovence validate.`,
    merchantRejectsSheet: () => "Companies",
    rejectReason: () => "Rejection reason",
    progressFile: ({ file, percent, rows, rate, eta }) => `${p(file)}: ${p(percent)} — ${p(rows)} products — ${p(rate)} products/s — ${p(eta)} left`,
    importsEmpty: () => "No import yet.",
    namesEmpty: () => "No product to show.",
    namesSheetWritten: ({ path, count, merchant, ingredients }) =>
      `Names sheet written: ${p(path)} (${countEn(count, "product", "products")}). Send it to the translator, who fills in the "Reviewed Chinese name" column${Number(ingredients) > 0 ? ' and, for food, the "Reviewed Chinese ingredients" one' : ""}. Then store the names: eprovence names apply ${p(path)} --merchant ${p(merchant)}`,
    namesDraftWidth: ({ width, limit }) => `(width ${p(width)} of ${p(limit)})`,
    namesDraftKept: () => "kept",
    namesDraftNone: () => "no draft: the glossary does not recognise the product in the name",
    namesDraftDropped: ({ parts }) => `left out to fit Tmall's width: ${p(parts)}`,
    namesDraftUnknown: ({ words }) => `words the glossary does not know, to translate: ${p(words)}`,
    exportLabelsToComplete: ({ count }) => `Chinese e-label: ${countEn(count, "product has", "products have")} fields written "待补充" (to be completed) in labels-zh.html:`,
    exportLabelFields: ({ sku, fields }) => `${p(sku)}: ${p(fields)}`,
    namesDraftIngredients: ({ list }) => `Chinese ingredients drafted (to be checked): ${p(list)}`,
    namesDraftIngredientsUnknown: ({ words }) => `no draft of the Chinese ingredients: the glossary does not know ${p(words)} (to translate)`,
    namesDraftedIngredients: ({ count }) => `${countEn(count, "Chinese ingredient list", "Chinese ingredient lists")} stored as drafts, to be checked by someone who reads Chinese.`,
    namesDraftIngredientsDryRun: ({ count }) => `Dry run: ${countEn(count, "Chinese ingredient list", "Chinese ingredient lists")} would be stored. Nothing was stored.`,
    namesDraftNothing: () => "No draft written: every product already has a Chinese name, or the glossary does not recognise its name.",
    namesDraftDryRun: ({ count }) => `Dry run: ${countEn(count, "draft", "drafts")} would be stored. Nothing was stored.`,
    namesDrafted: ({ count }) => `${countEn(count, "draft", "drafts")} stored, to be reviewed by someone who reads Chinese: eprovence names sheet writes the sheet to send.`,
    namesApplyNothing: () => 'No reviewed Chinese name in the sheet: nothing to store. The translator fills in the "Reviewed Chinese name" column and, for food, "Reviewed Chinese ingredients".',
    namesApplied: ({ count }) => `${countEn(count, "reviewed Chinese name", "reviewed Chinese names")} stored.`,
    namesApplyLeftOut: ({ count }) => `${countEn(count, "row", "rows")} left out (above): fix them in the sheet, then run again.`,
    namesApplyDryRun: ({ count, problems }) => `Dry run: ${countEn(count, "name", "names")} would be stored, ${countEn(problems, "row", "rows")} to fix. Nothing was stored.`,
    namesApplyRefused: ({ count, accepted }) =>
      `Nothing was stored: ${countEn(count, "row needs", "rows need")} fixing (above). Fix the sheet and run again, or add --partial to store ${countEn(accepted, "right row", "right rows")}.`,
    namesSheetHeader: ({ limit }) => `SKU|Name|Proposed Chinese name|Width (of ${p(limit)})|Unknown words|Reviewed Chinese name`,
    namesSheetName: () => "Chinese names",
    namesSheetIngredientsHeader: () => "Ingredients|Proposed Chinese ingredients|Reviewed Chinese ingredients",
    namesSheetReviewedIngredientsHeaders: () => "Reviewed Chinese ingredients|Reviewed ingredients",
    namesAppliedIngredients: ({ count }) => `${countEn(count, "reviewed Chinese ingredient list", "reviewed Chinese ingredient lists")} stored.`,
    namesIngredientsHeader: () => "Chinese ingredients",
    namesSheetSkuHeaders: () => "SKU|Reference",
    namesSheetReviewedHeaders: () => "Reviewed Chinese name|Reviewed name",
    namesHeader: () => "SKU|Name|Chinese name|Name from|Changed",
    nameStatus: ({ status }) => ({ supplied: "supplied by the company", draft: "draft, to be reviewed", reviewed: "reviewed by a translator" })[p(status)] ?? "missing",
    importsHeader: () => "#|date|company|file|mode|status|created|updated|unchanged|rejected|warn.",
    importDetail: ({ id, file, merchant, mode, status, started, source }) => `Import #${p(id)} — ${p(file)} for ${p(merchant)}, ${p(mode)} mode, ${p(status)} on ${p(started)} (${p(source)})`,
    importSourceCsv: ({ encoding, delimiter }) => `encoding ${p(encoding)}, delimiter ${p(delimiter)}`,
    importSourceWorkbook: ({ format, sheet }) => `${format === "ods" ? "LibreOffice Calc workbook" : "Excel workbook"}, sheet ${p(sheet)}`,
    importCounts: ({ rows, created, updated, unchanged, deleted, rejected, warnings }) => `${countEn(rows, "row", "rows")}: ${p(created)} created, ${p(updated)} updated, ${p(unchanged)} unchanged, ${p(deleted)} deleted, ${p(rejected)} rejected; ${countEn(warnings, "warning", "warnings")}.`,
    importFailure: ({ failure }) => `Failed: ${p(failure)}`,
    eligibilityTitle: ({ subject }) => `Eligibility for E-Provence (Tmall Global) — ${p(subject)}`,
    verdict_eligible: () => "Verdict: eligible.",
    "verdict_eligible-with-conditions": () => "Verdict: eligible with conditions — see the next steps below.",
    "verdict_not-eligible": () => "Verdict: not eligible as things stand — see what would change the answer below.",
    andMore: ({ count }) => `… and ${p(count)} more (--format json for the full list)`,
    ruleSource: ({ source }) => `Source: ${p(source)}`,
    nextSteps: () => "Next steps:",
    eligibilityUnchanged: ({ date }) => `No change since the last evaluation on ${p(date)}.`,
    eligibilityChanges: ({ date, verdict }) => `Since the evaluation on ${p(date)} (${p(verdict)}):`,
    rulesVersion: ({ version, date }) => `Rules version ${p(version)}, evaluated on ${p(date)}.`,
    exportTitle: ({ merchant, channel }) => `Readiness for ${p(channel)} — ${p(merchant)}`,
    exportCompleteness: ({ completeness, ready, total }) => `Catalogue completeness: ${p(completeness)} % — ${p(ready)} of ${countEn(total, "product", "products")} ready.`,
    exportProduct: ({ sku, completeness }) => `${p(sku)} (${p(completeness)} %)`,
    exportMissing: ({ list }) => `missing: ${p(list)}`,
    exportRecommended: ({ list }) => `recommended: ${p(list)}`,
    exportToConfirm: ({ text }) => `to confirm: ${p(text)}`,
    exportComplete: ({ count }) => `${countEn(count, "product", "products")} 100 % complete.`,
    exportCheckOnly: () => "Check only (--check): no file written.",
    exportBelowMinimum: ({ completeness, minimum }) => `Completeness ${p(completeness)} %, below the required minimum of ${p(minimum)} %.`,
    exportAboveMinimum: ({ completeness, minimum }) => `Completeness ${p(completeness)} %, at least the required minimum of ${p(minimum)} %.`,
    exportNoProducts: () => "No product stored for this company: nothing to export. Import its catalogue first (eprovence import catalogue.csv --merchant …).",
    exportRefusedMinimum: () => "Export refused: the completeness is below the required minimum. No file written.",
    exportRefusedDraftNames: ({ count, skus }) =>
      `Export refused: ${countEn(count, "Chinese name is", "Chinese names are")} still a draft to be reviewed (${p(skus)}). Have a translator review them, then export again. No file written.`,
    exportRefused: ({ count, total }) =>
      `Export refused: ${p(count)} of ${countEn(total, "product", "products")} ${pluralEn(count, "is", "are")} not ready (listed above). No file written. Complete them and import again, or export the ready ones with --allow-partial.`,
    exportNoneReady: ({ total }) => `Export refused: none of the ${countEn(total, "product", "products")} is ready (listed above). No file written.`,
    exportPictures: ({ count }) => `images/  ${countEn(count, "photo", "photos")} (their SHA-256 in manifest.json)`,
    exportWritten: ({ count, out }) => `${countEn(count, "product", "products")} exported to ${p(out)}:`,
    exportLeftOut: ({ count, skus }) => `Not exported, not ready: ${p(count)} — ${p(skus)}`,
    exportRate: ({ rate, date }) => `CNY prices at ${p(rate)} CNY/EUR of ${p(date)}; CBEC tax estimated by category (wine and spirits: estimates), see manifest.json.`,
    labelled: ({ label, text }) => `${p(label)}: ${p(text)}`,
    listSeparator: () => "; ",
  },
};
