import type { EligibilityOutcome, ProductReason } from "../eligibility/rules.js";
import { LOCALES, type CodeText } from "./catalogue.js";
import { formatCompactEuros } from "../money.js";
import { p, pluralFr } from "./plain-text.js";

const isGiven = (value: string | number | undefined): value is string | number => value !== undefined && value !== "";
/** 1800000 → "1,8 M€", 250000 → "250 000 €": how a French owner says a turnover. */
const money = (label: string, value: string | number | undefined): string =>
  isGiven(value) ? `${label} ${formatCompactEuros(Number(value), "fr")}` : `${label} non renseigné`;
/** 9.5 → "9,5 ETP": the staff is counted in full-time equivalents (annual work units), as the question asks. */
const staff = (value: string | number | undefined): string =>
  isGiven(value) ? `effectif ${new Intl.NumberFormat(LOCALES.fr, { maximumFractionDigits: 2 }).format(Number(value))} ETP` : "effectif non renseigné";
const size = ({ headcount, turnoverEur, balanceSheetEur }: Readonly<Record<string, string | number>>): string =>
  `${staff(headcount)}, ${money("chiffre d'affaires", turnoverEur)}, ${money("total du bilan", balanceSheetEur)}`;

/** Each product rule: its subject (for « aucun produit à examiner »), and what a passing product is, in the singular and the plural. */
const PRODUCT_RULES = {
  "products-non-perishable": { subject: "Conservation des produits", one: "non périssable", many: "non périssables" },
  "products-origin": { subject: "Lieu de fabrication des produits", one: "fabriqué en région Sud", many: "fabriqués en région Sud" },
  "products-positive-list": { subject: "Liste positive", one: "sur une position SH connue de la liste positive", many: "sur une position SH connue de la liste positive" },
  "products-cbec-limit": { subject: "Plafond de 5 000 RMB par commande", one: "sous le plafond de 5 000 RMB", many: "sous le plafond de 5 000 RMB" },
} as const;

const NEXT_STEPS = {
  "products-non-perishable": "Retirez du catalogue les produits frais, surgelés ou de moins de 12 mois de conservation.",
  "products-origin": "Retirez les produits fabriqués hors région, ou indiquez le bon lieu de production ; pour une AOP/IGP de Provence, joignez la preuve du label.",
  "products-positive-list": "Faites confirmer par votre transitaire la ligne tarifaire à 8 chiffres de chaque produit sur la liste positive (édition 2022).",
  "products-cbec-limit": "Proposez un format plus petit pour les produits au-delà de 5 000 RMB, ou acceptez qu'ils soient taxés comme une importation ordinaire.",
} as const;

type ProductOutcome = "all" | "none" | "some-blocked" | "some-to-check" | "no-products";

/** « 1 produit sur 3 est … », « 2 produits sur 3 sont … ». */
const countOf = (passing: string | number | undefined, products: string | number | undefined): string =>
  `${p(passing)} ${pluralFr(passing, "produit", "produits")} sur ${p(products)} ${pluralFr(passing, "est", "sont")}`;

function productTexts<Id extends keyof typeof PRODUCT_RULES>(id: Id): Record<`${Id}.${ProductOutcome}`, CodeText> {
  const rule = PRODUCT_RULES[id];
  const what = (count: string | number | undefined): string => pluralFr(count, rule.one, rule.many);
  const texts: Record<ProductOutcome, CodeText> = {
    all: { message: ({ products }) => (Number(products) === 1 ? `Le produit est ${rule.one}.` : `Les ${p(products)} produits sont ${rule.many}.`), hint: () => "Rien à faire." },
    none: { message: ({ products }) => (Number(products) === 1 ? `Le produit n'est pas ${rule.one}.` : `Aucun des ${p(products)} produits n'est ${rule.one}.`), hint: () => NEXT_STEPS[id] },
    "some-blocked": { message: ({ products, passing }) => `${countOf(passing, products)} ${what(passing)} ; les autres sont listés ci-dessous.`, hint: () => NEXT_STEPS[id] },
    "some-to-check": { message: ({ products, passing }) => `${countOf(passing, products)} ${what(passing)} ; les autres sont à vérifier.`, hint: () => NEXT_STEPS[id] },
    "no-products": {
      message: () => `${rule.subject} : aucun produit à examiner.`,
      hint: () => "Importez le catalogue de l'entreprise.",
      action: () => "eprovence import --merchant …, ou --catalogue fichier.csv",
    },
  };
  return Object.fromEntries(Object.entries(texts).map(([outcome, text]) => [`${id}.${outcome}`, text])) as Record<`${Id}.${ProductOutcome}`, CodeText>;
}

