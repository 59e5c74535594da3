import { resolve } from "node:path";
import { decideExport, isExportAllowed } from "../domain/catalogue/channel-export.js";
import { assessProductReadiness, assessReadiness, type CatalogueReadiness, type Channel } from "../domain/catalogue/readiness.js";
import { EprovenceError } from "../domain/errors.js";
import { findExistingFiles, writeFilesAtomically } from "../io/atomic-write.js";
import { createExportTally, EXPORT_FILES, planExportFiles } from "../io/catalogue-export.js";
import { pictureStoreFolder } from "../io/picture-files.js";
import type { ExportReport } from "../io/reports/readiness.js";
import { findMerchant } from "../store/merchants.js";
import { SCHEMA_VERSION } from "../store/migrations/index.js";
import { findLatestProductUpdate, readProducts } from "../store/products.js";
import { readConsistently } from "../store/write.js";
import type { AppDeps } from "./deps.js";
import { rateOf } from "../domain/money.js";
import { withStoredPositiveList } from "./positive-list.js";

export type { ExportReport } from "../io/reports/readiness.js";

export interface ExportRequest {
  readonly merchantRef: string;
  readonly channel: Channel;
  /** The folder to write to; undefined with `isCheck` (nothing is written). */
  readonly out: string | undefined;
  readonly isCheck: boolean;
  /** 0–100: refuse when the catalogue's completeness is below it. */
  readonly minCompleteness: number | undefined;
  /**
   * Export the ready products when some are not: a flag's answer, or a question asked once the
   * readiness is known (the wizard asks "export the 3 ready ones?" only when it is a real choice).
   */
  readonly allowPartial: boolean | ((readiness: CatalogueReadiness) => Promise<boolean>);
  /** Refuse while some Chinese name is still a draft (`--require-reviewed-names`). */
  readonly requireReviewedNames: boolean;
  /** Replace the files of an earlier export in `out`. */
  readonly replace: boolean;
}

/**
 * `export`: the channel readiness of the stored catalogue, then — unless checking only, and when the
 * gate allows — the Tmall-ready files, all of them or none. The refusal is an answer in the report
 * (its verdict), not a failure; a failure is "could not do it" (unknown company, files in the way…).
 */
export async function exportCatalogue(deps: AppDeps, request: ExportRequest): Promise<ExportReport> {
  const out = request.out === undefined || request.isCheck ? undefined : resolve(deps.cwd, request.out);
  // Before any work: a script re-running an export learns at once that it needs to replace.
  if (out !== undefined && !request.replace) {
    const existing = findEarlierExport(out);
    if (existing.length > 0) throw new EprovenceError("output-exists", { path: out, files: existing.join(", ") });
  }
  const db = await deps.database.open({ mustExist: true });
  const settings = withStoredPositiveList(db, deps.settings);
  const merchant = findMerchant(db, request.merchantRef);
  // The products are read page by page, once per pass (the readiness, then the files): memory stays flat.
  const source = { products: readProducts(db, merchant.id), readiness: { postcodes: deps.postcodes(), settings } };
  const allowPartial = await decideAllowPartial(request.allowPartial, () => readConsistently(db, () => assessReadiness(source.products, source.readiness)));
  const gate = { allowPartial, minCompleteness: request.minCompleteness, requireReviewedNames: request.requireReviewedNames };
  // One snapshot for the readiness and the files: the report, the gate, the manifest and the files agree
  // even when an import runs meanwhile.
  const { readiness, verdict, written, labelsToComplete } = readConsistently(db, () => {
    // Counted in --check too: the report says which e-labels would have fields « 待补充 ».
    const exportTally = createExportTally(settings, source.readiness.postcodes);
    const current = assessReadiness(source.products, source.readiness, exportTally.add);
    const currentVerdict = decideExport(current, gate);
    const tally = exportTally.tally();
    if (out === undefined || !isExportAllowed(currentVerdict)) return { readiness: current, verdict: currentVerdict, written: undefined, labelsToComplete: tally.labelsToComplete };
    const files = planExportFiles(source, {
      merchant: { id: merchant.id, legalName: merchant.legalName, siren: merchant.siren, siret: merchant.siret },
      channel: request.channel,
      toolVersion: deps.toolVersion,
      databaseSchemaVersion: SCHEMA_VERSION,
      catalogueUpdatedAt: findLatestProductUpdate(db, merchant.id),
      settings,
      readiness: current,
      tally,
      allowPartial,
      minCompleteness: request.minCompleteness,
      requireReviewedNames: request.requireReviewedNames,
      t: deps.t,
      pictureStore: pictureStoreFolder(deps.database.path),
    });
    // The manifest goes last: whatever happens, a manifest never describes files that are not there.
    writeFilesAtomically(out, files, { replace: request.replace });
    return {
      readiness: current,
      verdict: currentVerdict,
      written: { out, files: files.digests(), exported: tally.exported, pictures: tally.pictures.length },
      labelsToComplete: tally.labelsToComplete,
    };
  });
  return {
    merchant: { id: merchant.id, legalName: merchant.legalName },
    readiness,
    products: readEach(source.products, (product) => assessProductReadiness(product, source.readiness)),
    minCompleteness: request.minCompleteness,
    requireReviewedNames: request.requireReviewedNames,
    isCheck: request.isCheck,
    verdict,
    written,
    labelsToComplete,
    rate: { value: rateOf(settings.eurCny.value), date: settings.eurCny.date },
  };
}

/**
 * `--allow-partial`'s answer, or the question's, asked only when it is a real choice (some products
 * ready, others not). The question is asked outside any snapshot (a prompt must not hold one); the
 * export then reads the catalogue again.
 */
async function decideAllowPartial(allowPartial: ExportRequest["allowPartial"], assess: () => CatalogueReadiness): Promise<boolean> {
  if (typeof allowPartial === "boolean") return allowPartial;
  const readiness = assess();
  const isPartialAChoice = readiness.readyCount > 0 && readiness.readyCount < readiness.total;
  return isPartialAChoice && (await allowPartial(readiness));
}

/** Each product's readiness, read again from the store whenever it is listed (the JSON report). */
function readEach<T, U>(items: Iterable<T>, map: (item: T) => U): Iterable<U> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield map(item);
    },
  };
}

/** The files of an earlier export already in `out` (the wizard asks before replacing them). */
export function findEarlierExport(out: string): string[] {
  return findExistingFiles(out, EXPORT_FILES);
}
