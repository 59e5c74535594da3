import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { merchantProfileSchema } from "../src/domain/company/profile.js";
import { EprovenceError } from "../src/domain/errors.js";
import { openDatabase } from "../src/store/database.js";
import { addMerchant } from "../src/store/merchants.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BIN = join(ROOT, "bin", "eprovence.js");

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly env?: Record<string, string | undefined>;
  readonly input?: string | Buffer;
  readonly cwd?: string;
}

/** Spawns the real binary as a CI job would: no terminal, no colour unless asked. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, CI: "true", LANG: "fr_FR.UTF-8", ...options.env };
    for (const key of ["FORCE_COLOR", "NO_COLOR", "EPROVENCE_LANG"]) if (!(options.env && key in options.env)) delete env[key];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }),
    );
    child.stdin.end(options.input ?? "");
  });
}

/**
 * The real binary with a minimal environment, as another user when `uid` is given (only root may ask:
 * chmod does not stop root, so read-only tests run as "nobody" to have the kernel enforce them).
 */
export function runCliAs(args: readonly string[], options: { readonly uid: number | undefined; readonly home: string; readonly cwd?: string; readonly env?: Record<string, string> }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
      env: { PATH: process.env.PATH ?? "", LANG: "fr_FR.UTF-8", CI: "true", HOME: options.home, ...options.env },
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

/** The company profile ../shared/contract-check uses (a micro firm in Marseille). */
export const CONTRACT_PROFILE = {
  legalName: "Savonnerie Contrat",
  siret: "81234567800013",
  postcode: "13001",
  headcount: 5,
  turnoverEur: 500000,
  balanceSheetEur: 200000,
  independent: true,
  brands: ["Contrat"],
  trademark: "registered",
};

/** Runs any command and resolves with its stdout (rejects on a non-zero exit). */
export function runCommand(file: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, [...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
}

/** A temporary folder removed after the test file. */
export function makeTempDir(prefix = "eprovence-test-"): { dir: string; write(name: string, content: string | Buffer): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** GS1 check digit appended to a 12-digit body: a valid EAN-13 for test rows. */
export function ean13(body12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body12[i]) * (i % 2 === 0 ? 1 : 3);
  return body12 + String((10 - (sum % 10)) % 10);
}

export const CATALOGUE_HEADER = ["sku", "name_fr", "name_zh", "brand", "category", "gtin", "hs_code", "origin_postcode", "shelf_life_months", "net_weight_g", "price_eur", "image_urls"];

/** A valid soap row, with any cell replaced. */
export function soapRow(sku: string, change: Partial<Record<string, string>> = {}): string[] {
  const row: Record<string, string> = {
    sku,
    name_fr: `Savon de Marseille ${sku} 100 g`,
    name_zh: "马赛皂",
    brand: "Savonnerie du Midi",
    category: "soap & cosmetics",
    gtin: ean13(`376000${String([...sku].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7) % 1_000_000).padStart(6, "0")}`),
    hs_code: "340111",
    origin_postcode: "13001",
    shelf_life_months: "36",
    net_weight_g: "100",
    price_eur: "4.90",
    image_urls: "https://img.example.com/savon.jpg",
    ...change,
  };
  return CATALOGUE_HEADER.map((field) => row[field] ?? "");
}

/** Comma-separated, quoted where needed, LF. */
export function toCsv(rows: readonly (readonly string[])[], delimiter = ","): string {
  const quote = (cell: string) => (/[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter)).join("\n") + "\n";
}

/** The EprovenceError `action` throws (any other error is rethrown; none thrown fails the test). */
export function failure(action: () => unknown): EprovenceError {
  try {
    action();
  } catch (error) {
    if (error instanceof EprovenceError) return error;
    throw error;
  }
  throw new Error("expected an EprovenceError");
}

/** The SIRET of the one company `createStoreWithCompany` registers (Savonnerie du Midi). */
export const MIDI_SIRET = "81234567800013";

/** A database at `path` with one company, Savonnerie du Midi, closed before any binary opens it. */
export function createStoreWithCompany(path: string): string {
  const db = openDatabase(path);
  try {
    addMerchant(db, merchantProfileSchema.parse({ legalName: "Savonnerie du Midi", siret: MIDI_SIRET }), new Date("2026-01-05T09:00:00Z"));
  } finally {
    db.close();
  }
  return path;
}
