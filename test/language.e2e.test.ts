import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIELD_NAMES } from "../src/domain/catalogue/fields.js";
import { COST_INPUT_NAMES } from "../src/domain/costs/inputs.js";
import { PRESET_NAMES } from "../src/domain/costs/presets.js";
import { RULES } from "../src/domain/eligibility/rules.js";
import { en } from "../src/domain/messages/en.js";
import { fr } from "../src/domain/messages/fr.js";
import type { Language } from "../src/domain/messages/index.js";
import { ROOT, runCli } from "./helpers.js";
import { makeJpeg, makePng, PDF, TEXT, WEBP } from "./pictures.js";

/**
 * The language check: what a person reads — the demo, every command's pretty output on the demo data,
 * their help, and the dossier — in French and in English, must hold no word of the other language, no
 * internal key (field keys, profile and cost keys, rule and preset ids, message codes), and, in the
 * wizard and the dossier, no command-line flag, command or file name of ours. The word lists come from
 * the message catalogues themselves, so a new message feeds the check.
 */

/**
 * `person`: the wizard and the dossier, which never talk like a shell; `command`: a command's report,
 * which may name a flag where it says how to act; `help`: `--help`, made of flags, preset ids and field
 * names, checked for its language only.
 */
type Audience = "person" | "command" | "help";
interface Text {
  readonly name: string;
  readonly language: Language;
  readonly audience: Audience;
  readonly text: string;
}

// ── word lists, from the catalogues ─────────────────────────────────────────────────────────────

/** Every text a catalogue can say: strings as they are, renderers called with empty parameters. */
function catalogueTexts(node: unknown, out: string[] = []): string[] {
  if (typeof node === "string") out.push(node);
  else if (typeof node === "function") {
    const blank = new Proxy({}, { get: () => "" });
    try {
      out.push(String((node as (params: unknown) => unknown)(blank)));
    } catch {
      // a renderer that needs real parameters (a list to map): its words are in its siblings' texts
    }
  } else if (node !== null && typeof node === "object") for (const value of Object.values(node)) catalogueTexts(value, out);
  return out;
}

/** Words of three letters or more, lower-cased (accents kept: « été » is not « ete »). */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => !/\p{Script=Han}/u.test(word));
}

const frenchWords = new Set(catalogueTexts(fr).flatMap(wordsOf));
const englishWords = new Set(catalogueTexts(en).flatMap(wordsOf));
/** The demo's own data (names of its products, its French column headers) is the user's, in any output. */
const userWords = new Set(
  ["catalogue.csv", "profile.json", "answers.yaml"].flatMap((file) => wordsOf(readFileSync(join(ROOT, "fixtures", "demo", file), "utf8"))),
);
/** Names that are the same in both languages (brands, institutions, acronyms) though one catalogue only spells them. */
const PROPER_NAMES = new Set(["tmall", "global", "alibaba", "taobao", "tribune", "etalab", "insee", "cihef", "ecocert", "prowein", "vinexpo", "canton", "caishui", "caiguanshui", "luhn", "poste", "gs1", "cbec", "sme", "pme", "tpe", "eur", "cny", "rmb", "html", "json", "csv", "sarif", "junit", "github", "utf", "bom", "sha", "iso", "xlsx", "ods", "excel", "libreoffice", "calc"]);
const onlyIn = (mine: Set<string>, theirs: Set<string>) => new Set([...mine].filter((word) => !theirs.has(word) && !userWords.has(word) && !PROPER_NAMES.has(word)));
/** The other language's words: French ones in an English text, and the reverse. */
const FOREIGN: Readonly<Record<Language, Set<string>>> = { fr: onlyIn(englishWords, frenchWords), en: onlyIn(frenchWords, englishWords) };

