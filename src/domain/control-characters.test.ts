import { describe, expect, it } from "vitest";
import { escapeControlCharacters, findControlCharacter } from "./control-characters.js";
import { createTranslator } from "./messages/index.js";

describe("control characters", () => {
  it.each([
    ["Savon \u001b[31mrouge", "Savon \\x1b[31mrouge"],
    ["a\u0000b", "a\\x00b"],
    ["bell\u0007", "bell\\x07"],
    ["DEL\u007f", "DEL\\x7f"],
    ["CSI\u009b2J", "CSI\\x9b2J"],
    ["two\nlines\ttab", "two\\x0alines\\x09tab"],
    ["Savonnerie du Midi — 马赛皂 €", "Savonnerie du Midi — 马赛皂 €"],
  ])("%j is shown as %j", (text, shown) => {
    expect(escapeControlCharacters(text)).toBe(shown);
  });

  it("keeps line breaks when asked (a message listing one problem a line)", () => {
    expect(escapeControlCharacters("one\ntwo\u001b", { keepLineBreaks: true })).toBe("one\ntwo\\x1b");
  });

  it("finds the first one, its position counted from 1", () => {
    expect(findControlCharacter("Savon\u001b]0;x\u0007")).toEqual({ position: 6, character: "U+001B" });
    expect(findControlCharacter("Savon")).toBeUndefined();
    // Whitespace a spreadsheet writes inside a cell (Alt+Entrée) is not refused, only shown escaped.
    expect(findControlCharacter("Crème mains\n75 ml\r\tx")).toBeUndefined();
  });

  it("every message quotes users' values escaped, in every language", () => {
    for (const language of ["fr", "en"] as const) {
      const t = createTranslator(language);
      const message = t.message("merchant-not-found", { ref: "x\u001b[2Jy" });
      expect(message).toContain("x\\x1b[2Jy");
      expect(message).not.toContain("\u001b");
      expect(t.ui("eligibilityTitle", { subject: "S\u009b" })).toContain("S\\x9b");
    }
  });
});
