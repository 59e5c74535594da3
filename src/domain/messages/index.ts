import type { Language, MessageCatalogue } from "./catalogue.js";
import { en } from "./en.js";
import { fr } from "./fr.js";
import { translatorFor, type Translator } from "./translator.js";

export { isLanguage, LANGUAGES, type Language } from "./catalogue.js";
export { translatorFor, type Translator } from "./translator.js";

const catalogues: Readonly<Record<Language, MessageCatalogue>> = { fr, en };

/** Both catalogues at hand (tests, tools); the CLI uses loadTranslator, which loads one. */
export function createTranslator(language: Language): Translator {
  return translatorFor(language, catalogues[language]);
}
