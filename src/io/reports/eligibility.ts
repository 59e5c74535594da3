import type { EligibilityResult, RuleChange, RuleResult, RuleStatus } from "../../domain/eligibility/evaluate.js";
import { RULES } from "../../domain/eligibility/rules.js";
import type { MessageParams } from "../../domain/errors.js";
import type { Translator } from "../../domain/messages/index.js";
import type { TextStyle } from "./pretty.js";
import type { ReportAudience } from "./render.js";

/**
 * The eligibility verdict as JSON (verdict, smeCategory, rules[{ id, status, message, figures, source, sourceId }];
 * `source` in the report's language, `sourceId` the main source in SOURCES.md) and as a checklist.
 */

export interface EligibilityReport {
  readonly result: EligibilityResult;
  /** The company the verdict is about (legal name or file). */
  readonly subject: string;
  /** Changes since the last stored verdict; undefined when there was none (or nothing is stored). */
  readonly changes: readonly RuleChange[] | undefined;
  readonly previous: { readonly verdict: string; readonly evaluatedAt: string; readonly rulesVersion: string } | undefined;
}

/** Figures as message parameters: null becomes "", booleans words the messages do not need. */
export function toParams(figures: RuleResult["figures"]): MessageParams {
  return Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, value === null ? "" : typeof value === "boolean" ? String(value) : value]));
}

export function writeEligibilityJson(report: EligibilityReport, t: Translator): string {
  const { result } = report;
  const language = t.language;
  const json = {
    verdict: result.verdict,
    smeCategory: result.smeCategory,
    rulesVersion: result.rulesVersion,
    evaluatedOn: result.evaluatedOn,
    subject: report.subject,
    rules: result.rules.map((rule) => ({
      id: rule.id,
      version: rule.version,
      status: rule.status,
      outcome: rule.outcome,
      statement: RULES[rule.id].statement[language],
      message: t.outcome(rule.outcome, toParams(rule.figures)),
      hint: rule.status === "pass" ? null : ruleHint(rule, t, "command"),
      figures: rule.figures,
      products: rule.products.map((product) => ({ sku: product.sku, reason: product.reason, explanation: t.productReason(product.reason) })),
      source: t.cite(rule.source),
      sourceId: rule.source.id,
      date: RULES[rule.id].date,
    })),
    nextSteps: nextSteps(result, t, "command"),
    previous: report.previous ?? null,
    changes: report.changes ?? null,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The verdict's next steps, blockers first (shared with the HTML dossier). */
export function nextSteps(result: EligibilityResult, t: Translator, audience: ReportAudience): string[] {
  // Blockers first, then conditions to meet, then what to check.
  const order: Record<RuleStatus, number> = { fail: 0, warn: 1, unknown: 2, pass: 3 };
  const steps = [...result.rules]
    .filter((rule) => rule.status !== "pass")
    .sort((a, b) => order[a.status] - order[b.status])
    .map((rule) => ruleHint(rule, t, audience));
  // Without a catalogue the four product rules share one step ("import your catalogue"): say it once.
  return [...new Set(steps)];
}

/** What to do about a rule, with the command that does it for a command's reader (« … (eprovence merchant update --postcode …) »). */
export function ruleHint(rule: RuleResult, t: Translator, audience: ReportAudience): string {
  const hint = t.outcomeHint(rule.outcome, toParams(rule.figures));
  const action = audience === "command" ? t.outcomeAction(rule.outcome) : undefined;
  return action === undefined ? hint : t.ui("hintWithAction", { hint, action });
}

/** How many failing products a checklist shows per rule before "… and N more" (the JSON lists all). */
const PRODUCTS_SHOWN = 10;

export function writeEligibilityPretty(report: EligibilityReport, t: Translator, style: TextStyle, audience: ReportAudience): string {
  const { result } = report;
  const out: string[] = [];
  const verdictStyle = result.verdict === "eligible" ? style.success : result.verdict === "not-eligible" ? style.error : style.warning;
  out.push(style.heading(t.ui("eligibilityTitle", { subject: report.subject })));
  out.push(verdictStyle(t.ui(`verdict_${result.verdict}`)));
  out.push("");
  const marks: Record<RuleStatus, string> = { pass: style.success("✔"), warn: style.warning("⚠"), fail: style.error("✖"), unknown: style.dim("?") };
  for (const rule of result.rules) {
    out.push(`${marks[rule.status]} ${t.outcome(rule.outcome, toParams(rule.figures))}`);
    for (const product of rule.products.slice(0, PRODUCTS_SHOWN)) out.push(`    • ${t.ui("labelled", { label: product.sku, text: t.productReason(product.reason) })}`);
    if (rule.products.length > PRODUCTS_SHOWN) out.push(style.dim(`    ${t.ui("andMore", { count: rule.products.length - PRODUCTS_SHOWN })}`));
    out.push(style.dim(`    ${t.ui("ruleSource", { source: t.cite(rule.source) })}`));
  }
  const steps = nextSteps(result, t, audience);
  if (steps.length > 0) {
    out.push("", style.heading(t.ui("nextSteps")));
    steps.forEach((step, index) => out.push(`  ${index + 1}. ${step}`));
  }
  if (report.previous !== undefined && report.changes !== undefined) {
    out.push("");
    if (report.changes.length === 0) {
      out.push(style.dim(t.ui("eligibilityUnchanged", { date: t.date(report.previous.evaluatedAt.slice(0, 10)) })));
    } else {
      out.push(style.heading(t.ui("eligibilityChanges", { date: t.date(report.previous.evaluatedAt.slice(0, 10)), verdict: t.ui(`verdict_${report.previous.verdict}` as "verdict_eligible") })));
      // A change is said by the rule's outcome today, its marks before and now: no rule id for a person to decode.
      for (const change of report.changes) {
        const rule = result.rules.find((candidate) => candidate.id === change.id);
        const text = rule === undefined ? "" : ` ${t.outcome(rule.outcome, toParams(rule.figures))}`;
        out.push(`  ${change.from === undefined ? "—" : marks[change.from]} → ${marks[change.to]}${text}`);
      }
    }
  }
  out.push("", style.dim(t.ui("rulesVersion", { version: result.rulesVersion, date: t.date(result.evaluatedOn) })));
  return `${out.join("\n")}\n`;
}
