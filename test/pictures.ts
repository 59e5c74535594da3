import { deflateSync } from "node:zlib";

/**
 * Picture files made for the tests, byte by byte: a real PNG of any size (a browser draws it), a JPEG
 * header of any size (start of image, JFIF, the SOF0 frame that gives its size: what the checks read),
 * and files that only pretend to be pictures. None is stored in the repository.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A valid RGB PNG of `width` × `height`, one colour (a browser decodes it). */
export function makePng(width: number, height: number, rgb: readonly [number, number, number] = [200, 120, 60]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk("IHDR", header), pngChunk("IDAT", deflateSync(raw)), pngChunk("IEND", Buffer.alloc(0))]);
}

/**
 * A JPEG's header for `width` × `height` (SOI, APP0 JFIF, SOF0, EOI): what a picture check reads.
 * `totalBytes` pads it with a comment segment's worth of bytes, up to that size (a 4 MB photo).
 */
export function makeJpeg(width: number, height: number, { totalBytes }: { readonly totalBytes?: number } = {}): Buffer {
  const soi = Buffer.from([0xff, 0xd8]);
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof0 = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
  const eoi = Buffer.from([0xff, 0xd9]);
  const picture = Buffer.concat([soi, app0, sof0, eoi]);
  if (totalBytes === undefined || totalBytes <= picture.length) return picture;
  // Bytes after the end of image: a camera's trailer, as far as a check is concerned.
  return Buffer.concat([picture, Buffer.alloc(totalBytes - picture.length, 0x55)]);
}

/** A WebP's first bytes (RIFF…WEBP), as a browser's "save image" gives today. */
export const WEBP = Buffer.concat([Buffer.from("RIFF", "latin1"), Buffer.from([0x1a, 0, 0, 0]), Buffer.from("WEBPVP8 ", "latin1"), Buffer.alloc(18, 0)]);

/** A PDF (a product sheet) saved under a picture's name. */
export const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");

/** A text file renamed `.jpg`. */
export const TEXT = Buffer.from("Ceci n'est pas une photo : c'est la liste des prix.\n", "utf8");
