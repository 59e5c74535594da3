import { parseScaledDecimal, TOO_MANY_DECIMALS } from "../numbers.js";
import type { ProductValues } from "../product-values.js";
import { cellRule, type FieldReader } from "./rule.js";

/**
 * The number columns, read as French spreadsheets write them into exact integers: `scale` decimals
 * allowed (the value is kept in 10^-scale units: milligrams, cents), and the least value accepted
 * (1 for "greater than 0", 0 for "0 or more").
 */
export const NUMBER_FORMATS = {
  shelf_life_months: { scale: 0, minimum: 0 },
  net_weight_g: { scale: 3, minimum: 1 },
  price_eur: { scale: 2, minimum: 1 },
  stock: { scale: 0, minimum: 0 },
} as const;

export type NumberField = keyof typeof NUMBER_FORMATS;

const NUMBER_FIELDS = Object.keys(NUMBER_FORMATS) as NumberField[];

/** A stored or typed number the number rules accept for `field`: whole (in its units) and not below its minimum. */
export function isAcceptedNumber(field: NumberField, value: number | undefined): boolean {
  return value !== undefined && Number.isInteger(value) && value >= NUMBER_FORMATS[field].minimum;
}

function numberReader<F extends NumberField>(field: F, assign: (values: ProductValues, value: number | undefined) => void): FieldReader<F> {
  const { scale } = NUMBER_FORMATS[field];
  return {
    isList: false,
    read: (text) => parseScaledDecimal(text, scale),
    keep: (values, value, isRefused) => assign(values, isRefused ? undefined : value),
    clear: (values) => assign(values, undefined),
  };
}

export const NUMBER_READERS: { readonly [F in NumberField]: FieldReader<F> } = {
  shelf_life_months: numberReader("shelf_life_months", (values, months) => (values.shelfLifeMonths = months)),
  net_weight_g: numberReader("net_weight_g", (values, milligrams) => (values.netWeightMg = milligrams)),
  price_eur: numberReader("price_eur", (values, cents) => (values.priceCents = cents)),
  stock: numberReader("stock", (values, stock) => (values.stock = stock)),
};

export const invalidNumber = cellRule({
  code: "invalid-number",
  severity: "error",
  fields: NUMBER_FIELDS,
  // parseScaledDecimal says NOT_A_NUMBER with NaN, which only Number.isNaN recognises.
  check: (_text, value) => Number.isNaN(value) || undefined,
});

export const notAWholeNumber = cellRule({
  code: "not-a-whole-number",
  severity: "error",
  fields: NUMBER_FIELDS.filter((field) => NUMBER_FORMATS[field].scale === 0),
  check: (_text, value) => (value === TOO_MANY_DECIMALS ? { decimals: 0 } : undefined),
});

export const tooManyDecimals = cellRule({
  code: "too-many-decimals",
  severity: "error",
  fields: NUMBER_FIELDS.filter((field) => NUMBER_FORMATS[field].scale > 0),
  check: (_text, value, field) => (value === TOO_MANY_DECIMALS ? { decimals: NUMBER_FORMATS[field].scale } : undefined),
});

export const outOfRange = cellRule({
  code: "out-of-range",
  severity: "error",
  fields: NUMBER_FIELDS,
  check(_text, value, field) {
    const { minimum } = NUMBER_FORMATS[field];
    if (Number.isNaN(value) || value === TOO_MANY_DECIMALS || value >= minimum) return undefined;
    return { rule: minimum === 1 ? "positive" : "non-negative" };
  },
});
