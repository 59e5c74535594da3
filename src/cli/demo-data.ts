import { fileURLToPath } from "node:url";

/**
 * The demonstration's bundled data (`fixtures/demo/`): a fictional Marseille soap maker's profile, its
 * catalogue (with two errors and a warning, to show the findings and their correction) and the rest of
 * its answers. `src/cli` and `dist/cli` (where every bundled chunk lands) are both two folders below
 * the project root.
 */
export const DEMO_FOLDER = fileURLToPath(new URL("../../fixtures/demo/", import.meta.url));
