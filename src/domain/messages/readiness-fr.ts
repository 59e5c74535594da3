import type { LabelField } from "../catalogue/e-label.js";
import type { ChannelRequirement, ReadinessCaution } from "../catalogue/readiness.js";

/** Channel requirements as a checklist item: what the channel asks for (a gap lists the ones not met). */
export const requirementsFr: Readonly<Record<ChannelRequirement, string>> = {
  "name-zh": "nom en chinois",
  image: "au moins une image (URL https)",
  gtin: "GTIN (EAN) valide",
  "hs-code": "code SH",
  weight: "poids net",
  price: "prix",
  "title-width": "titre chinois dans la largeur permise par Tmall",
  "non-perishable": "produit non périssable (stockage ambiant, durée de conservation suffisante)",
  origin: "fabriqué en région Sud (code postal d'origine)",
  ingredients: "liste des ingrédients (produit alimentaire)",
  maker: "nom et adresse du fabricant (produit alimentaire)",
  "ingredients-zh": "liste des ingrédients en chinois (produit alimentaire)",
};

export const readinessCautionsFr: Readonly<Record<ReadinessCaution["reason"], string>> = {
  "name-draft": "nom chinois en brouillon, à faire relire par une personne qui lit le chinois",
  "ingredients-draft": "ingrédients en chinois en brouillon, à faire valider par une personne qui lit le chinois",
  "gi-area": "origine dans une zone AOP/IGP hors région : joindre la preuve du label",
  straddles: "code postal à cheval sur la limite de la région : confirmer la commune de production",
};

/** The fields of the Chinese e-label, as the owner reads them (the label itself is in Chinese). */
export const labelFieldsFr: Readonly<Record<LabelField, string>> = {
  name: "nom du produit",
  brand: "marque",
  country: "pays d'origine",
  origin: "lieu d'origine",
  netContent: "contenu net",
  shelfLife: "durée de conservation",
  storage: "conditions de conservation",
  ingredients: "ingrédients en chinois",
  manufacturer: "fabricant",
  manufacturerAddress: "adresse du fabricant",
};
