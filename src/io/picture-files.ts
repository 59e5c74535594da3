import { createHash } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { imageSize } from "image-size";
import {
  ACCEPTED_PICTURE_KINDS,
  indexPictureFolder,
  isAcceptedPictureKind,
  judgePicture,
  PICTURE_LIMITS,
  pictureExtension,
  sniffPictureKind,
  type PictureFindingCode,
  type PictureFolder,
  type PictureMediaType,
} from "../domain/catalogue/pictures.js";
import type { ProductValues } from "../domain/catalogue/product-values.js";
import { EprovenceError, type MessageParams } from "../domain/errors.js";
import { writeFileAtomically } from "./atomic-write.js";

/**
 * Picture files: the ones a catalogue row names (a path from the catalogue's folder) and the ones a
 * photos folder holds for its SKU (`--images DIR`), each checked by its content — the rules are in
 * domain/catalogue/pictures.ts — and, on import, copied beside the database under its SHA-256.
 */

/** Where a row's pictures are looked for. */
export interface PictureSources {
  /** The catalogue's folder: a relative path in the image cell is read from it (absolute paths are taken as they are). */
  readonly catalogueFolder: string;
  /** `--images DIR`, as the user wrote it (the failure names it so), and resolved. */
  readonly imagesFolder?: { readonly given: string; readonly path: string } | undefined;
  /** The import reads each accepted picture whole, for its SHA-256 and its copy; `validate` only reads its first bytes. */
  readonly isHashed: boolean;
}

/** A picture accepted for a product: what the store keeps of it, and where its file is. */
export interface CheckedPicture {
  readonly mediaType: PictureMediaType;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  /** As the catalogue wrote it, or the file's name in the photos folder. */
  readonly source: string;
  /** The file, links followed. */
  readonly path: string;
  /** When hashed (import): the file's bytes and their SHA-256. */
  readonly content: Buffer | undefined;
  readonly sha256: string | undefined;
}

export type PictureFindingReport = (code: PictureFindingCode | "picture-not-found" | "picture-outside-folder" | "too-many-pictures", value: string, params: MessageParams) => void;

export interface PictureCheck {
  /** The photos folder's files by SKU, for the row rules (a product it has pictures for is not "without image"). */
  readonly folder: PictureFolder | undefined;
  /** The row's pictures in order — those its cell names, then the folder's — each judged; the accepted ones, at most 5. */
  check(values: ProductValues, report: PictureFindingReport): CheckedPicture[];
}

/**
 * How many first bytes are read to tell a picture's kind and size: a JPEG's size sits after its EXIF
 * block (a camera's thumbnail included), well within 256 KB; a file whose size is further is read whole.
 */
const HEAD_BYTES = 256 * 1024;

/** Opens the photos folder (exit 2 when it is missing or not a folder) and returns the check of each row's pictures. */
export function createPictureCheck(sources: PictureSources): PictureCheck {
  const imagesRoot = sources.imagesFolder === undefined ? undefined : openImagesFolder(sources.imagesFolder);
  const folder = imagesRoot === undefined ? undefined : indexPictureFolder(imagesRoot.names);
  let catalogueRoot: string | undefined;
  const roots = (): string[] => {
    catalogueRoot ??= realOrSelf(sources.catalogueFolder);
    return imagesRoot === undefined ? [catalogueRoot] : [catalogueRoot, imagesRoot.real];
  };
  return {
    folder,
    check(values, report) {
      const candidates: { readonly source: string; readonly path: string; readonly roots: () => readonly string[] }[] = [];
      for (const file of values.imageFiles) candidates.push({ source: file, path: resolve(sources.catalogueFolder, file), roots });
      if (folder !== undefined && imagesRoot !== undefined) {
        const onlyImages = (): readonly string[] => [imagesRoot.real];
        for (const match of folder.find(values.sku)) candidates.push({ source: match.name, path: join(imagesRoot.path, match.name), roots: onlyImages });
      }
      const accepted: CheckedPicture[] = [];
      const seen = new Set<string>();
      for (const candidate of candidates) {
        const real = realPath(candidate.path);
        if (real === undefined) {
          report("picture-not-found", candidate.source, {});
          continue;
        }
        // The same file named twice (in the cell and matched in the folder) is one picture.
        if (seen.has(real)) continue;
        seen.add(real);
        if (!candidate.roots().some((root) => isInside(real, root))) {
          report("picture-outside-folder", candidate.source, {});
          continue;
        }
        if (accepted.length >= PICTURE_LIMITS.maxPerProduct) {
          report("too-many-pictures", candidate.source, { max: PICTURE_LIMITS.maxPerProduct });
          continue;
        }
        const picture = inspectPicture(real, candidate.source, sources.isHashed, report);
        if (picture !== undefined) accepted.push(picture);
      }
      return accepted;
    },
  };
}

