// Build: the postcode index from the official commune list, then one ESM bundle of the CLI with a
// chunk per lazily loaded command (PERFORMANCE.md: bundling cut module loading by about a quarter).
import { rm } from "node:fs/promises";
import { build } from "esbuild";
import { buildGeoData } from "./build-geo-data.mjs";

await buildGeoData();
await rm(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ["src/cli/main.ts"],
  outdir: "dist/cli",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  chunkNames: "[name]-[hash]",
  // CommonJS dependencies (iconv-lite) call require(); give the ESM bundle one.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  // A native addon: loaded from node_modules at run time, and only by the commands that use the store.
  external: ["better-sqlite3"],
  logLevel: "warning",
});
