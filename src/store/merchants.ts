import type { Database } from "better-sqlite3";
import { eurosToCents } from "../domain/company/amounts.js";
import { normaliseIdentifier } from "../domain/company/identifiers.js";
import type { Merchant } from "../domain/company/merchant.js";
import type { MerchantProfile, MerchantProfilePatch, TrademarkStatus } from "../domain/company/profile.js";

export type { Merchant } from "../domain/company/merchant.js";
import { EprovenceError } from "../domain/errors.js";
import { write } from "./write.js";

/**
 * The companies (table `merchants`): one per SIREN. Amounts in cents; `brands` as JSON text. Every
 * write runs in an immediate transaction, so the duplicate check and the write see the same data even
 * when two processes add the same company at once.
 */
interface MerchantRow {
  id: number;
  legal_name: string;
  siren: string;
  siret: string | null;
  postcode: string | null;
  headcount: number | null;
  turnover_cents: number | null;
  balance_sheet_cents: number | null;
  independent: 0 | 1 | null;
  brands: string;
  trademark: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  created_at: string;
  updated_at: string;
}

/** The stored columns after the identifiers, in bind order. */
const VALUE_COLUMNS = [
  "legal_name",
  "postcode",
  "headcount",
  "turnover_cents",
  "balance_sheet_cents",
  "independent",
  "brands",
  "trademark",
  "contact_name",
  "contact_email",
  "contact_phone",
] as const;

type Values = readonly [string, string | null, number | null, number | null, number | null, 0 | 1 | null, string, string | null, string | null, string | null, string | null];

const SELECT = "SELECT * FROM merchants";

/** Registers a company; a SIREN already registered → "merchant-exists" naming the existing one. */
export function addMerchant(db: Database, profile: MerchantProfile, now: Date): Merchant {
  const { siren, siret } = resolveIdentifiers(profile.siret, profile.siren, undefined);
  const at = now.toISOString();
  return write(db, () => {
    assertSirenFree(db, siren, undefined);
    const id = db
      .prepare(`INSERT INTO merchants (siren, siret, ${VALUE_COLUMNS.join(", ")}, created_at, updated_at) VALUES (${placeholders(VALUE_COLUMNS.length + 4)})`)
      .run(siren, siret ?? null, ...toValues(profile), at, at).lastInsertRowid;
    return readMerchant(db, Number(id));
  });
}

/** Changes only the fields the patch gives (`undefined` = not given); a new SIRET brings its SIREN. */
export function updateMerchant(db: Database, id: number, patch: MerchantProfilePatch, now: Date): Merchant {
  return write(db, () => {
    const stored = getMerchant(db, id);
    if (stored === undefined) throw new EprovenceError("merchant-not-found", { ref: String(id) });
    const { siren, siret } = resolveIdentifiers(patch.siret, patch.siren, stored);
    if (siren !== stored.siren) assertSirenFree(db, siren, id);
    const values: Values = [
      patch.legalName ?? stored.legalName,
      patch.postcode ?? stored.postcode ?? null,
      patch.headcount ?? stored.headcount ?? null,
      // A stored amount stays in cents: only a given amount goes through euros.
      patch.turnoverEur === undefined ? (stored.turnoverCents ?? null) : eurosToCents(patch.turnoverEur),
      patch.balanceSheetEur === undefined ? (stored.balanceSheetCents ?? null) : eurosToCents(patch.balanceSheetEur),
      toFlag(patch.independent ?? stored.independent),
      JSON.stringify(patch.brands ?? stored.brands),
      patch.trademark ?? stored.trademark ?? null,
      patch.contactName ?? stored.contactName ?? null,
      patch.contactEmail ?? stored.contactEmail ?? null,
      patch.contactPhone ?? stored.contactPhone ?? null,
    ];
    db.prepare(`UPDATE merchants SET siren = ?, siret = ?, ${VALUE_COLUMNS.map((column) => `${column} = ?`).join(", ")}, updated_at = ? WHERE id = ?`).run(
      siren,
      siret ?? null,
      ...values,
      now.toISOString(),
      id,
    );
    return readMerchant(db, id);
  });
}

/** Every company, oldest first (ids are stable: scripts may keep them). */
export function listMerchants(db: Database): Merchant[] {
  return (db.prepare(`${SELECT} ORDER BY id`).all() as MerchantRow[]).map(toMerchant);
}

export function getMerchant(db: Database, id: number): Merchant | undefined {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as MerchantRow | undefined;
  return row && toMerchant(row);
}

/** The company of a SIREN (9 digits), or undefined. */
export function findMerchantBySiren(db: Database, siren: string): Merchant | undefined {
  const row = db.prepare(`${SELECT} WHERE siren = ?`).get(siren) as MerchantRow | undefined;
  return row && toMerchant(row);
}

