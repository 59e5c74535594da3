import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../catalogue/display-width.js";
import { findCategory } from "../catalogue/categories.js";
import { emptyProductValues } from "../catalogue/product-values.js";
import { draftRequestOf, draftTitle } from "./draft-title.js";
import { PRODUCT_CATEGORY_IDS, type ProductCategoryId } from "./glossary.js";

/** A French name, its brand and category; the draft's title, the glossary terms found, the unknown words and the width. */
type Row = readonly [name: string, brand: string, category: ProductCategoryId, title: string, terms: readonly string[], unknownWords: readonly string[], width: number];

function expectDraft([name, brand, category, title, terms, unknownWords, width]: Row, netWeightMg?: number): void {
  const draft = draftTitle({ nameFr: name, brand, categoryId: category, netWeightMg });
  expect(draft.title).toBe(title);
  expect(draft.terms.map((term) => term.fr)).toEqual(terms);
  expect(draft.unknownWords).toEqual(unknownWords);
  expect(draft.width).toBe(width);
  expect(draft.width).toBe(displayWidth(draft.title));
  expect(draft.fits).toBe(true);
}

/** The demo's catalogue (fixtures/demo/catalogue.csv), with its net weights: the name's size wins over them. */
const DEMO: readonly (readonly [sku: string, netWeightMg: number, row: Row])[] = [
  ["SAV-CUBE-600", 600_000, ["Savon de Marseille cube 600 g, 72 % d'huile d'olive", "Savonnerie des Calanques", "soap-cosmetics", "Savonnerie des Calanques 法国方块72%橄榄油马赛皂 600克", ["savon de Marseille", "cube", "huile d'olive"], [], 54]],
  ["SAV-OLV-300", 300_000, ["Savon à l'huile d'olive et à la lavande, 300 g", "Calanque Bleue", "soap-cosmetics", "Calanque Bleue 法国橄榄油薰衣草皂 300克", ["savon", "huile d'olive", "lavande"], [], 39]],
  ["SAV-LIQ-1L", 1_000_000, ["Savon liquide de Marseille, recharge 1 L", "Savonnerie des Calanques", "soap-cosmetics", "Savonnerie des Calanques 法国马赛液体皂补充装 1升", ["savon liquide", "Marseille", "recharge"], [], 49]],
  ["CRM-MAINS-75", 75_000, ["Crème mains à l'huile d'olive, tube 75 ml", "Calanque Bleue", "soap-cosmetics", "Calanque Bleue 法国橄榄油护手霜管装 75毫升", ["crème mains", "huile d'olive", "tube"], [], 42]],
  ["COF-DECOUV-4", 400_000, ["Coffret découverte, 4 savons de 100 g", "Savonnerie des Calanques", "soap-cosmetics", "Savonnerie des Calanques 法国皂体验装礼盒 100克×4块", ["coffret découverte", "savon"], [], 51]],
  ["SAV-LAV-100", 100_000, ["Savon à la lavande de Provence, 100 g", "Savonnerie des Calanques", "soap-cosmetics", "Savonnerie des Calanques 法国普罗旺斯薰衣草皂 100克", ["savon", "lavande", "Provence"], [], 51]],
  ["CAL-AIX-250", 250_000, ["Calissons d'Aix, boîte losange de 250 g", "Calanque Bleue", "confectionery", "Calanque Bleue 法国艾克斯卡利松杏仁糖菱形盒装 250克", ["calisson d'Aix", "boîte losange"], [], 51]],
  // « Vallée des Baux » without « -de-Provence » is not the glossary's place: said, not guessed.
  ["HUI-OLV-50", 460_000, ["Huile d'olive vierge extra de la Vallée des Baux, bouteille 50 cl", "Calanque Bleue", "olive-oil", "Calanque Bleue 法国特级初榨橄榄油瓶装 500毫升", ["huile d'olive vierge extra", "bouteille"], ["Vallée", "Baux"], 45]],
];

