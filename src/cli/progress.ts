import type { Translator } from "../domain/messages/index.js";
import type { ReadProgress } from "../io/validate-catalogue.js";
import type { Io } from "./io.js";

/** How often the progress line is redrawn: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MS = 200;

export interface ProgressLine {
  readonly update: (progress: ReadProgress) => void;
  /** Erases the line before the report is printed. */
  readonly done: () => void;
}

/**
 * One self-rewriting line on stderr, only when stderr is a terminal and --quiet is off: pipes and CI
 * logs get no escape codes (STYLE.md habit 8).
 */
export function createProgressLine(io: Io, t: Translator, isQuiet: boolean): ProgressLine | undefined {
  if (!io.isStderrTTY || isQuiet) return undefined;
  const started = io.now().getTime();
  let lastDrawn = started;
  let drawn = false;
  const format = new Intl.NumberFormat(t.language === "fr" ? "fr-FR" : "en-GB");
  return {
    update({ bytesRead, totalBytes, rows }) {
      const now = io.now().getTime();
      if (now - lastDrawn < REDRAW_MS) return;
      lastDrawn = now;
      const percent = totalBytes ? `${Math.floor((bytesRead / totalBytes) * 100)} %` : `${format.format(Math.round(bytesRead / 1_048_576))} Mo`;
      const rate = format.format(Math.round((rows * 1000) / Math.max(1, now - started)));
      io.stderr.write(`\r\u001b[2K${t.ui("progress", { percent, rows: format.format(rows), rate })}`);
      drawn = true;
    },
    done() {
      if (drawn) io.stderr.write("\r\u001b[2K");
    },
  };
}
