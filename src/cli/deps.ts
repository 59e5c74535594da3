import { createAppDeps, type AppDeps } from "../app/deps.js";
import { EprovenceError } from "../domain/errors.js";
import type { Translator } from "../domain/messages/index.js";
import type { Io } from "./io.js";
import { defaultDatabasePath } from "./settings.js";

/**
 * The use cases' deps for one command line: the database of `--db` (else EPROVENCE_DB, else the user's
 * data folder), the terminal's clock, folder and standard input, the spoken language.
 */
export function createCommandDeps(io: Io, t: Translator, toolVersion: string, db: string | undefined): AppDeps {
  return createAppDeps({
    now: io.now,
    cwd: io.cwd,
    stdin: io.stdin,
    t,
    databasePath: db ?? defaultDatabasePath(io.env),
    busyTimeoutMs: readBusyTimeout(io.env),
    streamMaxMb: readStreamMax(io.env),
    toolVersion,
  });
}

/**
 * EPROVENCE_BUSY_TIMEOUT_MS: how long to wait for another process's write lock before exit 2
 * "locked" (default 30 s). Scripts that prefer failing fast, and the tests, set it lower.
 */
function readBusyTimeout(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const text = env.EPROVENCE_BUSY_TIMEOUT_MS;
  if (text === undefined || text === "") return undefined;
  if (!/^\d{1,9}$/.test(text.trim())) throw new EprovenceError("invalid-option", { option: "EPROVENCE_BUSY_TIMEOUT_MS", value: text, expected: "0, 500, 30000… (milliseconds)" });
  return Number(text.trim());
}

/**
 * EPROVENCE_STREAM_MAX_MB: the most `import -` (or a pipe) reads before exit 2 "too large", in MB
 * (default 1,000); the data is copied to the temporary folder while it is imported.
 */
function readStreamMax(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const text = env.EPROVENCE_STREAM_MAX_MB;
  if (text === undefined || text === "") return undefined;
  if (!/^\d{1,7}$/.test(text.trim()) || Number(text.trim()) === 0) throw new EprovenceError("invalid-option", { option: "EPROVENCE_STREAM_MAX_MB", value: text, expected: "1, 500, 4000… (MB)" });
  return Number(text.trim());
}