describe("the demo catalogue's names", () => {
  it("are the names of fixtures/demo/catalogue.csv", () => {
    const lines = readFileSync(new URL("../../../fixtures/demo/catalogue.csv", import.meta.url), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).slice(1);
    const products = lines.filter((line) => line.trim() !== "").map((line) => line.split(";"));
    expect(products.map((cells) => [cells[0], cells[1], cells[3], findCategory(cells[4] ?? "")?.id, Number(cells[8]) * 1000])).toEqual(
      DEMO.map(([sku, netWeightMg, [name, brand, category]]) => [sku, name, brand, category, netWeightMg]),
    );
  });

  it.each(DEMO)("%s", (_sku, netWeightMg, row) => expectDraft(row, netWeightMg));
});

/** The sample catalogues' names (fixtures/french-excel.csv), as typed: curly apostrophes, « », a line break in a cell. */
const SAMPLES: readonly Row[] = [
  ["Savon de Marseille cube 600 g, 72 % d’huile d’olive", "Savonnerie du Vieux Port", "soap-cosmetics", "Savonnerie du Vieux Port 法国方块72%橄榄油马赛皂 600克", ["savon de Marseille", "cube", "huile d'olive"], [], 54],
  ["Savon liquide à la verveine… recharge 1 L", "Savonnerie du Vieux Port", "soap-cosmetics", "Savonnerie du Vieux Port 法国马鞭草液体皂补充装 1升", ["savon liquide", "verveine", "recharge"], [], 51],
  ["Crème mains nourrissante à l’huile d’olive\n75 ml, tube aluminium", "Savonnerie du Vieux Port", "soap-cosmetics", "Savonnerie du Vieux Port 法国滋养橄榄油护手霜管装 75毫升", ["crème mains", "nourrissant", "huile d'olive", "tube"], ["aluminium"], 56],
  ["Huile essentielle de lavande fine AOP de Haute-Provence, 10 ml", "Distillerie des Hautes Terres", "essential-oils", "Distillerie des Hautes Terres 法国薰衣草精油 10毫升", ["huile essentielle", "lavande fine", "AOP", "Haute-Provence"], [], 51],
  ["Eau de toilette « Cœur de lavande », 100 ml", "Distillerie des Hautes Terres", "perfume", "Distillerie des Hautes Terres 法国薰衣草淡香水 100毫升", ["eau de toilette", "lavande"], ["Cœur"], 54],
  ["Calissons d’Aix ; boîte losange 250 g", "Calissons de la Rotonde", "confectionery", "Calissons de la Rotonde 法国艾克斯卡利松杏仁糖菱形盒装 250克", ["calisson d'Aix", "boîte losange"], [], 60],
  ["Calissons d’Aix en écrin, 8 pièces — édition de Noël", "Calissons de la Rotonde", "confectionery", "Calissons de la Rotonde 法国圣诞版艾克斯卡利松杏仁糖礼盒 8个", ["calisson d'Aix", "écrin", "pièce", "édition de Noël"], [], 60],
  ["Huile d’olive vierge extra AOP Vallée des Baux-de-Provence, 50 cl", "Moulin de la Vallée des Baux", "olive-oil", "Moulin de la Vallée des Baux 法国特级初榨橄榄油 500毫升", ["huile d'olive vierge extra", "AOP", "Vallée des Baux-de-Provence"], [], 55],
  ["Santon façonné main « Le tambourinaire », argile peinte, 7 cm", "Atelier Santons Marcel", "santons-crafts", "Atelier Santons Marcel 法国手工制作鼓手泥塑人偶 7厘米", ["santon", "façonné main", "tambourinaire", "argile peinte"], [], 53],
  ["Crèche provençale complète : 24 santons, moulin et décor", "Atelier Santons Marcel", "santons-crafts", "Atelier Santons Marcel 法国泥塑人偶磨坊普罗旺斯圣诞马槽 24个", ["crèche provençale", "complet", "santon", "moulin", "décor"], [], 60],
  ["Rosé Côtes de Provence AOP 2025, 75 cl", "Domaine des Embruns", "wine", "Domaine des Embruns 法国普罗旺斯丘桃红葡萄酒 750毫升", ["rosé", "Côtes de Provence", "AOP"], [], 52],
  ["Herbes de Provence Label Rouge, pot en grès 40 g", "Herbier du Luberon", "herbs-spices", "Herbier du Luberon 法国红标普罗旺斯香草粗陶罐装 40克", ["herbes de Provence", "Label Rouge", "pot", "grès"], [], 52],
  ["Miel de lavande IGP Miel de Provence, 250 g", "Rucher du Ventoux", "honey-jams", "Rucher du Ventoux 法国地理标志保护普罗旺斯薰衣草蜂蜜 250克", ["miel de lavande", "IGP", "miel de Provence"], [], 58],
  ["Tapenade noire fraîche, 90 g", "Herbier du Luberon", "grocery", "Herbier du Luberon 法国黑橄榄酱 90克", ["tapenade noire"], ["fraîche"], 36],
];

