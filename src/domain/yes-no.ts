/**
 * Yes or no, as people type it in French or English — a flag (`--independent non`), an answers file
 * (`export.force: oui`), a wizard question, a spreadsheet cell. The one table of such words.
 */
const YES_NO_WORDS: ReadonlyMap<string, boolean> = new Map([
  ["oui", true],
  ["o", true],
  ["yes", true],
  ["y", true],
  ["true", true],
  ["vrai", true],
  ["1", true],
  ["non", false],
  ["n", false],
  ["no", false],
  ["false", false],
  ["faux", false],
  ["0", false],
]);

/** `true` for oui/yes…, `false` for non/no…, undefined for anything else (the caller says what is expected). */
export function parseYesNo(text: string): boolean | undefined {
  return YES_NO_WORDS.get(text.trim().toLowerCase());
}

/** What a yes/no answer may be, for messages: the same words in every language. */
export const YES_NO_EXPECTED = "oui, non (yes, no, true, false)";
