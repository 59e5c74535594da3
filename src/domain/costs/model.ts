import { applyBasisPoints, convertCnyCentsToEurCents, divideRoundHalfUp } from "../money.js";
import { COST_INPUTS, type CostInput, type CostInputs } from "./inputs.js";

/**
 * A Tmall Global shop against trade fairs, year by year. Pure and exact: every amount
 * is an integer number of euro cents. Each yuan figure is converted to euro cents once, half up, at the
 * dated rate, then used as it is; each line of a year is rounded once; cumulative figures are sums of
 * yearly integers, so nothing is lost however many years are added.
 */

/** One year of shop, in euro cents. `feeRefund` is subtracted. */
export interface ShopLines {
  readonly annualFee: number;
  readonly feeRefund: number;
  readonly commission: number;
  readonly paymentFee: number;
  readonly agency: number;
  readonly logistics: number;
  readonly marketing: number;
  readonly setup: number;
}

/** Fair costs in euro cents (per fair, or per year once multiplied). `subsidy` is subtracted. */
export interface FairLines {
  readonly space: number;
  readonly build: number;
  readonly travel: number;
  readonly samples: number;
  readonly promotion: number;
  readonly other: number;
  readonly subsidy: number;
}

export interface YearCosts {
  readonly year: number;
  readonly shopCents: number;
  readonly fairsCents: number;
  readonly shopCumulativeCents: number;
  readonly fairsCumulativeCents: number;
  readonly shop: ShopLines;
  readonly fairs: FairLines;
}

export interface CostComparison {
  readonly salesCents: number;
  readonly years: readonly YearCosts[];
  /** One fair, before it is multiplied by the fairs of a year. */
  readonly perFair: FairLines & { readonly totalCents: number };
  /**
   * The lowest expected annual sales at which the cheaper channel over the horizon changes — where both
   * cost the same, or where a refund tier makes the shop jump below the fairs; null if it never does
   * (up to the largest sales accepted).
   */
  readonly breakEvenSalesCents: number | null;
  /** Whether the shop is the cheaper channel below the break-even sales. */
  readonly isShopCheaperBelowBreakEven: boolean;
  /** First year from which the shop's cumulative cost stays below the fairs' to the horizon; null if never. */
  readonly cheaperFromYear: number | null;
  /** Cash tied up, refundable: shown apart, never in a cost. */
  readonly shopDepositCents: number;
  readonly shopCostPerOrderCents: number | null;
  readonly fairCostPerContactCents: number | null;
}

/** The largest expected annual sales accepted (and searched for a break-even), in cents. */
export const MAX_SALES_CENTS = COST_INPUTS.salesEur.max * 100;

export function compareCosts(inputs: CostInputs): CostComparison {
  const rate = inputs.eurCny.value;
  const years = inputs.years.value;
  const shape = shapeShop(inputs, rate);
  const perFair = costOneFair(inputs, rate);
  const fairsPerYear = inputs.fairsPerYear.value;
  const fairsYear = multiplyLines(perFair, fairsPerYear);
  const fairsYearCents = perFair.totalCents * fairsPerYear;

  const rows: YearCosts[] = [];
  let shopCumulativeCents = 0;
  let fairsCumulativeCents = 0;
  for (let year = 1; year <= years; year++) {
    const shop = costShopYear(shape, inputs.salesEur.value, year);
    const shopCents = totalShop(shop);
    shopCumulativeCents += shopCents;
    fairsCumulativeCents += fairsYearCents;
    rows.push({ year, shopCents, fairsCents: fairsYearCents, shopCumulativeCents, fairsCumulativeCents, shop, fairs: fairsYear });
  }

  const orders = inputs.shopOrdersPerYear.value * years;
  const contacts = inputs.fairContacts.value * fairsPerYear * years;
  const breakEven = findBreakEven(shape, years, fairsCumulativeCents);
  return {
    salesCents: inputs.salesEur.value,
    years: rows,
    perFair,
    breakEvenSalesCents: breakEven.salesCents,
    isShopCheaperBelowBreakEven: breakEven.isShopCheaperBelow,
    cheaperFromYear: findCheaperFromYear(rows),
    shopDepositCents: toEurCents(inputs.shopDeposit, rate),
    shopCostPerOrderCents: orders > 0 ? divideRoundHalfUp(shopCumulativeCents, orders) : null,
    fairCostPerContactCents: contacts > 0 ? divideRoundHalfUp(fairsCumulativeCents, contacts) : null,
  };
}

