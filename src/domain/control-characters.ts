/**
 * Control characters: C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F). Invisible in a text,
 * and a terminal obeys some of them — ESC (U+001B) starts a sequence that recolours, moves the cursor,
 * retitles the window or hides what follows. A catalogue's texts and a company's names must not hold
 * them, TAB, LF and CR aside (the `control-character` finding, the profile's check), and whatever a
 * person reads shows every one of them escaped, as `\x1b`: the one helper below, used by the message
 * translator and the terminal tables.
 */

/** What a text may not hold: every control but TAB, LF and CR, the whitespace a spreadsheet writes in a cell (Alt+Entrée). */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** The same, line breaks excepted: a message may hold several lines (a list of problems, one a line). */
const CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** The first control character of `text` (TAB, LF and CR aside): its position (1-based) and its code point as U+XXXX. */
export function findControlCharacter(text: string): { readonly position: number; readonly character: string } | undefined {
  const match = FORBIDDEN.exec(text);
  if (match === null) return undefined;
  return { position: match.index + 1, character: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` };
}

/** `text` with each control character written `\xHH` (ESC → `\x1b`); `keepLineBreaks` leaves "\n" as it is. */
export function escapeControlCharacters(text: string, options: { readonly keepLineBreaks?: boolean } = {}): string {
  const pattern = options.keepLineBreaks === true ? CONTROLS_BUT_LINE_BREAKS : CONTROLS;
  // Most texts hold none: test first, so the common case allocates nothing.
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
