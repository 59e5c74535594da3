// Build: the postcode index from the official commune list, then one ESM bundle of the CLI with a
// chunk per lazily loaded command (bundling cut module loading by about a quarter).
import { rename, rm } from "node:fs/promises";
import { build } from "esbuild";
import { buildGeoData } from "./build-geo-data.mjs";

await buildGeoData();
// Built aside, then swapped in: a test spawning bin/ while another build runs never finds dist/ half
// written (chunk names change with their content, so a half-replaced dist/ would not load).
const dist = new URL("../dist", import.meta.url);
const next = new URL(`../dist.next-${process.pid}`, import.meta.url);
const previous = new URL(`../dist.old-${process.pid}`, import.meta.url);
await rm(next, { recursive: true, force: true });
await build({
  // The workbook reader's worker thread is an entry of its own, found beside the chunks that start it.
  entryPoints: { main: "src/cli/main.ts", "workbook-worker": "src/io/workbook-worker.ts" },
  outdir: `dist.next-${process.pid}/cli`,
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
await rename(dist, previous).catch(() => undefined);
await rename(next, dist);
await rm(previous, { recursive: true, force: true });
