import type { MessageParams } from "../errors.js";

/**
 * Product pictures: what a picture file must be for a Tmall Global listing, and how the files of a
 * photos folder (`--images DIR`) are matched to SKUs. Pure: the bytes and sizes are read by
 * `io/picture-files.ts`, which hands the facts in.
 *
 * Official (platform rule, source `taobao-item-image-api`): JPEG or PNG, at most 3 MB a file, one main
 * picture and up to 4 more. Sellers' convention only (source `tmall-picture-convention`, third-party
 * guides): 800 × 800 pixels or more, square — a warning that says so, never a refusal.
 */

/** What a file really is, told by its first bytes (never by its name). */
export type PictureKind = "jpeg" | "png" | "webp" | "gif" | "heic" | "avif" | "bmp" | "tiff" | "pdf" | "text" | "unknown";

/** The kinds the platform takes, with the media type stored and the extension of the copies we write. */
export const ACCEPTED_PICTURE_KINDS = {
  jpeg: { mediaType: "image/jpeg", extension: "jpg" },
  png: { mediaType: "image/png", extension: "png" },
} as const;

export type AcceptedPictureKind = keyof typeof ACCEPTED_PICTURE_KINDS;
export type PictureMediaType = (typeof ACCEPTED_PICTURE_KINDS)[AcceptedPictureKind]["mediaType"];

export function isAcceptedPictureKind(kind: PictureKind): kind is AcceptedPictureKind {
  return kind === "jpeg" || kind === "png";
}

/** The extension of a stored picture's copy, from its media type. */
export function pictureExtension(mediaType: PictureMediaType): string {
  return mediaType === "image/png" ? ACCEPTED_PICTURE_KINDS.png.extension : ACCEPTED_PICTURE_KINDS.jpeg.extension;
}

/**
 * The platform's limits (`taobao-item-image-api`). 3 MB is read as 3,000,000 bytes, the stricter of
 * its two readings (design choice: a picture we accept is never refused by the upload).
 */
export const PICTURE_LIMITS = {
  maxBytes: 3_000_000,
  /** One main picture and up to 4 more. */
  maxPerProduct: 5,
  source: "taobao-item-image-api",
} as const;

/** Sellers' convention (`tmall-picture-convention`): not an official rule, said as a warning. */
export const PICTURE_CONVENTION = {
  minSide: 800,
  source: "tmall-picture-convention",
} as const;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean => signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

/** A file's kind by its signature: JPEG (FF D8 FF), PNG, WebP, GIF, HEIC/AVIF (ISO boxes), BMP, TIFF, PDF; else text or unknown. */
export function sniffPictureKind(head: Uint8Array): PictureKind {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 12) === "WEBP") return "webp";
  if (ascii(head, 0, 4) === "GIF8") return "gif";
  if (ascii(head, 4, 8) === "ftyp") {
    const brand = ascii(head, 8, 12);
    if (brand.startsWith("avi")) return "avif";
    if (["heic", "heix", "hevc", "hevx", "mif1", "msf1", "heim", "heis"].includes(brand)) return "heic";
  }
  if (ascii(head, 0, 2) === "BM") return "bmp";
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return "tiff";
  if (ascii(head, 0, 5) === "%PDF-") return "pdf";
  // No control character (bytes of 128 and up are UTF-8's letters): a text, a CSV, a web page saved under a picture's name.
  if (head.length > 0 && head.every((byte) => byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte !== 127))) return "text";
  return "unknown";
}

/** What the reader found out about one picture file. */
export interface PictureFacts {
  readonly kind: PictureKind;
  readonly bytes: number;
  /** Read from the file's header; undefined when it could not be (a damaged file). */
  readonly width: number | undefined;
  readonly height: number | undefined;
}

export type PictureFindingCode = "picture-wrong-format" | "picture-too-large" | "picture-unreadable" | "picture-too-small" | "picture-not-square";

export interface PictureVerdict {
  /** The picture is attached to its product (a convention's warning does not stop it). */
  readonly isAccepted: boolean;
  readonly findings: readonly { readonly code: PictureFindingCode; readonly params: MessageParams }[];
}

/** The checks of one picture, in this order: its kind, its size, its dimensions, then the sellers' convention. */
export function judgePicture(facts: PictureFacts): PictureVerdict {
  if (!isAcceptedPictureKind(facts.kind)) return { isAccepted: false, findings: [{ code: "picture-wrong-format", params: { kind: facts.kind } }] };
  if (facts.bytes > PICTURE_LIMITS.maxBytes) return { isAccepted: false, findings: [{ code: "picture-too-large", params: { bytes: facts.bytes, limit: PICTURE_LIMITS.maxBytes } }] };
  const { width, height } = facts;
  if (width === undefined || height === undefined || width <= 0 || height <= 0) return { isAccepted: false, findings: [{ code: "picture-unreadable", params: { reason: "damaged" } }] };
  const findings: { code: PictureFindingCode; params: MessageParams }[] = [];
  if (width < PICTURE_CONVENTION.minSide || height < PICTURE_CONVENTION.minSide) findings.push({ code: "picture-too-small", params: { width, height, min: PICTURE_CONVENTION.minSide } });
  if (width !== height) findings.push({ code: "picture-not-square", params: { width, height } });
  return { isAccepted: true, findings };
}

/** Case and accents ignored: « Savon-Été » and « savon-ete » name the same pictures. */
export function normalisePictureName(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** One file of a photos folder matched to a SKU: `SAV-001.jpg` is its number 1 (the main one), `SAV-001-2.png` its number 2. */
export interface FolderPicture {
  /** The file's name in the folder, as written there. */
  readonly name: string;
  readonly number: number;
}

/** A photos folder's files, indexed by the SKU they name (`--images DIR`). */
export interface PictureFolder {
  /** The files matched to `sku`, in order: the main one, then by number (then by name). */
  find(sku: string): readonly FolderPicture[];
}

/**
 * Indexes a folder's file names: `<SKU>.<ext>` is the SKU's main picture, `<SKU>-<n>.<ext>` its n-th
 * (n ≥ 1; `-1` is the main one too). A name is also indexed whole, so that a SKU that itself ends with
 * `-2` still finds its main picture. Hidden files and names without an extension are left out; the
 * extension is not trusted (each file's content is checked).
 */
export function indexPictureFolder(names: readonly string[]): PictureFolder {
  const bySku = new Map<string, FolderPicture[]>();
  const add = (stem: string, picture: FolderPicture): void => {
    const key = normalisePictureName(stem);
    const list = bySku.get(key);
    if (list === undefined) bySku.set(key, [picture]);
    else list.push(picture);
  };
  for (const name of names) {
    const dot = name.lastIndexOf(".");
    if (name.startsWith(".") || dot <= 0) continue;
    const stem = name.slice(0, dot);
    add(stem, { name, number: 1 });
    const numbered = /^(.+)-(\d{1,3})$/.exec(stem);
    if (numbered?.[1] !== undefined && numbered[2] !== undefined) add(numbered[1], { name, number: Number(numbered[2]) });
  }
  for (const list of bySku.values()) list.sort((a, b) => a.number - b.number || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { find: (sku) => bySku.get(normalisePictureName(sku)) ?? [] };
}

/** A picture a product keeps, as the store holds it. */
export interface StoredPicture {
  /** 1 = the main picture. */
  readonly position: number;
  readonly sha256: string;
  readonly mediaType: PictureMediaType;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  /** Where it came from, as the catalogue wrote it (or its name in the photos folder). */
  readonly source: string;
}
