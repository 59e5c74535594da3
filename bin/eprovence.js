#!/usr/bin/env node
// Shim: run the compiled CLI and hand its exit code to Node. Everything else lives in src/cli/main.ts.
import { run } from "../dist/cli/main.js";

process.exitCode = await run(process.argv.slice(2));
