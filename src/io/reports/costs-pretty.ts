import { COST_INPUT_NAMES, flagOf, type CostInputName } from "../../domain/costs/inputs.js";
import type { CostComparison, FairLines, ShopLines } from "../../domain/costs/model.js";
import { describeCostAssumptions, listUnsourcedInputs, type CostScenario, type SalesCase } from "../../domain/costs/scenario.js";
import type { UiKey } from "../../domain/messages/catalogue.js";
import type { Translator } from "../../domain/messages/index.js";
import { displayWidth, padEnd, padStart } from "../../domain/catalogue/display-width.js";
import { drawBarChart, type ChartSeries } from "./chart.js";
import type { TextStyle } from "./pretty.js";
import type { ReportAudience } from "./render.js";
import { rateOf } from "../../domain/money.js";

const WIDTH = 80;
const SHOP_CHAR = "█";
const FAIRS_CHAR = "░";

export interface CostsPrettyOptions {
  readonly isExplained: boolean;
  /** `command`: a command's report, which names the flag of each figure to enter; `person`: the wizard, which asks instead. */
  readonly audience: ReportAudience;
}

/** An input's name mid-sentence: « comptés 0 : ventes annuelles prévues, … ». */
export function costInputInSentence(name: CostInputName, t: Translator): string {
  const label = t.costInput(name);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * The inputs no source gives, counted 0: by name, with their flag for a command (« Logistique par
 * commande (--shop-logistics-per-order) »), by name alone for a person.
 */
export function describeUnsourcedInputs(unsourced: readonly CostInputName[], t: Translator, audience: ReportAudience): string {
  const names = unsourced.map((name) => (audience === "command" ? `${costInputInSentence(name, t)} (${flagOf(name)})` : costInputInSentence(name, t)));
  return t.ui(audience === "command" ? "costsUnsourced" : "costsUnsourcedPerson", { inputs: names.join(", ") });
}

/**
 * The human answer to "a shop or fairs?": a table per year, a chart of cumulative costs, what it means
 * in one sentence each, the first year in detail, then the inputs that still need the user's figures.
 * Plain text within 80 columns; colour only through `style` (off in a pipe).
 */
export function writeCostsPrettyReport(scenario: CostScenario, t: Translator, style: TextStyle, options: CostsPrettyOptions): string {
  const { comparison, inputs } = scenario;
  // Tables show cents in every cell or in none; a sentence shows them when its amount has some.
  const amount = createAmountFormat(t, hasCents(scenario));
  const wholeEuros = createAmountFormat(t, false);
  const withCents = createAmountFormat(t, true);
  const loose: Amount = (cents) => (cents % 100 === 0 ? wholeEuros(cents) : withCents(cents));
  const out: string[] = [];

  out.push(style.heading(t.ui("costsTitle", { years: inputs.years.value })));
  out.push(
    ...wrap(
      t.ui("costsContext", {
        presets: scenario.presets.map(t.preset).join(", "),
        rate: t.number(rateOf(inputs.eurCny.value), 4),
        rateDate: t.date(inputs.eurCny.date),
      }),
    ).map(style.dim),
  );
  out.push(
    ...wrap(
      scenario.salesRange
        ? t.ui("costsSalesRange", { low: loose(scenario.salesRange.low), mid: loose(scenario.salesRange.mid), high: loose(scenario.salesRange.high) })
        : t.ui("costsSales", { sales: loose(comparison.salesCents) }),
    ),
  );
  out.push("");

  if (scenario.scenarios.length === 0) {
    out.push(...singleTable(comparison, t, amount, style));
  } else {
    out.push(...rangeTable(scenario, t, amount, style, "costsPerYear", (row) => row.shopCents, (row) => row.fairsCents));
    out.push("");
    out.push(...rangeTable(scenario, t, amount, style, "costsCumulative", (row) => row.shopCumulativeCents, (row) => row.fairsCumulativeCents));
  }
  out.push(style.dim(t.ui("costsAmountsNote")));
  out.push("");

  out.push(style.heading(t.ui("costsChartTitle")));
  out.push(...costsChart(scenario, t, style));
  out.push("");

  out.push(...verdict(scenario, t, loose).flatMap((sentence) => wrap(sentence)));
  out.push(...detail(comparison, inputs.fairsPerYear.value, t, amount, loose, style));

  const unsourced = listUnsourcedInputs(inputs);
  const isCommand = options.audience === "command";
  if (unsourced.length > 0) {
    out.push("");
    out.push(...wrap(describeUnsourcedInputs(unsourced, t, options.audience)).map(style.warning));
  }
  if (options.isExplained) out.push("", ...explain(scenario, t, style));
  else if (isCommand) out.push("", ...wrap(t.ui("costsAssumptionsHint", { count: COST_INPUT_NAMES.length })).map(style.dim));
  return `${out.join("\n")}\n`;
}

export type Amount = (cents: number) => string;

function singleTable(comparison: CostComparison, t: Translator, amount: Amount, style: TextStyle): string[] {
  const headers = [t.ui("costsYear"), t.ui("costsShop"), t.ui("costsFairs"), t.ui("costsShopCumulative"), t.ui("costsFairsCumulative"), t.ui("costsDifference")];
  const rows = comparison.years.map((row) => {
    const difference = row.fairsCumulativeCents - row.shopCumulativeCents;
    return [String(row.year), amount(row.shopCents), amount(row.fairsCents), amount(row.shopCumulativeCents), amount(row.fairsCumulativeCents), signed(difference, amount)];
  });
  return [...table(headers, rows, style), ...wrap(t.ui("costsDifferenceNote")).map(style.dim)];
}

function rangeTable(
  scenario: CostScenario,
  t: Translator,
  amount: Amount,
  style: TextStyle,
  title: "costsPerYear" | "costsCumulative",
  shop: (row: CostComparison["years"][number]) => number,
  fairs: (row: CostComparison["years"][number]) => number,
): string[] {
  const headers = [t.ui("costsYear"), t.ui("costsFairs"), ...scenario.scenarios.map(({ name }) => `${t.ui("costsShop")} ${caseLabel(name, t)}`)];
  const rows = scenario.comparison.years.map((row, i) => [
    String(row.year),
    amount(fairs(row)),
    ...scenario.scenarios.map(({ comparison }) => {
      const year = comparison.years[i];
      return year ? amount(shop(year)) : "";
    }),
  ]);
  return [style.heading(t.ui(title)), ...table(headers, rows, style)];
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], style: TextStyle): string[] {
  const widths = headers.map((header, column) => Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? ""))));
  const line = (cells: readonly string[]) => cells.map((cell, column) => padStart(cell, widths[column] ?? 0)).join("  ");
  return [style.heading(line(headers)), ...rows.map(line)];
}