/**
 * ref = numeric id, a SIRET (14 digits, spaces allowed) or a SIREN (9): EprovenceError
 * "merchant-not-found" (exit 2, hint: `eprovence merchant list`) otherwise. A SIRET that is not the
 * stored one still finds its company by its SIREN: a merchant is a company, the SIRET one of its
 * establishments, and there is one merchant per SIREN.
 */
export function findMerchant(db: Database, ref: string): Merchant {
  const digits = normaliseIdentifier(ref);
  let row: MerchantRow | undefined;
  if (/^\d{14}$/.test(digits)) {
    row = (db.prepare(`${SELECT} WHERE siret = ?`).get(digits) ?? db.prepare(`${SELECT} WHERE siren = ?`).get(digits.slice(0, 9))) as MerchantRow | undefined;
  } else if (/^\d{9}$/.test(digits)) {
    row = db.prepare(`${SELECT} WHERE siren = ?`).get(digits) as MerchantRow | undefined;
  } else if (/^\d{1,15}$/.test(digits)) {
    row = db.prepare(`${SELECT} WHERE id = ?`).get(Number(digits)) as MerchantRow | undefined;
  }
  if (row === undefined) throw new EprovenceError("merchant-not-found", { ref: ref.trim() });
  return toMerchant(row);
}

/**
 * The identifiers to store: digits only; the SIREN is the SIRET's first 9 digits. A patch giving only
 * a SIREN keeps the stored SIRET when it belongs to that SIREN, and refuses one that does not.
 */
function resolveIdentifiers(siretText: string | undefined, sirenText: string | undefined, stored: Merchant | undefined): { siren: string; siret: string | undefined } {
  const siret = siretText === undefined ? undefined : normaliseIdentifier(siretText);
  const siren = sirenText === undefined ? undefined : normaliseIdentifier(sirenText);
  if (siret !== undefined) {
    if (siren !== undefined && siret.slice(0, 9) !== siren) throw new EprovenceError("identifier-mismatch", { siret, siren });
    return { siren: siret.slice(0, 9), siret };
  }
  if (siren !== undefined) {
    const storedSiret = stored?.siret;
    if (storedSiret !== undefined && storedSiret.slice(0, 9) !== siren) throw new EprovenceError("identifier-mismatch", { siret: storedSiret, siren });
    return { siren, siret: storedSiret };
  }
  if (stored !== undefined) return { siren: stored.siren, siret: stored.siret };
  throw new EprovenceError("identifier-required");
}

function assertSirenFree(db: Database, siren: string, exceptId: number | undefined): void {
  const existing = db.prepare("SELECT id, legal_name FROM merchants WHERE siren = ?").get(siren) as { id: number; legal_name: string } | undefined;
  if (existing !== undefined && existing.id !== exceptId) {
    throw new EprovenceError("merchant-exists", { id: existing.id, siren, legalName: existing.legal_name });
  }
}

function toValues(profile: MerchantProfile): Values {
  return [
    profile.legalName,
    profile.postcode ?? null,
    profile.headcount ?? null,
    profile.turnoverEur === undefined ? null : eurosToCents(profile.turnoverEur),
    profile.balanceSheetEur === undefined ? null : eurosToCents(profile.balanceSheetEur),
    toFlag(profile.independent),
    JSON.stringify(profile.brands),
    profile.trademark ?? null,
    profile.contactName ?? null,
    profile.contactEmail ?? null,
    profile.contactPhone ?? null,
  ];
}

function toFlag(value: boolean | undefined): 0 | 1 | null {
  return value === undefined ? null : value ? 1 : 0;
}

function toMerchant(row: MerchantRow): Merchant {
  return {
    id: row.id,
    legalName: row.legal_name,
    siren: row.siren,
    siret: row.siret ?? undefined,
    postcode: row.postcode ?? undefined,
    headcount: row.headcount ?? undefined,
    turnoverCents: row.turnover_cents ?? undefined,
    balanceSheetCents: row.balance_sheet_cents ?? undefined,
    independent: row.independent === null ? undefined : row.independent === 1,
    brands: JSON.parse(row.brands) as string[],
    trademark: (row.trademark ?? undefined) as TrademarkStatus | undefined,
    contactName: row.contact_name ?? undefined,
    contactEmail: row.contact_email ?? undefined,
    contactPhone: row.contact_phone ?? undefined,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function readMerchant(db: Database, id: number): Merchant {
  const merchant = getMerchant(db, id);
  if (merchant === undefined) throw new EprovenceError("merchant-not-found", { ref: String(id) });
  return merchant;
}


function placeholders(count: number): string {
  return Array.from({ length: count }, () => "?").join(", ");
}
