import { displayWidth } from "../catalogue/display-width.js";
import type { ProductValues } from "../catalogue/product-values.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../settings.js";
import type { SourceId } from "../sources.js";
import { meaningfulTokens, termKeys, tokeniseFrench, type FrenchToken } from "./french-words.js";
import { GLOSSARY, type GlossaryEntry, type GlossaryGroup, type TermRole } from "./glossary.js";

/**
 * A Chinese draft title from a product's French name, built only from the glossary: the brand as
 * written (Latin letters), the origin, the quality signs, what qualifies the product, the product,
 * its packaging, then the count and the size in Chinese units — « Savonnerie des Calanques
 * 法国马赛皂 600克 ». A French word the glossary does not know is never transliterated or guessed: it
 * is returned in `unknownWords` for a person to translate.
 *
 * The title must fit Tmall's width (`titleMaxDisplayUnits`, a CJK character counting 2, measured by
 * `displayWidth`). When it does not, parts are dropped, the least important first (`dropRank`, a
 * design choice), and the draft lists them. The brand and the product are never dropped; a title
 * still too wide says so (`fits: false`).
 *
 * Chinese puts what qualifies a thing before it: « Savon à l'huile d'olive » → 橄榄油皂. The first
 * product the name names is the product; the others qualify it.
 */

export interface DraftRequest {
  readonly nameFr: string;
  readonly brand?: string;
  /** The catalogue's net weight, used as the size when the name gives none. */
  readonly netWeightMg?: number | undefined;
  /** A category id of the catalogue: it decides between the senses of a word (« rouge » of a wine). */
  readonly categoryId?: string | undefined;
}

export interface DraftOptions {
  /** Widest title, in display units; the catalogue setting's default (60) otherwise. */
  readonly maxWidth?: number;
  /** Put 法国 first when the name names no place (every eprovence product is French). Default: yes. */
  readonly addCountry?: boolean;
}

export type TitlePartKind = "brand" | "origin" | "label" | "attribute" | "product" | "packaging" | "count" | "size";

export interface TitlePart {
  readonly kind: TitlePartKind;
  readonly zh: string;
  /** What it was made from, as written: words of the name, the brand, a net weight. */
  readonly written: string;
  readonly from: "name" | "brand" | "net-weight" | "default";
  /** Where its Chinese comes from; none for the brand (kept as written) and for figures. */
  readonly source?: SourceId;
  /** The glossary group of the term it comes from. */
  readonly group?: GlossaryGroup;
}

export interface DroppedPart {
  readonly part: TitlePart;
  /** `width`: dropped to fit; `repeated`: its Chinese is already in another part. */
  readonly reason: "width" | "repeated";
}

export interface FoundTerm {
  /** The glossary's French term, and the words of the name it matched. */
  readonly fr: string;
  readonly written: string;
  readonly zh: string;
  readonly role: TermRole;
  readonly group: GlossaryGroup;
  readonly source: SourceId;
  /** Set for a name protected in China whose official Chinese form is still to check. */
  readonly protectedBy?: SourceId;
}

export interface DraftTitle {
  readonly title: string;
  readonly width: number;
  readonly maxWidth: number;
  readonly fits: boolean;
  /** The parts kept, in title order. */
  readonly parts: readonly TitlePart[];
  readonly dropped: readonly DroppedPart[];
  /** Every glossary term the name holds, in the order of the name. */
  readonly terms: readonly FoundTerm[];
  /** French words (and numbers) the glossary does not know, as written, each once. */
  readonly unknownWords: readonly string[];
  /** The sources of the kept parts' Chinese, each once. */
  readonly sources: readonly SourceId[];
}

/** The catalogue's values a draft reads. */
export function draftRequestOf(product: ProductValues): DraftRequest {
  return { nameFr: product.nameFr, brand: product.brand, netWeightMg: product.netWeightMg, categoryId: product.category?.id };
}

// ——— The glossary, compiled once: each term by its first key, longest first ———

interface CompiledTerm {
  readonly entry: GlossaryEntry;
  readonly keys: readonly string[];
  readonly accented: readonly string[];
}