/** Our identifiers: no person should have to read them. */
const INTERNAL_KEYS = new Set<string>([
  ...FIELD_NAMES.filter((name) => name.includes("_")),
  ...COST_INPUT_NAMES.filter((name) => /[A-Z]/.test(name)),
  ...PRESET_NAMES,
  ...Object.keys(RULES).filter((id) => id.includes("-")),
  ...["legalName", "turnoverEur", "balanceSheetEur", "headcount", "contactName", "contactEmail", "contactPhone", "salesEur", "minShelfLifeMonths", "eurCny", "eurToCny", "cbecOrderLimitCny", "titleMaxDisplayUnits", "highEndCosmeticCnyPerGram"],
  // message keys as a person would see them if one were left untranslated (plain-word keys such as
  // `ready` are ordinary words, not a sign of a missing text)
  ...[...Object.keys(fr.ui), ...Object.keys(fr.wizard), ...Object.keys(fr.dossier)].filter((key) => /[A-Z]/.test(key)),
]);
const MESSAGE_CODES = new Set(Object.keys(fr.codes));
/** Names of our own files (code, docs, answers) that a person never opens. */
const OUR_FILES = /\b(?:README(?:\.md)?|SOURCES\.md|package\.json|[\w-]+\.ts|node_modules|answers\.yaml)\b/g;
const FLAG = /(?<![\w-])--[a-z][a-z-]*/g;
const COMMAND = /\beprovence\s+(?:onboard|demo|validate|import|imports|eligibility|export|dossier|costs|merchant|portfolio)\b/g;
/** « produit(s) », "row(s)": a count's noun is agreed with the count, never left to the reader */
const UNAGREED_PLURAL = /\p{L}+\(s\)/gu;

