import type { WizardStep } from "../context.js";
import { catalogueStep } from "./catalogue.js";
import { companyStep } from "./company.js";
import { costsStep } from "./costs.js";
import { eligibilityStep } from "./eligibility.js";
import { exportStep } from "./export.js";
import { fixesStep } from "./fixes.js";
import { namesStep } from "./names.js";
import { summaryStep } from "./summary.js";
import { welcomeStep } from "./welcome.js";

/** The wizard, as data: its steps in order (ids in `STEP_IDS`, the order the README describes). */
export const WIZARD_STEPS: readonly WizardStep[] = [welcomeStep, companyStep, eligibilityStep, costsStep, catalogueStep, fixesStep, namesStep, exportStep, summaryStep];
