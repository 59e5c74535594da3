import { GLOSSARY_DATE, type SourceId } from "../sources.js";
import { termKeys } from "./french-words.js";

/**
 * The ingredients of Provençal food and the Chinese an ingredient list (配料表) uses for them, each with
 * where its Chinese comes from, as the names' glossary (`glossary.ts`) has it: a Chinese national
 * standard that names the product (GB/T 23347 for olive oil, GB 14963 for honey, GB 1886.38 for
 * lavender), otherwise `glossary-common-usage` — the Chinese in common use, a design choice to be
 * validated by a translator, never presented as official. Dated: compiled on GLOSSARY_DATE.
 *
 * A list is drafted only when every ingredient in it is known (design choice): half a list translated
 * would be a label that silently leaves ingredients out.
 */
export const INGREDIENTS_VERSION_DATE = GLOSSARY_DATE;

export interface IngredientEntry {
  /** The French ingredient, as a pack lists it (singular or plural: both are matched). */
  readonly fr: string;
  readonly zh: string;
  readonly source: SourceId;
  /** Other spellings of the same ingredient. */
  readonly forms?: readonly string[];
}

const COMMON: SourceId = "glossary-common-usage";
const OLIVE_OIL_STANDARD: SourceId = "gb-t-23347-2021-olive-oil";
const HONEY_STANDARD: SourceId = "gb-14963-2011-honey";
const LAVENDER_STANDARD: SourceId = "gb-1886-38-2015-lavender-oil";

const common = (fr: string, zh: string, forms?: readonly string[]): IngredientEntry => ({ fr, zh, source: COMMON, ...(forms === undefined ? {} : { forms }) });

export const INGREDIENT_GLOSSARY: readonly IngredientEntry[] = [
  // Sugars.
  common("sucre", "白砂糖", ["sucre blanc", "sucre cristal"]),
  common("sucre de canne", "蔗糖", ["sucre roux"]),
  common("sucre glace", "糖粉"),
  common("sirop de glucose", "葡萄糖浆", ["sirop de glucose-fructose"]),
  common("glucose", "葡萄糖"),
  common("sirop de sucre inverti", "转化糖浆", ["sucre inverti"]),
  { fr: "miel", zh: "蜂蜜", source: HONEY_STANDARD },
  // Nuts, fruit and the calisson's parts.
  common("amande", "杏仁", ["amande douce", "poudre d'amande", "amandes émondées"]),
  common("noisette", "榛子"),
  common("pistache", "开心果"),
  common("noix", "核桃"),
  common("melon", "甜瓜"),
  common("melon confit", "糖渍甜瓜"),
  common("écorce d'orange confite", "糖渍橙皮", ["écorces d'oranges confites", "orange confite"]),
  common("fruits confits", "蜜饯"),
  common("pain azyme", "无酵薄饼", ["feuille de pain azyme"]),
  common("abricot", "杏"),
  common("figue", "无花果"),
  common("fraise", "草莓"),
  common("framboise", "覆盆子"),
  common("cerise", "樱桃"),
  common("orange", "橙"),
  common("citron", "柠檬"),
  common("jus de citron", "柠檬汁", ["jus de citron concentré"]),
  common("pêche", "桃"),
  common("poire", "梨"),
  common("raisin", "葡萄"),
  common("châtaigne", "栗子", ["marron"]),
  // Olive oil (GB/T 23347-2021 names its grades) and the olive.
  { fr: "huile d'olive vierge extra", zh: "特级初榨橄榄油", source: OLIVE_OIL_STANDARD, forms: ["huile d'olive extra vierge"] },
  { fr: "huile d'olive vierge", zh: "初榨橄榄油", source: OLIVE_OIL_STANDARD },
  { fr: "huile d'olive", zh: "橄榄油", source: OLIVE_OIL_STANDARD },
  common("huile de tournesol", "葵花籽油"),
  common("olive", "橄榄"),
  common("olive noire", "黑橄榄"),
  common("olive verte", "青橄榄"),
  // Grocery.
  common("câpre", "刺山柑"),
  common("anchois", "凤尾鱼"),
  common("ail", "大蒜"),
  common("oignon", "洋葱"),
  common("tomate", "番茄"),
  common("tomates séchées", "番茄干"),
  common("aubergine", "茄子"),
  common("pois chiche", "鹰嘴豆"),
  common("vinaigre", "醋"),
  common("vinaigre de vin", "葡萄酒醋"),
  common("moutarde", "芥末"),
  common("sel", "食用盐", ["sel marin", "sel de mer"]),
  common("fleur de sel", "盐之花"),
  common("poivre", "胡椒"),
  common("eau", "水"),
  // Herbs.
  { fr: "lavande", zh: "薰衣草", source: LAVENDER_STANDARD, forms: ["fleur de lavande", "fleurs de lavande"] },
  common("thym", "百里香"),
  common("romarin", "迷迭香"),
  common("sarriette", "香薄荷"),
  common("origan", "牛至"),
  common("basilic", "罗勒"),
  common("laurier", "月桂叶"),
  common("herbes de Provence", "普罗旺斯香草"),
  common("fenouil", "茴香"),
  common("safran", "藏红花"),
  // Dairy, eggs, flour, chocolate.
  common("farine de blé", "小麦粉", ["farine", "farine de froment"]),
  common("amidon", "淀粉", ["amidon de maïs"]),
  common("beurre", "黄油", ["beurre pâtissier"]),
  common("lait", "牛奶", ["lait entier"]),
  common("lait en poudre", "奶粉", ["poudre de lait"]),
  common("crème", "稀奶油", ["crème fraîche"]),
  common("œuf", "鸡蛋", ["œufs entiers"]),
  common("blanc d'œuf", "蛋清", ["blanc d'œuf en poudre"]),
  common("jaune d'œuf", "蛋黄"),
  common("chocolat", "巧克力"),
  common("cacao", "可可", ["cacao en poudre"]),
  common("beurre de cacao", "可可脂"),
  common("pâte de cacao", "可可液块"),
  common("vanille", "香草", ["gousse de vanille"]),
  common("arôme naturel", "天然香料", ["arômes naturels"]),
  common("eau de fleur d'oranger", "橙花水", ["fleur d'oranger"]),
  common("levure", "酵母"),
  // Additives by their function names in common use.
  common("pectine", "果胶"),
  common("acide citrique", "柠檬酸"),
  common("lécithine de soja", "大豆卵磷脂", ["lécithine de tournesol"]),
];