function openImagesFolder(folder: { readonly given: string; readonly path: string }): { path: string; real: string; names: string[] } {
  try {
    if (!statSync(folder.path).isDirectory()) throw new EprovenceError("images-folder-not-found", { path: folder.given });
    return { path: folder.path, real: realpathSync(folder.path), names: readdirSync(folder.path) };
  } catch (error) {
    if (error instanceof EprovenceError) throw error;
    throw new EprovenceError("images-folder-not-found", { path: folder.given });
  }
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function realOrSelf(path: string): string {
  return realPath(path) ?? path;
}

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/** Reads one picture file's first bytes (or all of them, hashed), judges it, and reports what is wrong. */
function inspectPicture(path: string, source: string, isHashed: boolean, report: PictureFindingReport): CheckedPicture | undefined {
  let read: { bytes: number; head: Buffer; whole: Buffer | undefined };
  try {
    read = readPicture(path, isHashed);
  } catch (error) {
    report("picture-unreadable", source, { reason: error === DIRECTORY ? "directory" : "unreadable" });
    return undefined;
  }
  const kind = sniffPictureKind(read.head);
  let size: { width: number | undefined; height: number | undefined } = { width: undefined, height: undefined };
  if (isAcceptedPictureKind(kind) && read.bytes <= PICTURE_LIMITS.maxBytes) {
    size = measure(read.head) ?? (read.whole === undefined && read.head.length < read.bytes ? measure(readFileSync(path)) : undefined) ?? size;
  }
  const verdict = judgePicture({ kind, bytes: read.bytes, width: size.width, height: size.height });
  for (const finding of verdict.findings) report(finding.code, source, finding.params);
  if (!verdict.isAccepted || !isAcceptedPictureKind(kind) || size.width === undefined || size.height === undefined) return undefined;
  return {
    mediaType: ACCEPTED_PICTURE_KINDS[kind].mediaType,
    width: size.width,
    height: size.height,
    bytes: read.bytes,
    source,
    path,
    content: read.whole,
    sha256: read.whole === undefined ? undefined : sha256Of(read.whole),
  };
}

const DIRECTORY = Symbol("a folder, not a file");

function readPicture(path: string, isWhole: boolean): { bytes: number; head: Buffer; whole: Buffer | undefined } {
  const fd = openSync(path, "r");
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw DIRECTORY;
    // A file over the limit is never read whole: its first bytes say what it is.
    const wanted = isWhole && stats.size <= PICTURE_LIMITS.maxBytes ? stats.size : Math.min(stats.size, HEAD_BYTES);
    const buffer = Buffer.alloc(wanted);
    let filled = 0;
    while (filled < wanted) {
      const count = readSync(fd, buffer, filled, wanted - filled, filled);
      if (count === 0) break;
      filled += count;
    }
    const head = buffer.subarray(0, filled);
    return { bytes: stats.size, head, whole: isWhole && filled === stats.size ? head : undefined };
  } finally {
    closeSync(fd);
  }
}

function measure(bytes: Uint8Array): { width: number; height: number } | undefined {
  try {
    const { width, height } = imageSize(bytes);
    return width > 0 && height > 0 ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Where the pictures of a database are kept: `pictures/` beside its file. */
export function pictureStoreFolder(databasePath: string): string {
  return join(resolve(databasePath, ".."), "pictures");
}

/** A kept picture's file: `<sha256>.<jpg|png>` in the pictures folder. */
function storedPicturePath(folder: string, picture: { readonly sha256: string; readonly mediaType: PictureMediaType }): string {
  return join(folder, `${picture.sha256}.${pictureExtension(picture.mediaType)}`);
}

/**
 * Copies an accepted picture into the pictures folder, written whole under a temporary name then
 * moved (a killed import never leaves half a picture under its final name). The same photo twice is
 * kept once; a copy found altered is written again.
 */
export function keepPicture(folder: string, picture: { readonly sha256: string; readonly mediaType: PictureMediaType; readonly content: Buffer }): void {
  const path = storedPicturePath(folder, picture);
  if (readStoredPicture(path) === picture.sha256) return;
  mkdirSync(folder, { recursive: true });
  writeFileAtomically(path, picture.content, { replace: true });
}

/** The SHA-256 of a kept picture's file; undefined when it is not there. */
function readStoredPicture(path: string): string | undefined {
  try {
    return sha256Of(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** A kept picture's bytes, checked against its SHA-256: a missing or altered file is a failure (exit 2) naming the product. */
export function loadStoredPicture(folder: string, sku: string, picture: { readonly sha256: string; readonly mediaType: PictureMediaType }): Buffer {
  let content: Buffer;
  try {
    content = readFileSync(storedPicturePath(folder, picture));
  } catch {
    throw new EprovenceError("stored-picture-missing", { sku, sha256: picture.sha256 });
  }
  if (sha256Of(content) !== picture.sha256) throw new EprovenceError("stored-picture-altered", { sku, sha256: picture.sha256 });
  return content;
}
