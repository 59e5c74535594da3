import type { WizardStep } from "../context.js";
import { STEP_IDS } from "../keys.js";

/** What will happen, where it is kept, and that nothing is lost. Asks nothing. */
export const welcomeStep: WizardStep = {
  id: "welcome",
  async run(context) {
    const { t, style } = context;
    context.out(t.wizard("welcomeIntro"));
    STEP_IDS.filter((id) => id !== "welcome").forEach((id, index) => context.out(`  ${index + 1}. ${t.wizard("stepTitle", { step: id })} — ${t.wizard("stepPurpose", { step: id })}`));
    context.out(style.dim(t.wizard("welcomeSaved", { path: context.databasePath })));
    if (context.isInteractive) context.out(style.dim(t.wizard("welcomeCtrlC")));
  },
};
