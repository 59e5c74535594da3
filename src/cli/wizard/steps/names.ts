import { checkCatalogueRow } from "../../../app/catalogue.js";
import { draftNames, giveNames, type DraftedName } from "../../../app/names.js";
import { escapeControlCharacters } from "../../../domain/control-characters.js";
import type { WizardContext, WizardStep } from "../context.js";
import { nameKey, type Parsed } from "../keys.js";

/**
 * The products still without a Chinese name (Tmall needs one): the wizard offers drafts from its
 * glossary, shows them, and the owner keeps them as drafts — to be reviewed by someone who reads
 * Chinese — or types a name of their own for any of them. Without a terminal, `names.draft` keeps the
 * drafts and `names.<sku>` gives a name.
 */
export const namesStep: WizardStep = {
  id: "names",
  async run(context) {
    const { t, style } = context;
    const merchant = await context.merchant();
    const merchantRef = String(merchant.id);
    const drafts = await draftNames(context.deps, { merchantRef, skus: [], isRedraft: false, isDryRun: true });
    const proposals = drafts.filter((name) => name.status === null || name.isDrafted);
    // Food whose Chinese ingredients the glossary can draft (every ingredient known): kept with the names' answer.
    const ingredientDrafts = drafts.filter((name) => name.ingredients?.isDrafted === true);
    if (proposals.length === 0 && ingredientDrafts.length === 0) {
      context.saveResults({ names: { drafted: 0, typed: 0, ingredients: 0 } });
      return;
    }
    if (proposals.length > 0) context.out(t.wizard("namesIntro", { count: proposals.length }));
    if (ingredientDrafts.length > 0) context.out(t.wizard("namesIngredientsIntro", { count: ingredientDrafts.length }));
    const wantsDrafts = (await context.ask({ key: "names.draft", kind: "confirm", message: t.wizard("askNamesDraft"), default: true })) === true;
    const typedKeys = context.answerKeys().filter((key) => key.startsWith("names.") && key !== "names.draft" && key !== "names.review");
    if (!wantsDrafts && typedKeys.length === 0) {
      if (proposals.length > 0) context.out(style.warning(t.wizard("namesNoDrafts", { count: proposals.length })));
      context.saveResults({ names: { drafted: 0, typed: 0, ingredients: 0 } });
      return;
    }
    if (wantsDrafts && proposals.length > 0) context.out(proposals.map((name) => describeProposal(context, name)).join("\n"));
    if (wantsDrafts && ingredientDrafts.length > 0) {
      context.out(ingredientDrafts.map((name) => t.wizard("namesIngredientsProposal", { sku: escapeControlCharacters(name.sku), list: name.ingredients?.ingredientsZh ?? "" })).join("\n"));
    }
    const isEach = wantsDrafts && proposals.length > 0 && context.isInteractive && (await context.ask({ key: "names.review", kind: "select", message: t.wizard("askNamesReview"), default: "all", choices: [
      { value: "all", name: t.wizard("namesReviewAll") },
      { value: "each", name: t.wizard("namesReviewEach") },
    ] })) === "each";
    const typed: { sku: string; nameZh: string }[] = [];
    const kept: string[] = [];
    for (const name of proposals) {
      const isAsked = isEach || context.known(nameKey(name.sku)) !== undefined;
      const own = isAsked ? await askOwnName(context, name) : undefined;
      if (own !== undefined && own !== name.nameZh) typed.push({ sku: name.sku, nameZh: own });
      else if (wantsDrafts && name.isDrafted) kept.push(name.sku);
    }
    if (kept.length > 0) await draftNames(context.deps, { merchantRef, skus: kept, isRedraft: false, isDryRun: false, kinds: ["name"] });
    if (typed.length > 0) await giveNames(context.deps, merchantRef, typed);
    const keptIngredients = wantsDrafts ? ingredientDrafts.map((name) => name.sku) : [];
    if (keptIngredients.length > 0) await draftNames(context.deps, { merchantRef, skus: keptIngredients, isRedraft: false, isDryRun: false, kinds: ["ingredients"] });
    if (kept.length > 0) context.out(style.success(t.wizard("namesKept", { count: kept.length })));
    if (typed.length > 0) context.out(style.success(t.wizard("namesTyped", { count: typed.length })));
    if (keptIngredients.length > 0) context.out(style.success(t.wizard("namesIngredientsKept", { count: keptIngredients.length })));
    const still = proposals.length - kept.length - typed.length;
    if (still > 0) context.out(style.warning(t.wizard("namesStillMissing", { count: still })));
    context.saveResults({ names: { drafted: kept.length, typed: typed.length, ingredients: keptIngredients.length } });
  },
};

function describeProposal({ t, style, deps }: WizardContext, name: DraftedName): string {
  const label = `  ${escapeControlCharacters(name.sku)}  ${escapeControlCharacters(name.nameFr)}`;
  const unknown = name.unknownWords.length === 0 ? "" : `\n      ${style.dim(t.wizard("namesUnknownWords", { words: name.unknownWords.join(", ") }))}`;
  if (!name.isDrafted || name.nameZh === null) return `${label} ${style.warning(t.wizard("namesNoProposal"))}${unknown}`;
  return `${label} → ${name.nameZh} ${style.dim(t.wizard("namesWidth", { width: name.displayWidth, limit: deps.settings.titleMaxDisplayUnits.value }))}${unknown}`;
}

/** The owner's own Chinese name for a product, checked as the catalogue checks one; Enter keeps the draft. */
async function askOwnName(context: WizardContext, name: DraftedName): Promise<string | undefined> {
  const { t } = context;
  const check = (raw: unknown): Parsed => {
    const text = typeof raw === "string" ? raw.trim() : "";
    if (text === "") return { isValid: true, value: null };
    const problem = checkCatalogueRow(context.deps, ["sku", "name_zh"], [name.sku, text], {}).find((finding) => finding.severity === "error");
    return problem === undefined ? { isValid: true, value: text } : { isValid: false, problem: { code: problem.code, params: { ...problem.params, value: text, field: t.columnName("name_zh") } } };
  };
  const answer = await context.ask({
    key: nameKey(name.sku),
    kind: "input",
    message: t.wizard(name.isDrafted ? "askOwnName" : "askOwnNameNoDraft", { sku: name.sku, name: name.nameFr }),
    ...(name.isDrafted && name.nameZh !== null ? { default: name.nameZh } : {}),
    parse: check,
  });
  return typeof answer === "string" && answer !== "" ? answer : undefined;
}
