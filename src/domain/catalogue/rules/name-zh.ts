import { displayWidth } from "../display-width.js";
import { blankRule, fileRule, productRule, type FieldReader } from "./rule.js";

/** The Chinese name: the title of a Tmall listing. */

export const NAME_ZH_READER: FieldReader<"name_zh"> = {
  isList: false,
  read: (text) => text,
  keep: (values, text) => (values.nameZh = text),
  clear: (values) => (values.nameZh = ""),
};

/** Not required to check a catalogue, but needed for the export: a warning, also when the file has no such column. */
export const missingNameZh = blankRule({
  code: "missing-name-zh",
  severity: "warning",
  fields: ["name_zh"],
  isSaidWithoutColumn: true,
});

/** Any Han ideograph, the extensions included: CJK punctuation or full-width letters alone make no Chinese name. */
const HAN = /\p{Script=Han}/u;

/**
 * A name whose Chinese was lost on the way: an encoding that cannot hold Chinese (a French Excel
 * « CSV (séparateur : point-virgule) » save) writes `?` for each character, or a reader puts U+FFFD.
 * One `?` alone can be punctuation; a run of them cannot.
 */
function hasLostChinese(name: string): boolean {
  return name.includes("??") || name.includes("\uFFFD");
}

/** A text meant to be Chinese that holds none: `lost` on the way (« ?????? »), or `none` (pinyin, French). */
export function findMissingChinese(text: string): { readonly reason: "lost" | "none" } | undefined {
  if (hasLostChinese(text)) return { reason: "lost" };
  return HAN.test(text) ? undefined : { reason: "none" };
}

/** A Chinese name must hold Chinese: pinyin or a French name is not one, and « ?????? 600? » was one once. */
export const nameZhNotChinese = productRule({
  code: "name-zh-not-chinese",
  severity: "error",
  blocks: "name-zh",
  checks: [
    {
      field: "name_zh",
      reads: ["name_zh"],
      check: ({ nameZh }) => (nameZh === "" ? undefined : findMissingChinese(nameZh)),
    },
  ],
});

/**
 * The encodings that can write Chinese: Unicode ones and China's own. Any other (Windows-1252, what a
 * French Excel « CSV (séparateur : point-virgule) » save writes; Latin-1; Mac Roman…) has no Chinese
 * character at all. A design choice: the list, and judging the encoding rather than each name.
 */
// A workbook (.xlsx) holds Unicode text.
const CAN_HOLD_CHINESE = /^(xlsx|utf-?8(-bom)?|utf-?16(le|be)?|utf-?32(le|be)?|ucs-?2|gb18030|gbk|gb2312|cp936|euc-?cn|big5(-?hkscs)?|cp950)$/i;

/** Once per file: its `name_zh` column cannot hold Chinese in the encoding it was saved in, with the fix. */
export const encodingCannotHoldChinese = fileRule({
  code: "encoding-cannot-hold-chinese",
  severity: "warning",
  field: "name_zh",
  reads: ["name_zh"],
  start(file, report) {
    if (file.layout.columnOf.name_zh === undefined) return undefined;
    return {
      finish({ encoding }) {
        if (encoding !== undefined && !CAN_HOLD_CHINESE.test(encoding)) report(1, undefined, { encoding });
      },
    };
  },
});

/** Taobao/Tmall count a title in display units: a CJK character 2, any other 1 (a weak source). */
export const titleTooLong = productRule({
  code: "title-too-long",
  severity: "error",
  source: "taobao-title-rules",
  settings: ["titleMaxDisplayUnits"],
  blocks: "title-width",
  checks: [
    {
      field: "name_zh",
      reads: ["name_zh"],
      check(product, { settings }) {
        const max = settings.titleMaxDisplayUnits.value;
        const width = displayWidth(product.nameZh);
        return width > max ? { max, width } : undefined;
      },
    },
  ],
});
