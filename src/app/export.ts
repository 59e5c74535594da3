import { resolve } from "node:path";
import { decideExport, isExportAllowed, planExportLines } from "../domain/catalogue/channel-export.js";
import { assessReadiness, type CatalogueReadiness, type Channel } from "../domain/catalogue/readiness.js";
import { EprovenceError } from "../domain/errors.js";
import { findExistingFiles, writeFilesAtomically } from "../io/atomic-write.js";
import { CATALOGUE_CSV, CATALOGUE_JSON, digestFile, MANIFEST_JSON, renderCatalogueCsv, renderCatalogueJson, renderManifest } from "../io/catalogue-export.js";
import type { ExportReport } from "../io/reports/readiness.js";
import { findMerchant } from "../store/merchants.js";
import { SCHEMA_VERSION } from "../store/migrations/index.js";
import { findLatestProductUpdate, listProducts } from "../store/products.js";
import type { AppDeps } from "./deps.js";
import { rateOf } from "../domain/money.js";

export type { ExportReport } from "../io/reports/readiness.js";

/** The files of an export, in the order they are moved into place (the manifest last). */
export const EXPORT_FILES = [CATALOGUE_CSV, CATALOGUE_JSON, MANIFEST_JSON] as const;

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
  const { settings } = deps;
  const db = await deps.database.open({ mustExist: true });
  const merchant = findMerchant(db, request.merchantRef);
  const products = listProducts(db, merchant.id);
  const readiness = assessReadiness(products, { postcodes: deps.postcodes(), settings });
  const isPartialAChoice = readiness.readyCount > 0 && readiness.readyCount < readiness.total;
  const allowPartial = typeof request.allowPartial === "boolean" ? request.allowPartial : isPartialAChoice && (await request.allowPartial(readiness));
  const verdict = decideExport(readiness, { allowPartial, minCompleteness: request.minCompleteness });
  let written: ExportReport["written"];
  if (out !== undefined && isExportAllowed(verdict)) {
    const lines = planExportLines(products, readiness, settings);
    const catalogue = [
      { name: CATALOGUE_CSV, content: renderCatalogueCsv(lines) },
      { name: CATALOGUE_JSON, content: renderCatalogueJson(lines, { channel: request.channel, settings }) },
    ];
    const manifest = {
      name: MANIFEST_JSON,
      content: renderManifest(catalogue, {
        merchant: { id: merchant.id, legalName: merchant.legalName, siren: merchant.siren, siret: merchant.siret },
        channel: request.channel,
        toolVersion: deps.toolVersion,
        databaseSchemaVersion: SCHEMA_VERSION,
        catalogueUpdatedAt: findLatestProductUpdate(db, merchant.id),
        settings,
        readiness,
        lines,
        allowPartial,
        minCompleteness: request.minCompleteness,
      }),
    };
    // The manifest goes last: whatever happens, a manifest never describes files that are not there.
    const files = [...catalogue, manifest];
    writeFilesAtomically(out, files, { replace: request.replace });
    written = { out, files: files.map(digestFile), exported: lines.length };
  }
  return {
    merchant: { id: merchant.id, legalName: merchant.legalName },
    readiness,
    minCompleteness: request.minCompleteness,
    isCheck: request.isCheck,
    verdict,
    written,
    rate: { value: rateOf(settings.eurCny.value), date: settings.eurCny.date },
  };
}

/** The files of an earlier export already in `out` (the wizard asks before replacing them). */
export function findEarlierExport(out: string): string[] {
  return findExistingFiles(out, EXPORT_FILES);
}
