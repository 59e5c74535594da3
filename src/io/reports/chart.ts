import { displayWidth, padEnd } from "../../domain/catalogue/display-width.js";

/**
 * A horizontal bar chart in plain text: one group of bars per row (a year), one bar per series, each
 * series drawn with its own character so that it reads without colour; colour, when the CLI gives
 * one, only paints the bars. Fits `width` columns (80 by default).
 */
export interface ChartSeries {
  /** The bar's character: distinct per series ("█", "░"…). */
  readonly char: string;
  /** Shown after the value when several series share a character or for clarity; "" for none. */
  readonly tag: string;
  /** One value per row, in cents. */
  readonly values: readonly number[];
  readonly paint: (text: string) => string;
}

export interface BarChart {
  readonly rowLabels: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Axis and value labels: cents → text in the axis unit (k€). */
  readonly formatAxisValue: (cents: number) => string;
  readonly axisUnit: string;
  readonly dim: (text: string) => string;
  readonly width?: number;
}

const MAX_BAR_WIDTH = 50;

export function drawBarChart(chart: BarChart): string[] {
  const width = chart.width ?? 80;
  const labelWidth = Math.max(...chart.rowLabels.map(displayWidth), 1);
  const maxValue = Math.max(0, ...chart.series.flatMap((series) => series.values));
  const { axisMax, ticks } = niceAxis(maxValue);
  const valueWidth = Math.max(displayWidth(chart.formatAxisValue(axisMax)), ...chart.series.flatMap((series) => series.values.map((value) => displayWidth(chart.formatAxisValue(value)))));
  const tagWidth = Math.max(0, ...chart.series.map((series) => displayWidth(series.tag)));
  const barWidth = Math.max(10, Math.min(MAX_BAR_WIDTH, width - labelWidth - 2 - valueWidth - (tagWidth > 0 ? tagWidth + 1 : 0)));
  const indent = " ".repeat(labelWidth + 1);

  const lines: string[] = [];
  chart.rowLabels.forEach((rowLabel, row) => {
    chart.series.forEach((series, index) => {
      const value = series.values[row] ?? 0;
      const length = axisMax === 0 ? 0 : Math.round((value * barWidth) / axisMax);
      const label = index === 0 ? `${padEnd(rowLabel, labelWidth)} ` : indent;
      const tag = series.tag === "" ? "" : ` ${series.tag}`;
      lines.push(`${label}${series.paint(series.char.repeat(length))} ${chart.formatAxisValue(value)}${tag}`.trimEnd());
    });
  });

  // The axis under the bars: ticks at round values, labelled in the axis unit.
  const columns = Array.from({ length: ticks + 1 }, (_, i) => Math.round((i * barWidth) / ticks));
  const rule = [...("─".repeat(barWidth + 1))];
  for (const column of columns) rule[column] = "┼";
  rule[0] = "└";
  const labels = [...(" ".repeat(barWidth + 1))];
  columns.forEach((column, i) => {
    const text = [...chart.formatAxisValue((axisMax * i) / ticks)];
    const start = i === 0 ? 0 : i === ticks ? column - text.length + 1 : column - Math.floor(text.length / 2);
    text.forEach((char, offset) => {
      if (start + offset >= 0 && start + offset < labels.length) labels[start + offset] = char;
    });
  });
  lines.push(`${indent}${chart.dim(rule.join(""))}`);
  lines.push(`${indent}${chart.dim(`${labels.join("").trimEnd()} ${chart.axisUnit}`)}`);
  return lines;
}

/** An axis from 0 to a round maximum (1, 2, 2.5 or 5 × 10ⁿ per tick), with 1 to 5 ticks. */
export function niceAxis(maxValue: number): { axisMax: number; ticks: number } {
  if (maxValue <= 0) return { axisMax: 0, ticks: 1 };
  const rough = maxValue / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  const ticks = Math.max(1, Math.ceil(maxValue / step));
  return { axisMax: ticks * step, ticks };
}
