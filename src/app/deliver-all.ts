import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { isExportAllowed } from "../domain/catalogue/channel-export.js";
import { deliveryNameOf } from "../domain/company/delivery-name.js";
import type { Merchant } from "../domain/company/merchant.js";
import { EprovenceError } from "../domain/errors.js";
import { toSystemFailure } from "../domain/system-failures.js";
import { toOutputError } from "../io/atomic-write.js";
import { listMerchants } from "../store/merchants.js";
import type { AppDeps } from "./deps.js";
import { buildDossier } from "./dossier.js";
import { exportCatalogue, type ExportReport, type ExportRequest } from "./export.js";

/**
 * `export --all` and `dossier --all`: the same job as for one company, done for every company of the
 * database in turn, each into its own `<SIREN>-<slug>` place under one folder. Each company keeps its
 * own gate and its own all-or-nothing write: one refused or failing company never stops the others.
 * Only what would fail the same way for every next company stops the run: the database itself
 * (locked, unreadable, full…).
 */

/** "checked": `--check`, and the gate would let the export through (nothing is written). */
export type DeliveryStatus = "written" | "checked" | "refused" | "failed";

export interface CompanyDelivery<R> {
  readonly merchant: Merchant;
  /** Where this company's export or dossier goes (absolute); undefined with `--check` (nothing goes anywhere). */
  readonly out: string | undefined;
  readonly status: DeliveryStatus;
  /** The use case's answer; undefined when it failed. */
  readonly result: R | undefined;
  readonly failure: EprovenceError | undefined;
}

export interface Delivery<R> {
  /** The folder everything went into (absolute); undefined with `--check`. */
  readonly out: string | undefined;
  readonly companies: readonly CompanyDelivery<R>[];
}

export interface ExportAllRequest extends Omit<ExportRequest, "merchantRef" | "allowPartial"> {
  readonly allowPartial: boolean;
}

export async function exportAll(deps: AppDeps, request: ExportAllRequest): Promise<Delivery<ExportReport>> {
  const root = request.isCheck || request.out === undefined ? undefined : resolve(deps.cwd, request.out);
  const merchants = listMerchants(await deps.database.open({ mustExist: true }));
  const companies: CompanyDelivery<ExportReport>[] = [];
  for (const merchant of merchants) {
    const out = root === undefined ? undefined : join(root, deliveryNameOf(merchant));
    companies.push(
      await deliverOne(deps, merchant, out, async () => {
        const report = await exportCatalogue(deps, { ...request, merchantRef: String(merchant.id), out });
        const status: DeliveryStatus = !isExportAllowed(report.verdict) ? "refused" : report.written === undefined ? "checked" : "written";
        return { result: report, status };
      }),
    );
  }
  return { out: root, companies };
}

export interface DossierAllRequest {
  readonly out: string;
  readonly replace: boolean;
}

export async function buildAllDossiers(deps: AppDeps, request: DossierAllRequest): Promise<Delivery<{ readonly path: string }>> {
  const root = resolve(deps.cwd, request.out);
  const merchants = listMerchants(await deps.database.open({ mustExist: true }));
  // The folder is made once: when it cannot be, no company's dossier can be written.
  if (merchants.length > 0) makeFolder(root);
  const companies: CompanyDelivery<{ readonly path: string }>[] = [];
  for (const merchant of merchants) {
    const out = join(root, `${deliveryNameOf(merchant)}.html`);
    companies.push(
      await deliverOne(deps, merchant, out, async () => {
        const result = await buildDossier(deps, { merchantRef: String(merchant.id), out, replace: request.replace });
        return { result: "path" in result ? result : { path: out }, status: "written" };
      }),
    );
  }
  return { out: root, companies };
}

/** One company's job: its failure is kept in its line, unless it concerns the database every company shares. */
async function deliverOne<R>(deps: AppDeps, merchant: Merchant, out: string | undefined, job: () => Promise<{ result: R; status: DeliveryStatus }>): Promise<CompanyDelivery<R>> {
  try {
    const { result, status } = await job();
    return { merchant, out, status, result, failure: undefined };
  } catch (caught) {
    const failure = toSystemFailure(caught, deps.database);
    if (failure === undefined || failure.code.startsWith("database-")) throw failure ?? caught;
    return { merchant, out, status: "failed", result: undefined, failure };
  }
}

function makeFolder(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw toOutputError(error, path);
  }
}

/** What the run says as a whole: every company done (ok), some refused (no), some not done (failed). */
export function summariseDelivery(companies: readonly CompanyDelivery<unknown>[]): { readonly [status in DeliveryStatus]: number } {
  const count = (status: DeliveryStatus) => companies.filter((company) => company.status === status).length;
  return { written: count("written"), checked: count("checked"), refused: count("refused"), failed: count("failed") };
}
