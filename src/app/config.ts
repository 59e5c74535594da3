import type { ProjectConfig } from "../domain/config-file.js";
import { findConfigFile, readConfigFile } from "../io/config-file.js";
import type { AppDeps } from "./deps.js";

export type { ProjectConfig } from "../domain/config-file.js";

/**
 * The project's settings: the file given (`--config`), none (`--no-config`: `false`), or the first
 * `eprovence.config.yaml` or `.json` found from the working folder up to the repository's root.
 */
export async function loadProjectConfig(deps: Pick<AppDeps, "cwd" | "now">, given: string | false | undefined): Promise<ProjectConfig | undefined> {
  if (given === false) return undefined;
  const path = given ?? (await findConfigFile(deps.cwd));
  if (path === undefined) return undefined;
  return readConfigFile(path, deps.cwd, deps.now().toISOString().slice(0, 10));
}
