import type { Severity } from "../../errors.js";
import type { FieldName } from "../fields.js";
import { CATEGORY_READER, unknownCategory } from "./category.js";
import { overCbecLimit } from "./cbec-limit.js";
import { FOOD_READERS, ingredientsZhNotChinese } from "./food.js";
import { GTIN_READER, gtinScientificNotation, invalidGtin, missingGtin } from "./gtin.js";
import { HS_CODE_READER, hsCodeCategoryMismatch, hsNotOnPositiveList, hsPositiveListNotChecked, invalidHsCode } from "./hs-code.js";
import {
  IMAGES_READER,
  invalidImageUrl,
  missingImage,
  pictureNotFound,
  pictureNotSquare,
  pictureOutsideFolder,
  pictureTooLarge,
  pictureTooSmall,
  pictureUnreadable,
  pictureWrongFormat,
  tooManyPictures,
} from "./images.js";
import { LABELS_READER, unknownLabel } from "./labels.js";
import { encodingCannotHoldChinese, missingNameZh, NAME_ZH_READER, nameZhNotChinese, titleTooLong } from "./name-zh.js";
import { invalidNumber, notAWholeNumber, NUMBER_READERS, outOfRange, tooManyDecimals } from "./numbers.js";
import {
  invalidPostcode,
  originGiArea,
  originOutsideProvence,
  POSTCODE_READER,
  postcodeLeadingZeroLost,
  postcodeStraddlesRegion,
  unknownPostcode,
} from "./origin.js";
import type { FieldReader } from "./rule.js";
import { missingShelfLife, perishable, STORAGE_READER, unknownStorage } from "./shelf-life.js";
import { controlCharacter, duplicateSku, invalidSku, missingValue, TEXT_READERS, textTooLong } from "./sku-texts.js";
import {
  cellError,
  duplicateColumn,
  emptyCatalogue,
  formulaNotComputed,
  invalidUtf8,
  malformedCsv,
  missingColumn,
  recordTooLarge,
  skuExists,
  skuNotStored,
  unclosedQuote,
  unknownColumn,
  wrongColumnCount,
} from "./structure.js";

/**
 * Every catalogue rule, once, in the order a row is checked: a field's rules in table order, the
 * first error of a cell ending its checks. Adding a rule here is what makes its code exist (the
 * FindingCode union and the severities are derived from this table; the message catalogues must then
 * say it in every language).
 */
export const CATALOGUE_RULES = [
  missingColumn,
  duplicateColumn,
  unknownColumn,
  wrongColumnCount,
  missingValue,
  controlCharacter,
  textTooLong,
  invalidSku,
  duplicateSku,
  missingNameZh,
  nameZhNotChinese,
  encodingCannotHoldChinese,
  titleTooLong,
  unknownCategory,
  missingGtin,
  gtinScientificNotation,
  invalidGtin,
  invalidHsCode,
  hsCodeCategoryMismatch,
  hsNotOnPositiveList,
  hsPositiveListNotChecked,
  unknownLabel,
  postcodeLeadingZeroLost,
  invalidPostcode,
  unknownPostcode,
  originOutsideProvence,
  originGiArea,
  postcodeStraddlesRegion,
  missingShelfLife,
  perishable,
  unknownStorage,
  invalidNumber,
  notAWholeNumber,
  tooManyDecimals,
  outOfRange,
  overCbecLimit,
  missingImage,
  invalidImageUrl,
  ingredientsZhNotChinese,
  pictureNotFound,
  pictureUnreadable,
  pictureOutsideFolder,
  pictureWrongFormat,
  pictureTooLarge,
  tooManyPictures,
  pictureTooSmall,
  pictureNotSquare,
  emptyCatalogue,
  unclosedQuote,
  recordTooLarge,
  malformedCsv,
  invalidUtf8,
  cellError,
  formulaNotComputed,
  skuExists,
  skuNotStored,
] as const;

export type CatalogueRule = (typeof CATALOGUE_RULES)[number];
export type FindingCode = CatalogueRule["code"];

/** The severity of every finding code: this table is the only place that decides it. */
export const SEVERITIES = Object.fromEntries(CATALOGUE_RULES.map((rule) => [rule.code, rule.severity])) as Readonly<Record<FindingCode, Severity>>;

/**
 * The order in which a row's fields are read. A product or file rule runs right after the cell of the
 * field it points at, so the fields it reads must come no later (the table's tests hold it to that).
 */
export const CHECK_ORDER: readonly FieldName[] = [
  "sku",
  "name_fr",
  "brand",
  "name_zh",
  "name_en",
  "category",
  "gtin",
  "hs_code",
  "labels",
  "origin_postcode",
  "shelf_life_months",
  "storage",
  "net_weight_g",
  "price_eur",
  "stock",
  "image_urls",
  "ingredients",
  "ingredients_zh",
  "manufacturer",
  "manufacturer_address",
  "net_content",
];

/** How each field's cells are read, once, for its rules. */
export const FIELD_READERS: { readonly [F in FieldName]: FieldReader<F> } = {
  ...TEXT_READERS,
  name_zh: NAME_ZH_READER,
  category: CATEGORY_READER,
  gtin: GTIN_READER,
  hs_code: HS_CODE_READER,
  origin_postcode: POSTCODE_READER,
  storage: STORAGE_READER,
  ...NUMBER_READERS,
  labels: LABELS_READER,
  image_urls: IMAGES_READER,
  ...FOOD_READERS,
};
