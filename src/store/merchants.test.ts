import { join } from "node:path";
import type { Database } from "better-sqlite3";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { failure, makeTempDir } from "../../test/helpers.js";
import { merchantProfilePatchSchema, merchantProfileSchema, type MerchantProfileInput } from "../domain/company/profile.js";
import { openDatabase } from "./database.js";
import { addMerchant, findMerchant, getMerchant, listMerchants, updateMerchant } from "./merchants.js";

// A real SQLite file per test, opened as the CLI opens it (WAL, migrations): no mocked database.
const temp = makeTempDir("eprovence-merchants-");
afterAll(() => temp.remove());

let db: Database;
let path: string;
let run = 0;
beforeEach(() => {
  path = join(temp.dir, `merchants-${++run}.db`);
  db = openDatabase(path);
});
afterEach(() => db.close());

const T0 = new Date("2026-03-01T09:00:00.000Z");
const T1 = new Date("2026-03-02T10:30:00.000Z");

const profile = (input: MerchantProfileInput) => merchantProfileSchema.parse(input);
const patch = (input: Record<string, unknown>) => merchantProfilePatchSchema.parse(input);

const SAVONNERIE = {
  legalName: "Savonnerie du Vieux Port",
  siret: "732 829 320 00074",
  postcode: "13002",
  headcount: 12.5,
  turnoverEur: 1_250_000.29,
  balanceSheetEur: 830_000.07,
  independent: true,
  brands: ["Le Sérail", "Vieux Port"],
  trademark: "registered",
  contactName: "Marie Fabre",
  contactEmail: "marie@savonnerie.fr",
  contactPhone: "+33 4 91 00 00 00",
} as const;

describe("addMerchant", () => {
  it("stores every field, amounts as exact cents, identifiers as digits, and the time", () => {
    const merchant = addMerchant(db, profile({ ...SAVONNERIE, brands: [...SAVONNERIE.brands] }), T0);
    expect(merchant).toEqual({
      id: 1,
      legalName: "Savonnerie du Vieux Port",
      siren: "732829320",
      siret: "73282932000074",
      postcode: "13002",
      headcount: 12.5,
      turnoverCents: 125_000_029,
      balanceSheetCents: 83_000_007,
      independent: true,
      brands: ["Le Sérail", "Vieux Port"],
      trademark: "registered",
      contactName: "Marie Fabre",
      contactEmail: "marie@savonnerie.fr",
      contactPhone: "+33 4 91 00 00 00",
      createdAt: "2026-03-01T09:00:00.000Z",
      updatedAt: "2026-03-01T09:00:00.000Z",
    });
    // What is on disk, not only what the function returned.
    expect(db.prepare("SELECT turnover_cents, balance_sheet_cents, brands, independent FROM merchants").get()).toEqual({
      turnover_cents: 125_000_029,
      balance_sheet_cents: 83_000_007,
      brands: '["Le Sérail","Vieux Port"]',
      independent: 1,
    });
  });

  it("keeps unknown figures unknown (not zero, not false)", () => {
    const merchant = addMerchant(db, profile({ legalName: "Santons Fouque", siren: "552 100 554" }), T0);
    expect(merchant).toMatchObject({ siren: "552100554", siret: undefined, headcount: undefined, turnoverCents: undefined, independent: undefined, brands: [], trademark: undefined });
  });

  it("stores independent: false as false", () => {
    expect(addMerchant(db, profile({ legalName: "Filiale", siren: "552100554", independent: false }), T0).independent).toBe(false);
  });

  it.each([
    ["0.29 €", 0.29, 29],
    ["1.13 €", 1.13, 113],
    ["4.35 €", 4.35, 435],
    ["19 999 999.99 €", 19_999_999.99, 1_999_999_999],
    ["float noise of 0.1 + 0.2", 0.1 + 0.2, 30],
  ])("stores %s as exactly %s cents", (_, euros, cents) => {
    expect(addMerchant(db, profile({ legalName: "X", siren: "732829320", turnoverEur: euros }), T0).turnoverCents).toBe(cents);
  });

  it("refuses a second company with the same SIREN, naming the one registered", () => {
    addMerchant(db, profile({ legalName: "Savonnerie", siret: "73282932000074" }), T0);
    // Another establishment (SIRET) of the same company, or its SIREN alone: the same company.
    for (const identifiers of [{ siret: "73282932000082" }, { siren: "732829320" }]) {
      const error = failure(() => addMerchant(db, profile({ legalName: "Doublon", ...identifiers }), T1));
      expect(error.code).toBe("merchant-exists");
      expect(error.params).toMatchObject({ id: 1, siren: "732829320", legalName: "Savonnerie" });
    }
    expect(listMerchants(db)).toHaveLength(1);
  });

  it("refuses a SIRET and a SIREN that do not belong together", () => {
    expect(failure(() => addMerchant(db, { legalName: "X", siret: "73282932000074", siren: "552100554", brands: [] }, T0)).code).toBe("identifier-mismatch");
  });
});

