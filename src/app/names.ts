import type { Database } from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { displayWidth } from "../domain/catalogue/display-width.js";
import { normaliseHeader } from "../domain/catalogue/fields.js";
import type { Finding } from "../domain/catalogue/finding.js";
import { EprovenceError } from "../domain/errors.js";
import { createTranslator, LANGUAGES } from "../domain/messages/index.js";
import { writeCsvFile } from "../io/csv-file.js";
import { readTableFile } from "../io/table-file.js";
import { createXlsxTableWriter } from "../io/xlsx-writer.js";
import { findMerchant } from "../store/merchants.js";
import type { NameZhStatus, StoredProduct } from "../domain/catalogue/readiness.js";
import { findCategory, isFood } from "../domain/catalogue/categories.js";
import { draftTitle, type DraftTitle } from "../domain/names/draft-title.js";
import { draftIngredients } from "../domain/names/ingredients.js";
import { listChineseNames, readProducts, setChineseIngredients, setChineseName, type ChineseNameRecord, type NameZhFilter } from "../store/products.js";
import { write } from "../store/write.js";
import { checkCatalogueRow } from "./catalogue.js";
import type { AppDeps } from "./deps.js";
import { refreshStoredReadiness } from "./stored-readiness.js";

export { NAME_ZH_STATUSES, type NameZhStatus } from "../domain/catalogue/readiness.js";
export type { ChineseNameRecord, NameZhFilter } from "../store/products.js";

/** A food product's ingredients for review: the French list, its Chinese one and where that comes from. */
export interface ReviewableIngredients {
  readonly ingredients: string;
  readonly ingredientsZh: string | null;
  /** `supplied`, `draft` or `reviewed`; null while there is no Chinese list. */
  readonly status: NameZhStatus | null;
}

/** A product's Chinese name and, for food with an ingredient list, its Chinese ingredients (null otherwise). */
export interface NamesRecord extends ChineseNameRecord {
  readonly ingredients: ReviewableIngredients | null;
}

/**
 * The ingredients a translator reviews: those of a food product that lists them; null for any other
 * product (a soap has nothing of the kind to review).
 */
function reviewableIngredients(product: StoredProduct | undefined): ReviewableIngredients | null {
  const ingredients = product?.ingredients?.trim() ?? "";
  if (product === undefined || ingredients === "" || !isFood(findCategory(product.category))) return null;
  const ingredientsZh = product.ingredientsZh ?? null;
  return { ingredients, ingredientsZh, status: product.ingredientsZhStatus ?? (ingredientsZh === null ? null : "supplied") };
}

/**
 * A company's names with their ingredients, by SKU; only the products whose name — or, for food, whose
 * Chinese ingredients — have one of the statuses asked (all when none is asked).
 */
function readNamesRecords(db: Database, merchantId: number, statuses: readonly NameZhFilter[]): NamesRecord[] {
  const products = new Map([...readProducts(db, merchantId)].map((product) => [product.sku, product]));
  const records = listChineseNames(db, merchantId).map((name): NamesRecord => ({ ...name, ingredients: reviewableIngredients(products.get(name.sku)) }));
  const isAsked = (status: NameZhStatus | null): boolean => statuses.includes(status ?? "missing");
  return statuses.length === 0 ? records : records.filter((record) => isAsked(record.status) || (record.ingredients !== null && isAsked(record.ingredients.status)));
}

/** `names list`: a company's products, the origin of each Chinese name (the owner's, a draft, reviewed) and of food's Chinese ingredients. */
export async function listNames(deps: AppDeps, request: { readonly merchantRef: string; readonly statuses: readonly NameZhFilter[] }): Promise<NamesRecord[]> {
  const db = await deps.database.openIfExists();
  if (db === undefined) throw new EprovenceError("merchant-not-found", { ref: request.merchantRef });
  return readNamesRecords(db, findMerchant(db, request.merchantRef).id, request.statuses);
}

