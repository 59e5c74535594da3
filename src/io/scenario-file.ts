import type { Readable } from "node:stream";
import { EprovenceError } from "../domain/errors.js";
import { openInput } from "./input.js";

/**
 * Reads a `--scenario` JSON file ("-" for standard input). A missing or unreadable file fails like a
 * catalogue does; text that is not JSON fails with the parser's reason. The keys are checked by the
 * domain (`parseScenarioDocument`).
 */
export async function readScenarioFile(path: string, stdin: Readable): Promise<unknown> {
  const input = await openInput(path, stdin);
  const chunks: Buffer[] = [];
  for await (const chunk of input.chunks) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  const text = Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new EprovenceError("invalid-scenario", { path, detail: error instanceof Error ? error.message : String(error) });
  }
}