describe("findMerchant", () => {
  beforeEach(() => {
    addMerchant(db, profile({ legalName: "Savonnerie", siret: "73282932000074" }), T0);
    addMerchant(db, profile({ legalName: "Santons", siren: "552100554" }), T0);
  });

  it.each([
    ["its id", "1", 1],
    ["its id with spaces around", " 2 ", 2],
    ["its SIRET", "73282932000074", 1],
    ["its SIRET written with spaces", "732 829 320 00074", 1],
    ["its SIREN", "732829320", 1],
    ["its SIREN written with spaces", "732 829 320", 1],
    ["its SIREN when no SIRET was given", "552100554", 2],
    ["another establishment's SIRET of the same company", "73282932000082", 1],
    ["a SIRET of a company registered by its SIREN", "55210055400013", 2],
  ])("finds a company by %s", (_, ref, id) => {
    expect(findMerchant(db, ref).id).toBe(id);
  });

  it.each([["3"], ["0"], ["542051180"], ["54205118000012"], ["Savonnerie"], [""], ["1.5"], ["-1"]])("%j → merchant-not-found, naming the reference", (ref) => {
    const error = failure(() => findMerchant(db, ref));
    expect(error.code).toBe("merchant-not-found");
    expect(error.params).toEqual({ ref: ref.trim() });
  });
});

describe("updateMerchant", () => {
  let id: number;
  beforeEach(() => {
    id = addMerchant(db, profile({ ...SAVONNERIE, brands: [...SAVONNERIE.brands] }), T0).id;
  });

  it("changes only the fields given, and the update time", () => {
    const before = getMerchant(db, id);
    const after = updateMerchant(db, id, patch({ headcount: 14, turnoverEur: 1_300_000 }), T1);
    expect(after).toEqual({ ...before, headcount: 14, turnoverCents: 130_000_000, updatedAt: "2026-03-02T10:30:00.000Z" });
    expect(after.createdAt).toBe("2026-03-01T09:00:00.000Z");
  });

  // The trap: zod's .partial() keeps .default([]), so a parsed patch could carry brands: [] unasked.
  it("keeps the brands when the update does not mention them", () => {
    const after = updateMerchant(db, id, patch({ contactPhone: "04 91 11 11 11" }), T1);
    expect(after.brands).toEqual(["Le Sérail", "Vieux Port"]);
    expect(after.contactPhone).toBe("04 91 11 11 11");
  });

  it("replaces the brands when given, and clears them when given an empty list", () => {
    expect(updateMerchant(db, id, patch({ brands: ["Marius"] }), T1).brands).toEqual(["Marius"]);
    expect(updateMerchant(db, id, patch({ brands: [] }), T1).brands).toEqual([]);
  });

  it("sets independent to false (a given false is not 'not given')", () => {
    expect(updateMerchant(db, id, patch({ independent: false }), T1).independent).toBe(false);
  });

  it("leaves stored amounts untouched to the cent when other fields change", () => {
    const after = updateMerchant(db, id, patch({ legalName: "Savonnerie du Vieux-Port SARL" }), T1);
    expect(after).toMatchObject({ legalName: "Savonnerie du Vieux-Port SARL", turnoverCents: 125_000_029, balanceSheetCents: 83_000_007 });
  });

  it("takes the SIREN from a new SIRET", () => {
    const after = updateMerchant(db, id, patch({ siret: "552 100 554 00013" }), T1);
    expect(after).toMatchObject({ siret: "55210055400013", siren: "552100554" });
    expect(findMerchant(db, "552100554").id).toBe(id);
  });

  it("keeps the stored SIRET when given its own SIREN, and refuses another SIREN alone", () => {
    expect(updateMerchant(db, id, patch({ siren: "732829320" }), T1).siret).toBe("73282932000074");
    expect(failure(() => updateMerchant(db, id, patch({ siren: "552100554" }), T1)).code).toBe("identifier-mismatch");
    expect(getMerchant(db, id)?.siren).toBe("732829320");
  });

  it("refuses to take another company's SIREN, and changes nothing", () => {
    const other = addMerchant(db, profile({ legalName: "Santons", siren: "552100554" }), T0);
    const error = failure(() => updateMerchant(db, id, patch({ siret: "55210055400013", headcount: 99 }), T1));
    expect(error.code).toBe("merchant-exists");
    expect(error.params).toMatchObject({ id: other.id });
    expect(getMerchant(db, id)).toMatchObject({ siren: "732829320", headcount: 12.5 });
  });

  it("fails with merchant-not-found for an id nobody has", () => {
    expect(failure(() => updateMerchant(db, 42, patch({ headcount: 1 }), T1)).code).toBe("merchant-not-found");
  });
});

describe("listMerchants and getMerchant", () => {
  it("lists nothing in a new database", () => {
    expect(listMerchants(db)).toEqual([]);
    expect(getMerchant(db, 1)).toBeUndefined();
  });

  it("lists companies in the order they were added, with stable ids", () => {
    addMerchant(db, profile({ legalName: "B", siren: "732829320" }), T0);
    addMerchant(db, profile({ legalName: "A", siren: "552100554" }), T1);
    expect(listMerchants(db).map((merchant) => [merchant.id, merchant.legalName])).toEqual([
      [1, "B"],
      [2, "A"],
    ]);
  });

  it("reads back what another connection wrote (the data is on disk)", () => {
    addMerchant(db, profile({ legalName: "Savonnerie", siret: "73282932000074", brands: ["Le Sérail"] }), T0);
    const other = openDatabase(path, { mustExist: true });
    try {
      expect(findMerchant(other, "73282932000074")).toMatchObject({ legalName: "Savonnerie", brands: ["Le Sérail"] });
    } finally {
      other.close();
    }
  });
});
