import type { Database } from "better-sqlite3";
import type { PositiveList } from "../domain/catalogue/positive-list.js";
import { write } from "./write.js";

/** The CBEC positive list the consultant loaded: one at a time, replaced whole by a new import. */

export interface PositiveListSummary {
  readonly edition: string;
  readonly source: string;
  readonly importedAt: string;
  readonly count: number;
}

/** Replaces the stored list (and its lines) in one transaction: the old list stays if anything fails. */
export function replacePositiveList(db: Database, list: PositiveList): PositiveListSummary {
  return write(db, () => {
    db.prepare("DELETE FROM positive_list_lines").run();
    db.prepare("DELETE FROM positive_list").run();
    db.prepare("INSERT INTO positive_list (id, edition, source, imported_at) VALUES (1, ?, ?, ?)").run(list.edition, list.source, list.importedAt);
    const insert = db.prepare("INSERT INTO positive_list_lines (code) VALUES (?)");
    for (const code of list.lines) insert.run(code);
    return { edition: list.edition, source: list.source, importedAt: list.importedAt, count: list.lines.size };
  });
}

export function readPositiveListSummary(db: Database): PositiveListSummary | undefined {
  const row = db.prepare("SELECT edition, source, imported_at AS importedAt, (SELECT count(*) FROM positive_list_lines) AS count FROM positive_list WHERE id = 1").get() as
    | PositiveListSummary
    | undefined;
  return row;
}

/** The stored list with its lines, for the rules; undefined when none was loaded. */
export function readPositiveList(db: Database): PositiveList | undefined {
  const summary = readPositiveListSummary(db);
  if (summary === undefined) return undefined;
  const lines = new Set(db.prepare("SELECT code FROM positive_list_lines").pluck().all() as string[]);
  return { edition: summary.edition, source: summary.source, importedAt: summary.importedAt, lines };
}