export interface DraftNamesRequest {
  readonly merchantRef: string;
  /** Only these SKUs (all the company's when empty). */
  readonly skus: readonly string[];
  /** Draft again the names that are drafts already; a name the company or a translator gave is never replaced. */
  readonly isRedraft: boolean;
  readonly isDryRun: boolean;
  /** What to draft: the Chinese names, the Chinese ingredients of food, or both (the default). */
  readonly kinds?: readonly DraftKind[];
}

export type DraftKind = "name" | "ingredients";

/** What `names draft` did for one food product's Chinese ingredients. */
export interface DraftedIngredients {
  /** The draft, or the Chinese ingredients kept (the company's, a translator's, a draft not redrafted); null when none. */
  readonly ingredientsZh: string | null;
  readonly status: NameZhStatus | null;
  readonly isDrafted: boolean;
  /** The ingredients the glossary does not know (no draft is made while one is unknown). */
  readonly unknownIngredients: readonly string[];
}

/** What `names draft` did for one product. */
export interface DraftedName {
  readonly sku: string;
  readonly nameFr: string;
  /** The draft, or the name kept (the company's, a translator's, a draft not redrafted); null when none. */
  readonly nameZh: string | null;
  /** `draft` for a name drafted now; the kept name's status otherwise; null when the glossary knew no product in the name. */
  readonly status: NameZhStatus | null;
  /** Whether this run drafted it (or, in a dry run, would have). */
  readonly isDrafted: boolean;
  readonly displayWidth: number;
  readonly unknownWords: readonly string[];
  /** The parts left out to fit Tmall's title width, as written in French. */
  readonly droppedToFit: readonly string[];
  /** Food with an ingredient list: its Chinese ingredients, drafted or kept; undefined for other products. */
  readonly ingredients: DraftedIngredients | undefined;
}

/** A product's draft, from its French name, brand, weight and category, to the catalogue's title width. */
function draftFor(product: Pick<StoredProduct, "nameFr" | "brand" | "netWeightMg" | "category">, deps: AppDeps): DraftTitle {
  return draftTitle(
    { nameFr: product.nameFr, brand: product.brand, netWeightMg: product.netWeightMg, categoryId: product.category },
    { maxWidth: deps.settings.titleMaxDisplayUnits.value },
  );
}

/**
 * A draft is worth a translator's time only when the glossary found what the product is (design
 * choice): « Coffret Vallon 3 pièces » alone would give a brand and a count, not a title.
 */
function namesTheProduct(draft: DraftTitle): boolean {
  return draft.parts.some((part) => part.kind === "product");
}

/**
 * `names draft`: for each product without a Chinese name (and, redrafting, each draft), a draft title
 * from the glossary, stored as `draft` in one transaction (none in a dry run). A name the company or a
 * translator gave is never touched; a product whose name the glossary cannot read keeps none, with
 * its unknown words for the translator.
 */
export async function draftNames(deps: AppDeps, request: DraftNamesRequest): Promise<DraftedName[]> {
  const db = await deps.database.open({ mustExist: true });
  const merchant = findMerchant(db, request.merchantRef);
  const kinds = new Set(request.kinds ?? ["name", "ingredients"]);
  const wanted = new Set(request.skus);
  const products = [...readProducts(db, merchant.id)].filter((product) => wanted.size === 0 || wanted.has(product.sku));
  const missing = [...wanted].filter((sku) => !products.some((product) => product.sku === sku));
  if (missing.length > 0) throw new EprovenceError("sku-not-found", { skus: missing.join(", "), merchant: merchant.legalName });
  const drafted = products.map((product): DraftedName => {
    const draft = draftFor(product, deps);
    const isDraftable = kinds.has("name") && (product.nameZh === undefined || (request.isRedraft && product.nameZhStatus === "draft"));
    const isDrafted = isDraftable && namesTheProduct(draft);
    const nameZh = isDrafted ? draft.title : (product.nameZh ?? null);
    return {
      sku: product.sku,
      nameFr: product.nameFr,
      nameZh,
      status: isDrafted ? "draft" : (product.nameZhStatus ?? (product.nameZh === undefined ? null : "supplied")),
      isDrafted,
      displayWidth: nameZh === null ? 0 : displayWidth(nameZh),
      unknownWords: draft.unknownWords,
      droppedToFit: isDrafted ? draft.dropped.filter((dropped) => dropped.reason === "width").map((dropped) => dropped.part.written) : [],
      ingredients: draftIngredientsFor(product, kinds.has("ingredients"), request.isRedraft),
    };
  });
  if (!request.isDryRun) {
    const now = deps.now();
    write(db, () => {
      for (const name of drafted) {
        if (name.isDrafted && name.nameZh !== null) setChineseName(db, merchant.id, name.sku, { nameZh: name.nameZh, status: "draft" }, now);
        const ingredients = name.ingredients;
        if (ingredients?.isDrafted === true && ingredients.ingredientsZh !== null) setChineseIngredients(db, merchant.id, name.sku, { ingredientsZh: ingredients.ingredientsZh, status: "draft" }, now);
      }
      refreshStoredReadiness(db, deps, merchant.id);
    });
  }
  return drafted;
}

