import { parentPort, workerData } from "node:worker_threads";
import { runWorkbookWorker, type WorkerInput } from "./workbook-stream.js";

/**
 * The worker thread that reads a workbook's catalogue sheet (see workbook-stream.ts). Built as its
 * own entry beside the CLI's (scripts/build.mjs): dist/cli/workbook-worker.js.
 */
if (parentPort !== null) await runWorkbookWorker(workerData as WorkerInput, parentPort);
