import { checkCatalogueRow, previewCatalogue, saveCatalogueFile, type CataloguePreview } from "../../../app/catalogue.js";
import type { JsonValue } from "../../../app/onboarding.js";
import { CATEGORIES, findCategory, isFood } from "../../../domain/catalogue/categories.js";
import { parseDelimiterName } from "../../../domain/catalogue/delimiters.js";
import { displayWidth } from "../../../domain/catalogue/display-width.js";
import { FIELDS, type FieldName } from "../../../domain/catalogue/fields.js";
import type { Merchant } from "../../../domain/company/merchant.js";
import { EprovenceError } from "../../../domain/errors.js";
import { describeDelimiter, describeSource } from "../../../io/reports/render.js";
import { describeImport, importSource, readingOf, toJson, wizardFile, type CatalogueSource } from "../catalogue-source.js";
import { firstErrorOn } from "../cell-check.js";
import type { Question, WizardContext, WizardStep } from "../context.js";
import type { Parsed } from "../keys.js";

/**
 * The catalogue: a file (its detected encoding, delimiter and column mapping shown for confirmation,
 * and corrected at the terminal when wrong) or products typed one by one (written as a CSV beside the
 * database); either way imported by the pipeline of `eprovence import` — same rules, one transaction,
 * an entry in the import history, and nothing imported twice when the wizard is resumed.
 */
export const catalogueStep: WizardStep = {
  id: "catalogue",
  async run(context) {
    const { t } = context;
    for (;;) {
      const method = await chooseMethod(context);
      const source = await askImages(context, method === "manual" ? await enterProducts(context) : await chooseFile(context));
      const outcome = await importSource(context, source);
      context.out(describeImport(context, outcome));
      if (outcome.rejected > 0 && outcome.status !== "failed") context.out(context.style.warning(t.wizard("rejectedNext", { count: outcome.rejected })));
      if (outcome.status === "failed" && outcome.failure !== undefined) {
        // A file the detection accepted but the import could not read (an unclosed quote…): another
        // file at the terminal; an answers file is refused.
        if (!context.isInteractive || source.kind === "manual" || context.isFromFile("catalogue.file")) throw outcome.failure;
        context.forget(["catalogue.file", "catalogue.confirmDetection"]);
        continue;
      }
      context.saveResults({
        catalogue: toJson(source),
        catalogueImport: { importId: outcome.importId ?? null, status: outcome.status, rows: outcome.rows, created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, rejected: outcome.rejected },
      });
      return;
    }
  },
};

/** The photos folder (optional): its files named by SKU are checked and kept with the products, as `import --images` does. */
async function askImages(context: WizardContext, source: CatalogueSource): Promise<CatalogueSource> {
  const images = await context.ask({ key: "catalogue.images", kind: "input", message: context.t.wizard("askImages"), default: "" });
  return { ...source, images: typeof images === "string" && images !== "" ? images : null };
}

async function chooseMethod(context: WizardContext): Promise<"file" | "manual"> {
  const { t } = context;
  const given = context.known("catalogue.method");
  if (given === "file" || given === "manual") return given;
  if (isGiven(context.known("catalogue.file"))) return "file";
  if (isGiven(context.known("catalogue.products"))) return "manual";
  const method = await context.ask({
    key: "catalogue.method",
    kind: "select",
    message: t.wizard("askCatalogueMethod"),
    choices: [
      { value: "file", name: t.wizard("methodFile") },
      { value: "manual", name: t.wizard("methodManual") },
    ],
    default: "file",
  });
  return method === "manual" ? "manual" : "file";
}

function isGiven(value: JsonValue | undefined): boolean {
  return value !== undefined && value !== null;
}

// ── a file ──────────────────────────────────────────────────────────────────────────────────────

