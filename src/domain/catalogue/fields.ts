/**
 * The catalogue columns (the README's "Catalogue files") and the header names accepted for each, in
 * English and French. Headers are compared after `normaliseHeader`: no case, accents, spaces,
 * punctuation or units, so `Prix HT (€)`, `prix_ht` and `PRIX HT` are the same column.
 */

export const FIELD_NAMES = [
  "sku",
  "name_fr",
  "name_zh",
  "name_en",
  "brand",
  "category",
  "gtin",
  "hs_code",
  "origin_postcode",
  "shelf_life_months",
  "storage",
  "net_weight_g",
  "price_eur",
  "stock",
  "labels",
  "image_urls",
  "ingredients",
  "ingredients_zh",
  "manufacturer",
  "manufacturer_address",
  "net_content",
] as const;

export type FieldName = (typeof FIELD_NAMES)[number];

/** `required`: a missing column is an error; `recommended`/`export`: a warning; `optional`: nothing. */
export type Requirement = "required" | "recommended" | "export" | "optional";

export interface FieldDefinition {
  readonly name: FieldName;
  readonly requirement: Requirement;
  /** Header names as a French or English spreadsheet writes them (the first French one is shown in docs). */
  readonly frenchHeaders: readonly string[];
  readonly englishHeaders: readonly string[];
}

export const FIELDS: readonly FieldDefinition[] = [
  { name: "sku", requirement: "required", frenchHeaders: ["Référence", "Réf", "Réf. produit", "Code article", "Référence article"], englishHeaders: ["SKU", "Reference", "Item code", "Product code"] },
  { name: "name_fr", requirement: "required", frenchHeaders: ["Désignation", "Libellé", "Nom", "Nom du produit", "Nom français", "Désignation FR"], englishHeaders: ["Name", "Product name", "French name", "Name FR"] },
  { name: "name_zh", requirement: "export", frenchHeaders: ["Nom chinois", "Désignation chinoise", "Nom ZH", "Libellé chinois"], englishHeaders: ["Chinese name", "Name ZH", "中文名", "中文名称"] },
  { name: "name_en", requirement: "optional", frenchHeaders: ["Nom anglais", "Désignation anglaise", "Nom EN"], englishHeaders: ["English name", "Name EN"] },
  { name: "brand", requirement: "required", frenchHeaders: ["Marque"], englishHeaders: ["Brand"] },
  { name: "category", requirement: "required", frenchHeaders: ["Catégorie", "Famille", "Rayon"], englishHeaders: ["Category"] },
  { name: "gtin", requirement: "recommended", frenchHeaders: ["Code EAN", "EAN", "EAN13", "Code-barres", "Gencod"], englishHeaders: ["GTIN", "Barcode", "EAN code", "UPC"] },
  { name: "hs_code", requirement: "required", frenchHeaders: ["Code SH", "Nomenclature douanière", "Code douanier", "Code NC", "Code TARIC"], englishHeaders: ["HS code", "HS", "Tariff code", "Customs code"] },
  { name: "origin_postcode", requirement: "required", frenchHeaders: ["Code postal d'origine", "Code postal origine", "CP origine", "Code postal", "CP"], englishHeaders: ["Origin postcode", "Postcode", "Zip code", "Origin zip"] },
  { name: "shelf_life_months", requirement: "optional", frenchHeaders: ["DDM (mois)", "DLUO (mois)", "Durée de conservation (mois)", "Durée de vie (mois)"], englishHeaders: ["Shelf life (months)", "Best before (months)"] },
  { name: "storage", requirement: "optional", frenchHeaders: ["Conservation", "Mode de conservation", "Stockage"], englishHeaders: ["Storage"] },
  { name: "net_weight_g", requirement: "required", frenchHeaders: ["Poids net (g)", "Poids (g)", "Poids net"], englishHeaders: ["Net weight (g)", "Net weight", "Weight (g)"] },
  { name: "price_eur", requirement: "required", frenchHeaders: ["Prix HT (€)", "Prix (€)", "Prix unitaire HT", "Prix de vente HT"], englishHeaders: ["Price (EUR)", "Price", "Unit price"] },
  { name: "stock", requirement: "optional", frenchHeaders: ["Stock", "Quantité", "Qté", "Quantité en stock"], englishHeaders: ["Stock", "Quantity", "Inventory"] },
  { name: "labels", requirement: "optional", frenchHeaders: ["Labels", "Label", "Signes de qualité", "Certifications"], englishHeaders: ["Labels", "Certifications", "Quality labels"] },
  { name: "image_urls", requirement: "export", frenchHeaders: ["Images", "URL images", "Photos", "Liens images"], englishHeaders: ["Image URLs", "Images", "Image URL", "Pictures"] },
  // Food information (a Tmall food listing shows it; the channel readiness asks it of food only).
  { name: "ingredients", requirement: "optional", frenchHeaders: ["Ingrédients", "Liste des ingrédients", "Liste d'ingrédients"], englishHeaders: ["Ingredients", "Ingredient list", "List of ingredients"] },
  { name: "ingredients_zh", requirement: "optional", frenchHeaders: ["Ingrédients (chinois)", "Ingrédients en chinois", "Ingrédients ZH"], englishHeaders: ["Chinese ingredients", "Ingredients (Chinese)", "Ingredients ZH", "配料", "配料表"] },
  { name: "manufacturer", requirement: "optional", frenchHeaders: ["Fabricant", "Producteur", "Nom du fabricant"], englishHeaders: ["Manufacturer", "Maker", "Producer"] },
  { name: "manufacturer_address", requirement: "optional", frenchHeaders: ["Adresse du fabricant", "Adresse fabricant", "Adresse du producteur"], englishHeaders: ["Manufacturer address", "Manufacturer's address", "Maker address"] },
  { name: "net_content", requirement: "optional", frenchHeaders: ["Contenance", "Contenu net", "Volume"], englishHeaders: ["Net content", "Net contents", "Volume"] },
];

