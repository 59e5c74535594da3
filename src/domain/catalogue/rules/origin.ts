import { PROVENCE_REGION_CODE, type Commune, type OriginPlace, type PostcodeDirectory } from "../../geo/postcodes.js";
import { GEOGRAPHICAL_INDICATION_LABELS } from "../labels.js";
import type { ProductValues } from "../product-values.js";
import { cellRule, productRule, type FieldReader, type RuleContext } from "./rule.js";

/**
 * Origin: the production site's postcode, looked up in the official commune list. Every commune of
 * the postcode must be in region 93; postcodes and departments do not match one to one, so the
 * department is never guessed from the first two digits.
 */

export type OriginVerdict = "inside" | "straddles" | "gi-area" | "outside" | "unknown";

/**
 * Provence geographical indications whose area reaches outside the region: such a product carrying
 * a GI label is accepted with a condition. Design choice: checked at department level (the GI commune
 * lists are not in our data), so the message asks the user to confirm.
 */
export const GI_AREAS_OUTSIDE_REGION: readonly { readonly category: string; readonly departments: readonly string[] }[] = [
  // AOP Huile essentielle de lavande de Haute-Provence: communes of 04, 05, 26 and 84.
  { category: "essential-oils", departments: ["26"] },
  // IGP Miel de Provence: the six departments of the region, south Drôme and parts of Gard.
  { category: "honey-jams", departments: ["26", "30"] },
];

/** Where a product comes from, as the origin rules, the channel readiness and the eligibility verdict see it. */
export function judgeOrigin(postcode: string, categoryId: string | undefined, labels: readonly string[], postcodes: PostcodeDirectory): OriginVerdict {
  const place = postcodes.locate(postcode);
  if (place.kind !== "outside") return place.kind;
  if (!labels.some((label) => GEOGRAPHICAL_INDICATION_LABELS.has(label))) return "outside";
  const isInGiArea = GI_AREAS_OUTSIDE_REGION.some(
    (area) => area.category === categoryId && place.communes.some((commune) => area.departments.includes(commune.department)),
  );
  return isInGiArea ? "gi-area" : "outside";
}

function verdictOf({ originPostcode, category, labels }: ProductValues, { postcodes }: RuleContext): OriginVerdict | undefined {
  return originPostcode === "" ? undefined : judgeOrigin(originPostcode, category?.id, labels, postcodes);
}

function communesOf(postcode: string, postcodes: PostcodeDirectory): readonly Commune[] {
  const place: OriginPlace = postcodes.locate(postcode);
  return place.kind === "unknown" ? [] : place.communes;
}

function departmentsOf(postcode: string, postcodes: PostcodeDirectory): string {
  return [...new Set(communesOf(postcode, postcodes).map((commune) => commune.department))].join(", ");
}

export const POSTCODE_READER: FieldReader<"origin_postcode"> = {
  isList: false,
  read(text) {
    if (/^\d{5}$/.test(text)) return text;
    // Excel drops the leading zero of 04…, 05…, 06… postcodes when the column is not text.
    return /^\d{4}$/.test(text) ? `0${text}` : undefined;
  },
  keep: (values, postcode) => (values.originPostcode = postcode ?? ""),
  clear: (values) => (values.originPostcode = ""),
};

export const postcodeLeadingZeroLost = cellRule({
  code: "postcode-leading-zero-lost",
  severity: "warning",
  fields: ["origin_postcode"],
  check: (text, postcode) => (postcode !== undefined && postcode !== text ? { postcode } : undefined),
});

export const invalidPostcode = cellRule({
  code: "invalid-postcode",
  severity: "error",
  fields: ["origin_postcode"],
  check: (_text, postcode) => postcode === undefined || undefined,
});

const ORIGIN_READS = ["origin_postcode", "category", "labels"] as const;

/** A postcode that exists nowhere (Monaco's 98000 included) is a mistake of its own, not "outside Provence". */
export const unknownPostcode = productRule({
  code: "unknown-postcode",
  severity: "error",
  source: "decoupage-administratif",
  blocks: "origin",
  checks: [{ field: "origin_postcode", reads: ORIGIN_READS, check: (product, context) => verdictOf(product, context) === "unknown" || undefined }],
});

export const originOutsideProvence = productRule({
  code: "origin-outside-provence",
  severity: "error",
  source: "decoupage-administratif",
  blocks: "origin",
  checks: [
    {
      field: "origin_postcode",
      reads: ORIGIN_READS,
      check: (product, context) =>
        verdictOf(product, context) === "outside" ? { departments: departmentsOf(product.originPostcode, context.postcodes) } : undefined,
    },
  ],
});

/** Outside the region but inside a Provence GI area, with a GI label: accepted on a condition to confirm. */
export const originGiArea = productRule({
  code: "origin-gi-area",
  severity: "warning",
  source: "provence-gi-areas",
  caution: { requirement: "origin", reason: "gi-area" },
  checks: [
    {
      field: "origin_postcode",
      reads: ORIGIN_READS,
      check: (product, context) =>
        verdictOf(product, context) === "gi-area" ? { departments: departmentsOf(product.originPostcode, context.postcodes) } : undefined,
    },
  ],
});

/** Some communes of the postcode are in the region, some are not: the commune decides, so the user must say. */
export const postcodeStraddlesRegion = productRule({
  code: "postcode-straddles-region",
  severity: "warning",
  source: "decoupage-administratif",
  caution: { requirement: "origin", reason: "straddles" },
  checks: [
    {
      field: "origin_postcode",
      reads: ORIGIN_READS,
      check(product, context) {
        if (verdictOf(product, context) !== "straddles") return undefined;
        const outside = communesOf(product.originPostcode, context.postcodes).filter((commune) => commune.region !== PROVENCE_REGION_CODE);
        return { outside: outside.map((commune) => `${commune.name} (${commune.department})`).join(", ") };
      },
    },
  ],
});