async function chooseFile(context: WizardContext): Promise<CatalogueSource> {
  const { t } = context;
  for (;;) {
    const file = await context.ask({ key: "catalogue.file", kind: "input", message: t.wizard("askCatalogueFile") });
    if (typeof file !== "string") throw new EprovenceError("missing-answers", { keys: "catalogue.file", path: context.answersPath ?? "" });
    let source: CatalogueSource = {
      kind: "file",
      file,
      encoding: stringOrNull(context.known("catalogue.encoding")),
      delimiter: parseDelimiterOf(context.known("catalogue.delimiter")),
      sheet: stringOrNull(context.known("catalogue.sheet")),
      mapping: (context.known("catalogue.mapping") as Record<string, string> | undefined | null) ?? {},
      images: null,
      picturesFrom: null,
    };
    for (;;) {
      let preview: CataloguePreview;
      try {
        preview = await previewCatalogue(context.deps, readingOf(source));
      } catch (error) {
        // Not a catalogue (binary, empty, unknown encoding…): another file at the terminal.
        if (!(error instanceof EprovenceError) || !context.isInteractive || context.isFromFile("catalogue.file")) throw error;
        context.note(context.style.error(`✖ ${t.message(error.code, error.params)} ${t.hint(error.code, error.params)}`));
        context.forget(["catalogue.file", "catalogue.encoding", "catalogue.delimiter", "catalogue.sheet"]);
        break;
      }
      context.out(formatPreview(context, source, preview));
      const isConfirmed = await context.ask({
        key: "catalogue.confirmDetection",
        kind: "confirm",
        message: t.wizard(preview.workbook === undefined ? "askConfirmDetection" : "askConfirmWorkbook"),
        default: preview.missing.length === 0,
        parse: (raw) => ({ isValid: true, value: raw === true }),
        isSaved: false,
      });
      if (isConfirmed === true) {
        context.save("catalogue.confirmDetection", true);
        return source;
      }
      source = await adjustReading(context, source, preview);
    }
  }
}

/** A saved or given delimiter answer (checked when it was given). */
function parseDelimiterOf(value: JsonValue | undefined): CatalogueSource["delimiter"] {
  return typeof value === "string" ? (parseDelimiterName(value) ?? null) : null;
}

function stringOrNull(value: JsonValue | undefined): string | null {
  return typeof value === "string" ? value : null;
}

function formatPreview(context: WizardContext, source: CatalogueSource, preview: CataloguePreview): string {
  const { t, style } = context;
  const out: string[] = [];
  out.push(t.wizard("previewFile", { file: source.file, rows: preview.rows }));
  out.push(`  ${describeSource(preview, t)}${describeForced(context, source)}`);
  out.push(t.wizard("previewColumns"));
  const width = Math.max(0, ...preview.columns.map((column) => displayWidth(column.header)));
  for (const column of preview.columns) {
    const target = column.field === undefined ? style.dim(t.wizard("previewIgnored")) : t.columnName(column.field);
    const mapped = Object.keys(source.mapping).some((header) => header.trim().toLowerCase() === column.header.trim().toLowerCase());
    out.push(`  ${column.header}${" ".repeat(Math.max(0, width - displayWidth(column.header)))}  → ${target}${mapped ? ` ${style.dim(t.wizard("previewMapped"))}` : ""}`);
  }
  if (preview.missing.length > 0) out.push(style.error(`✖ ${t.wizard("previewMissing", { fields: preview.missing.map((field) => t.columnName(field)).join(", ") })}`));
  return `${out.join("\n")}\n`;
}

/** What the person imposed on the reading, said as such: « (encodage imposé) »; nothing when all was detected. */
function describeForced({ t, style }: WizardContext, source: CatalogueSource): string {
  const isEncodingForced = source.encoding !== null;
  const isDelimiterForced = source.delimiter !== null;
  if (!isEncodingForced && !isDelimiterForced) return "";
  const what = isEncodingForced && isDelimiterForced ? "both" : isEncodingForced ? "encoding" : "delimiter";
  return ` ${style.dim(t.wizard("previewForced", { what }))}`;
}