function costsChart(scenario: CostScenario, t: Translator, style: TextStyle): string[] {
  const { comparison } = scenario;
  const rowLabels = comparison.years.map((row) => t.ui("costsChartYear", { year: row.year }));
  const fairs: ChartSeries = {
    char: FAIRS_CHAR,
    tag: scenario.scenarios.length > 0 ? t.ui("costsFairs") : "",
    values: comparison.years.map((row) => row.fairsCumulativeCents),
    paint: style.warning,
  };
  const shops: ChartSeries[] =
    scenario.scenarios.length > 0
      ? scenario.scenarios.map(({ name, comparison: shop }) => ({
          char: SHOP_CHAR,
          tag: `${t.ui("costsShop")} ${caseLabel(name, t)}`,
          values: shop.years.map((row) => row.shopCumulativeCents),
          paint: style.success,
        }))
      : [{ char: SHOP_CHAR, tag: "", values: comparison.years.map((row) => row.shopCumulativeCents), paint: style.success }];
  const lines = drawBarChart({
    rowLabels,
    series: [...shops, fairs],
    formatAxisValue: (cents) => t.number(cents / 100_000, 1),
    axisUnit: "k€",
    dim: style.dim,
    width: WIDTH,
  });
  const legend = `${style.success(SHOP_CHAR)} ${t.ui("costsLegendShop")}   ${style.warning(FAIRS_CHAR)} ${t.ui("costsLegendFairs")}`;
  return [...lines, legend];
}

/** What the comparison means, one sentence each (shared with the HTML dossier). */
export function verdict(scenario: CostScenario, t: Translator, amount: Amount): string[] {
  const { comparison, inputs } = scenario;
  const years = inputs.years.value;
  const out: string[] = [];
  if (scenario.scenarios.length > 0) {
    const list = scenario.scenarios
      .map(({ name, comparison: each }) =>
        `${caseLabel(name, t)} ${each.cheaperFromYear === null ? t.ui("costsNeverShort") : t.ui("costsFromYearShort", { year: each.cheaperFromYear })}`,
      )
      .join(" · ");
    out.push(t.ui("costsCheaperBySales", { list, years }));
  } else {
    out.push(comparison.cheaperFromYear === null ? t.ui("costsNeverCheaper", { years }) : t.ui("costsCheaperFrom", { year: comparison.cheaperFromYear, years }));
  }
  const sales = comparison.breakEvenSalesCents;
  if (sales === null) out.push(t.ui(comparison.isShopCheaperBelowBreakEven ? "costsShopAlwaysCheaper" : "costsFairsAlwaysCheaper", { years }));
  else out.push(t.ui(comparison.isShopCheaperBelowBreakEven ? "costsBreakEvenShopBelow" : "costsBreakEvenFairsBelow", { sales: amount(sales), years }));
  if (comparison.shopDepositCents > 0) {
    const deposit = inputs.shopDeposit;
    const original = deposit.currency === "CNY" ? `${t.number(deposit.value / 100, 0)} CNY` : amount(deposit.value);
    out.push(t.ui("costsDeposit", { amount: amount(comparison.shopDepositCents), original }));
  }
  if (comparison.shopCostPerOrderCents !== null) out.push(t.ui("costsPerOrder", { amount: amount(comparison.shopCostPerOrderCents) }));
  if (comparison.fairCostPerContactCents !== null) out.push(t.ui("costsPerContact", { amount: amount(comparison.fairCostPerContactCents) }));
  return out;
}

