import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, makeTempDir, ROOT, runCli, type CliRun } from "./helpers.js";
import { COMPANY_ANSWERS, soapCatalogue } from "./wizard-harness.js";

// End to end: the real binary. Without a terminal (as CI runs it): a complete answers file goes to the
// end, anything short of it is exit 2 naming what is missing — and never hangs. In a real terminal
// (tmux gives the binary a pseudo-terminal, and types into it): a whole onboarding typed key by key, and
// Ctrl-C mid-way (exit 130, progress saved) then a resumed run to the end.

const temp = makeTempDir("eprovence-onboard-e2e-");
afterAll(() => temp.remove());

let folders = 0;
/** A fresh folder with the short catalogue and its own database path. */
function newCase(): { dir: string; db: string; write(name: string, content: string): string } {
  const dir = join(temp.dir, `case-${++folders}`);
  const write = (name: string, content: string) => temp.write(join(`case-${folders}`, name), content);
  execFileSync("mkdir", ["-p", dir]);
  write("catalogue.csv", soapCatalogue({ withError: true }));
  return { dir, db: join(dir, "data", "eprovence.db"), write };
}

const COMPLETE_YAML = [
  "company:",
  ...Object.entries(COMPANY_ANSWERS).map(([key, value]) => `  ${key.slice("company.".length)}: ${JSON.stringify(value)}`),
  "costs:",
  "  fairsPerYear: 1",
  '  salesEur: "100 000"',
  "catalogue:",
  "  file: catalogue.csv",
  "fixes:",
  "  V-3:",
  '    price_eur: "6,90"',
  "export:",
  "  out: export-tmall",
  "dossier:",
  "  out: dossier.html",
  "",
].join("\n");

