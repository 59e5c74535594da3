import { findCategory } from "../categories.js";
import { cellRule, type FieldReader } from "./rule.js";

/** The category, from the controlled list in French or English: the other rules read its facts. */

export const CATEGORY_READER: FieldReader<"category"> = {
  isList: false,
  read: findCategory,
  keep: (values, category) => (values.category = category),
  clear: (values) => (values.category = undefined),
};

export const unknownCategory = cellRule({
  code: "unknown-category",
  severity: "error",
  fields: ["category"],
  check: (_text, category) => category === undefined || undefined,
});
