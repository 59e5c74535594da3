import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPANY_ANSWERS, COMPANY_SCRIPT, createWizardHarness, failureOf, type WizardHarness } from "../../../test/wizard-harness.js";
import { companyStep } from "./steps/company.js";
import { costsStep } from "./steps/costs.js";
import { eligibilityStep } from "./steps/eligibility.js";
import { welcomeStep } from "./steps/welcome.js";

// Nothing is lost: every answer is saved as it is given; an interruption (Ctrl-C: Inquirer's
// ExitPromptError) leaves the session in progress at its step; the next run offers to resume there,
// with the earlier answers kept, or to start over.

const STEPS = [welcomeStep, companyStep, eligibilityStep, costsStep];

let h: WizardHarness;
beforeEach(() => {
  h = createWizardHarness("eprovence-resume-");
});
afterEach(() => h.remove());

const sessions = () => h.query((db) => db.prepare("SELECT id, step, status FROM onboarding_sessions ORDER BY id").all());

/** Runs to the costs step (step 3 of the wizard) and presses Ctrl-C at its second question. */
async function interruptAtCosts() {
  return h.run({
    steps: STEPS,
    script: [...COMPANY_SCRIPT, { key: "costs.fairsPerYear", answer: "2" }, { key: "costs.salesEur", interrupt: true }],
  });
}

describe("an interruption", () => {
  it("Ctrl-C surfaces as ExitPromptError (main: exit 130) with every answer given so far saved", async () => {
    const result = await interruptAtCosts();
    expect((result.error as Error).name).toBe("ExitPromptError");
    expect(sessions()).toEqual([{ id: 1, step: "costs", status: "in-progress" }]);
    const saved = h.query((db) => JSON.parse(db.prepare("SELECT answers FROM onboarding_sessions").pluck().get() as string)) as Record<string, unknown>;
    expect(saved).toMatchObject({ "company.legalName": "Savonnerie du Vallon", "company.turnoverEur": 1250000, "costs.fairsPerYear": "2" });
    expect(saved).not.toHaveProperty("costs.salesEur");
    // The company step had finished: the company is registered and the verdict stored.
    expect(h.query((db) => db.prepare("SELECT count(*) FROM merchants").pluck().get())).toBe(1);
    expect(h.query((db) => db.prepare("SELECT count(*) FROM eligibility_verdicts").pluck().get())).toBe(1);
  });

  it("a Ctrl-C in the middle of the company step keeps the answers already typed", async () => {
    const result = await h.run({ steps: STEPS, script: [...COMPANY_SCRIPT.slice(0, 3), { key: "company.headcount", interrupt: true }] });
    expect((result.error as Error).name).toBe("ExitPromptError");
    const again = await h.run({
      steps: STEPS,
      script: [{ key: "resume", answer: "yes" }, ...COMPANY_SCRIPT.slice(3), { key: "costs.fairsPerYear", answer: "1" }, { key: "costs.salesEur", answer: "1000" }, { key: "costs.ownFigures", answer: false }],
    });
    expect(again.error).toBeUndefined();
    again.prompter?.assertDone();
    expect(h.query((db) => db.prepare("SELECT legal_name FROM merchants").pluck().get())).toBe("Savonnerie du Vallon");
  });
});

describe("running onboard again", () => {
  it("offers to resume where the user stopped, and continues from step 3 with the earlier answers kept", async () => {
    await interruptAtCosts();
    const result = await h.run({ steps: STEPS, script: [{ key: "resume", answer: "yes" }, { key: "costs.salesEur", answer: "100 000" }, { key: "costs.ownFigures", answer: false }] });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    const [offer] = result.prompter?.asked ?? [];
    expect(offer?.message).toContain("« Coûts : boutique ou salons »");
    expect(offer?.choices).toEqual(["yes", "no"]);
    expect(result.stderr).toContain("Reprise de la session n° 1");
    // The earlier steps are not run again: no welcome, no second company or verdict.
    expect(result.stdout).not.toContain("Bienvenue");
    expect(result.stdout).not.toContain("Votre entreprise");
    expect(h.query((db) => db.prepare("SELECT count(*) FROM eligibility_verdicts").pluck().get())).toBe(1);
    expect(result.session).toMatchObject({ id: 1, status: "completed" });
    expect(result.session?.answers).toMatchObject({ "company.legalName": "Savonnerie du Vallon", "costs.fairsPerYear": "2", "costs.salesEur": "100 000" });
    const scenario = JSON.parse(h.query((db) => db.prepare("SELECT scenario FROM cost_scenarios").pluck().get() as string)) as { inputs: { fairsPerYear: { value: number } } };
    expect(scenario.inputs.fairsPerYear.value).toBe(2);
  });

  it("or to start over: a new session asks everything again, the old one is marked abandoned", async () => {
    await interruptAtCosts();
    const result = await h.run({
      steps: STEPS,
      script: [{ key: "resume", answer: "no" }, ...COMPANY_SCRIPT, { key: "costs.fairsPerYear", answer: "0" }, { key: "costs.salesEur", answer: "10000" }, { key: "costs.ownFigures", answer: false }],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(sessions()).toEqual([
      { id: 1, step: "costs", status: "abandoned" },
      { id: 2, step: "costs", status: "completed" },
    ]);
    // The same company (same SIREN): updated, not added twice.
    expect(h.query((db) => db.prepare("SELECT count(*) FROM merchants").pluck().get())).toBe(1);
  });

  it("a finished session is not offered again", async () => {
    await h.run({ steps: STEPS, answers: { ...COMPANY_ANSWERS, "costs.fairsPerYear": 1, "costs.salesEur": 1000 } });
    const again = await h.run({ steps: STEPS, answers: { ...COMPANY_ANSWERS, "costs.fairsPerYear": 1, "costs.salesEur": 1000 } });
    expect(again.error).toBeUndefined();
    expect(sessions()).toEqual([
      { id: 1, step: "costs", status: "completed" },
      { id: 2, step: "costs", status: "completed" },
    ]);
  });

  it("without a terminal, `resume` must be answered; `resume: true` completes with the saved answers and the file's", async () => {
    await interruptAtCosts();
    const missing = await h.run({ steps: STEPS, answers: { "costs.salesEur": 1000 } });
    expect(failureOf(missing.error)).toMatchObject({ code: "missing-answers", params: { keys: "resume" } });
    const both = await h.run({ steps: STEPS, answers: {} });
    expect(failureOf(both.error)).toMatchObject({ code: "missing-answers", params: { keys: "resume, costs.salesEur" } });
    expect(sessions()).toEqual([{ id: 1, step: "costs", status: "in-progress" }]);

    const resumed = await h.run({ steps: STEPS, answers: { resume: true, "costs.salesEur": 1000 } });
    expect(resumed.error).toBeUndefined();
    expect(resumed.session).toMatchObject({ id: 1, status: "completed" });
  });

  it("without a terminal, resuming still needs what the rest of the wizard needs: all missing keys at once", async () => {
    await interruptAtCosts();
    const result = await h.run({ steps: STEPS, answers: { resume: true } });
    expect(failureOf(result.error)).toMatchObject({ code: "missing-answers", params: { keys: "costs.salesEur" } });
    const over = await h.run({ steps: STEPS, answers: { resume: false } });
    expect(String(failureOf(over.error).params.keys)).toMatch(/^company\.legalName, company\.siret, .*costs\.fairsPerYear, costs\.salesEur$/);
  });
});
