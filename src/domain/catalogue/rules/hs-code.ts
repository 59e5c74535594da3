import { isKnownOnPositiveList, isPlausibleHeading, normaliseHsCode } from "../hs-codes.js";
import { formatTariffCode, matchPositiveList } from "../positive-list.js";
import { cellRule, fileRule, productRule, type FieldReader } from "./rule.js";

/** The HS (customs) code: 6–10 digits; plausible for the category; known to our positive-list data. */

export const HS_CODE_READER: FieldReader<"hs_code"> = {
  isList: false,
  read: normaliseHsCode,
  keep: (values, digits) => (values.hsCode = digits ?? ""),
  clear: (values) => (values.hsCode = ""),
};

export const invalidHsCode = cellRule({
  code: "invalid-hs-code",
  severity: "error",
  fields: ["hs_code"],
  check: (_text, digits) => digits === undefined || undefined,
});

/** The heading is not one we expect for the category (general HS knowledge, to confirm per product). */
export const hsCodeCategoryMismatch = productRule({
  code: "hs-code-category-mismatch",
  severity: "warning",
  checks: [
    {
      field: "hs_code",
      reads: ["hs_code", "category"],
      check({ hsCode, category }) {
        if (hsCode === "" || category === undefined || isPlausibleHeading(hsCode, category.plausibleHsHeadings)) return undefined;
        return { category: category.id, expected: category.plausibleHsHeadings.join(", ") };
      },
    },
  ],
});

/**
 * With the official list the consultant supplied: a code none of its 8-digit lines matches (a 6-digit
 * code matches when some line starts with it). Without a list this rule is silent, and the heading is
 * "not checked" below.
 */
export const hsNotOnPositiveList = productRule({
  code: "hs-not-on-positive-list",
  severity: "warning",
  settings: ["positiveList"],
  checks: [
    {
      field: "hs_code",
      reads: ["hs_code"],
      check({ hsCode }, { settings }) {
        const list = settings.positiveList;
        if (list === undefined || hsCode === "" || matchPositiveList(list, hsCode) !== "absent") return undefined;
        return { code: formatTariffCode(hsCode), edition: list.edition, source: list.source };
      },
    },
  ],
});

/**
 * Headings our dated positive-list data does not know: "not checked", never "eligible" by default.
 * Said once per heading at the end of the file, on the first line that used it, with the row count.
 */
export const hsPositiveListNotChecked = fileRule({
  code: "hs-positive-list-not-checked",
  severity: "warning",
  source: "cbec-positive-list-2022",
  settings: ["positiveList"],
  field: "hs_code",
  reads: ["hs_code"],
  start(file, report) {
    // A list supplied by the consultant decides instead (hs-not-on-positive-list).
    if (file.layout.columnOf.hs_code === undefined || file.settings.positiveList !== undefined) return undefined;
    const uncheckedHeadings = new Map<string, { line: number; rows: number }>();
    return {
      row({ hsCode }, line) {
        if (isKnownOnPositiveList(hsCode)) return undefined;
        const heading = hsCode.slice(0, 4);
        const seen = uncheckedHeadings.get(heading);
        if (seen) seen.rows++;
        else uncheckedHeadings.set(heading, { line, rows: 1 });
        return undefined;
      },
      finish() {
        for (const [heading, seen] of uncheckedHeadings) report(seen.line, heading, { rows: seen.rows });
      },
    };
  },
});
