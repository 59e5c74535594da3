import { homedir } from "node:os";
import { join } from "node:path";
import { isLanguage, type Language } from "../domain/messages/catalogue.js";

/** --lang, else EPROVENCE_LANG, else LANG, else French. */
export function resolveLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Language | undefined {
  if (flag !== undefined) return isLanguage(flag) ? flag : undefined;
  for (const candidate of [env.EPROVENCE_LANG, env.LANG?.slice(0, 2)]) {
    if (candidate !== undefined && isLanguage(candidate)) return candidate;
  }
  return "fr";
}

/** --db, else EPROVENCE_DB, else $XDG_DATA_HOME/eprovence/ or ~/.local/share/eprovence/. */
export function defaultDatabasePath(env: Readonly<Record<string, string | undefined>>): string {
  if (env.EPROVENCE_DB) return env.EPROVENCE_DB;
  const dataHome = env.XDG_DATA_HOME || join(env.HOME || homedir(), ".local", "share");
  return join(dataHome, "eprovence", "eprovence.db");
}
