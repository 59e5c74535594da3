/**
 * A French product name cut into the pieces the glossary is matched against: words, numbers, « % »,
 * « × » and the punctuation that ends a phrase. Each word carries two keys: `key` without case,
 * accents, elision or plural (« Huiles » → `huile`), and `accented`, the same with its accents kept,
 * which tells « rosé » (wine) from « rose » (the flower) when both are in the glossary.
 */

/** Where a token sits in the name (NFC), so that a match can be quoted as written. */
interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export type FrenchToken =
  | ({ readonly kind: "word"; readonly key: string; readonly accented: string } & Span)
  /** A decimal as written: `digits` / 10^`scale` (« 1,5 » → 15 and 1), never a float. */
  | ({ readonly kind: "number"; readonly digits: number; readonly scale: number } & Span)
  | ({ readonly kind: "percent" } & Span)
  | ({ readonly kind: "times" } & Span)
  /** Punctuation that ends a phrase (« , ; : ( » « »…): a term or a count never spans it. */
  | ({ readonly kind: "break" } & Span);

/**
 * Words that carry no meaning of their own in a product name, accents folded: articles, « de », « à »,
 * possessives… Elided forms (« d' », « l' ») are dropped before this list is read, so « L » stays a
 * litre. A design choice: « sans » is kept (« sans parfum » is 无香), and « et », « ou » end a term.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "a", "au", "aux", "avec", "dans", "de", "des", "du", "en", "la", "le", "les", "leur", "par", "pour", "sa", "ses", "son", "sur", "un", "une",
]);

const ELISION = /(?:qu|[cdjlmnst])['’](?=\p{L})/iuy;
const NUMBER = /\d+(?:[.,]\d+)?/uy;
/** « A.O.P. », « A.B. »: initials written with dots are one word. */
const DOTTED_INITIALS = /(?:\p{Lu}\.){2,}/uy;
const WORD = /[\p{L}\p{M}]+/uy;
const BREAK = /[,;:.!?()[\]{}«»"“”„‹›—–|/+&…]/u;
const TIMES = /[×*]/u;

/** Lower case, no accents (œ → oe): the form both the glossary and a name are compared in. */
export function foldWord(word: string): string {
  return lowerWord(word)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC");
}

function lowerWord(word: string): string {
  return word.toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae");
}

/**
 * The singular a plural most likely has, applied the same way to the glossary and to names so that
 * both meet: « coteaux » → coteau, « provençaux » → provençal, « huiles » → huile. Short words
 * (« bas », « ml ») keep their « s ». Not a grammar: « Baux » stays Baux, and so does « noix ».
 */
export function singularise(word: string): string {
  if (word.length > 4 && word.endsWith("eaux")) return word.slice(0, -1);
  if (word.length > 4 && word.endsWith("aux")) return `${word.slice(0, -3)}al`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

function match(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/** Every piece of the name in order; elisions, spaces, hyphens and other signs are left out. */
export function tokeniseFrench(name: string): FrenchToken[] {
  const text = name.normalize("NFC");
  const tokens: FrenchToken[] = [];
  let at = 0;
  while (at < text.length) {
    const elision = match(ELISION, text, at);
    if (elision !== undefined) {
      at += elision.length;
      continue;
    }
    const number = match(NUMBER, text, at);
    if (number !== undefined) {
      const [whole = "", fraction = ""] = number.split(/[.,]/);
      tokens.push({ kind: "number", text: number, start: at, end: at + number.length, digits: Number(whole + fraction), scale: fraction.length });
      at += number.length;
      continue;
    }
    const word = match(DOTTED_INITIALS, text, at) ?? match(WORD, text, at);
    if (word !== undefined) {
      const letters = word.replace(/\./g, "");
      tokens.push({ kind: "word", text: word, start: at, end: at + word.length, key: singularise(foldWord(letters)), accented: singularise(lowerWord(letters)) });
      at += word.length;
      continue;
    }
    const sign = text[at] ?? "";
    const span = { text: sign, start: at, end: at + 1 };
    if (sign === "%") tokens.push({ kind: "percent", ...span });
    else if (TIMES.test(sign)) tokens.push({ kind: "times", ...span });
    else if (BREAK.test(sign)) tokens.push({ kind: "break", ...span });
    at += 1;
  }
  return tokens;
}

/** « miel et lavande » is not « miel de lavande »: these words end a term as punctuation does. */
const JOINING_WORDS: ReadonlySet<string> = new Set(["et", "ou"]);

/** The tokens that carry meaning: stop words left out, « et » and « ou » read as breaks, the rest in order. */
export function meaningfulTokens(tokens: readonly FrenchToken[]): FrenchToken[] {
  return tokens.flatMap((token): FrenchToken[] => {
    if (token.kind !== "word") return [token];
    if (JOINING_WORDS.has(token.key)) return [{ kind: "break", text: token.text, start: token.start, end: token.end }];
    return STOP_WORDS.has(token.key) ? [] : [token];
  });
}

/** The keys a glossary term is matched by (« Huile d'olive » → huile, olive). */
export function termKeys(term: string): string[] {
  return meaningfulTokens(tokeniseFrench(term)).flatMap((token) => (token.kind === "word" ? [token.key] : []));
}