describe("the sample catalogues' names", () => {
  it.each(SAMPLES)("%s", (...row) => expectDraft(row));
});

/** Names of our own, across every category (brands fictional). */
const OWN: readonly Row[] = [
  ["Savon de Marseille vert à l'huile d'olive 300 g", "Savonnerie du Midi", "soap-cosmetics", "Savonnerie du Midi 法国绿色橄榄油马赛皂 300克", ["savon de Marseille", "vert", "huile d'olive"], [], 45],
  ["Savonnette au lait d'ânesse bio, 100 g", "La Ferme des Ânes", "soap-cosmetics", "La Ferme des Ânes 法国有机驴奶香皂 100克", ["savonnette", "lait d'ânesse", "bio"], [], 40],
  ["Lot de 3 savons surgras sans parfum 3 x 100 g", "Savonnerie du Midi", "soap-cosmetics", "Savonnerie du Midi 法国超脂无香皂3件装 100克×3", ["lot", "savon", "surgras", "sans parfum"], [], 46],
  ["Baume à lèvres au karité, tube 15 ml", "Belle Provence", "soap-cosmetics", "Belle Provence 法国乳木果润唇膏管装 15毫升", ["baume à lèvres", "karité", "tube"], [], 42],
  ["Gel douche fleur d'oranger, flacon pompe 500 ml", "Belle Provence", "soap-cosmetics", "Belle Provence 法国橙花沐浴露按压瓶装 500毫升", ["gel douche", "fleur d'oranger", "flacon pompe"], [], 45],
  ["Crème visage hydratante à l'aloe vera 50 ml", "Belle Provence", "soap-cosmetics", "Belle Provence 法国保湿芦荟面霜 50毫升", ["crème visage", "hydratant", "aloe vera"], [], 38],
  ["Eau de parfum « Mistral » 50 ml", "Parfumerie de Grasse", "perfume", "Parfumerie de Grasse 法国浓香水 50毫升", ["eau de parfum"], ["Mistral"], 38],
  ["Eau de lavande, vaporisateur 100 ml", "Parfumerie de Grasse", "perfume", "Parfumerie de Grasse 法国薰衣草香水喷雾装 100毫升", ["eau de lavande", "vaporisateur"], [], 49],
  ["Bougie parfumée figue, verre 180 g", "Maison Lumière", "perfume", "Maison Lumière 法国无花果玻璃香薰蜡烛 180克", ["bougie parfumée", "figue", "verre"], [], 43],
  ["Parfum d'ambiance à la lavande de Provence", "Maison Lumière", "perfume", "Maison Lumière 法国普罗旺斯薰衣草室内香氛", ["parfum d'ambiance", "lavande", "Provence"], [], 41],
  ["Huile essentielle de lavandin bio 30 ml", "Distillerie du Plateau", "essential-oils", "Distillerie du Plateau 法国有机醒目薰衣草精油 30毫升", ["huile essentielle", "lavandin", "bio"], [], 52],
  ["Huile essentielle de romarin, flacon 10 ml", "Distillerie du Plateau", "essential-oils", "Distillerie du Plateau 法国迷迭香精油瓶装 10毫升", ["huile essentielle", "romarin", "flacon"], [], 48],
  ["Hydrolat de lavande fine 200 ml", "Distillerie du Plateau", "essential-oils", "Distillerie du Plateau 法国薰衣草纯露 200毫升", ["hydrolat", "lavande fine"], [], 45],
  ["Coffret 3 huiles essentielles : lavande, romarin, eucalyptus", "Distillerie du Plateau", "essential-oils", "Distillerie du Plateau 法国薰衣草迷迭香尤加利精油礼盒 3瓶", ["coffret", "huile essentielle", "lavande", "romarin", "eucalyptus"], [], 57],
  ["Huile d'olive vierge extra AOP Provence, bidon 3 L", "Moulin du Castelas", "olive-oil", "Moulin du Castelas 法国普罗旺斯特级初榨橄榄油 3升", ["huile d'olive vierge extra", "AOP", "Provence", "bidon"], [], 49],
  ["Huile d'olive fruité vert, bouteille 75 cl", "Moulin du Castelas", "olive-oil", "Moulin du Castelas 法国青果味橄榄油瓶装 750毫升", ["huile d'olive", "fruité vert", "bouteille"], [], 47],
  ["Huile d'olive vierge extra de la Vallée des Baux-de-Provence, 25 cl", "Moulin du Castelas", "olive-oil", "Moulin du Castelas 法国莱博谷特级初榨橄榄油 250毫升", ["huile d'olive vierge extra", "Vallée des Baux-de-Provence"], [], 51],
  ["Thym de Provence IGP, sachet 50 g", "Herbier du Luberon", "herbs-spices", "Herbier du Luberon 法国地理标志保护普罗旺斯百里香袋装 50克", ["thym de Provence", "IGP", "sachet"], [], 58],
  ["Tisane verveine tilleul bio 40 g", "Herbier du Luberon", "herbs-spices", "Herbier du Luberon 法国有机马鞭草椴花花草茶 40克", ["tisane", "verveine", "tilleul", "bio"], [], 48],
  ["Herbes de Provence en bocal 80 g", "Herbier du Luberon", "herbs-spices", "Herbier du Luberon 法国普罗旺斯香草玻璃罐装 80克", ["herbes de Provence", "bocal"], [], 48],
  ["Miel toutes fleurs de Provence, pot 500 g", "Rucher du Ventoux", "honey-jams", "Rucher du Ventoux 法国普罗旺斯百花蜜罐装 500克", ["miel toutes fleurs", "Provence", "pot"], [], 46],
  ["Miel de lavande crémeux 250 g", "Rucher du Ventoux", "honey-jams", "Rucher du Ventoux 法国薰衣草蜂蜜 250克", ["miel de lavande"], ["crémeux"], 38],
  ["Confiture extra d'abricots, pot 320 g", "Confiturerie du Comtat", "honey-jams", "Confiturerie du Comtat 法国特级杏果酱罐装 320克", ["confiture", "extra", "abricot", "pot"], [], 47],
  ["Crème de marrons 250 g", "Confiturerie du Comtat", "honey-jams", "Confiturerie du Comtat 法国栗子酱 250克", ["crème de marrons"], [], 39],
  ["Nougat blanc aux amandes et au miel de Provence, 200 g", "Nougaterie du Vieux Moulin", "confectionery", "Nougaterie du Vieux Moulin 法国杏仁白牛轧糖 200克", ["nougat blanc", "amande", "miel de Provence"], [], 49],
  ["Calissons d'Aix-en-Provence, coffret 24 pièces 300 g", "Calissons de la Rotonde", "confectionery", "Calissons de la Rotonde 法国艾克斯卡利松杏仁糖 24个 300克", ["calisson d'Aix", "coffret", "pièce"], [], 57],
  ["Navettes de Marseille à la fleur d'oranger, sachet 150 g", "Four des Navettes", "confectionery", "Four des Navettes 法国橙花马赛船形饼干袋装 150克", ["navettes de Marseille", "fleur d'oranger", "sachet"], [], 48],
  ["Fruits confits d'Apt, boîte 500 g", "Confiserie du Luberon", "confectionery", "Confiserie du Luberon 法国蜜饯盒装 500克", ["fruits confits", "boîte"], ["Apt"], 40],
  ["Tapenade verte aux amandes, 90 g", "Herbier du Luberon", "grocery", "Herbier du Luberon 法国杏仁青橄榄酱 90克", ["tapenade verte", "amande"], [], 40],
  ["Anchoïade, bocal 180 g", "Conserverie du Port", "grocery", "Conserverie du Port 法国凤尾鱼酱玻璃罐装 180克", ["anchoïade", "bocal"], [], 46],
  ["Fleur de sel de Camargue 125 g", "Salins du Midi", "grocery", "Salins du Midi 法国卡马格盐之花 125克", ["fleur de sel", "Camargue"], [], 37],
  ["Soupe de poissons de Marseille 780 ml", "Conserverie du Port", "grocery", "Conserverie du Port 法国马赛鱼汤 780毫升", ["soupe de poissons", "Marseille"], [], 40],
  ["Bandol rouge 2019, magnum 150 cl", "Domaine de la Tour", "wine", "Domaine de la Tour 法国邦多勒2019年红葡萄酒大瓶装 1500毫升", ["Bandol", "rouge", "magnum"], [], 58],
  ["Cassis blanc 2023, 75 cl", "Clos des Falaises", "wine", "Clos des Falaises 法国卡西斯2023年白葡萄酒 750毫升", ["cassis", "blanc"], [], 50],
  ["Coteaux d'Aix-en-Provence rosé AOP 2024 75 cl", "Château des Pins", "wine", "Château des Pins 法国艾克斯普罗旺斯丘桃红葡萄酒 750毫升", ["Coteaux d'Aix-en-Provence", "rosé", "AOP"], [], 55],
  ["Châteauneuf-du-Pape rouge 2020, 75 cl", "Domaine des Papes", "wine", "Domaine des Papes 法国教皇新堡2020年红葡萄酒 750毫升", ["Châteauneuf-du-Pape", "rouge"], [], 52],
  ["Pastis de Marseille 70 cl", "Distillerie Phocéenne", "spirits", "Distillerie Phocéenne 法国马赛茴香酒 700毫升", ["pastis", "Marseille"], [], 44],
  ["Liqueur de thym 50 cl", "Distillerie Phocéenne", "spirits", "Distillerie Phocéenne 法国百里香利口酒 500毫升", ["liqueur", "thym"], [], 46],
  ["Nappe provençale en coton imprimé 150 x 250 cm", "Tissages de Provence", "textiles-fashion", "Tissages de Provence 法国普罗旺斯棉印花桌布 150×250厘米", ["nappe", "Provence", "coton", "imprimé"], [], 55],
  ["Tablier en lin brodé cigale", "Tissages de Provence", "textiles-fashion", "Tissages de Provence 法国亚麻刺绣蝉围裙", ["tablier", "lin", "brodé", "cigale"], [], 39],
  ["Sac cabas en toile de Camargue", "Tissages de Provence", "textiles-fashion", "Tissages de Provence 法国卡马格手提袋", ["cabas", "Camargue"], ["toile"], 37],
  ["Assiette en faïence peinte à la main, 27 cm", "Faïencerie du Verdon", "home-ceramics", "Faïencerie du Verdon 法国彩陶手绘盘子 27厘米", ["assiette", "faïence", "peint à la main"], [], 44],
  ["Pichet en terre cuite émaillée 1 L", "Poterie de la Colline", "home-ceramics", "Poterie de la Colline 法国赤陶釉面水壶 1升", ["pichet", "terre cuite", "émaillé"], [], 42],
  ["Planche à découper en bois d'olivier", "Atelier de l'Olivier", "home-ceramics", "Atelier de l'Olivier 法国橄榄木砧板", ["planche à découper", "bois d'olivier"], [], 35],
  ["Santons de Provence : le berger et son mouton, 7 cm", "Atelier Santons Marcel", "santons-crafts", "Atelier Santons Marcel 法国牧羊人绵羊普罗旺斯泥塑人偶 7厘米", ["santons de Provence", "berger", "mouton"], [], 59],
  ["Crèche de Noël 12 santons d'argile peints à la main", "Atelier Santons Marcel", "santons-crafts", "Atelier Santons Marcel 法国泥塑人偶黏土手绘圣诞马槽 12个", ["crèche", "Noël", "santon", "argile", "peint à la main"], [], 56],
  ["Coffret cadeau Provence : huile d'olive, tapenade et herbes", "Épicerie du Cours", "grocery", "Épicerie du Cours 法国普罗旺斯橄榄油+橄榄酱+香草礼盒", ["coffret cadeau", "Provence", "huile d'olive", "tapenade", "herbe"], [], 52],
  ["SAVON DE MARSEILLE EXTRA PUR 72% HUILE D'OLIVE 1KG", "", "soap-cosmetics", "法国特级纯72%橄榄油马赛皂 1千克", ["savon de Marseille", "extra", "pur", "huile d'olive"], [], 31],
  ["ROSE COTES DE PROVENCE 75CL", "", "wine", "法国普罗旺斯丘桃红葡萄酒 750毫升", ["rosé", "Côtes de Provence"], [], 32],
  ["Savon à la rose 100g", "", "soap-cosmetics", "法国玫瑰皂 100克", ["savon", "rose"], [], 16],
];

