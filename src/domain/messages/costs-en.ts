import { pluralEn } from "./plain-text.js";
import type { CostInputText, CostTexts, CostValueParams } from "./costs-catalogue.js";

const text = (label: string, value: (params: CostValueParams) => string): CostInputText => ({ label, value });
/** "€10,000 a year", "150,000 CNY": the euro sign before the amount, as English writes it. */
const money = (label: string, per: string) => text(label, ({ amount, currency }) => `${currency === "€" ? `€${amount}` : `${amount} ${currency}`} ${per}`);
const percentOf = (label: string, of: string) => text(label, ({ amount }) => `${amount}% ${of}`);

export const costsEn: CostTexts = {
  inputs: {
    years: text("Comparison period", ({ amount, value }) => `${amount} ${pluralEn(value, "year", "years")}`),
    salesEur: money("Expected annual sales", "a year"),
    eurCny: text("Exchange rate", ({ amount }) => `€1 = ${amount} CNY`),
    shopDeposit: money("Shop security deposit", "(refundable: not a cost)"),
    shopAnnualFee: money("Shop annual service fee", "a year"),
    shopRefundTier1Multiple: text("Annual-fee refund, tier 1: sales of at least", ({ amount }) => `${amount} × the annual fee`),
    shopRefundTier1Percent: percentOf("Tier 1: share of the annual fee refunded", "of the annual fee"),
    shopRefundTier2Multiple: text("Annual-fee refund, tier 2: sales of at least", ({ amount }) => `${amount} × the annual fee`),
    shopRefundTier2Percent: percentOf("Tier 2: share of the annual fee refunded", "of the annual fee"),
    shopCommissionPercent: percentOf("Commission on sales", "of sales"),
    shopPaymentFeePercent: percentOf("Payment fee (Alipay)", "of sales"),
    shopAgencyMonthly: money("Store-operation agency: monthly fee", "a month"),
    shopAgencyPercent: percentOf("Store-operation agency: share of sales", "of sales"),
    shopLogisticsPerOrder: money("Logistics per order", "an order"),
    shopOrdersPerYear: text("Expected orders a year", ({ amount, value }) => `${amount} ${pluralEn(value, "order", "orders")} a year`),
    shopMarketing: money("Shop marketing budget", "a year"),
    shopSetup: money("Shop set-up", "(once, in year 1)"),
    fairsPerYear: text("Fairs a year", ({ amount, value }) => `${amount} ${pluralEn(value, "fair", "fairs")} a year`),
    fairSpaceM2: text("Stand area", ({ amount }) => `${amount} m²`),
    fairSpacePerM2: money("Space price per square metre", "per m²"),
    fairBoothPrice: money("Flat booth price", "a fair"),
    fairBuildPerM2: money("Stand build and fit-out", "per m²"),
    fairPeople: text("People sent to the fair", ({ amount, value }) => `${amount} ${pluralEn(value, "person", "people")}`),
    fairDays: text("Days there per person", ({ amount, value }) => `${amount} ${pluralEn(value, "day", "days")}`),
    fairTravelPerDay: money("Travel and hotel", "per person per day"),
    fairSampleShipping: money("Sample shipping", "a fair"),
    fairPromotion: money("Promotion", "a fair"),
    fairOther: money("Other costs (flat)", "a fair"),
    fairSubsidy: money("Subsidy (deducted)", "a fair"),
    fairContacts: text("Contacts made", ({ amount, value }) => `${amount} ${pluralEn(value, "contact", "contacts")} a fair`),
  },
  presets: {
    "quote-2017": "CCI Marseille Provence – Alibaba quote of 2017",
    "tmall-global-fees": "Tmall Global fee schedule",
    "canton-fair-9m2": "Canton Fair, 9 m² stand",
    "prowein-9m2": "ProWein, 9 m² stand",
    "vinexpo-9m2": "Vinexpo, 9 m² stand",
  },
};
