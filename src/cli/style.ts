import { Chalk } from "chalk";
import type { TextStyle } from "../io/reports/pretty.js";

/**
 * Colour only on a terminal; NO_COLOR turns it off and FORCE_COLOR on (https://no-color.org), for the
 * stream the text goes to.
 */
export function createTextStyle(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): TextStyle {
  const chalk = new Chalk({ level: colourLevel(isTTY, env) });
  return {
    error: (text) => chalk.red(text),
    warning: (text) => chalk.yellow(text),
    heading: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
    success: (text) => chalk.green(text),
  };
}

function colourLevel(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): 0 | 1 {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "0" && force !== "false") return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  return isTTY && env.TERM !== "dumb" ? 1 : 0;
}
