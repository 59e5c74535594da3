import { normaliseLabel } from "./categories.js";

/**
 * Quality signs we recognise in the `labels` column (the catalogue format: "AOP, IGP, Label Rouge, AB, Ecocert,
 * Cosmos…"). Geographical-indication signs matter for the origin rule (source: provence-quality-signs).
 */
export const KNOWN_LABELS = [
  "AOP",
  "AOC",
  "IGP",
  "IG",
  "Label Rouge",
  "AB",
  "Ecocert",
  "Cosmos",
  "Nature & Progrès",
  "Entreprise du Patrimoine Vivant",
] as const;

export const GEOGRAPHICAL_INDICATION_LABELS: ReadonlySet<string> = new Set(["AOP", "AOC", "IGP", "IG"]);

// Keys are the labels as written and normalised, so the usual exact spelling skips normalisation.
const labelByName: ReadonlyMap<string, string> = new Map(
  KNOWN_LABELS.flatMap((label) => [
    [label, label],
    [normaliseLabel(label), label],
  ]),
);

/** The canonical spelling of a known label, or `undefined`. */
export function findLabel(text: string): string | undefined {
  return labelByName.get(text) ?? labelByName.get(normaliseLabel(text));
}
