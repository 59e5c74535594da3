import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyStream } from "./stream-copy.js";

let root = "";
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "eprovence-copy-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function* chunksOf(...parts: readonly Buffer[]): AsyncIterable<Buffer> {
  for (const part of parts) yield part;
}

const copyOptions = (maxBytes = 1_000_000) => ({ displayName: "-", encoding: undefined, maxBytes, folder: join(root, "copies") });

describe("copyStream", () => {
  it("keeps every byte, with their SHA-256, readable from the start as often as asked — and no name in the folder", async () => {
    const parts = [Buffer.from("sku;name_fr\n"), Buffer.alloc(100_000, "A;savon\n"), Buffer.from("Z;fin")];
    const copy = await copyStream(chunksOf(...parts), copyOptions());
    try {
      const all = Buffer.concat(parts);
      expect(copy.size).toBe(all.length);
      expect(copy.sha256).toBe(createHash("sha256").update(all).digest("hex"));
      for (let round = 0; round < 2; round++) {
        const back = Buffer.alloc(all.length);
        expect(readSync(copy.fd, back, 0, back.length, 0)).toBe(all.length);
        expect(back.equals(all)).toBe(true);
      }
      expect(readdirSync(join(root, "copies"))).toEqual([]);
    } finally {
      copy.close();
    }
  });

  it("judges the first bytes before keeping any: zeros are file-binary", async () => {
    await expect(copyStream(chunksOf(Buffer.alloc(200_000)), copyOptions())).rejects.toMatchObject({ code: "file-binary", params: { path: "-" } });
  });

  it("stops past the limit with stream-too-large, naming the limit in MB", async () => {
    const tooMuch = chunksOf(Buffer.from("sku\n"), ...Array.from({ length: 30 }, () => Buffer.alloc(100_000, "A\n")));
    await expect(copyStream(tooMuch, copyOptions(2_000_000))).rejects.toMatchObject({ code: "stream-too-large", params: { path: "-", limitMb: 2 } });
    expect(readdirSync(join(root, "copies"))).toEqual([]);
  });
});
