/**
 * The dossier's one stylesheet, inline. System fonts only (no web font to fetch); on paper: A4 with
 * margins, each main section on a new page, table headers repeated and rows kept whole, colours kept
 * for the status marks and bars — and every mark also has a word and a shape, so a black-and-white
 * print reads the same.
 */
export const DOSSIER_CSS = `
:root {
  --ink: #1b1f24; --muted: #59636e; --rule: #d0d7de; --soft: #f3f5f8; --accent: #1f4e79;
  --pass: #1a7f37; --warn: #9a6700; --fail: #b42318; --unknown: #59636e;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto; padding: 32px 40px 48px; max-width: 980px; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
}
header.cover { border-bottom: 4px solid var(--accent); padding-bottom: 16px; margin-bottom: 8px; }
header.cover .kicker { color: var(--accent); font-weight: 600; letter-spacing: .04em; text-transform: uppercase; font-size: 13px; margin: 0; }
h1 { font-size: 30px; line-height: 1.2; margin: 4px 0 8px; }
h2 { font-size: 22px; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 4px; margin: 40px 0 14px; }
h2 .number { display: inline-block; min-width: 1.6em; }
h3 { font-size: 17px; margin: 24px 0 8px; }
p { margin: 6px 0 10px; }
.muted, .source { color: var(--muted); }
.source { font-size: 12.5px; }
.intro { max-width: 46em; }
nav.contents ol { margin: 6px 0 0; padding-left: 1.4em; columns: 2; }
nav.contents a { color: var(--accent); text-decoration: none; }
nav.contents h2 { font-size: 15px; border: 0; margin: 16px 0 0; color: var(--ink); }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
th, td { border-bottom: 1px solid var(--rule); padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--soft); border-bottom: 2px solid #8c959f; font-weight: 600; }
tbody th { font-weight: 600; background: transparent; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: minmax(12em, max-content) 1fr; gap: 4px 20px; margin: 8px 0 16px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; font-weight: 500; }
.verdict { border-left: 6px solid var(--accent); background: var(--soft); padding: 10px 14px; font-weight: 600; font-size: 16px; margin: 12px 0; }
.verdict.eligible { border-color: var(--pass); }
.verdict.eligible-with-conditions { border-color: var(--warn); }
.verdict.not-eligible { border-color: var(--fail); }
.sme-class { font-size: 18px; font-weight: 700; margin: 4px 0; }
.mark { display: inline-block; white-space: nowrap; font-weight: 600; }
.mark .glyph { display: inline-block; width: 1.3em; text-align: center; }
.mark.pass { color: var(--pass); }
.mark.warn { color: var(--warn); }
.mark.fail { color: var(--fail); }
.mark.unknown { color: var(--unknown); }
.checklist .statement { color: var(--muted); font-size: 13px; margin-top: 2px; }
.checklist ul { margin: 4px 0; padding-left: 1.2em; }
ul.fixes { margin: 0; padding: 0; list-style: none; }
ul.fixes li { padding-left: 1.3em; text-indent: -1.3em; }
table.catalogue, table.assumptions, table.checklist { table-layout: fixed; }
table.catalogue col.sku { width: 13%; } table.catalogue col.product { width: 31%; } table.catalogue col.completeness { width: 17%; }
table.catalogue col.ready { width: 12%; } table.catalogue col.fix { width: 27%; }
table.assumptions col.input { width: 28%; } table.assumptions col.value { width: 22%; } table.assumptions col.date { width: 8.5em; }
table.checklist col.status { width: 11.5em; } table.checklist col.source { width: 30%; }
td.value { text-align: right; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
td.sku { overflow-wrap: anywhere; }
.hint { margin-top: 4px; }
.hint strong { color: var(--ink); }
code, .sku { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
.figure { margin: 12px 0 4px; }
svg.chart { width: 100%; height: auto; max-width: 680px; display: block; font-size: 13px; }
svg.chart .grid { stroke: #e1e5ea; stroke-width: 1; }
svg.chart .axis { stroke: #57606a; stroke-width: 1.2; }
svg.chart .tick { fill: #57606a; font-size: 12px; }
svg.chart .axis-label { fill: #57606a; font-size: 12px; }
svg.chart .legend text { fill: var(--ink); font-size: 13.5px; }
svg.chart .value { font-size: 12.5px; font-weight: 700; }
.bar { display: inline-block; width: 64px; height: 9px; border: 1px solid #8c959f; vertical-align: middle; margin-right: 6px; background: #fff; }
.bar > span { display: block; height: 100%; background: var(--accent); }
.product-name { font-weight: 600; }
.name-zh, .images { color: var(--muted); font-size: 12.5px; }
.name-zh { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
.images { overflow-wrap: anywhere; }
.main-picture { float: left; width: 64px; height: 64px; object-fit: contain; margin: 0 10px 4px 0; border: 1px solid #ddd; background: #fff; }
.gap.blocking { color: var(--fail); }
.gap.optional { color: var(--warn); }
.caution { color: var(--warn); }
ol.steps li { margin: 4px 0; }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12.5px; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  nav.contents a { color: inherit; }
  section.chapter { break-before: page; page-break-before: always; }
  h2 { margin-top: 0; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, .figure, .verdict, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  table { font-size: 9pt; }
  svg.chart { max-width: 100%; }
  .bar { width: 36px; }
}
`;
