import { DEFAULT_CATALOGUE_SETTINGS } from "../settings.js";
import {
  COST_INPUT_NAMES,
  COST_INPUTS,
  DESIGN_CHOICE_DATE,
  UNSOURCED,
  UNSOURCED_DATE,
  type CostInputName,
  type CostSide,
  type CostValue,
} from "./inputs.js";

/**
 * Presets: every figure with its source and date beside it (DOMAIN.md §1 and §4). Where DOMAIN.md gives
 * a range, the point taken is a design choice and says so; where it gives nothing, the value is 0 and
 * the source says "unsourced — your figure", so that every report asks the user for theirs.
 */

const QUOTE_2017 = { source: "2017 quote, CCI Marseille Provence / Alibaba France (go-met.com, destimed.fr; DOMAIN.md §1)", date: "2017-05" };
const TMALL_FEES = "Tmall Global Fee Standards, 2020 edition (chinesedigitalmarketing.com; uschinahpa.org 2020-09; DOMAIN.md §4)";
const TMALL_FEES_DATE = "2020-09-21";
const DOMESTIC_REFUND = "domestic Tmall refund of the annual fee, 2022 — ANALOGUE ONLY, no Tmall Global rule found (DOMAIN.md §4)";
const FIT_OUT = "stand fit-out €100–1,500/m², average €600, weak source (DOMAIN.md §4)";
const UNDATED = "undated";

const cny = (yuan: number, source: string, date: string): CostValue => ({ value: yuan * 100, currency: "CNY", source, date });
const eur = (euros: number, source: string, date: string): CostValue => ({ value: euros * 100, currency: "EUR", source, date });
const plain = (value: number, source: string, date: string): CostValue => ({ value, source, date });
const unsourced: CostValue = { value: 0, source: UNSOURCED, date: UNSOURCED_DATE };

/** Where no preset speaks: the facts that hold for every scenario, and 0 "your figure" for the rest. */
export const BASE_INPUTS: Readonly<Record<CostInputName, CostValue>> = {
  ...(Object.fromEntries(COST_INPUT_NAMES.map((name) => [name, unsourced])) as Record<CostInputName, CostValue>),
  years: plain(3, "design choice: default horizon of 3 years", DESIGN_CHOICE_DATE),
  eurCny: {
    value: DEFAULT_CATALOGUE_SETTINGS.eurToCnyTenThousandths.value,
    source: DEFAULT_CATALOGUE_SETTINGS.eurToCnyTenThousandths.source,
    date: DEFAULT_CATALOGUE_SETTINGS.eurToCnyTenThousandths.date,
  },
  // Any Tmall Global shop ties this cash up (RMB 300,000 in some categories); refundable, never a cost.
  shopDeposit: cny(150_000, `refundable security deposit, ${TMALL_FEES}`, TMALL_FEES_DATE),
  shopRefundTier1Multiple: plain(0, "no refund of the annual fee: none is known for Tmall Global (DOMAIN.md §4)", TMALL_FEES_DATE),
  shopRefundTier1Percent: plain(0, "no refund of the annual fee: none is known for Tmall Global (DOMAIN.md §4)", TMALL_FEES_DATE),
  shopRefundTier2Multiple: plain(0, "no refund of the annual fee: none is known for Tmall Global (DOMAIN.md §4)", TMALL_FEES_DATE),
  shopRefundTier2Percent: plain(0, "no refund of the annual fee: none is known for Tmall Global (DOMAIN.md §4)", TMALL_FEES_DATE),
};

