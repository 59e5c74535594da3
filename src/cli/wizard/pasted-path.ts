import { homedir } from "node:os";
import { fileURLToPath } from "node:url";

/**
 * A path as people give it to a terminal: typed, pasted, or dragged from the file manager — which
 * quotes it ('/Users/Mireille/Mes documents/catalogue.xlsx'), escapes its spaces (Mes\ documents), or
 * gives a file:// URL; with a `~` for the home folder, and trailing spaces. Returns the path itself.
 */
export function readPastedPath(text: string, home: string = homedir()): string {
  let path = text.trim();
  const quoted = path.match(/^(["'])(.*)\1$/s);
  if (quoted !== null) path = (quoted[2] ?? "").trim();
  else path = path.replace(/\\([^A-Za-z0-9])/g, "$1");
  if (/^file:\/\//i.test(path)) {
    try {
      return fileURLToPath(path);
    } catch {
      // not a file URL this system can read (another host): left as written, then "not found"
      return path;
    }
  }
  if (path === "~") return home;
  if (path.startsWith("~/")) return `${home}${path.slice(1)}`;
  return path;
}
