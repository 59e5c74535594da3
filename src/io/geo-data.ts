import { readFileSync } from "node:fs";
import { createPostcodeDirectory, type PostcodeData, type PostcodeDirectory } from "../domain/geo/postcodes.js";

/**
 * The compact postcode index written at build time by scripts/build-geo-data.mjs from the official
 * commune list. `src/io` and `dist/cli` both sit two folders below the project root.
 */
const GEO_DATA_URL = new URL("../../generated/postcodes.json", import.meta.url);

let directory: PostcodeDirectory | undefined;

export function loadPostcodeDirectory(): PostcodeDirectory {
  directory ??= createPostcodeDirectory(JSON.parse(readFileSync(GEO_DATA_URL, "utf8")) as PostcodeData);
  return directory;
}
