import type { Translator } from "../../domain/messages/index.js";
import { html, isolate, pageHead } from "./html.js";
import { DOSSIER_CSS } from "./styles.js";

/**
 * `portfolio --out portfolio.html`: the portfolio table as one self-contained page in the dossier's
 * style (same stylesheet, same content security policy: nothing is fetched), printable on A4, with a
 * completeness bar per company. The cells come worded already (the terminal table's words).
 */
export interface PortfolioPage {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly { readonly cells: readonly string[]; readonly completeness: number; readonly nextStep: string }[];
  /** Which column holds the completeness (drawn as a bar beside its figure). */
  readonly completenessColumn: number;
  /** Which columns hold figures (aligned right). */
  readonly numericColumns: readonly number[];
  readonly nextStepTitle: string;
  readonly generatedAt: Date;
  readonly toolVersion: string;
}

const PAGE_CSS = `
@page { size: A4 landscape; margin: 12mm; }
table.portfolio td.name { font-weight: 600; }
table.portfolio tr.step td { color: var(--muted); font-size: 12.5px; border-bottom: 1px solid var(--rule); padding-top: 0; }
table.portfolio tr.company td { border-bottom: 0; }
@media print { table.portfolio tr.company, table.portfolio tr.step { break-inside: avoid; page-break-inside: avoid; } }
`;

export function renderPortfolioPage(page: PortfolioPage, t: Translator): string {
  const date = t.date(page.generatedAt.toISOString().slice(0, 10));
  const numeric = new Set(page.numericColumns);
  const cell = (text: string, column: number) => {
    if (column === page.completenessColumn) {
      const width = Math.max(0, Math.min(100, page.rows.length === 0 ? 0 : Number.parseInt(text, 10) || 0));
      return html`<td class="num"><span class="bar" aria-hidden="true"><span style="width:${width}%"></span></span>${text}</td>`;
    }
    if (column === 0) return html`<td class="name">${isolate(text)}</td>`;
    return numeric.has(column) ? html`<td class="num">${text}</td>` : html`<td>${text}</td>`;
  };
  const document = html`<!doctype html>
<html lang="${t.language}">
${pageHead({ language: t.language, toolVersion: page.toolVersion, title: page.title, css: DOSSIER_CSS + PAGE_CSS })}
<body>
<header class="cover">
<h1>${page.title}</h1>
<p class="muted">${t.dossier("generatedOn", { date })}</p>
</header>
<main>
<table class="portfolio">
<thead><tr>${page.header.map((text, column) => (numeric.has(column) || column === page.completenessColumn ? html`<th class="num" scope="col">${text}</th>` : html`<th scope="col">${text}</th>`))}</tr></thead>
<tbody>
${page.rows.map(
  (row) => html`<tr class="company">${row.cells.map((text, column) => cell(text, column))}</tr>
<tr class="step"><td colspan="${page.header.length}">${t.ui("labelled", { label: page.nextStepTitle, text: row.nextStep })}</td></tr>
`,
)}</tbody>
</table>
</main>
<footer><p>eprovence ${page.toolVersion} · ${date}</p></footer>
</body>
</html>
`;
  return document.value;
}
