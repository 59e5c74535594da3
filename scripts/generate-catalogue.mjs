// Generates a realistic Provençal product catalogue (CSV, UTF-8, comma, LF) for benchmarks and tests.
//
//   node scripts/generate-catalogue.mjs <rows> <out.csv> [seed]
//   import { generateCatalogue } from "./generate-catalogue.mjs";
//
// Same seed → same bytes: every choice comes from one seeded PRNG (mulberry32), never Math.random or
// the clock. Rows are written in chunks with backpressure, so memory stays flat at any size.
// About `invalidRate` of the rows carry exactly one deliberate error (see INVALID_KINDS); everything
// else is meant to pass validation without errors or warnings.

import { createWriteStream, mkdirSync } from "node:fs";
import { once } from "node:events";
import { dirname, resolve } from "node:path";
import process from "node:process";
import { finished } from "node:stream/promises";
import { pathToFileURL } from "node:url";

export const HEADER = [
  "sku", "name_fr", "name_zh", "name_en", "brand", "category", "gtin", "hs_code", "origin_postcode",
  "shelf_life_months", "storage", "net_weight_g", "price_eur", "stock", "labels", "image_urls",
];

export const PROVENCE_POSTCODES = [
  "13001", "13100", "13200", "84000", "84300", "83000", "83400",
  "04100", "04300", "05000", "06000", "06130", "13090", "84120",
];

/** The one error an invalid row carries. */
export const INVALID_KINDS = [
  "invalid-gtin", "missing-name-fr", "unknown-category", "origin-outside-provence",
  "short-shelf-life", "chilled-storage", "invalid-price", "duplicate-sku",
];

/** Small, fast, good enough for test data; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** GS1 check digit for the first n-1 digits: weights 3,1,3… from the right. */
export function gs1CheckDigit(body) {
  let sum = 0;
  for (let i = body.length - 1, weight = 3; i >= 0; i -= 1, weight = 4 - weight) {
    sum += (body.charCodeAt(i) - 48) * weight;
  }
  return (10 - (sum % 10)) % 10;
}

// ---------------------------------------------------------------------------------------------------
// The catalogue data. Sizes carry the net weight in grams; `price` is a euro range across the sizes.
// Brands are fictional but each has a home postcode, as a real producer would.

const size = (fr, zh, g) => ({ fr, zh, en: fr.replace(",", "."), g });
const ML = {
  10: size("10 ml", "10毫升", 10), 30: size("30 ml", "30毫升", 28), 50: size("50 ml", "50毫升", 50),
  75: size("75 ml", "75毫升", 75), 100: size("100 ml", "100毫升", 100), 200: size("200 ml", "200毫升", 200),
  250: size("250 ml", "250毫升", 250), 500: size("500 ml", "500毫升", 500),
};
const G = (g) => size(`${g} g`, `${g}克`, g);
const CL = (cl, g) => size(`${cl} cl`, `${String(cl).replace(",", ".")}厘升`, g);
const CM = (fr, zh, g) => ({ fr, zh, en: fr, g });

