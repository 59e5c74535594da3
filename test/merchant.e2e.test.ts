import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CONTRACT_PROFILE, makeTempDir, runCli, type CliOptions } from "./helpers.js";

// End to end: the real binary, without a terminal, each test on its own database file.
const temp = makeTempDir("eprovence-merchant-");
afterAll(() => temp.remove());

let databases = 0;
function newDatabase(): { path: string; run: (args: readonly string[], options?: CliOptions) => ReturnType<typeof runCli> } {
  const path = join(temp.dir, `db-${++databases}`, "eprovence.db");
  return { path, run: (args, options = {}) => runCli(args, { ...options, env: { EPROVENCE_DB: path, ...options.env } }) };
}

/** The profile the contract check uses, as a consultant's file would hold it. */
const contractFile = temp.write("m.json", JSON.stringify(CONTRACT_PROFILE));

const ADD_WITH_FLAGS = [
  "merchant",
  "add",
  "--legal-name",
  "Savonnerie du Vieux Port",
  "--siret",
  "732 829 320 00074",
  "--postcode",
  "13002",
  "--headcount",
  "12,5",
  "--turnover-eur",
  "1 250 000,29",
  "--balance-sheet-eur",
  "830000.07 €",
  "--independent",
  "oui",
  "--brand",
  "Le Sérail",
  "--brand",
  "Vieux Port",
  "--trademark",
  "pending",
  "--contact-name",
  "Marie Fabre",
  "--contact-email",
  "marie@savonnerie.fr",
  "--contact-phone",
  "+33 4 91 00 00 00",
];

interface MerchantJson {
  [key: string]: unknown;
  id: number;
  brands: string[];
}

const parse = (stdout: string) => JSON.parse(stdout) as MerchantJson;