function compile(entries: readonly GlossaryEntry[]): ReadonlyMap<string, readonly CompiledTerm[]> {
  const byFirstKey = new Map<string, CompiledTerm[]>();
  for (const entry of entries) {
    for (const form of [entry.fr, ...(entry.forms ?? [])]) {
      const words = meaningfulTokens(tokeniseFrench(form)).flatMap((token) => (token.kind === "word" ? [token] : []));
      const first = words[0];
      if (first === undefined) continue;
      const list = byFirstKey.get(first.key) ?? [];
      list.push({ entry, keys: words.map((word) => word.key), accented: words.map((word) => word.accented) });
      byFirstKey.set(first.key, list);
    }
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return byFirstKey;
}

const TERMS_BY_FIRST_KEY = compile(GLOSSARY);

const UNIT_KEYS: ReadonlyMap<string, GlossaryEntry> = new Map(
  GLOSSARY.filter((entry) => entry.role === "unit").flatMap((entry) => [entry.fr, ...(entry.forms ?? [])].map((form) => [termKeys(form).join(" "), entry] as const)),
);

type Word = Extract<FrenchToken, { kind: "word" }>;
type NumberToken = Extract<FrenchToken, { kind: "number" }>;

/** The longest term starting at `words[0]`; between terms as long, the category's sense, then the accents as written. */
function longestTerm(words: readonly Word[], categoryId: string | undefined): CompiledTerm | undefined {
  const first = words[0];
  if (first === undefined) return undefined;
  let best: CompiledTerm | undefined;
  let bestScore = -1;
  for (const term of TERMS_BY_FIRST_KEY.get(first.key) ?? []) {
    if (best !== undefined && term.keys.length < best.keys.length) break;
    if (term.keys.length > words.length || !term.keys.every((key, i) => words[i]?.key === key)) continue;
    const inCategory = term.entry.group === categoryId || (term.entry.senses ?? []).some((sense) => sense.category === categoryId);
    const asWritten = term.accented.every((accented, i) => words[i]?.accented === accented);
    const score = (inCategory ? 2 : 0) + (asWritten ? 1 : 0);
    if (score > bestScore) {
      best = term;
      bestScore = score;
    }
  }
  return best;
}

// ——— Decimals as written, never floats ———

interface Decimal {
  readonly digits: number;
  readonly scale: number;
}

function normalise({ digits, scale }: Decimal): Decimal {
  while (scale > 0 && digits % 10 === 0) {
    digits /= 10;
    scale -= 1;
  }
  return { digits, scale };
}

function times10(value: Decimal, power: number): Decimal {
  return power >= 0 ? normalise({ digits: value.digits * 10 ** power, scale: value.scale }) : normalise({ digits: value.digits, scale: value.scale - power });
}

function formatDecimal(value: Decimal): string {
  const { digits, scale } = normalise(value);
  if (scale === 0) return String(digits);
  const text = String(digits).padStart(scale + 1, "0");
  return `${text.slice(0, -scale)}.${text.slice(-scale)}`;
}

function isBelowOne({ digits, scale }: Decimal): boolean {
  return digits < 10 ** scale;
}

/** « 75 cl » → 750毫升, « 1,5 L » → 1.5升, « 0,5 kg » → 500克. */
function chineseSize(amount: Decimal, unit: GlossaryEntry): string {
  const conversion = unit.unit ?? { scale: 0 };
  const converted = times10(amount, conversion.scale);
  if (conversion.belowOne !== undefined && isBelowOne(converted)) {
    return `${formatDecimal(times10(converted, conversion.belowOne.scale))}${conversion.belowOne.zh}`;
  }
  return `${formatDecimal(converted)}${unit.zh}`;
}

// ——— Reading the name: a sequence of pieces ———

interface Meaning {
  readonly zh: string;
  readonly role: TermRole;
  readonly source: SourceId;
}

type Piece =
  | {
      readonly kind: "term";
      readonly term: CompiledTerm;
      readonly meaning: Meaning;
      readonly written: string;
      readonly start: number;
      readonly end: number;
      /** « lot de 3 » → 3件装. */
      readonly zhOverride?: string;
      /** The share written before it (« 72 % d'huile d'olive » → 72%). */
      prefix?: string;
    }
  | { readonly kind: "size"; readonly zh: string; readonly written: string; readonly start: number; readonly source: SourceId; readonly by?: { readonly n: number } }
  | { readonly kind: "number"; readonly token: NumberToken; readonly afterTimes: boolean }
  | { readonly kind: "percent"; readonly zh: string; readonly written: string }
  | { readonly kind: "vintage"; readonly zh: string; readonly written: string }
  | { readonly kind: "unknown"; readonly written: string }
  | { readonly kind: "break" };

function meaningOf(entry: GlossaryEntry, categoryId: string | undefined): Meaning {
  const sense = (entry.senses ?? []).find((candidate) => candidate.category === categoryId);
  return sense ?? { zh: entry.zh, role: entry.role, source: entry.source };
}

function isTimes(token: FrenchToken | undefined): boolean {
  return token !== undefined && (token.kind === "times" || (token.kind === "word" && token.key === "x"));
}

function unitAt(tokens: readonly FrenchToken[], at: number): GlossaryEntry | undefined {
  const token = tokens[at];
  return token?.kind === "word" ? UNIT_KEYS.get(token.key) : undefined;
}

function wordsFrom(tokens: readonly FrenchToken[], at: number): Word[] {
  const words: Word[] = [];
  for (let i = at; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== "word") break;
    words.push(token);
  }
  return words;
}

