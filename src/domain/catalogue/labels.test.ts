import { describe, expect, it } from "vitest";
import { findLabel, GEOGRAPHICAL_INDICATION_LABELS, KNOWN_LABELS } from "./labels.js";

describe("findLabel", () => {
  it.each(KNOWN_LABELS.map((label) => [label] as const))("knows %j as written", (label) => {
    expect(findLabel(label)).toBe(label);
  });

  it.each([
    ["aop", "AOP"],
    [" IGP ", "IGP"],
    ["label rouge", "Label Rouge"],
    ["LABEL-ROUGE", "Label Rouge"],
    ["Nature et Progrès", "Nature & Progrès"],
    ["nature & progres", "Nature & Progrès"],
    ["ecocert", "Ecocert"],
  ])("reads %j as %j", (text, label) => {
    expect(findLabel(text)).toBe(label);
  });

  it.each(["", "Bio-Truc", "Label", "AOP Provence", "Fairtrade"])("does not know %j", (text) => {
    expect(findLabel(text)).toBeUndefined();
  });

  // Only geographical indications can excuse an origin outside the region.
  it.each([
    ["AOP", true],
    ["AOC", true],
    ["IGP", true],
    ["IG", true],
    ["Label Rouge", false],
    ["AB", false],
    ["Ecocert", false],
  ])("%s is a geographical indication: %s", (label, expected) => {
    expect(GEOGRAPHICAL_INDICATION_LABELS.has(label)).toBe(expected);
  });
});
