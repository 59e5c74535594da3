import { buildAllDossiers } from "../../app/deliver-all.js";
import { buildDossier } from "../../app/dossier.js";
import { EprovenceError } from "../../domain/errors.js";
import { deliveryOutcome, writeDeliveryJson, writeDeliveryPretty } from "../delivery-output.js";
import { isSet, parseFormat, readPath, requireMerchantRef, RESULT_FORMATS } from "../options.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";

/**
 * `eprovence dossier --merchant <ref> --out dossier.html [--force]`: the application dossier as one
 * self-contained HTML file; `--out -` prints it on stdout instead. Stdout stays empty otherwise; where
 * the file went is said on stderr. `dossier --all --out <dir>`: one file per company in that folder,
 * and the summary on stdout.
 */
export async function runDossier(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  if (isSet(options.all)) {
    const out = readPath(options.out);
    // One folder of files: the dossiers cannot all go to stdout.
    if (out === undefined || out === "-") throw new EprovenceError("output-required", { command: "dossier --all" });
    const delivery = await buildAllDossiers(context.deps(), { out, replace: isSet(options.force) });
    io.stdout.write(format === "json" ? writeDeliveryJson(delivery, t) : writeDeliveryPretty(delivery, "dossier", t, createTextStyle(io.isStdoutTTY, io.env)));
    return deliveryOutcome(delivery);
  }
  const merchantRef = requireMerchantRef(options.merchant, "dossier");
  const out = readPath(options.out);
  if (out === undefined) throw new EprovenceError("output-required", { command: "dossier" });
  const result = await buildDossier(context.deps(), { merchantRef, out: out === "-" ? undefined : out, replace: isSet(options.force) });
  if ("html" in result) io.stdout.write(result.html);
  else io.stderr.write(`${t.dossier("written", { path: result.path })}\n`);
  return "ok";
}
