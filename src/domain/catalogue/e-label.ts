import { DEPARTMENT_NAMES } from "../geo/departments.js";
import { PROVENCE_REGION_CODE, type PostcodeDirectory } from "../geo/postcodes.js";
import { GLOSSARY, type GlossaryEntry } from "../names/glossary.js";
import type { SourceId } from "../sources.js";
import { findCategory, isFood } from "./categories.js";
import { formatMilligramsAsGrams } from "./net-content.js";
import type { Storage } from "./product-values.js";
import type { StoredProduct } from "./readiness.js";

/**
 * The Chinese electronic label (中文电子标签) of a product sold by cross-border retail import: no
 * physical Chinese label is required, but the platform shows one online, with a risk notice
 * (商财发〔2018〕486号, source `shangcaifa-2018-486`). Its fields are a design choice
 * (`e-label-fields-choice`): what a Chinese food listing shows (ingredients, shelf life, storage, the
 * factory's name and address: taobao.item.add) with the name, brand, country and place of origin and
 * the net content. A field we cannot write in Chinese is « 待补充 » (to be completed) and is listed in
 * `missing`, so that no label pretends to be complete. Pure: the caller passes the postcode directory.
 */

/** « To be completed »: what a field we cannot fill says on the label. */
export const LABEL_TO_COMPLETE = "待补充";

export const LABEL_FIELDS = [
  "name",
  "brand",
  "country",
  "origin",
  "netContent",
  "shelfLife",
  "storage",
  "ingredients",
  "manufacturer",
  "manufacturerAddress",
] as const;

export type LabelField = (typeof LABEL_FIELDS)[number];

/** Each field's heading, as Chinese labels write them. */
export const LABEL_HEADINGS: Readonly<Record<LabelField, string>> = {
  name: "商品名称",
  brand: "品牌",
  country: "原产国",
  origin: "原产地",
  netContent: "净含量",
  shelfLife: "保质期",
  storage: "贮存条件",
  ingredients: "配料",
  manufacturer: "生产商",
  manufacturerAddress: "生产商地址",
};

export interface LabelLine {
  readonly field: LabelField;
  readonly heading: string;
  /** The text, or LABEL_TO_COMPLETE. */
  readonly text: string;
  /** Where the Chinese of the text comes from, when it is ours (a unit, a term); undefined for what the owner wrote. */
  readonly source: SourceId | undefined;
}

export interface ChineseLabel {
  readonly sku: string;
  readonly lines: readonly LabelLine[];
  /** The fields written LABEL_TO_COMPLETE, in label order. */
  readonly missing: readonly LabelField[];
}

const COMMON: SourceId = "glossary-common-usage";
const LEGAL_UNITS: SourceId = "china-legal-units-1984";

/** Storage as Chinese labels word it (common usage; no storage given is ambient, the catalogue's default). */
export const STORAGE_ZH: Readonly<Record<Storage, string>> = {
  ambient: "常温保存",
  chilled: "冷藏保存",
  frozen: "冷冻保存",
};

const PLACES: ReadonlyMap<string, GlossaryEntry> = new Map(GLOSSARY.filter((entry) => entry.group === "place").map((entry) => [entry.fr, entry]));
const FRANCE = PLACES.get("France");
const PROVENCE = PLACES.get("Provence");

/** The label of one product, field by field. */
export function composeChineseLabel(product: StoredProduct, postcodes: PostcodeDirectory): ChineseLabel {
  const lines: LabelLine[] = [];
  const add = (field: LabelField, text: string | undefined, source?: SourceId): void => {
    const written = text?.trim() ?? "";
    lines.push({ field, heading: LABEL_HEADINGS[field], text: written === "" ? LABEL_TO_COMPLETE : written, source: written === "" ? undefined : source });
  };
  add("name", product.nameZh);
  // A brand is a proper name: written as the owner writes it.
  add("brand", product.brand);
  add("country", FRANCE?.zh, FRANCE?.source);
  const origin = originOf(product.originPostcode, postcodes);
  add("origin", origin?.text, origin?.source);
  const content = netContentOf(product);
  add("netContent", content, LEGAL_UNITS);
  add("shelfLife", product.shelfLifeMonths === undefined ? undefined : `${product.shelfLifeMonths}个月`, LEGAL_UNITS);
  add("storage", STORAGE_ZH[product.storage ?? "ambient"], COMMON);
  // Ingredients are said of food only (`isFood`): a soap's label has no 配料 line.
  if (isFood(findCategory(product.category))) add("ingredients", product.ingredientsZh);
  add("manufacturer", product.manufacturer);
  add("manufacturerAddress", product.manufacturerAddress);
  return { sku: product.sku, lines, missing: lines.filter((line) => line.text === LABEL_TO_COMPLETE).map((line) => line.field) };
}

/** 净含量: a volume in 毫升 (升 from one litre), else the net weight in 克. */
function netContentOf(product: StoredProduct): string | undefined {
  const millilitres = product.netContentMl;
  // Litres are thousandths of millilitres as grams are of milligrams: the same exact formatting.
  if (millilitres !== undefined) return millilitres >= 1000 ? `${formatMilligramsAsGrams(millilitres)}升` : `${millilitres}毫升`;
  return product.netWeightMg > 0 ? `${formatMilligramsAsGrams(product.netWeightMg)}克` : undefined;
}

/**
 * 原产地: Provence and the department, in the glossary's Chinese (« 普罗旺斯 罗讷河口 »), when every
 * commune of the postcode is in one department the glossary names; a department outside the region
 * (a GI-area exception) without « Provence »; undefined — « 待补充 » — otherwise.
 */
function originOf(postcode: string, postcodes: PostcodeDirectory): { readonly text: string; readonly source: SourceId } | undefined {
  const place = postcodes.locate(postcode);
  if (place.kind === "unknown") return undefined;
  const departments = new Set(place.communes.map((commune) => commune.department));
  const [code] = [...departments];
  if (departments.size !== 1 || code === undefined) return undefined;
  const name = DEPARTMENT_NAMES[code];
  const entry = name === undefined ? undefined : PLACES.get(name);
  if (entry === undefined) return undefined;
  const isInRegion = place.communes.every((commune) => commune.region === PROVENCE_REGION_CODE);
  return { text: isInRegion && PROVENCE !== undefined ? `${PROVENCE.zh} ${entry.zh}` : entry.zh, source: entry.source };
}

/**
 * The risk notice the platform shows beside the e-label. Our wording in Chinese, after what the notice
 * (商财发〔2018〕486号) asks it to say — bought directly abroad, the standards of the country of origin,
 * which may differ from China's, possibly no Chinese label, the buyer bearing the risks — not a
 * quotation of an official text.
 */
export const RISK_NOTICE_ZH =
  "本商品为跨境电商零售进口商品，直接购自境外，符合原产地有关质量、安全、卫生、环保、标识等标准或技术规范要求，但可能与我国标准存在差异，可能无中文标签，消费者可在本页面查看商品的中文电子标签。消费者自行承担相关风险。";