export const PRESET_NAMES = ["quote-2017", "tmall-global-fees", "canton-fair-9m2", "prowein-9m2", "vinexpo-9m2"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface CostPreset {
  readonly name: PresetName;
  /** The inputs of these sides are all replaced when the preset is applied (BASE_INPUTS where it is silent). */
  readonly sides: readonly CostSide[];
  readonly values: Partial<Record<CostInputName, CostValue>>;
}

/** The question of DOMAIN.md §1, and the default: used for any side no chosen preset covers. */
export const DEFAULT_PRESET: PresetName = "quote-2017";

const IN_2017_QUOTE = { source: "design choice: included in the 2017 quote's €20,000, taken as all in", date: QUOTE_2017.date };
const NOT_IN_2017_QUOTE = { source: "not in the 2017 quote, which is all in apart from the commission", date: QUOTE_2017.date };
const ONE_FAIR_A_YEAR = plain(1, "design choice: one fair a year, set against a year of shop", DESIGN_CHOICE_DATE);

/** A fair preset on the space price of a European wine fair; 9 m² like the one sourced booth. */
function europeanFair(name: PresetName, perM2Cents: number, source: string): CostPreset {
  return {
    name,
    sides: ["fairs"],
    values: {
      fairsPerYear: ONE_FAIR_A_YEAR,
      fairSpaceM2: plain(9_00, "design choice: 9 m², the size of the one sourced booth (Canton Fair, DOMAIN.md §4)", DESIGN_CHOICE_DATE),
      fairSpacePerM2: { value: perM2Cents, currency: "EUR", source, date: UNDATED },
      fairBoothPrice: plain(0, "none: the space is priced per m²", UNDATED),
      fairBuildPerM2: eur(600, FIT_OUT, UNDATED),
    },
  };
}

export const PRESETS: Readonly<Record<PresetName, CostPreset>> = {
  // "A shop on Alibaba for €10,000 a year when a trade fair sometimes costs twice as much, and it is only a one-shot."
  "quote-2017": {
    name: "quote-2017",
    sides: ["shop", "fairs"],
    values: {
      shopAnnualFee: eur(10_000, `${QUOTE_2017.source}: about €10,000 a year all in`, QUOTE_2017.date),
      shopCommissionPercent: plain(3_00, `${QUOTE_2017.source}: commission 1–5 %; design choice: midpoint 3 %`, QUOTE_2017.date),
      shopPaymentFeePercent: plain(0, NOT_IN_2017_QUOTE.source, NOT_IN_2017_QUOTE.date),
      shopAgencyMonthly: eur(0, NOT_IN_2017_QUOTE.source, NOT_IN_2017_QUOTE.date),
      shopAgencyPercent: plain(0, NOT_IN_2017_QUOTE.source, NOT_IN_2017_QUOTE.date),
      fairsPerYear: ONE_FAIR_A_YEAR,
      fairOther: eur(20_000, `${QUOTE_2017.source}: about €20,000 per fair, all in`, QUOTE_2017.date),
      fairSpaceM2: plain(0, IN_2017_QUOTE.source, IN_2017_QUOTE.date),
      fairSpacePerM2: eur(0, IN_2017_QUOTE.source, IN_2017_QUOTE.date),
      fairBoothPrice: eur(0, IN_2017_QUOTE.source, IN_2017_QUOTE.date),
      fairBuildPerM2: eur(0, IN_2017_QUOTE.source, IN_2017_QUOTE.date),
      fairTravelPerDay: eur(0, IN_2017_QUOTE.source, IN_2017_QUOTE.date),
      fairPromotion: eur(0, IN_2017_QUOTE.source, IN_2017_QUOTE.date),
      fairSampleShipping: eur(0, IN_2017_QUOTE.source, IN_2017_QUOTE.date),
    },
  },
  "tmall-global-fees": {
    name: "tmall-global-fees",
    sides: ["shop"],
    values: {
      shopDeposit: cny(150_000, `refundable security deposit, ${TMALL_FEES}`, TMALL_FEES_DATE),
      shopAnnualFee: cny(60_000, `${TMALL_FEES}: RMB 30,000 or 60,000 by category; design choice: 60,000, so as not to understate the shop`, TMALL_FEES_DATE),
      shopRefundTier1Multiple: plain(6, `${DOMESTIC_REFUND}: 50 % at annual sales of 6× the fee`, "2022"),
      shopRefundTier1Percent: plain(50_00, `${DOMESTIC_REFUND}: 50 % at annual sales of 6× the fee`, "2022"),
      shopRefundTier2Multiple: plain(20, `${DOMESTIC_REFUND}: 100 % at annual sales of 20× the fee`, "2022"),
      shopRefundTier2Percent: plain(100_00, `${DOMESTIC_REFUND}: 100 % at annual sales of 20× the fee`, "2022"),
      shopCommissionPercent: plain(3_50, "Tmall Global commission 2–5 % by category, no table found (DOMAIN.md §4); design choice: midpoint 3.5 %", TMALL_FEES_DATE),
      shopPaymentFeePercent: plain(1_00, `Alipay fee, about 1 % (${TMALL_FEES})`, TMALL_FEES_DATE),
      shopAgencyPercent: plain(
        7_50,
        "Tmall Partner agency, 5–10 % of sales, weak source (DOMAIN.md §4); design choice: midpoint 7.5 %, the percentage model",
        UNDATED,
      ),
      shopAgencyMonthly: cny(
        0,
        "design choice: the percentage model is used; the monthly model is RMB 20,000–100,000 a month, weak source (DOMAIN.md §4)",
        UNDATED,
      ),
    },
  },
  "canton-fair-9m2": {
    name: "canton-fair-9m2",
    sides: ["fairs"],
    values: {
      fairsPerYear: ONE_FAIR_A_YEAR,
      fairSpaceM2: plain(9_00, "Canton Fair standard booth, 9 m² (chinadaily.com.cn; DOMAIN.md §4)", "2009-02-03"),
      fairBoothPrice: cny(30_000, "Canton Fair 9 m² booth, RMB 30,000 (chinadaily.com.cn; DOMAIN.md §4) — a 2009 price at today's rate", "2009-02-03"),
      fairSpacePerM2: eur(0, "none: the booth price covers the space", "2009-02-03"),
      fairBuildPerM2: eur(600, FIT_OUT, UNDATED),
    },
  },
  "prowein-9m2": europeanFair("prowein-9m2", 290_00, "Business France pavilion at ProWein, €290/m² (DOMAIN.md §4)"),
  "vinexpo-9m2": europeanFair("vinexpo-9m2", 302_50, "Vinexpo space, €270–335/m² (DOMAIN.md §4); design choice: midpoint €302.50"),
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