const SHOP_LINES: readonly [keyof ShopLines, UiKey, number][] = [
  ["annualFee", "costsLineAnnualFee", 1],
  ["feeRefund", "costsLineFeeRefund", -1],
  ["commission", "costsLineCommission", 1],
  ["paymentFee", "costsLinePaymentFee", 1],
  ["agency", "costsLineAgency", 1],
  ["logistics", "costsLineLogistics", 1],
  ["marketing", "costsLineMarketing", 1],
  ["setup", "costsLineSetup", 1],
];

const FAIR_LINES: readonly [keyof FairLines, UiKey, number][] = [
  ["space", "costsLineSpace", 1],
  ["build", "costsLineBuild", 1],
  ["travel", "costsLineTravel", 1],
  ["samples", "costsLineSamples", 1],
  ["promotion", "costsLinePromotion", 1],
  ["other", "costsLineOther", 1],
  ["subsidy", "costsLineSubsidy", -1],
];

/** Year 1 line by line (the shop at the expected sales) and one fair: only the lines that cost something. */
function detail(comparison: CostComparison, fairsPerYear: number, t: Translator, amount: Amount, loose: Amount, style: TextStyle): string[] {
  const first = comparison.years[0];
  if (first === undefined) return [];
  const block = (title: string, lines: [string, number][], total: number) => [
    "",
    style.heading(title),
    ...lines.filter(([, cents]) => cents !== 0).map(([label, cents]) => `  ${padEnd(label, 44)}${padStart(amount(cents), 16)}`),
    `  ${padEnd(t.ui("costsLineTotal"), 44)}${padStart(amount(total), 16)}`,
  ];
  const shopLines = SHOP_LINES.map(([line, key, sign]): [string, number] => [t.ui(key), sign * first.shop[line]]);
  const fairLines = FAIR_LINES.map(([line, key, sign]): [string, number] => [t.ui(key), sign * comparison.perFair[line]]);
  return [
    ...block(t.ui("costsDetailShop", { sales: loose(comparison.salesCents) }), shopLines, first.shopCents),
    ...block(t.ui("costsDetailFair", { fairs: fairsPerYear }), fairLines, comparison.perFair.totalCents),
  ];
}

/** `--explain`: every input, its value and unit, then its source and date on the next line. */
function explain(scenario: CostScenario, t: Translator, style: TextStyle): string[] {
  const out = [style.heading(t.ui("costsExplainTitle"))];
  for (const assumption of describeCostAssumptions(scenario.inputs)) {
    const name = assumption.name as CostInputName;
    const when = t.date(assumption.date);
    out.push(...wrap(t.ui("costsExplainLine", { input: t.costInput(name), flag: flagOf(name), value: t.costValue(name, assumption.value, scenario.inputs[name].currency) })));
    out.push(...wrap(when === "" ? t.cite(assumption.source) : `${t.cite(assumption.source)} (${when})`, WIDTH - 4).map((line) => style.dim(`    ${line}`)));
  }
  return out;
}

function caseLabel(name: SalesCase, t: Translator): string {
  return t.ui(name === "low" ? "costsLow" : name === "mid" ? "costsMid" : "costsHigh");
}

function signed(cents: number, amount: Amount): string {
  return cents > 0 ? `+${amount(cents)}` : cents < 0 ? `−${amount(-cents)}` : amount(0);
}

/** Whole euros when every amount in the tables is whole (the 2017 quote), cents otherwise. */
function hasCents(scenario: CostScenario): boolean {
  const all = [scenario.comparison, ...scenario.scenarios.map(({ comparison }) => comparison)];
  return all.some((comparison) => {
    const amounts = [...Object.values(comparison.perFair), ...comparison.years.flatMap((row) => [row.shopCents, row.fairsCents, ...Object.values(row.shop)])];
    return amounts.some((cents) => cents % 100 !== 0);
  });
}

/** Euro amounts for display, from integer cents (the arithmetic never sees the float). */
function createAmountFormat(t: Translator, showCents: boolean): Amount {
  const decimals = showCents ? 2 : 0;
  return (cents) => t.number(cents / 100, decimals, decimals);
}

/** Words to lines of at most `width` columns. */
function wrap(text: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