/** commander's own headings and errors, when they were not translated into French */
const COMMANDER_ENGLISH = /^(?:Usage|Options|Commands|Arguments|Global Options):|\(default: |error: /gm;

/** Paths, e-mail addresses, URLs and hashes are the user's or the machine's, not words. */
function withoutNames(text: string): string {
  return text
    .replace(/(?:https?|file):\/\/\S+/g, " ")
    .replace(/(?<!\S)(?:~|\.{0,2})\/\S*/g, " ")
    // a path a table shortened from the left: « …names/fixtures/demo/catalogue.csv »
    .replace(/(?<!\S)…\S*\/\S*/g, " ")
    .replace(/\S+@\S+\.\S+/g, " ")
    .replace(/\b[0-9a-f]{64}\b/g, " ");
}

function problemsOf({ name, language, audience, text }: Text): string[] {
  const problems: string[] = [];
  const say = (kind: string, what: string) => problems.push(`${name} [${language}] ${kind}: ${what}`);
  // a `--map "Votre colonne=champ"` hint names the fields the way the user must type them
  const plain = withoutNames(audience === "command" ? text.replace(/^.*--map .*$/gm, "--map") : text);
  const words = new Set<string>();
  for (const token of new Set(plain.match(/[\p{L}\d_-]+(?:@\d+)?/gu) ?? [])) {
    if (audience === "help") {
      if (!token.startsWith("--")) for (const word of wordsOf(token)) words.add(word);
    } else if (INTERNAL_KEYS.has(token) || /^[a-z]+(?:-[a-z]+)*@\d+$/.test(token)) say("internal key", token);
    // an identifier's parts (`net_weight_g`, `sme-size@1`) are not words of a sentence
    else if (!/[_@]/.test(token) && !token.startsWith("--")) for (const word of wordsOf(token)) words.add(word);
  }
  for (const word of words) if (FOREIGN[language].has(word)) say("other language", word);
  for (const code of new Set(plain.match(/\[[a-z]+(?:-[a-z0-9]+)*\]/g) ?? [])) if (MESSAGE_CODES.has(code.slice(1, -1))) say("message code", code);
  if (language === "fr") for (const match of new Set(text.match(COMMANDER_ENGLISH) ?? [])) say("untranslated help", match);
  for (const match of new Set(text.match(OUR_FILES) ?? [])) say("our file name", match);
  for (const match of new Set(plain.match(UNAGREED_PLURAL) ?? [])) say("plural left to the reader", match);
  if (audience === "person") {
    for (const match of new Set(plain.match(FLAG) ?? [])) say("flag", match);
    for (const match of new Set(text.match(COMMAND) ?? [])) say("command", match);
  }
  return problems;
}

// ── the texts: the demo, every command on the demo data, the dossier ──────────────────────────────

/** Visible text of an HTML page: no tags, styles or scripts, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

const texts: Text[] = [];
const work = mkdtempSync(join(tmpdir(), "eprovence-language-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function collect(language: Language): Promise<void> {
  const folder = join(work, language);
  const db = join(folder, "db.sqlite");
  const env = { TMPDIR: folder, EPROVENCE_DB: db };
  const run = async (name: string, args: readonly string[], audience: Audience = "command") => {
    const result = await runCli(["--lang", language, ...args], { env });
    texts.push({ name, language, audience, text: `${result.stdout}\n${result.stderr}` });
    return result;
  };
  mkdirSync(folder, { recursive: true });

  const demo = await run("demo", ["demo"], "person");
  expect(demo.code).toBe(0);
  const demoFolder = readdirSync(folder).find((entry) => entry.startsWith("eprovence-demo-"));
  expect(demoFolder).toBeDefined();
  texts.push({ name: "demo dossier", language, audience: "person", text: visibleText(readFileSync(join(folder, demoFolder ?? "", "dossier.html"), "utf8")) });

  const catalogue = join(ROOT, "fixtures", "demo", "catalogue.csv");
  await run("merchant add", ["merchant", "add", "--from", join(ROOT, "fixtures", "demo", "profile.json")]);
  await run("merchant list", ["merchant", "list"]);
  await run("merchant show", ["merchant", "show", "1"]);
  await run("validate", ["validate", catalogue]);
  // The photos folder: every picture finding said once (a text and a PDF named .jpg, a WebP, 4 MB, 7 pictures, small, not square).
  const photos = join(folder, "photos");
  mkdirSync(photos);
  writeFileSync(join(photos, "SAV-CUBE-600.jpg"), TEXT);
  writeFileSync(join(photos, "SAV-CUBE-600-2.jpg"), PDF);
  writeFileSync(join(photos, "SAV-CUBE-600-3.webp"), WEBP);
  writeFileSync(join(photos, "SAV-CUBE-600-4.jpg"), makeJpeg(2000, 2000, { totalBytes: 4_000_000 }));
  writeFileSync(join(photos, "SAV-CUBE-600-5"), "");
  mkdirSync(join(photos, "SAV-CUBE-600-6.jpg"));
  for (const n of [1, 2, 3, 4, 5, 6]) writeFileSync(join(photos, `SAV-OLV-300-${n}.png`), makePng(600, 400 + n));
  await run("validate --images", ["validate", catalogue, "--images", photos]);
  await run("validate --images missing", ["validate", catalogue, "--images", join(folder, "nowhere")]);
  await run("import", ["import", "--merchant", "1", catalogue]);
  await run("imports list", ["imports", "list"]);
  await run("imports show", ["imports", "show", "1"]);
  await run("names draft", ["names", "draft", "--merchant", "1", "--dry-run"]);
  await run("names list", ["names", "list", "--merchant", "1"]);
  // The translator's sheet, with the food's ingredient columns, and a list of ingredients applied from it.
  await run("names sheet", ["names", "sheet", "--merchant", "1", "--out", join(folder, "feuille.csv")]);
  const filled = join(folder, "feuille-remplie.csv");
  writeFileSync(filled, "Référence;Ingrédients chinois validés\nHUI-OLV-50;特级初榨橄榄油\nCAL-AIX-250;sucre\n");
  await run("names apply --dry-run", ["names", "apply", filled, "--merchant", "1", "--partial", "--dry-run"]);
  await run("names apply", ["names", "apply", filled, "--merchant", "1", "--partial"]);
  await run("eligibility", ["eligibility", "--merchant", "1"]);
  await run("costs", ["costs", "--merchant", "1"]);
  await run("costs --explain", ["costs", "--merchant", "1", "--explain"]);
  await run("export --check", ["export", "--merchant", "1", "--check"]);
  await run("export", ["export", "--merchant", "1", "--out", join(folder, "export"), "--allow-partial"]);
  // The Chinese e-labels' page: its words around the labels are the owner's language (the labels are Chinese).
  texts.push({ name: "labels-zh.html", language, audience: "person", text: visibleText(readFileSync(join(folder, "export", "labels-zh.html"), "utf8")) });
  const dossier = join(folder, "dossier.html");
  await run("dossier", ["dossier", "--merchant", "1", "--out", dossier]);
  texts.push({ name: "dossier", language, audience: "person", text: visibleText(readFileSync(dossier, "utf8")) });
  await run("merchant import", ["merchant", "import", join(ROOT, "fixtures", "consultant", "entreprises.csv")]);
  await run("portfolio", ["portfolio"]);
  await run("export --all", ["export", "--all", "--out", join(folder, "exports")]);
  await run("export --all again", ["export", "--all", "--out", join(folder, "exports")]);
  await run("export --all --check", ["export", "--all", "--check"]);
  await run("dossier --all", ["dossier", "--all", "--out", join(folder, "dossier2")]);
  const page = join(folder, "page.html");
  await run("portfolio --out", ["portfolio", "--out", page]);
  texts.push({ name: "portfolio page", language, audience: "command", text: visibleText(readFileSync(page, "utf8")) });
  // The consultant's positive list, then what judges codes against it: the verdict names its edition.
  const list = join(folder, "liste-positive.csv");
  writeFileSync(list, "code\n34011100\n");
  await run("data positive-list import", ["data", "positive-list", "import", list, "--edition", "2022-03-01", "--source", "Caiguanshui 2022"]);
  await run("data positive-list show", ["data", "positive-list", "show"]);
  await run("eligibility with the list", ["eligibility", "--merchant", "1"]);
  await run("eligibility --profile with the list", ["eligibility", "--profile", join(ROOT, "fixtures", "demo", "profile.json"), "--catalogue", catalogue]);
  await run("portfolio with the list", ["portfolio"]);
  await run("unknown option", ["validate", "--bogus", catalogue]);
  for (const command of [[], ["onboard"], ["demo"], ["validate"], ["import"], ["eligibility"], ["export"], ["dossier"], ["imports"], ["names"], ["names", "list"], ["names", "draft"], ["names", "sheet"], ["names", "apply"], ["costs"], ["merchant"], ["merchant", "add"], ["merchant", "import"], ["portfolio"]]) {
    await run(`${["eprovence", ...command].join(" ")} --help`, [...command, "--help"], "help");
  }
}

beforeAll(async () => {
  await collect("fr");
  await collect("en");
}, 240_000);

describe("what a person reads is in one language, free of our internals", () => {
  it("holds every command's output and the dossier, in both languages", () => {
    expect(texts.filter((text) => text.language === "fr").length).toBeGreaterThan(25);
    expect(texts.every((text) => text.text.trim().length > 0)).toBe(true);
  });

  it("finds the other language's words from the catalogues (the check can fail)", () => {
    const kinds = (text: Omit<Text, "name">) => problemsOf({ name: "probe", ...text }).map((problem) => problem.replace(/^probe \[\w+\] /, ""));
    expect(kinds({ language: "fr", audience: "person", text: "Coûts sur 3 years, 1 fairs/year, net_weight_g (sme-size@1) --explain, eprovence import, README, dans /tmp/x/years.csv, 3 produit(s)\nUsage: eprovence" })).toEqual([
      "internal key: net_weight_g",
      "internal key: sme-size@1",
      "other language: years",
      "other language: fairs",
      "other language: year",
      "other language: usage",
      "untranslated help: Usage:",
      "our file name: README",
      "plural left to the reader: produit(s)",
      "flag: --explain",
      "command: eprovence import",
    ]);
    expect(kinds({ language: "en", audience: "command", text: "Costs over 3 ans, ventes annuelles, --explain\nUsage: eprovence" })).toEqual([
      "other language: ans",
      "other language: ventes",
      "other language: annuelles",
    ]);
  });

  for (const language of ["fr", "en"] as const) {
    it(`says nothing a ${language === "fr" ? "French" : "English"} reader would stumble on`, () => {
      const problems = new Set(texts.filter((text) => text.language === language).flatMap(problemsOf));
      expect([...problems]).toEqual([]);
    });
  }
});
