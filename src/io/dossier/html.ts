/**
 * HTML building with one escaping path. Every value interpolated into `html`…`` goes through
 * `escapeHtml` unless it is itself the result of `html` (markup we built); there is no other way to
 * put text into the dossier, so a product named `<script>` shows as text wherever it appears.
 */

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for an element or an attribute value (quoted with " or '). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Markup already built (and escaped) by `html`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A value `html` accepts: text (escaped), numbers, markup, nothing (`undefined`, `null`, `false`), or a list of these. */
export type HtmlValue = string | number | SafeHtml | undefined | null | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are markup, every interpolated value is escaped. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(out);
}

/**
 * Markup written in this folder as a constant (the stylesheet): never call it on data. It exists so
 * that a reader can find, by name, the one place where text enters unescaped.
 */
export function trustedConstant(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * A name a user gave (a legal name, a brand, a product's name), isolated from the text around it: a
 * right-to-left override or isolate inside (U+202A–U+202E, U+2066–U+2069) reorders only the name
 * itself, never the sentence, the table cell or the figures that follow.
 */
export function isolate(text: string): SafeHtml {
  return html`<bdi>${text}</bdi>`;
}

/**
 * The head of a page of ours (the dossier, the portfolio): its language, a content security policy
 * that forbids any fetch should a change ever let one slip in (inline styles only; `hasPictures`:
 * pictures embedded as data: URIs too, and nothing else), the tool's version, its title and its
 * stylesheet — so that every page opens offline, the same way.
 */
export function pageHead(page: { readonly language: string; readonly toolVersion: string; readonly title: string; readonly css: string; readonly hasPictures?: boolean }): SafeHtml {
  const policy = page.hasPictures === true ? "default-src 'none'; img-src data:; style-src 'unsafe-inline'" : "default-src 'none'; style-src 'unsafe-inline'";
  return html`<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trustedConstant(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="eprovence ${page.toolVersion}">
<title>${page.title}</title>
<style>${trustedConstant(page.css)}</style>
</head>`;
}