describe("Provençal product names of every category", () => {
  it("cover every category of the catalogue", () => {
    expect(new Set(OWN.map(([, , category]) => category))).toEqual(new Set(PRODUCT_CATEGORY_IDS));
    expect(OWN.length).toBeGreaterThanOrEqual(40);
  });

  it.each(OWN)("%s", (...row) => expectDraft(row));
});

describe("reading a French name", () => {
  it.each([
    // Accents and case.
    ["HUILE D'OLIVE VIERGE EXTRA", undefined, ["huile d'olive vierge extra"]],
    ["Savon a l'huile d'olive", undefined, ["savon", "huile d'olive"]],
    ["creme mains a la lavande", undefined, ["crème mains", "lavande"]],
    // Plurals.
    ["Savons de Marseille", undefined, ["savon de Marseille"]],
    ["Coffret de 3 huiles essentielles", undefined, ["coffret", "huile essentielle"]],
    ["Santons provençaux", undefined, ["santon", "Provence"]],
    ["Coteaux Varois rouges", "wine", ["Coteaux Varois en Provence", "rouge"]],
    // Elisions, straight or curly.
    ["Crème à l’huile d’olive", undefined, ["crème", "huile d'olive"]],
    ["Calissons d'Aix", undefined, ["calisson d'Aix"]],
    // Multi-word terms before their words.
    ["Huile essentielle de lavande de Haute-Provence", undefined, ["huile essentielle de lavande de Haute-Provence"]],
    ["Eau de lavande", undefined, ["eau de lavande"]],
    ["Savon de Marseille", undefined, ["savon de Marseille"]],
    ["Lavande fine", undefined, ["lavande fine"]],
    // Stop words between the words of a term, or of none.
    ["Savon au miel et à la lavande", undefined, ["savon", "miel", "lavande"]],
    ["Thym de Provence", undefined, ["thym de Provence"]],
    // « rose » the flower, « rosé » the wine; the category decides when the accent is missing.
    ["Savon à la rose", "soap-cosmetics", ["savon", "rose"]],
    ["Rosé de Provence", "wine", ["rosé", "Provence"]],
    ["ROSE DE PROVENCE", "wine", ["rosé", "Provence"]],
  ] as const)("%j (%s) → %j", (name, category, terms) => {
    const draft = draftTitle({ nameFr: name, categoryId: category });
    expect(draft.terms.map((term) => term.fr)).toEqual(terms);
    expect(draft.unknownWords).toEqual([]);
  });

  it.each([
    ["Confiture de cassis", "honey-jams", "法国黑加仑果酱"],
    ["Cassis blanc", "wine", "法国卡西斯白葡萄酒"],
    ["Tablier rouge", "textiles-fashion", "法国红色围裙"],
    ["Bandol rouge", "wine", "法国邦多勒红葡萄酒"],
  ] as const)("a word's sense follows the category: %j (%s) → %s", (name, category, title) => {
    expect(draftTitle({ nameFr: name, categoryId: category }).title).toBe(title);
  });

  it("never transliterates or guesses a word it does not know: it returns it, once, as written", () => {
    const draft = draftTitle({ nameFr: "Savon « Belle Époque », belle époque, n° 5" });
    expect(draft.title).toBe("法国皂");
    expect(draft.unknownWords).toEqual(["Belle", "Époque", "n", "5"]);
  });

  it("leaves out the brand where the name repeats it", () => {
    const draft = draftTitle({ nameFr: "Savon Calanque Bleue à la lavande", brand: "Calanque Bleue" });
    expect(draft.title).toBe("Calanque Bleue 法国薰衣草皂");
    expect(draft.unknownWords).toEqual([]);
  });
});

