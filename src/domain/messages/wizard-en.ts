import type { WizardTexts } from "./wizard-catalogue.js";
import { countEn, p, pluralEn } from "./plain-text.js";


const STEP_TITLES: Readonly<Record<string, string>> = {
  welcome: "Welcome",
  company: "Your company",
  eligibility: "Eligibility",
  costs: "Costs: a shop or fairs",
  catalogue: "Catalogue",
  fixes: "Findings and corrections",
  export: "Export and dossier",
  summary: "Summary",
};

const STEP_PURPOSES: Readonly<Record<string, string>> = {
  company: "legal name, SIRET, size: checked as you type",
  eligibility: "the verdict, rule by rule, explained",
  costs: "a Tmall Global shop against trade fairs, with a chart",
  catalogue: "import your file (CSV, Excel) or enter your products one by one",
  fixes: "what is wrong in the catalogue, to correct on the spot",
  export: "the Tmall Global-ready files and the application dossier",
  summary: "what was saved, where, and what comes next",
};

const COMPANY_QUESTIONS: Readonly<Record<string, string>> = {
  legalName: "Legal name of the company:",
  siret: "SIRET of the head office (14 digits, on the Kbis):",
  siren: "SIREN (9 digits):",
  postcode: "Postcode of the head office:",
  headcount: "Staff in full-time equivalents (e.g. 12 or 12.5):",
  turnoverEur: "Yearly turnover excluding VAT, in euros:",
  balanceSheetEur: "Balance-sheet total, in euros (Enter to skip):",
  independent: "Is the company independent? (No when a firm that is not an SME owns more than 25 % of the capital)",
  brands: "Your brands, separated by commas (Enter to skip):",
  trademark: "Is your trademark registered?",
  contactName: "Name of the contact person (Enter to skip):",
  contactEmail: "Their e-mail address (Enter to skip):",
  contactPhone: "Their phone number (Enter to skip):",
};

const COST_QUESTIONS: Readonly<Record<string, string>> = {
  "costs.fairsPerYear": "How many trade fairs a year do (or would) you attend to sell in China?",
  "costs.salesEur": "Expected annual sales in China, in euros (one amount such as 100000 or 1.5M€, or a range: between 50000 and 200000):",
  "costs.years": "Over how many years should they be compared?",
};

const PRODUCT_QUESTIONS: Readonly<Record<string, string>> = {
  sku: "Product reference (letters, digits, . _ / -):",
  name_fr: "Name in French:",
  name_zh: "Name in Chinese (required by Tmall Global; Enter for later):",
  brand: "Brand:",
  category: "Category:",
  labels: "Labels, separated by | (AOP, IGP, Label Rouge, AB, Ecocert, Cosmos…; Enter if none):",
  origin_postcode: "Postcode of the place of manufacture:",
  hs_code: "HS code (customs nomenclature, 6 to 10 digits):",
  gtin: "EAN code (barcode; Enter if none):",
  shelf_life_months: "Shelf life in months (best before; Enter if not applicable):",
  net_weight_g: "Net weight in grams:",
  price_eur: "Selling price excluding VAT, in euros:",
  image_urls: "https addresses of the photos, separated by | (required by Tmall Global; Enter for later):",
};

const VERDICTS: Readonly<Record<string, string>> = {
  eligible: "In plain words: your company meets E-Provence's conditions. You can prepare your catalogue.",
  "eligible-with-conditions":
    "In plain words: you can apply, provided you deal with what is marked ⚠ or ? above — each says what to do. Nothing blocks you at this stage.",
  "not-eligible":
    "In plain words: as things stand the application would be refused, for the reasons marked ✖. Each says what would change the answer. You can go on: the costs and the catalogue will serve once things have changed.",
};

