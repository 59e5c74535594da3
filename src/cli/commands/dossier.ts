import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { assessReadiness } from "../../domain/catalogue/readiness.js";
import { DEFAULT_PRESET } from "../../domain/costs/presets.js";
import { COST_SCENARIO_SCHEMA_VERSION, createCostScenario, type CostScenario } from "../../domain/costs/scenario.js";
import { evaluateEligibility } from "../../domain/eligibility/evaluate.js";
import { EprovenceError } from "../../domain/errors.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../../domain/settings.js";
import { renderDossier, type DossierCostOrigin, type DossierData } from "../../io/dossier/render.js";
import { loadPostcodeDirectory } from "../../io/geo-data.js";
import { writeFileAtomically } from "../../io/output-file.js";
import { openCommandDatabase } from "../database.js";
import { EXIT, type ExitCode } from "../errors.js";
import type { CommandContext } from "../program.js";

/**
 * `eprovence dossier --merchant <ref> --out dossier.html [--force]`: the application dossier as one
 * self-contained HTML file. Everything is read and computed first, then the file is written to a
 * temporary name and renamed; an existing file is kept unless --force. `--out -` prints the HTML on
 * stdout instead. Stdout stays empty otherwise; where the file went is said on stderr.
 *
 * The eligibility verdict is evaluated afresh and NOT stored: the dossier is a read-only view, so
 * producing it twice does not add verdicts to the history that `eligibility` compares against.
 */
export async function runDossier(options: Record<string, unknown>, context: CommandContext): Promise<ExitCode> {
  const { io, t } = context;
  const merchantRef = typeof options.merchant === "string" && options.merchant.trim() !== "" ? options.merchant : undefined;
  const out = typeof options.out === "string" && options.out !== "" ? options.out : undefined;
  if (merchantRef === undefined || out === undefined) throw new EprovenceError("dossier-usage");
  const isForced = options.force === true;
  const path = out === "-" ? undefined : resolve(io.cwd, out);
  // Checked before any work (STYLE.md habit 5), and again when the file is moved into place.
  if (path !== undefined && !isForced && existsSync(path)) throw new EprovenceError("output-exists", { path: out });

  const data = await gatherDossierData(merchantRef, context);
  const document = renderDossier(data, t);
  if (path === undefined) {
    io.stdout.write(document);
    return EXIT.ok;
  }
  writeFileAtomically(path, document, { overwrite: isForced, shownPath: out });
  io.stderr.write(`${t.dossier("written", { path })}\n`);
  return EXIT.ok;
}

async function gatherDossierData(merchantRef: string, context: CommandContext): Promise<DossierData> {
  const { io } = context;
  const settings = DEFAULT_CATALOGUE_SETTINGS;
  const postcodes = loadPostcodeDirectory();
  const today = io.now();
  const db = await openCommandDatabase(context, { mustExist: true });
  try {
    const { findMerchant } = await import("../../store/merchants.js");
    const { listProducts } = await import("../../store/products.js");
    const { latestCostScenario } = await import("../../store/documents.js");
    const merchant = findMerchant(db, merchantRef);
    const products = listProducts(db, merchant.id);
    const { companyFactsOf } = await import("../stored-eligibility.js");
    const eligibility = evaluateEligibility(companyFactsOf(merchant), products, { postcodes, settings, today });
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
      products,
      readiness: assessReadiness(products, { postcodes, settings }),
      settings,
      generatedAt: today,
      toolVersion: context.toolVersion,
    };
  } finally {
    db.close();
  }
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
