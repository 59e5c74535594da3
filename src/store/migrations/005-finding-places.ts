import type { Migration } from "./index.js";

/**
 * Where a workbook's finding is, kept with it: the sheet and the cell (« E11 ») that `validate` names,
 * so that `imports show` says « Feuille Produits, cellule E11 » too; and, for the import itself, the
 * kind of workbook (`xlsx`, `ods`) and the sheet read, which a workbook has instead of an encoding and
 * a delimiter. All stay NULL for a CSV, and for what was stored before this version.
 */
export const migration005: Migration = {
  version: 5,
  description: "a workbook's kind and sheet, and its findings' sheet and cell, in the import history",
  up: `
    ALTER TABLE import_findings ADD COLUMN sheet TEXT;
    ALTER TABLE import_findings ADD COLUMN cell TEXT;
    ALTER TABLE imports ADD COLUMN workbook_format TEXT CHECK (workbook_format IN ('xlsx', 'ods'));
    ALTER TABLE imports ADD COLUMN sheet TEXT;
  `,
};
