import type { Category } from "./categories.js";

export type Storage = "ambient" | "chilled" | "frozen";

/**
 * A product's typed values, as the product rules read them: a catalogue row once each cell is read
 * (the row validator reuses one object from row to row), or a stored product. An empty or unreadable
 * value is "" for texts and codes, `undefined` for the others, [] for lists.
 */
export interface ProductValues {
  sku: string;
  nameFr: string;
  nameZh: string;
  nameEn: string;
  brand: string;
  category: Category | undefined;
  gtin: string;
  hsCode: string;
  originPostcode: string;
  shelfLifeMonths: number | undefined;
  storage: Storage | undefined;
  netWeightMg: number | undefined;
  priceCents: number | undefined;
  stock: number | undefined;
  labels: string[];
  /** https URLs, as written. */
  imageUrls: string[];
  /** Food information, as written (`ingredients_zh` is Chinese, the others French or as printed). */
  ingredients: string;
  ingredientsZh: string;
  manufacturer: string;
  manufacturerAddress: string;
  /** The net content as printed (« 75 cl »), and in millilitres when it reads as a volume (`net-content.ts`). */
  netContent: string;
  netContentMl: number | undefined;
  /**
   * Picture files: in a row, the paths its image cell names, as written (not checked yet: the picture
   * check reads them); in a stored product, the sources of its stored pictures.
   */
  imageFiles: string[];
}

export function emptyProductValues(): ProductValues {
  return {
    sku: "",
    nameFr: "",
    nameZh: "",
    nameEn: "",
    brand: "",
    category: undefined,
    gtin: "",
    hsCode: "",
    originPostcode: "",
    shelfLifeMonths: undefined,
    storage: undefined,
    netWeightMg: undefined,
    priceCents: undefined,
    stock: undefined,
    labels: [],
    imageUrls: [],
    ingredients: "",
    ingredientsZh: "",
    manufacturer: "",
    manufacturerAddress: "",
    netContent: "",
    netContentMl: undefined,
    imageFiles: [],
  };
}
