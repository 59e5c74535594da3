import { PROFILE_KEYS, type ProfileKey } from "./profile-problems.js";

/**
 * The columns of a file of companies (`merchant import`): each profile key under its camelCase name
 * (the keys of `merchant add --from`), its English snake_case name and its French names, matched
 * without regard to case, accents, spaces, punctuation or a unit in brackets ("Chiffre d'affaires (€)").
 */
const ALIASES: Readonly<Record<ProfileKey, readonly string[]>> = {
  legalName: ["legal_name", "raison_sociale", "denomination", "nom_entreprise"],
  siret: ["siret"],
  siren: ["siren"],
  postcode: ["postcode", "code_postal", "cp"],
  headcount: ["headcount", "effectif", "etp"],
  turnoverEur: ["turnover_eur", "turnover", "chiffre_affaires", "chiffre_d_affaires", "ca"],
  balanceSheetEur: ["balance_sheet_eur", "balance_sheet", "total_bilan", "total_du_bilan", "bilan"],
  independent: ["independent", "independante", "independance"],
  brands: ["brands", "marques"],
  trademark: ["trademark", "marque_deposee", "depot_marque"],
  contactName: ["contact_name", "contact", "nom_contact", "contact_nom"],
  contactEmail: ["contact_email", "email", "courriel", "contact_courriel"],
  contactPhone: ["contact_phone", "telephone", "tel", "contact_telephone"],
};

/** "Raison sociale", "raison_sociale", "RAISON-SOCIALE" → "raisonsociale". */
export function normaliseColumnName(name: string): string {
  return name
    .replace(/\([^)]*\)/g, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const KEY_OF_COLUMN: ReadonlyMap<string, ProfileKey> = new Map(
  PROFILE_KEYS.flatMap((key) => [key, ...ALIASES[key]].map((name) => [normaliseColumnName(name), key] as const)),
);

/** The profile key a column (or a JSON key) holds, or undefined for a column the import ignores. */
export function profileKeyOfColumn(name: string): ProfileKey | undefined {
  return KEY_OF_COLUMN.get(normaliseColumnName(name));
}

/** The names a file may give a key's column, the English then the French (for "column missing"). */
export function columnNamesOf(key: ProfileKey): readonly string[] {
  return ALIASES[key].slice(0, key === "siret" || key === "siren" ? 1 : 2);
}
