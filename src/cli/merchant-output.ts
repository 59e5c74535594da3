import { displayWidth, padEnd } from "../domain/catalogue/display-width.js";
import { centsToEuros } from "../domain/company/amounts.js";
import { escapeControlCharacters } from "../domain/control-characters.js";
import type { TrademarkStatus } from "../domain/company/profile.js";
import type { Translator } from "../domain/messages/index.js";
import type { TextStyle } from "../io/reports/pretty.js";
import type { Merchant } from "../domain/company/merchant.js";

/**
 * A merchant as `--format json` prints it: the keys of a `--from` profile file (camelCase, amounts in
 * euros, not cents) plus its id and dates; a value nobody gave is null, so every key is always there.
 * The output of `merchant show --format json` can be fed back to `merchant add --from`.
 */
export interface MerchantJson {
  readonly id: number;
  readonly legalName: string;
  readonly siren: string;
  readonly siret: string | null;
  readonly postcode: string | null;
  readonly headcount: number | null;
  readonly turnoverEur: number | null;
  readonly balanceSheetEur: number | null;
  readonly independent: boolean | null;
  readonly brands: readonly string[];
  readonly trademark: TrademarkStatus | null;
  readonly contactName: string | null;
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function toMerchantJson(merchant: Merchant): MerchantJson {
  return {
    id: merchant.id,
    legalName: merchant.legalName,
    siren: merchant.siren,
    siret: merchant.siret ?? null,
    postcode: merchant.postcode ?? null,
    headcount: merchant.headcount ?? null,
    turnoverEur: merchant.turnoverCents === undefined ? null : centsToEuros(merchant.turnoverCents),
    balanceSheetEur: merchant.balanceSheetCents === undefined ? null : centsToEuros(merchant.balanceSheetCents),
    independent: merchant.independent ?? null,
    brands: merchant.brands,
    trademark: merchant.trademark ?? null,
    contactName: merchant.contactName ?? null,
    contactEmail: merchant.contactEmail ?? null,
    contactPhone: merchant.contactPhone ?? null,
    createdAt: merchant.createdAt,
    updatedAt: merchant.updatedAt,
  };
}

export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** "81234567800013" → "812 345 678 00013", as it is printed on a Kbis. */
export function formatIdentifier(digits: string): string {
  return digits.length === 14 ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}` : digits.replace(/^(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3");
}

/** The readable card of `merchant add | show | update`, labels in the chosen language. */
export function formatMerchantCard(merchant: Merchant, t: Translator, style: TextStyle): string {
  const unknown = t.ui("merchantValue", { value: "unknown" });
  const or = (value: string | undefined) => (value === undefined || value === "" ? style.dim(unknown) : escapeControlCharacters(value));
  const rows: [string, string][] = [
    ["siret", or(merchant.siret && formatIdentifier(merchant.siret))],
    ["siren", formatIdentifier(merchant.siren)],
    ["postcode", or(merchant.postcode)],
    ["headcount", or(merchant.headcount === undefined ? undefined : t.number(merchant.headcount, 2))],
    ["turnoverEur", or(merchant.turnoverCents === undefined ? undefined : t.euros(centsToEuros(merchant.turnoverCents)))],
    ["balanceSheetEur", or(merchant.balanceSheetCents === undefined ? undefined : t.euros(centsToEuros(merchant.balanceSheetCents)))],
    ["independent", or(merchant.independent === undefined ? undefined : t.ui("merchantValue", { value: merchant.independent ? "yes" : "no" }))],
    ["brands", or(merchant.brands.join(", "))],
    ["trademark", or(merchant.trademark && t.ui("merchantValue", { value: merchant.trademark }))],
    ["contactName", or(merchant.contactName)],
    ["contactEmail", or(merchant.contactEmail)],
    ["contactPhone", or(merchant.contactPhone)],
    ["createdAt", t.dateTime(merchant.createdAt)],
    ["updatedAt", t.dateTime(merchant.updatedAt)],
  ];
  const labels = rows.map(([field]) => t.ui("merchantLabel", { field }));
  const width = Math.max(...labels.map(displayWidth));
  const title = `${style.heading(escapeControlCharacters(merchant.legalName))} ${style.dim(`(${t.ui("merchantLabel", { field: "id" })} ${merchant.id})`)}`;
  const lines = rows.map(([, value], index) => `  ${padEnd(labels[index] ?? "", width)}  ${value}`);
  return `${title}\n${lines.join("\n")}\n`;
}

/** The table of `merchant list`: one line per company. */
export function formatMerchantTable(merchants: readonly Merchant[], t: Translator, style: TextStyle): string {
  const header = ["id", "legalName", "identifier", "postcode", "brands"].map((field) => t.ui("merchantLabel", { field }));
  const rows = merchants.map((merchant) =>
    [String(merchant.id), merchant.legalName, formatIdentifier(merchant.siret ?? merchant.siren), merchant.postcode ?? "", merchant.brands.join(", ")].map((cell) => escapeControlCharacters(cell)),
  );
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => displayWidth(cells[column] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padStart(widths[0] ?? 0) : padEnd(cell, widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  return `${style.heading(line(header))}\n${rows.map(line).join("\n")}\n`;
}

/** The profile keys whose stored value differs, for "company no. 3 changed: turnover, brands". */
export function changedFields(before: Merchant, after: Merchant): string[] {
  const fields: [string, unknown, unknown][] = [
    ["legalName", before.legalName, after.legalName],
    ["siret", before.siret, after.siret],
    ["siren", before.siren, after.siren],
    ["postcode", before.postcode, after.postcode],
    ["headcount", before.headcount, after.headcount],
    ["turnoverEur", before.turnoverCents, after.turnoverCents],
    ["balanceSheetEur", before.balanceSheetCents, after.balanceSheetCents],
    ["independent", before.independent, after.independent],
    ["brands", before.brands.join("\n"), after.brands.join("\n")],
    ["trademark", before.trademark, after.trademark],
    ["contactName", before.contactName, after.contactName],
    ["contactEmail", before.contactEmail, after.contactEmail],
    ["contactPhone", before.contactPhone, after.contactPhone],
  ];
  return fields.filter(([, was, is]) => was !== is).map(([field]) => field);
}