export const wizardEn: WizardTexts = {
  stepTitle: ({ step }) => STEP_TITLES[p(step)] ?? p(step),
  stepPurpose: ({ step }) => STEP_PURPOSES[p(step)] ?? "",
  stepHeading: ({ number, total, title }) => `── Step ${p(number)}/${p(total)} · ${p(title)} ──`,
  welcomeIntro: () => "This wizard takes you from \"can I sell in China?\" to a catalogue ready for Tmall Global, in a few minutes. The steps:",
  welcomeSaved: ({ path }) => `Every answer is saved at once in ${p(path)}: you can stop and resume later.`,
  welcomeCtrlC: () => "Ctrl-C stops at any time; start the wizard again to resume where you were.",
  askResume: ({ id, step, date }) => `A session (no. ${p(id)}, of ${p(date)}) stopped at the step "${p(step)}". What would you like to do?`,
  resumeYes: ({ step }) => `Resume at the step "${p(step)}" (your answers are kept)`,
  resumeNo: () => "Start over (the company and catalogue already saved stay in the database)",
  resuming: ({ id, step }) => `Resuming session no. ${p(id)} at the step "${p(step)}".`,
  interrupted: () => "Interrupted: your answers are saved; start the wizard again to resume.",
  askCompany: ({ key }) => COMPANY_QUESTIONS[p(key)] ?? `${p(key)}:`,
  companyUpdated: ({ id, legalName }) => `Company no. ${p(id)} updated: ${p(legalName)}.`,
  verdictExplained: ({ verdict }) => VERDICTS[p(verdict)] ?? "",
  productRulesLater: () => "The product rules (non-perishable, origin, price) are checked after the Catalogue step.",
  askCosts: ({ key }) => COST_QUESTIONS[p(key)] ?? `${p(key)}:`,
  askOwnFigures: ({ inputs }) => `Do you want to enter your own figures (${p(inputs)})? Otherwise they stay at 0.`,
  askCostInput: ({ input }) => `${p(input)} (Enter: leave 0):`,
  askCatalogueMethod: () => "How would you like to build your catalogue?",
  methodFile: () => "Import a file: an Excel (.xlsx) or LibreOffice (.ods) workbook, or a CSV",
  methodManual: () => "Enter my products one by one",
  askCatalogueFile: () => "Path of the catalogue file:",
  previewFile: ({ file, rows }) => `File ${p(file)}: ${countEn(rows, "product", "products")}.`,
  previewForced: ({ what }) => (what === "both" ? "(encoding and delimiter forced)" : what === "encoding" ? "(encoding forced)" : "(delimiter forced)"),
  previewColumns: () => "Columns read:",
  previewIgnored: () => "ignored (unknown column)",
  previewMapped: () => "(your choice)",
  previewMissing: ({ fields }) => `Required columns not found: ${p(fields)}. Answer "no" to say which column holds them.`,
  askConfirmDetection: () => "Is it read right (encoding, delimiter, columns)?",
  askConfirmWorkbook: () => "Is it read right (sheet, header row, columns)?",
  askAdjust: () => "What needs correcting?",
  adjustColumn: ({ header, field }) => `the column "${p(header)}" (read as: ${p(field)})`,
  adjustEncoding: ({ encoding }) => `the encoding (detected: ${p(encoding)})`,
  adjustDelimiter: ({ delimiter }) => `the delimiter (detected: ${p(delimiter)})`,
  askEncoding: () => "Encoding of the file (utf-8, windows-1252, utf-16le…):",
  askDelimiter: () => "Column delimiter:",
  askMapping: ({ header }) => `Which field does the column "${p(header)}" hold?`,
  imported: ({ id }) => `Import no. ${p(id)}:`,
  rejectedNext: ({ count }) => `${countEn(count, "product", "products")} not imported because of errors: you can correct ${pluralEn(count, "it", "them")} at the next step.`,
  manualIntro: () => "Enter your products one by one; each value is checked as in a file. The products are saved in a CSV beside the database.",
  manualFile: () => "products entered in the wizard",
  askProduct: ({ field }) => PRODUCT_QUESTIONS[p(field)] ?? `${p(field)}:`,
  askAnotherProduct: ({ count }) => `${countEn(count, "product", "products")} entered. Add another one?`,
  fixesNone: () => "No errors: every product was imported.",
  fixesIntro: ({ count }) =>
    `${countEn(count, "product", "products")} ${pluralEn(count, "was", "were")} not imported because of errors. Correct ${pluralEn(count, "it", "them")} here: type the right value, or Enter to leave the product out. Your file is not changed.`,
  fixesIntroFile: ({ count }) => `${countEn(count, "product", "products")} ${pluralEn(count, "was", "were")} not imported because of errors; corrections come from the answers file.`,
  askFix: ({ line, where, sku, field, value, problem }) => `${where === undefined || where === "" ? `Line ${p(line)}` : p(where)} · ${p(sku)} · ${p(field)} = "${p(value)}" — ${p(problem)}\n  Corrected value (Enter: leave this product out):`,
  fixApplied: ({ sku, field, from, to }) => `✔ ${p(sku)} · ${p(field)}: "${p(from)}" → "${p(to)}"`,
  fixesLeftOut: ({ count, skus }) => `${countEn(count, "product", "products")} left out: ${p(skus)}.`,
  fixesUnused: ({ keys }) => `Answers with nothing to correct (no error there), ignored: ${p(keys)}.`,
  askOutput: ({ key }) => (p(key) === "dossier.out" ? "File for the application dossier (HTML):" : "Folder for the Tmall Global files:"),
  askReplace: ({ path, files }) => `${p(path)} already holds ${p(files)}. Replace them?`,
  askAllowPartial: ({ ready, total }) => `${p(ready)} of ${countEn(total, "product", "products")} ${pluralEn(ready, "is", "are")} ready for Tmall Global. Export only ${pluralEn(ready, "that one", "those")}?`,
  exportRefused: ({ out }) => `No export yet: complete the products (see above), then start the wizard again to write the files to ${p(out)}.`,
  summaryTitle: () => "What was saved",
  summaryDatabase: ({ path }) => `Database: ${p(path)}`,
  summaryCompany: ({ id, legalName }) => `Company no. ${p(id)}: ${p(legalName)}`,
  summaryCatalogue: ({ count, file }) => `Catalogue: ${countEn(count, "product", "products")} saved${p(file) === "" ? "" : `, from ${p(file)}`}`,
  summaryCorrections: ({ count, path }) => `Corrections: ${countEn(count, "product", "products")} corrected, in ${p(path)}`,
  summaryLeftOut: ({ count, skus }) => `${countEn(count, "product", "products")} not imported: ${p(skus)}`,
  summaryExport: ({ path }) => `Files for Tmall Global: ${p(path)}`,
  summaryExportRefused: ({ path }) => `Files for Tmall Global: not yet (planned folder: ${p(path)})`,
  summaryDossier: ({ path }) => `Application dossier: ${p(path)}`,
  summarySession: ({ id }) => `Wizard session no. ${p(id)}, completed.`,
  nextFixRows: ({ file }) => `Correct the products left out in ${p(file)}, then start the wizard again to import them.`,
  nextExport: () => "Complete the products not ready (Chinese name, photos…), then start the wizard again to export the catalogue.",
  nextSend: ({ path }) => `Read the dossier ${p(path)} through and send it with your E-Provence application.`,
  demoIntro: ({ folder }) => `Demonstration on fictional data (Savonnerie des Calanques, Marseille), in a temporary database: ${p(folder)}`,
  demoDone: ({ folder, database, exported, dossier }) =>
    `Demonstration done.\n  Database: ${p(database)}\n  Export: ${p(exported)}\n  Dossier: ${p(dossier)}\nEverything is in ${p(folder)} (delete that folder when you no longer need it).`,
};
