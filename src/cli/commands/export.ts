import { exportAll } from "../../app/deliver-all.js";
import { exportCatalogue } from "../../app/export.js";
import { countDraftNames, isBelowMinimum, isExportAllowed } from "../../domain/catalogue/channel-export.js";
import { CHANNELS, isChannel } from "../../domain/catalogue/readiness.js";
import { EprovenceError } from "../../domain/errors.js";
import { writeExportJson, writeExportPretty } from "../../io/reports/readiness.js";
import { isSet, parseFormat, parseWholeNumber, readPath, requireMerchantRef, RESULT_FORMATS } from "../options.js";
import { deliveryOutcome, writeDeliveryJson, writeDeliveryPretty } from "../delivery-output.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";
import { readConfigOption } from "./validate.js";

/**
 * `eprovence export --merchant <ref> [--channel tmall-global] (--check | --out <dir>)`: the channel
 * readiness of the stored catalogue, then (unless `--check`) the Tmall-ready files. "ok" when checked
 * or exported, "no" when the export is refused or the completeness is under `--min-completeness`;
 * a failure (unknown channel or company, no database, files in the way…) is thrown.
 */
export async function runExport(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const config = await readConfigOption(options, context);
  const channel = String(options.channel ?? config?.channel ?? "tmall-global");
  if (!isChannel(channel)) throw new EprovenceError("unknown-channel", { channel, channels: CHANNELS.join(", ") });
  const minCompleteness = options.minCompleteness === undefined ? config?.minCompleteness : parseWholeNumber(options.minCompleteness, "--min-completeness", { min: 0, max: 100, isPercent: true });
  const isCheck = isSet(options.check);
  // What one company's export and every company's (--all) are asked alike.
  const asked = () => {
    const out = isCheck ? undefined : readPath(options.out);
    if (out === undefined && !isCheck) throw new EprovenceError("output-required", { command: "export" });
    return { channel, out, isCheck, minCompleteness, requireReviewedNames: isSet(options.requireReviewedNames), allowPartial: isSet(options.allowPartial), replace: isSet(options.force) };
  };
  if (isSet(options.all)) {
    const delivery = await exportAll(context.deps(), asked());
    const kind = isCheck ? "check" : "export";
    io.stdout.write(format === "json" ? writeDeliveryJson(delivery, t) : writeDeliveryPretty(delivery, kind, t, createTextStyle(io.isStdoutTTY, io.env)));
    return deliveryOutcome(delivery);
  }
  const merchantRef = requireMerchantRef(options.merchant, "export");
  const report = await exportCatalogue(context.deps(), { merchantRef, ...asked() });
  if (format === "json") writeExportJson(report, t, (text) => io.stdout.write(text));
  else io.stdout.write(writeExportPretty(report, t, createTextStyle(io.isStdoutTTY, io.env)));
  if (isCheck) return isBelowMinimum(report.readiness, minCompleteness) || (report.requireReviewedNames && countDraftNames(report.readiness) > 0) ? "no" : "ok";
  return isExportAllowed(report.verdict) ? "ok" : "no";
}