function toEurCents(input: CostInput, rate: number): number {
  return input.currency === "CNY" ? convertCnyCentsToEurCents(input.value, rate) : input.value;
}

/** The shop's year as a function of sales: fixed amounts in euro cents, shares of sales in basis points. */
export interface ShopShape {
  readonly annualFee: number;
  /** [sales threshold in cents, share of the fee refunded in basis points], for tiers that can pay. */
  readonly refundTiers: readonly (readonly [number, number])[];
  readonly agencyFixed: number;
  readonly logistics: number;
  readonly marketing: number;
  readonly setup: number;
  readonly commissionBasisPoints: number;
  readonly paymentFeeBasisPoints: number;
  readonly agencyBasisPoints: number;
}

export function shapeShop(inputs: CostInputs, rate: number): ShopShape {
  const annualFee = toEurCents(inputs.shopAnnualFee, rate);
  const tiers: [number, number][] = [
    [inputs.shopRefundTier1Multiple.value * annualFee, inputs.shopRefundTier1Percent.value],
    [inputs.shopRefundTier2Multiple.value * annualFee, inputs.shopRefundTier2Percent.value],
  ];
  return {
    annualFee,
    refundTiers: tiers.filter(([threshold, basisPoints]) => threshold > 0 && basisPoints > 0),
    agencyFixed: 12 * toEurCents(inputs.shopAgencyMonthly, rate),
    logistics: toEurCents(inputs.shopLogisticsPerOrder, rate) * inputs.shopOrdersPerYear.value,
    marketing: toEurCents(inputs.shopMarketing, rate),
    setup: toEurCents(inputs.shopSetup, rate),
    commissionBasisPoints: inputs.shopCommissionPercent.value,
    paymentFeeBasisPoints: inputs.shopPaymentFeePercent.value,
    agencyBasisPoints: inputs.shopAgencyPercent.value,
  };
}

/** The refund of the annual fee a year's sales earn: the largest share among the tiers reached (at the threshold included). */
function refundAt(shape: ShopShape, salesCents: number): number {
  let basisPoints = 0;
  for (const [threshold, share] of shape.refundTiers) if (salesCents >= threshold) basisPoints = Math.max(basisPoints, share);
  return applyBasisPoints(shape.annualFee, basisPoints);
}

export function costShopYear(shape: ShopShape, salesCents: number, year: number): ShopLines {
  return {
    annualFee: shape.annualFee,
    feeRefund: refundAt(shape, salesCents),
    commission: applyBasisPoints(salesCents, shape.commissionBasisPoints),
    paymentFee: applyBasisPoints(salesCents, shape.paymentFeeBasisPoints),
    agency: shape.agencyFixed + applyBasisPoints(salesCents, shape.agencyBasisPoints),
    logistics: shape.logistics,
    marketing: shape.marketing,
    setup: year === 1 ? shape.setup : 0,
  };
}

export function totalShop(lines: ShopLines): number {
  return lines.annualFee - lines.feeRefund + lines.commission + lines.paymentFee + lines.agency + lines.logistics + lines.marketing + lines.setup;
}

