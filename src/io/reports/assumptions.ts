import type { Assumption } from "../../domain/settings.js";
import { sourceIdOf, type SourceId, type SourceRef } from "../../domain/sources.js";

export type CitedAssumption<A extends Assumption> = Omit<A, "source"> & { readonly source: string; readonly sourceId: SourceId | null };

/**
 * An assumption as a JSON report prints it: `source` in words (the report's language; English in the
 * export manifest) and, beside it, `sourceId`, the id in SOURCES.md — null for a value the user gave.
 */
export function citeAssumption<A extends Assumption>(assumption: A, cite: (ref: SourceRef) => string): CitedAssumption<A> {
  return { ...assumption, source: cite(assumption.source), sourceId: sourceIdOf(assumption.source) };
}
