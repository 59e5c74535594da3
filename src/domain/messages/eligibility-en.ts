import type { EligibilityOutcome, ProductReason } from "../eligibility/rules.js";
import type { CodeText } from "./catalogue.js";
import { formatCompactEuros } from "../money.js";

const p = (value: string | number | undefined): string => String(value ?? "");
/** 1800000 → "€1.8 m", 250000 → "€250,000". */
const money = (value: string | number | undefined): string =>
  value === undefined || value === "" ? "?" : formatCompactEuros(Number(value), "en");
/** 9.5 → "9.5" (annual work units may be fractional); a missing headcount is "?", like a missing amount. */
const staff = (value: string | number | undefined): string =>
  value === undefined || value === "" ? "?" : new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(Number(value));
const size = ({ headcount, turnoverEur, balanceSheetEur }: Readonly<Record<string, string | number>>): string =>
  `${staff(headcount)} staff, turnover ${money(turnoverEur)}, balance sheet ${money(balanceSheetEur)}`;

const PRODUCT_RULES = {
  "products-non-perishable": "non-perishable",
  "products-origin": "made in the region",
  "products-positive-list": "under an HS heading known on the positive list",
  "products-cbec-limit": "under the RMB 5,000 limit",
} as const;

const NEXT_STEPS = {
  "products-non-perishable": "Remove chilled or frozen products, and food with less than 12 months of shelf life, from the catalogue.",
  "products-origin": "Remove products made outside the region, or give the right production site; for a Provence AOP/IGP, attach proof of the label.",
  "products-positive-list": "Have your freight forwarder confirm each product's 8-digit tariff line on the positive list (2022 edition).",
  "products-cbec-limit": "Offer a smaller size for products above RMB 5,000, or accept that they are taxed as ordinary imports.",
} as const;

type ProductOutcome = "all" | "none" | "some-blocked" | "some-to-check" | "no-products";

function productTexts<Id extends keyof typeof PRODUCT_RULES>(id: Id): Record<`${Id}.${ProductOutcome}`, CodeText> {
  const what = PRODUCT_RULES[id];
  const texts: Record<ProductOutcome, CodeText> = {
    all: { message: ({ products }) => `All ${p(products)} product(s) are ${what}.`, hint: () => "Nothing to do." },
    none: { message: ({ products }) => `None of the ${p(products)} product(s) is ${what}.`, hint: () => NEXT_STEPS[id] },
    "some-blocked": { message: ({ products, passing }) => `${p(passing)} of ${p(products)} product(s) are ${what}; the others are listed below.`, hint: () => NEXT_STEPS[id] },
    "some-to-check": { message: ({ products, passing }) => `${p(passing)} of ${p(products)} product(s) are ${what}; the others need checking.`, hint: () => NEXT_STEPS[id] },
    "no-products": { message: () => "No product to examine.", hint: () => "Import your catalogue (eprovence import) or pass --catalogue file.csv." },
  };
  return Object.fromEntries(Object.entries(texts).map(([outcome, text]) => [`${id}.${outcome}`, text])) as Record<`${Id}.${ProductOutcome}`, CodeText>;
}

