/**
 * The departments a product of ours can come from — the region's six, and the Drôme and the Gard of its
 * GI-area exceptions — by INSEE code, with their official names (source: official-commune-list, the
 * code officiel géographique): the Chinese e-label writes the place of origin from them.
 */
export const DEPARTMENT_NAMES: Readonly<Record<string, string>> = {
  "04": "Alpes-de-Haute-Provence",
  "05": "Hautes-Alpes",
  "06": "Alpes-Maritimes",
  "13": "Bouches-du-Rhône",
  "26": "Drôme",
  "30": "Gard",
  "83": "Var",
  "84": "Vaucluse",
};
