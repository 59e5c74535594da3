import { niceAxis } from "../reports/chart.js";
import { html, type SafeHtml } from "./html.js";

/**
 * The cumulative costs per year as an inline SVG line chart: no script, no external font or image, no
 * namespace URL (inline SVG in HTML needs none). Readable in black and white: the shop is a solid line
 * with filled circles, the fairs a dashed line with hollow squares, and the legend repeats both.
 */

export interface ChartPoint {
  readonly year: number;
  readonly shopCents: number;
  readonly fairsCents: number;
}

export interface ChartLabels {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly shop: string;
  readonly fairs: string;
  readonly yearAxis: string;
  readonly amountAxis: string;
  readonly yearTick: (year: number) => string;
  /** An axis or value label, from cents (e.g. "20 k€"). */
  readonly amountTick: (cents: number) => string;
}

const WIDTH = 680;
const HEIGHT = 340;
const LEFT = 72;
const RIGHT = 24;
const TOP = 52;
const BOTTOM = 56;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
const SHOP_COLOUR = "#1f4e79";
const FAIRS_COLOUR = "#a34a00";

const fixed = (value: number): string => String(Math.round(value * 10) / 10);

export function renderCumulativeChart(points: readonly ChartPoint[], labels: ChartLabels): SafeHtml {
  const max = Math.max(0, ...points.flatMap((point) => [point.shopCents, point.fairsCents]));
  // The terminal chart's round axis (1 to 5 ticks); an all-zero chart still gets a 0–1,000 € scale.
  const axis = max === 0 ? { axisMax: 100_000, ticks: 5 } : niceAxis(max);
  const top = axis.axisMax;
  const step = top / axis.ticks;
  const count = Math.max(points.length, 1);
  const x = (index: number): number => LEFT + ((index + 0.5) * PLOT_WIDTH) / count;
  const y = (cents: number): number => TOP + PLOT_HEIGHT - (cents / top) * PLOT_HEIGHT;
  const markerSize = points.length > 20 ? 2.5 : 4.5;
  const labelEvery = Math.ceil(points.length / 12);

  const ticks: SafeHtml[] = [];
  for (let tick = 0; tick <= axis.ticks; tick++) {
    const value = tick * step;
    ticks.push(
      html`<line class="grid" x1="${LEFT}" x2="${LEFT + PLOT_WIDTH}" y1="${fixed(y(value))}" y2="${fixed(y(value))}"/><text class="tick" x="${LEFT - 8}" y="${fixed(y(value) + 4)}" text-anchor="end">${labels.amountTick(value)}</text>`,
    );
  }
  const yearTicks = points.map((point, index) =>
    index % labelEvery === 0 || index === points.length - 1
      ? html`<text class="tick" x="${fixed(x(index))}" y="${TOP + PLOT_HEIGHT + 18}" text-anchor="middle">${labels.yearTick(point.year)}</text>`
      : html``,
  );
  const path = (value: (point: ChartPoint) => number): string => points.map((point, index) => `${fixed(x(index))},${fixed(y(value(point)))}`).join(" ");
  const circles = points.map((point, index) => html`<circle cx="${fixed(x(index))}" cy="${fixed(y(point.shopCents))}" r="${markerSize}" fill="${SHOP_COLOUR}"/>`);
  const squares = points.map(
    (point, index) =>
      html`<rect x="${fixed(x(index) - markerSize)}" y="${fixed(y(point.fairsCents) - markerSize)}" width="${markerSize * 2}" height="${markerSize * 2}" fill="#fff" stroke="${FAIRS_COLOUR}" stroke-width="2"/>`,
  );
  const last = points[points.length - 1];
  const endLabels =
    last === undefined
      ? html``
      : html`${endLabel(x(points.length - 1), y(last.shopCents), labels.amountTick(last.shopCents), last.shopCents >= last.fairsCents, SHOP_COLOUR)}${endLabel(
          x(points.length - 1),
          y(last.fairsCents),
          labels.amountTick(last.fairsCents),
          last.fairsCents > last.shopCents,
          FAIRS_COLOUR,
        )}`;

  return html`<svg class="chart" id="${labels.id}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${labels.id}-title ${labels.id}-desc">
<title id="${labels.id}-title">${labels.title}</title>
<desc id="${labels.id}-desc">${labels.description}</desc>
<g class="legend">
<line x1="${LEFT}" x2="${LEFT + 36}" y1="18" y2="18" stroke="${SHOP_COLOUR}" stroke-width="3"/><circle cx="${LEFT + 18}" cy="18" r="4.5" fill="${SHOP_COLOUR}"/>
<text x="${LEFT + 44}" y="22">${labels.shop}</text>
<line x1="${LEFT + 300}" x2="${LEFT + 336}" y1="18" y2="18" stroke="${FAIRS_COLOUR}" stroke-width="3" stroke-dasharray="8 5"/><rect x="${LEFT + 313.5}" y="13.5" width="9" height="9" fill="#fff" stroke="${FAIRS_COLOUR}" stroke-width="2"/>
<text x="${LEFT + 344}" y="22">${labels.fairs}</text>
</g>
${ticks}
<line class="axis" x1="${LEFT}" x2="${LEFT}" y1="${TOP}" y2="${TOP + PLOT_HEIGHT}"/>
<line class="axis" x1="${LEFT}" x2="${LEFT + PLOT_WIDTH}" y1="${TOP + PLOT_HEIGHT}" y2="${TOP + PLOT_HEIGHT}"/>
${yearTicks}
<text class="axis-label" x="${LEFT + PLOT_WIDTH / 2}" y="${HEIGHT - 10}" text-anchor="middle">${labels.yearAxis}</text>
<text class="axis-label" x="16" y="${TOP + PLOT_HEIGHT / 2}" text-anchor="middle" transform="rotate(-90 16 ${TOP + PLOT_HEIGHT / 2})">${labels.amountAxis}</text>
<polyline class="series-fairs" points="${path((point) => point.fairsCents)}" fill="none" stroke="${FAIRS_COLOUR}" stroke-width="2.5" stroke-dasharray="8 5"/>
<polyline class="series-shop" points="${path((point) => point.shopCents)}" fill="none" stroke="${SHOP_COLOUR}" stroke-width="2.5"/>
${squares}
${circles}
${endLabels}
</svg>`;
}

/** The last value of a series beside its point: above for the higher series, below for the lower. */
function endLabel(x: number, y: number, text: string, isAbove: boolean, colour: string): SafeHtml {
  return html`<text class="value" x="${fixed(x)}" y="${fixed(isAbove ? y - 10 : y + 20)}" text-anchor="middle" fill="${colour}">${text}</text>`;
}
