import { describe, expect, it } from "vitest";
import { displayWidth } from "./display-width.js";

describe("displayWidth", () => {
  // source: taobao-listing-rules — a Tmall title is at most 60 units, "a CJK character counting 2 and ASCII 1".
  it.each([
    ["empty", "", 0],
    ["ASCII letters", "Savon", 5],
    ["ASCII digits, spaces and punctuation", "100 g, 2x", 9],
    ["accented Latin letters (one character each)", "Crème", 5],
    ["Chinese characters", "马赛皂", 6],
    ["Chinese with ASCII", "马赛皂100g", 10],
    ["full-width comma", "，", 2],
    ["ideographic full stop", "。", 2],
    ["ideographic comma", "、", 2],
    ["CJK brackets", "【】", 4],
    ["full-width digits", "１００", 6],
    ["full-width Latin letter", "Ａ", 2],
    ["Japanese kana", "ラベンダー", 10],
    ["Hangul", "비누", 4],
    ["a CJK extension B character (a surrogate pair, one character)", "𠀀", 2],
    ["half-width katakana (narrow)", "ｱ", 1],
  ])("%s: %j → %i", (_what, text, expected) => {
    expect(displayWidth(text)).toBe(expected);
  });

  it.each([
    ["30 Chinese characters", "薰".repeat(30), 60],
    ["29 Chinese characters and 2 ASCII", `${"薰".repeat(29)}AB`, 60],
    ["30 Chinese characters and one ASCII", `${"薰".repeat(30)}A`, 61],
    ["31 Chinese characters", "薰".repeat(31), 62],
    ["60 ASCII characters", "a".repeat(60), 60],
  ])("at the 60-unit boundary, %s → %i", (_what, text, expected) => {
    expect(displayWidth(text)).toBe(expected);
  });
});
