import { describe, expect, it } from "vitest";
// Tests may read the real official commune list through io (domain code itself never does).
import { loadPostcodeDirectory } from "../../io/geo-data.js";
import { createPostcodeDirectory, encodeCommunes, type PostcodeData } from "./postcodes.js";

describe("locate, on the official commune list", () => {
  const directory = loadPostcodeDirectory();

  it("says where its data comes from", () => {
    expect(directory.source).toMatch(/decoupage-administratif/);
  });

  // Postcodes and departments do not match one to one; every commune counts.
  it.each([
    ["13001 Marseille", "13001", "inside", ["13"]],
    ["13780 Cuges-les-Pins (13) and Riboux (83), both in region 93", "13780", "inside", ["13", "83"]],
    ["05110: communes of 04 and 05", "05110", "inside", ["04", "05"]],
    ["06000 Nice", "06000", "inside", ["06"]],
    ["84400 Apt", "84400", "inside", ["84"]],
    ["04300 Forcalquier", "04300", "inside", ["04"]],
    ["05700: Hautes-Alpes communes and Villebois-les-Pins (26)", "05700", "straddles", ["05", "26"]],
    ["75001 Paris", "75001", "outside", ["75"]],
    ["20000 Ajaccio, Corsica (not Provence despite the south)", "20000", "outside", ["2A"]],
    ["26110 Nyons, Drôme", "26110", "outside", ["26"]],
    ["30000 Nîmes, Gard", "30000", "outside", ["30"]],
  ])("%s → %s", (_what, postcode, kind, departments) => {
    const place = directory.locate(postcode);
    expect(place.kind).toBe(kind);
    const found = place.kind === "unknown" ? [] : [...new Set(place.communes.map((commune) => commune.department))].sort();
    expect(found).toEqual(departments);
  });

  it("names Villebois-les-Pins as the commune of 05700 outside the region", () => {
    const place = directory.locate("05700");
    const outside = place.kind === "unknown" ? [] : place.communes.filter((commune) => commune.region !== "93");
    expect(outside.map((commune) => `${commune.name} (${commune.department})`)).toEqual(["Villebois-les-Pins (26)"]);
  });

  it("keeps Riboux (83) among the communes of 13780", () => {
    const place = directory.locate("13780");
    expect(place.kind === "unknown" ? [] : place.communes.map((commune) => commune.name)).toContain("Riboux");
  });

  // A postcode that exists nowhere is its own error, not "outside Provence".
  it.each([
    ["98000 Monaco (not a French commune)", "98000"],
    ["00000", "00000"],
    ["99999", "99999"],
    ["a 4-digit code (the caller pads it)", "6000"],
    ["empty", ""],
  ])("%s → unknown", (_what, postcode) => {
    expect(directory.locate(postcode).kind).toBe("unknown");
  });
});

describe("locate, on hand-made data", () => {
  const data: PostcodeData = {
    source: "test",
    postcodes: {
      "13100": encodeCommunes([{ name: "Aix-en-Provence", department: "13", region: "93" }]),
      "05700": encodeCommunes([
        { name: "Serres", department: "05", region: "93" },
        { name: "Villebois-les-Pins", department: "26", region: "84" },
      ]),
      "26110": encodeCommunes([{ name: "Nyons", department: "26", region: "84" }]),
      "99000": "",
    },
  };

  it.each([
    ["13100", "inside"],
    ["05700", "straddles"],
    ["26110", "outside"],
    ["99000", "unknown"],
    ["12345", "unknown"],
    // Names of Object.prototype properties are not postcodes.
    ["constructor", "unknown"],
    ["__proto__", "unknown"],
    ["toString", "unknown"],
  ])("%j → %s", (postcode, kind) => {
    expect(createPostcodeDirectory(data).locate(postcode).kind).toBe(kind);
  });

  it("gives the same answer the second time (answers are cached)", () => {
    const directory = createPostcodeDirectory(data);
    expect(directory.locate("05700")).toEqual(directory.locate("05700"));
    expect(directory.locate("05700").kind).toBe("straddles");
  });

  it("judges against the region it is given", () => {
    const auvergneRhoneAlpes = createPostcodeDirectory(data, "84");
    expect(auvergneRhoneAlpes.locate("26110").kind).toBe("inside");
    expect(auvergneRhoneAlpes.locate("13100").kind).toBe("outside");
  });
});
