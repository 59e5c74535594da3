import { DEFAULT_CATALOGUE_SETTINGS } from "../settings.js";
import { cite, DESIGN_CHOICE_DATE, UNDATED, type SourceId, type SourceNote } from "../sources.js";
import {
  COST_INPUT_NAMES,
  COST_INPUTS,
  UNSOURCED,
  UNSOURCED_DATE,
  type CostInputName,
  type CostSide,
  type CostValue,
} from "./inputs.js";

/**
 * Presets: every figure with its source and date beside it. Where the source gives a range, the point
 * taken is a design choice and its note says so; where no source gives a figure, the value is 0 and
 * cites "unsourced — your figure", so that every report asks the user for theirs.
 */

const QUOTE_2017_DATE = "2017-05";
const TMALL_FEES_DATE = "2020-09-21";
const REFUND_DATE = "2022";
const CANTON_DATE = "2009-02-03";

type Cited = { readonly id: SourceId; readonly note?: SourceNote };

const cny = (yuan: number, { id, note }: Cited, date: string): CostValue => ({ value: yuan * 100, currency: "CNY", source: cite(id, { note }), date });
const eur = (euros: number, { id, note }: Cited, date: string): CostValue => ({ value: euros * 100, currency: "EUR", source: cite(id, { note }), date });
const plain = (value: number, { id, note }: Cited, date: string): CostValue => ({ value, source: cite(id, { note }), date });
const unsourced: CostValue = { value: 0, source: UNSOURCED, date: UNSOURCED_DATE };

// Any Tmall Global shop ties this cash up (RMB 300,000 in some categories); refundable, never a cost.
const DEPOSIT = cny(150_000, { id: "tmall-global-fees-2020", note: "refundable-deposit" }, TMALL_FEES_DATE);
const NO_REFUND = plain(0, { id: "tmall-global-fees-2020", note: "no-fee-refund-known" }, TMALL_FEES_DATE);
const FIT_OUT = eur(600, { id: "vinexpo-stand-costs", note: "fit-out-average" }, UNDATED);

/** Where no preset speaks: the facts that hold for every scenario, and 0 "your figure" for the rest. */
export const BASE_INPUTS: Readonly<Record<CostInputName, CostValue>> = {
  ...(Object.fromEntries(COST_INPUT_NAMES.map((name) => [name, unsourced])) as Record<CostInputName, CostValue>),
  years: plain(3, { id: "cost-horizon-choice" }, DESIGN_CHOICE_DATE),
  eurCny: {
    value: DEFAULT_CATALOGUE_SETTINGS.eurCny.value,
    source: DEFAULT_CATALOGUE_SETTINGS.eurCny.source,
    date: DEFAULT_CATALOGUE_SETTINGS.eurCny.date,
  },
  shopDeposit: DEPOSIT,
  shopRefundTier1Multiple: NO_REFUND,
  shopRefundTier1Percent: NO_REFUND,
  shopRefundTier2Multiple: NO_REFUND,
  shopRefundTier2Percent: NO_REFUND,
};