/** Each ingredient by its keys (termKeys: no case, accents, plural or stop words), so « Amandes » is « amande ». */
const INGREDIENT_BY_KEY: ReadonlyMap<string, IngredientEntry> = new Map(
  INGREDIENT_GLOSSARY.flatMap((entry) => [entry.fr, ...(entry.forms ?? [])].map((written) => [termKeys(written).join(" "), entry] as const)),
);

/** The glossary's entry for one ingredient as written, if it knows it. */
export function findIngredient(written: string): IngredientEntry | undefined {
  const key = termKeys(written).join(" ");
  return key === "" ? undefined : INGREDIENT_BY_KEY.get(key);
}

/** What drafting a list gives: the Chinese list when every ingredient is known, else the ingredients it does not know. */
export interface DraftIngredients {
  /** 配料 as a Chinese label writes it: 、 between ingredients, （） around their own, « 30% » kept. Undefined when an ingredient is unknown. */
  readonly ingredientsZh: string | undefined;
  /** The ingredients the glossary does not know, as written (trimmed), in order, once each. */
  readonly unknown: readonly string[];
}

/** « amandes 30 % », « amandes (30 %) »: the share an ingredient states, kept as a figure. */
const SHARE = /\(?\s*(\d+(?:[.,]\d+)?)\s*%\s*\)?\s*$/u;

/**
 * The Chinese of an ingredient list (« sucre, amandes (30 %), melon confit (melon, sucre) ») when the
 * glossary knows every ingredient: split on commas and semicolons outside brackets, an ingredient's
 * own ingredients in brackets drafted the same way, a final full stop and an « Ingrédients : » heading
 * ignored. One unknown ingredient and there is no draft: `unknown` says which.
 */
export function draftIngredients(ingredients: string): DraftIngredients {
  const unknown: string[] = [];
  const text = ingredients.trim().replace(/^ingr[ée]dients?\s*:\s*/iu, "").replace(/[.\s]+$/u, "");
  const zh = draftList(text, unknown);
  return { ingredientsZh: unknown.length === 0 && zh !== "" ? zh : undefined, unknown: [...new Set(unknown)] };
}

function draftList(text: string, unknown: string[]): string {
  return splitTopLevel(text)
    .map((item) => draftItem(item, unknown))
    .filter((zh) => zh !== "")
    .join("、");
}

function draftItem(item: string, unknown: string[]): string {
  let rest = item.trim();
  if (rest === "") return "";
  let share = "";
  const shareMatch = SHARE.exec(rest);
  if (shareMatch !== null && shareMatch.index > 0) {
    share = `${(shareMatch[1] ?? "").replace(",", ".")}%`;
    rest = rest.slice(0, shareMatch.index).trim();
  }
  let inner = "";
  const open = rest.indexOf("(");
  if (open > 0 && rest.endsWith(")")) {
    inner = `（${draftList(rest.slice(open + 1, -1), unknown)}）`;
    rest = rest.slice(0, open).trim();
  }
  const entry = findIngredient(rest);
  if (entry === undefined) {
    unknown.push(rest);
    return "";
  }
  return `${entry.zh}${inner}${share}`;
}

/** Splits on « , » and « ; » that are not inside brackets. */
function splitTopLevel(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if ((c === "," || c === ";") && depth === 0) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items;
}
