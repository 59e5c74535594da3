import { describe, expect, it } from "vitest";
import { indexPictureFolder, judgePicture, normalisePictureName, sniffPictureKind, type PictureFacts, type PictureKind } from "./pictures.js";

const bytes = (...parts: (number[] | string)[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)));

describe("a picture's kind, told by its first bytes", () => {
  it.each<[string, Uint8Array, PictureKind]>([
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0], "\0\x10JFIF"), "jpeg"],
    ["PNG", bytes([0x89], "PNG\r\n\x1a\n\0\0\0\rIHDR"), "png"],
    ["WebP", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "), "webp"],
    ["GIF", bytes("GIF89a", [1, 0, 1, 0]), "gif"],
    ["an iPhone's HEIC", bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0]), "heic"],
    ["AVIF", bytes([0, 0, 0, 0x1c], "ftypavif"), "avif"],
    ["a PDF", bytes("%PDF-1.7\n%"), "pdf"],
    ["a text file", bytes("Référence;Photo\n"), "text"],
    ["other bytes", bytes([0, 1, 2, 3, 4]), "unknown"],
    ["an empty file", bytes(), "unknown"],
  ])("%s", (_what, head, kind) => {
    expect(sniffPictureKind(head)).toBe(kind);
  });
});

describe("judgePicture: the platform's rules, then the sellers' convention", () => {
  const jpeg = (change: Partial<PictureFacts>): PictureFacts => ({ kind: "jpeg", bytes: 500_000, width: 1000, height: 1000, ...change });

  it.each<[string, Partial<PictureFacts>, boolean, string[]]>([
    ["a square JPEG of 1000 pixels", {}, true, []],
    ["a PNG", { kind: "png" }, true, []],
    ["exactly 3,000,000 bytes", { bytes: 3_000_000 }, true, []],
    ["one byte over 3 MB", { bytes: 3_000_001 }, false, ["picture-too-large"]],
    ["a WebP", { kind: "webp" }, false, ["picture-wrong-format"]],
    ["a text file", { kind: "text", width: undefined, height: undefined }, false, ["picture-wrong-format"]],
    ["dimensions that cannot be read", { width: undefined }, false, ["picture-unreadable"]],
    ["799 × 799 (convention: kept, with a warning)", { width: 799, height: 799 }, true, ["picture-too-small"]],
    ["800 × 800", { width: 800, height: 800 }, true, []],
    ["1200 × 800: not square, kept", { width: 1200, height: 800 }, true, ["picture-not-square"]],
    ["600 × 400: small and not square", { width: 600, height: 400 }, true, ["picture-too-small", "picture-not-square"]],
  ])("%s", (_what, change, isAccepted, codes) => {
    const verdict = judgePicture(jpeg(change));
    expect(verdict.isAccepted).toBe(isAccepted);
    expect(verdict.findings.map((finding) => finding.code)).toEqual(codes);
  });
});

describe("a photos folder's files, matched by SKU", () => {
  const folder = indexPictureFolder(["SAV-001-3.jpeg", "sav-001.JPG", "SAV-001-2.png", "Savon-Été.jpg", ".DS_Store", "SAV-002", "notes.txt", "SAV-001-2-x.jpg", "SAV-0010.jpg"]);

  it("finds the main picture first, then by number, case ignored", () => {
    expect(folder.find("SAV-001")).toEqual([
      { name: "sav-001.JPG", number: 1 },
      { name: "SAV-001-2.png", number: 2 },
      { name: "SAV-001-3.jpeg", number: 3 },
    ]);
  });

  it("ignores accents, hidden files and names without an extension", () => {
    expect(folder.find("SAVON-ETE")).toEqual([{ name: "Savon-Été.jpg", number: 1 }]);
    expect(folder.find("SAV-002")).toEqual([]);
    expect(normalisePictureName("Crème-Brûlée")).toBe("creme-brulee");
  });

  it("lets a SKU that ends with a number find its own main picture", () => {
    expect(folder.find("SAV-001-2")).toEqual([{ name: "SAV-001-2.png", number: 1 }]);
    expect(folder.find("SAV-0010")).toEqual([{ name: "SAV-0010.jpg", number: 1 }]);
  });
});