describe("sizes in Chinese units", () => {
  const sizeOf = (name: string): string | undefined => draftTitle({ nameFr: `Savon ${name}` }).parts.find((part) => part.kind === "size")?.zh;

  it.each([
    ["500 ml", "500毫升"],
    ["1,5 L", "1.5升"],
    ["1.5 l", "1.5升"],
    ["250g", "250克"],
    ["75 cl", "750毫升"],
    ["50CL", "500毫升"],
    ["0,5 L", "500毫升"],
    ["1 kg", "1千克"],
    ["0,75 kg", "750克"],
    ["2 litres", "2升"],
    ["125 grammes", "125克"],
    ["2 x 100 g", "100克×2"],
    ["100 g x 3", "100克×3"],
    ["4 savons de 100 g", "100克×4块"],
    ["150 x 250 cm", "150×250厘米"],
  ])("%j → %s", (written, zh) => expect(sizeOf(written)).toBe(zh));

  it("a count without « de » before a size is a count, not a size per piece", () => {
    expect(draftTitle({ nameFr: "Calissons, 24 pièces 300 g" }).title).toBe("法国卡利松杏仁糖 24个 300克");
  });

  it.each([
    [600_000, "600克"],
    [12_500, "12.5克"],
  ])("without a size in the name, the net weight of %i mg: %s", (netWeightMg, zh) => {
    const size = draftTitle({ nameFr: "Savon de Marseille", netWeightMg }).parts.find((part) => part.kind === "size");
    expect(size).toMatchObject({ zh, from: "net-weight", source: "china-legal-units-1984" });
  });

  it("the name's size wins over the net weight", () => {
    expect(draftTitle({ nameFr: "Crème mains 75 ml", netWeightMg: 80_000 }).title).toBe("法国护手霜 75毫升");
  });
});