/**
 * A food product's Chinese ingredients: drafted from its French list when it has none (or, redrafting,
 * a draft), and only when the glossary knows every ingredient; kept otherwise. Undefined for a product
 * that is not food or lists no ingredients: nothing to draft, nothing to report.
 */
function draftIngredientsFor(product: StoredProduct, isWanted: boolean, isRedraft: boolean): DraftedIngredients | undefined {
  const reviewable = reviewableIngredients(product);
  if (reviewable === null) return undefined;
  const { ingredients, ingredientsZh: kept, status: keptStatus } = reviewable;
  const isDraftable = isWanted && (kept === null || (isRedraft && product.ingredientsZhStatus === "draft"));
  if (!isDraftable) return { ingredientsZh: kept, status: keptStatus, isDrafted: false, unknownIngredients: [] };
  const draft = draftIngredients(ingredients);
  if (draft.ingredientsZh === undefined) return { ingredientsZh: kept, status: keptStatus, isDrafted: false, unknownIngredients: draft.unknown };
  return { ingredientsZh: draft.ingredientsZh, status: "draft", isDrafted: true, unknownIngredients: [] };
}

/** The wizard: names the owner typed for products, stored as the company's own (`supplied`), in one transaction. */
export async function giveNames(deps: AppDeps, merchantRef: string, names: readonly { readonly sku: string; readonly nameZh: string }[]): Promise<void> {
  const db = await deps.database.open({ mustExist: true });
  const merchantId = findMerchant(db, merchantRef).id;
  const now = deps.now();
  write(db, () => {
    for (const name of names) setChineseName(db, merchantId, name.sku, { nameZh: name.nameZh, status: "supplied" }, now);
    refreshStoredReadiness(db, deps, merchantId);
  });
}

/** The products a names sheet holds by default: those whose Chinese name a translator should give or check. */
export const NAMES_TO_REVIEW: readonly NameZhFilter[] = ["draft", "missing"];

export interface NamesSheetRequest {
  readonly merchantRef: string;
  /** `.xlsx` for a workbook, anything else a CSV (UTF-8 with a BOM, `;`, as Excel opens it in France). */
  readonly out: string;
  readonly statuses: readonly NameZhFilter[];
  /** Replace a file already there. */
  readonly replace: boolean;
}

/**
 * `names sheet`: one row per product to review — its SKU, French name, the proposed Chinese name, its
 * width against Tmall's, the French words no glossary entry gave, and an empty column for the
 * translator's name; for food with an ingredient list, its French ingredients, the proposed Chinese
 * ones and an empty column for the translator's — for the round trip through `names apply`. Written whole, then moved into place.
 */
