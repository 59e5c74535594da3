import { describe, expect, it } from "vitest";
import { foldWord, meaningfulTokens, singularise, termKeys, tokeniseFrench } from "./french-words.js";

describe("tokeniseFrench: a name in pieces", () => {
  it("splits words, numbers stuck to their unit, « % » and the punctuation that ends a phrase", () => {
    expect(tokeniseFrench("Savon 250g, 72 %").map((token) => [token.kind, token.text])).toEqual([
      ["word", "Savon"],
      ["number", "250"],
      ["word", "g"],
      ["break", ","],
      ["number", "72"],
      ["percent", "%"],
    ]);
  });

  it("reads a decimal comma or point as written, never as a float", () => {
    expect(tokeniseFrench("1,5 L 0.75")).toMatchObject([
      { kind: "number", digits: 15, scale: 1 },
      { kind: "word", key: "l" },
      { kind: "number", digits: 75, scale: 2 },
    ]);
  });

  it("drops elisions, straight or curly, and keeps where each piece sits", () => {
    const name = "Crème à l’huile d'olive";
    const tokens = tokeniseFrench(name);
    expect(tokens.map((token) => token.text)).toEqual(["Crème", "à", "huile", "olive"]);
    expect(tokens.map((token) => name.slice(token.start, token.end))).toEqual(["Crème", "à", "huile", "olive"]);
  });

  it("reads dotted initials as one word and « x » or « × » between figures", () => {
    expect(tokeniseFrench("A.O.P. 3×100").map((token) => [token.kind, token.text])).toEqual([
      ["word", "A.O.P."],
      ["number", "3"],
      ["times", "×"],
      ["number", "100"],
    ]);
    expect(tokeniseFrench("A.O.P.")[0]).toMatchObject({ key: "aop" });
  });
});

describe("the keys a word is compared by", () => {
  it.each([
    ["Huiles", "huile"],
    ["CÔTES", "cote"],
    ["Œillet", "oeillet"],
    ["provençaux", "provencal"],
    ["coteaux", "coteau"],
    ["Baux", "baux"],
    ["ml", "ml"],
  ])("%j → %s", (word, key) => expect(singularise(foldWord(word))).toBe(key));

  it("keeps the accents beside the key, to tell « rosé » from « rose »", () => {
    expect(tokeniseFrench("Rosés roses")).toMatchObject([
      { key: "rose", accented: "rosé" },
      { key: "rose", accented: "rose" },
    ]);
  });
});

describe("meaningfulTokens and termKeys", () => {
  it("leave out stop words and read « et », « ou » as a break", () => {
    expect(meaningfulTokens(tokeniseFrench("Savon au miel et à la lavande")).map((token) => [token.kind, token.text])).toEqual([
      ["word", "Savon"],
      ["word", "miel"],
      ["break", "et"],
      ["word", "lavande"],
    ]);
  });

  it.each([
    ["Huile d'olive", ["huile", "olive"]],
    ["Crème pour les mains", ["creme", "main"]],
    ["Vallée des Baux-de-Provence", ["vallee", "baux", "provence"]],
    ["sans parfum", ["san", "parfum"]],
    ["1 L", ["l"]],
  ])("%j → %j", (term, keys) => expect(termKeys(term)).toEqual(keys));
});