describe("fitting Tmall's title width", () => {
  const name = "Coffret savon de Marseille traditionnel à la lavande AOP, Provence, 4 savons de 100 g";

  it("keeps everything when it fits", () => {
    const draft = draftTitle({ nameFr: name });
    expect(draft.title).toBe("法国普罗旺斯原产地命名保护传统薰衣草马赛皂礼盒 100克×4块");
    expect(draft.dropped).toEqual([]);
  });

  it("drops the least important parts first and says which", () => {
    const draft = draftTitle({ nameFr: name, brand: "Les Savonneries Réunies" }, { maxWidth: 50 });
    expect(draft.dropped.map(({ part, reason }) => [part.kind, part.zh, reason])).toEqual([
      ["packaging", "礼盒", "width"],
      ["attribute", "传统", "width"],
      ["label", "原产地命名保护", "width"],
      ["origin", "普罗旺斯", "width"],
    ]);
    expect(draft.title).toBe("Les Savonneries Réunies 法国薰衣草马赛皂 100克×4块");
    expect(draft.width).toBe(displayWidth(draft.title));
    expect(draft.fits).toBe(true);
  });

  it("keeps the brand and the product, and says so when even they do not fit", () => {
    const draft = draftTitle({ nameFr: name, brand: "Les Savonneries Réunies" }, { maxWidth: 20 });
    expect(draft.title).toBe("Les Savonneries Réunies 马赛皂");
    expect(draft.dropped.map(({ part }) => part.kind)).toEqual(["packaging", "attribute", "label", "origin", "attribute", "origin", "size"]);
    expect(draft.fits).toBe(false);
    expect(draft.width).toBe(30);
  });

  it("uses the catalogue setting's width by default", () => {
    expect(draftTitle({ nameFr: name }).maxWidth).toBe(60);
  });

  it("says a part was left out because another holds its Chinese already", () => {
    const draft = draftTitle({ nameFr: "Savon de Marseille, tradition marseillaise" });
    expect(draft.title).toBe("法国马赛皂");
    expect(draft.dropped).toEqual([{ part: expect.objectContaining({ kind: "origin", zh: "马赛", written: "marseillaise" }), reason: "repeated" }]);
    expect(draft.unknownWords).toEqual(["tradition"]);
  });
});

