import { CATEGORIES, findCategory } from "../../domain/catalogue/categories.js";
import {
  READINESS_SAMPLE_SIZE,
  TMALL_GLOBAL_PROFILE,
  type CatalogueReadiness,
  type ProductReadiness,
  type Sample,
  type StoredProduct,
} from "../../domain/catalogue/readiness.js";
import type { CostInputName } from "../../domain/costs/inputs.js";
import { DEFAULT_PRESET } from "../../domain/costs/presets.js";
import { describeCostAssumptions, listUnsourcedInputs, type CostScenario } from "../../domain/costs/scenario.js";
import type { EligibilityResult, RuleResult, RuleStatus } from "../../domain/eligibility/evaluate.js";
import { RULES, SIZE_CLASSES, type SizeClass } from "../../domain/eligibility/rules.js";
import type { Translator } from "../../domain/messages/index.js";
import type { CatalogueSettings } from "../../domain/settings.js";
import { describeUnsourcedInputs, verdict as describeCostVerdict } from "../reports/costs-pretty.js";
import { nextSteps as eligibilityNextSteps, ruleHint, toParams } from "../reports/eligibility.js";
import { renderCumulativeChart } from "./chart.js";
import { html, isolate, pageHead, type HtmlValue, type SafeHtml } from "./html.js";
import { DOSSIER_CSS } from "./styles.js";
import { formatCompactEuros, rateOf } from "../../domain/money.js";

/**
 * The application dossier as one self-contained HTML document: inline CSS and SVG, no script, no
 * external request (product images are listed as text, never loaded), printable on A4 with each
 * section on its own page. Pure: the command gathers the data, this only renders it, in the
 * translator's language. Every text goes through `html` (one escaping path).
 */

export interface DossierCompany {
  readonly legalName: string;
  readonly siren: string;
  readonly siret: string | undefined;
  readonly postcode: string | undefined;
  /** The communes of the head office's postcode in the official list; empty when it is unknown. */
  readonly communes: readonly string[];
  readonly headcount: number | undefined;
  readonly turnoverCents: number | undefined;
  readonly balanceSheetCents: number | undefined;
  readonly independent: boolean | undefined;
  readonly brands: readonly string[];
  readonly trademark: "registered" | "pending" | "none" | undefined;
  readonly contactName: string | undefined;
  readonly contactEmail: string | undefined;
  readonly contactPhone: string | undefined;
}

/** Where the cost comparison comes from: the merchant's latest saved scenario, or the default one. */
export type DossierCostOrigin =
  | { readonly kind: "saved"; readonly id: number; readonly savedAt: string }
  | { readonly kind: "default" }
  /** A saved scenario this version cannot read (another schema): the default is shown, and says so. */
  | { readonly kind: "unreadable"; readonly savedAt: string };

export interface DossierData {
  readonly company: DossierCompany;
  /** How the next steps' commands name the company (its SIRET, else its SIREN). */
  readonly merchantRef: string;
  readonly eligibility: EligibilityResult;
  readonly costs: { readonly scenario: CostScenario; readonly origin: DossierCostOrigin };
  /** The readiness of the whole catalogue: counts, and the first products of each kind. */
  readonly readiness: CatalogueReadiness;
  /** The first DOSSIER_PRODUCTS_LISTED products by SKU, each with its readiness: the ones the catalogue section details. */
  readonly listed: readonly ListedProduct[];
  readonly settings: CatalogueSettings;
  readonly generatedAt: Date;
  readonly toolVersion: string;
}

export interface ListedProduct {
  readonly product: StoredProduct;
  readonly readiness: ProductReadiness;
  /** Its main kept picture, embedded (the page makes no request); undefined without one, or past the dossier's budget. */
  readonly mainPicture?: { readonly dataUri: string; readonly width: number; readonly height: number } | undefined;
}

/**
 * How many products the catalogue section details, row by row (design choice): 100 rows are about five
 * printed pages, what a reader of an application goes through; a larger catalogue is summarised — its
 * counts, per category too, and the first 100 by SKU — and the dossier says that the full list is in the
 * export. The dossier's size and the memory it takes stay bounded whatever the catalogue's size.
 */
export const DOSSIER_PRODUCTS_LISTED = 100;

/** The sections, in order: their ids are stable (links, tests, the browser check). */
export const DOSSIER_SECTIONS = ["company", "eligibility", "costs", "catalogue", "next-steps"] as const;
export type DossierSection = (typeof DOSSIER_SECTIONS)[number];

