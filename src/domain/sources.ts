/**
 * Every source the tool relies on, as data: the table that SOURCES.md (at the repository root)
 * describes, one entry per id. Values and rules point here by id; the titles, in each language, are in
 * the message catalogues (`messages/sources-*.ts`). Our own design choices and estimates are entries
 * too, so that every figure says where it comes from — a design choice included.
 */

export const SOURCE_KINDS = [
  /** A law, a regulation, an official notice. */
  "official-text",
  /** Data published by an official body (a reference rate, the commune list). */
  "official-data",
  /** A platform's own rule or interface (Tmall, Taobao), as published or reported. */
  "platform-rule",
  "press-article",
  /** A third party that is not the issuer but knows the field (an interprofession, a trade site). */
  "third-party",
  /** An agency blog, a repost, a guide: to confirm. */
  "weak-third-party",
  /** A fact stated without a published source (a check digit's rule, tariff headings). */
  "general-knowledge",
  /** Our own arithmetic from sourced figures. */
  "own-estimate",
  /** Our choice where no source gives a figure. */
  "design-choice",
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceDefinition {
  readonly id: string;
  readonly kind: SourceKind;
  readonly issuer: string;
  /** ISO date (or year-month, year) of the text or figure; "undated" when the source gives none. */
  readonly date: string;
  /** Official number, journal, site or article: enough to find it again. */
  readonly reference: string;
  /** Given only where it was checked. */
  readonly url?: string;
  /** The settings, rules, presets and rates that cite it (`setting x`, `rule x`, `preset x`, `cost defaults`, `cbec rate x`), then any other use. */
  readonly usedBy: readonly string[];
}

/** The day the design choices below were made (the settings' and the cost model's date). */
export const DESIGN_CHOICE_DATE = "2026-11-23";
/** The day the Chinese glossary (`names/glossary.ts`) was compiled. */
export const GLOSSARY_DATE = "2026-12-04";
/** The date of a value no source gives (« your figure »): none. */
export const NO_DATE = "n/a";
/** A source that gives a figure but no date. */
export const UNDATED = "undated";

export const SOURCES = [
  {
    id: "sme-recommendation-2003",
    kind: "official-text",
    issuer: "European Commission",
    date: "2003-05-06",
    reference: "Recommendation 2003/361/EC, OJ L 124, 20.5.2003, p. 36–41 (annex, art. 3: a firm more than 25 % owned by a non-SME is not an SME)",
    url: "http://data.europa.eu/eli/reco/2003/361/oj",
    usedBy: ["rule sme-size", "rule independence"],
  },
  {
    id: "sme-decree-2008",
    kind: "official-text",
    issuer: "Premier ministre (République française)",
    date: "2008-12-18",
    reference: "Décret n° 2008-1354 du 18 décembre 2008, art. 3 (JORFTEXT000019961059)",
    usedBy: ["rule sme-size"],
  },
  {
    id: "food-information-regulation-2011",
    kind: "official-text",
    issuer: "European Parliament and Council of the European Union",
    date: "2011-10-25",
    reference: "Regulation (EU) No 1169/2011, OJ L 304, 22.11.2011, p. 18–63: use-by date (DLC) against best-before date (DDM)",
    usedBy: ["rule products-non-perishable", "catalogue rule perishable (chilled or frozen storage)"],
  },
  {
    id: "cosmetics-regulation-2009",
    kind: "official-text",
    issuer: "European Parliament and Council of the European Union",
    date: "2009-11-30",
    reference: "Regulation (EC) No 1223/2009, OJ L 342, 22.12.2009, p. 59, art. 19: a date only when durability is 30 months or less",
    usedBy: ["catalogue categories (no shelf life required for cosmetics)"],
  },
  {
    id: "cbec-tax-policy-2016",
    kind: "official-text",
    issuer: "Ministry of Finance, General Administration of Customs and State Administration of Taxation (PRC)",
    date: "2016-03-24",
    reference: "Caiguanshui [2016] No. 18, in force 2016-04-08: duty 0 %, VAT and consumption tax charged at 70 %",
    usedBy: ["cbec rate ordinary"],
  },
  {
    id: "cbec-tax-policy-2018",
    kind: "official-text",
    issuer: "Ministry of Finance (PRC)",
    date: "2019-01-01",
    reference: "Caiguanshui [2018] No. 49, in force 2019-01-01: RMB 5,000 per order, RMB 26,000 per person per year",
    usedBy: ["setting cbecOrderLimitCnyCents", "rule products-cbec-limit", "rule products-positive-list", "cbec rate ordinary", "cbec rate highEndCosmetic"],
  },
  {
    id: "high-end-cosmetics-tax-2016",
    kind: "official-text",
    issuer: "Ministry of Finance and State Administration of Taxation (PRC)",
    date: "2016-09-30",
    reference: "Caishui [2016] No. 103, in force 2016-10-01: consumption tax 15 % on cosmetics at RMB 10 or more per ml or g, or RMB 15 per piece, before VAT",
    usedBy: ["setting highEndCosmeticCnyCentsPerGram", "cbec rate highEndCosmetic"],
  },
  {
    id: "cbec-positive-list-2022",
    kind: "official-text",
    issuer: "Chinese authorities (positive list of CBEC retail imports)",
    date: "2022-03-01",
    reference: "Positive list of cross-border e-commerce retail imports, 1,476 eight-digit tariff lines from 2022-03-01 (1,142 lines in 2016, 1,321 in 2018); no machine-readable copy found",
    usedBy: ["rule products-positive-list", "catalogue positive-list headings (hs-positive-list-not-checked)"],
  },
  {
    id: "ecb-euro-reference-rates",
    kind: "official-data",
    issuer: "European Central Bank",
    date: "2026-10-06",
    reference: "Euro foreign exchange reference rates: 1 EUR = 7.5554 CNY on 2026-10-06",
    url: "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
    usedBy: ["setting eurCny", "cost defaults"],
  },
  {
    id: "official-commune-list",
    kind: "official-data",
    issuer: "Etalab (data.gouv.fr)",
    date: "undated",
    reference: "@etalab/decoupage-administratif (npm package): communes with their postcodes, departments and regions",
    url: "https://github.com/etalab/decoupage-administratif",
    usedBy: ["rule head-office-region", "catalogue origin rules (postcode to communes, region 93)", "e-label place of origin (department names)"],
  },
  {
    id: "siren-siret-check-digit",
    kind: "general-knowledge",
    issuer: "INSEE (Sirene register)",
    date: "undated",
    reference: "SIREN (9 digits) and SIRET (14 digits) carry a Luhn check digit; La Poste's establishments (SIREN 356000000) use a digit sum that is a multiple of 5",
    usedBy: ["rule company-identifier"],
  },
  {
    id: "e-provence-letter-of-intent-2015",
    kind: "press-article",
    issuer: "La Tribune Marseille",
    date: "2015-12-14",
    reference: "Letter of intent of 2015-12-11 between Tmall International, Provence International Holdings Ltd and the City of Marseille: only non-perishable Provençal products made by TPE/PME",
    usedBy: ["rule head-office-region", "rule products-non-perishable", "rule products-origin"],
  },
  {
    id: "lavender-oil-aop-area",
    kind: "third-party",
    issuer: "CIHEF (Comité interprofessionnel des huiles essentielles françaises)",
    date: "undated",
    reference: "cihef.org: AOP Huile essentielle de lavande de Haute-Provence, communes of 04, 05, 26 and 84",
    usedBy: ["rule products-origin", "catalogue origin rule (origin-gi-area)"],
  },
  {
    id: "provence-quality-signs",
    kind: "third-party",
    issuer: "signes-qualite-paca.com",
    date: "undated",
    reference: "Quality signs of Provence-Alpes-Côte d'Azur: IGP Miel de Provence (the six departments, south Drôme, parts of Gard) and the other Provence AOP and IGP",
    usedBy: ["rule products-origin", "catalogue origin rule (origin-gi-area)"],
  },
  {
    id: "tmall-global-entry-requirements",
    kind: "weak-third-party",
    issuer: "Tmall Global (Alibaba), as agencies report it",
    date: "2019/2021",
    reference: "Tmall Global entry rules 2019/2021: a brand owned, or licensed, with a trademark registered outside mainland China; entry by invitation",
    usedBy: ["rule trademark"],
  },
  {
    id: "taobao-listing-rules",
    kind: "weak-third-party",
    issuer: "Taobao/Tmall, as third-party guides report it",
    date: "undated",
    reference: "Listing rules: title of at most 30 Chinese characters (60 bytes, a CJK character counting 2 and ASCII 1); to confirm for Tmall Global",
    usedBy: ["setting titleMaxDisplayUnits", "catalogue rule title-too-long"],
  },
  {
    id: "taobao-item-api",
    kind: "platform-rule",
    issuer: "Taobao Open Platform",
    date: "undated",
    reference: "Item upload API taobao.item.add, as public SDKs document it: title at most 30 characters = 60 bytes; main images at most 3 MB; cross-border fields: the country written in Chinese (法国)",
    usedBy: ["setting titleMaxDisplayUnits", "glossary (France → 法国)"],
  },
  {
    id: "taobao-item-image-api",
    kind: "platform-rule",
    issuer: "Taobao Open Platform",
    date: "undated",
    reference:
      "Item image upload (taobao.item.img.upload, taobao.item.add), as the current public SDKs document it: JPG, JPEG or PNG, at most 3 MB a picture (older SDKs said 500 KB), one main picture and up to 4 more; eprovence reads 3 MB as 3,000,000 bytes (design choice: the stricter reading)",
    usedBy: ["catalogue rules picture-wrong-format, picture-too-large, too-many-pictures"],
  },
  {
    id: "tmall-picture-convention",
    kind: "weak-third-party",
    issuer: "Third-party sellers' guides",
    date: "undated",
    reference: "Sellers' convention, not a platform rule: main pictures of 800 × 800 pixels or more (zoom from 700 × 700), square, on a white background",
    usedBy: ["catalogue rules picture-too-small, picture-not-square"],
  },
  {
    id: "quote-2017",
    kind: "press-article",
    issuer: "CCI Marseille Provence and Alibaba France, reported by go-met.com and destimed.fr",
    date: "2017-05",
    reference: "« a shop on Alibaba for €10,000 a year when a trade fair sometimes costs twice as much »; about €10,000 a year plus 1–5 % commission",
    usedBy: ["preset quote-2017"],
  },
  {
    id: "tmall-global-fees-2020",
    kind: "platform-rule",
    issuer: "Tmall Global (Alibaba), reported by chinesedigitalmarketing.com and uschinahpa.org (2020-09)",
    date: "2020-09-21",
    reference: "Tmall Global Fee Standards, 2020 edition: deposit RMB 150,000 (300,000 for some categories), annual fee RMB 30,000 or 60,000, commission 2–5 %, Alipay about 1 %",
    usedBy: ["preset tmall-global-fees", "cost defaults"],
  },
  {
    id: "tmall-annual-fee-refund-2022",
    kind: "platform-rule",
    issuer: "Tmall (mainland China marketplace)",
    date: "2022",
    reference: "Domestic Tmall refund of the annual fee: 50 % at annual sales of 6× the fee, 100 % at 20×; no Tmall Global rule found",
    usedBy: ["preset tmall-global-fees"],
  },
  {
    id: "tmall-partner-agencies",
    kind: "weak-third-party",
    issuer: "Tmall Partner agencies",
    date: "undated",
    reference: "Store operation by a Tmall Partner: RMB 20,000–100,000 a month, or 5–10 % of sales",
    usedBy: ["preset tmall-global-fees"],
  },
  {
    id: "canton-fair-booth-2009",
    kind: "press-article",
    issuer: "China Daily (chinadaily.com.cn)",
    date: "2009-02-03",
    reference: "Canton Fair: a standard 9 m² booth for RMB 30,000",
    usedBy: ["preset canton-fair-9m2"],
  },
  {
    id: "prowein-pavilion-price",
    kind: "press-article",
    issuer: "Vitisphere (vitisphere.com)",
    date: "undated",
    reference: "Business France pavilion at ProWein: a single price of €290 per m² of bare space",
    url: "https://www.vitisphere.com/actualite-84889-business-france-promet-la-stabilite-des-prix-sur-son-pavillon-france.html",
    usedBy: ["preset prowein-9m2"],
  },
  {
    id: "vinexpo-stand-costs",
    kind: "weak-third-party",
    issuer: "Decor Report (decorreport.com)",
    date: "undated",
    reference: "Vinexpo: space €270–335/m²; stand fit-out €100–1,500/m², about €600 on average",
    url: "https://decorreport.com/fr/vinexpo-version-déco",
    usedBy: ["preset canton-fair-9m2", "preset prowein-9m2", "preset vinexpo-9m2"],
  },
  {
    id: "min-shelf-life-choice",
    kind: "design-choice",
    issuer: "eprovence",
    date: DESIGN_CHOICE_DATE,
    reference: "12 months of shelf life at least for food: no official minimum exists; a setting (--min-shelf-life)",
    usedBy: ["setting minShelfLifeMonths", "rule products-non-perishable"],
  },
  {
    id: "cbec-alcohol-estimate",
    kind: "own-estimate",
    issuer: "eprovence",
    date: "2019-04-01",
    reference: "Wine (consumption tax 10 %) ≈ 17.9 % and spirits (20 %, the fixed RMB 0.5 per 500 ml left out) ≈ 28.9 %: our own arithmetic in the CBEC formula",
    usedBy: ["cbec rate wine", "cbec rate spirits"],
  },
  {
    id: "cost-horizon-choice",
    kind: "design-choice",
    issuer: "eprovence",
    date: DESIGN_CHOICE_DATE,
    reference: "Costs compared over 3 years by default (--years)",
    usedBy: ["cost defaults"],
  },
  {
    id: "one-fair-a-year-choice",
    kind: "design-choice",
    issuer: "eprovence",
    date: DESIGN_CHOICE_DATE,
    reference: "One fair a year, set against a year of shop (--fairs-per-year)",
    usedBy: ["preset quote-2017", "preset canton-fair-9m2", "preset prowein-9m2", "preset vinexpo-9m2"],
  },
  {
    id: "fair-space-9m2-choice",
    kind: "design-choice",
    issuer: "eprovence",
    date: DESIGN_CHOICE_DATE,
    reference: "European fair presets take 9 m², the size of the one sourced booth (Canton Fair)",
    usedBy: ["preset prowein-9m2", "preset vinexpo-9m2"],
  },
  {
    id: "eu-china-gi-agreement-2020",
    kind: "official-text",
    issuer: "European Union and Government of the People's Republic of China",
    date: "2020-09-14",
    reference: "Agreement on cooperation on, and protection of, geographical indications, OJ L 408I, 4.12.2020, p. 3; in force 2021-03-01; its annexes give the Chinese form of each protected name. Côtes de Provence, Côtes du Rhône and Châteauneuf-du-Pape are on the first list of French names; the Chinese forms the annexes give were not read: to check",
    url: "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A02020A1204%2801%29-20201204",
    usedBy: ["glossary (names the agreement protects in China)"],
  },
  {
    id: "gb-t-23347-2021-olive-oil",
    kind: "official-text",
    issuer: "State Administration for Market Regulation and Standardization Administration (PRC)",
    date: "2021-10-11",
    reference: "GB/T 23347-2021 橄榄油、油橄榄果渣油 (Olive oil and olive-pomace oil), in force 2022-05-01: 橄榄油, 初榨橄榄油, 特级初榨橄榄油, 精炼橄榄油",
    usedBy: ["glossary (olive oil grades)"],
  },
  {
    id: "gb-15037-2006-wine",
    kind: "official-text",
    issuer: "General Administration of Quality Supervision, Inspection and Quarantine and Standardization Administration (PRC)",
    date: "2006-12-11",
    reference: "GB 15037-2006 葡萄酒 (Wines), in force 2008-01-01: 白葡萄酒, 桃红葡萄酒, 红葡萄酒 by colour; 起泡葡萄酒 by carbon dioxide",
    usedBy: ["glossary (wine by colour)"],
  },
  {
    id: "gb-14963-2011-honey",
    kind: "official-text",
    issuer: "Ministry of Health (PRC)",
    date: "2011",
    reference: "GB 14963-2011 食品安全国家标准 蜂蜜 (National food safety standard: honey): defines 蜂蜜",
    usedBy: ["glossary (honey)"],
  },
  {
    id: "gb-1886-38-2015-lavender-oil",
    kind: "official-text",
    issuer: "Chinese national food safety standard (issuing body not checked)",
    date: "2015-09-22",
    reference: "GB 1886.38-2015 食品安全国家标准 食品添加剂 薰衣草油 (Oil of lavender, Lavandula angustifolia Mill.), in force 2016-03-22: 薰衣草 names Lavandula angustifolia, the lavande fine or vraie",
    usedBy: ["glossary (lavande fine)"],
  },
  {
    id: "gb-t-19630-2019-organic",
    kind: "official-text",
    issuer: "State Administration for Market Regulation and Standardization Administration (PRC)",
    date: "2019-08-30",
    reference: "GB/T 19630-2019 有机产品 生产、加工、标识与管理体系要求 (Organic products), in force 2020-01-01: 有机 names an organic product; a Chinese listing may need Chinese organic certification to say it: to check",
    usedBy: ["glossary (organic)"],
  },
  {
    id: "china-customs-tariff",
    kind: "official-text",
    issuer: "Customs of the People's Republic of China (进出口税则)",
    date: "undated",
    reference: "Heading wordings of the import and export tariff, read as customs-code sites reproduce them (edition not checked): 3301 精油, 3303 香水及花露水, 3304 美容品或化妆品及护肤品, 3401 肥皂",
    usedBy: ["glossary (essential oils, perfume, cosmetics)"],
  },
  {
    id: "china-legal-units-1984",
    kind: "official-text",
    issuer: "State Council (PRC)",
    date: "1984-02-27",
    reference: "Order on the uniform use of legal units of measurement and its annex 中华人民共和国法定计量单位: 千克 (kg), 升 (L), 米 (m) and the prefixes 毫 (m), 厘 (c)",
    usedBy: ["glossary (units: 克, 千克, 毫升, 升, 厘米)"],
  },
  {
    id: "shangcaifa-2018-486",
    kind: "official-text",
    issuer: "MOFCOM, NDRC, MOF, GACC, SAT, SAMR (PRC)",
    date: "2018-11-28",
    reference:
      "商财发〔2018〕486号 关于完善跨境电子商务零售进口监管有关工作的通知 (Shangcaifa [2018] No. 486): goods imported by cross-border retail need no physical Chinese label; the platform shows a Chinese electronic label online and gives the consumer a risk notice (the goods may differ from Chinese standards and may carry no Chinese label)",
    usedBy: ["export (labels-zh.html: the Chinese e-label and the risk notice)"],
  },
  {
    id: "e-label-fields-choice",
    kind: "design-choice",
    issuer: "eprovence",
    date: GLOSSARY_DATE,
    reference:
      "The fields of the Chinese e-label: those a Chinese listing of food shows (taobao.item.add: ingredients 配料表, shelf life 保质期, storage, factory name and address) with the name, brand, country and place of origin and net content; « 待补充 » (to be completed) where we cannot write a field in Chinese",
    usedBy: ["export (labels-zh.html, labelZh in catalogue.json)"],
  },
  {
    id: "glossary-common-usage",
    kind: "design-choice",
    issuer: "eprovence",
    date: GLOSSARY_DATE,
    reference: "Chinese in common use for a French term no official text names: to be validated by a translator before a title is published",
    usedBy: ["glossary (every term without an official source)"],
  },
  {
    id: "unsourced-your-figure",
    kind: "design-choice",
    issuer: "eprovence",
    date: NO_DATE,
    reference: "No source gives this figure: 0 until you enter yours, and every report names the option",
    usedBy: ["cost defaults"],
  },
] as const satisfies readonly SourceDefinition[];

export type SourceId = (typeof SOURCES)[number]["id"];

const IDS: ReadonlySet<string> = new Set(SOURCES.map((source) => source.id));

export function isSourceId(text: string): text is SourceId {
  return IDS.has(text);
}

/**
 * Remarks a value adds to its source — how a range became one figure, what a zero means — keyed by a
 * stable code; each language words them in `messages/sources-*.ts`.
 */
export const SOURCE_NOTES = [
  "sme-decree-article-3",
  "annex-article-3",
  "ml-taken-as-grams",
  "cbec-ordinary-rate",
  "cbec-high-end-cosmetic-rate",
  "cbec-wine-estimate",
  "cbec-spirits-estimate",
  "refundable-deposit",
  "no-fee-refund-known",
  "quote-shop-all-in",
  "quote-commission-midpoint",
  "quote-fair-all-in",
  "included-in-quote",
  "not-in-quote",
  "annual-fee-higher",
  "refund-analogue-tier-1",
  "refund-analogue-tier-2",
  "commission-midpoint",
  "alipay-fee",
  "agency-percent-midpoint",
  "agency-monthly-not-used",
  "canton-standard-booth",
  "canton-2009-price",
  "booth-price-covers-space",
  "space-priced-per-m2",
  "vinexpo-space-midpoint",
  "fit-out-average",
] as const;

export type SourceNote = (typeof SOURCE_NOTES)[number];

/**
 * Where a value or a rule comes from: sources of the table (the main one, any others, and a remark of
 * ours), or the user — an option, a key of a `--scenario` file (with the source the file gives, if
 * any), an answer in the wizard. The value's date is kept beside it (`SourcedValue.date`).
 */
export type SourceRef =
  | CitedSources
  | { readonly from: "option"; readonly option: string }
  | { readonly from: "scenario-file"; readonly path: string; readonly key: string; readonly said?: string }
  | { readonly from: "config-file"; readonly path: string; readonly key: string; readonly said?: string }
  | { readonly from: "wizard"; readonly key: string };

export interface CitedSources {
  readonly from: "sources";
  readonly id: SourceId;
  readonly also?: readonly SourceId[];
  readonly note?: SourceNote;
}

export function cite(id: SourceId, { also, note }: { readonly also?: readonly SourceId[]; readonly note?: SourceNote | undefined } = {}): CitedSources {
  return { from: "sources", id, ...(also === undefined ? {} : { also }), ...(note === undefined ? {} : { note }) };
}

/** The main source's id, for scripts (`sourceId` in JSON); null for a value the user gave. */
export function sourceIdOf(ref: SourceRef): SourceId | null {
  return ref.from === "sources" ? ref.id : null;
}

/** Every id a reference cites, the main one first. */
export function sourceIdsOf(ref: SourceRef): SourceId[] {
  return ref.from === "sources" ? [ref.id, ...(ref.also ?? [])] : [];
}