/** The binary with no terminal, killed if it ever waits for input (a hang fails the test, it does not stall it). */
function runWithin(ms: number, args: readonly string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<CliRun & { signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, LANG: "fr_FR.UTF-8", ...options.env };
    delete env.EPROVENCE_LANG;
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ["pipe", "pipe", "pipe"], timeout: ms, killSignal: "SIGKILL" });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    // stdin stays open: a run that tried to read an answer from it would wait until killed.
    child.on("close", (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

const query = <T>(path: string, sql: string): T => {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return db.prepare(sql).all() as T;
  } finally {
    db.close();
  }
};

describe("onboard without a terminal", () => {
  it("a complete --answers file runs start to finish: exit 0, everything saved", async () => {
    const c = newCase();
    const answers = c.write("answers.yaml", COMPLETE_YAML);
    const run = await runWithin(60_000, ["onboard", "--answers", answers], { env: { EPROVENCE_DB: c.db } });
    expect(run.stderr).not.toMatch(/Erreur/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("── Étape 8/8 · Récapitulatif ──");
    expect(query(c.db, "SELECT legal_name AS name FROM merchants")).toEqual([{ name: "Savonnerie du Vallon" }]);
    expect(query(c.db, "SELECT sku FROM products ORDER BY sku")).toEqual([{ sku: "V-1" }, { sku: "V-2" }, { sku: "V-3" }]);
    expect(query(c.db, "SELECT status, step FROM onboarding_sessions")).toEqual([{ status: "completed", step: "summary" }]);
    expect(existsSync(join(c.dir, "export-tmall", "manifest.json"))).toBe(true);
    expect(readFileSync(join(c.dir, "dossier.html"), "utf8")).toContain("Savonnerie du Vallon");
  });

  it("a partial --answers file is exit 2 naming every missing key, before anything is written — and does not hang", async () => {
    const c = newCase();
    const answers = c.write("partial.json", JSON.stringify({ company: { legalName: "Savonnerie du Vallon" }, costs: { salesEur: 100000 } }));
    const run = await runWithin(15_000, ["onboard", "--answers", answers], { env: { EPROVENCE_DB: c.db } });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "company.siret, company.postcode, company.headcount, company.turnoverEur, company.independent, company.trademark, costs.fairsPerYear, catalogue.file, export.out, dossier.out",
    );
    expect(existsSync(c.db)).toBe(false);
  });

  it("with --no-input, even at a terminal, the same: exit 2, never a question", async () => {
    const c = newCase();
    const answers = c.write("partial.json", JSON.stringify({ "company.legalName": "X" }));
    const run = await runWithin(15_000, ["onboard", "--no-input", "--answers", answers, "--lang", "en"], { env: { EPROVENCE_DB: c.db } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Missing answers in .*partial\.json, and no terminal to ask for them: company\.siret/);
  });

  it.each([
    ["an invalid value", { company: { siret: "913 205 803 00013" } }, /company\.siret.*clé de contrôle/s],
    ["an unknown key", { company: { legal_name: "X" } }, /Clé inconnue « company\.legal_name ».*Vouliez-vous dire « company\.legalName »/s],
  ])("%s is exit 2 naming the key", async (_label, content, expected) => {
    const c = newCase();
    const answers = c.write("bad.json", JSON.stringify(content));
    const run = await runWithin(15_000, ["onboard", "--answers", answers], { env: { EPROVENCE_DB: c.db } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(expected);
    expect(existsSync(c.db)).toBe(false);
  });

  it("`npm start` (package.json's start script) without a terminal says how to run it, exit 2", async () => {
    const c = newCase();
    const script = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
    expect(script).toBe("node bin/eprovence.js onboard");
    const run = await runWithin(15_000, ["onboard"], { env: { EPROVENCE_DB: c.db } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("il n'y a pas de terminal");
    expect(run.stderr).toContain("eprovence onboard --answers reponses.yaml");
    expect(run.stdout).toBe("");
    expect(existsSync(c.db)).toBe(false);
  });
});

describe("demo", () => {
  it("runs the whole flow on the bundled data into a temporary database: exit 0, and the printed paths exist", async () => {
    const run = await runCli(["demo"]);
    expect(run.code).toBe(0);
    const path = (label: string) => new RegExp(`^  ${label} : (.+)$`, "m").exec(run.stdout)?.[1] ?? "";
    const database = path("Base");
    const exported = path("Export");
    const dossier = path("Dossier");
    try {
      expect(existsSync(database)).toBe(true);
      expect(existsSync(join(exported, "catalogue.csv"))).toBe(true);
      expect(readFileSync(dossier, "utf8")).toContain("Savonnerie des Calanques");
      // Every product of the demo's catalogue lands, the two fixed ones included.
      const demoRows = readFileSync(join(ROOT, "fixtures", "demo", "catalogue.csv"), "utf8").trim().split(/\r?\n/).length - 1;
      expect(query(database, "SELECT count(*) AS n FROM products")).toEqual([{ n: demoRows }]);
      // The food products: their Chinese ingredients drafted (every ingredient known), their e-labels exported.
      expect(query(database, "SELECT sku, ingredients_zh, ingredients_zh_status AS status FROM products WHERE ingredients IS NOT NULL ORDER BY sku")).toEqual([
        { sku: "CAL-AIX-250", ingredients_zh: "白砂糖、杏仁30%、糖渍甜瓜（甜瓜、白砂糖、葡萄糖浆）、无酵薄饼", status: "draft" },
        { sku: "HUI-OLV-50", ingredients_zh: "特级初榨橄榄油", status: "draft" },
      ]);
      const labels = readFileSync(join(exported, "labels-zh.html"), "utf8");
      expect(labels).toContain("<dt>配料</dt><dd><bdi>特级初榨橄榄油</bdi></dd>");
      expect(labels).toContain("<dt>净含量</dt><dd><bdi>500毫升</bdi></dd>");
      expect(run.stdout).toContain("2 listes d'ingrédients en chinois gardées comme brouillon");
      expect(run.stdout).toMatch(/SAV-CUBE-600 : durée de conservation/);
      // Each step's result: the verdict, the chart, the detection, the corrections.
      expect(run.stdout).toContain("Verdict : éligible");
      expect(run.stdout).toContain("░");
      expect(run.stdout).toMatch(/Commentaire interne\s+→ ignorée/);
      expect(run.stdout).toContain("✔ SAV-OLV-300 · Prix HT (€) : « 12,5O » → « 12,50 »");
      expect(run.stdout).toContain("✔ CRM-MAINS-75 · Code EAN : « 3760931200044 » → « 3760931200043 »");
      expect(run.stderr).toContain("données fictives");
    } finally {
      if (database !== "") rmSync(dirname(database), { recursive: true, force: true });
    }
  });

  it("the demo profile is a valid merchant add --from file", async () => {
    const c = newCase();
    const run = await runCli(["merchant", "add", "--from", join(ROOT, "fixtures", "demo", "profile.json"), "--format", "json"], { env: { EPROVENCE_DB: c.db } });
    expect(run.code).toBe(0);
  });
});

// ── in a real terminal ──────────────────────────────────────────────────────────────────────────────

const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
const isCi = process.env.CI === "true";
if (!hasTmux && !isCi) {
  console.warn("\n⚠⚠⚠ tmux is not installed: the pseudo-terminal tests of `eprovence onboard` are SKIPPED. Install tmux (apt-get install tmux) to run them. ⚠⚠⚠\n");
}

describe("tmux itself", () => {
  it.runIf(isCi)("is installed on CI (.ci/run installs it): the terminal tests must never be skipped there", () => {
    expect(hasTmux).toBe(true);
  });
});

/** A terminal 120×40 in a private tmux server, running one command; the pane stays to be read after it exits. */
class Terminal {
  private static count = 0;
  private readonly name = `onboard-${++Terminal.count}`;
  // A server per terminal: `close` kills its server, and a next terminal on the same socket could
  // reach that server while it shuts down (« server exited unexpectedly »).
  private readonly socket = `eprovence-test-${process.pid}-${this.name}`;

  constructor(cwd: string, env: Record<string, string>, args: readonly string[]) {
    const exports = Object.entries({ LANG: "fr_FR.UTF-8", ...env }).map(([key, value]) => `${key}=${shellQuote(value)}`);
    const command = `env -u CI -u EPROVENCE_LANG ${exports.join(" ")} ${shellQuote(process.execPath)} ${shellQuote(BIN)} ${args.map(shellQuote).join(" ")}; echo "[exit $?]"; sleep 120`;
    this.tmux("new-session", "-d", "-s", this.name, "-x", "120", "-y", "40", "-c", cwd, command);
  }

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, ...args], { encoding: "utf8" });
  }

  /** The whole pane, history included, wrapped lines joined. */
  screen(): string {
    return this.tmux("capture-pane", "-p", "-J", "-S", "-2000", "-t", this.name);
  }

  /** Waits (polling, with a deadline) until the screen matches; fails with the screen when it does not. */
  async waitFor(pattern: RegExp, ms = 20_000): Promise<void> {
    const deadline = Date.now() + ms;
    for (;;) {
      if (pattern.test(this.screen())) return;
      if (Date.now() > deadline) throw new Error(`the terminal never showed ${String(pattern)}; it shows:\n${this.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Waits for a question (Inquirer shows "? question" while it waits), then types the answer and Enter. */
  async answer(question: RegExp, text: string): Promise<void> {
    await this.waitFor(new RegExp(`^\\? ${question.source}`, "m"));
    if (text !== "") this.tmux("send-keys", "-t", this.name, "-l", text);
    this.tmux("send-keys", "-t", this.name, "Enter");
    // The question is answered when Inquirer turns its "?" into "✔".
    await this.waitFor(new RegExp(`^✔ ${question.source}`, "m"));
  }

  key(name: string): void {
    this.tmux("send-keys", "-t", this.name, name);
  }

  close(): void {
    try {
      this.tmux("kill-server");
    } catch {
      // Already gone.
    }
  }
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The company, as typed at the keyboard (Enter for the optional questions). */
async function typeCompany(terminal: Terminal): Promise<void> {
  await terminal.answer(/Raison sociale/, "Savonnerie du Vallon");
  await terminal.answer(/SIRET du siège/, "913 205 803 00012");
  await terminal.answer(/Code postal du siège/, "13002");
  await terminal.answer(/Effectif/, "8");
  await terminal.answer(/Chiffre d'affaires/, "1 250 000");
  await terminal.answer(/Total du bilan/, "");
  await terminal.answer(/L'entreprise est-elle indépendante/, "o");
  await terminal.answer(/Vos marques/, "Vallon");
  await terminal.answer(/Votre marque est-elle déposée/, "");
  await terminal.answer(/Nom de la personne/, "");
  await terminal.answer(/Son adresse e-mail/, "");
  await terminal.answer(/Son téléphone/, "");
}

/** From the catalogue question to the end: the file, its detection confirmed, one correction, the default paths. */
async function typeCatalogueToTheEnd(terminal: Terminal): Promise<void> {
  await terminal.answer(/Comment voulez-vous constituer votre catalogue/, "");
  await terminal.answer(/Chemin du fichier catalogue/, "catalogue.csv");
  await terminal.answer(/Est-ce bien lu ainsi/, "");
  await terminal.answer(/Dossier des photos des produits/, "");
  await terminal.answer(/Ligne 4 · V-3 · Prix HT \(€\)/, "6,90");
  await terminal.answer(/Dossier où écrire les fichiers/, "");
  await terminal.answer(/Fichier du dossier de candidature/, "");
  await terminal.waitFor(/^\[exit \d+\]$/m, 30_000);
}

describe.skipIf(!hasTmux)("onboard in a terminal (tmux)", () => {
  it("a whole onboarding typed at the keyboard, a short catalogue with one correction", { timeout: 120_000 }, async () => {
    const c = newCase();
    const terminal = new Terminal(c.dir, { EPROVENCE_DB: c.db }, ["onboard"]);
    try {
      await terminal.waitFor(/── Bienvenue ──/);
      await typeCompany(terminal);
      await terminal.waitFor(/Verdict : éligible sous conditions/);
      await terminal.answer(/Combien de salons/, "2");
      await terminal.answer(/Ventes annuelles attendues/, "entre 50 000 et 150 000");
      await terminal.waitFor(/█ boutique Tmall Global/);
      await terminal.answer(/Voulez-vous saisir vos propres chiffres/, "o");
      await terminal.answer(/Logistique par commande/, "4,50");
      await terminal.answer(/Commandes prévues par an/, "2 000");
      await terminal.answer(/Budget marketing de la boutique/, "12 k€");
      for (const question of [/Mise en place de la boutique/, /Personnes envoyées sur le salon/, /Jours sur place par personne/, /Subvention déduite/, /Contacts obtenus/]) {
        await terminal.answer(question, "");
      }
      await typeCatalogueToTheEnd(terminal);
      const screen = terminal.screen();
      expect(screen).toContain("[exit 0]");
      expect(screen).toContain("✔ V-3 · Prix HT (€) : « 6,9O » → « 6,90 »");
      expect(screen).toContain(`Fichiers pour Tmall Global : ${join(c.dir, "export-tmall-913205803")}`);
      expect(query(c.db, "SELECT sku, price_cents AS price FROM products ORDER BY sku")).toEqual([
        { sku: "V-1", price: 490 },
        { sku: "V-2", price: 590 },
        { sku: "V-3", price: 690 },
      ]);
      expect(existsSync(join(c.dir, "dossier-913205803.html"))).toBe(true);
      expect(screen.replace(/\u202f/g, " ")).toContain("bas 50 000 € · moyen 100 000 € · haut 150 000 €");
      const scenario = query<{ scenario: string }[]>(c.db, "SELECT scenario FROM cost_scenarios ORDER BY id DESC LIMIT 1")[0]?.scenario ?? "{}";
      expect((JSON.parse(scenario) as { inputs: { shopMarketing: { value: number } } }).inputs.shopMarketing.value).toBe(1_200_000);
    } finally {
      terminal.close();
    }
  });

  it("Ctrl-C mid-way exits 130 saying progress is saved; the next run resumes there and completes", { timeout: 120_000 }, async () => {
    const c = newCase();
    const first = new Terminal(c.dir, { EPROVENCE_DB: c.db }, ["onboard"]);
    try {
      await typeCompany(first);
      await first.answer(/Combien de salons/, "2");
      await first.waitFor(/^\? Ventes annuelles attendues/m);
      first.key("C-c");
      await first.waitFor(/^\[exit 130\]$/m);
      expect(first.screen()).toContain("Interrompu : vos réponses sont enregistrées ; relancez l'assistant pour reprendre.");
    } finally {
      first.close();
    }
    expect(query(c.db, "SELECT step, status FROM onboarding_sessions")).toEqual([{ step: "costs", status: "in-progress" }]);

    const second = new Terminal(c.dir, { EPROVENCE_DB: c.db }, ["onboard"]);
    try {
      await second.answer(/Une session \(n° 1, du .*\) s'est arrêtée à l'étape « Coûts : boutique ou salons »/, "");
      await second.answer(/Ventes annuelles attendues/, "100 000");
      await second.answer(/Voulez-vous saisir vos propres chiffres/, "");
      await typeCatalogueToTheEnd(second);
      const screen = second.screen();
      expect(screen).toContain("[exit 0]");
      // Resumed: the company was not asked again, the fairs answer was kept.
      expect(screen).not.toContain("Raison sociale");
      expect(screen).not.toContain("Combien de salons");
      expect(screen).toContain("Reprise de la session n° 1");
    } finally {
      second.close();
    }
    expect(query(c.db, "SELECT id, status FROM onboarding_sessions")).toEqual([{ id: 1, status: "completed" }]);
    const scenario = query<{ scenario: string }[]>(c.db, "SELECT scenario FROM cost_scenarios")[0]?.scenario ?? "{}";
    expect((JSON.parse(scenario) as { inputs: { fairsPerYear: { value: number } } }).inputs.fairsPerYear.value).toBe(2);
  });
});
