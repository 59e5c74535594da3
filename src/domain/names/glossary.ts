import { GLOSSARY_DATE, type SourceId } from "../sources.js";

/**
 * French terms of Provençal products and the Chinese a draft title uses for them, each with where its
 * Chinese comes from (a source of `sources.ts`, mirrored in SOURCES.md):
 *
 * - a Chinese national standard that names the product (GB/T 23347 for olive oil, GB 15037 for wine,
 *   GB 14963 for honey, GB 1886.38 for lavender oil, GB/T 19630 for organic products), the tariff's
 *   heading wordings (精油, 香水, 化妆品…), China's legal units of measurement, Taobao's country field;
 * - otherwise `glossary-common-usage`: the Chinese in common use, a design choice to be validated by a
 *   translator before a title is published. Common-usage Chinese is never presented as official.
 *
 * A name protected in China by the EU–China agreement on geographical indications says so
 * (`protectedBy`); the Chinese form its annexes give was not read, so its Chinese stays common usage
 * until it is checked against the annex. Savon de Marseille and Herbes de Provence are not protected
 * origins: their entries are plain terms.
 *
 * Dated: the glossary as compiled on GLOSSARY_DATE.
 */
export const GLOSSARY_VERSION_DATE = GLOSSARY_DATE;

/** The categories of the catalogue (`catalogue/categories.ts`), by id: a test holds the two lists together. */
export const PRODUCT_CATEGORY_IDS = [
  "soap-cosmetics",
  "perfume",
  "essential-oils",
  "olive-oil",
  "herbs-spices",
  "honey-jams",
  "confectionery",
  "grocery",
  "wine",
  "spirits",
  "textiles-fashion",
  "home-ceramics",
  "santons-crafts",
] as const;

export type ProductCategoryId = (typeof PRODUCT_CATEGORY_IDS)[number];

/** Each entry belongs to one group: a category of the catalogue, or the words every category shares. */
export const GLOSSARY_GROUPS = [...PRODUCT_CATEGORY_IDS, "packaging", "quality-label", "place", "unit", "qualifier"] as const;

export type GlossaryGroup = (typeof GLOSSARY_GROUPS)[number];

/**
 * What a term is in a title, which decides where it goes and how soon it is dropped when the title is
 * too wide: the product (« savon »), what qualifies it (« lavande », « vierge extra »), where it comes
 * from (« Marseille », « Côtes de Provence »), a quality sign (« AOP »), its packaging (« coffret »), a
 * counted piece (« pièces ») or a unit of a size (« ml »).
 */
export type TermRole = "product" | "attribute" | "origin" | "label" | "packaging" | "count" | "unit";

/** How a unit of a size is written in Chinese: `zh` after multiplying by 10^`scale` (cl → 毫升 × 10). */
export interface UnitConversion {
  readonly scale: number;
  /** A length: « 150 x 250 cm » is a size of 150×250厘米, not 250 cm three times over. */
  readonly isLength?: boolean;
  /** Below one of the unit, the smaller Chinese unit (0,5 L → 500 毫升). */
  readonly belowOne?: { readonly zh: string; readonly scale: number };
}

/** What a term means in one category instead (« rouge » of a wine is 红葡萄酒, not the colour). */
export interface CategorySense {
  readonly category: ProductCategoryId;
  readonly zh: string;
  readonly role: TermRole;
  readonly source: SourceId;
}

export interface GlossaryEntry {
  /** The French term, as a label or a catalogue writes it. */
  readonly fr: string;
  readonly zh: string;
  readonly group: GlossaryGroup;
  readonly role: TermRole;
  /** Where the Chinese comes from. */
  readonly source: SourceId;
  /**
   * Other spellings: feminine forms, abbreviations, another phrase that means the same. Case, accents,
   * plurals, elisions and stop words need none (« crème pour les mains » is « crème mains »).
   */
  readonly forms?: readonly string[];
  /** The measure word of a count of it (« 4 savons » → 4块); 件 when it has none. */
  readonly classifier?: string;
  /** « lot de 3 » → 3件装: the term takes the count that follows it. */
  readonly countSuffix?: string;
  /** A name protected in China by this source, whose own Chinese form is still to check. */
  readonly protectedBy?: SourceId;
  readonly senses?: readonly CategorySense[];
  readonly unit?: UnitConversion;
}

type Extra = Partial<Omit<GlossaryEntry, "fr" | "zh" | "group" | "role">>;
type Maker = (fr: string, zh: string, extra?: Extra) => GlossaryEntry;

