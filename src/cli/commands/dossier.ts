import { buildDossier } from "../../app/dossier.js";
import { EprovenceError } from "../../domain/errors.js";
import { isSet, readPath, requireMerchantRef } from "../options.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";

/**
 * `eprovence dossier --merchant <ref> --out dossier.html [--force]`: the application dossier as one
 * self-contained HTML file; `--out -` prints it on stdout instead. Stdout stays empty otherwise; where
 * the file went is said on stderr.
 */
export async function runDossier(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const merchantRef = requireMerchantRef(options.merchant, "dossier");
  const out = readPath(options.out);
  if (out === undefined) throw new EprovenceError("output-required", { command: "dossier" });
  const result = await buildDossier(context.deps(), { merchantRef, out: out === "-" ? undefined : out, replace: isSet(options.force) });
  if ("html" in result) io.stdout.write(result.html);
  else io.stderr.write(`${t.dossier("written", { path: result.path })}\n`);
  return "ok";
}
