import type { Language } from "./catalogue.js";
import { translatorFor, type Translator } from "./translator.js";

/** Loads only the catalogue of the language spoken: a French run never parses the English texts. */
export async function loadTranslator(language: Language): Promise<Translator> {
  return language === "fr" ? translatorFor("fr", (await import("./fr.js")).fr) : translatorFor("en", (await import("./en.js")).en);
}
