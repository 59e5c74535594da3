/**
 * The cell delimiters a catalogue file may use (French Excel writes `;`, others `,` or tab), and the
 * one table of the names people give them in a flag, an answers file or the wizard.
 */
export const DELIMITERS = [";", ",", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const DELIMITER_NAMES: ReadonlyMap<string, Delimiter> = new Map([
  [";", ";"],
  ["semicolon", ";"],
  ["point-virgule", ";"],
  [",", ","],
  ["comma", ","],
  ["virgule", ","],
  ["\t", "\t"],
  ["\\t", "\t"],
  ["tab", "\t"],
  ["tabulation", "\t"],
]);

/** `";"`, `"semicolon"`, `"tab"`, a real tab… → the delimiter; undefined for anything else. */
export function parseDelimiterName(text: string): Delimiter | undefined {
  // A real tab is its own name: trimming would erase it.
  return DELIMITER_NAMES.get(text === "\t" ? text : text.trim().toLowerCase());
}

/** The names to suggest in a message. */
export const DELIMITER_EXPECTED = '";", ",", "tab"';
