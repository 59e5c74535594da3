import type { EligibilityOutcome, ProductReason } from "../eligibility/rules.js";
import { LOCALES, type CodeText } from "./catalogue.js";
import { formatCompactEuros } from "../money.js";
import { p, pluralEn } from "./plain-text.js";

const isGiven = (value: string | number | undefined): value is string | number => value !== undefined && value !== "";
/** 1800000 → "€1.8M", 250000 → "€250,000". */
const money = (label: string, value: string | number | undefined): string =>
  isGiven(value) ? `${label} ${formatCompactEuros(Number(value), "en")}` : `${label} not given`;
/** 9.5 → "9.5 FTE": the staff is counted in full-time equivalents (annual work units), as the question asks. */
const staff = (value: string | number | undefined): string =>
  isGiven(value) ? `staff ${new Intl.NumberFormat(LOCALES.en, { maximumFractionDigits: 2 }).format(Number(value))} FTE` : "staff not given";
const size = ({ headcount, turnoverEur, balanceSheetEur }: Readonly<Record<string, string | number>>): string =>
  `${staff(headcount)}, ${money("turnover", turnoverEur)}, ${money("balance sheet", balanceSheetEur)}`;

/** Each product rule: its subject (for "no product to examine"), and what a passing product is. */
const PRODUCT_RULES = {
  "products-non-perishable": { subject: "Shelf life of the products", what: "non-perishable" },
  "products-origin": { subject: "Where the products are made", what: "made in the region" },
  "products-positive-list": { subject: "Positive list", what: "under an HS heading known on the positive list" },
  "products-cbec-limit": { subject: "RMB 5,000 limit per order", what: "under the RMB 5,000 limit" },
} as const;

const NEXT_STEPS = {
  "products-non-perishable": "Remove chilled or frozen products, and food with less than 12 months of shelf life, from the catalogue.",
  "products-origin": "Remove products made outside the region, or give the right production site; for a Provence AOP/IGP, attach proof of the label.",
  "products-positive-list": "Have your freight forwarder confirm each product's 8-digit tariff line on the positive list (2022 edition).",
  "products-cbec-limit": "Offer a smaller size for products above RMB 5,000, or accept that they are taxed as ordinary imports.",
} as const;

type ProductOutcome = "all" | "none" | "some-blocked" | "some-to-check" | "no-products";

/** "1 of 3 products is …", "2 of 3 products are …". */
const countOf = (passing: string | number | undefined, products: string | number | undefined): string =>
  `${p(passing)} of ${p(products)} ${pluralEn(products, "product", "products")} ${pluralEn(passing, "is", "are")}`;

function productTexts<Id extends keyof typeof PRODUCT_RULES>(id: Id): Record<`${Id}.${ProductOutcome}`, CodeText> {
  const { subject, what } = PRODUCT_RULES[id];
  const texts: Record<ProductOutcome, CodeText> = {
    all: { message: ({ products }) => (Number(products) === 1 ? `The product is ${what}.` : `All ${p(products)} products are ${what}.`), hint: () => "Nothing to do." },
    none: { message: ({ products }) => (Number(products) === 1 ? `The product is not ${what}.` : `None of the ${p(products)} products is ${what}.`), hint: () => NEXT_STEPS[id] },
    "some-blocked": { message: ({ products, passing }) => `${countOf(passing, products)} ${what}; the others are listed below.`, hint: () => NEXT_STEPS[id] },
    "some-to-check": { message: ({ products, passing }) => `${countOf(passing, products)} ${what}; the others need checking.`, hint: () => NEXT_STEPS[id] },
    "no-products": {
      message: () => `${subject}: no product to examine.`,
      hint: () => "Import the company's catalogue.",
      action: () => "eprovence import --merchant …, or --catalogue file.csv",
    },
  };
  return Object.fromEntries(Object.entries(texts).map(([outcome, text]) => [`${id}.${outcome}`, text])) as Record<`${Id}.${ProductOutcome}`, CodeText>;
}

/** The positive-list rule's message says which edition judged the codes, when a list was supplied. */
function withPositiveListEdition<K extends string>(texts: Record<K, CodeText>): Record<K, CodeText> {
  return Object.fromEntries(
    Object.entries<CodeText>(texts).map(([outcome, text]) => [
      outcome,
      {
        ...text,
        message: (params: Parameters<CodeText["message"]>[0]) => {
          const { positiveListEdition, positiveListSource } = params;
          const said = text.message(params);
          return positiveListEdition === undefined || positiveListEdition === "" ? said : `${said.replace(/\.$/, "")} (supplied positive list, ${p(positiveListEdition)} edition, source: ${p(positiveListSource)}).`;
        },
      },
    ]),
  ) as Record<K, CodeText>;
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
    hint: () => "Give the staff and the turnover or balance sheet total of the last closed year.",
    action: () => "eprovence merchant update --headcount … --turnover-eur …",
  },
  "independence.independent": { message: () => "Independent firm.", hint: () => "Nothing to do." },
  "independence.owned-by-non-sme": {
    message: ({ maxNonSmeOwnershipPercent }) => `More than ${p(maxNonSmeOwnershipPercent)} % is owned by a firm that is not an SME: the group's figures count.`,
    hint: () => "If that is wrong, correct the company's profile; otherwise redo the figures with the group's consolidated accounts.",
    action: () => "eprovence merchant update --independent yes",
  },
  "independence.unknown": {
    message: ({ maxNonSmeOwnershipPercent }) => `Independence not given (no large firm owning more than ${p(maxNonSmeOwnershipPercent)} %?).`,
    hint: () => "Say whether the company is independent.",
    action: () => "eprovence merchant update --independent yes (or no)",
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
  "company-identifier.missing": { message: () => "Neither SIREN nor SIRET.", hint: () => "Give the head office's SIRET.", action: () => "eprovence merchant update --siret …" },
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
    hint: () => "Correct the head office's postcode.",
    action: () => "eprovence merchant update --postcode …",
  },
  "head-office-region.missing": { message: () => "Head office postcode not given.", hint: () => "Give the head office's postcode.", action: () => "eprovence merchant update --postcode …" },
  "trademark.registered": { message: () => "Registered trademark.", hint: () => "Nothing to do." },
  "trademark.pending": {
    message: () => "Trademark application pending.",
    hint: () => "Tmall Global expects a trademark registered outside mainland China (®), ™ accepted after review in some categories: keep the filing receipt.",
  },
  "trademark.none": {
    message: () => "No registered trademark.",
    hint: () => "Tmall Global sells brands the firm owns (or is authorised for) with a trademark registered outside mainland China: register yours (INPI, EUIPO) before applying.",
  },
  "trademark.missing": { message: () => "Trademark status not given.", hint: () => "Say whether the trademark is registered, pending or none.", action: () => "eprovence merchant update --trademark registered|pending|none" },
  ...productTexts("products-non-perishable"),
  ...productTexts("products-origin"),
  ...withPositiveListEdition(productTexts("products-positive-list")),
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
  "not-on-positive-list": "HS code not on the supplied positive list",
  "over-limit": "estimated consumer price above RMB 5,000",
  "missing-price": "no price given: consumer price in China not estimated",
  "unknown-category": "category not on the list: rule not checked for this product",
};
