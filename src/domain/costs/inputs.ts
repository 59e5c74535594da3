import { isAmbiguousThousands, parseTypedDecimal } from "../typed-numbers.js";
import type { Assumption, SourcedValue } from "../settings.js";
import { cite, NO_DATE, type CitedSources, type SourceRef } from "../sources.js";

/**
 * Every input of the cost comparison (a Tmall Global shop against trade fairs), one table: the camelCase name is at once the
 * scenario-file key, the assumption name in reports and — in kebab-case — the flag
 * (`shopAnnualFee` ↔ `--shop-annual-fee`), so a name read in `--explain` can be typed back.
 */
export const COST_INPUT_NAMES = [
  "years",
  "salesEur",
  "eurCny",
  "shopDeposit",
  "shopAnnualFee",
  "shopRefundTier1Multiple",
  "shopRefundTier1Percent",
  "shopRefundTier2Multiple",
  "shopRefundTier2Percent",
  "shopCommissionPercent",
  "shopPaymentFeePercent",
  "shopAgencyMonthly",
  "shopAgencyPercent",
  "shopLogisticsPerOrder",
  "shopOrdersPerYear",
  "shopMarketing",
  "shopSetup",
  "fairsPerYear",
  "fairSpaceM2",
  "fairSpacePerM2",
  "fairBoothPrice",
  "fairBuildPerM2",
  "fairPeople",
  "fairDays",
  "fairTravelPerDay",
  "fairSampleShipping",
  "fairPromotion",
  "fairOther",
  "fairSubsidy",
  "fairContacts",
] as const;

export type CostInputName = (typeof COST_INPUT_NAMES)[number];
export type Currency = "EUR" | "CNY";
export type CostSide = "common" | "shop" | "fairs";

/**
 * How a value is held, as an integer (no binary float ever enters a sum):
 * money in cents of its currency, percent in basis points, area in hundredths of m², rate in
 * ten-thousandths of a yuan per euro, counts and multiples as whole numbers.
 */
export type CostInputKind = "money" | "percent" | "count" | "multiple" | "area" | "rate";

export interface CostInputDefinition {
  readonly name: CostInputName;
  readonly kind: CostInputKind;
  readonly side: CostSide;
  /** The unit shown in reports; for money, what the amount is per — or a note in brackets — after its currency. */
  readonly unit: string;
  /** Bounds in natural units (euros, %, m²…). They keep every total an exact safe integer (see the tests). */
  readonly min: number;
  readonly max: number;
  /** Money only: the currencies an amount may be given in. */
  readonly currencies?: readonly Currency[];
  /** The refundable deposit is cash tied up, never a cost. */
  readonly isCost: boolean;
}

const SCALE: Readonly<Record<CostInputKind, number>> = { money: 2, percent: 2, count: 0, multiple: 0, area: 2, rate: 4 };

const BOTH: readonly Currency[] = ["EUR", "CNY"];
const MONEY_MAX = 1_000_000;

function money(name: CostInputName, side: CostSide, unit: string, isCost = true): CostInputDefinition {
  return { name, kind: "money", side, unit, min: 0, max: MONEY_MAX, currencies: BOTH, isCost };
}

function count(name: CostInputName, side: CostSide, unit: string, min: number, max: number): CostInputDefinition {
  return { name, kind: "count", side, unit, min, max, isCost: true };
}

function percent(name: CostInputName, unit = "%"): CostInputDefinition {
  return { name, kind: "percent", side: "shop", unit, min: 0, max: 100, isCost: true };
}

function multiple(name: CostInputName): CostInputDefinition {
  return { name, kind: "multiple", side: "shop", unit: "× annual fee", min: 0, max: 1000, isCost: true };
}

