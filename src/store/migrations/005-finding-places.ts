import type { Migration } from "./index.js";

/**
 * Where a workbook's finding is, kept with it: the sheet and the cell (« E11 ») that `validate` names,
 * so that `imports show` says « Feuille Produits, cellule E11 » too. Both stay NULL for a CSV's
 * findings, and for those stored before this version (their line is all that was kept).
 */
export const migration005: Migration = {
  version: 5,
  description: "a workbook finding's sheet and cell in the import history",
  up: `
    ALTER TABLE import_findings ADD COLUMN sheet TEXT;
    ALTER TABLE import_findings ADD COLUMN cell TEXT;
  `,
};
