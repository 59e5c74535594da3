import type { PresetName } from "../domain/costs/presets.js";
import { parseScenarioDocument } from "../domain/costs/scenario-file.js";
import { createCostScenario, type CostLayer, type CostScenario } from "../domain/costs/scenario.js";
import { readScenarioFile } from "../io/scenario-file.js";
import type { AppDeps } from "./deps.js";

export interface CostsRequest {
  /** Empty: the scenario file's presets, else the default. */
  readonly presets: readonly PresetName[];
  /** A `--scenario` file, read between the presets and `layer`. */
  readonly scenarioPath?: string | undefined;
  /** The values given on top (flags, the wizard's answers), each citing itself as its source. */
  readonly layer: CostLayer;
  /** Save the scenario with this company (the dossier shows it). */
  readonly merchantRef?: string | undefined;
}

/**
 * `costs`: a Tmall Global shop against trade fairs, from presets, then a scenario file, then the
 * values given. Computed and checked first; only then saved with the company, when one is named.
 */
export async function compareCosts(deps: AppDeps, request: CostsRequest): Promise<CostScenario> {
  const today = deps.now().toISOString().slice(0, 10);
  const file =
    request.scenarioPath === undefined ? undefined : parseScenarioDocument(await readScenarioFile(request.scenarioPath, deps.cwd, deps.stdin), request.scenarioPath, today);
  const scenario = createCostScenario({
    presets: request.presets.length > 0 ? request.presets : (file?.presets ?? []),
    layers: file === undefined ? [request.layer] : [file.layer, request.layer],
  });
  if (request.merchantRef !== undefined) {
    const db = await deps.database.open({ mustExist: true });
    // Loaded here: a comparison that saves nothing never loads the store.
    const { findMerchant } = await import("../store/merchants.js");
    const { saveCostScenario } = await import("../store/documents.js");
    saveCostScenario(db, findMerchant(db, request.merchantRef).id, scenario, deps.now());
  }
  return scenario;
}
