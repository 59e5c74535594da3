import { readFileSync } from "node:fs";

/** The tool's version, from package.json (src/cli and dist/cli are both two folders below the root). */
export function readToolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
