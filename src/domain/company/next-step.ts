import type { Verdict } from "../eligibility/evaluate.js";

/**
 * What a company should do next, in one step, from what the portfolio knows of it: the catalogue first
 * (nothing can be judged without one), then a verdict that is current, then the gaps the export would
 * refuse, then the drafted Chinese names, and last the export itself.
 */
export const NEXT_STEPS = ["import-catalogue", "evaluate", "evaluate-again", "not-eligible", "complete-catalogue", "review-names", "export"] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

export interface CompanyProgress {
  readonly products: number;
  readonly ready: number;
  readonly draftNames: number;
  readonly verdict: Verdict | undefined;
  readonly isVerdictStale: boolean;
}

export function decideNextStep(progress: CompanyProgress): NextStep {
  if (progress.products === 0) return "import-catalogue";
  if (progress.verdict === undefined) return "evaluate";
  if (progress.isVerdictStale) return "evaluate-again";
  if (progress.verdict === "not-eligible") return "not-eligible";
  if (progress.ready < progress.products) return "complete-catalogue";
  if (progress.draftNames > 0) return "review-names";
  return "export";
}

/**
 * A verdict is to be redone when the profile, the catalogue or the rules changed after it: it judged
 * figures or products that are no longer the stored ones. ISO dates compare as text.
 */
export function isVerdictStale(verdict: { readonly evaluatedAt: string; readonly rulesVersion: string }, changes: { readonly rulesVersion: string; readonly changedAt: readonly (string | undefined)[] }): boolean {
  return verdict.rulesVersion !== changes.rulesVersion || changes.changedAt.some((at) => at !== undefined && at > verdict.evaluatedAt);
}