/** The fields a product cannot do without: no column for one is an error, and so is a blank cell. */
export const REQUIRED_FIELDS: readonly FieldName[] = FIELDS.filter((field) => field.requirement === "required").map((field) => field.name);

// Not "TTC": price_eur is before VAT, so a "Prix TTC" column is another quantity, not a unit; read as
// price_eur it would silently overstate every price by the VAT. It stays unknown (a warning, --map).
/** Columns eprovence itself adds (the reason of a rejects file): ignored without a warning on re-import. */
export const REJECT_REASON_HEADERS: readonly string[] = ["Motif du rejet", "Rejection reason"];

const UNIT_WORDS = /\b(?:eur|euros?|ht|g|grammes?|grams?|mois|months?)\b/g;

/**
 * Brackets usually hold a unit (« Poids net (g) »), left out; a bracket naming Chinese names another
 * column (« Ingrédients (chinois) » is not « Ingrédients »), so its words are kept.
 */
const BRACKETS = /\(([^)]*)\)|\[([^\]]*)\]/g;
const CHINESE_WORDS = /\b(?:chinois|chinese|zh|cn)\b|中文/;

/**
 * `Prix HT (€)` → `prix`; `Code postal d'origine` → `codepostaldorigine`: no case, accents, units in
 * brackets or as words, spaces or punctuation. CJK headers keep their characters.
 */
export function normaliseHeader(header: string): string {
  const simple = header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(BRACKETS, (_bracket, round: string | undefined, square: string | undefined) => {
      const inside = round ?? square ?? "";
      return CHINESE_WORDS.test(inside) ? ` ${inside} ` : " ";
    })
    .replace(/€/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ");
  const withoutUnits = simple.replace(UNIT_WORDS, " ").replace(/\s+/g, "");
  // A header made only of unit words ("HT") keeps them rather than vanishing.
  return withoutUnits || simple.replace(/\s+/g, "");
}

const fieldByHeader: ReadonlyMap<string, FieldName> = new Map(
  FIELDS.flatMap((field) =>
    [field.name, ...field.frenchHeaders, ...field.englishHeaders].map(
      (header) => [normaliseHeader(header), field.name] as const,
    ),
  ),
);

const definitionByName: ReadonlyMap<FieldName, FieldDefinition> = new Map(FIELDS.map((field) => [field.name, field]));

export function fieldDefinition(name: FieldName): FieldDefinition {
  return definitionByName.get(name) as FieldDefinition;
}

export function isFieldName(name: string): name is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(name);
}

/** The canonical field a header names, or `undefined` for a column we do not know. */
export function matchHeader(header: string): FieldName | undefined {
  return fieldByHeader.get(normaliseHeader(header));
}

