/** The small helpers every catalogue file writes its sentences with. */

/** A message parameter as text ("" when absent). */
export const p = (value: string | number | undefined): string => String(value ?? "");

/** A count given as a number or as text already written for a person (« 1 250 », "1,250"). */
const countOf = (value: string | number | undefined): number => (typeof value === "number" ? value : Number(String(value ?? "").replace(/[\s,]/g, "")));

/** French plural from 2: « 0 salon », « 1 salon », « 2 salons ». */
export const pluralFr = (value: string | number | undefined, one: string, many: string): string => (countOf(value) >= 2 ? many : one);

/** English plural for anything but 1: "0 fairs", "1 fair", "2 fairs". */
export const pluralEn = (value: string | number | undefined, one: string, many: string): string => (countOf(value) === 1 ? one : many);

/** A count and its noun, agreed: « 1 produit », « 3 produits ». */
export const countFr = (value: string | number | undefined, one: string, many: string): string => `${p(value)} ${pluralFr(value, one, many)}`;

/** A count and its noun, agreed: "1 product", "3 products". */
export const countEn = (value: string | number | undefined, one: string, many: string): string => `${p(value)} ${pluralEn(value, one, many)}`;

/** « 1 an », « 3 ans ». */
export const inYearsFr = (years: string | number | undefined): string => `${p(years)} ${pluralFr(years, "an", "ans")}`;

/** "1 year", "3 years". */
export const inYearsEn = (years: string | number | undefined): string => `${p(years)} ${pluralEn(years, "year", "years")}`;
