import { cite, DESIGN_CHOICE_DATE, type SourceRef } from "./sources.js";
import { rateOf } from "./money.js";
import type { PositiveList } from "./catalogue/positive-list.js";

/**
 * Every threshold and rate the rules use, with its source and date. Change a default here (or override
 * it per run) — never scatter the literal in the rules.
 */
export interface SourcedValue<T> {
  readonly value: T;
  readonly unit: string;
  /** A source of SOURCES.md (with a note of ours), or the option the user overrode it with. */
  readonly source: SourceRef;
  readonly date: string;
}

export interface CatalogueSettings {
  /** Below this best-before horizon a food product counts as perishable. */
  readonly minShelfLifeMonths: SourcedValue<number>;
  /** EUR → CNY, as an integer number of ten-thousandths of a yuan per euro (7.5554 → 75554). */
  readonly eurCny: SourcedValue<number>;
  /** CBEC single-order limit, in yuan cents. */
  readonly cbecOrderLimitCnyCents: SourcedValue<number>;
  /** Longest `name_zh`, in display units (CJK = 2, other = 1). */
  readonly titleMaxDisplayUnits: SourcedValue<number>;
  /** Per-gram price (yuan cents, before VAT) from which a cosmetic or perfume is "high-end". */
  readonly highEndCosmeticCnyCentsPerGram: SourcedValue<number>;
  /** The official CBEC positive list the consultant supplied, when there is one; without it, HS codes are "not checked". */
  readonly positiveList?: PositiveList | undefined;
}

export const DEFAULT_CATALOGUE_SETTINGS: CatalogueSettings = {
  minShelfLifeMonths: {
    value: 12,
    unit: "months",
    source: cite("min-shelf-life-choice"),
    date: DESIGN_CHOICE_DATE,
  },
  eurCny: {
    value: 75554,
    unit: "CNY/EUR × 10⁻⁴",
    source: cite("ecb-euro-reference-rates"),
    date: "2026-10-06",
  },
  cbecOrderLimitCnyCents: {
    value: 5000_00,
    unit: "CNY cents",
    source: cite("cbec-tax-policy-2018"),
    date: "2019-01-01",
  },
  titleMaxDisplayUnits: {
    value: 60,
    unit: "display units",
    source: cite("taobao-listing-rules", { also: ["taobao-item-api"] }),
    date: "2026-11-23",
  },
  highEndCosmeticCnyCentsPerGram: {
    value: 10_00,
    unit: "CNY cents per g or ml",
    source: cite("high-end-cosmetics-tax-2016", { note: "ml-taken-as-grams" }),
    date: "2026-11-23",
  },
};

/** A setting as reports show it: in its natural unit, with where it comes from. */
export interface Assumption<Name extends string = string> {
  readonly name: Name;
  readonly value: number;
  readonly unit: string;
  readonly source: SourceRef;
  readonly date: string;
}

/** The settings a catalogue check used, for the report: every default can be overridden, so say which value and source. */
export type CatalogueAssumptionName = "minShelfLifeMonths" | "eurCny" | "cbecOrderLimitCny" | "titleMaxDisplayUnits" | "highEndCosmeticCnyPerGram";

export function describeCatalogueSettings(settings: CatalogueSettings): Assumption<CatalogueAssumptionName>[] {
  const { minShelfLifeMonths, eurCny, cbecOrderLimitCnyCents, titleMaxDisplayUnits, highEndCosmeticCnyCentsPerGram } = settings;
  return [
    { name: "minShelfLifeMonths", ...minShelfLifeMonths },
    { name: "eurCny", ...eurCny, value: rateOf(eurCny.value), unit: "CNY/EUR" },
    { name: "cbecOrderLimitCny", ...cbecOrderLimitCnyCents, value: cbecOrderLimitCnyCents.value / 100, unit: "CNY" },
    { name: "titleMaxDisplayUnits", ...titleMaxDisplayUnits },
    { name: "highEndCosmeticCnyPerGram", ...highEndCosmeticCnyCentsPerGram, value: highEndCosmeticCnyCentsPerGram.value / 100, unit: "CNY/g" },
  ];
}
