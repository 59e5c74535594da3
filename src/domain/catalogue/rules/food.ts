import { readVolumeMl } from "../net-content.js";
import { findMissingChinese } from "./name-zh.js";
import { cellRule, type FieldReader } from "./rule.js";

/**
 * The food information a Tmall food listing shows (配料表, the maker and its address, the net content):
 * optional columns, kept as written. Whether a product needs them is the channel readiness's question
 * (food categories only, `readiness.ts`), not the file's: a soap maker's catalogue has no such column.
 */

export const FOOD_READERS: {
  readonly [F in "ingredients" | "ingredients_zh" | "manufacturer" | "manufacturer_address" | "net_content"]: FieldReader<F>;
} = {
  ingredients: {
    isList: false,
    read: (text) => text,
    keep: (values, text) => (values.ingredients = text),
    clear: (values) => (values.ingredients = ""),
  },
  ingredients_zh: {
    isList: false,
    read: (text) => text,
    keep: (values, text, isRefused) => (values.ingredientsZh = isRefused ? "" : text),
    clear: (values) => (values.ingredientsZh = ""),
  },
  manufacturer: {
    isList: false,
    read: (text) => text,
    keep: (values, text) => (values.manufacturer = text),
    clear: (values) => (values.manufacturer = ""),
  },
  manufacturer_address: {
    isList: false,
    read: (text) => text,
    keep: (values, text) => (values.manufacturerAddress = text),
    clear: (values) => (values.manufacturerAddress = ""),
  },
  net_content: {
    isList: false,
    read: (text) => ({ text, millilitres: readVolumeMl(text) }),
    keep(values, reading) {
      values.netContent = reading.text;
      values.netContentMl = reading.millilitres;
    },
    clear(values) {
      values.netContent = "";
      values.netContentMl = undefined;
    },
  },
};

/** Chinese ingredients must hold Chinese, as a Chinese name must: the same check (`name-zh.ts`). */
export const ingredientsZhNotChinese = cellRule({
  code: "ingredients-zh-not-chinese",
  severity: "error",
  fields: ["ingredients_zh"],
  check: (text) => findMissingChinese(text),
});
