import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { EprovenceError } from "../domain/errors.js";
import { writeFileAtomically } from "../io/atomic-write.js";
import { renderPortfolioPage, type PortfolioPage } from "../io/dossier/portfolio.js";
import type { Database } from "better-sqlite3";
import { catalogueCompleteness } from "../domain/catalogue/readiness.js";
import { normaliseColumnName } from "../domain/company/profile-columns.js";
import { decideNextStep, isVerdictStale, type NextStep } from "../domain/company/next-step.js";
import type { Merchant } from "../domain/company/merchant.js";
import { classifySme, type EligibilityResult, type Verdict } from "../domain/eligibility/evaluate.js";
import type { SmeCategory } from "../domain/eligibility/rules.js";
import { RULES_VERSION } from "../domain/eligibility/rules.js";
import { latestVerdict } from "../store/documents.js";
import { findLatestImport } from "../store/imports.js";
import { listMerchants } from "../store/merchants.js";
import { restampReadiness, tallyCatalogue, tallyCatalogues, type CatalogueTally } from "../store/products.js";
import { readConsistently, write } from "../store/write.js";
import type { AppDeps } from "./deps.js";
import { companyFactsOf } from "./eligibility.js";
import { createReadinessStamp, type ReadinessStamp } from "./stored-readiness.js";

/**
 * `portfolio`: every company of the database at a glance, for the consultant who follows dozens —
 * its size, its latest verdict (and whether it is to be redone), its catalogue's readiness for the
 * channel, its drafted Chinese names, its latest import and what to do next. Reads only, but for
 * assessing again the stored readiness of products assessed on another basis (see stored-readiness).
 */

export const PORTFOLIO_SORTS = ["name", "completeness", "updated"] as const;
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];
/** `--verdict`: a verdict, "none" (never evaluated) or "stale" (to be redone). */
export const PORTFOLIO_VERDICT_FILTERS = ["eligible", "eligible-with-conditions", "not-eligible", "none", "stale"] as const;
export type PortfolioVerdictFilter = (typeof PORTFOLIO_VERDICT_FILTERS)[number];

export interface PortfolioRequest {
  readonly verdict: PortfolioVerdictFilter | undefined;
  /** Only the companies whose completeness is below this (0–100). */
  readonly below: number | undefined;
  /** Text found in the name, the SIREN or SIRET, or a brand (case and accents ignored). */
  readonly search: string | undefined;
  readonly sort: PortfolioSort;
}

export interface PortfolioLine {
  readonly merchant: Merchant;
  readonly smeCategory: SmeCategory | "none" | null;
  readonly verdict: { readonly verdict: Verdict; readonly evaluatedAt: string; readonly isStale: boolean } | undefined;
  readonly products: number;
  readonly ready: number;
  readonly completeness: number;
  readonly draftNames: number;
  readonly lastImport: { readonly id: number; readonly fileName: string; readonly at: string; readonly status: "imported" | "failed" } | undefined;
  /** The latest change to the company: its profile, its catalogue or an import. */
  readonly updatedAt: string;
  readonly nextStep: NextStep;
}

export async function listPortfolio(deps: AppDeps, request: PortfolioRequest): Promise<PortfolioLine[]> {
  const db = await deps.database.openIfExists();
  if (db === undefined) return [];
  const tallies = readCurrentTallies(db, createReadinessStamp(db, deps));
  const lines = listMerchants(db).map((merchant): PortfolioLine => {
    const tally = tallies.get(merchant.id) ?? EMPTY_TALLY;
    const completeness = catalogueCompleteness(tally.metWeight, tally.products);
    const stored = latestVerdict<EligibilityResult>(db, merchant.id);
    const latestImport = findLatestImport(db, merchant.id);
    const productsAt = tally.latestUpdate;
    const importedAt = latestImport?.status === "imported" ? latestImport.finishedAt : undefined;
    const verdict =
      stored === undefined
        ? undefined
        : {
            verdict: stored.result.verdict,
            evaluatedAt: stored.evaluatedAt,
            isStale: isVerdictStale(stored, { rulesVersion: RULES_VERSION, changedAt: [merchant.updatedAt, productsAt, importedAt] }),
          };
    const updatedAt = [merchant.updatedAt, productsAt, latestImport?.finishedAt].reduce<string>((latest, at) => (at !== undefined && at > latest ? at : latest), merchant.createdAt);
    return {
      merchant,
      smeCategory: classifySme(companyFactsOf(merchant)),
      verdict,
      products: tally.products,
      ready: tally.ready,
      completeness,
      draftNames: tally.draftNames,
      lastImport: latestImport && { id: latestImport.id, fileName: latestImport.fileName, at: latestImport.finishedAt, status: latestImport.status },
      updatedAt,
      nextStep: decideNextStep({ products: tally.products, ready: tally.ready, draftNames: tally.draftNames, verdict: verdict?.verdict, isVerdictStale: verdict?.isStale ?? false }),
    };
  });
  return sortLines(lines.filter((line) => matches(line, request)), request.sort);
}

