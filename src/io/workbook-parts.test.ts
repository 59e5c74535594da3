import { describe, expect, it } from "vitest";
import { formatNumber } from "./workbook-parts.js";

describe("a number cell reads as the owner typed it", () => {
  it.each([
    ["3760001205671", "3760001205671"],
    ["8.36", "8.36"],
    ["-12.5", "-12.5"],
    ["0.000001", "0.000001"],
    ["4.9000000000000004", "4.9"],
    ["1.50", "1.5"],
    ["007", "7"],
    ["-0", "0"],
    ["1E3", "1000"],
    ["0.0000001", "1e-7"],
    ["12345678901234567890", "12345678901234567890"],
    ["not a number", "not a number"],
  ])("%s → %s", (raw, shown) => {
    expect(formatNumber(raw)).toBe(shown);
  });
});
