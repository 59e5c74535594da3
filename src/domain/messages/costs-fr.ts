import { pluralFr } from "./plain-text.js";
import type { CostInputText, CostTexts, CostValueParams } from "./costs-catalogue.js";

/** A non-breaking space between a figure and its unit, as French typography wants (« 10 000 € »). */
const NBSP = "\u00a0";
const text = (label: string, value: (params: CostValueParams) => string): CostInputText => ({ label, value });
const money = (label: string, per: string) => text(label, ({ amount, currency }) => `${amount}${NBSP}${currency} ${per}`);
const percentOf = (label: string, of: string) => text(label, ({ amount }) => `${amount}${NBSP}% ${of}`);

export const costsFr: CostTexts = {
  inputs: {
    years: text("Durée de la comparaison", ({ amount, value }) => `${amount}${NBSP}${pluralFr(value, "an", "ans")}`),
    salesEur: money("Ventes annuelles prévues", "par an"),
    eurCny: text("Taux de change", ({ amount }) => `1${NBSP}€ = ${amount}${NBSP}CNY`),
    shopDeposit: money("Dépôt de garantie de la boutique", "(remboursable : ce n'est pas un coût)"),
    shopAnnualFee: money("Frais de service annuels de la boutique", "par an"),
    shopRefundTier1Multiple: text("Palier 1 de remboursement des frais annuels : ventes d'au moins", ({ amount }) => `${amount}${NBSP}× les frais annuels`),
    shopRefundTier1Percent: percentOf("Palier 1 : part des frais annuels remboursée", "des frais annuels"),
    shopRefundTier2Multiple: text("Palier 2 de remboursement des frais annuels : ventes d'au moins", ({ amount }) => `${amount}${NBSP}× les frais annuels`),
    shopRefundTier2Percent: percentOf("Palier 2 : part des frais annuels remboursée", "des frais annuels"),
    shopCommissionPercent: percentOf("Commission sur les ventes", "des ventes"),
    shopPaymentFeePercent: percentOf("Frais de paiement (Alipay)", "des ventes"),
    shopAgencyMonthly: money("Agence (opérateur de boutique) : forfait mensuel", "par mois"),
    shopAgencyPercent: percentOf("Agence (opérateur de boutique) : part des ventes", "des ventes"),
    shopLogisticsPerOrder: money("Logistique par commande", "par commande"),
    shopOrdersPerYear: text("Commandes prévues par an", ({ amount, value }) => `${amount} ${pluralFr(value, "commande", "commandes")} par an`),
    shopMarketing: money("Budget marketing de la boutique", "par an"),
    shopSetup: money("Mise en place de la boutique", "(une fois, en année 1)"),
    fairsPerYear: text("Salons par an", ({ amount, value }) => `${amount} ${pluralFr(value, "salon", "salons")} par an`),
    fairSpaceM2: text("Surface du stand", ({ amount }) => `${amount}${NBSP}m²`),
    fairSpacePerM2: money("Prix de l'emplacement au mètre carré", "par m²"),
    fairBoothPrice: money("Prix forfaitaire de l'emplacement", "par salon"),
    fairBuildPerM2: money("Construction et aménagement du stand", "par m²"),
    fairPeople: text("Personnes envoyées sur le salon", ({ amount, value }) => `${amount} ${pluralFr(value, "personne", "personnes")}`),
    fairDays: text("Jours sur place par personne", ({ amount, value }) => `${amount} ${pluralFr(value, "jour", "jours")}`),
    fairTravelPerDay: money("Voyage et hôtel", "par personne et par jour"),
    fairSampleShipping: money("Envoi des échantillons", "par salon"),
    fairPromotion: money("Promotion", "par salon"),
    fairOther: money("Autres frais (forfait)", "par salon"),
    fairSubsidy: money("Subvention déduite", "par salon"),
    fairContacts: text("Contacts obtenus", ({ amount, value }) => `${amount} ${pluralFr(value, "contact", "contacts")} par salon`),
  },
  presets: {
    "quote-2017": "devis CCI Marseille Provence – Alibaba de 2017",
    "tmall-global-fees": "barème des frais Tmall Global",
    "canton-fair-9m2": "Foire de Canton, stand de 9 m²",
    "prowein-9m2": "ProWein, stand de 9 m²",
    "vinexpo-9m2": "Vinexpo, stand de 9 m²",
  },
};
