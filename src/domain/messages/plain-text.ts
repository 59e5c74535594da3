/** The small helpers every catalogue file writes its sentences with. */

/** A message parameter as text ("" when absent). */
export const p = (value: string | number | undefined): string => String(value ?? "");

/** French plural from 2: « 0 salon », « 1 salon », « 2 salons ». */
export const pluralFr = (value: string | number | undefined, one: string, many: string): string => (Number(value) >= 2 ? many : one);

/** English plural for anything but 1: "0 fairs", "1 fair", "2 fairs". */
export const pluralEn = (value: string | number | undefined, one: string, many: string): string => (Number(value) === 1 ? one : many);

/** « 1 an », « 3 ans ». */
export const inYearsFr = (years: string | number | undefined): string => `${p(years)} ${pluralFr(years, "an", "ans")}`;

/** "1 year", "3 years". */
export const inYearsEn = (years: string | number | undefined): string => `${p(years)} ${pluralEn(years, "year", "years")}`;