export const COST_INPUTS: Readonly<Record<CostInputName, CostInputDefinition>> = {
  years: count("years", "common", "years", 1, 50),
  salesEur: { name: "salesEur", kind: "money", side: "common", unit: "year", min: 0, max: 1_000_000_000, currencies: ["EUR"], isCost: false },
  // Design choice: 1–100 CNY per euro bounds the rate (it has stayed near 7–10 for decades).
  eurCny: { name: "eurCny", kind: "rate", side: "common", unit: "CNY/EUR", min: 1, max: 100, isCost: false },
  shopDeposit: money("shopDeposit", "shop", "(refundable deposit, not a cost)", false),
  shopAnnualFee: money("shopAnnualFee", "shop", "year"),
  shopRefundTier1Multiple: multiple("shopRefundTier1Multiple"),
  shopRefundTier1Percent: percent("shopRefundTier1Percent", "% of the annual fee"),
  shopRefundTier2Multiple: multiple("shopRefundTier2Multiple"),
  shopRefundTier2Percent: percent("shopRefundTier2Percent", "% of the annual fee"),
  shopCommissionPercent: percent("shopCommissionPercent", "% of sales"),
  shopPaymentFeePercent: percent("shopPaymentFeePercent", "% of sales"),
  shopAgencyMonthly: money("shopAgencyMonthly", "shop", "month"),
  shopAgencyPercent: percent("shopAgencyPercent", "% of sales"),
  shopLogisticsPerOrder: money("shopLogisticsPerOrder", "shop", "order"),
  shopOrdersPerYear: count("shopOrdersPerYear", "shop", "orders/year", 0, 1_000_000),
  shopMarketing: money("shopMarketing", "shop", "year"),
  shopSetup: money("shopSetup", "shop", "(once, in year 1)"),
  fairsPerYear: count("fairsPerYear", "fairs", "fairs/year", 0, 100),
  fairSpaceM2: { name: "fairSpaceM2", kind: "area", side: "fairs", unit: "m²", min: 0, max: 1000, isCost: true },
  fairSpacePerM2: money("fairSpacePerM2", "fairs", "m²"),
  fairBoothPrice: money("fairBoothPrice", "fairs", "fair"),
  fairBuildPerM2: money("fairBuildPerM2", "fairs", "m²"),
  fairPeople: count("fairPeople", "fairs", "people", 0, 100),
  fairDays: count("fairDays", "fairs", "days", 0, 100),
  fairTravelPerDay: money("fairTravelPerDay", "fairs", "person-day"),
  fairSampleShipping: money("fairSampleShipping", "fairs", "fair"),
  fairPromotion: money("fairPromotion", "fairs", "fair"),
  fairOther: money("fairOther", "fairs", "fair"),
  fairSubsidy: money("fairSubsidy", "fairs", "fair"),
  fairContacts: count("fairContacts", "fairs", "contacts/fair", 0, 1_000_000),
};

/** A value as the model holds it: a scaled integer (see CostInputKind), its currency for money, and where it comes from. */
export interface CostInput extends SourcedValue<number> {
  readonly currency?: Currency;
}

export type CostInputs = Readonly<Record<CostInputName, CostInput>>;

/** What a preset, a scenario file or a flag says about one input; the unit follows from the table. */
export interface CostValue {
  readonly value: number;
  readonly currency?: Currency;
  readonly source: SourceRef;
  readonly date: string;
}

/** No source gives a figure: 0 until the user enters theirs, and every report says so. */
export const UNSOURCED: CitedSources = cite("unsourced-your-figure");
export const UNSOURCED_DATE = NO_DATE;

export function isUnsourced(source: SourceRef): boolean {
  return source.from === "sources" && source.id === UNSOURCED.id;
}

export function isCostInputName(name: string): name is CostInputName {
  return Object.hasOwn(COST_INPUTS, name);
}

