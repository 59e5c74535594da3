import { eurosToCents } from "../../domain/company/amounts.js";
import { checkMerchantProfilePatch } from "../../domain/company/profile-problems.js";
import { evaluateEligibility, type CompanyFacts, type ProductFacts } from "../../domain/eligibility/evaluate.js";
import { EprovenceError } from "../../domain/errors.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../../domain/settings.js";
import { loadPostcodeDirectory } from "../../io/geo-data.js";
import { writeEligibilityJson, writeEligibilityPretty, type EligibilityReport } from "../../io/reports/eligibility.js";
import { validateCatalogue } from "../../io/validate-catalogue.js";
import { openCommandDatabase } from "../database.js";
import { EXIT, type ExitCode } from "../errors.js";
import { readProfileInput, toProfileError } from "../merchant-input.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";

/**
 * `eprovence eligibility --merchant <ref>` (the stored profile and catalogue; the verdict is stored
 * and compared with the last one) or `--profile profile.json [--catalogue file.csv]` (no database).
 * The verdict is an answer, exit 0, unless `--gate` asks for exit 1 on "not-eligible".
 */
export async function runEligibility(options: Record<string, unknown>, context: CommandContext): Promise<ExitCode> {
  const { io, t } = context;
  const format = String(options.format ?? "pretty");
  if (format !== "pretty" && format !== "json") throw new EprovenceError("invalid-option", { option: "--format", value: format, expected: "pretty, json" });
  const merchantRef = typeof options.merchant === "string" ? options.merchant : undefined;
  const profilePath = typeof options.profile === "string" ? options.profile : undefined;
  if ((merchantRef === undefined) === (profilePath === undefined)) throw new EprovenceError("eligibility-subject", {});
  if (merchantRef !== undefined && typeof options.catalogue === "string") throw new EprovenceError("eligibility-subject", {});

  let report: EligibilityReport;
  if (merchantRef !== undefined) {
    const db = await openCommandDatabase(context, { mustExist: true });
    try {
      const { findMerchant } = await import("../../store/merchants.js");
      const { evaluateStoredMerchant } = await import("../stored-eligibility.js");
      report = evaluateStoredMerchant(db, findMerchant(db, merchantRef), io.now());
    } finally {
      db.close();
    }
  } else {
    const company = await readCompanyFacts(profilePath ?? "", context);
    const products = typeof options.catalogue === "string" ? await readProductFacts(options.catalogue, context) : [];
    const evaluation = { postcodes: loadPostcodeDirectory(), settings: DEFAULT_CATALOGUE_SETTINGS, today: io.now() };
    report = { result: evaluateEligibility(company.facts, products, evaluation), subject: company.name, previous: undefined, changes: undefined };
  }
  io.stdout.write(format === "json" ? writeEligibilityJson(report, t) : writeEligibilityPretty(report, t, createTextStyle(io.isStdoutTTY, io.env)));
  return options.gate === true && report.result.verdict === "not-eligible" ? EXIT.no : EXIT.ok;
}

/**
 * A profile file as `merchant add --from` reads it, but lenient: a missing figure is an "unknown" for
 * the rules, and the identifier is judged by its own rule rather than refused.
 */
async function readCompanyFacts(path: string, context: CommandContext): Promise<{ facts: CompanyFacts; name: string }> {
  const input = await readProfileInput({ from: path }, context);
  const { siret, siren, ...rest } = input.values;
  // A text identifier is judged by its own rule, not refused here; any other value (a JSON number,
  // which would drop a SIREN's leading zero) is refused as `merchant add --from` refuses it, rather
  // than read as "no identifier".
  const notText = Object.fromEntries(Object.entries({ siret, siren }).filter(([, value]) => value !== undefined && typeof value !== "string"));
  const check = checkMerchantProfilePatch({ ...rest, ...notText });
  if (!check.isValid || input.problems.length > 0) {
    throw toProfileError([...input.problems, ...(check.isValid ? [] : check.problems)], input, context.t);
  }
  const { profile } = check;
  const identifier = typeof siret === "string" ? siret : typeof siren === "string" ? siren : undefined;
  return {
    name: profile.legalName ?? path,
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
async function readProductFacts(path: string, context: CommandContext): Promise<ProductFacts[]> {
  const products: ProductFacts[] = [];
  await validateCatalogue({
    path,
    stdin: context.io.stdin,
    maxErrors: 0,
    onRow({ values }) {
      if (values.sku === "") return undefined;
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
      return undefined;
    },
  });
  return products;
}
