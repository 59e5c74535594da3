import type { ChineseLabel } from "../domain/catalogue/e-label.js";
import { LABEL_TO_COMPLETE, RISK_NOTICE_ZH } from "../domain/catalogue/e-label.js";
import type { Translator } from "../domain/messages/index.js";
import { cite } from "../domain/sources.js";
import { html, isolate, pageHead } from "./dossier/html.js";
import { DOSSIER_CSS } from "./dossier/styles.js";

/**
 * `labels-zh.html`, beside the export's catalogue: the Chinese e-label of every exported product, and
 * the risk notice, on one printable page that opens offline (the dossier's head: its language, its
 * content security policy, its stylesheet; nothing is fetched). The labels are in Chinese (marked
 * `lang="zh-Hans"`), the text around them in the owner's language. Written piece by piece as the
 * export reads the catalogue: the start, one block per product, the end. No date: the same catalogue
 * gives the same page.
 */
export const LABELS_ZH_HTML = "labels-zh.html";

const PAGE_CSS = `
section.label { border: 1px solid var(--rule); border-radius: 6px; padding: 12px 16px; margin: 14px 0; break-inside: avoid; page-break-inside: avoid; }
section.label h2 { font-size: 17px; border: 0; margin: 0 0 8px; padding: 0; color: var(--ink); }
section.label h2 .sku { color: var(--muted); font-weight: 500; margin-right: .6em; }
dl.label { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 6px 0; font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
dl.label dt { color: var(--muted); }
dl.label dd { margin: 0; }
dl.label dd.todo, .todo { color: var(--fail); font-weight: 600; }
blockquote.notice { border-left: 6px solid var(--warn); background: var(--soft); margin: 10px 0; padding: 10px 14px; }
`;

export interface LabelsPage {
  readonly legalName: string;
  readonly toolVersion: string;
}

/** The page's head, introduction and risk notice, up to where the labels start. */
export function renderLabelsStart(page: LabelsPage, t: Translator): string {
  const title = t.dossier("labelsTitle", { legalName: page.legalName });
  return html`<!doctype html>
<html lang="${t.language}">
${pageHead({ language: t.language, toolVersion: page.toolVersion, title, css: DOSSIER_CSS + PAGE_CSS })}
<body>
<header class="cover">
<h1>${isolate(title)}</h1>
<p class="intro">${t.dossier("labelsIntro")}</p>
<p class="intro">${t.dossier("labelsToComplete", { marker: LABEL_TO_COMPLETE })}</p>
</header>
<main>
<h2>${t.dossier("labelsRiskTitle")}</h2>
<blockquote class="notice" lang="zh-Hans">${RISK_NOTICE_ZH}</blockquote>
<p>${t.dossier("labelsRiskTranslation")}</p>
<p class="source">${t.dossier("labelsRiskIntro")} ${t.dossier("source", { source: t.cite(cite("shangcaifa-2018-486")) })}</p>
`.value;
}

/** One product's label: its SKU and French name, then the label in Chinese, then what is to complete. */
export function renderLabel(product: { readonly sku: string; readonly nameFr: string }, label: ChineseLabel, t: Translator): string {
  const missing = label.missing.map((field) => t.labelField(field)).join(", ");
  return html`<section class="label" id="${`sku-${product.sku}`}">
<h2><span class="sku">${isolate(product.sku)}</span>${isolate(product.nameFr)}</h2>
<dl class="label" lang="zh-Hans">
${label.lines.map((line) => html`<dt>${line.heading}</dt><dd${line.text === LABEL_TO_COMPLETE ? html` class="todo"` : ""}>${isolate(line.text)}</dd>
`)}</dl>
<p class="${label.missing.length > 0 ? "todo" : "muted"}">${label.missing.length > 0 ? t.dossier("labelsProductMissing", { fields: missing }) : t.dossier("labelsProductComplete")}</p>
</section>
`.value;
}

/** The end of the page, with the sources of the label's fields. */
export function renderLabelsEnd(page: LabelsPage, labelCount: number, t: Translator): string {
  return html`${labelCount === 0 ? html`<p>${t.dossier("labelsNone")}</p>` : ""}
<p class="source">${t.dossier("source", { source: t.cite(cite("e-label-fields-choice", { also: ["taobao-item-api", "china-legal-units-1984", "glossary-common-usage"] })) })}</p>
</main>
<footer>
<p>${t.dossier("labelsFooter", { version: page.toolVersion })}</p>
</footer>
</body>
</html>
`.value;
}
