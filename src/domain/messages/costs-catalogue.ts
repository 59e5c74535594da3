import type { CostInputName } from "../costs/inputs.js";
import type { PresetName } from "../costs/presets.js";

/**
 * The cost comparison in words (`costs`, `costs --explain`, the wizard, the dossier): each input's name
 * as a person says it, its value with its unit, and each preset's name. The JSON report keeps the
 * camelCase names, the unit codes and the preset ids.
 */
export interface CostValueParams {
  /** The number already written in this language (« 10 000 », « 7,5554 »). */
  readonly amount: string;
  /** The number itself, for plurals. */
  readonly value: number;
  /** The currency as this language writes it after an amount (« € », « CNY »); empty for a count. */
  readonly currency: string;
}

export interface CostInputText {
  readonly label: string;
  readonly value: (params: CostValueParams) => string;
}

export interface CostTexts {
  readonly inputs: Readonly<Record<CostInputName, CostInputText>>;
  readonly presets: Readonly<Record<PresetName, string>>;
}
