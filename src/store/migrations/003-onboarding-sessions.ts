import type { Migration } from "./index.js";

/**
 * The wizard's progress (`eprovence onboard`): one row per run of the wizard, saved after every answer
 * so that an interruption (Ctrl-C, a closed terminal, a crash) loses nothing and the next run offers to
 * resume. `answers` holds the answers given so far under their answers-file keys, `results` what the
 * steps produced (the merchant, the import, the files written); both are JSON documents read back as a
 * whole. `step` is the first step not yet done. The merchant is known only after the company step.
 */
export const migration003: Migration = {
  version: 3,
  description: "onboarding sessions (the wizard's saved progress)",
  up: `
    CREATE TABLE onboarding_sessions (
      id INTEGER PRIMARY KEY,
      merchant_id INTEGER REFERENCES merchants(id) ON DELETE SET NULL,
      step TEXT NOT NULL,
      answers TEXT NOT NULL DEFAULT '{}',
      results TEXT NOT NULL DEFAULT '{}',
      status TEXT NOT NULL CHECK (status IN ('in-progress', 'completed', 'abandoned')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX onboarding_sessions_by_status ON onboarding_sessions (status, id);
  `,
};
