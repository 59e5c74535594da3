import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * `npm test` builds first (pretest); a bare `npx vitest` after editing the sources would test a stale
 * bundle, so build when the bundle or the postcode index is missing.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  if (!existsSync(`${root}/dist/cli/main.js`) || !existsSync(`${root}/generated/postcodes.json`)) {
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });
  }
}