export const eligibilityEn: Readonly<Record<EligibilityOutcome, CodeText>> = {
  "sme-size.micro": { message: (f) => `Micro enterprise: ${size(f)}.`, hint: () => "Nothing to do." },
  "sme-size.small": { message: (f) => `Small enterprise: ${size(f)}.`, hint: () => "Nothing to do." },
  "sme-size.medium": { message: (f) => `Medium-sized enterprise: ${size(f)}.`, hint: () => "Nothing to do." },
  "sme-size.not-sme": {
    message: (f) => `Not an SME in the EU sense: ${size(f)}.`,
    hint: () => "E-Provence is for micro, small and medium firms: fewer than 250 staff and turnover of at most €50 m or a balance sheet of at most €43 m. Check the figures of the last closed year.",
  },
  "sme-size.missing-figures": {
    message: (f) => `Size not determined: ${size(f)}.`,
    hint: () => "Give the staff and the turnover or balance sheet of the last closed year (eprovence merchant update --headcount … --turnover-eur …).",
  },
  "independence.independent": { message: () => "Independent firm.", hint: () => "Nothing to do." },
  "independence.owned-by-non-sme": {
    message: ({ maxNonSmeOwnershipPercent }) => `More than ${p(maxNonSmeOwnershipPercent)} % is owned by a firm that is not an SME: the group's figures count.`,
    hint: () => "If that is wrong, correct the profile (--independent yes); otherwise redo the figures with the group's consolidated accounts.",
  },
  "independence.unknown": {
    message: ({ maxNonSmeOwnershipPercent }) => `Independence not given (no large firm owning more than ${p(maxNonSmeOwnershipPercent)} %?).`,
    hint: () => "Say so: eprovence merchant update --independent yes (or no).",
  },
  "company-identifier.luhn": { message: ({ identifier }) => `Identifier ${p(identifier)} is valid (check digit right).`, hint: () => "Nothing to do." },
  "company-identifier.la-poste": { message: ({ identifier }) => `La Poste SIRET ${p(identifier)} is valid (La Poste's own rule).`, hint: () => "Nothing to do." },
  "company-identifier.format": {
    message: ({ identifier }) => `Malformed identifier: ${p(identifier)}.`,
    hint: () => "A SIREN has 9 digits, a SIRET 14: copy it from a Kbis extract or the INSEE notice.",
  },
  "company-identifier.check-digit": {
    message: ({ identifier }) => `Wrong check digit for ${p(identifier)}: there is a typo.`,
    hint: () => "Copy the SIREN/SIRET from a Kbis extract or the INSEE notice.",
  },
  "company-identifier.missing": { message: () => "Neither SIREN nor SIRET.", hint: () => "Give the head office's SIRET (--siret)." },
  "head-office-region.inside": { message: ({ postcode, departments }) => `Head office in the region (${p(postcode)}, department ${p(departments)}).`, hint: () => "Nothing to do." },
  "head-office-region.outside": {
    message: ({ postcode, departments }) => `Head office outside the region (${p(postcode)}, department ${p(departments)}).`,
    hint: () => "Not a blocker: what counts is that the products are made in the region. Be ready to show it.",
  },
  "head-office-region.straddles": {
    message: ({ postcode }) => `The head office's postcode ${p(postcode)} covers communes inside and outside the region.`,
    hint: () => "Check the head office's commune; not a blocker.",
  },
  "head-office-region.unknown-postcode": {
    message: ({ postcode }) => `The head office's postcode ${p(postcode)} belongs to no French commune.`,
    hint: () => "Correct the head office's postcode (eprovence merchant update --postcode …).",
  },
  "head-office-region.missing": { message: () => "Head office postcode not given.", hint: () => "Give it: eprovence merchant update --postcode …" },
  "trademark.registered": { message: () => "Registered trademark.", hint: () => "Nothing to do." },
  "trademark.pending": {
    message: () => "Trademark application pending.",
    hint: () => "Tmall Global expects a trademark registered outside mainland China (®), ™ accepted after review in some categories: keep the filing receipt.",
  },
  "trademark.none": {
    message: () => "No registered trademark.",
    hint: () => "Tmall Global sells brands the firm owns (or is authorised for) with a trademark registered outside mainland China: register yours (INPI, EUIPO) before applying.",
  },
  "trademark.missing": { message: () => "Trademark status not given.", hint: () => "Say it: eprovence merchant update --trademark registered|pending|none." },
  ...productTexts("products-non-perishable"),
  ...productTexts("products-origin"),
  ...productTexts("products-positive-list"),
  ...productTexts("products-cbec-limit"),
};

export const productReasonsEn: Readonly<Record<ProductReason, string>> = {
  chilled: "kept chilled",
  frozen: "frozen",
  "missing-shelf-life": "no shelf life given (food)",
  "short-shelf-life": "shelf life too short",
  "missing-origin": "no production site given",
  outside: "made outside the region",
  unknown: "origin postcode does not exist",
  "gi-area": "outside the region, inside a Provence AOP/IGP area (to prove)",
  straddles: "postcode straddles the region (commune to check)",
  "not-checked": "HS heading not in our positive-list data",
  "over-limit": "estimated consumer price above RMB 5,000",
  "missing-price": "no price given: consumer price in China not estimated",
  "unknown-category": "category not on the list: rule not checked for this product",
};