/** The sheet written: its path as the user gave it, how many products it holds, and whether it has the ingredient columns. */
export async function writeNamesSheet(deps: AppDeps, request: NamesSheetRequest): Promise<{ readonly path: string; readonly rows: number; readonly hasIngredients: boolean }> {
  const { t } = deps;
  const db = await deps.database.open({ mustExist: true });
  const merchantId = findMerchant(db, request.merchantRef).id;
  const products = new Map([...readProducts(db, merchantId)].map((product) => [product.sku, product]));
  const names = readNamesRecords(db, merchantId, request.statuses);
  const limit = deps.settings.titleMaxDisplayUnits.value;
  // The ingredient columns only when a food product lists ingredients: a soap maker's sheet stays as it was.
  const hasIngredients = names.some((name) => name.ingredients !== null);
  const header = [...t.ui("namesSheetHeader", { limit }).split("|"), ...(hasIngredients ? t.ui("namesSheetIngredientsHeader").split("|") : [])];
  const rows = names.map((name) => {
    const product = products.get(name.sku);
    const draft = product === undefined ? undefined : draftFor(product, deps);
    // A product without a name gets a proposal (not stored): the translator starts from something.
    const proposed = name.nameZh ?? (draft !== undefined && namesTheProduct(draft) ? draft.title : "");
    const cells = [name.sku, name.nameFr, proposed, proposed === "" ? "" : String(displayWidth(proposed)), (draft?.unknownWords ?? []).join(", "), ""];
    if (!hasIngredients) return cells;
    const ingredients = name.ingredients;
    // Likewise a food product without Chinese ingredients gets the glossary's draft where it knows every ingredient.
    const proposedIngredients = ingredients === null ? "" : (ingredients.ingredientsZh ?? draftIngredients(ingredients.ingredients).ingredientsZh ?? "");
    return [...cells, ingredients?.ingredients ?? "", proposedIngredients, ""];
  });
  const path = resolve(deps.cwd, request.out);
  if (extname(path).toLowerCase() === ".xlsx") {
    mkdirSync(dirname(path), { recursive: true });
    const sheet = createXlsxTableWriter(path, header, t.ui("namesSheetName"), { replace: request.replace });
    for (const row of rows) sheet.write(row);
    await sheet.commit();
  } else {
    writeCsvFile(path, header, rows, ";", { replace: request.replace, withBom: true });
  }
  return { path: request.out, rows: rows.length, hasIngredients };
}

/** A row of a names sheet that cannot be applied, and why: a finding of the catalogue rules, or the sheet's own. */
export interface NamesSheetProblem {
  readonly line: number;
  readonly sku: string;
  readonly finding: Finding;
}

export interface ApplyNamesRequest {
  readonly merchantRef: string;
  readonly path: string;
  /** Apply the rows that are right even when others are wrong. */
  readonly isPartial: boolean;
  readonly isDryRun: boolean;
}

export interface ApplyNamesOutcome {
  /** The names that became (or, in a dry run or when nothing is applied, would become) `reviewed`. */
  readonly accepted: readonly { readonly line: number; readonly sku: string; readonly nameZh: string }[];
  /** Likewise the Chinese ingredient lists. */
  readonly acceptedIngredients: readonly { readonly line: number; readonly sku: string; readonly ingredientsZh: string }[];
  readonly problems: readonly NamesSheetProblem[];
  /** False when nothing was written: a dry run, or problems without `isPartial`. */
  readonly isApplied: boolean;
}

/**
 * `names apply`: each filled « Nom chinois validé » and « Ingrédients chinois validés » of a names
 * sheet (CSV or workbook, by its bytes) is checked by the catalogue's own rules for that Chinese text
 * (Chinese characters, Tmall's title width…) and against the company's SKUs, then becomes `reviewed`
 * (a row with a wrong text applies neither). A sheet without the ingredients column applies its names. Nothing is applied while a row is wrong,
 * unless `isPartial`; the rest of the catalogue is never touched. The columns are found by their
 * header in either language.
 */