/** Removes the brand where the name repeats it: it is in the title already, as written. */
function withoutBrand(tokens: FrenchToken[], brand: string): FrenchToken[] {
  const keys = termKeys(brand);
  if (keys.length === 0) return tokens;
  const kept: FrenchToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const isBrand = keys.every((key, k) => {
      const token = tokens[i + k];
      return token?.kind === "word" && token.key === key;
    });
    if (isBrand) i += keys.length - 1;
    else kept.push(tokens[i] as FrenchToken);
  }
  return kept;
}

function readPieces(name: string, tokens: readonly FrenchToken[], categoryId: string | undefined): Piece[] {
  const text = name.normalize("NFC");
  const written = (from: FrenchToken, to: FrenchToken): string => text.slice(from.start, to.end);
  const pieces: Piece[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as FrenchToken;
    switch (token.kind) {
      case "break":
        pieces.push({ kind: "break" });
        break;
      case "percent":
        // A « % » without a figure says nothing.
        break;
      case "times": {
        const next = tokens[i + 1];
        if (next?.kind === "number" && unitAt(tokens, i + 2) === undefined) {
          pieces.push({ kind: "number", token: next, afterTimes: true });
          i += 1;
        }
        break;
      }
      case "number": {
        const unit = unitAt(tokens, i + 1);
        const next = tokens[i + 1];
        if (unit !== undefined) {
          // « 100 g », then perhaps « x 3 ».
          const count = tokens[i + 3];
          const isMultiplied = isTimes(tokens[i + 2]) && count?.kind === "number" && unitAt(tokens, i + 4) === undefined;
          const end = (isMultiplied ? count : tokens[i + 1]) as FrenchToken;
          pieces.push({ kind: "size", zh: chineseSize(token, unit), written: written(token, end), start: token.start, source: unit.source, ...(isMultiplied ? { by: { n: count.digits } } : {}) });
          i += isMultiplied ? 3 : 1;
        } else if (isTimes(next) && tokens[i + 2]?.kind === "number" && unitAt(tokens, i + 3) !== undefined) {
          // « 3 x 100 g »: the size, three times; « 150 x 250 cm »: two lengths.
          const amount = tokens[i + 2] as NumberToken;
          const sizeUnit = unitAt(tokens, i + 3) as GlossaryEntry;
          const end = tokens[i + 3] as FrenchToken;
          if (sizeUnit.unit?.isLength === true) {
            pieces.push({ kind: "size", zh: `${formatDecimal(token)}×${chineseSize(amount, sizeUnit)}`, written: written(token, end), start: token.start, source: sizeUnit.source });
          } else {
            pieces.push({ kind: "size", zh: chineseSize(amount, sizeUnit), written: written(token, end), start: token.start, source: sizeUnit.source, by: { n: token.digits } });
          }
          i += 3;
        } else if (next?.kind === "percent") {
          pieces.push({ kind: "percent", zh: `${formatDecimal(token)}%`, written: written(token, next) });
          i += 1;
        } else if (token.scale === 0 && token.text.length === 4 && token.digits >= 1900 && token.digits <= 2099) {
          // A year in a name is a vintage or an edition (design choice): 2025年.
          pieces.push({ kind: "vintage", zh: `${token.digits}年`, written: token.text });
        } else {
          pieces.push({ kind: "number", token, afterTimes: false });
        }
        break;
      }
      case "word": {
        const term = longestTerm(wordsFrom(tokens, i), categoryId);
        if (term === undefined) {
          if (token.key === "x" && tokens[i + 1]?.kind === "number") {
            pieces.push({ kind: "number", token: tokens[i + 1] as NumberToken, afterTimes: true });
            i += 1;
          } else {
            pieces.push({ kind: "unknown", written: token.text });
          }
          break;
        }
        const last = tokens[i + term.keys.length - 1] as FrenchToken;
        const meaning = meaningOf(term.entry, categoryId);
        i += term.keys.length - 1;
        const count = tokens[i + 1];
        if (term.entry.countSuffix !== undefined && count?.kind === "number" && unitAt(tokens, i + 2) === undefined && tokens[i + 2]?.kind !== "percent") {
          // « lot de 3 » → 3件装.
          pieces.push({ kind: "term", term, meaning, written: written(token, count), start: token.start, end: count.end, zhOverride: `${count.digits}${term.entry.countSuffix}` });
          i += 1;
        } else {
          pieces.push({ kind: "term", term, meaning, written: written(token, last), start: token.start, end: last.end });
        }
        break;
      }
    }
  }
  return pieces;
}

