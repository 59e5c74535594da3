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
};

export const readinessCautionsEn: Readonly<Record<ReadinessCaution["reason"], string>> = {
  "name-draft": "Chinese name drafted, to be reviewed by someone who reads Chinese",
  "gi-area": "origin in a PDO/PGI area outside the region: attach proof of the label",
  straddles: "postcode straddles the region border: confirm the commune of production",
};