/** One correction at the terminal: a column's field, the encoding or the delimiter, a workbook's sheet; then shown again. */
async function adjustReading(context: WizardContext, source: CatalogueSource, preview: CataloguePreview): Promise<CatalogueSource> {
  const { t } = context;
  const pick = (raw: unknown): Parsed => ({ isValid: true, value: String(raw) });
  const what = await context.ask({
    key: "catalogue.adjust",
    kind: "select",
    message: t.wizard("askAdjust"),
    choices: [
      ...preview.columns.map((column, index) => ({ value: `column:${index}`, name: t.wizard("adjustColumn", { header: column.header, field: column.field === undefined ? t.wizard("previewIgnored") : t.columnName(column.field) }) })),
      // A workbook has no encoding nor delimiter to force: its columns and its sheet can be corrected.
      ...(preview.workbook !== undefined
        ? [{ value: "sheet", name: t.wizard("adjustSheet", { sheet: preview.workbook.sheet }) }]
        : [
            { value: "encoding", name: t.wizard("adjustEncoding", { encoding: preview.encoding ?? "" }) },
            { value: "delimiter", name: t.wizard("adjustDelimiter", { delimiter: describeDelimiter(preview.delimiter ?? ";", t) }) },
          ]),
    ],
    parse: pick,
    isFresh: true,
    isSaved: false,
  });
  if (what === "encoding") {
    const encoding = await context.ask({ key: "catalogue.encoding", kind: "input", message: t.wizard("askEncoding"), default: preview.encoding, isFresh: true });
    return { ...source, encoding: stringOrNull(encoding) };
  }
  if (what === "sheet") {
    const sheet = await context.ask({ key: "catalogue.sheet", kind: "input", message: t.wizard("askSheet"), default: preview.workbook?.sheet, isFresh: true });
    return { ...source, sheet: stringOrNull(sheet) };
  }
  if (what === "delimiter") {
    const delimiter = await context.ask({
      key: "catalogue.delimiter",
      kind: "select",
      message: t.wizard("askDelimiter"),
      choices: [";", ",", "tab"].map((value) => ({ value, name: value === "tab" ? t.ui("tab") : `"${value}"` })),
      default: preview.delimiter === "\t" ? "tab" : (preview.delimiter ?? ";"),
      isFresh: true,
    });
    return { ...source, delimiter: parseDelimiterOf(delimiter) };
  }
  const column = preview.columns[Number(String(what).slice("column:".length))];
  if (column === undefined) return source;
  const field = await context.ask({
    key: "catalogue.mapping",
    kind: "select",
    message: t.wizard("askMapping", { header: column.header }),
    choices: FIELDS.map((definition) => ({ value: definition.name, name: t.columnName(definition.name) })),
    default: column.field,
    parse: pick,
    isFresh: true,
    isSaved: false,
  });
  const mapping = { ...source.mapping, [column.header]: String(field) };
  context.save("catalogue.mapping", mapping);
  return { ...source, mapping };
}

// ── products typed one by one ───────────────────────────────────────────────────────────────────

/** The questions for a product, in an order where each rule has what it needs (category before shelf life, labels before origin, weight before price). */
export const MANUAL_FIELDS: readonly FieldName[] = [
  "sku",
  "name_fr",
  "name_zh",
  "brand",
  "category",
  "labels",
  "origin_postcode",
  "hs_code",
  "gtin",
  "shelf_life_months",
  "ingredients",
  "manufacturer",
  "manufacturer_address",
  "net_weight_g",
  "price_eur",
  "image_urls",
];

/** Asked for food only (what a food listing must show); left blank for the other products. */
const FOOD_FIELDS: ReadonlySet<FieldName> = new Set(["ingredients", "manufacturer", "manufacturer_address"]);