export async function applyReviewedNames(deps: AppDeps, request: ApplyNamesRequest): Promise<ApplyNamesOutcome> {
  const { t } = deps;
  const db = await deps.database.open({ mustExist: true });
  const merchant = findMerchant(db, request.merchantRef);
  const rows = await readTableFile(request.path, resolve(deps.cwd, request.path), (code, line) => {
    throw new EprovenceError("names-sheet-unreadable", { path: request.path, line, detail: t.message(code) });
  });
  const [header, ...body] = rows;
  const columnOf = (key: "namesSheetSkuHeaders" | "namesSheetReviewedHeaders" | "namesSheetReviewedIngredientsHeaders"): number => {
    // The sheet may come back from a translator working in the other language.
    const accepted = new Set(LANGUAGES.flatMap((language) => createTranslator(language).ui(key).split("|")).map(normaliseHeader));
    return (header?.cells ?? []).findIndex((cell) => accepted.has(normaliseHeader(cell)));
  };
  const skuColumn = columnOf("namesSheetSkuHeaders");
  const reviewedColumn = columnOf("namesSheetReviewedHeaders");
  // A sheet written before the ingredients were reviewed has no such column: its names still apply.
  const ingredientsColumn = columnOf("namesSheetReviewedIngredientsHeaders");
  if (skuColumn === -1 || (reviewedColumn === -1 && ingredientsColumn === -1)) throw new EprovenceError("names-sheet-columns", { path: request.path });
  const known = new Map(listChineseNames(db, merchant.id).map((name) => [name.sku, name]));
  const accepted: { line: number; sku: string; nameZh: string }[] = [];
  const acceptedIngredients: { line: number; sku: string; ingredientsZh: string }[] = [];
  const problems: NamesSheetProblem[] = [];
  const seen = new Map<string, number>();
  const cellOf = (cells: readonly string[], column: number): string => (column === -1 ? "" : (cells[column] ?? ""));
  for (const row of body) {
    const sku = row.cells[skuColumn] ?? "";
    const nameZh = cellOf(row.cells, reviewedColumn);
    const ingredientsZh = cellOf(row.cells, ingredientsColumn);
    if (nameZh === "" && ingredientsZh === "") continue;
    const problem = (code: Finding["code"], value: string, params?: Finding["params"]): void =>
      void problems.push({ line: row.line, sku, finding: { severity: "error", code, line: row.line, field: "sku", value, ...(params === undefined ? {} : { params }) } });
    if (sku === "" || !known.has(sku)) {
      problem("sku-not-stored", sku);
      continue;
    }
    const earlier = seen.get(sku);
    if (earlier !== undefined) {
      problem("duplicate-sku", sku, { firstLine: earlier });
      continue;
    }
    seen.set(sku, row.line);
    // The catalogue's own checks of each Chinese text the translator gave (Chinese characters, Tmall's title width…).
    const given: [field: string, text: string][] = [];
    if (nameZh !== "") given.push(["name_zh", nameZh]);
    if (ingredientsZh !== "") given.push(["ingredients_zh", ingredientsZh]);
    const findings = checkCatalogueRow(deps, ["sku", ...given.map(([field]) => field)], [sku, ...given.map(([, text]) => text)], {}).filter((finding) => finding.severity === "error");
    for (const finding of findings) problems.push({ line: row.line, sku, finding: { ...finding, line: row.line } });
    if (findings.length > 0) continue;
    if (nameZh !== "") accepted.push({ line: row.line, sku, nameZh });
    if (ingredientsZh !== "") acceptedIngredients.push({ line: row.line, sku, ingredientsZh });
  }
  const isApplied = !request.isDryRun && (problems.length === 0 || request.isPartial) && accepted.length + acceptedIngredients.length > 0;
  if (isApplied) {
    const now = deps.now();
    write(db, () => {
      for (const name of accepted) setChineseName(db, merchant.id, name.sku, { nameZh: name.nameZh, status: "reviewed" }, now);
      for (const list of acceptedIngredients) setChineseIngredients(db, merchant.id, list.sku, { ingredientsZh: list.ingredientsZh, status: "reviewed" }, now);
      refreshStoredReadiness(db, deps, merchant.id);
    });
  }
  return { accepted, acceptedIngredients, problems, isApplied };
}