describe("eprovence merchant add", () => {
  it("registers a company from flags, French decimals included, and prints it in JSON with euros", async () => {
    const db = newDatabase();
    const run = await db.run([...ADD_WITH_FLAGS, "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("Entreprise n° 1 enregistrée : Savonnerie du Vieux Port.\n");
    expect(parse(run.stdout)).toEqual({
      id: 1,
      legalName: "Savonnerie du Vieux Port",
      siren: "732829320",
      siret: "73282932000074",
      postcode: "13002",
      headcount: 12.5,
      turnoverEur: 1250000.29,
      balanceSheetEur: 830000.07,
      independent: true,
      brands: ["Le Sérail", "Vieux Port"],
      trademark: "pending",
      contactName: "Marie Fabre",
      contactEmail: "marie@savonnerie.fr",
      contactPhone: "+33 4 91 00 00 00",
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it("prints a readable French card by default, without colour in a pipe", async () => {
    const run = await newDatabase().run(ADD_WITH_FLAGS);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Savonnerie du Vieux Port \(N° 1\)\n/);
    for (const line of [/SIRET\s+732 829 320 00074/, /Effectif \(ETP\)\s+12,5/, /Chiffre d'affaires HT\s+1\s250\s000,29\s€/, /Indépendante\s+oui/, /Marques\s+Le Sérail, Vieux Port/, /Marque déposée\s+dépôt en cours/]) {
      expect(run.stdout).toMatch(line);
    }
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it("reads the contract's profile file (--from), camelCase keys", async () => {
    const db = newDatabase();
    const run = await db.run(["merchant", "add", "--from", contractFile, "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(parse(run.stdout)).toMatchObject({ ...CONTRACT_PROFILE, id: 1, siren: "812345678", contactEmail: null });
  });

  it("lets flags win over the file's keys", async () => {
    const run = await newDatabase().run(["merchant", "add", "--from", contractFile, "--headcount", "7", "--brands", "A, B", "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(parse(run.stdout)).toMatchObject({ legalName: "Savonnerie Contrat", headcount: 7, brands: ["A", "B"], turnoverEur: 500000 });
  });

  it("reads the profile from standard input with --from -", async () => {
    const run = await newDatabase().run(["merchant", "add", "--from", "-", "--format", "json"], { input: JSON.stringify({ legalName: "Santons Fouque", siren: "552 100 554" }) });
    expect(run.code, run.stderr).toBe(0);
    expect(parse(run.stdout)).toMatchObject({ legalName: "Santons Fouque", siren: "552100554", siret: null, brands: [] });
  });

  it("takes back what `merchant show --format json` printed (a profile copied to another database)", async () => {
    const first = newDatabase();
    await first.run(ADD_WITH_FLAGS);
    const shown = await first.run(["merchant", "show", "1", "--format", "json"]);
    const copy = temp.write("copy.json", shown.stdout);
    const second = await newDatabase().run(["merchant", "add", "--from", copy, "--format", "json"]);
    expect(second.code, second.stderr).toBe(0);
    const { createdAt: _a, updatedAt: _b, ...original } = parse(shown.stdout);
    expect(parse(second.stdout)).toMatchObject(original);
  });

  it("refuses the same company twice, naming the one registered", async () => {
    const db = newDatabase();
    await db.run(["merchant", "add", "--from", contractFile]);
    const run = await db.run(["merchant", "add", "--legal-name", "Doublon", "--siren", "732829320", "--siret", "81234567800021"]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^Erreur : Le SIRET 81234567800021 ne commence pas par le SIREN 732829320\./);
    const again = await db.run(["merchant", "add", "--legal-name", "Doublon", "--siret", "812 345 678 00021"]);
    expect(again.code, again.stderr).toBe(2);
    expect(again.stderr).toContain("Une entreprise de SIREN 812345678 est déjà enregistrée : n° 1, Savonnerie Contrat.");
    expect(again.stderr).toContain("eprovence merchant update 1");
  });
});

describe("eprovence merchant show / list", () => {
  it("finds a company by id, SIRET or SIREN, spaces allowed", async () => {
    const db = newDatabase();
    await db.run(["merchant", "add", "--from", contractFile]);
    await db.run(["merchant", "add", "--legal-name", "Santons", "--siren", "552100554"]);
    for (const [ref, legalName] of [
      ["1", "Savonnerie Contrat"],
      ["81234567800013", "Savonnerie Contrat"],
      ["812 345 678 00013", "Savonnerie Contrat"],
      ["812 345 678", "Savonnerie Contrat"],
      ["2", "Santons"],
      ["552100554", "Santons"],
    ]) {
      const run = await db.run(["merchant", "show", ref ?? "", "--format", "json"]);
      expect(run.code, ref).toBe(0);
      expect(parse(run.stdout).legalName, ref).toBe(legalName);
    }
  });

  it("lists the companies as a table, or as a JSON array", async () => {
    const db = newDatabase();
    await db.run(["merchant", "add", "--from", contractFile]);
    await db.run(["merchant", "add", "--legal-name", "Santons", "--siren", "552100554"]);
    const table = await db.run(["merchant", "list"]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout.split("\n")).toEqual([
      expect.stringMatching(/^N°\s+Raison sociale\s+SIRET \/ SIREN\s+Code postal\s+Marques$/),
      expect.stringMatching(/^ 1\s+Savonnerie Contrat\s+812 345 678 00013\s+13001\s+Contrat$/),
      expect.stringMatching(/^ 2\s+Santons\s+552 100 554$/),
      "",
    ]);
    const json = await db.run(["merchant", "list", "--format", "json"]);
    expect((JSON.parse(json.stdout) as MerchantJson[]).map((merchant) => [merchant.id, merchant.siren])).toEqual([
      [1, "812345678"],
      [2, "552100554"],
    ]);
  });

  it("on a fresh machine: an empty list, exit 0, and no database file created", async () => {
    const home = join(temp.dir, "fresh-home");
    const env = { EPROVENCE_DB: undefined, XDG_DATA_HOME: undefined, HOME: home };
    const pretty = await runCli(["merchant", "list"], { env });
    expect(pretty.code, pretty.stderr).toBe(0);
    expect(pretty.stdout).toBe("");
    expect(pretty.stderr).toContain("Aucune entreprise enregistrée");
    const json = await runCli(["merchant", "list", "--format", "json"], { env });
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
    const show = await runCli(["merchant", "show", "1"], { env });
    expect(show.code, show.stderr).toBe(2);
    expect(show.stderr).toContain("eprovence merchant list");
    expect(existsSync(home)).toBe(false);
  });

  it("on an empty (0-byte) database file: read like no database, the file left empty", async () => {
    const path = temp.write("empty.db", "");
    const env = { EPROVENCE_DB: path };
    const list = await runCli(["merchant", "list"], { env });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stderr).toContain("Aucune entreprise enregistrée");
    expect((await runCli(["imports", "list", "--format", "json"], { env })).stdout.trim()).toBe("[]");
    const show = await runCli(["merchant", "show", "1"], { env });
    expect(show.code, show.stderr).toBe(2);
    // Nothing was written: no schema in the file, no journal beside it.
    expect(statSync(path).size).toBe(0);
    expect(readdirSync(temp.dir).filter((name) => name.startsWith("empty.db"))).toEqual(["empty.db"]);
    // Adding a company is what creates the database, in that very file.
    expect((await runCli(["merchant", "add", "--from", contractFile], { env })).code).toBe(0);
    expect(statSync(path).size).toBeGreaterThan(0);
  });
});

describe("eprovence merchant update", () => {
  it("changes only the values given, keeps the brands, and says what changed", async () => {
    const db = newDatabase();
    await db.run(["merchant", "add", "--from", contractFile]);
    const run = await db.run(["merchant", "update", "812 345 678", "--headcount", "8", "--turnover-eur", "612 000,50", "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("Entreprise n° 1 modifiée : Effectif (ETP), Chiffre d'affaires HT.\n");
    const { createdAt: _c, updatedAt: _u, id: _i, ...after } = parse(run.stdout);
    expect(after).toEqual({
      ...CONTRACT_PROFILE,
      siren: "812345678",
      headcount: 8,
      turnoverEur: 612000.5,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
    });
  });

  it("clears the brands only when asked with --brands \"\"", async () => {
    const db = newDatabase();
    await db.run(["merchant", "add", "--from", contractFile]);
    const run = await db.run(["merchant", "update", "1", "--brands", "", "--format", "json"]);
    expect(parse(run.stdout).brands).toEqual([]);
  });

  it("says so when the values given were already there", async () => {
    const db = newDatabase();
    await db.run(["merchant", "add", "--from", contractFile]);
    const run = await db.run(["merchant", "update", "1", "--headcount", "5"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("rien n'a changé");
  });
});

describe("bad input: exit 2, one sentence naming the flag or key, nothing saved, no stack trace", () => {
  const badJson = temp.write("bad.json", '{ "legalName": "X",\n  "siret": "81234567800013",\n}\n');
  const unknownKey = temp.write("unknown.json", JSON.stringify({ ...CONTRACT_PROFILE, legal_name: "X" }));
  const list = temp.write("list.json", JSON.stringify([CONTRACT_PROFILE]));
  const numberSiret = temp.write("number-siret.json", JSON.stringify({ legalName: "X", siret: 81234567800013 }));

  it.each([
    [["--legal-name", "X", "--siret", "81234567800014"], "SIRET invalide « 81234567800014 » (--siret) : la clé de contrôle ne correspond pas"],
    [["--legal-name", "X", "--siret", "8123456780001"], "SIRET invalide « 8123456780001 » (--siret) : un SIRET compte 14 chiffres."],
    [["--legal-name", "X", "--siren", "812345678"], "SIREN invalide « 812345678 » (--siren) : la clé de contrôle"],
    [["--legal-name", "X"], "Il manque le SIRET ou le SIREN de l'entreprise."],
    [["--siren", "732829320"], "Valeur obligatoire absente : --legal-name."],
    [["--legal-name", "X", "--siren", "732829320", "--turnover-eur", "12,345"], "Valeur invalide « 12,345 » pour --turnover-eur."],
    [["--legal-name", "X", "--siren", "732829320", "--balance-sheet-eur", "beaucoup"], "Valeur invalide « beaucoup » pour --balance-sheet-eur."],
    [["--legal-name", "X", "--siren", "732829320", "--headcount", "-3"], "Valeur invalide « -3 » pour --headcount."],
    [["--legal-name", "X", "--siren", "732829320", "--independent", "peut-être"], "Valeur invalide « peut-être » pour --independent."],
    [["--legal-name", "X", "--siren", "732829320", "--trademark", "filed"], "Valeur invalide « filed » pour --trademark."],
    [["--legal-name", "X", "--siren", "732829320", "--postcode", "1300"], "Valeur invalide « 1300 » pour --postcode."],
    [["--legal-name", "X", "--siren", "732829320", "--contact-email", "marie@"], "Valeur invalide « marie@ » pour --contact-email."],
    [["--from", unknownKey], `Clé inconnue « legal_name » dans ${unknownKey}.`],
    [["--from", badJson], `${badJson} n'est pas un fichier JSON valide, ligne 3 colonne 1`],
    [["--from", list], `${list} ne contient pas un objet JSON`],
    [["--from", numberSiret], `Valeur invalide « 81234567800013 » pour la clé « siret » de ${numberSiret}.`],
    [["--from", join(temp.dir, "nowhere.json")], "Fichier introuvable"],
    [["--from", contractFile, "--format", "xml"], "Valeur invalide pour --format : « xml »."],
  ])("merchant add %j", async (args, sentence) => {
    const db = newDatabase();
    const run = await db.run(["merchant", "add", ...args]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe("");
    const [message, hint, ...rest] = run.stderr.split("\n");
    expect(message).toMatch(/^Erreur : /);
    expect(message).toContain(sentence);
    expect(hint?.length).toBeGreaterThan(10);
    expect(rest.join("")).toBe("");
    expect(run.stderr).not.toMatch(/\n\s+at |undefined|NaN/);
    // Checked before the store is opened: a failed add leaves no database behind.
    expect(existsSync(db.path)).toBe(false);
  });

  it("lists every problem of one command, one line each, with how to fix it", async () => {
    const run = await newDatabase().run(["merchant", "add", "--siret", "81234567800014", "--postcode", "1300", "--independent", "bof"]);
    expect(run.code, run.stderr).toBe(2);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("Erreur : Profil d'entreprise invalide (4 problèmes) :");
    expect(lines.slice(1, 5).map((line) => line.match(/--[a-z-]+/)?.[0])).toEqual(["--legal-name", "--siret", "--postcode", "--independent"]);
    expect(lines[5]).toMatch(/rien n'a été enregistré/);
  });

  it("suggests the camelCase key for a snake_case one", async () => {
    const run = await newDatabase().run(["merchant", "add", "--from", unknownKey]);
    expect(run.stderr).toContain("Vouliez-vous dire « legalName » ?");
  });

  it.each([
    [["merchant", "show", "42"], "Aucune entreprise « 42 »", "eprovence merchant list"],
    [["merchant", "show", "54205118000012"], "Aucune entreprise « 54205118000012 »", "eprovence merchant list"],
    [["merchant", "update", "42", "--headcount", "3"], "Aucune entreprise « 42 »", "eprovence merchant list"],
    [["merchant", "update", "1"], "Rien à modifier pour l'entreprise « 1 »", "--headcount"],
    [["merchant", "update", "1", "--siren", "552100554"], "Le SIRET 81234567800013 ne commence pas par le SIREN 552100554.", "ne donnez que le SIRET"],
    [["merchant", "list", "--format", "csv"], "Valeur invalide pour --format : « csv ».", "pretty, json"],
  ])("%j", async (args, sentence, hint) => {
    const db = newDatabase();
    await db.run(["merchant", "add", "--from", contractFile]);
    const run = await db.run(args);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^Erreur : /);
    expect(run.stderr).toContain(sentence);
    expect(run.stderr).toContain(hint);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("an unknown flag is a usage error (exit 2)", async () => {
    const run = await newDatabase().run(["merchant", "add", "--from", contractFile, "--colour", "blue"]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("--colour");
  });
});

describe("--lang en", () => {
  it("speaks English, codes and JSON unchanged", async () => {
    const db = newDatabase();
    const added = await db.run(["merchant", "add", "--from", contractFile, "--lang", "en"]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toBe("Company no. 1 registered: Savonnerie Contrat.\n");
    expect(added.stdout).toMatch(/Turnover excl\. VAT\s+€500,000/);
    const bad = await db.run(["merchant", "add", "--legal-name", "X", "--siret", "81234567800014"], { env: { EPROVENCE_LANG: "en" } });
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toMatch(/^Error: Invalid SIRET "81234567800014" \(--siret\): the check digit does not match/);
    const json = await db.run(["merchant", "show", "1", "--format", "json", "--lang", "en"]);
    expect(parse(json.stdout).trademark).toBe("registered");
  });

  it("help lists the subcommands and every flag", async () => {
    const run = await runCli(["merchant", "add", "--help", "--lang", "en"]);
    expect(run.code, run.stderr).toBe(0);
    for (const flag of ["--from", "--legal-name", "--siret", "--siren", "--postcode", "--headcount", "--turnover-eur", "--balance-sheet-eur", "--independent", "--brand", "--brands", "--trademark", "--contact-name", "--contact-email", "--contact-phone", "--format"]) {
      expect(run.stdout).toContain(flag);
    }
  });
});