const COMMON: SourceId = "glossary-common-usage";
const GI_AGREEMENT: SourceId = "eu-china-gi-agreement-2020";
const OLIVE_OIL_STANDARD: SourceId = "gb-t-23347-2021-olive-oil";
const WINE_STANDARD: SourceId = "gb-15037-2006-wine";
const HONEY_STANDARD: SourceId = "gb-14963-2011-honey";
const LAVENDER_STANDARD: SourceId = "gb-1886-38-2015-lavender-oil";
const ORGANIC_STANDARD: SourceId = "gb-t-19630-2019-organic";
const TARIFF: SourceId = "china-customs-tariff";
const LEGAL_UNITS: SourceId = "china-legal-units-1984";

/** One maker per role of a group, so that each table below reads as French, Chinese, and what differs. */
function makers(group: GlossaryGroup): Record<TermRole, Maker> {
  const make =
    (role: TermRole): Maker =>
    (fr, zh, extra = {}) => ({ fr, zh, group, role, source: COMMON, ...extra });
  return {
    product: make("product"),
    attribute: make("attribute"),
    origin: make("origin"),
    label: make("label"),
    packaging: make("packaging"),
    count: make("count"),
    unit: make("unit"),
  };
}

const soap = makers("soap-cosmetics");
const perfume = makers("perfume");
const oils = makers("essential-oils");
const olive = makers("olive-oil");
const herbs = makers("herbs-spices");
const honey = makers("honey-jams");
const sweets = makers("confectionery");
const grocery = makers("grocery");
const wine = makers("wine");
const spirits = makers("spirits");
const textile = makers("textiles-fashion");
const home = makers("home-ceramics");
const crafts = makers("santons-crafts");
const packaging = makers("packaging");
const labels = makers("quality-label");
const places = makers("place");
const units = makers("unit");
const qualifiers = makers("qualifier");

