import { describe, expect, it } from "vitest";
import { deliveryNameOf, SLUG_MAX_LENGTH, slugOf } from "./delivery-name.js";

describe("slugOf", () => {
  it.each([
    ["Savonnerie du Midi", "savonnerie-du-midi"],
    ["Huilerie Château-Virant", "huilerie-chateau-virant"],
    ["L'Œuvre des Calissons & Cie", "l-oeuvre-des-calissons-cie"],
    ["  S.A.R.L. Nougats  ", "s-a-r-l-nougats"],
    ["Domaine « Les Baux » / 2024", "domaine-les-baux-2024"],
    ["../../etc/passwd", "etc-passwd"],
    ["马赛皂", ""],
    ["", ""],
  ])("%j → %j", (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });

  it("stays short and never ends with a hyphen", () => {
    const slug = slugOf(`${"a".repeat(SLUG_MAX_LENGTH - 1)} bcd`);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("deliveryNameOf", () => {
  it.each([
    [{ siren: "812345678", legalName: "Savonnerie du Midi" }, "812345678-savonnerie-du-midi"],
    [{ siren: "812345678", legalName: "马赛皂" }, "812345678"],
  ])("%j → %j", (company, name) => {
    expect(deliveryNameOf(company)).toBe(name);
  });
});
