// Compacts the official commune list (@etalab/decoupage-administratif, 8 MB) into the postcode index
// the rules need (~0.6 MB), so that `validate` does not parse 8 MB at every start.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const GEO_DATA_PATH = join(root, "generated", "postcodes.json");

export async function buildGeoData() {
  const require = createRequire(import.meta.url);
  const pkg = require("@etalab/decoupage-administratif/package.json");
  const communes = JSON.parse(
    await readFile(require.resolve("@etalab/decoupage-administratif/data/communes.json"), "utf8"),
  );
  const postcodes = {};
  // Current communes only: delegated and associated communes share their parent's postcodes.
  // The format is src/domain/geo/postcodes.ts's PostcodeData: "name|department|region;…".
  for (const commune of communes) {
    if (commune.type !== "commune-actuelle") continue;
    for (const postcode of commune.codesPostaux ?? []) {
      const entry = `${commune.nom}|${commune.departement}|${commune.region}`;
      postcodes[postcode] = postcodes[postcode] ? `${postcodes[postcode]};${entry}` : entry;
    }
  }
  const data = { source: `${pkg.name} ${pkg.version}`, postcodes };
  await mkdir(dirname(GEO_DATA_PATH), { recursive: true });
  await writeFile(GEO_DATA_PATH, JSON.stringify(data));
  return GEO_DATA_PATH;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`wrote ${await buildGeoData()}`);
}
