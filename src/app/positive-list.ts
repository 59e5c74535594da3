import type { Database } from "better-sqlite3";
import type { CatalogueSettings } from "../domain/settings.js";
import { readPositiveList, readPositiveListSummary, replacePositiveList, type PositiveListSummary } from "../store/positive-list.js";
import type { AppDeps } from "./deps.js";
import { readPositiveListFile, type PositiveListRequest } from "./positive-list-file.js";

export type { PositiveListSummary } from "../store/positive-list.js";
export type { PositiveListRequest } from "./positive-list-file.js";

/** `data positive-list import FILE`: the file is read and judged first; only then does it replace the stored list. */
export async function importPositiveList(deps: AppDeps, request: PositiveListRequest): Promise<PositiveListSummary> {
  const list = await readPositiveListFile(deps, request);
  const db = await deps.database.open();
  return replacePositiveList(db, list);
}

/** `data positive-list show`: the loaded list, or undefined (a fresh machine: no file is created). */
export async function showPositiveList(deps: AppDeps): Promise<PositiveListSummary | undefined> {
  const db = await deps.database.openIfExists();
  return db === undefined ? undefined : readPositiveListSummary(db);
}

/** The settings with the stored list, when one was loaded: the rules read it from their context. */
export function withStoredPositiveList(db: Database, settings: CatalogueSettings): CatalogueSettings {
  const positiveList = readPositiveList(db);
  return positiveList === undefined ? settings : { ...settings, positiveList };
}