const CATEGORIES = [
  {
    category: "soap & cosmetics", prefix: "SAV", weight: 14, hs: "340111", labels: ["AB", "Ecocert", "Cosmos"],
    brands: [["Savonnerie du Vieux-Port", "13001"], ["Maison Fabre & Fils", "13200"], ["Savonnerie de la Calanque", "13090"], ["Bastide des Senteurs", "84300"]],
    extras: [["fabrication artisanale à Marseille", "马赛手工制作", "handmade in Marseille"], ["saponifié au chaudron", "传统大锅皂化", "cauldron-saponified"], ["sans huile de palme", "不含棕榈油", "palm-oil free"], ["peaux sensibles, sans parfum de synthèse", "敏感肌 无合成香精", "sensitive skin, no synthetic fragrance"]],
    variants: [["lavande", "薰衣草", "lavender"], ["verveine", "马鞭草", "verbena"], ["figue", "无花果", "fig"], ["fleur d'oranger", "橙花", "orange blossom"], ["amande douce", "甜杏仁", "sweet almond"], ["rose de mai", "五月玫瑰", "May rose"]],
    templates: [
      { fr: "Savon de Marseille à l'huile d'olive", zh: "马赛皂 橄榄油", en: "Marseille soap with olive oil", sizes: [G(100), G(200), G(300), G(400), G(600)], price: [3.5, 12], plain: true },
      { fr: "Savon de Marseille, cube 72 % d'huile végétale", zh: "马赛皂 72%植物油 方块皂", en: "Marseille soap cube, 72% vegetable oil", sizes: [G(300), G(600)], price: [4.9, 9.9], plain: true },
      { fr: "Savon parfumé de Provence", zh: "普罗旺斯香皂", en: "Provence scented soap", sizes: [G(100), G(150), G(250)], price: [3.9, 8.5] },
      { fr: "Savon au lait d'ânesse et au miel", zh: "驴奶蜂蜜皂", en: "Donkey milk and honey soap", sizes: [G(100), G(125)], price: [5.5, 8.9], plain: true },
      { fr: "Savon liquide de Marseille", zh: "马赛液体皂", en: "Liquid Marseille soap", sizes: [ML[500], size("1 l", "1升", 1000)], price: [7.9, 14.5] },
      { fr: "Crème mains à l'huile d'olive", zh: "橄榄油护手霜", en: "Olive oil hand cream", sizes: [ML[30], ML[75]], price: [6.9, 14.9], hs: "330499" },
      { fr: "Baume à lèvres au miel de Provence", zh: "普罗旺斯蜂蜜润唇膏", en: "Provence honey lip balm", sizes: [G(10), G(15)], price: [4.5, 7.9], hs: "330499", plain: true },
      { fr: "Lait corps à l'immortelle, peaux sèches", zh: "蜡菊身体乳 干性肌肤", en: "Immortelle body lotion, dry skin", sizes: [ML[200], ML[250]], price: [12.9, 19.9], hs: "330499", plain: true },
    ],
  },
  {
    category: "perfume", prefix: "PAR", weight: 5, hs: "330300", labels: ["Cosmos"],
    brands: [["Parfumerie des Remparts", "06130"], ["Maison Lérins", "06000"], ["Les Essences d'Aix", "13100"]],
    extras: [["composé à Grasse", "格拉斯调配", "blended in Grasse"], ["flacon en verre, coffret cadeau", "玻璃瓶 礼盒装", "glass bottle, gift box"], ["notes de tête agrumes", "柑橘前调", "citrus top notes"]],
    templates: [
      { fr: "Eau de toilette Lavande de Provence", zh: "普罗旺斯薰衣草淡香水", en: "Provence lavender eau de toilette", sizes: [ML[50], ML[100]], price: [19.9, 36] },
      { fr: "Eau de parfum Fleur d'oranger de Grasse", zh: "格拉斯橙花香水", en: "Grasse orange blossom eau de parfum", sizes: [ML[30], ML[50], ML[100]], price: [29, 89] },
      { fr: "Eau de Cologne Verveine, flacon vaporisateur", zh: "马鞭草古龙水 喷雾瓶", en: "Verbena eau de Cologne, spray bottle", sizes: [ML[100], ML[250]], price: [18, 34] },
      { fr: "Parfum solide Mimosa du Tanneron", zh: "坦纳龙含羞草固体香膏", en: "Tanneron mimosa solid perfume", sizes: [G(15), G(30)], price: [14.5, 24] },
      { fr: "Eau de parfum Rose centifolia de Grasse", zh: "格拉斯百叶玫瑰香水", en: "Grasse centifolia rose eau de parfum", sizes: [ML[30], ML[50]], price: [39, 79] },
    ],
  },
  {
    category: "essential oils", prefix: "HES", weight: 8, hs: "330129", labels: ["AB", "Ecocert"],
    brands: [["Distillerie du Plateau de Valensole", "04300"], ["Lavandes de Sault", "84000"], ["Les Alambics de Forcalquier", "04300"], ["Essences du Ventoux", "84000"]],
    extras: [["100 % pure et naturelle, distillée en Haute-Provence", "100%纯天然 上普罗旺斯蒸馏", "100% pure and natural, distilled in Haute-Provence"], ["flacon compte-gouttes en verre ambré", "琥珀色玻璃滴管瓶", "amber glass dropper bottle"], ["récolte de l'été", "夏季采收", "summer harvest"]],
    templates: [
      { fr: "Huile essentielle de lavande fine", zh: "真正薰衣草精油", en: "Fine lavender essential oil", sizes: [ML[10], ML[30], ML[50]], price: [7.9, 29] },
      { fr: "Huile essentielle de lavande de Haute-Provence AOP", zh: "上普罗旺斯AOP薰衣草精油", en: "Haute-Provence lavender essential oil PDO", sizes: [ML[10], ML[30]], price: [9.9, 26], must: ["AOP"] },
      { fr: "Huile essentielle de lavandin grosso", zh: "醒目薰衣草精油", en: "Lavandin grosso essential oil", sizes: [ML[10], ML[30], ML[100]], price: [4.5, 19] },
      { fr: "Huile essentielle de romarin à cinéole", zh: "桉油醇迷迭香精油", en: "Rosemary cineole essential oil", sizes: [ML[10], ML[30]], price: [5.9, 14.9] },
      { fr: "Huile essentielle de sauge sclarée", zh: "快乐鼠尾草精油", en: "Clary sage essential oil", sizes: [ML[10], ML[30]], price: [8.9, 22] },
      { fr: "Huile essentielle de thym à linalol", zh: "沉香醇百里香精油", en: "Linalool thyme essential oil", sizes: [ML[10], ML[30]], price: [11.9, 29] },
    ],
  },
  {
    category: "olive oil", prefix: "HUI", weight: 12, hs: "150910", food: [18, 24], labels: ["AB"],
    brands: [["Moulin du Calanquet", "13200"], ["Domaine des Oliviers de Pertuis", "84120"], ["Moulin Castelas des Baux", "13200"], ["Huilerie de Haute-Provence", "04100"]],
    extras: [["première pression à froid", "冷榨头道", "first cold pressing"], ["récolte 2024, bouteille en verre", "2024年采收 玻璃瓶装", "2024 harvest, glass bottle"], ["moulin familial depuis 1920", "百年家族油坊", "family mill since 1920"]],
    templates: [
      { fr: "Huile d'olive vierge extra", zh: "特级初榨橄榄油", en: "Extra virgin olive oil", sizes: [CL(25, 230), CL(50, 460), CL(75, 690), size("1 l", "1升", 920)], price: [8.9, 29] },
      { fr: "Huile d'olive vierge extra AOP Vallée des Baux-de-Provence", zh: "莱博谷AOP特级初榨橄榄油", en: "Extra virgin olive oil PDO Vallée des Baux-de-Provence", sizes: [CL(25, 230), CL(50, 460), CL(75, 690)], price: [14.9, 39], must: ["AOP"] },
      { fr: "Huile d'olive de Haute-Provence AOP, fruité vert", zh: "上普罗旺斯AOP橄榄油 青果香", en: "Haute-Provence olive oil PDO, green fruity", sizes: [CL(50, 460), CL(75, 690)], price: [16.9, 32], must: ["AOP"] },
      { fr: "Huile d'olive d'Aix-en-Provence AOP, fruité mûr", zh: "艾克斯AOP橄榄油 熟果香", en: "Aix-en-Provence olive oil PDO, ripe fruity", sizes: [CL(50, 460), CL(75, 690)], price: [15.9, 29], must: ["AOP"] },
      { fr: "Huile d'olive vierge extra, variété Aglandau", zh: "特级初榨橄榄油 Aglandau品种", en: "Extra virgin olive oil, Aglandau variety", sizes: [CL(50, 460), size("3 l (bidon)", "3升 桶装", 1450)], price: [13.9, 74] },
    ],
  },
  {
    category: "herbs & spices", prefix: "HER", weight: 7, hs: "091099", food: [24, 36], labels: ["AB"],
    brands: [["Les Jardins de Haute-Provence", "04100"], ["Herboristerie du Luberon", "84300"], ["Épices de la Canebière", "13001"]],
    extras: [["récolte à la main, sachet kraft refermable", "手工采摘 可封口牛皮纸袋", "hand-picked, resealable kraft pouch"], ["cultivé en Haute-Provence", "上普罗旺斯种植", "grown in Haute-Provence"], ["pot en verre", "玻璃罐装", "glass jar"]],
    templates: [
      { fr: "Herbes de Provence Label Rouge", zh: "普罗旺斯香草 红标认证", en: "Herbes de Provence, Label Rouge", sizes: [G(20), G(50), G(100)], price: [2.9, 9.5], must: ["Label Rouge"] },
      { fr: "Thym de Provence séché", zh: "普罗旺斯干百里香", en: "Dried Provence thyme", sizes: [G(20), G(40), G(80)], price: [2.5, 7.9] },
      { fr: "Sarriette, feuilles séchées", zh: "干香薄荷叶", en: "Dried savory leaves", sizes: [G(20), G(50)], price: [2.9, 6.5] },
      { fr: "Romarin séché de Haute-Provence", zh: "上普罗旺斯干迷迭香", en: "Dried rosemary from Haute-Provence", sizes: [G(25), G(60)], price: [2.7, 6.9] },
      { fr: "Mélange d'épices pour bouillabaisse, safran inclus", zh: "马赛鱼汤香料 含藏红花", en: "Bouillabaisse spice blend, with saffron", sizes: [G(15), G(30)], price: [4.9, 12.9] },
      { fr: "Fleurs de lavande culinaire", zh: "食用薰衣草花", en: "Culinary lavender flowers", sizes: [G(20), G(50)], price: [3.5, 8.9] },
    ],
  },
  {
    category: "honey & jams", prefix: "MIE", weight: 8, hs: "040900", food: [24, 60], labels: ["AB", "Label Rouge"],
    brands: [["Le Rucher du Ventoux", "84000"], ["Miellerie des Alpilles", "13200"], ["Les Abeilles des Maures", "83400"], ["Rucher de Gap", "05000"]],
    extras: [["récolté et mis en pot par l'apiculteur", "养蜂人采收并装罐", "harvested and jarred by the beekeeper"], ["pot en verre", "玻璃罐装", "glass jar"], ["miel cru non chauffé", "未加热生蜂蜜", "raw, unheated honey"]],
    templates: [
      { fr: "Miel de lavande de Provence IGP", zh: "普罗旺斯IGP薰衣草蜂蜜", en: "Provence lavender honey PGI", sizes: [G(125), G(250), G(500), size("1 kg", "1公斤", 1000)], price: [5.9, 29], must: ["IGP"] },
      { fr: "Miel de thym des garrigues", zh: "灌木丛百里香蜂蜜", en: "Garrigue thyme honey", sizes: [G(250), G(500)], price: [8.5, 17.9] },
      { fr: "Miel de romarin, crémeux", zh: "迷迭香奶油蜂蜜", en: "Creamy rosemary honey", sizes: [G(250), G(500)], price: [7.9, 15.9] },
      { fr: "Miel toutes fleurs de Provence IGP", zh: "普罗旺斯IGP百花蜜", en: "Provence wildflower honey PGI", sizes: [G(250), G(500), size("1 kg", "1公斤", 1000)], price: [6.5, 22], must: ["IGP"] },
      { fr: "Miel de châtaignier des Maures", zh: "莫尔山栗子蜂蜜", en: "Maures chestnut honey", sizes: [G(250), G(500)], price: [8.9, 16.9] },
    ],
  },
  {
    category: "confectionery", prefix: "CON", weight: 9, hs: "170490", food: [18, 36], labels: ["AB"],
    brands: [["Confiserie du Roy René d'Aix", "13090"], ["Nougaterie des Alpilles", "13200"], ["Maison des Berlingots", "84000"], ["Confiserie d'Apt", "84300"]],
    extras: [["fabrication artisanale en Provence", "普罗旺斯手工制作", "handmade in Provence"], ["coffret cadeau", "礼盒装", "gift box"], ["amandes de Provence, sans conservateur", "普罗旺斯杏仁 无防腐剂", "Provence almonds, no preservatives"]],
    templates: [
      { fr: "Calissons d'Aix", zh: "艾克斯杏仁糖", en: "Calissons from Aix", sizes: [G(100), G(250), G(500)], price: [7.5, 32] },
      { fr: "Nougat blanc de Provence aux amandes", zh: "普罗旺斯杏仁白牛轧糖", en: "Provence white nougat with almonds", sizes: [G(100), G(200), G(400)], price: [4.9, 18.9] },
      { fr: "Nougat noir au miel de lavande", zh: "薰衣草蜂蜜黑牛轧糖", en: "Black nougat with lavender honey", sizes: [G(100), G(200)], price: [4.5, 11.9] },
      { fr: "Berlingots de Carpentras, assortiment", zh: "卡庞特拉硬糖 什锦装", en: "Carpentras berlingot sweets, assortment", sizes: [G(150), G(300)], price: [5.5, 10.9] },
      { fr: "Fruits confits d'Apt, assortiment", zh: "阿普特蜜饯 什锦装", en: "Candied fruit from Apt, assortment", sizes: [G(200), G(400), G(800)], price: [9.9, 39] },
      { fr: "Pâtes de fruits de Provence, abricot et figue", zh: "普罗旺斯水果软糖 杏子无花果", en: "Provence fruit jellies, apricot and fig", sizes: [G(150), G(300)], price: [6.5, 12.5] },
    ],
  },
  {
    category: "grocery", prefix: "EPI", weight: 7, hs: "200799", food: [18, 36], labels: ["AB"],
    brands: [["Les Confitures de Solliès", "83000"], ["Épicerie du Cours Mirabeau", "13100"], ["Conserverie de Cavaillon", "84300"], ["Maison Menthon", "06000"]],
    extras: [["cuit au chaudron en cuivre", "铜锅熬制", "cooked in a copper pan"], ["60 g de fruits pour 100 g", "每100克含60克水果", "60 g fruit per 100 g"], ["pot en verre", "玻璃罐装", "glass jar"]],
    templates: [
      { fr: "Confiture de figues de Solliès", zh: "索利耶斯无花果果酱", en: "Solliès fig jam", sizes: [G(220), G(350)], price: [4.5, 7.9] },
      { fr: "Confiture extra d'abricots de Provence", zh: "普罗旺斯特级杏子果酱", en: "Provence extra apricot jam", sizes: [G(220), G(350)], price: [4.2, 7.5] },
      { fr: "Pâte de coing à l'ancienne", zh: "古法榅桲果糕", en: "Traditional quince paste", sizes: [G(250), G(500)], price: [4.9, 8.9] },
      { fr: "Marmelade d'oranges amères de Menton", zh: "芒通苦橙果酱", en: "Menton bitter orange marmalade", sizes: [G(220), G(350)], price: [5.5, 9.5] },
      { fr: "Confiture de melon de Cavaillon, vanille", zh: "卡瓦永甜瓜果酱 香草", en: "Cavaillon melon jam, vanilla", sizes: [G(220), G(350)], price: [4.9, 8.5] },
    ],
  },
  {
    category: "wine", prefix: "VIN", weight: 9, hs: "220421", labels: ["AB"],
    brands: [["Domaine de la Sainte-Baume", "83000"], ["Château des Anglades", "83400"], ["Mas des Alpilles", "13200"], ["Clos du Palais des Papes", "84000"]],
    extras: [["mis en bouteille au domaine", "酒庄装瓶", "estate bottled"], ["vendanges manuelles, 13 % vol.", "人工采摘 13度", "hand-harvested, 13% vol."], ["servir frais entre 8 et 10 °C", "冰镇8-10度饮用", "serve chilled at 8-10 °C"]],
    vintages: true,
    templates: [
      { fr: "Côtes de Provence rosé AOP", zh: "普罗旺斯丘AOP桃红葡萄酒", en: "Côtes de Provence rosé PDO", sizes: [CL("37,5", 375), CL(75, 750), CL(150, 1500)], price: [7.9, 39], must: ["AOP"] },
      { fr: "Bandol rouge AOP", zh: "邦多勒AOP红葡萄酒", en: "Bandol red PDO", sizes: [CL(75, 750), CL(150, 1500)], price: [18.5, 69], must: ["AOP"] },
      { fr: "Cassis blanc AOP", zh: "卡西斯AOP白葡萄酒", en: "Cassis white PDO", sizes: [CL(75, 750)], price: [16.9, 29], must: ["AOP"] },
      { fr: "Châteauneuf-du-Pape rouge AOP", zh: "教皇新堡AOP红葡萄酒", en: "Châteauneuf-du-Pape red PDO", sizes: [CL(75, 750), CL(150, 1500)], price: [29, 89], must: ["AOP"] },
      { fr: "Coteaux d'Aix-en-Provence rosé AOP", zh: "艾克斯丘AOP桃红葡萄酒", en: "Coteaux d'Aix-en-Provence rosé PDO", sizes: [CL(75, 750)], price: [8.9, 19.9], must: ["AOP"] },
      { fr: "Gigondas rouge AOP", zh: "吉恭达斯AOP红葡萄酒", en: "Gigondas red PDO", sizes: [CL(75, 750)], price: [19.9, 39], must: ["AOP"] },
    ],
  },
  {
    category: "spirits", prefix: "SPI", weight: 4, hs: "220890", labels: ["AB"],
    brands: [["Distillerie de la Joliette", "13001"], ["Liquoristerie de Forcalquier", "04300"], ["Distillerie des Hautes-Alpes", "05000"]],
    extras: [["distillé en Provence", "普罗旺斯蒸馏", "distilled in Provence"], ["coffret cadeau", "礼盒装", "gift box"], ["recette traditionnelle aux plantes", "传统草本配方", "traditional herbal recipe"]],
    templates: [
      { fr: "Pastis de Marseille 45 % vol.", zh: "马赛茴香酒 45度", en: "Pastis from Marseille 45% vol.", sizes: [CL(50, 500), CL(70, 700), size("1 l", "1升", 1000)], price: [14.9, 34] },
      { fr: "Liqueur de thym (Farigoule) 40 % vol.", zh: "百里香利口酒 40度", en: "Thyme liqueur (Farigoule) 40% vol.", sizes: [CL(50, 500), CL(70, 700)], price: [19.9, 32] },
      { fr: "Génépi des Alpes du Sud 40 % vol.", zh: "南阿尔卑斯艾草酒 40度", en: "Southern Alps génépi 40% vol.", sizes: [CL(50, 500), CL(70, 700)], price: [22, 38] },
      { fr: "Absinthe de Forcalquier 55 % vol.", zh: "福卡尔基耶苦艾酒 55度", en: "Forcalquier absinthe 55% vol.", sizes: [CL(50, 500), CL(70, 700)], price: [34, 59] },
      { fr: "Marc de Provence, vieilli en fût de chêne", zh: "普罗旺斯渣酿白兰地 橡木桶陈酿", en: "Provence marc brandy, oak-aged", sizes: [CL(50, 500), CL(70, 700)], price: [29, 55] },
    ],
  },
  {
    category: "textiles & fashion", prefix: "TEX", weight: 6, hs: "630790", labels: [],
    brands: [["Les Indiennes de Tarascon", "13200"], ["Tissages du Luberon", "84120"], ["Atelier Souleiado-Nice", "06000"]],
    extras: [["100 % coton, imprimé en Provence", "100%纯棉 普罗旺斯印制", "100% cotton, printed in Provence"], ["lavable en machine à 40 °C", "可机洗40度", "machine washable at 40 °C"], ["fabrication artisanale", "手工制作", "handmade"]],
    templates: [
      { fr: "Nappe provençale enduite, motif olives", zh: "普罗旺斯涂层桌布 橄榄图案", en: "Coated Provençal tablecloth, olive pattern", sizes: [CM("150 x 150 cm", "150x150厘米", 520), CM("150 x 200 cm", "150x200厘米", 690), CM("150 x 300 cm", "150x300厘米", 1040)], price: [29, 79] },
      { fr: "Torchon en coton imprimé cigales", zh: "蝉图案印花棉质茶巾", en: "Printed cotton tea towel, cicadas", sizes: [CM("50 x 70 cm", "50x70厘米", 90)], price: [7.9, 12.9] },
      { fr: "Sachet de lavande en tissu provençal", zh: "普罗旺斯布艺薰衣草香包", en: "Lavender sachet in Provençal fabric", sizes: [G(15), G(30)], price: [3.5, 6.9] },
      { fr: "Sac cabas en osier et tissu indienne", zh: "柳编印花布手提篮", en: "Wicker and indienne fabric tote basket", sizes: [CM("40 x 30 cm", "40x30厘米", 480)], price: [34, 59] },
      { fr: "Foulard en coton, motif indienne", zh: "印花棉质围巾", en: "Cotton scarf, indienne print", sizes: [CM("90 x 90 cm", "90x90厘米", 60), CM("70 x 180 cm", "70x180厘米", 95)], price: [19.9, 39] },
    ],
  },
  {
    category: "home & ceramics", prefix: "MAI", weight: 6, hs: "691200", labels: [],
    brands: [["Faïencerie de Moustiers", "04300"], ["Poterie Ravel d'Aubagne", "13001"], ["Céramiques de Salernes", "83000"]],
    extras: [["émaillé et peint à la main", "手工上釉彩绘", "hand-glazed and painted"], ["passe au lave-vaisselle", "可用洗碗机", "dishwasher safe"], ["pièce unique d'atelier", "工坊独件", "one-of-a-kind workshop piece"]],
    templates: [
      { fr: "Saladier en faïence de Moustiers", zh: "穆斯捷彩陶沙拉碗", en: "Moustiers faience salad bowl", sizes: [CM("Ø 24 cm", "直径24厘米", 950), CM("Ø 28 cm", "直径28厘米", 1350)], price: [39, 89] },
      { fr: "Pichet en terre vernissée d'Aubagne", zh: "欧巴涅釉陶水壶", en: "Aubagne glazed earthenware jug", sizes: [size("1 l", "1升", 1100)], price: [29, 45] },
      { fr: "Tian en terre cuite de Provence", zh: "普罗旺斯陶土烤盘", en: "Provençal terracotta tian dish", sizes: [CM("Ø 22 cm", "直径22厘米", 1200), CM("Ø 26 cm", "直径26厘米", 1480)], price: [24, 42] },
      { fr: "Bol à café jaune de Provence", zh: "普罗旺斯黄色咖啡碗", en: "Provence yellow coffee bowl", sizes: [CM("40 cl", "40厘升", 320)], price: [12.5, 18.9] },
      { fr: "Huilier en céramique, décor cigale", zh: "蝉纹陶瓷油瓶", en: "Ceramic oil cruet, cicada pattern", sizes: [CM("50 cl", "50厘升", 520)], price: [22, 34] },
    ],
  },
  {
    category: "santons & crafts", prefix: "SAN", weight: 5, hs: "970300", labels: [],
    brands: [["Santons Fouque d'Aix", "13100"], ["Atelier des Santons d'Arles", "13200"], ["Santonnier du Vieux-Marseille", "13001"]],
    extras: [["fabriqué en Provence", "普罗旺斯制作", "made in Provence"], ["signé par le santonnier", "工匠签名", "signed by the maker"], ["pour la crèche de Noël", "圣诞马槽摆件", "for the Christmas crib"]],
    templates: [
      { fr: "Santon Provençal – Le Boulanger", zh: "普罗旺斯圣诞泥塑 面包师", en: "Provençal santon – The Baker", santon: true },
      { fr: "Santon Provençal – La Poissonnière", zh: "普罗旺斯圣诞泥塑 卖鱼妇", en: "Provençal santon – The Fishwife", santon: true },
      { fr: "Santon Provençal – Le Berger et son agneau", zh: "普罗旺斯圣诞泥塑 牧羊人与小羊", en: "Provençal santon – The Shepherd and his lamb", santon: true },
      { fr: "Santon Provençal – Le Ravi", zh: "普罗旺斯圣诞泥塑 惊喜者", en: "Provençal santon – Le Ravi", santon: true },
      { fr: "Santon Provençal – L'Arlésienne", zh: "普罗旺斯圣诞泥塑 阿尔勒女子", en: "Provençal santon – The Arlésienne", santon: true },
      { fr: "Santon Provençal – Le Joueur de tambourin", zh: "普罗旺斯圣诞泥塑 鼓手", en: "Provençal santon – The Tambourine player", santon: true },
    ],
  },
];

