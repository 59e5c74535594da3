/**
 * Postcode → communes → department → region, from the official commune list
 * (@etalab/decoupage-administratif, compacted at build time by scripts/build-geo-data.mjs).
 *
 * Postcodes and departments do not match one to one (source: official-commune-list): 05110 covers communes of 04 and
 * 05, 13780 includes Riboux (83), 05700 includes Villebois-les-Pins (26, outside the region). So a
 * postcode resolves to all its communes and the rules look at every one.
 */

/** Provence-Alpes-Côte d'Azur, by its INSEE region code. */
export const PROVENCE_REGION_CODE = "93";

export interface Commune {
  readonly name: string;
  readonly department: string;
  readonly region: string;
}

/**
 * The compact form the build writes: postcode → "name|department|region;name|department|region…".
 * One string per postcode parses four times faster than nested arrays (21 ms → 5 ms), which matters
 * to a CI job validating a small file; each postcode is split only when a catalogue uses it.
 */
export interface PostcodeData {
  readonly source: string;
  readonly postcodes: Readonly<Record<string, string>>;
}

/** The inverse of the compact form, for callers (tests, tools) that hold communes. */
export function encodeCommunes(communes: readonly Commune[]): string {
  return communes.map((commune) => `${commune.name}|${commune.department}|${commune.region}`).join(";");
}

function decodeCommunes(encoded: string): Commune[] {
  if (encoded === "") return [];
  return encoded.split(";").map((entry) => {
    const [name = "", department = "", region = ""] = entry.split("|");
    return { name, department, region };
  });
}

export type OriginPlace =
  | { readonly kind: "unknown" }
  | { readonly kind: "inside"; readonly communes: readonly Commune[] }
  | { readonly kind: "outside"; readonly communes: readonly Commune[] }
  /** Some communes of the postcode are in the region, some are not: the commune decides. */
  | { readonly kind: "straddles"; readonly communes: readonly Commune[] };

export interface PostcodeDirectory {
  readonly source: string;
  locate(postcode: string): OriginPlace;
}

export function createPostcodeDirectory(data: PostcodeData, regionCode = PROVENCE_REGION_CODE): PostcodeDirectory {
  // Catalogues repeat a handful of postcodes thousands of times: answer each once.
  const cache = new Map<string, OriginPlace>();
  return {
    source: data.source,
    locate(postcode) {
      const cached = cache.get(postcode);
      if (cached) return cached;
      const communes = Object.hasOwn(data.postcodes, postcode) ? decodeCommunes(data.postcodes[postcode] ?? "") : [];
      let place: OriginPlace;
      if (communes.length === 0) {
        place = { kind: "unknown" };
      } else {
        const inside = communes.filter((commune) => commune.region === regionCode).length;
        const kind = inside === communes.length ? "inside" : inside === 0 ? "outside" : "straddles";
        place = { kind, communes };
      }
      cache.set(postcode, place);
      return place;
    },
  };
}