describe("what the draft cites", () => {
  it("puts the country first, from Taobao's country field, unless told not to or the name says it", () => {
    expect(draftTitle({ nameFr: "Savon" }).parts[0]).toEqual({ kind: "origin", zh: "法国", written: "", from: "default", source: "taobao-item-api", group: "place" });
    expect(draftTitle({ nameFr: "Savon" }, { addCountry: false }).title).toBe("皂");
    expect(draftTitle({ nameFr: "Savon fabriqué en France" }).title).toBe("法国制造皂");
  });

  it("gives each term its source, and says which names are protected in China with their Chinese still to check", () => {
    const draft = draftTitle({ nameFr: "Rosé Côtes de Provence AOP", categoryId: "wine" });
    expect(draft.terms).toEqual([
      { fr: "rosé", written: "Rosé", zh: "桃红葡萄酒", role: "product", group: "wine", source: "gb-15037-2006-wine" },
      { fr: "Côtes de Provence", written: "Côtes de Provence", zh: "普罗旺斯丘", role: "origin", group: "wine", source: "glossary-common-usage", protectedBy: "eu-china-gi-agreement-2020" },
      { fr: "AOP", written: "AOP", zh: "原产地命名保护", role: "label", group: "quality-label", source: "glossary-common-usage" },
    ]);
    expect(draft.sources).toEqual(["taobao-item-api", "glossary-common-usage", "gb-15037-2006-wine"]);
  });

  it("reads a product's catalogue values", () => {
    const product = { ...emptyProductValues(), nameFr: "Miel de lavande", brand: "Rucher du Ventoux", netWeightMg: 250_000, category: findCategory("miel") };
    expect(draftRequestOf(product)).toEqual({ nameFr: "Miel de lavande", brand: "Rucher du Ventoux", netWeightMg: 250_000, categoryId: "honey-jams" });
    expect(draftTitle(draftRequestOf(product)).title).toBe("Rucher du Ventoux 法国薰衣草蜂蜜 250克");
  });
});