const SECTION_TITLES = {
  company: "sectionCompany",
  eligibility: "sectionEligibility",
  costs: "sectionCosts",
  catalogue: "sectionCatalogue",
  "next-steps": "sectionNextSteps",
} as const satisfies Record<DossierSection, string>;

/** How many products a checklist rule or a next step names before "and N more" (at most what the readiness names). */
const SKUS_SHOWN = Math.min(30, READINESS_SAMPLE_SIZE);

export function renderDossier(data: DossierData, t: Translator): string {
  const format = createFormats(t);
  const date = t.date(data.generatedAt.toISOString().slice(0, 10));
  const rate = data.settings.eurCny;
  const sections: Record<DossierSection, SafeHtml> = {
    company: renderCompany(data, t, format),
    eligibility: renderEligibility(data.eligibility, t),
    costs: renderCosts(data, t, format),
    catalogue: renderCatalogue(data, t),
    "next-steps": renderNextSteps(data, t),
  };
  const document = html`<!doctype html>
<html lang="${t.language}">
${pageHead({ language: t.language, toolVersion: data.toolVersion, title: t.dossier("documentTitle", { legalName: data.company.legalName }), css: DOSSIER_CSS, hasPictures: true })}
<body>
<header class="cover">
<p class="kicker">${t.dossier("heading")}</p>
<h1>${isolate(data.company.legalName)}</h1>
<p class="muted">${t.dossier("generatedOn", { date })}</p>
<p class="intro">${t.dossier("intro")}</p>
<nav class="contents" aria-label="${t.dossier("contents")}">
<h2>${t.dossier("contents")}</h2>
<ol>${DOSSIER_SECTIONS.map((id) => html`<li><a href="#${id}">${t.dossier(SECTION_TITLES[id])}</a></li>`)}</ol>
</nav>
</header>
<main>
${DOSSIER_SECTIONS.map(
  (id, index) => html`<section class="chapter" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title"><span class="number">${index + 1}</span> ${t.dossier(SECTION_TITLES[id])}</h2>
${sections[id]}
</section>
`,
)}</main>
<footer>
<p>${t.dossier("footer", { version: data.toolVersion, rulesVersion: data.eligibility.rulesVersion, date })}<br>
${t.dossier("footerRate", { rate: t.number(rateOf(rate.value), 4), date: t.date(rate.date), source: t.cite(rate.source) })}</p>
</footer>
</body>
</html>
`;
  return document.value;
}

interface Formats {
  /** Whole euros with the currency sign, in the language's way ("10 000 €", "€10,000"); cents when there are some. */
  readonly euros: (cents: number) => string;
  /** Euros without the sign, for the sentences that carry their own (the costs report's). */
  readonly amount: (cents: number) => string;
  /** A ceiling as an owner says it ("10 M€", "€10M"). */
  readonly compactEuros: (cents: number) => string;
}

function createFormats(t: Translator): Formats {
  return {
    euros: (cents) => t.euros(cents / 100),
    amount: (cents) => (cents % 100 === 0 ? t.number(cents / 100, 0) : t.number(cents / 100, 2, 2)),
    compactEuros: (cents) => formatCompactEuros(cents / 100, t.language),
  };
}

// ——— 1. The company ———————————————————————————————————————————————————————————————

function renderCompany(data: DossierData, t: Translator, format: Formats): SafeHtml {
  const { company } = data;
  const label = (field: string): string => t.ui("merchantLabel", { field });
  const notGiven = t.ui("merchantValue", { value: "unknown" });
  const yesNo = (value: boolean | undefined): string => t.ui("merchantValue", { value: value === undefined ? "unknown" : value ? "yes" : "no" });
  const headOffice =
    company.postcode === undefined
      ? notGiven
      : company.communes.length === 0
        ? `${company.postcode} (${t.dossier("postcodeUnknown")})`
        : `${company.postcode} ${company.communes.join(", ")}`;
  const contact = [company.contactName, company.contactEmail, company.contactPhone].filter((part) => part !== undefined && part !== "").join(" · ");
  const facts: [string, HtmlValue][] = [
    [label("legalName"), isolate(company.legalName)],
    [label("siren"), groupIdentifier(company.siren)],
    [label("siret"), company.siret === undefined ? notGiven : groupIdentifier(company.siret)],
    [t.dossier("headOffice"), headOffice],
    [label("headcount"), company.headcount === undefined ? notGiven : t.number(company.headcount, 2)],
    [label("turnoverEur"), company.turnoverCents === undefined ? notGiven : format.euros(company.turnoverCents)],
    [label("balanceSheetEur"), company.balanceSheetCents === undefined ? notGiven : format.euros(company.balanceSheetCents)],
    [label("independent"), yesNo(company.independent)],
    [label("brands"), company.brands.length === 0 ? notGiven : company.brands.map((brand, index) => html`${index > 0 ? ", " : ""}${isolate(brand)}`)],
    [label("trademark"), t.ui("merchantValue", { value: company.trademark ?? "unknown" })],
    [label("contact"), contact === "" ? notGiven : isolate(contact)],
  ];
  return html`<dl class="facts">${facts.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
${renderSmeClass(data, t, format)}`;
}

