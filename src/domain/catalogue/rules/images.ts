import { PICTURE_CONVENTION, PICTURE_LIMITS } from "../pictures.js";
import { blankRule, cellRule, foundElsewhere, type FieldReader } from "./rule.js";

/**
 * Product photos: `|`-separated `https://` URLs or picture files (a path relative to the catalogue's
 * folder), and with `--images DIR` the files of a photos folder named by SKU. None is a warning in a
 * check, and blocks the export. A picture file that cannot be used is a warning on its row — the
 * product is kept, the picture is not attached: one bad photo never fails a catalogue.
 */

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

/** An address of some scheme (`http://`, `ftp://`) or a bare `www.`: meant as a URL, never a file's path. */
function looksLikeUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^www\./i.test(text);
}

/**
 * One item of the image cell: an https URL (the text itself: a catalogue of URLs costs no object per
 * image), or a picture file's path as written.
 */
export type ImageReference = string | { readonly file: string };

export function readImageReference(text: string): ImageReference | undefined {
  if (isHttpsUrl(text)) return text;
  return looksLikeUrl(text) ? undefined : { file: text };
}

export const IMAGES_READER: FieldReader<"image_urls"> = {
  isList: true,
  read: readImageReference,
  keep(values, reference) {
    if (typeof reference === "string") values.imageUrls.push(reference);
    else if (reference !== undefined) values.imageFiles.push(reference.file);
  },
  clear(values) {
    values.imageUrls = [];
    // Most catalogues name no file: the empty list is kept rather than made again for every row.
    if (values.imageFiles.length > 0) values.imageFiles = [];
  },
};

/** Not said for a product the photos folder (`--images`) has a picture for. */
export const missingImage = blankRule({
  code: "missing-image",
  severity: "warning",
  fields: ["image_urls"],
  isSaidWithoutColumn: true,
  unless: (product, context) => context.pictureFolder !== undefined && context.pictureFolder.find(product.sku).length > 0,
});

export const invalidImageUrl = cellRule({
  code: "invalid-image-url",
  severity: "error",
  fields: ["image_urls"],
  check: (_text, reference) => reference === undefined || undefined,
});

// Each picture file, read by the picture check (io/picture-files.ts) on the row that names or matches it.

export const pictureNotFound = foundElsewhere({ code: "picture-not-found", severity: "warning", kind: "reading", detectedBy: "the picture check: no file at this path" });

export const pictureUnreadable = foundElsewhere({
  code: "picture-unreadable",
  severity: "warning",
  kind: "reading",
  detectedBy: "the picture check: a folder, a file that cannot be read, or a picture whose size cannot be read",
});

export const pictureOutsideFolder = foundElsewhere({
  code: "picture-outside-folder",
  severity: "warning",
  kind: "reading",
  detectedBy: "the picture check: a path or a symbolic link that leads out of the catalogue's folder and the photos folder",
});

export const pictureWrongFormat = foundElsewhere({
  code: "picture-wrong-format",
  severity: "warning",
  kind: "reading",
  source: PICTURE_LIMITS.source,
  detectedBy: "the picture check: the content is not JPEG nor PNG (WebP, GIF, HEIC, a PDF, a text…), whatever its name",
});

export const pictureTooLarge = foundElsewhere({ code: "picture-too-large", severity: "warning", kind: "reading", source: PICTURE_LIMITS.source, detectedBy: "the picture check: over 3 MB" });

export const tooManyPictures = foundElsewhere({
  code: "too-many-pictures",
  severity: "warning",
  kind: "reading",
  source: PICTURE_LIMITS.source,
  detectedBy: "the picture check: a sixth picture and more (one main and up to 4 more)",
});

export const pictureTooSmall = foundElsewhere({
  code: "picture-too-small",
  severity: "warning",
  kind: "reading",
  source: PICTURE_CONVENTION.source,
  detectedBy: "the picture check: under 800 × 800 pixels (sellers' convention, not an official rule)",
});

export const pictureNotSquare = foundElsewhere({
  code: "picture-not-square",
  severity: "warning",
  kind: "reading",
  source: PICTURE_CONVENTION.source,
  detectedBy: "the picture check: not square (sellers' convention, not an official rule)",
});
