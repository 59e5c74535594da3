import type { TrademarkStatus } from "./profile.js";

/** A registered company, as the store keeps it: amounts in cents, identifiers as digits. */
export interface Merchant {
  id: number;
  legalName: string;
  siren: string;
  siret: string | undefined;
  postcode: string | undefined;
  headcount: number | undefined;
  turnoverCents: number | undefined;
  balanceSheetCents: number | undefined;
  independent: boolean | undefined;
  brands: string[];
  trademark: TrademarkStatus | undefined;
  contactName: string | undefined;
  contactEmail: string | undefined;
  contactPhone: string | undefined;
  createdAt: string;
  updatedAt: string;
}

