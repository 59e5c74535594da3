import { blankRule, cellRule, type FieldReader } from "./rule.js";

/** Product photos (`|`-separated `https://` URLs): none is a warning in a check, and blocks the export. */

/** A cheap shape check (a full URL parser per cell costs 12 % of a validation): https, a host with a dot, no spaces. */
export function isHttpsUrl(url: string): boolean {
  if (!url.startsWith("https://") || url.length < 12) return false;
  const hostEnd = url.indexOf("/", 8);
  const host = hostEnd === -1 ? url.slice(8) : url.slice(8, hostEnd);
  if (host.length === 0 || !host.includes(".")) return false;
  for (let i = 8; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c <= 32 || c === 34 || c === 60 || c === 62 || c === 92) return false;
  }
  return true;
}

export const IMAGES_READER: FieldReader<"image_urls"> = {
  isList: true,
  read: (url) => (isHttpsUrl(url) ? url : undefined),
  keep(values, url) {
    if (url !== undefined) values.imageUrls.push(url);
  },
  clear: (values) => (values.imageUrls = []),
};

export const missingImage = blankRule({
  code: "missing-image",
  severity: "warning",
  fields: ["image_urls"],
  isSaidWithoutColumn: true,
});

export const invalidImageUrl = cellRule({
  code: "invalid-image-url",
  severity: "error",
  fields: ["image_urls"],
  check: (_text, url) => url === undefined || undefined,
});
