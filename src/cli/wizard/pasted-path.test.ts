import { describe, expect, it } from "vitest";
import { readPastedPath } from "./pasted-path.js";

describe("a path as people paste it into the wizard", () => {
  it.each([
    ["/data/catalogue.csv", "/data/catalogue.csv"],
    ["  /data/catalogue.csv   ", "/data/catalogue.csv"],
    ["'/data/Mes documents/catalogue.xlsx'", "/data/Mes documents/catalogue.xlsx"],
    ['"/data/Mes documents/catalogue.xlsx" ', "/data/Mes documents/catalogue.xlsx"],
    ["/data/Mes\\ documents/catalogue\\ \\(2\\).csv", "/data/Mes documents/catalogue (2).csv"],
    ["file:///data/Mes%20documents/catalogue.csv", "/data/Mes documents/catalogue.csv"],
    ["~/Bureau/catalogue.csv", "/home/mireille/Bureau/catalogue.csv"],
    ["'~/Bureau/catalogue.csv'", "/home/mireille/Bureau/catalogue.csv"],
    ["~", "/home/mireille"],
    ["catalogue.csv", "catalogue.csv"],
    ["~autre/catalogue.csv", "~autre/catalogue.csv"],
  ])("%j → %j", (typed, path) => {
    expect(readPastedPath(typed, "/home/mireille")).toBe(path);
  });
});
