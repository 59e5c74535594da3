import type { SourceId, SourceNote, SourceRef } from "../sources.js";

/**
 * The words for the sources (`sources.ts`), one catalogue per language like the others: each source's
 * title, each note, and how a value the user gave is named. TypeScript refuses a catalogue that
 * misses a title or a note.
 */
export interface SourceTexts {
  readonly titles: Readonly<Record<SourceId, string>>;
  readonly notes: Readonly<Record<SourceNote, string>>;
  readonly option: (option: string) => string;
  readonly scenarioFile: (path: string, key: string) => string;
  readonly configFile: (path: string, key: string) => string;
  readonly wizardAnswer: () => string;
  /** A text and what it adds, in the language's typography ("a: b", « a : b »). */
  readonly withNote: (text: string, note: string) => string;
  /** Between the titles of several sources. */
  readonly separator: string;
}

/** A reference in words: the sources' titles and the note, or the option, file key or answer the user gave. */
export function citeSource(ref: SourceRef, texts: SourceTexts): string {
  switch (ref.from) {
    case "sources": {
      const titles = [ref.id, ...(ref.also ?? [])].map((id) => texts.titles[id]).join(texts.separator);
      return ref.note === undefined ? titles : texts.withNote(titles, texts.notes[ref.note]);
    }
    case "option":
      return texts.option(ref.option);
    case "scenario-file": {
      const file = texts.scenarioFile(ref.path, ref.key);
      return ref.said === undefined ? file : texts.withNote(file, ref.said);
    }
    case "config-file": {
      const file = texts.configFile(ref.path, ref.key);
      return ref.said === undefined ? file : texts.withNote(file, ref.said);
    }
    case "wizard":
      return texts.wizardAnswer();
  }
}
