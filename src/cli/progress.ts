import { basename } from "node:path";
import type { Translator } from "../domain/messages/index.js";
import type { ReadProgress } from "../app/catalogue.js";
import type { Io } from "./io.js";

/** How often the progress line is redrawn: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MS = 200;

export interface ProgressLine {
  /** `file` names the file being read when there are several (import). */
  readonly update: (progress: ReadProgress, file?: string) => void;
  /** Erases the line before the report is printed. */
  readonly done: () => void;
}

/**
 * One self-rewriting line on stderr, only when stderr is a terminal and --quiet is off: pipes and CI
 * logs get no escape codes.
 */
export function createProgressLine(io: Io, t: Translator, isQuiet: boolean): ProgressLine | undefined {
  if (!io.isStderrTTY || isQuiet) return undefined;
  let started = io.now().getTime();
  let currentFile: string | undefined;
  let lastDrawn = started;
  let drawn = false;
  return {
    update({ bytesRead, totalBytes, rows }, file) {
      const now = io.now().getTime();
      if (file !== currentFile) {
        // Rates and time left are per file: each file starts its own clock.
        currentFile = file;
        started = now;
      }
      if (now - lastDrawn < REDRAW_MS) return;
      lastDrawn = now;
      const elapsed = Math.max(1, now - started);
      const percent = totalBytes ? `${Math.floor((bytesRead / totalBytes) * 100)} %` : `${t.number(Math.round(bytesRead / 1_048_576), 0)} Mo`;
      const rate = t.number(Math.round((rows * 1000) / elapsed), 0);
      let text: string;
      if (file === undefined) {
        text = t.ui("progress", { percent, rows: t.number(rows, 0), rate });
      } else {
        const secondsLeft = totalBytes && bytesRead > 0 ? Math.round(((totalBytes - bytesRead) * elapsed) / bytesRead / 1000) : undefined;
        const eta = secondsLeft === undefined ? "?" : secondsLeft >= 60 ? `${Math.floor(secondsLeft / 60)} min ${secondsLeft % 60} s` : `${secondsLeft} s`;
        text = t.ui("progressFile", { file: basename(file), percent, rows: t.number(rows, 0), rate, eta });
      }
      io.stderr.write(`\r\u001b[2K${text}`);
      drawn = true;
    },
    done() {
      if (drawn) io.stderr.write("\r\u001b[2K");
    },
  };
}