/** Le message de la règle de la liste positive dit quelle édition a jugé les codes, quand une liste a été fournie. */
function withPositiveListEdition<K extends string>(texts: Record<K, CodeText>): Record<K, CodeText> {
  return Object.fromEntries(
    Object.entries<CodeText>(texts).map(([outcome, text]) => [
      outcome,
      {
        ...text,
        message: (params: Parameters<CodeText["message"]>[0]) => {
          const { positiveListEdition, positiveListSource } = params;
          const said = text.message(params);
          return positiveListEdition === undefined || positiveListEdition === "" ? said : `${said.replace(/\.$/, "")} (liste positive fournie, édition ${p(positiveListEdition)}, source : ${p(positiveListSource)}).`;
        },
      },
    ]),
  ) as Record<K, CodeText>;
}

export const eligibilityFr: Readonly<Record<EligibilityOutcome, CodeText>> = {
  "sme-size.micro": { message: (f) => `Micro-entreprise (TPE) : ${size(f)}.`, hint: () => "Rien à faire." },
  "sme-size.small": { message: (f) => `Petite entreprise : ${size(f)}.`, hint: () => "Rien à faire." },
  "sme-size.medium": { message: (f) => `Moyenne entreprise : ${size(f)}.`, hint: () => "Rien à faire." },
  "sme-size.not-sme": {
    message: (f) => `Ce n'est pas une PME au sens européen : ${size(f)}.`,
    hint: () => "E-Provence est réservé aux TPE/PME : moins de 250 salariés et un chiffre d'affaires d'au plus 50 M€ ou un bilan d'au plus 43 M€. Vérifiez les chiffres du dernier exercice clos.",
  },
  "sme-size.missing-figures": {
    message: (f) => `Taille non déterminée : ${size(f)}.`,
    hint: () => "Indiquez l'effectif et le chiffre d'affaires ou le total du bilan du dernier exercice clos.",
    action: () => "eprovence merchant update --headcount … --turnover-eur …",
  },
  "independence.independent": { message: () => "Entreprise indépendante.", hint: () => "Rien à faire." },
  "independence.owned-by-non-sme": {
    message: ({ maxNonSmeOwnershipPercent }) => `Plus de ${p(maxNonSmeOwnershipPercent)} % du capital est détenu par une entreprise qui n'est pas une PME : ce sont les chiffres du groupe qui comptent.`,
    hint: () => "Si c'est inexact, corrigez le profil de l'entreprise ; sinon, refaites le calcul avec les chiffres consolidés du groupe.",
    action: () => "eprovence merchant update --independent oui",
  },
  "independence.unknown": {
    message: ({ maxNonSmeOwnershipPercent }) => `Indépendance non renseignée (aucune grande entreprise à plus de ${p(maxNonSmeOwnershipPercent)} % ?).`,
    hint: () => "Précisez si l'entreprise est indépendante.",
    action: () => "eprovence merchant update --independent oui (ou non)",
  },
  "company-identifier.luhn": { message: ({ identifier }) => `Identifiant ${p(identifier)} valide (clé de contrôle juste).`, hint: () => "Rien à faire." },
  "company-identifier.la-poste": { message: ({ identifier }) => `SIRET de La Poste ${p(identifier)} valide (règle propre à La Poste).`, hint: () => "Rien à faire." },
  "company-identifier.format": {
    message: ({ identifier }) => `Identifiant mal formé : ${p(identifier)}.`,
    hint: () => "Un SIREN a 9 chiffres, un SIRET 14 : recopiez-le depuis un extrait Kbis ou l'avis de situation INSEE.",
  },
  "company-identifier.check-digit": {
    message: ({ identifier }) => `Clé de contrôle fausse pour ${p(identifier)} : il y a une faute de frappe.`,
    hint: () => "Recopiez le SIREN/SIRET depuis un extrait Kbis ou l'avis de situation INSEE.",
  },
  "company-identifier.missing": { message: () => "Ni SIREN ni SIRET.", hint: () => "Indiquez le SIRET du siège.", action: () => "eprovence merchant update --siret …" },
  "head-office-region.inside": { message: ({ postcode, departments }) => `Siège en région Sud (${p(postcode)}, département ${p(departments)}).`, hint: () => "Rien à faire." },
  "head-office-region.outside": {
    message: ({ postcode, departments }) => `Siège hors région Sud (${p(postcode)}, département ${p(departments)}).`,
    hint: () => "Ce n'est pas bloquant : ce qui compte est que les produits soient fabriqués en région Sud. Préparez de quoi le montrer.",
  },
  "head-office-region.straddles": {
    message: ({ postcode }) => `Le code postal du siège ${p(postcode)} couvre des communes dans et hors de la région.`,
    hint: () => "Vérifiez la commune du siège ; ce n'est pas bloquant.",
  },
  "head-office-region.unknown-postcode": {
    message: ({ postcode }) => `Le code postal du siège ${p(postcode)} n'existe dans aucune commune française.`,
    hint: () => "Corrigez le code postal du siège.",
    action: () => "eprovence merchant update --postcode …",
  },
  "head-office-region.missing": { message: () => "Code postal du siège non renseigné.", hint: () => "Indiquez le code postal du siège.", action: () => "eprovence merchant update --postcode …" },
  "trademark.registered": { message: () => "Marque déposée.", hint: () => "Rien à faire." },
  "trademark.pending": {
    message: () => "Dépôt de marque en cours.",
    hint: () => "Tmall Global attend une marque déposée hors de Chine continentale (®), ™ accepté après examen dans certaines catégories : gardez le récépissé de dépôt.",
  },
  "trademark.none": {
    message: () => "Pas de marque déposée.",
    hint: () => "Tmall Global vend des marques dont l'entreprise est propriétaire (ou autorisée) avec une marque déposée hors de Chine continentale : déposez la vôtre (INPI, EUIPO) avant de candidater.",
  },
  "trademark.missing": { message: () => "Statut de la marque non renseigné.", hint: () => "Précisez si la marque est déposée, en cours de dépôt ou non déposée.", action: () => "eprovence merchant update --trademark registered|pending|none" },
  ...productTexts("products-non-perishable"),
  ...productTexts("products-origin"),
  ...withPositiveListEdition(productTexts("products-positive-list")),
  ...productTexts("products-cbec-limit"),
};

export const productReasonsFr: Readonly<Record<ProductReason, string>> = {
  chilled: "conservé au frais",
  frozen: "surgelé",
  "missing-shelf-life": "durée de conservation non indiquée (produit alimentaire)",
  "short-shelf-life": "conservation trop courte",
  "missing-origin": "lieu de production non indiqué",
  outside: "fabriqué hors région Sud",
  unknown: "code postal d'origine inexistant",
  "gi-area": "hors région, dans l'aire d'une AOP/IGP de Provence (à justifier)",
  straddles: "code postal à cheval sur la région (commune à vérifier)",
  "not-checked": "position SH absente de nos données de la liste positive",
  "not-on-positive-list": "code SH absent de la liste positive fournie",
  "over-limit": "prix consommateur estimé au-delà de 5 000 RMB",
  "missing-price": "prix non indiqué : prix consommateur en Chine non estimé",
  "unknown-category": "catégorie absente de la liste : règle non vérifiée pour ce produit",
};
