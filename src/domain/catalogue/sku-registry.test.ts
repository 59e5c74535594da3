import { describe, expect, it } from "vitest";
import { SkuRegistry } from "./sku-registry.js";

describe("SkuRegistry", () => {
  it("answers 0 the first time, then the line of the first occurrence every time", () => {
    const registry = new SkuRegistry();
    expect(registry.remember("SAV-001", 2)).toBe(0);
    expect(registry.remember("SAV-001", 9)).toBe(2);
    // A third copy still points at the first line, not at the second copy.
    expect(registry.remember("SAV-001", 14)).toBe(2);
  });

  // SKUs that differ by one character, its case, order or length are different products.
  it.each([
    ["SAV-001", "sav-001"],
    ["SAV-1", "SAV-10"],
    ["AB", "BA"],
    ["SAV-001", "SAV-001 "],
    ["A", "AA"],
    ["12", "21"],
    ["HE.LAV/10", "HE.LAV/01"],
  ])("keeps %j and %j apart", (first, second) => {
    const registry = new SkuRegistry();
    expect(registry.remember(first, 2)).toBe(0);
    expect(registry.remember(second, 3)).toBe(0);
    expect(registry.remember(first, 4)).toBe(2);
    expect(registry.remember(second, 5)).toBe(3);
  });

  // The standard 32-bit FNV-1a, as the registry's first hash: a reference to prove the pairs below collide.
  function fnv1a32(text: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return hash >>> 0;
  }

  // Found by search among PRV-0000000…: 32 bits alone would call these duplicates in a 400,000-row file.
  it.each([
    ["PRV-0229599", "PRV-0432382"],
    ["PRV-0229598", "PRV-0432383"],
    ["PRV-0229593", "PRV-0432388"],
  ])("keeps %j and %j apart although their 32-bit hashes collide", (first, second) => {
    expect(fnv1a32(first)).toBe(fnv1a32(second));
    const registry = new SkuRegistry();
    expect(registry.remember(first, 2)).toBe(0);
    expect(registry.remember(second, 3)).toBe(0);
    expect(registry.remember(second, 4)).toBe(3);
  });

  it("stays right after growing past 100,000 SKUs", () => {
    const registry = new SkuRegistry();
    const count = 100_000;
    const sku = (i: number): string => `PRV-${String(i).padStart(6, "0")}`;
    // Line i + 2: the header is line 1.
    const falseDuplicates: string[] = [];
    for (let i = 0; i < count; i++) if (registry.remember(sku(i), i + 2) !== 0) falseDuplicates.push(sku(i));
    expect(falseDuplicates).toEqual([]);
    for (const i of [0, 1, 4095, 4096, 4097, 50_000, 99_998, 99_999]) {
      expect(registry.remember(sku(i), count + 10)).toBe(i + 2);
    }
    const wrongLines: string[] = [];
    for (let i = 0; i < count; i += 997) if (registry.remember(sku(i), count + 20) !== i + 2) wrongLines.push(sku(i));
    expect(wrongLines).toEqual([]);
    // New SKUs close to the known ones are still new.
    for (const fresh of ["PRV-100000", "PRV-1000000", "prv-000001", "PRV-00001"]) {
      expect(registry.remember(fresh, count + 30)).toBe(0);
    }
  });

  // The expected count only sizes the table: a wrong guess, low or high, must not change an answer.
  it.each([
    ["sized for the file", 20_000],
    ["sized far too small", 10],
    ["sized far too large", 1_000_000],
  ])("gives the same answers when %s", (_name, expected) => {
    const registry = new SkuRegistry(expected);
    const sku = (i: number): string => `SAV-${i}`;
    const falseDuplicates = Array.from({ length: 20_000 }, (_, i) => registry.remember(sku(i), i + 2)).filter((line) => line !== 0);
    expect(falseDuplicates).toEqual([]);
    expect([0, 9_999, 19_999].map((i) => registry.remember(sku(i), 30_000))).toEqual([2, 10_001, 20_001]);
  });
});