const SANTON_SIZES = [CM("7 cm", "7厘米", 45), CM("11 cm", "11厘米", 120), CM("15 cm", "15厘米", 260), CM("20 cm", "20厘米", 420)];
const SANTON_FINISH = [["peint à la main", "手绘", "hand-painted"], ["argile de Provence", "普罗旺斯黏土", "Provence clay"], ["habillé de tissu", "布衣装", "dressed in fabric"]];
const QUOTED_EDITIONS = ["Tradition", "Marché de Noël", "Cuvée du Mas", "Fête des Calissons"];
const FOOD_CATEGORIES = CATEGORIES.filter((c) => c.food);
const TOTAL_WEIGHT = CATEGORIES.reduce((sum, c) => sum + c.weight, 0);

// ---------------------------------------------------------------------------------------------------

/** Quotes a cell only when RFC 4180 requires it, as spreadsheets do. */
function csvCell(value) {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/gu;

/**
 * Appends a part to a Chinese title only if it stays within Tmall's limit (60 display units, CJK = 2)
 * and 25 CJK characters, so valid rows never trip `title-too-long`. Shorter titles lose the extras.
 */
function fitZh(title, part) {
  const next = `${title} ${part}`;
  const cjk = next.match(CJK)?.length ?? 0;
  return cjk <= 25 && next.length + cjk <= 60 ? next : title;
}

function formatCents(cents) {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

function createRowMaker(random, invalidRate) {
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (items) => items[Math.floor(random() * items.length)];
  // Recent SKUs, so a duplicate can copy an earlier row without keeping every SKU in memory.
  const recentSkus = [];

  function pickCategory(kind) {
    if (kind === "short-shelf-life") return pick(FOOD_CATEGORIES);
    let r = random() * TOTAL_WEIGHT;
    for (const c of CATEGORIES) {
      r -= c.weight;
      if (r < 0) return c;
    }
    return CATEGORIES[CATEGORIES.length - 1];
  }

  return function makeRow(index) {
    let kind = random() < invalidRate ? pick(INVALID_KINDS) : null;
    if (kind === "duplicate-sku" && recentSkus.length === 0) kind = "invalid-gtin";

    const cat = pickCategory(kind);
    const t = pick(cat.templates);
    const sizes = t.santon ? SANTON_SIZES : t.sizes;
    const sizeIndex = Math.floor(random() * sizes.length);
    const s = sizes[sizeIndex];

    // Names: base, optional scent/vintage/finish, then the size, as on a real label.
    let fr = t.fr;
    let zh = t.zh;
    let en = t.en;
    if (cat.variants && !t.plain && random() < 0.7) {
      const [vfr, vzh, ven] = pick(cat.variants);
      fr += ` – ${vfr}`;
      zh = fitZh(zh, vzh);
      en += ` – ${ven}`;
    }
    if (cat.vintages) {
      const year = int(2018, 2024);
      fr += ` ${year}`;
      zh = fitZh(zh, String(year));
      en += ` ${year}`;
    }
    if (t.santon) {
      const [ffr, fzh, fen] = pick(SANTON_FINISH);
      fr += `, ${ffr}`;
      zh = fitZh(zh, fzh);
      en += `, ${fen}`;
    }
    fr += ` ${s.fr}`;
    zh = fitZh(zh, s.zh);
    en += ` ${s.en}`;
    // Marketplace titles carry a selling point after the size.
    if (random() < 0.95) {
      const [efr, ezh, een] = pick(cat.extras);
      fr += ` – ${efr}`;
      zh = fitZh(zh, ezh);
      en += ` – ${een}`;
    }
    // ~0.1 % of names carry quotes, which CSV escapes as "".
    if (random() < 0.001) fr += ` – édition "${pick(QUOTED_EDITIONS)}"`;

    const number = String(index + 1).padStart(6, "0");
    let sku = `${cat.prefix}-${number}`;
    if (kind === "duplicate-sku") sku = pick(recentSkus);
    if (recentSkus.length < 1000) recentSkus.push(sku);
    else recentSkus[index % 1000] = sku;

    const [brand, brandPostcode] = pick(cat.brands);

    // GTIN-13, French prefix 376; i → i·7919 + c mod 10⁹ is a bijection, so GTINs never repeat.
    const body = `376${String((index * 7919 + 104729) % 1e9).padStart(9, "0")}`;
    let check = gs1CheckDigit(body);
    if (kind === "invalid-gtin") check = (check + int(1, 9)) % 10;

    let postcode = random() < 0.8 ? brandPostcode : pick(PROVENCE_POSTCODES);
    if (kind === "origin-outside-provence") postcode = pick(["75001", "69001"]);

    let shelfLife = cat.food ? String(int(cat.food[0], cat.food[1])) : "";
    if (kind === "short-shelf-life") shelfLife = "6";

    let storage = random() < 0.9 ? "ambient" : "";
    if (kind === "chilled-storage") storage = "chilled";

    // Price grows with the size, with some jitter; kept in integer cents.
    const [pmin, pmax] = t.santon ? [9.5, 45] : t.price;
    const share = (sizeIndex + random()) / sizes.length;
    let price = formatCents(Math.min(8900, Math.max(250, Math.round((pmin + (pmax - pmin) * share) * 100))));
    if (kind === "invalid-price") price = pick(["0", "abc"]);

    const stock = random() < 0.05 ? 0 : int(1, 5000);

    const labels = [...(t.must ?? [])];
    const extra = int(0, 2 - labels.length);
    for (let k = 0; k < extra && cat.labels.length > 0; k += 1) {
      const label = pick(cat.labels);
      if (!labels.includes(label)) labels.push(label);
    }

    const images = [];
    for (let n = 1, count = pick([1, 2, 3, 3]); n <= count; n += 1) images.push(`https://img.example.com/${sku}/${n}.jpg`);

    const row = [
      sku,
      kind === "missing-name-fr" ? "" : fr,
      zh,
      en,
      brand,
      kind === "unknown-category" ? "divers" : cat.category,
      body + check,
      t.hs ?? cat.hs,
      postcode,
      shelfLife,
      storage,
      String(Math.min(1500, Math.max(10, s.g))),
      price,
      String(stock),
      labels.join("|"),
      images.join("|"),
    ];
    return { cells: row, invalid: kind !== null };
  };
}

/**
 * The catalogue's data rows, one at a time: the cells as strings, and whether the row carries its one
 * deliberate error. The CSV and the workbook writers both take their rows from here, so that a seed
 * gives the same products in either format.
 * @returns {Generator<{ cells: string[], invalid: boolean }>}
 */
export function catalogueRows({ rows, seed = 42, invalidRate = 0.01, firstRow = 0 }) {
  // Checked now, not at the first row: a generator's body waits for its first `next()`.
  if (!Number.isInteger(rows) || rows < 0) throw new TypeError(`rows must be a whole number ≥ 0, got ${rows}`);
  const makeRow = createRowMaker(mulberry32(seed), invalidRate);
  return (function* () {
    for (let i = 0; i < rows; i += 1) yield makeRow(firstRow + i);
  })();
}

/**
 * Writes `rows` data rows (plus the header) to `path`.
 * @returns {Promise<{ path: string, rows: number, bytes: number, invalidRows: number }>}
 */
// `firstRow` numbers the SKUs from there, so that several files of one merchant do not share SKUs.
export async function generateCatalogue({ rows, seed = 42, invalidRate = 0.01, path, firstRow = 0 }) {
  const source = catalogueRows({ rows, seed, invalidRate, firstRow });
  if (!path) throw new TypeError("path is required");
  mkdirSync(dirname(resolve(path)), { recursive: true });

  const out = createWriteStream(path, { encoding: "utf8" });
  let invalidRows = 0;
  let chunk = `${HEADER.join(",")}\n`;

  for (const { cells, invalid } of source) {
    if (invalid) invalidRows += 1;
    chunk += `${cells.map(csvCell).join(",")}\n`;
    // ~64 KB writes: few enough calls to be fast, small enough to keep memory flat.
    if (chunk.length >= 65536) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await finished(out);
  return { path, rows, bytes: out.bytesWritten, invalidRows };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const [rowsArg, outArg, seedArg] = process.argv.slice(2);
  const rows = Number(rowsArg);
  const seed = seedArg === undefined ? 42 : Number(seedArg);
  if (!outArg || !Number.isInteger(rows) || rows < 0 || !Number.isInteger(seed)) {
    process.stderr.write("usage: node scripts/generate-catalogue.mjs <rows> <out.csv> [seed]\n");
    process.exitCode = 2;
  } else {
    const result = await generateCatalogue({ rows, seed, path: outArg });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}