// ——— From pieces to title parts ———

const COUNTED_ROLES: ReadonlySet<TermRole> = new Set(["product", "packaging", "count"]);

type TermPiece = Extract<Piece, { kind: "term" }>;

interface Reading {
  readonly parts: TitlePart[];
  readonly terms: FoundTerm[];
  readonly unknownWords: string[];
}

/** « 4 savons de 100 g »: a size for each piece; « 24 pièces 300 g » is the whole box. */
const PER_PIECE_GAP = /^\s*(?:de\s+|d['’]\s*)$/iu;

/**
 * « huile d'olive, tapenade et herbes »: products listed side by side, not one qualifying the other;
 * « tisane verveine » (no comma, no « et ») is one product qualified.
 */
const LIST_GAP = /^\s*(?:[,;&+]\s*(?:et\s+)?|et\s+)$/iu;

/** How many characters two Chinese words end with in common (薰衣草蜂蜜, 普罗旺斯蜂蜜 → 2). */
function sharedEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function partsOf(name: string, pieces: readonly Piece[]): Reading {
  const text = name.normalize("NFC");
  const terms: FoundTerm[] = [];
  const unknownWords: string[] = [];
  const origins: TitlePart[] = [];
  const labels: TitlePart[] = [];
  const attributes: TitlePart[] = [];
  const packagings: TitlePart[] = [];
  const counts: TitlePart[] = [];
  const sizes: TitlePart[] = [];
  let product: TitlePart | undefined;
  let lastClassifier: string | undefined;
  /** The packaging term read just before, which a material or a style right after it describes (« pot en grès »). */
  let packagingBefore: TermPiece | undefined;
  /** The last term read, across punctuation, and the last product of a list. */
  let lastTerm: TermPiece | undefined;
  let lastProduct: TermPiece | undefined;

  const partOf = (kind: TitlePartKind, piece: TermPiece, zh: string): TitlePart => ({
    kind,
    zh,
    written: piece.written,
    from: "name",
    source: piece.meaning.source,
    group: piece.term.entry.group,
  });

  function addTerm(piece: TermPiece, previous: TermPiece | undefined): void {
    const zh = `${piece.prefix ?? ""}${piece.zhOverride ?? piece.meaning.zh}`;
    if (piece.term.entry.classifier !== undefined) lastClassifier = piece.term.entry.classifier;
    switch (piece.meaning.role) {
      case "product": {
        if (product === undefined) {
          product = partOf("product", piece, zh);
          lastProduct = piece;
          break;
        }
        if (lastProduct !== undefined && lastTerm === lastProduct && LIST_GAP.test(text.slice(lastProduct.end, piece.start))) {
          // A list of products: 橄榄油+橄榄酱+香草.
          product = { ...product, zh: `${product.zh}+${zh}` };
          lastProduct = piece;
          break;
        }
        // A second product qualifies the first: « Savon à l'huile d'olive » → 橄榄油皂; what the two
        // share is said once: « Miel de lavande IGP Miel de Provence » → 普罗旺斯 + 薰衣草蜂蜜.
        // A product the first one ends with adds nothing (« savon de Marseille… 4 savons »: 皂 in 马赛皂).
        const shared = sharedEnding(zh, product.zh);
        if (shared === zh.length) break;
        attributes.push(partOf("attribute", piece, shared >= 2 ? zh.slice(0, zh.length - shared) : zh));
        break;
      }
      case "attribute": {
        if (previous !== undefined && packagingBefore === previous) {
          const index = packagings.length - 1;
          const packaging = packagings[index] as TitlePart;
          packagings[index] = { ...packaging, zh: zh + packaging.zh, written: text.slice(previous.start, piece.end) };
          break;
        }
        attributes.push(partOf("attribute", piece, zh));
        break;
      }
      case "origin":
        origins.push(partOf("origin", piece, zh));
        break;
      case "label":
        labels.push(partOf("label", piece, zh));
        break;
      case "packaging":
        packagings.push(partOf("packaging", piece, zh));
        break;
      default:
        break;
    }
  }

  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    const next = pieces[i + 1];
    const previous = pieces[i - 1];
    switch (piece.kind) {
      case "break":
        break;
      case "unknown":
        unknownWords.push(piece.written);
        break;
      case "vintage":
        attributes.push({ kind: "attribute", zh: piece.zh, written: piece.written, from: "name", source: "glossary-common-usage" });
        break;
      case "percent":
        // « 72 % d'huile d'olive »: the share goes with what follows it.
        if (next?.kind === "term" && (next.meaning.role === "attribute" || next.meaning.role === "product")) next.prefix = piece.zh;
        else attributes.push({ kind: "attribute", zh: piece.zh, written: piece.written, from: "name" });
        break;
      case "size": {
        const zh = piece.by === undefined ? piece.zh : `${piece.zh}×${piece.by.n}`;
        sizes.push({ kind: "size", zh, written: piece.written, from: "name", source: piece.source });
        break;
      }
      case "number": {
        const counted = piece.afterTimes ? undefined : next;
        if (counted?.kind === "term" && COUNTED_ROLES.has(counted.meaning.role)) {
          // « 4 savons » → 4块; « 8 pièces » → 8个; per piece when a size follows: « 4 savons de 100 g » → 100克×4块.
          const classifier = counted.meaning.role === "count" ? counted.meaning.zh : (counted.term.entry.classifier ?? "件");
          const zh = `${piece.token.digits}${classifier}`;
          const size = pieces[i + 2];
          if (size?.kind === "size" && size.by === undefined && PER_PIECE_GAP.test(text.slice(counted.end, size.start))) {
            sizes.push({ kind: "size", zh: `${size.zh}×${zh}`, written: text.slice(piece.token.start, counted.end) + " … " + size.written, from: "name", source: size.source });
            terms.push(foundTerm(counted));
            addTerm(counted, undefined);
            i += 2;
          } else {
            counts.push({ kind: "count", zh, written: text.slice(piece.token.start, counted.end), from: "name" });
          }
        } else if (piece.afterTimes) {
          counts.push({ kind: "count", zh: `${piece.token.digits}${lastClassifier ?? "件"}`, written: `x ${piece.token.text}`, from: "name" });
        } else {
          unknownWords.push(piece.token.text);
        }
        break;
      }
      case "term": {
        terms.push(foundTerm(piece));
        addTerm(piece, previous?.kind === "term" ? previous : undefined);
        if (piece.meaning.role === "packaging") packagingBefore = piece;
        lastTerm = piece;
        break;
      }
    }
  }

  const parts = [...origins, ...labels, ...attributes, ...(product === undefined ? [] : [product]), ...packagings, ...counts, ...sizes];
  return { parts, terms, unknownWords: uniqueWords(unknownWords) };
}

function foundTerm(piece: Extract<Piece, { kind: "term" }>): FoundTerm {
  const { entry } = piece.term;
  return {
    fr: entry.fr,
    written: piece.written,
    zh: piece.meaning.zh,
    role: piece.meaning.role,
    group: entry.group,
    source: piece.meaning.source,
    ...(entry.protectedBy === undefined ? {} : { protectedBy: entry.protectedBy }),
  };
}

function uniqueWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLocaleLowerCase("fr");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ——— Fitting the width ———

/**
 * How soon a part goes when the title is too wide (a design choice): packaging first, then the words
 * every category shares (« traditionnel », a vintage), quality signs, places named in the name, what
 * qualifies the product (« lavande », « huile d'olive »), the country, the count, the size. The brand
 * and the product stay.
 */
function dropRank(part: TitlePart): number | undefined {
  switch (part.kind) {
    case "packaging":
      return 0;
    case "attribute":
      return part.group === undefined || part.group === "qualifier" ? 1 : 4;
    case "label":
      return 2;
    case "origin":
      return part.from === "default" || part.zh === "法国" ? 5 : 3;
    case "count":
      return 6;
    case "size":
      return 7;
    case "brand":
    case "product":
      return undefined;
  }
}

/** The part to drop next: the lowest rank, and of those the last one. */
function nextToDrop(parts: readonly TitlePart[]): number {
  let found = -1;
  let foundRank = Number.POSITIVE_INFINITY;
  parts.forEach((part, index) => {
    const rank = dropRank(part);
    if (rank !== undefined && rank <= foundRank) {
      found = index;
      foundRank = rank;
    }
  });
  return found;
}

const PHRASE_KINDS: ReadonlySet<TitlePartKind> = new Set(["origin", "label", "attribute", "product", "packaging"]);

const ASCII_ALNUM = /[A-Za-z0-9%]/;

/** The Chinese parts run together; a space only where two Latin letters or figures would touch. */
function joinPhrase(texts: readonly string[]): string {
  return texts.reduce((joined, text) => {
    const needsSpace = joined !== "" && ASCII_ALNUM.test(joined.at(-1) ?? "") && ASCII_ALNUM.test(text[0] ?? "");
    return joined + (needsSpace ? " " : "") + text;
  }, "");
}

function titleOf(parts: readonly TitlePart[]): string {
  const brand = parts.filter((part) => part.kind === "brand").map((part) => part.zh);
  const phrase = joinPhrase(parts.filter((part) => PHRASE_KINDS.has(part.kind)).map((part) => part.zh));
  const quantity = parts.filter((part) => part.kind === "count" || part.kind === "size").map((part) => part.zh);
  return [...brand, phrase, ...quantity].filter((segment) => segment !== "").join(" ");
}

/** Drops a part whose Chinese another part already holds (马赛 beside 马赛皂). */
function withoutRepeats(parts: readonly TitlePart[]): { kept: TitlePart[]; repeated: TitlePart[] } {
  const kept: TitlePart[] = [];
  const repeated: TitlePart[] = [];
  parts.forEach((part, index) => {
    const isRepeat =
      PHRASE_KINDS.has(part.kind) &&
      parts.some((other, otherIndex) => otherIndex !== index && PHRASE_KINDS.has(other.kind) && other.zh.includes(part.zh) && (other.zh !== part.zh || otherIndex < index));
    (isRepeat ? repeated : kept).push(part);
  });
  return { kept, repeated };
}

// ——— The draft ———

export function draftTitle(request: DraftRequest, options: DraftOptions = {}): DraftTitle {
  const maxWidth = options.maxWidth ?? DEFAULT_CATALOGUE_SETTINGS.titleMaxDisplayUnits.value;
  const brand = (request.brand ?? "").trim().replace(/\s+/g, " ");
  let tokens = meaningfulTokens(tokeniseFrench(request.nameFr));
  if (brand !== "") tokens = withoutBrand(tokens, brand);
  const reading = partsOf(request.nameFr, readPieces(request.nameFr, tokens, request.categoryId));

  const parts: TitlePart[] = [];
  if (brand !== "") parts.push({ kind: "brand", zh: brand, written: brand, from: "brand" });
  const hasCountry = reading.parts.some((part) => part.kind === "origin" && part.zh.includes("法国"));
  if (options.addCountry !== false && !hasCountry) parts.push({ kind: "origin", zh: "法国", written: "", from: "default", source: "taobao-item-api", group: "place" });
  parts.push(...reading.parts);
  if (!parts.some((part) => part.kind === "size") && request.netWeightMg !== undefined && request.netWeightMg > 0) {
    const grams = formatDecimal({ digits: request.netWeightMg, scale: 3 });
    parts.push({ kind: "size", zh: `${grams}克`, written: `${grams} g`, from: "net-weight", source: "china-legal-units-1984" });
  }

  const { kept, repeated } = withoutRepeats(parts);
  const dropped: DroppedPart[] = repeated.map((part) => ({ part, reason: "repeated" }));
  let title = titleOf(kept);
  while (displayWidth(title) > maxWidth) {
    const index = nextToDrop(kept);
    if (index < 0) break;
    dropped.push({ part: kept.splice(index, 1)[0] as TitlePart, reason: "width" });
    title = titleOf(kept);
  }

  const width = displayWidth(title);
  const sources = [...new Set(kept.flatMap((part) => (part.source === undefined ? [] : [part.source])))];
  return { title, width, maxWidth, fits: width <= maxWidth, parts: kept, dropped, terms: reading.terms, unknownWords: reading.unknownWords, sources };
}