/** "812345678" → "812 345 678", "81234567800013" → "812 345 678 00013": as printed on a Kbis. */
function groupIdentifier(digits: string): string {
  return digits.length === 9 || digits.length === 14 ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`.trim() : digits;
}

/** The SME class and the figures that decided it, against the ceilings of that class (or of "medium" when none fits). */
function renderSmeClass(data: DossierData, t: Translator, format: Formats): SafeHtml {
  const { company, eligibility } = data;
  const category = eligibility.smeCategory;
  const largest = SIZE_CLASSES[SIZE_CLASSES.length - 1];
  const shown: SizeClass | undefined = SIZE_CLASSES.find((size) => size.category === category) ?? largest;
  const title = t.dossier(category === null ? "sme_unknown" : `sme_${category}`);
  const rule = RULES["sme-size"];
  const within = (isWithin: boolean | undefined): SafeHtml =>
    isWithin === undefined ? html`<span class="mark unknown">—</span>` : statusMark(isWithin ? "pass" : "fail", t.ui("merchantValue", { value: isWithin ? "yes" : "no" }));
  const notGiven = t.ui("merchantValue", { value: "unknown" });
  const rows =
    shown === undefined
      ? html``
      : html`<tr><th scope="row">${t.dossier("smeStaff")}</th><td class="num">${company.headcount === undefined ? notGiven : t.number(company.headcount, 2)}</td><td class="num">${t.dossier("smeBelow", { value: shown.staffBelow })}</td><td>${within(company.headcount === undefined ? undefined : company.headcount < shown.staffBelow)}</td></tr>
<tr><th scope="row">${t.dossier("smeTurnover")}</th><td class="num">${company.turnoverCents === undefined ? notGiven : format.euros(company.turnoverCents)}</td><td class="num">${t.dossier("smeAtMost", { value: format.compactEuros(shown.maxTurnoverCents) })}</td><td>${within(company.turnoverCents === undefined ? undefined : company.turnoverCents <= shown.maxTurnoverCents)}</td></tr>
<tr><th scope="row">${t.dossier("smeBalanceSheet")}</th><td class="num">${company.balanceSheetCents === undefined ? notGiven : format.euros(company.balanceSheetCents)}</td><td class="num">${t.dossier("smeAtMost", { value: format.compactEuros(shown.maxBalanceSheetCents) })}</td><td>${within(company.balanceSheetCents === undefined ? undefined : company.balanceSheetCents <= shown.maxBalanceSheetCents)}</td></tr>`;
  return html`<h3>${t.dossier("smeTitle")}</h3>
<p class="sme-class">${title}</p>
<table class="sme">
<thead><tr><th>${t.dossier("smeCriterion")}</th><th class="num">${t.dossier("smeFigure")}</th><th class="num">${t.dossier("smeCeiling", { category: shown === undefined ? "" : t.dossier(`smeClassShort_${shown.category}`) })}</th><th>${t.dossier("smeWithin")}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p>${t.dossier("smeRule")}</p>
<p class="source">${t.dossier("source", { source: `${t.cite(rule.source)} (${rule.date})` })}</p>`;
}

// ——— 2. Eligibility ——————————————————————————————————————————————————————————————

const GLYPHS: Readonly<Record<RuleStatus, string>> = { pass: "✔", warn: "⚠", fail: "✖", unknown: "?" };

/** A status as a glyph and a word, coloured: the word and the glyph's shape read without colour. */
function statusMark(status: RuleStatus, word: string): SafeHtml {
  return html`<span class="mark ${status}"><span class="glyph" aria-hidden="true">${GLYPHS[status]}</span>${word}</span>`;
}

function renderEligibility(result: EligibilityResult, t: Translator): SafeHtml {
  return html`<p class="verdict ${result.verdict}">${t.ui(`verdict_${result.verdict}`)}</p>
<p>${t.dossier("eligibilityIntro", { date: t.date(result.evaluatedOn), version: result.rulesVersion })}</p>
<table class="checklist">
<colgroup><col class="status"><col class="check"><col class="source"></colgroup>
<thead><tr><th>${t.dossier("colStatus")}</th><th>${t.dossier("colCheck")}</th><th>${t.dossier("colSource")}</th></tr></thead>
<tbody>
${result.rules.map((rule) => renderRule(rule, t))}
</tbody>
</table>`;
}

function renderRule(rule: RuleResult, t: Translator): SafeHtml {
  const definition = RULES[rule.id];
  const params = toParams(rule.figures);
  const shown = rule.products.slice(0, SKUS_SHOWN);
  const products =
    rule.products.length === 0
      ? html``
      : html`<div>${t.dossier("productsConcerned", { count: rule.products.length })}<ul>${shown.map(
          (product) => html`<li><span class="sku">${product.sku}</span> — ${t.productReason(product.reason)}</li>`,
        )}${rule.products.length > shown.length ? html`<li>${t.dossier("andMoreSkus", { count: rule.products.length - shown.length })}</li>` : html``}</ul></div>`;
  const hint = rule.status === "pass" ? html`` : html`<p class="hint"><strong>${t.dossier("whatToDo")}</strong> ${ruleHint(rule, t, "person")}</p>`;
  return html`<tr data-rule="${rule.id}">
<td class="status">${statusMark(rule.status, t.dossier(`status_${rule.status}`))}</td>
<td><div>${t.outcome(rule.outcome, params)}</div><div class="statement">${definition.statement[t.language]}</div>${products}${hint}</td>
<td class="source">${t.cite(rule.source)}<br>${t.dossier("ruleReference", { version: rule.version, date: t.date(definition.date) })}</td>
</tr>`;
}

// ——— 3. Costs ———————————————————————————————————————————————————————————————————

function renderCosts(data: DossierData, t: Translator, format: Formats): SafeHtml {
  const { scenario, origin } = data.costs;
  const { comparison, inputs } = scenario;
  const preset = t.preset(DEFAULT_PRESET);
  const originText =
    origin.kind === "saved"
      ? t.dossier("costsSaved", { date: t.date(origin.savedAt.slice(0, 10)), id: origin.id })
      : origin.kind === "unreadable"
        ? t.dossier("costsUnreadable", { date: t.date(origin.savedAt.slice(0, 10)), preset })
        : t.dossier("costsDefault", { preset });
  const sales = scenario.salesRange
    ? t.ui("costsSalesRange", { low: format.amount(scenario.salesRange.low), mid: format.amount(scenario.salesRange.mid), high: format.amount(scenario.salesRange.high) })
    : t.ui("costsSales", { sales: format.amount(comparison.salesCents) });
  const years = inputs.years.value;
  const chart = renderCumulativeChart(
    comparison.years.map((row) => ({ year: row.year, shopCents: row.shopCumulativeCents, fairsCents: row.fairsCumulativeCents })),
    {
      id: "costs-chart",
      title: t.ui("costsChartTitle"),
      description: t.dossier("chartDescription", { years }),
      shop: t.ui("costsLegendShop"),
      fairs: t.ui("costsLegendFairs"),
      yearAxis: t.dossier("chartYearAxis"),
      amountAxis: t.dossier("chartAmountAxis"),
      yearTick: (year) => t.ui("costsChartYear", { year }),
      amountTick: (cents) => `${t.number(cents / 100_000, 1)} k€`,
    },
  );
  const signed = (cents: number): string => (cents > 0 ? `+${format.euros(cents)}` : cents < 0 ? `−${format.euros(-cents)}` : format.euros(0));
  const unsourced = listUnsourcedInputs(inputs);
  const assumptions = describeCostAssumptions(inputs).filter((assumption) => assumption.value !== 0);
  return html`<p>${originText}</p>
<p class="muted">${t.ui("costsContext", { presets: scenario.presets.map(t.preset).join(", "), rate: t.number(rateOf(inputs.eurCny.value), 4), rateDate: t.date(inputs.eurCny.date) })}</p>
<p>${sales}</p>
${scenario.salesRange ? html`<p class="muted">${t.dossier("costsRangeNote")}</p>` : html``}
<div class="figure">
<h3>${t.ui("costsChartTitle")}</h3>
${chart}
</div>
<ul>${describeCostVerdict(scenario, t, format.amount).map((sentence) => html`<li>${sentence}</li>`)}</ul>
<h3>${t.dossier("costsTableTitle")}</h3>
<table class="costs">
<thead><tr><th>${t.ui("costsYear")}</th><th class="num">${t.ui("costsShop")}</th><th class="num">${t.ui("costsFairs")}</th><th class="num">${t.ui("costsShopCumulative")}</th><th class="num">${t.ui("costsFairsCumulative")}</th><th class="num">${t.ui("costsDifference")}</th></tr></thead>
<tbody>
${comparison.years.map(
  (row) =>
    html`<tr><th scope="row">${row.year}</th><td class="num">${format.euros(row.shopCents)}</td><td class="num">${format.euros(row.fairsCents)}</td><td class="num">${format.euros(row.shopCumulativeCents)}</td><td class="num">${format.euros(row.fairsCumulativeCents)}</td><td class="num">${signed(row.fairsCumulativeCents - row.shopCumulativeCents)}</td></tr>
`,
)}</tbody>
</table>
<p class="muted">${t.ui("costsDifferenceNote")}</p>
<h3>${t.dossier("assumptionsTitle")}</h3>
<table class="assumptions">
<colgroup><col class="input"><col class="value"><col class="source"><col class="date"></colgroup>
<thead><tr><th>${t.dossier("colInput")}</th><th class="num">${t.dossier("colValue")}</th><th>${t.dossier("colSource")}</th><th>${t.dossier("colDate")}</th></tr></thead>
<tbody>
${assumptions.map(
  (assumption) =>
    html`<tr><td>${t.costInput(assumption.name as CostInputName)}</td><td class="value">${t.costValue(assumption.name as CostInputName, assumption.value, inputs[assumption.name as CostInputName].currency)}</td><td class="source">${t.cite(assumption.source)}</td><td class="date">${t.date(assumption.date)}</td></tr>
`,
)}</tbody>
</table>
${unsourced.length > 0 ? html`<p class="muted">${describeUnsourcedInputs(unsourced, t, "person")}</p>` : html``}`;
}

// ——— 4. Catalogue ——————————————————————————————————————————————————————————————

function renderCatalogue(data: DossierData, t: Translator): SafeHtml {
  const { readiness, listed } = data;
  const summary = html`<p><strong>${t.dossier("catalogueSummary", { ready: readiness.readyCount, total: readiness.total, completeness: readiness.completeness })}</strong></p>
<p class="muted">${t.dossier("catalogueNote", { count: TMALL_GLOBAL_PROFILE.length })}</p>`;
  if (readiness.total === 0) return html`${summary}<p>${t.dossier("catalogueEmpty")}</p>`;
  const isSummarised = listed.length < readiness.total;
  const byCategory = new Map<string, ListedProduct[]>([...readiness.categories.keys()].map((category) => [category, []]));
  for (const each of listed) byCategory.get(each.readiness.category)?.push(each);
  return html`${summary}
${isSummarised ? html`<p class="listed">${t.dossier("catalogueListed", { listed: listed.length, total: readiness.total, rest: readiness.total - listed.length })}</p>` : html``}
${sortCategories([...byCategory.entries()]).map(
  ([category, products]) => html`<h3>${
    isSummarised
      ? t.dossier("categoryHeadingListed", { label: categoryLabel(category, t), count: readiness.categories.get(category) ?? 0, listed: products.length })
      : t.dossier("categoryHeading", { label: categoryLabel(category, t), count: products.length })
  }</h3>
${
  products.length === 0
    ? html``
    : html`<table class="catalogue">
<colgroup><col class="sku"><col class="product"><col class="completeness"><col class="ready"><col class="fix"></colgroup>
<thead><tr><th>${t.dossier("colSku")}</th><th>${t.dossier("colProduct")}</th><th class="num">${t.dossier("colCompleteness")}</th><th>${t.dossier("colReady")}</th><th>${t.dossier("colToFix")}</th></tr></thead>
<tbody>
${products.map((each) => renderProductRow(each.readiness, each.product, t, each.mainPicture))}
</tbody>
</table>`
}
`,
)}`;
}

/** Categories in the order of the controlled list, then any other id (none is stored by the import). */
function sortCategories<T>(groups: [string, T][]): [string, T][] {
  const rank = (id: string): number => {
    const index = CATEGORIES.findIndex((category) => category.id === id);
    return index === -1 ? CATEGORIES.length : index;
  };
  return groups.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

function categoryLabel(id: string, t: Translator): string {
  const category = findCategory(id);
  if (category === undefined) return id;
  const label = category[t.language];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function renderProductRow(readiness: ProductReadiness, product: StoredProduct | undefined, t: Translator, mainPicture: ListedProduct["mainPicture"]): SafeHtml {
  const name = product === undefined ? "" : t.language === "en" ? (product.nameEn ?? product.nameFr) : product.nameFr;
  // The kept pictures (by where they came from), then the URLs.
  const images = [...(product?.pictures ?? []).map((picture) => picture.source), ...(product?.imageUrls ?? [])];
  const picture =
    mainPicture === undefined
      ? html``
      : html`<img class="main-picture" src="${mainPicture.dataUri}" width="${mainPicture.width}" height="${mainPicture.height}" alt="${t.dossier("mainPictureAlt", { sku: readiness.sku })}">`;
  const fixes = [
    ...readiness.gaps.map((gap) =>
      gap.isBlocking
        ? html`<li class="gap blocking"><span aria-hidden="true">✖ </span>${t.requirement(gap.requirement)}</li>`
        : html`<li class="gap optional"><span aria-hidden="true">○ </span>${t.requirement(gap.requirement)} (${t.dossier("recommended")})</li>`,
    ),
    ...readiness.cautions.map((caution) => html`<li class="caution"><span aria-hidden="true">⚠ </span>${t.dossier("toConfirm")} ${t.readinessCaution(caution.reason)}</li>`),
  ];
  return html`<tr data-sku="${readiness.sku}">
<td class="sku">${readiness.sku}</td>
<td>${picture}<div class="product-name">${isolate(name)}</div>${product?.nameZh ? html`<div class="name-zh" lang="zh">${isolate(product.nameZh)}</div>` : html``}<div class="images">${
    images.length === 0 ? t.dossier("noImages") : html`${t.dossier("images", { count: images.length })} ${images.join(" · ")}`
  }</div></td>
<td class="num"><span class="bar" aria-hidden="true"><span style="width:${readiness.completeness}%"></span></span>${readiness.completeness} %</td>
<td>${readiness.isReady ? statusMark("pass", t.dossier("ready")) : statusMark("fail", t.dossier("notReady"))}</td>
<td>${fixes.length === 0 ? t.dossier("nothingToFix") : html`<ul class="fixes">${fixes}</ul>`}</td>
</tr>`;
}

// ——— 5. Next steps —————————————————————————————————————————————————————————————

function renderNextSteps(data: DossierData, t: Translator): SafeHtml {
  const eligibility = eligibilityNextSteps(data.eligibility, t, "person");
  const catalogue = catalogueFixes(data.readiness, t);
  const list = (items: readonly string[]): SafeHtml => html`<ol class="steps">${items.map((item) => html`<li>${item}</li>`)}</ol>`;
  return html`${eligibility.length > 0 ? html`<h3>${t.dossier("nextStepsEligibility")}</h3>${list(eligibility)}` : html``}
${catalogue.length > 0 ? html`<h3>${t.dossier("nextStepsCatalogue")}</h3>${list(catalogue)}` : html``}
${eligibility.length === 0 && catalogue.length === 0 ? html`<p>${t.dossier("nextStepsNone")}</p>` : html``}
<p>${t.dossier("regenerate")}</p>`;
}

/** One step per unmet requirement (blocking first, in the channel's order), then one per condition to confirm. */
function catalogueFixes(readiness: CatalogueReadiness, t: Translator): string[] {
  const skus = ({ count, first }: Sample<string>): string =>
    count > SKUS_SHOWN ? `${first.slice(0, SKUS_SHOWN).join(", ")} ${t.dossier("andMoreSkus", { count: count - SKUS_SHOWN })}` : first.join(", ");
  const ordered = [...readiness.missing].sort((a, b) => Number(b.isBlocking) - Number(a.isBlocking));
  return [
    ...ordered.map((missing) => t.dossier("fixStep", { requirement: t.requirement(missing.requirement), count: missing.skus.count, skus: skus(missing.skus) })),
    ...readiness.toConfirm.map((confirm) => t.dossier("cautionStep", { caution: t.readinessCaution(confirm.reason), count: confirm.skus.count, skus: skus(confirm.skus) })),
  ];
}
