import { evaluateMerchant } from "../../../app/eligibility.js";
import { countProducts } from "../../../app/merchants.js";
import type { JsonValue } from "../../../app/onboarding.js";
import { nextSteps } from "../../../io/reports/eligibility.js";
import type { WizardStep } from "../context.js";

/** What was saved where, the verdict with the catalogue, and what to do next. Asks nothing. */
export const summaryStep: WizardStep = {
  id: "summary",
  async run(context) {
    const { t, style } = context;
    const merchant = await context.merchant();
    const results = context.session().results;
    const report = await evaluateMerchant(context.deps, String(merchant.id));
    const catalogue = record(results.catalogue);
    const fixes = record(results.fixes);
    const exported = record(results.export);
    const dossier = record(results.dossier);
    const drafted = Number(record(results.names)?.drafted ?? 0);
    const draftedIngredients = Number(record(results.names)?.ingredients ?? 0);
    const leftOut = Array.isArray(fixes?.leftOut) ? fixes.leftOut.map(String) : [];

    const out: string[] = [];
    out.push(style.heading(t.wizard("summaryTitle")));
    out.push(`  ${t.wizard("summaryDatabase", { path: context.databasePath })}`);
    out.push(`  ${t.wizard("summaryCompany", { id: merchant.id, legalName: merchant.legalName })}`);
    out.push(`  ${t.ui(`verdict_${report.result.verdict}`)}`);
    out.push(`  ${t.wizard("summaryCatalogue", { count: await countProducts(context.deps, merchant.id), file: String(catalogue?.file ?? "") })}`);
    if (typeof fixes?.file === "string") out.push(`  ${t.wizard("summaryCorrections", { count: Number(fixes.fixed ?? 0), path: fixes.file })}`);
    if (leftOut.length > 0) out.push(`  ${style.warning(t.wizard("summaryLeftOut", { count: leftOut.length, skus: leftOut.join(", ") }))}`);
    if (exported !== undefined) {
      out.push(`  ${exported.written === true ? t.wizard("summaryExport", { path: String(exported.out) }) : style.warning(t.wizard("summaryExportRefused", { path: String(exported.out) }))}`);
    }
    if (dossier !== undefined) out.push(`  ${t.wizard("summaryDossier", { path: String(dossier.out) })}`);
    out.push(`  ${style.dim(t.wizard("summarySession", { id: context.session().id }))}`);

    const steps = [
      ...(leftOut.length > 0 ? [t.wizard("nextFixRows", { merchant: merchant.id, file: String(catalogue?.file ?? "catalogue.csv") })] : []),
      ...(exported !== undefined && exported.written !== true ? [t.wizard("nextExport", { merchant: merchant.id })] : []),
      ...(drafted > 0 ? [t.wizard("nextReviewNames", { count: drafted })] : []),
      ...(draftedIngredients > 0 ? [t.wizard("nextReviewIngredients", { count: draftedIngredients })] : []),
      ...nextSteps(report.result, t, "person"),
      t.wizard("nextSend", { path: String(dossier?.out ?? "dossier.html") }),
    ];
    out.push("", style.heading(t.ui("nextSteps")));
    steps.forEach((step, index) => out.push(`  ${index + 1}. ${step}`));
    context.out(`${out.join("\n")}\n`);
    context.saveResults({ verdict: report.result.verdict });
  },
};

function record(value: JsonValue | undefined): Readonly<Record<string, JsonValue>> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Readonly<Record<string, JsonValue>>) : undefined;
}
