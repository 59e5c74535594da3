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

/** `names list`: a company's products and the origin of each Chinese name (the owner's, a draft, reviewed). */
export async function listNames(deps: AppDeps, request: { readonly merchantRef: string; readonly statuses: readonly NameZhFilter[] }): Promise<ChineseNameRecord[]> {
  const db = await deps.database.openIfExists();
  if (db === undefined) throw new EprovenceError("merchant-not-found", { ref: request.merchantRef });
  return listChineseNames(db, findMerchant(db, request.merchantRef).id, request.statuses);
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
  const ingredients = product.ingredients?.trim() ?? "";
  if (ingredients === "" || !isFood(findCategory(product.category))) return undefined;
  const kept = product.ingredientsZh ?? null;
  const keptStatus = product.ingredientsZhStatus ?? (kept === null ? null : "supplied");
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
 * translator's name — for the round trip through `names apply`. Written whole, then moved into place.
 */
/** The sheet written: its path as the user gave it, and how many products it holds. */
export async function writeNamesSheet(deps: AppDeps, request: NamesSheetRequest): Promise<{ readonly path: string; readonly rows: number }> {
  const { t } = deps;
  const db = await deps.database.open({ mustExist: true });
  const merchantId = findMerchant(db, request.merchantRef).id;
  const products = new Map([...readProducts(db, merchantId)].map((product) => [product.sku, product]));
  const names = listChineseNames(db, merchantId, request.statuses);
  const limit = deps.settings.titleMaxDisplayUnits.value;
  const header = t.ui("namesSheetHeader", { limit }).split("|");
  const rows = names.map((name) => {
    const product = products.get(name.sku);
    const draft = product === undefined ? undefined : draftFor(product, deps);
    // A product without a name gets a proposal (not stored): the translator starts from something.
    const proposed = name.nameZh ?? (draft !== undefined && namesTheProduct(draft) ? draft.title : "");
    return [name.sku, name.nameFr, proposed, proposed === "" ? "" : String(displayWidth(proposed)), (draft?.unknownWords ?? []).join(", "), ""];
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
  return { path: request.out, rows: rows.length };
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
  readonly problems: readonly NamesSheetProblem[];
  /** False when nothing was written: a dry run, or problems without `isPartial`. */
  readonly isApplied: boolean;
}

/**
 * `names apply`: each filled « Nom chinois validé » of a names sheet (CSV or workbook, by its bytes) is
 * checked by the catalogue's own rules for a Chinese name (Chinese characters, Tmall's title width…)
 * and against the company's SKUs, then becomes `reviewed`. Nothing is applied while a row is wrong,
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
  const columnOf = (key: "namesSheetSkuHeaders" | "namesSheetReviewedHeaders"): number => {
    // The sheet may come back from a translator working in the other language.
    const accepted = new Set(LANGUAGES.flatMap((language) => createTranslator(language).ui(key).split("|")).map(normaliseHeader));
    return (header?.cells ?? []).findIndex((cell) => accepted.has(normaliseHeader(cell)));
  };
  const skuColumn = columnOf("namesSheetSkuHeaders");
  const reviewedColumn = columnOf("namesSheetReviewedHeaders");
  if (skuColumn === -1 || reviewedColumn === -1) throw new EprovenceError("names-sheet-columns", { path: request.path });
  const known = new Map(listChineseNames(db, merchant.id).map((name) => [name.sku, name]));
  const accepted: { line: number; sku: string; nameZh: string }[] = [];
  const problems: NamesSheetProblem[] = [];
  const seen = new Map<string, number>();
  for (const row of body) {
    const sku = row.cells[skuColumn] ?? "";
    const nameZh = row.cells[reviewedColumn] ?? "";
    if (nameZh === "") continue;
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
    const findings = checkCatalogueRow(deps, ["sku", "name_zh"], [sku, nameZh], {}).filter((finding) => finding.severity === "error");
    for (const finding of findings) problems.push({ line: row.line, sku, finding: { ...finding, line: row.line } });
    if (findings.length === 0) accepted.push({ line: row.line, sku, nameZh });
  }
  const isApplied = !request.isDryRun && (problems.length === 0 || request.isPartial) && accepted.length > 0;
  if (isApplied) {
    const now = deps.now();
    write(db, () => {
      for (const name of accepted) setChineseName(db, merchant.id, name.sku, { nameZh: name.nameZh, status: "reviewed" }, now);
      refreshStoredReadiness(db, deps, merchant.id);
    });
  }
  return { accepted, problems, isApplied };
}