/** `shopAnnualFee` → `--shop-annual-fee` (commander turns it back into the camelCase name). */
export function flagOf(name: CostInputName): string {
  return `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The unit a report shows: "CNY/year", "EUR/m²", "%", "m²"… */
export function unitOf(definition: CostInputDefinition, currency: Currency | undefined): string {
  if (definition.kind !== "money") return definition.unit;
  const prefix = currency ?? "EUR";
  return definition.unit.startsWith("(") ? `${prefix} ${definition.unit}` : `${prefix}/${definition.unit}`;
}

export function toCostInput(name: CostInputName, value: CostValue): CostInput {
  const definition = COST_INPUTS[name];
  const unit = unitOf(definition, value.currency);
  return definition.kind === "money" ? { ...value, currency: value.currency ?? "EUR", unit } : { value: value.value, unit, source: value.source, date: value.date };
}

/** A report line for an input: its value in natural units (euros, %, m², CNY per euro). */
export function describeCostInput(name: CostInputName, input: CostInput): Assumption {
  const definition = COST_INPUTS[name];
  const value = input.value / 10 ** SCALE[definition.kind];
  return { name, value, unit: input.unit, source: input.source, date: input.date };
}

export type ParsedCostValue =
  | { readonly isValid: true; readonly value: number; readonly currency?: Currency }
  | { readonly isValid: false; readonly expected: string };

const CURRENCY_SUFFIX = /\s*(€|eur|euros?|cny|rmb|yuan|¥|元)$/i;
const PERCENT_SUFFIX = /\s*%$/;
/** « 50 k€ », « 1,5 M€ », "2 million": thousands and millions, as owners write amounts. */
const MULTIPLIER_SUFFIX = /\s*(k|K|M|millions?|mille)$/;
/** Each multiplier as a power of ten: the decimals are then read at that many more places. */
const MULTIPLIER_DIGITS: Readonly<Record<string, number>> = { k: 3, K: 3, mille: 3, M: 6, million: 6, millions: 6 };

/**
 * Reads a flag or scenario value with the catalogue's number rules (`parseScaledDecimal`: "1 250,50",
 * "1250.5"); amounts may end with a currency ("60 000 CNY", "12 500 €"), percentages with "%".
 * Design choice: "10,000" and "1.250" are refused as ambiguous rather than read as 10 and 1.25.
 */
export function parseCostValue(name: CostInputName, raw: unknown): ParsedCostValue {
  const definition = COST_INPUTS[name];
  const expected = describeExpected(definition);
  let text: string;
  if (typeof raw === "number" && Number.isFinite(raw)) text = String(raw);
  else if (typeof raw === "string") text = raw.trim();
  else return { isValid: false, expected };

  let currency: Currency | undefined;
  let multiplierDigits = 0;
  if (definition.kind === "money") {
    const suffix = CURRENCY_SUFFIX.exec(text);
    if (suffix) {
      currency = /^(€|eur|euros?)$/i.test(suffix[1] ?? "") ? "EUR" : "CNY";
      text = text.slice(0, suffix.index).trim();
      if (!(definition.currencies ?? []).includes(currency)) return { isValid: false, expected };
    }
    const scaled = MULTIPLIER_SUFFIX.exec(text);
    if (scaled) {
      multiplierDigits = MULTIPLIER_DIGITS[scaled[1] ?? ""] ?? 0;
      text = text.slice(0, scaled.index).trim();
    }
  } else if (definition.kind === "percent") {
    text = text.replace(PERCENT_SUFFIX, "");
  }
  const scale = SCALE[definition.kind];
  const factor = 10 ** scale;
  // « 1,5 M€ »: the decimals are read at the scale of the multiplied unit, so 1,5 M is exactly 1 500 000;
  // « 1,500 k€ » is refused as ambiguous, like « 1,500 € ».
  const value = multiplierDigits > 0 && isAmbiguousThousands(text) ? undefined : parseTypedDecimal(text, scale + multiplierDigits);
  if (value === undefined || value < definition.min * factor || value > definition.max * factor) {
    return { isValid: false, expected };
  }
  return currency === undefined ? { isValid: true, value } : { isValid: true, value, currency };
}

/** What a question about an input expects, for a refusal's examples: its kind, or sales (an amount or a range). */
export type ExpectedAnswer = CostInputKind | "sales";

export function expectedAnswerOf(name: CostInputName): { readonly expected: ExpectedAnswer; readonly min: number; readonly max: number } {
  const { kind, min, max } = COST_INPUTS[name];
  return { expected: name === "salesEur" ? "sales" : kind, min, max };
}

/** What a value should look like: examples and bounds, the same in every language. */
export function describeExpected(definition: CostInputDefinition): string {
  const bounds = `${groupThousands(definition.min)}–${groupThousands(definition.max)}`;
  switch (definition.kind) {
    case "money":
      return definition.currencies?.includes("CNY") ? `12 500 · 12500.50 · "60 000 CNY" (${bounds})` : `12 500 · 12500.50 (${bounds})`;
    case "percent":
      return `3,5 · 3.5 · 3.5% (${bounds} %)`;
    case "area":
      return `9 · 12,5 (${bounds} m²)`;
    case "rate":
      return `7.5554 (${bounds})`;
    default:
      return `${definition.min}, ${definition.min + 1}, ${definition.min + 2}… (${bounds})`;
  }
}

function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** Expected annual sales: one amount, or low;mid;high. */
export interface SalesRange {
  readonly low: number;
  readonly mid: number;
  readonly high: number;
}

export type ParsedSales =
  | { readonly isValid: true; readonly value: number; readonly range?: SalesRange }
  | { readonly isValid: false; readonly expected: string };

/**
 * « entre 50 000 et 100 000 », « de 50 k€ à 100 k€ », "between 50,000 and 100,000", « 50 000 – 100 000 »:
 * a low and a high bound, as people give a range. A hyphen only separates bounds with spaces around it.
 */
const TWO_BOUNDS = /^(?:entre|between|de|from)?\s*(.+?)\s+(?:et|and|à|a|to|-|–|—)\s+(.+)$/i;

/** Examples in figures and symbols, read alike in every language (bounds: 0–1 000 000 000). */
export const SALES_EXPECTED = `100 000 · 50 k€ · 1,5 M€ · "50 000 – 200 000" · 50000,100000,200000 (0–1 000 000 000)`;

/**
 * `--sales-eur`: one amount ("100 000", "1 250,50") or a range low,mid,high. Semicolons always separate
 * a range; commas only when there are exactly three parts, since a lone comma is a decimal mark.
 * A scenario file may also give an array [low, mid, high].
 */
export function parseSalesEur(raw: unknown): ParsedSales {
  const invalid = { isValid: false, expected: SALES_EXPECTED } as const;
  const bounds = typeof raw === "string" ? TWO_BOUNDS.exec(raw.trim()) : null;
  if (bounds !== null) return parseSalesBounds(bounds[1] ?? "", bounds[2] ?? "") ?? invalid;
  let parts: unknown[] | undefined;
  if (Array.isArray(raw)) parts = raw;
  else if (typeof raw === "string" && raw.includes(";")) parts = raw.split(";");
  else if (typeof raw === "string" && raw.split(",").length === 3) parts = raw.split(",");
  if (parts === undefined) {
    const single = parseCostValue("salesEur", raw);
    return single.isValid ? { isValid: true, value: single.value } : invalid;
  }
  if (parts.length !== 3) return invalid;
  const values: number[] = [];
  for (const part of parts) {
    const parsed = parseCostValue("salesEur", part);
    if (!parsed.isValid) return invalid;
    values.push(parsed.value);
  }
  const [low = 0, mid = 0, high = 0] = values;
  if (low > mid || mid > high) return invalid;
  return { isValid: true, value: mid, range: { low, mid, high } };
}

/** Two bounds: low and high as given, and — a design choice — the middle case halfway between them. */
function parseSalesBounds(lowText: string, highText: string): ParsedSales | undefined {
  const low = parseCostValue("salesEur", lowText);
  const high = parseCostValue("salesEur", highText);
  if (!low.isValid || !high.isValid || low.value > high.value) return undefined;
  const mid = Math.round((low.value + high.value) / 2);
  return { isValid: true, value: mid, range: { low: low.value, mid, high: high.value } };
}

/** Any input, sales included: what a flag or a scenario key holds. */
export function parseCostEntry(name: CostInputName, raw: unknown): ParsedSales | ParsedCostValue {
  return name === "salesEur" ? parseSalesEur(raw) : parseCostValue(name, raw);
}
