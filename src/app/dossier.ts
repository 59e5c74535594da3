import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { assessProductReadiness, assessReadiness, type StoredProduct } from "../domain/catalogue/readiness.js";
import { DEFAULT_PRESET } from "../domain/costs/presets.js";
import { COST_SCENARIO_SCHEMA_VERSION, createCostScenario, type CostScenario } from "../domain/costs/scenario.js";
import { evaluateEligibility } from "../domain/eligibility/evaluate.js";
import { EprovenceError } from "../domain/errors.js";
import { writeFileAtomically } from "../io/atomic-write.js";
import { DOSSIER_PRODUCTS_LISTED, renderDossier, type DossierCostOrigin, type DossierData, type ListedProduct } from "../io/dossier/render.js";
import { loadStoredPicture, pictureStoreFolder } from "../io/picture-files.js";
import { latestCostScenario } from "../store/documents.js";
import { findMerchant } from "../store/merchants.js";
import { readProducts } from "../store/products.js";
import { readConsistently } from "../store/write.js";
import type { AppDeps } from "./deps.js";
import { companyFactsOf } from "./eligibility.js";
import { withStoredPositiveList } from "./positive-list.js";

export interface DossierRequest {
  readonly merchantRef: string;
  /** The HTML file to write; undefined: the document is returned (`--out -` prints it). */
  readonly out: string | undefined;
  readonly replace: boolean;
}

export type DossierResult = { readonly path: string } | { readonly html: string };

/**
 * `dossier`: the application dossier as one self-contained HTML file, in the user's language.
 * Everything is read and computed first, then the file is written whole (an existing one is kept
 * unless `replace`). The eligibility verdict is evaluated afresh and NOT stored: the dossier is a
 * read-only view, so producing it twice adds nothing to the history `eligibility` compares against.
 */
export async function buildDossier(deps: AppDeps, request: DossierRequest): Promise<DossierResult> {
  const path = request.out === undefined ? undefined : resolve(deps.cwd, request.out);
  // Checked before any work, and again when the file is moved into place.
  if (path !== undefined && !request.replace && existsSync(path)) throw new EprovenceError("output-exists", { path });
  const html = renderDossier(await gatherDossierData(deps, request.merchantRef), deps.t);
  if (path === undefined) return { html };
  writeFileAtomically(path, html, { replace: request.replace });
  return { path };
}

async function gatherDossierData(deps: AppDeps, merchantRef: string): Promise<DossierData> {
  const postcodes = deps.postcodes();
  const today = deps.now();
  const db = await deps.database.open({ mustExist: true });
  const settings = withStoredPositiveList(db, deps.settings);
  const merchant = findMerchant(db, merchantRef);
  // Read page by page, once per pass, in one snapshot: memory does not grow with the catalogue.
  const products = readProducts(db, merchant.id);
  const readinessContext = { postcodes, settings };
  const { eligibility, readiness, listed } = readConsistently(db, () => ({
    eligibility: evaluateEligibility(companyFactsOf(merchant), products, { postcodes, settings, today }),
    readiness: assessReadiness(products, readinessContext),
    listed: takeFirst(products, DOSSIER_PRODUCTS_LISTED).map((product) => ({ product, readiness: assessProductReadiness(product, readinessContext) })),
  }));
  const withPictures = embedMainPictures(listed, pictureStoreFolder(deps.database.path));
  const saved = latestCostScenario(db, merchant.id);
  const savedScenario = saved === undefined ? undefined : readSavedScenario(saved.scenario);
  const origin: DossierCostOrigin =
    saved === undefined ? { kind: "default" } : savedScenario === undefined ? { kind: "unreadable", savedAt: saved.createdAt } : { kind: "saved", id: saved.id, savedAt: saved.createdAt };
  const place = merchant.postcode === undefined ? undefined : postcodes.locate(merchant.postcode);
  return {
    company: {
      legalName: merchant.legalName,
      siren: merchant.siren,
      siret: merchant.siret,
      postcode: merchant.postcode,
      communes: place === undefined || place.kind === "unknown" ? [] : [...new Set(place.communes.map((commune) => commune.name))],
      headcount: merchant.headcount,
      turnoverCents: merchant.turnoverCents,
      balanceSheetCents: merchant.balanceSheetCents,
      independent: merchant.independent,
      brands: merchant.brands,
      trademark: merchant.trademark,
      contactName: merchant.contactName,
      contactEmail: merchant.contactEmail,
      contactPhone: merchant.contactPhone,
    },
    merchantRef: merchant.siret ?? merchant.siren,
    eligibility,
    costs: { scenario: savedScenario ?? createCostScenario({ presets: [DEFAULT_PRESET], layers: [] }), origin },
    readiness,
    listed: withPictures,
    settings,
    generatedAt: today,
    toolVersion: deps.toolVersion,
  };
}

/**
 * The most picture bytes one dossier embeds (design choice): 20 MB keep the file easy to send by
 * e-mail and to open; past it, the next products show their pictures' names only.
 */
export const DOSSIER_PICTURE_BUDGET_BYTES = 20_000_000;

/**
 * Each listed product's main kept picture, as a data: URI (the page stays self-contained, and makes no
 * request). A picture gone or altered since its import is left out: the dossier is a view, and
 * `export` is the command that refuses such a catalogue.
 */
function embedMainPictures(listed: readonly ListedProduct[], folder: string): ListedProduct[] {
  let budget = DOSSIER_PICTURE_BUDGET_BYTES;
  return listed.map((each) => {
    const main = each.product.pictures[0];
    if (main === undefined || main.bytes > budget) return each;
    let content: Buffer;
    try {
      content = loadStoredPicture(folder, each.product.sku, main);
    } catch (error) {
      if (error instanceof EprovenceError) return each;
      throw error;
    }
    budget -= content.length;
    return { ...each, mainPicture: { dataUri: `data:${main.mediaType};base64,${content.toString("base64")}`, width: main.width, height: main.height } };
  });
}

function takeFirst(products: Iterable<StoredProduct>, count: number): StoredProduct[] {
  const first: StoredProduct[] = [];
  for (const product of products) {
    if (first.length === count) break;
    first.push(product);
  }
  return first;
}

/**
 * A stored scenario is the JSON of `CostScenario` as `costs --merchant` saved it; one of another schema
 * version (or damaged) is not guessed at: the dossier shows the default and says so.
 */
function readSavedScenario(value: unknown): CostScenario | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const scenario = value as Partial<CostScenario>;
  const years = scenario.comparison?.years;
  const isReadable =
    scenario.schemaVersion === COST_SCENARIO_SCHEMA_VERSION &&
    Array.isArray(scenario.presets) &&
    typeof scenario.inputs === "object" &&
    scenario.inputs !== null &&
    Array.isArray(years) &&
    years.every((row) => Number.isSafeInteger(row?.shopCumulativeCents) && Number.isSafeInteger(row?.fairsCumulativeCents));
  return isReadable ? (scenario as CostScenario) : undefined;
}
