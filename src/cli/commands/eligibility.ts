import { evaluateMerchant, evaluateProfile, type EligibilityReport } from "../../app/eligibility.js";
import { EprovenceError } from "../../domain/errors.js";
import { writeEligibilityJson, writeEligibilityPretty } from "../../io/reports/eligibility.js";
import { readProfileFlags } from "../merchant-flags.js";
import { isSet, parseFormat, readMerchantRef, readPath, RESULT_FORMATS } from "../options.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";

/**
 * `eprovence eligibility --merchant <ref>` (the stored profile and catalogue; the verdict is stored
 * and compared with the last one) or `--profile profile.json [--catalogue file.csv]` (no database).
 * The verdict is an answer, "ok", unless `--gate` asks for "no" on "not-eligible".
 */
export async function runEligibility(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const merchantRef = readMerchantRef(options.merchant);
  const profilePath = readPath(options.profile);
  const cataloguePath = readPath(options.catalogue);
  if ((merchantRef === undefined) === (profilePath === undefined)) throw new EprovenceError("eligibility-subject", {});
  if (merchantRef !== undefined && cataloguePath !== undefined) throw new EprovenceError("eligibility-subject", {});

  const report: EligibilityReport =
    merchantRef !== undefined
      ? await evaluateMerchant(context.deps(), merchantRef)
      : await evaluateProfile(context.deps(), { profile: { ...readProfileFlags({}), fromPath: profilePath }, cataloguePath });
  io.stdout.write(format === "json" ? writeEligibilityJson(report, t) : writeEligibilityPretty(report, t, createTextStyle(io.isStdoutTTY, io.env), "command"));
  return isSet(options.gate) && report.result.verdict === "not-eligible" ? "no" : "ok";
}
