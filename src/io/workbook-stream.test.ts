import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without types
import { buildXlsx } from "../../scripts/workbook-builder.mjs";
import { EprovenceError } from "../domain/errors.js";
import type { WorkbookRow } from "./workbook-parts.js";
import { readWorkbookRows } from "./workbook-reader.js";
import { openWorkbookStream, produceWorkbookMessages, unpackRows, type WorkbookMessage } from "./workbook-stream.js";

type Cell = string | number | { e: string } | { f: string };
const build = buildXlsx as (sheets: { name: string; rows: Cell[][]; merges?: string[]; hiddenRows?: number[] }[]) => Promise<Buffer>;

const HEADER = ["sku", "name_fr", "brand", "price_eur", "stock"];

/** Every message of a reading, with each batch's rows unpacked. */
async function messagesOf(bytes: Buffer): Promise<(Exclude<WorkbookMessage, { kind: "rows" }> | { kind: "rows"; rows: WorkbookRow[] })[]> {
  const messages: (Exclude<WorkbookMessage, { kind: "rows" }> | { kind: "rows"; rows: WorkbookRow[] })[] = [];
  await produceWorkbookMessages(bytes, { displayName: "catalogue.xlsx" }, (message) => {
    if (message.kind !== "rows") {
      messages.push(message);
      return;
    }
    const rows: WorkbookRow[] = [];
    unpackRows(message.batch, (row) => void rows.push(row));
    messages.push({ kind: "rows", rows });
  });
  return messages;
}

describe("a workbook's rows, in batches for the checks", () => {
  it("brings the very rows the reader reads — lines, cells, the cells showing no data — batch after batch, then where the catalogue was found", async () => {
    const rows: Cell[][] = [["Catalogue 2026"], [], HEADER];
    for (let index = 1; index <= 2500; index++) rows.push([`SAV-${index}`, `Savon ${index}`, "Savonnerie du Midi", index % 500 === 0 ? { e: "#N/A" } : "4,90", index % 700 === 0 ? { f: "B2*2" } : index]);
    const bytes = await build([{ name: "Produits", rows, hiddenRows: [10] }]);
    const expected = await readWorkbookRows(bytes, { displayName: "catalogue.xlsx" });
    const messages = await messagesOf(bytes);
    expect(messages.map((message) => message.kind)).toEqual(["sheet", "rows", "rows", "rows", "done"]);
    expect(messages[0]).toEqual({ kind: "sheet", sheet: "Produits" });
    expect(messages.flatMap((message) => (message.kind === "rows" ? message.rows : []))).toEqual(expected.rows);
    expect(messages.at(-1)).toEqual({ kind: "done", source: { format: "xlsx", sheet: "Produits", headerLine: 3, hiddenRows: 1 } });
    // The cells that show no data come over with their row.
    const unreadable = expected.rows.filter((row) => row.unreadable !== undefined);
    expect(unreadable.map((row) => [row.line, [...(row.unreadable ?? new Map()).entries()]])).toEqual([
      [503, [[3, { code: "cell-error", value: "#N/A" }]]],
      [703, [[4, { code: "formula-not-computed", value: "=B2*2" }]]],
      [1003, [[3, { code: "cell-error", value: "#N/A" }]]],
      [1403, [[4, { code: "formula-not-computed", value: "=B2*2" }]]],
      [1503, [[3, { code: "cell-error", value: "#N/A" }]]],
      [2003, [[3, { code: "cell-error", value: "#N/A" }]]],
      [2103, [[4, { code: "formula-not-computed", value: "=B2*2" }]]],
      [2503, [[3, { code: "cell-error", value: "#N/A" }]]],
    ]);
  });

  it("an .xlsx header merged across columns starts the sheet afresh: the sheet is said again, then its rows read with the merge known", async () => {
    const bytes = await build([{ name: "Produits", merges: ["D1:E1"], rows: [["sku", "name_fr", "brand", "Prix HT (€)", "Prix HT (€)", "stock"], ["SAV-1", "Savon", "Savonnerie du Midi", "", "5,20", 10]] }]);
    const messages = await messagesOf(bytes);
    expect(messages.map((message) => message.kind)).toEqual(["sheet", "sheet", "rows", "done"]);
    const last = messages[2];
    expect(last?.kind === "rows" ? last.rows.map((row) => row.cells) : undefined).toEqual([
      ["sku", "name_fr", "brand", "Prix HT (€)", "", "stock"],
      ["SAV-1", "Savon", "Savonnerie du Midi", "5,20", "", "10"],
    ]);
  });

  it("a failure is the reading's last message, with the error's code and parameters", async () => {
    expect(await messagesOf(Buffer.from("PK\u0003\u0004 not a zip at all"))).toEqual([{ kind: "failed", code: "workbook-unreadable", params: { path: "catalogue.xlsx", reason: "corrupt" } }]);
    const bytes = await build([{ name: "Produits", rows: [HEADER] }]);
    await expect(produceWorkbookMessages(bytes, { displayName: "catalogue.xlsx", sheet: "Tarifs" }, () => undefined)).resolves.toBeUndefined();
  });

  it("opened, a workbook that cannot be read is refused with the reader's own error, before any row; one that can is taken message by message", async () => {
    const refused = await openWorkbookStream(Buffer.from("PK\u0003\u0004 not a zip at all"), { displayName: "catalogue.xlsx" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(EprovenceError);
    expect(refused).toMatchObject({ code: "workbook-unreadable", params: { path: "catalogue.xlsx", reason: "corrupt" } });
    const noSuchSheet = await openWorkbookStream(await build([{ name: "Produits", rows: [HEADER] }]), { displayName: "catalogue.xlsx", sheet: "Tarifs" }).catch((error: unknown) => error);
    expect(noSuchSheet).toMatchObject({ code: "sheet-not-found", params: { path: "catalogue.xlsx", sheet: "Tarifs" } });

    const stream = await openWorkbookStream(await build([{ name: "Produits", rows: [HEADER, ["SAV-1", "Savon", "Savonnerie du Midi", "4,90", 10]] }]), { displayName: "catalogue.xlsx" });
    expect(stream.sheet).toBe("Produits");
    expect(stream.next().kind).toBe("rows");
    expect(stream.next()).toEqual({ kind: "done", source: { format: "xlsx", sheet: "Produits", headerLine: 1, hiddenRows: 0 } });
    stream.close();
  });
});
