import { findLabel } from "../labels.js";
import { cellRule, type FieldReader } from "./rule.js";

/** Quality signs (`|`-separated): the known ones are kept; an unknown one is a warning, left out. */

export const LABELS_READER: FieldReader<"labels"> = {
  isList: true,
  read: findLabel,
  keep(values, label) {
    if (label !== undefined) values.labels.push(label);
  },
  clear: (values) => (values.labels = []),
};

export const unknownLabel = cellRule({
  code: "unknown-label",
  severity: "warning",
  fields: ["labels"],
  check: (_text, label) => label === undefined || undefined,
});
