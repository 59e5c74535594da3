import { parseScaledDecimal } from "./numbers.js";

/**
 * The net content a pack prints when it is not the net weight: a volume (« 50 cl », « 75 cl », « 1 L »,
 * « 0,5 l », « 250 ml »). Design choice: a volume is read into whole millilitres — the unit a Chinese
 * label writes it in (毫升, or 升 from one litre) — and anything else (« 12 pièces », « 3 × 100 g ») is
 * kept as written, with no volume: the label then gives the net weight instead, and nothing is guessed.
 */

/** Millilitres in one of each unit, by the unit as a catalogue writes it (lower case, no trailing dot). */
const MILLILITRES_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ["ml", 1],
  ["millilitre", 1],
  ["millilitres", 1],
  ["cl", 10],
  ["centilitre", 10],
  ["centilitres", 10],
  ["dl", 100],
  ["décilitre", 100],
  ["décilitres", 100],
  ["l", 1000],
  ["litre", 1000],
  ["litres", 1000],
]);

const VOLUME = /^(\d+(?:[.,]\d+)?)\s*([\p{L}]+)\.?$/u;

/** The volume in whole millilitres, when the text is one (« 75 cl » → 750); undefined otherwise. */
export function readVolumeMl(text: string): number | undefined {
  const match = VOLUME.exec(text.trim());
  if (match === null) return undefined;
  const perUnit = MILLILITRES_PER_UNIT.get((match[2] ?? "").toLowerCase());
  if (perUnit === undefined) return undefined;
  // Exact: the amount in thousandths (« 0,75 » → 750), times the unit's millilitres, over 1000.
  const thousandths = parseScaledDecimal(match[1] ?? "", 3);
  if (!Number.isSafeInteger(thousandths) || thousandths <= 0) return undefined;
  const scaled = thousandths * perUnit;
  return scaled % 1000 === 0 ? scaled / 1000 : undefined;
}

/** 100000 mg → "100", 12500 → "12.5" (no binary float: the digits are cut from the integer). */
export function formatMilligramsAsGrams(milligrams: number): string {
  const grams = Math.floor(milligrams / 1000);
  const rest = String(milligrams % 1000).padStart(3, "0").replace(/0+$/, "");
  return rest === "" ? String(grams) : `${grams}.${rest}`;
}