export const GLOSSARY: readonly GlossaryEntry[] = [
  // Soaps and cosmetics. The tariff's heading 3401 says 肥皂; a toilet soap is sold as 皂 (common usage).
  soap.product("savon", "皂", { classifier: "块" }),
  soap.product("savon de Marseille", "马赛皂", { classifier: "块" }),
  soap.product("savon liquide", "液体皂", { classifier: "瓶" }),
  soap.product("savon noir", "黑皂"),
  soap.product("savon d'Alep", "阿勒颇皂", { classifier: "块" }),
  soap.product("savonnette", "香皂", { classifier: "块" }),
  soap.product("cosmétique", "化妆品", { source: TARIFF }),
  soap.product("soin", "护肤品", { source: TARIFF }),
  soap.product("crème", "乳霜", { classifier: "支" }),
  soap.product("crème mains", "护手霜", { classifier: "支" }),
  soap.product("crème visage", "面霜"),
  soap.product("lait corps", "身体乳", { forms: ["lait corporel"] }),
  soap.product("baume", "香膏"),
  soap.product("baume à lèvres", "润唇膏", { classifier: "支" }),
  soap.product("gel douche", "沐浴露", { classifier: "瓶" }),
  soap.product("shampooing", "洗发水", { classifier: "瓶", forms: ["shampoing"] }),
  soap.product("déodorant", "香体露"),
  soap.product("gommage", "磨砂膏"),
  soap.product("masque", "面膜"),
  soap.product("sels de bain", "浴盐"),
  soap.product("huile de massage", "按摩油", { classifier: "瓶" }),
  soap.attribute("cube", "方块"),
  soap.attribute("karité", "乳木果"),
  soap.attribute("beurre de karité", "乳木果油"),
  soap.attribute("lait d'ânesse", "驴奶"),
  soap.attribute("glycérine", "甘油"),
  soap.attribute("aloe vera", "芦荟"),
  soap.attribute("amande douce", "甜杏仁"),
  soap.attribute("nourrissant", "滋养", { forms: ["nourrissante"] }),
  soap.attribute("hydratant", "保湿", { forms: ["hydratante"] }),
  soap.attribute("surgras", "超脂"),
  soap.attribute("sans parfum", "无香"),
  soap.attribute("peau sensible", "敏感肌"),
  soap.attribute("visage", "面部"),
  soap.attribute("corps", "身体"),

  // Perfume. The tariff's heading 3303 is 香水及花露水.
  perfume.product("parfum", "香水", { source: TARIFF, classifier: "瓶" }),
  perfume.product("eau de toilette", "淡香水", { classifier: "瓶" }),
  perfume.product("eau de parfum", "浓香水", { classifier: "瓶" }),
  perfume.product("eau de Cologne", "古龙水", { classifier: "瓶" }),
  perfume.product("eau de lavande", "薰衣草香水", { classifier: "瓶" }),
  perfume.product("brume", "香氛喷雾"),
  perfume.product("parfum d'ambiance", "室内香氛"),
  perfume.product("bougie parfumée", "香薰蜡烛", { classifier: "支" }),
  perfume.product("diffuseur", "扩香器"),
  perfume.product("sachet parfumé", "香包", { forms: ["sachet de lavande"] }),
  perfume.attribute("rose", "玫瑰"),
  perfume.attribute("fleur d'oranger", "橙花", { forms: ["néroli"] }),
  perfume.attribute("jasmin", "茉莉"),
  perfume.attribute("musc", "麝香"),
  perfume.attribute("ambre", "琥珀"),
  perfume.attribute("vanille", "香草"),
  perfume.attribute("patchouli", "广藿香"),

  // Essential oils. The tariff's heading 3301 is 精油; GB 1886.38 names Lavandula angustifolia 薰衣草.
  oils.product("huile essentielle", "精油", { source: TARIFF, classifier: "瓶" }),
  oils.product("huile essentielle de lavande de Haute-Provence", "上普罗旺斯薰衣草精油", { classifier: "瓶" }),
  oils.product("hydrolat", "纯露", { classifier: "瓶" }),
  oils.product("eau florale", "花水", { classifier: "瓶" }),
  oils.product("huile végétale", "植物油", { classifier: "瓶" }),
  oils.attribute("lavande", "薰衣草"),
  oils.attribute("lavande fine", "薰衣草", { source: LAVENDER_STANDARD }),
  oils.attribute("lavande vraie", "薰衣草", { source: LAVENDER_STANDARD }),
  oils.attribute("lavande aspic", "穗花薰衣草"),
  oils.attribute("lavandin", "醒目薰衣草"),
  oils.attribute("eucalyptus", "尤加利"),
  oils.attribute("menthe poivrée", "胡椒薄荷"),
  oils.attribute("tea tree", "茶树", { forms: ["arbre à thé"] }),
  oils.attribute("hélichryse", "永久花", { forms: ["immortelle"] }),
  oils.attribute("sauge sclarée", "快乐鼠尾草"),
  oils.attribute("ylang-ylang", "依兰"),
  oils.attribute("géranium", "天竺葵"),
  oils.attribute("cèdre", "雪松"),

  // Olive oil: the grades as GB/T 23347-2021 names them.
  olive.product("huile d'olive", "橄榄油", { source: OLIVE_OIL_STANDARD, classifier: "瓶" }),
  olive.product("huile d'olive vierge extra", "特级初榨橄榄油", { source: OLIVE_OIL_STANDARD, classifier: "瓶", forms: ["huile d'olive extra vierge"] }),
  olive.product("huile d'olive vierge", "初榨橄榄油", { source: OLIVE_OIL_STANDARD, classifier: "瓶" }),
  olive.product("huile d'olive raffinée", "精炼橄榄油", { source: OLIVE_OIL_STANDARD, classifier: "瓶" }),
  olive.product("huile d'olive de Provence", "普罗旺斯橄榄油", { classifier: "瓶" }),
  olive.product("huile", "油", { classifier: "瓶" }),
  olive.attribute("vierge extra", "特级初榨", { source: OLIVE_OIL_STANDARD, forms: ["extra vierge"] }),
  olive.attribute("vierge", "初榨", { source: OLIVE_OIL_STANDARD }),
  olive.attribute("olive", "橄榄"),
  olive.attribute("olive noire", "黑橄榄"),
  olive.attribute("olive verte", "青橄榄"),
  olive.attribute("fruité vert", "青果味"),
  olive.attribute("fruité mûr", "熟果味"),
  olive.attribute("pressée à froid", "冷榨", { forms: ["pressé à froid", "première pression à froid", "extraite à froid", "extrait à froid", "extraction à froid"] }),
  olive.attribute("olivier", "橄榄树"),
  olive.attribute("moulin", "磨坊"),

  // Herbs and spices. Herbes de Provence carry a Label Rouge, not a protected origin; Thym de Provence is an IGP (2018).
  herbs.product("herbes de Provence", "普罗旺斯香草", { classifier: "罐" }),
  herbs.product("herbe", "香草"),
  herbs.product("thym", "百里香"),
  herbs.product("thym de Provence", "普罗旺斯百里香"),
  herbs.product("romarin", "迷迭香"),
  herbs.product("sarriette", "香薄荷"),
  herbs.product("origan", "牛至"),
  herbs.product("basilic", "罗勒"),
  herbs.product("laurier", "月桂叶"),
  herbs.product("sauge", "鼠尾草"),
  herbs.product("fenouil", "茴香"),
  herbs.product("safran", "藏红花"),
  herbs.product("menthe", "薄荷"),
  herbs.product("verveine", "马鞭草"),
  herbs.product("tilleul", "椴花"),
  herbs.product("camomille", "洋甘菊"),
  herbs.product("tisane", "花草茶", { forms: ["infusion"] }),
  herbs.product("épice", "香料", { forms: ["aromate"] }),
  herbs.product("poivre", "胡椒"),
  herbs.attribute("aromatique", "芳香"),

  // Honey (GB 14963-2011) and jams. Miel de Provence is an IGP.
  honey.product("miel", "蜂蜜", { source: HONEY_STANDARD, classifier: "罐" }),
  honey.product("miel de Provence", "普罗旺斯蜂蜜", { classifier: "罐" }),
  honey.product("miel de lavande", "薰衣草蜂蜜", { classifier: "罐" }),
  honey.product("miel toutes fleurs", "百花蜜", { classifier: "罐", forms: ["miel de fleurs", "miel mille fleurs"] }),
  honey.product("miel de châtaignier", "栗树蜜", { classifier: "罐" }),
  honey.product("miel d'acacia", "洋槐蜜", { classifier: "罐" }),
  honey.product("miel de romarin", "迷迭香蜂蜜", { classifier: "罐" }),
  honey.product("miel crémeux", "结晶蜂蜜", { classifier: "罐" }),
  honey.product("gelée royale", "蜂王浆"),
  honey.product("confiture", "果酱", { classifier: "罐" }),
  honey.product("marmelade", "柑橘酱", { classifier: "罐" }),
  honey.product("gelée", "果冻"),
  honey.product("crème de marrons", "栗子酱", { classifier: "罐" }),
  honey.attribute("abricot", "杏"),
  honey.attribute("figue", "无花果"),
  honey.attribute("fraise", "草莓"),
  honey.attribute("framboise", "覆盆子"),
  honey.attribute("cerise", "樱桃"),
  honey.attribute("pêche", "桃"),
  honey.attribute("poire", "梨"),
  honey.attribute("orange", "橙"),
  honey.attribute("citron", "柠檬"),
  honey.attribute("clémentine", "小柑橘"),
  honey.attribute("melon", "甜瓜"),
  honey.attribute("coing", "榅桲"),
  honey.attribute("châtaigne", "栗子"),
  // The blackcurrant, unless the product is a wine: then the appellation Cassis.
  honey.attribute("cassis", "黑加仑", { senses: [{ category: "wine", zh: "卡西斯", role: "origin", source: COMMON }] }),

  // Confectionery. Calisson d'Aix: IGP applied for in 2023; Nougat de Montélimar (IGP 2024) is a Drôme product.
  sweets.product("calisson", "卡利松杏仁糖", { classifier: "颗" }),
  sweets.product("calisson d'Aix", "艾克斯卡利松杏仁糖", { classifier: "颗", forms: ["calisson d'Aix-en-Provence"] }),
  sweets.product("nougat", "牛轧糖", { classifier: "块" }),
  sweets.product("nougat blanc", "白牛轧糖", { classifier: "块" }),
  sweets.product("nougat noir", "黑牛轧糖", { classifier: "块" }),
  sweets.product("nougat de Montélimar", "蒙特利马牛轧糖", { classifier: "块" }),
  sweets.product("fruits confits", "蜜饯"),
  sweets.product("pâte de fruits", "水果软糖", { classifier: "块" }),
  sweets.product("pâte d'amande", "杏仁膏"),
  sweets.product("chocolat", "巧克力", { classifier: "块" }),
  sweets.product("navette", "船形饼干", { classifier: "块" }),
  sweets.product("navettes de Marseille", "马赛船形饼干", { classifier: "块" }),
  sweets.product("berlingot", "三角硬糖", { classifier: "颗" }),
  sweets.product("biscuit", "饼干", { classifier: "块" }),
  sweets.product("croquant", "脆饼", { classifier: "块" }),
  sweets.product("bonbon", "糖果", { classifier: "颗" }),
  sweets.product("caramel", "焦糖"),
  sweets.product("guimauve", "棉花糖"),
  sweets.product("treize desserts", "十三道甜点"),
  sweets.attribute("amande", "杏仁"),
  sweets.attribute("noisette", "榛子"),
  sweets.attribute("pistache", "开心果"),

  // Grocery.
  grocery.product("tapenade", "橄榄酱", { classifier: "罐" }),
  grocery.product("tapenade noire", "黑橄榄酱", { classifier: "罐" }),
  grocery.product("tapenade verte", "青橄榄酱", { classifier: "罐" }),
  grocery.product("anchoïade", "凤尾鱼酱", { classifier: "罐" }),
  grocery.product("pistou", "罗勒酱", { classifier: "罐" }),
  grocery.product("aïoli", "蒜泥蛋黄酱", { classifier: "罐" }),
  grocery.product("soupe de poissons", "鱼汤"),
  grocery.product("bouillabaisse", "马赛鱼汤"),
  grocery.product("caviar d'aubergine", "茄子酱", { classifier: "罐" }),
  grocery.product("tomates séchées", "番茄干"),
  grocery.product("câpres", "刺山柑"),
  grocery.product("vinaigre", "醋", { classifier: "瓶" }),
  grocery.product("moutarde", "芥末酱"),
  grocery.product("sel", "盐"),
  grocery.product("fleur de sel", "盐之花"),
  grocery.product("sel de Camargue", "卡马格海盐"),
  grocery.product("riz de Camargue", "卡马格大米"),
  grocery.product("sirop", "糖浆", { classifier: "瓶" }),
  grocery.product("jus", "果汁", { classifier: "瓶" }),
  grocery.product("limonade", "柠檬汽水", { classifier: "瓶" }),
  grocery.product("pois chiches", "鹰嘴豆"),
  grocery.product("sauce", "酱汁"),
  grocery.product("condiment", "调味品"),

  // Wine, by colour as GB 15037-2006 classes it, and by appellation.
  wine.product("vin", "葡萄酒", { source: WINE_STANDARD, classifier: "瓶" }),
  wine.product("vin rosé", "桃红葡萄酒", { source: WINE_STANDARD, classifier: "瓶" }),
  wine.product("rosé", "桃红葡萄酒", { source: WINE_STANDARD, classifier: "瓶" }),
  wine.product("vin rouge", "红葡萄酒", { source: WINE_STANDARD, classifier: "瓶" }),
  wine.product("vin blanc", "白葡萄酒", { source: WINE_STANDARD, classifier: "瓶" }),
  wine.product("vin effervescent", "起泡葡萄酒", { source: WINE_STANDARD, classifier: "瓶", forms: ["vin mousseux", "mousseux"] }),
  wine.product("vin doux naturel", "天然甜葡萄酒", { classifier: "瓶" }),
  wine.attribute("millésime", "年份"),
  wine.attribute("cuvée", "特酿"),
  wine.attribute("cru classé", "列级酒庄"),
  wine.attribute("sec", "干型"),
  wine.attribute("demi-sec", "半干型"),
  wine.attribute("doux", "甜型"),
  wine.origin("Côtes de Provence", "普罗旺斯丘", { protectedBy: GI_AGREEMENT }),
  wine.origin("Coteaux d'Aix-en-Provence", "艾克斯普罗旺斯丘"),
  wine.origin("Coteaux Varois en Provence", "瓦尔丘", { forms: ["Coteaux Varois"] }),
  wine.origin("Bandol", "邦多勒"),
  wine.origin("Palette", "帕莱特"),
  wine.origin("Côtes du Rhône", "罗讷河谷", { protectedBy: GI_AGREEMENT }),
  wine.origin("Châteauneuf-du-Pape", "教皇新堡", { protectedBy: GI_AGREEMENT }),
  wine.origin("Gigondas", "吉恭达斯"),
  wine.origin("Vacqueyras", "瓦给拉斯"),

  // Spirits.
  spirits.product("pastis", "茴香酒", { classifier: "瓶" }),
  spirits.product("liqueur", "利口酒", { classifier: "瓶" }),
  spirits.product("absinthe", "苦艾酒", { classifier: "瓶" }),
  spirits.product("eau-de-vie", "蒸馏酒", { classifier: "瓶" }),
  spirits.product("marc de Provence", "普罗旺斯果渣白兰地", { classifier: "瓶" }),
  spirits.product("apéritif", "开胃酒", { classifier: "瓶" }),
  spirits.product("vermouth", "味美思", { classifier: "瓶" }),
  spirits.product("gin", "金酒", { classifier: "瓶" }),
  spirits.product("whisky", "威士忌", { classifier: "瓶" }),
  spirits.product("rhum", "朗姆酒", { classifier: "瓶" }),

  // Textiles and fashion.
  textile.product("tissu", "布料"),
  textile.product("tissu provençal", "普罗旺斯印花布", { forms: ["tissu de Provence"] }),
  textile.product("nappe", "桌布", { classifier: "张" }),
  textile.product("serviette", "餐巾", { classifier: "条" }),
  textile.product("torchon", "茶巾", { classifier: "条" }),
  textile.product("tablier", "围裙", { classifier: "条" }),
  textile.product("coussin", "靠垫", { classifier: "个" }),
  textile.product("housse de coussin", "靠垫套", { classifier: "个" }),
  textile.product("sac", "包", { classifier: "个" }),
  textile.product("cabas", "手提袋", { classifier: "个", forms: ["sac cabas"] }),
  textile.product("trousse", "收纳包", { classifier: "个" }),
  textile.product("foulard", "围巾", { classifier: "条" }),
  textile.product("étole", "披肩", { classifier: "条" }),
  textile.product("chapeau", "帽子", { classifier: "顶" }),
  textile.product("espadrilles", "草编鞋", { classifier: "双" }),
  textile.product("boutis", "普罗旺斯绗缝被"),
  textile.attribute("coton", "棉"),
  textile.attribute("lin", "亚麻"),
  textile.attribute("soie", "真丝"),
  textile.attribute("indienne", "印花布"),
  textile.attribute("imprimé", "印花", { forms: ["imprimée"] }),
  textile.attribute("brodé", "刺绣", { forms: ["brodée"] }),
  textile.attribute("matelassé", "绗缝", { forms: ["matelassée"] }),

  // Home and ceramics.
  home.product("faïence", "彩陶", { classifier: "件" }),
  home.product("céramique", "陶瓷", { classifier: "件" }),
  home.product("poterie", "陶器", { classifier: "件" }),
  home.product("assiette", "盘子", { classifier: "个" }),
  home.product("bol", "碗", { classifier: "个" }),
  home.product("tasse", "杯子", { classifier: "个" }),
  home.product("mug", "马克杯", { classifier: "个" }),
  home.product("plat", "大盘", { classifier: "个" }),
  home.product("vase", "花瓶", { classifier: "个" }),
  home.product("pichet", "水壶", { classifier: "个" }),
  home.product("cruche", "陶罐", { classifier: "个" }),
  home.product("huilier", "油瓶", { classifier: "个" }),
  home.product("saladier", "沙拉碗", { classifier: "个" }),
  home.product("plateau", "托盘", { classifier: "个" }),
  home.product("bougie", "蜡烛", { classifier: "支" }),
  home.product("planche à découper", "砧板", { classifier: "块" }),
  home.attribute("terre cuite", "赤陶"),
  home.attribute("grès", "粗陶"),
  home.attribute("verre", "玻璃"),
  home.attribute("bois", "木"),
  home.attribute("bois d'olivier", "橄榄木"),
  home.attribute("émaillé", "釉面", { forms: ["émaillée"] }),
  home.attribute("peint à la main", "手绘", { forms: ["peinte à la main"] }),

  // Santons and crafts. Santons de Provence: a geographical indication applied for, status to check.
  crafts.product("santon", "泥塑人偶", { classifier: "个" }),
  crafts.product("santons de Provence", "普罗旺斯泥塑人偶", { classifier: "个" }),
  crafts.product("crèche", "圣诞马槽", { classifier: "套" }),
  crafts.product("crèche provençale", "普罗旺斯圣诞马槽", { classifier: "套" }),
  crafts.product("figurine", "小雕像", { classifier: "个" }),
  crafts.attribute("argile", "黏土"),
  crafts.attribute("argile peinte", "彩绘黏土"),
  crafts.attribute("peint", "彩绘", { forms: ["peinte"] }),
  crafts.attribute("façonné main", "手工制作", { forms: ["façonnée main"] }),
  crafts.attribute("décor", "布景"),
  crafts.attribute("personnage", "人物"),
  crafts.attribute("tambourinaire", "鼓手"),
  crafts.attribute("berger", "牧羊人"),
  crafts.attribute("meunier", "磨坊主"),
  crafts.attribute("pêcheur", "渔夫"),
  crafts.attribute("lavandière", "洗衣妇"),
  crafts.attribute("ange", "天使"),
  crafts.attribute("âne", "驴"),
  crafts.attribute("mouton", "绵羊"),
  crafts.attribute("cigale", "蝉"),

  // Packaging.
  packaging.packaging("coffret", "礼盒"),
  packaging.packaging("coffret cadeau", "礼盒"),
  packaging.packaging("coffret découverte", "体验装礼盒"),
  packaging.packaging("écrin", "礼盒"),
  packaging.packaging("étui", "纸盒"),
  packaging.packaging("lot", "组合装", { countSuffix: "件装" }),
  packaging.packaging("boîte", "盒装", { classifier: "盒" }),
  packaging.packaging("boîte losange", "菱形盒装", { classifier: "盒" }),
  packaging.packaging("flacon", "瓶装", { classifier: "瓶" }),
  packaging.packaging("flacon pompe", "按压瓶装", { classifier: "瓶" }),
  packaging.packaging("bouteille", "瓶装", { classifier: "瓶" }),
  packaging.packaging("magnum", "大瓶装", { classifier: "瓶" }),
  packaging.packaging("bidon", "桶装", { classifier: "桶" }),
  packaging.packaging("pot", "罐装", { classifier: "罐" }),
  packaging.packaging("bocal", "玻璃罐装", { classifier: "罐" }),
  packaging.packaging("tube", "管装", { classifier: "支" }),
  packaging.packaging("sachet", "袋装", { classifier: "袋" }),
  packaging.packaging("recharge", "补充装"),
  packaging.packaging("format voyage", "旅行装"),
  packaging.packaging("vaporisateur", "喷雾装"),
  packaging.packaging("vrac", "散装"),
  packaging.packaging("carton", "箱装", { classifier: "箱" }),
  packaging.packaging("caisse bois", "木箱装", { classifier: "箱" }),
  packaging.packaging("assortiment", "什锦"),
  packaging.packaging("duo", "两件套"),
  packaging.packaging("trio", "三件套"),
  packaging.count("pièce", "个"),

  // Quality labels. « Bio » and « AB » as GB/T 19630 names organic products (a Chinese listing may need Chinese certification to say it).
  labels.label("AOP", "原产地命名保护", { forms: ["appellation d'origine protégée"] }),
  labels.label("AOC", "法定产区", { forms: ["appellation d'origine contrôlée"] }),
  labels.label("IGP", "地理标志保护", { forms: ["indication géographique protégée"] }),
  labels.label("IG", "地理标志", { forms: ["indication géographique"] }),
  labels.label("Label Rouge", "红标"),
  labels.label("AB", "有机", { source: ORGANIC_STANDARD, forms: ["agriculture biologique"] }),
  labels.label("bio", "有机", { source: ORGANIC_STANDARD, forms: ["biologique"] }),
  labels.label("Ecocert", "Ecocert认证"),
  labels.label("Cosmos", "COSMOS认证"),
  labels.label("Entreprise du Patrimoine Vivant", "法国活态遗产企业"),
  labels.label("vegan", "纯素", { forms: ["végane"] }),

  // Places. Taobao's cross-border field writes the country 法国.
  places.origin("France", "法国", { source: "taobao-item-api" }),
  places.origin("français", "法国", { forms: ["française"] }),
  places.origin("fabriqué en France", "法国制造", { forms: ["made in France"] }),
  places.origin("Provence", "普罗旺斯", { forms: ["provençal", "provençale"] }),
  places.origin("fabriqué en Provence", "普罗旺斯制造"),
  places.origin("Marseille", "马赛", { forms: ["marseillais", "marseillaise"] }),
  places.origin("Aix-en-Provence", "艾克斯普罗旺斯"),
  places.origin("Aix", "艾克斯"),
  places.origin("Haute-Provence", "上普罗旺斯"),
  places.origin("Alpes-de-Haute-Provence", "上普罗旺斯阿尔卑斯"),
  places.origin("Alpes-Maritimes", "滨海阿尔卑斯"),
  places.origin("Hautes-Alpes", "上阿尔卑斯"),
  places.origin("Alpes", "阿尔卑斯"),
  places.origin("Baux-de-Provence", "莱博"),
  places.origin("Vallée des Baux-de-Provence", "莱博谷"),
  places.origin("Nice", "尼斯"),
  places.origin("Avignon", "阿维尼翁"),
  places.origin("Arles", "阿尔勒"),
  places.origin("Camargue", "卡马格"),
  places.origin("Luberon", "吕贝隆"),
  places.origin("Grasse", "格拉斯"),
  places.origin("Cannes", "戛纳"),
  places.origin("Toulon", "土伦"),
  places.origin("Saint-Tropez", "圣特罗佩"),
  places.origin("Côte d'Azur", "蔚蓝海岸"),
  places.origin("Méditerranée", "地中海", { forms: ["méditerranéen", "méditerranéenne"] }),
  places.origin("Vaucluse", "沃克吕兹"),
  places.origin("Var", "瓦尔"),
  places.origin("Bouches-du-Rhône", "罗讷河口"),
  places.origin("Calanques", "卡朗格"),
  places.origin("Vieux-Port", "老港"),

  // Units of a size, in China's legal units.
  units.unit("g", "克", { source: LEGAL_UNITS, unit: { scale: 0 }, forms: ["gramme", "gr"] }),
  units.unit("kg", "千克", { source: LEGAL_UNITS, unit: { scale: 0, belowOne: { zh: "克", scale: 3 } }, forms: ["kilo", "kilogramme"] }),
  units.unit("mg", "毫克", { source: LEGAL_UNITS, unit: { scale: 0 }, forms: ["milligramme"] }),
  units.unit("ml", "毫升", { source: LEGAL_UNITS, unit: { scale: 0 }, forms: ["millilitre"] }),
  units.unit("cl", "毫升", { source: LEGAL_UNITS, unit: { scale: 1 }, forms: ["centilitre"] }),
  units.unit("dl", "毫升", { source: LEGAL_UNITS, unit: { scale: 2 }, forms: ["décilitre"] }),
  units.unit("l", "升", { source: LEGAL_UNITS, unit: { scale: 0, belowOne: { zh: "毫升", scale: 3 } }, forms: ["litre"] }),
  units.unit("cm", "厘米", { source: LEGAL_UNITS, unit: { scale: 0, isLength: true }, forms: ["centimètre"] }),
  units.unit("mm", "毫米", { source: LEGAL_UNITS, unit: { scale: 0, isLength: true }, forms: ["millimètre"] }),

  // Words every category uses.
  qualifiers.attribute("naturel", "天然", { forms: ["naturelle"] }),
  qualifiers.attribute("pur", "纯", { forms: ["pure"] }),
  qualifiers.attribute("artisanal", "手工", { forms: ["artisanale"] }),
  qualifiers.attribute("fait main", "手工制作", { forms: ["faite main", "fabriqué main"] }),
  qualifiers.attribute("traditionnel", "传统", { forms: ["traditionnelle"] }),
  qualifiers.attribute("à l'ancienne", "古法"),
  qualifiers.attribute("authentique", "正宗"),
  qualifiers.attribute("extra", "特级"),
  qualifiers.attribute("liquide", "液体"),
  qualifiers.attribute("losange", "菱形"),
  qualifiers.attribute("complet", "全套", { forms: ["complète"] }),
  qualifiers.attribute("mini", "迷你"),
  qualifiers.attribute("grand", "大号", { forms: ["grande"] }),
  qualifiers.attribute("petit", "小号", { forms: ["petite"] }),
  qualifiers.attribute("nouveau", "新品", { forms: ["nouvelle", "nouveauté"] }),
  qualifiers.attribute("édition", "版"),
  qualifiers.attribute("édition limitée", "限量版"),
  qualifiers.attribute("édition de Noël", "圣诞版"),
  qualifiers.attribute("Noël", "圣诞"),
  qualifiers.attribute("cadeau", "礼品"),
  qualifiers.attribute("bleu", "蓝色", { forms: ["bleue"] }),
  qualifiers.attribute("vert", "绿色", { forms: ["verte"] }),
  qualifiers.attribute("jaune", "黄色"),
  qualifiers.attribute("violet", "紫色", { forms: ["violette"] }),
  qualifiers.attribute("noir", "黑色", { forms: ["noire"] }),
  // The colour, unless the product is a wine: then a red or a white wine.
  qualifiers.attribute("rouge", "红色", { senses: [{ category: "wine", zh: "红葡萄酒", role: "product", source: WINE_STANDARD }] }),
  qualifiers.attribute("blanc", "白色", { forms: ["blanche"], senses: [{ category: "wine", zh: "白葡萄酒", role: "product", source: WINE_STANDARD }] }),
];
