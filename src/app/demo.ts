import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The demonstration's bundled data (`fixtures/demo/`): a fictional Marseille soap maker's profile, its
 * catalogue (with two errors and a warning, to show the findings and their correction) and the rest of
 * its answers. `src/app` and `dist/cli` (where every bundled chunk lands) are both two folders below
 * the project root.
 */
export const DEMO_FOLDER = fileURLToPath(new URL("../../fixtures/demo/", import.meta.url));

export interface DemoWorkspace {
  /** A new temporary folder for everything the demo writes: the user's own database is never touched. */
  readonly folder: string;
  readonly databasePath: string;
  readonly exportPath: string;
  readonly dossierPath: string;
  /** The company, as the keys of a profile file. */
  readonly profile: Readonly<Record<string, unknown>>;
  /** The rest of the answers, as an answers file. */
  readonly answersPath: string;
}

export function prepareDemo(): DemoWorkspace {
  const folder = mkdtempSync(join(tmpdir(), "eprovence-demo-"));
  return {
    folder,
    databasePath: join(folder, "eprovence.db"),
    exportPath: join(folder, "export-tmall"),
    dossierPath: join(folder, "dossier.html"),
    profile: JSON.parse(readFileSync(join(DEMO_FOLDER, "profile.json"), "utf8")) as Record<string, unknown>,
    answersPath: join(DEMO_FOLDER, "answers.yaml"),
  };
}