export function costOneFair(inputs: CostInputs, rate: number): FairLines & { totalCents: number } {
  const squareMetres = inputs.fairSpaceM2.value; // hundredths of m²
  const lines = {
    space: divideRoundHalfUp(squareMetres * toEurCents(inputs.fairSpacePerM2, rate), 100) + toEurCents(inputs.fairBoothPrice, rate),
    build: divideRoundHalfUp(squareMetres * toEurCents(inputs.fairBuildPerM2, rate), 100),
    travel: inputs.fairPeople.value * inputs.fairDays.value * toEurCents(inputs.fairTravelPerDay, rate),
    samples: toEurCents(inputs.fairSampleShipping, rate),
    promotion: toEurCents(inputs.fairPromotion, rate),
    other: toEurCents(inputs.fairOther, rate),
  };
  const gross = lines.space + lines.build + lines.travel + lines.samples + lines.promotion + lines.other;
  // Design choice: a subsidy never pays more than the fair costs.
  const subsidy = Math.min(toEurCents(inputs.fairSubsidy, rate), gross);
  return { ...lines, subsidy, totalCents: gross - subsidy };
}

function multiplyLines(lines: FairLines, times: number): FairLines {
  const { space, build, travel, samples, promotion, other, subsidy } = lines;
  return {
    space: space * times,
    build: build * times,
    travel: travel * times,
    samples: samples * times,
    promotion: promotion * times,
    other: other * times,
    subsidy: subsidy * times,
  };
}

function findCheaperFromYear(rows: readonly YearCosts[]): number | null {
  let from: number | null = null;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (row === undefined || row.shopCumulativeCents >= row.fairsCumulativeCents) break;
    from = row.year;
  }
  return from;
}

/**
 * Where shop and fairs cost the same over the horizon, on the exact (unrounded) costs: between refund
 * thresholds the shop's cumulative cost is fixed + years × sales × share, a straight line solved
 * exactly (in BigInt: the products outgrow 2⁵³) and rounded half up to the cent — 10,000 / 3 % gives
 * 333,333.33, not a cent where rounding a commission happens to tip over. At a threshold the shop's
 * cost can only drop: when the fairs are cheaper with no sales, only a threshold can turn that round.
 */
function findBreakEven(shape: ShopShape, years: number, fairsCumulativeCents: number): { salesCents: number | null; isShopCheaperBelow: boolean } {
  const fixedCumulativeAt = (salesCents: number): number =>
    shape.setup + years * (shape.annualFee - refundAt(shape, salesCents) + shape.agencyFixed + shape.logistics + shape.marketing);
  const slope = BigInt(years) * BigInt(shape.commissionBasisPoints + shape.paymentFeeBasisPoints + shape.agencyBasisPoints);
  /** (shop − fairs) × 10,000, exactly. */
  const scaledDifferenceAt = (salesCents: number): bigint =>
    10_000n * BigInt(fixedCumulativeAt(salesCents) - fairsCumulativeCents) + slope * BigInt(salesCents);

  const atZero = scaledDifferenceAt(0);
  if (atZero === 0n) return { salesCents: 0, isShopCheaperBelow: false };
  const thresholds = [...new Set(shape.refundTiers.map(([threshold]) => threshold))].filter((threshold) => threshold <= MAX_SALES_CENTS).sort((a, b) => a - b);
  if (atZero > 0n) {
    const turn = thresholds.find((threshold) => scaledDifferenceAt(threshold) <= 0n);
    return { salesCents: turn ?? null, isShopCheaperBelow: false };
  }
  const starts = [0, ...thresholds];
  for (let i = 0; i < starts.length; i++) {
    const low = starts[i] ?? 0;
    const end = starts[i + 1] ?? MAX_SALES_CENTS + 1;
    if (scaledDifferenceAt(low) >= 0n) return { salesCents: low, isShopCheaperBelow: true };
    const gap = 10_000n * BigInt(fairsCumulativeCents - fixedCumulativeAt(low));
    if (slope === 0n || gap >= slope * BigInt(end)) continue;
    return { salesCents: Number((2n * gap + slope) / (2n * slope)), isShopCheaperBelow: true };
  }
  return { salesCents: null, isShopCheaperBelow: true };
}
