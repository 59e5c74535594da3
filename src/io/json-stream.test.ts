import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createJsonObjectWriter, writeProperties } from "./json-stream.js";

/** Writes `value` with the property `key` streamed item by item, as the export and its report do. */
function stream(value: Record<string, unknown>, key: string): string {
  let text = "";
  const writer = createJsonObjectWriter((piece) => (text += piece));
  for (const [name, item] of Object.entries(value)) {
    if (name !== key) {
      writer.property(name, item);
      continue;
    }
    const list = writer.list(name);
    for (const element of item as unknown[]) list.add(element);
    list.end();
  }
  writer.end();
  return text;
}

describe("createJsonObjectWriter: the bytes JSON.stringify(value, null, 2) gives, lists written item by item", () => {
  it("any object whose list holds anything JSON can hold", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.dictionary(fc.string(), fc.jsonValue()),
        (before, items, after) => {
          // `list` sits between the other properties; a property named like it would come first, so none is.
          const value = { ...strip(before), list: items, ...strip(after) };
          expect(stream(value, "list")).toBe(`${JSON.stringify(value, null, 2)}\n`);
        },
      ),
    );
  });

  it("an empty list and an empty object, as JSON.stringify writes them", () => {
    expect(stream({ a: 1, products: [], b: "x" }, "products")).toBe(`${JSON.stringify({ a: 1, products: [], b: "x" }, null, 2)}\n`);
    let text = "";
    createJsonObjectWriter((piece) => (text += piece)).end();
    expect(text).toBe("{}\n");
  });

  it("leaves an undefined property out, as JSON.stringify does", () => {
    let text = "";
    const writer = createJsonObjectWriter((piece) => (text += piece));
    writeProperties(writer, { a: 1, b: undefined, c: null });
    writer.end();
    expect(text).toBe(`${JSON.stringify({ a: 1, b: undefined, c: null }, null, 2)}\n`);
  });

  it("refuses a property while a list is still open (it would land inside the list)", () => {
    const writer = createJsonObjectWriter(() => undefined);
    writer.list("products");
    expect(() => writer.property("next", 1)).toThrow(/not ended/);
  });
});

/** Property keys other than `list`, and no "__proto__" (a spread would not copy it as JSON.stringify sees it). */
function strip(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "list" && key !== "__proto__"));
}
