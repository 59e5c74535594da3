import { describe, expect, it } from "vitest";
import { readVolumeMl } from "./net-content.js";

describe("readVolumeMl", () => {
  it.each([
    ["50 cl", 500],
    ["75 cl", 750],
    ["75cl", 750],
    ["1 L", 1000],
    ["1 litre", 1000],
    ["0,5 l", 500],
    ["1.5 L", 1500],
    ["250 ml", 250],
    ["33,3 cl", 333],
    ["2 dl", 200],
  ])("reads %j as %i ml", (text, millilitres) => {
    expect(readVolumeMl(text)).toBe(millilitres);
  });

  it.each(["12 pièces", "3 × 100 g", "500 g", "beaucoup", "", "0 cl", "0,5 ml", "cl 75"])("keeps %j as written, with no volume", (text) => {
    expect(readVolumeMl(text)).toBeUndefined();
  });
});
