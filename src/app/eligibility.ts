import { eurosToCents } from "../domain/company/amounts.js";
import { checkMerchantProfilePatch } from "../domain/company/profile-problems.js";
import { compareVerdicts, evaluateEligibility, type CompanyFacts, type EligibilityResult, type ProductFacts } from "../domain/eligibility/evaluate.js";
import type { EligibilityReport } from "../io/reports/eligibility.js";
import { latestVerdict, saveVerdict } from "../store/documents.js";
import { findMerchant, type Merchant } from "../store/merchants.js";
import { readProducts } from "../store/products.js";
import { readConsistently } from "../store/write.js";
import { readCatalogueRows } from "./catalogue.js";
import type { AppDeps } from "./deps.js";
import { assembleProfile, toProfileError, type ProfileRequest } from "./profile-input.js";
import { withStoredPositiveList } from "./positive-list.js";

export type { EligibilityReport } from "../io/reports/eligibility.js";

/** A stored company as the eligibility rules read it. */
export function companyFactsOf(merchant: Merchant): CompanyFacts {
  return {
    identifier: merchant.siret ?? merchant.siren,
    postcode: merchant.postcode,
    headcount: merchant.headcount,
    turnoverCents: merchant.turnoverCents,
    balanceSheetCents: merchant.balanceSheetCents,
    independent: merchant.independent,
    trademark: merchant.trademark,
  };
}

/**
 * The verdict for a stored company and its stored catalogue (`eligibility --merchant`, the wizard):
 * stored with its date and rules version, and compared with the last one stored.
 */
export async function evaluateMerchant(deps: AppDeps, merchantRef: string): Promise<EligibilityReport> {
  const db = await deps.database.open({ mustExist: true });
  const merchant = findMerchant(db, merchantRef);
  // One snapshot for the rules' passes over the catalogue (read page by page, never whole).
  const context = { postcodes: deps.postcodes(), settings: withStoredPositiveList(db, deps.settings), today: deps.now() };
  const result = readConsistently(db, () => evaluateEligibility(companyFactsOf(merchant), readProducts(db, merchant.id), context));
  const previous = latestVerdict<EligibilityResult>(db, merchant.id);
  saveVerdict(db, merchant.id, result, deps.now());
  return {
    result,
    subject: merchant.legalName,
    previous: previous === undefined ? undefined : { verdict: previous.result.verdict, evaluatedAt: previous.evaluatedAt, rulesVersion: previous.rulesVersion },
    changes: previous === undefined ? undefined : compareVerdicts(previous.result, result),
  };
}

/**
 * `eligibility --profile profile.json [--catalogue file.csv]`: no database needed. The profile is read as
 * `merchant add --from` reads it, but leniently: a missing figure is an "unknown" for the rules, and the
 * identifier is judged by its own rule rather than refused. When there is a database, the positive list
 * loaded in it judges the tariff lines, as for a stored company (the report names its edition); none is
 * created when there is not.
 */
export async function evaluateProfile(deps: AppDeps, request: { readonly profile: ProfileRequest; readonly cataloguePath: string | undefined }): Promise<EligibilityReport> {
  const { facts, name } = await readCompanyFacts(deps, request.profile);
  const products = request.cataloguePath === undefined ? [] : await readProductFacts(deps, request.cataloguePath);
  const db = await deps.database.openIfExists();
  const settings = db === undefined ? deps.settings : withStoredPositiveList(db, deps.settings);
  const result = evaluateEligibility(facts, products, { postcodes: deps.postcodes(), settings, today: deps.now() });
  return { result, subject: name, previous: undefined, changes: undefined };
}

async function readCompanyFacts(deps: AppDeps, request: ProfileRequest): Promise<{ facts: CompanyFacts; name: string }> {
  const input = await assembleProfile(deps, request);
  const { siret, siren, ...rest } = input.values;
  // A text identifier is judged by its own rule, not refused here; any other value (a JSON number,
  // which would drop a SIREN's leading zero) is refused as `merchant add --from` refuses it, rather
  // than read as "no identifier".
  const notText = Object.fromEntries(Object.entries({ siret, siren }).filter(([, value]) => value !== undefined && typeof value !== "string"));
  const check = checkMerchantProfilePatch({ ...rest, ...notText });
  if (!check.isValid || input.problems.length > 0) {
    throw toProfileError([...input.problems, ...(check.isValid ? [] : check.problems)], input, request, deps);
  }
  const { profile } = check;
  const identifier = typeof siret === "string" ? siret : typeof siren === "string" ? siren : undefined;
  return {
    name: profile.legalName ?? request.fromPath ?? "",
    facts: {
      identifier,
      postcode: profile.postcode,
      headcount: profile.headcount,
      turnoverCents: profile.turnoverEur === undefined ? undefined : eurosToCents(profile.turnoverEur),
      balanceSheetCents: profile.balanceSheetEur === undefined ? undefined : eurosToCents(profile.balanceSheetEur),
      independent: profile.independent,
      trademark: profile.trademark,
    },
  };
}

/** Every row with a SKU, valid or not: the verdict names the products that fail and why. */
async function readProductFacts(deps: AppDeps, path: string): Promise<ProductFacts[]> {
  const products: ProductFacts[] = [];
  await readCatalogueRows(deps, { path }, ({ values }) => {
    if (values.sku === "") return;
    products.push({
      sku: values.sku,
      category: values.category?.id,
      storage: values.storage,
      shelfLifeMonths: values.shelfLifeMonths,
      originPostcode: values.originPostcode === "" ? undefined : values.originPostcode,
      labels: [...values.labels],
      hsCode: values.hsCode === "" ? undefined : values.hsCode,
      priceCents: values.priceCents,
      netWeightMg: values.netWeightMg,
    });
  });
  return products;
}
