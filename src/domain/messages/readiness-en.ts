import type { LabelField } from "../catalogue/e-label.js";
import type { ChannelRequirement, ReadinessCaution } from "../catalogue/readiness.js";

/** Channel requirements as a checklist item: what the channel asks for (a gap lists the ones not met). */
export const requirementsEn: Readonly<Record<ChannelRequirement, string>> = {
  "name-zh": "Chinese name",
  image: "at least one image (https URL)",
  gtin: "valid GTIN (EAN)",
  "hs-code": "HS code",
  weight: "net weight",
  price: "price",
  "title-width": "Chinese title within the width Tmall allows",
  "non-perishable": "non-perishable product (ambient storage, long enough shelf life)",
  origin: "made in the Sud region (origin postcode)",
  ingredients: "ingredient list (food product)",
  maker: "manufacturer's name and address (food product)",
  "ingredients-zh": "ingredient list in Chinese (food product)",
};

export const readinessCautionsEn: Readonly<Record<ReadinessCaution["reason"], string>> = {
  "ingredients-draft": "Chinese ingredients drafted, to be checked by someone who reads Chinese",
  "name-draft": "Chinese name drafted, to be reviewed by someone who reads Chinese",
  "gi-area": "origin in a PDO/PGI area outside the region: attach proof of the label",
  straddles: "postcode straddles the region border: confirm the commune of production",
};

/** The fields of the Chinese e-label, as the owner reads them (the label itself is in Chinese). */
export const labelFieldsEn: Readonly<Record<LabelField, string>> = {
  name: "product name",
  brand: "brand",
  country: "country of origin",
  origin: "place of origin",
  netContent: "net content",
  shelfLife: "shelf life",
  storage: "storage conditions",
  ingredients: "Chinese ingredients",
  manufacturer: "manufacturer",
  manufacturerAddress: "manufacturer's address",
};