const EMPTY_TALLY: CatalogueTally = { products: 0, ready: 0, metWeight: 0, draftNames: 0, isStale: false, latestUpdate: undefined };

/**
 * Every company's catalogue summed from the stored readiness, in one pass; a company with products
 * assessed on another basis (the settings, the list or the profile changed, or a database from before
 * version 9) is assessed again first — one transaction per company — so no figure is ever stale.
 */
function readCurrentTallies(db: Database, stamp: ReadinessStamp): Map<number, CatalogueTally> {
  const tallies = readConsistently(db, () => tallyCatalogues(db, stamp.basis));
  for (const [merchantId, tally] of tallies) {
    if (!tally.isStale) continue;
    tallies.set(
      merchantId,
      write(db, () => {
        restampReadiness(db, merchantId, stamp);
        return tallyCatalogue(db, merchantId, stamp.basis);
      }),
    );
  }
  return tallies;
}

function matches(line: PortfolioLine, request: PortfolioRequest): boolean {
  if (request.below !== undefined && line.completeness >= request.below) return false;
  if (request.verdict !== undefined) {
    const filter = request.verdict;
    if (filter === "none" ? line.verdict !== undefined : filter === "stale" ? line.verdict?.isStale !== true : line.verdict?.verdict !== filter) return false;
  }
  if (request.search !== undefined) {
    const wanted = normaliseColumnName(request.search);
    const { merchant } = line;
    const haystack = [merchant.legalName, merchant.siren, merchant.siret ?? "", ...merchant.brands].map(normaliseColumnName);
    if (wanted !== "" && !haystack.some((text) => text.includes(wanted))) return false;
  }
  return true;
}

function sortLines(lines: PortfolioLine[], sort: PortfolioSort): PortfolioLine[] {
  const byName = (a: PortfolioLine, b: PortfolioLine) => a.merchant.legalName.localeCompare(b.merchant.legalName, "fr", { sensitivity: "base" }) || a.merchant.id - b.merchant.id;
  const compare: Record<PortfolioSort, (a: PortfolioLine, b: PortfolioLine) => number> = {
    name: byName,
    // The companies furthest from the export first.
    completeness: (a, b) => a.completeness - b.completeness || byName(a, b),
    // The latest activity first.
    updated: (a, b) => (a.updatedAt === b.updatedAt ? byName(a, b) : a.updatedAt < b.updatedAt ? 1 : -1),
  };
  return [...lines].sort(compare[sort]);
}

export type { PortfolioPage };

export interface PortfolioPageRequest {
  readonly out: string;
  readonly replace: boolean;
  /** The table as worded for the terminal: the page says the same. */
  readonly page: Omit<PortfolioPage, "generatedAt" | "toolVersion">;
}

/** `portfolio --out portfolio.html`: the page written whole (an existing one kept unless `replace`). */
export function writePortfolioPage(deps: AppDeps, request: PortfolioPageRequest): { readonly path: string } {
  const path = resolve(deps.cwd, request.out);
  if (!request.replace && existsSync(path)) throw new EprovenceError("output-exists", { path });
  writeFileAtomically(path, renderPortfolioPage({ ...request.page, generatedAt: deps.now(), toolVersion: deps.toolVersion }, deps.t), { replace: request.replace });
  return { path };
}