async function enterProducts(context: WizardContext): Promise<CatalogueSource> {
  const products =
    context.isInteractive && !context.isFromFile("catalogue.products")
      ? await typeProducts(context, await context.merchant())
      : ((await context.ask({ key: "catalogue.products", kind: "input", message: "", isPrompted: false })) as Record<string, string>[] | null);
  if (products === null) throw new EprovenceError("missing-answers", { keys: "catalogue.products", path: context.answersPath ?? "" });
  const header = [...MANUAL_FIELDS, ...new Set(products.flatMap((product) => Object.keys(product)).filter((field) => !MANUAL_FIELDS.includes(field as FieldName)))];
  const file = wizardFile(context, "products.csv");
  saveCatalogueFile(file, header, products.map((product) => header.map((field) => product[field] ?? "")), ";");
  // A photo's path is typed from the working folder, not from the wizard's, where the file is kept.
  return { kind: "manual", file, encoding: null, delimiter: ";", sheet: null, mapping: {}, images: null, picturesFrom: context.deps.cwd };
}

async function typeProducts(context: WizardContext, merchant: Merchant): Promise<Record<string, string>[]> {
  const { t } = context;
  const answers = context.session().answers;
  let products = Array.isArray(answers["catalogue.products"]) ? (answers["catalogue.products"] as Record<string, string>[]) : [];
  let draft = isRecord(answers["catalogue.draft"]) ? (answers["catalogue.draft"] as Record<string, string>) : {};
  if (products.length === 0 && Object.keys(draft).length === 0) context.note(t.wizard("manualIntro"));
  for (;;) {
    if (Object.keys(draft).length === 0 && products.length > 0) {
      const isAnother = await context.ask({
        key: "product.another",
        kind: "confirm",
        message: t.wizard("askAnotherProduct", { count: products.length }),
        default: false,
        parse: (raw) => ({ isValid: true, value: raw === true }),
        isFresh: true,
        isSaved: false,
      });
      if (isAnother !== true) return products;
    }
    for (const field of MANUAL_FIELDS) {
      if (field in draft) continue;
      if (FOOD_FIELDS.has(field) && !isFood(findCategory(draft.category ?? ""))) {
        draft = { ...draft, [field]: "" };
        continue;
      }
      const value = await context.ask(productQuestion(context, merchant, field, draft, products));
      draft = { ...draft, [field]: typeof value === "string" ? value : "" };
      // Saved at each answer: an interruption in the middle of a product keeps what was typed.
      context.save("catalogue.draft", draft);
    }
    products = [...products, draft];
    draft = {};
    context.save("catalogue.products", products);
    context.save("catalogue.draft", {});
  }
}

function productQuestion(context: WizardContext, merchant: Merchant, field: FieldName, draft: Readonly<Record<string, string>>, products: readonly Record<string, string>[]): Question {
  const { t } = context;
  const parse = (raw: unknown): Parsed => {
    const text = typeof raw === "string" ? raw.trim() : raw === null || raw === undefined ? "" : String(raw);
    if (field === "sku" && products.some((product) => product.sku === text)) {
      return { isValid: false, problem: { code: "duplicate-sku", params: { field, value: text, firstLine: products.findIndex((product) => product.sku === text) + 2 } } };
    }
    const cells = MANUAL_FIELDS.map((name) => (name === field ? text : (draft[name] ?? "")));
    const error = firstErrorOn(checkCatalogueRow(context.deps, MANUAL_FIELDS, cells, {}), field);
    return error === undefined ? { isValid: true, value: text } : { isValid: false, problem: { code: error.code, params: { field, value: text, ...error.params } } };
  };
  const base = { key: `product.${field}`, message: t.wizard("askProduct", { field }), parse, isFresh: true, isSaved: false } as const;
  if (field === "category") {
    return {
      ...base,
      kind: "select",
      choices: CATEGORIES.map((category) => ({ value: category.id, name: t.language === "fr" ? category.fr : category.en })),
    };
  }
  const defaults: Partial<Record<FieldName, string | undefined>> = {
    brand: merchant.brands[0] ?? merchant.legalName,
    manufacturer: merchant.legalName,
    origin_postcode: merchant.postcode,
  };
  return { ...base, kind: "input", default: defaults[field] };
}

function isRecord(value: JsonValue | undefined): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