export const PRESET_NAMES = ["quote-2017", "tmall-global-fees", "canton-fair-9m2", "prowein-9m2", "vinexpo-9m2"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface CostPreset {
  readonly name: PresetName;
  /** The inputs of these sides are all replaced when the preset is applied (BASE_INPUTS where it is silent). */
  readonly sides: readonly CostSide[];
  readonly values: Partial<Record<CostInputName, CostValue>>;
}

/** The question the programme started from ("€10,000 a year online, or €20,000 for one fair?"), and the default: used for any side no chosen preset covers. */
export const DEFAULT_PRESET: PresetName = "quote-2017";

const IN_2017_QUOTE: Cited = { id: "quote-2017", note: "included-in-quote" };
const NOT_IN_2017_QUOTE: Cited = { id: "quote-2017", note: "not-in-quote" };
const ONE_FAIR_A_YEAR = plain(1, { id: "one-fair-a-year-choice" }, DESIGN_CHOICE_DATE);

/** A fair preset on the space price of a European wine fair; 9 m² like the one sourced booth. */
function europeanFair(name: PresetName, perM2Cents: number, space: Cited): CostPreset {
  return {
    name,
    sides: ["fairs"],
    values: {
      fairsPerYear: ONE_FAIR_A_YEAR,
      fairSpaceM2: plain(9_00, { id: "fair-space-9m2-choice" }, DESIGN_CHOICE_DATE),
      fairSpacePerM2: { value: perM2Cents, currency: "EUR", source: cite(space.id, { note: space.note }), date: UNDATED },
      fairBoothPrice: plain(0, { id: space.id, note: "space-priced-per-m2" }, UNDATED),
      fairBuildPerM2: FIT_OUT,
    },
  };
}

export const PRESETS: Readonly<Record<PresetName, CostPreset>> = {
  // "A shop on Alibaba for €10,000 a year when a trade fair sometimes costs twice as much, and it is only a one-shot."
  "quote-2017": {
    name: "quote-2017",
    sides: ["shop", "fairs"],
    values: {
      shopAnnualFee: eur(10_000, { id: "quote-2017", note: "quote-shop-all-in" }, QUOTE_2017_DATE),
      shopCommissionPercent: plain(3_00, { id: "quote-2017", note: "quote-commission-midpoint" }, QUOTE_2017_DATE),
      shopPaymentFeePercent: plain(0, NOT_IN_2017_QUOTE, QUOTE_2017_DATE),
      shopAgencyMonthly: eur(0, NOT_IN_2017_QUOTE, QUOTE_2017_DATE),
      shopAgencyPercent: plain(0, NOT_IN_2017_QUOTE, QUOTE_2017_DATE),
      fairsPerYear: ONE_FAIR_A_YEAR,
      fairOther: eur(20_000, { id: "quote-2017", note: "quote-fair-all-in" }, QUOTE_2017_DATE),
      fairSpaceM2: plain(0, IN_2017_QUOTE, QUOTE_2017_DATE),
      fairSpacePerM2: eur(0, IN_2017_QUOTE, QUOTE_2017_DATE),
      fairBoothPrice: eur(0, IN_2017_QUOTE, QUOTE_2017_DATE),
      fairBuildPerM2: eur(0, IN_2017_QUOTE, QUOTE_2017_DATE),
      fairTravelPerDay: eur(0, IN_2017_QUOTE, QUOTE_2017_DATE),
      fairPromotion: eur(0, IN_2017_QUOTE, QUOTE_2017_DATE),
      fairSampleShipping: eur(0, IN_2017_QUOTE, QUOTE_2017_DATE),
    },
  },
  "tmall-global-fees": {
    name: "tmall-global-fees",
    sides: ["shop"],
    values: {
      shopDeposit: DEPOSIT,
      shopAnnualFee: cny(60_000, { id: "tmall-global-fees-2020", note: "annual-fee-higher" }, TMALL_FEES_DATE),
      shopRefundTier1Multiple: plain(6, { id: "tmall-annual-fee-refund-2022", note: "refund-analogue-tier-1" }, REFUND_DATE),
      shopRefundTier1Percent: plain(50_00, { id: "tmall-annual-fee-refund-2022", note: "refund-analogue-tier-1" }, REFUND_DATE),
      shopRefundTier2Multiple: plain(20, { id: "tmall-annual-fee-refund-2022", note: "refund-analogue-tier-2" }, REFUND_DATE),
      shopRefundTier2Percent: plain(100_00, { id: "tmall-annual-fee-refund-2022", note: "refund-analogue-tier-2" }, REFUND_DATE),
      shopCommissionPercent: plain(3_50, { id: "tmall-global-fees-2020", note: "commission-midpoint" }, TMALL_FEES_DATE),
      shopPaymentFeePercent: plain(1_00, { id: "tmall-global-fees-2020", note: "alipay-fee" }, TMALL_FEES_DATE),
      shopAgencyPercent: plain(7_50, { id: "tmall-partner-agencies", note: "agency-percent-midpoint" }, UNDATED),
      shopAgencyMonthly: cny(0, { id: "tmall-partner-agencies", note: "agency-monthly-not-used" }, UNDATED),
    },
  },
  "canton-fair-9m2": {
    name: "canton-fair-9m2",
    sides: ["fairs"],
    values: {
      fairsPerYear: ONE_FAIR_A_YEAR,
      fairSpaceM2: plain(9_00, { id: "canton-fair-booth-2009", note: "canton-standard-booth" }, CANTON_DATE),
      fairBoothPrice: cny(30_000, { id: "canton-fair-booth-2009", note: "canton-2009-price" }, CANTON_DATE),
      fairSpacePerM2: eur(0, { id: "canton-fair-booth-2009", note: "booth-price-covers-space" }, CANTON_DATE),
      fairBuildPerM2: FIT_OUT,
    },
  },
  "prowein-9m2": europeanFair("prowein-9m2", 290_00, { id: "prowein-pavilion-price" }),
  "vinexpo-9m2": europeanFair("vinexpo-9m2", 302_50, { id: "vinexpo-stand-costs", note: "vinexpo-space-midpoint" }),
};

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/**
 * The inputs a list of presets gives, in order: the default preset first for any side the list leaves
 * uncovered, then each preset replacing every input of its sides. Returns the presets actually applied.
 */
export function applyPresets(names: readonly PresetName[]): { presets: PresetName[]; values: Record<CostInputName, CostValue> } {
  const covered = new Set(names.flatMap((name) => PRESETS[name].sides));
  const isDefaultNeeded = PRESETS[DEFAULT_PRESET].sides.some((side) => !covered.has(side));
  // A preset named twice counts where it was named last: later presets win.
  const listed = [...(isDefaultNeeded ? [DEFAULT_PRESET] : []), ...names];
  const applied = listed.filter((name, index) => listed.lastIndexOf(name) === index);
  const values: Record<CostInputName, CostValue> = { ...BASE_INPUTS };
  for (const name of applied) {
    const preset = PRESETS[name];
    for (const input of COST_INPUT_NAMES) {
      if (preset.sides.includes(COST_INPUTS[input].side)) values[input] = preset.values[input] ?? BASE_INPUTS[input];
    }
  }
  return { presets: applied, values };
}

