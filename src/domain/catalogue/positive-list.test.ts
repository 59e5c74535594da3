import { describe, expect, it } from "vitest";
import { formatTariffCode, matchPositiveList, normaliseTariffLine, readPositiveListLines, type PositiveList, type TableLine } from "./positive-list.js";
import { failure } from "../../../test/helpers.js";

const LIST: PositiveList = { edition: "2022-03-01", source: "Caiguanshui 2022", importedAt: "2026-12-04T10:00:00.000Z", lines: new Set(["34011100", "33049900"]) };

const table = (...rows: (readonly string[])[]): TableLine[] => rows.map((cells, index) => ({ cells, line: index + 1 }));

describe("matchPositiveList: a product's HS code against the 8-digit lines", () => {
  it.each([
    ["34011100", "line"],
    ["3401110010", "line"],
    ["340111", "heading"],
    ["3401110", "heading"],
    ["34011900", "absent"],
    ["340119", "absent"],
    ["3401190010", "absent"],
  ] as const)("%s is %s", (code, expected) => {
    expect(matchPositiveList(LIST, code)).toBe(expected);
  });
});

describe("normaliseTariffLine and formatTariffCode", () => {
  it.each([
    ["3401.11.00", "34011100"],
    ["3401 11 00", "34011100"],
    ["34011100", "34011100"],
    ["3401.11", undefined],
    ["340111000", undefined],
    ["3401-11-00", undefined],
    ["", undefined],
  ])("%s → %s", (text, expected) => {
    expect(normaliseTariffLine(text)).toBe(expected);
  });

  it.each([
    ["34011900", "3401.19.00"],
    ["340120", "3401.20"],
    ["3401190010", "3401.19.00.10"],
  ])("writes %s as %s", (digits, expected) => {
    expect(formatTariffCode(digits)).toBe(expected);
  });
});

describe("readPositiveListLines: the consultant's table, whole or not at all", () => {
  it.each([
    ["code", ["code", "libellé"]],
    ["hs_code", ["libellé", "hs_code"]],
    ["code SH", ["Libellé", "Code SH"]],
    ["tarif", ["Tarif", "désignation"]],
  ])("finds the column headed %s", (_name, header) => {
    const codeFirst = header.findIndex((cell) => cell !== "libellé" && cell !== "Libellé" && cell !== "désignation") === 0;
    const row = (code: string) => (codeFirst ? [code, "savon"] : ["savon", code]);
    expect(readPositiveListLines(table(header, row("3401.11.00"), row("33049900")), "liste.csv")).toEqual(new Set(["34011100", "33049900"]));
  });

  it("takes the first column under a header of no known name, or with no header at all", () => {
    expect(readPositiveListLines(table(["Lignes", "x"], ["3401 11 00", "a"]), "l.csv")).toEqual(new Set(["34011100"]));
    expect(readPositiveListLines(table(["34011100"], ["33049900"]), "l.csv")).toEqual(new Set(["34011100", "33049900"]));
  });

  it("refuses the whole file on a code that is not 8 digits, naming its line", () => {
    const error = failure(() => readPositiveListLines(table(["code"], ["34011100"], ["3401110"]), "l.csv"));
    expect(error.code).toBe("positive-list-invalid-code");
    expect(error.params).toEqual({ path: "l.csv", line: 3, value: "3401110" });
  });

  it.each([
    ["no column of codes", table(["foo", "bar"], ["x", "y"]), "positive-list-no-code-column"],
    ["an empty file", table(), "file-empty"],
    ["a header with no line", table(["code"]), "file-empty"],
    ["blank rows only", table(["", ""], ["", ""]), "file-empty"],
  ])("refuses %s", (_what, rows, code) => {
    expect(failure(() => readPositiveListLines(rows, "l.csv")).code).toBe(code);
  });
});
