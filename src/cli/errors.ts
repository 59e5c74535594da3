import type { Outcome } from "./outcome.js";

/** The exit codes of the README: the only numbers `main` returns. */
export const EXIT = {
  ok: 0,
  no: 1,
  failed: 2,
  cancelled: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A command's outcome as its exit code. */
export const EXIT_OF_OUTCOME: Readonly<Record<Outcome, ExitCode>> = { ok: EXIT.ok, no: EXIT.no, failed: EXIT.failed };
