import { describe, expect, it } from "vitest";
import { displayWidth } from "../../domain/catalogue/display-width.js";
import { drawBarChart, niceAxis } from "./chart.js";

const plain = (text: string) => text;
const kilo = (cents: number) => String(Math.round(cents / 10_000) / 10);

describe("niceAxis: a round maximum, 1 to 5 ticks", () => {
  it.each([
    [60_000_00, 60_000_00, 3],
    [59_353_35, 60_000_00, 3],
    [72_000_00, 80_000_00, 4],
    [1, 1, 4],
    [333_333_33, 400_000_00, 4],
    [0, 0, 1],
  ])("%i → up to %i in %i ticks", (max, axisMax, ticks) => {
    expect(niceAxis(max)).toEqual({ axisMax, ticks });
  });
});

describe("drawBarChart", () => {
  const chart = (values: number[][], tags: string[] = ["", ""]) =>
    drawBarChart({
      rowLabels: values[0]?.map((_, i) => `Année ${i + 1}`) ?? [],
      series: values.map((series, i) => ({ char: i === 0 ? "█" : "░", tag: tags[i] ?? "", values: series, paint: plain })),
      formatAxisValue: kilo,
      axisUnit: "k€",
      dim: plain,
    });

  it("draws each series with its own character, longest bar for the largest value", () => {
    const lines = chart([
      [10_000_00, 20_000_00],
      [20_000_00, 40_000_00],
    ]);
    expect(lines[0]).toBe(`Année 1 ${"█".repeat(13)} 10`); // 10 / 40 × 50 columns = 12.5, rounded
    expect(lines[3]).toMatch(/^ {8}░{50} 40$/);
    expect(lines.at(-1)).toMatch(/^ {8}0 .* 40 k€$/);
  });

  it("fits 80 columns with 50 years, huge values and long tags", () => {
    const years = Array.from({ length: 50 }, (_, i) => (i + 1) * 123_456_789_00);
    const lines = chart([years, years, years], ["Boutique moyen", "Boutique haut", "Salons"]);
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(80);
  });

  it("draws nothing for zero and still labels it", () => {
    expect(chart([[0], [0]])[0]).toBe("Année 1  0");
  });
});
