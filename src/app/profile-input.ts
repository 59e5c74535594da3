import { PROFILE_KEYS, isProfileKey, suggestProfileKey, type ProfileKey, type ProfileProblem } from "../domain/company/profile-problems.js";
import { EprovenceError, type FailureCode, type MessageParams } from "../domain/errors.js";
import { readProfileFile } from "../io/profile-file.js";
import type { AppDeps } from "./deps.js";

/**
 * A company profile as a request gives it: values already read from flags (or typed answers), a
 * `--from` file to read first (the flags win over it), and how to name each key in a message — the
 * flag or the file key the user actually wrote.
 */
export interface ProfileRequest {
  /** The keys given outside the file, as the profile schema reads them (euros as numbers, yes/no as booleans). */
  readonly values: Readonly<Record<string, unknown>>;
  /** How a message names each of those keys ("--turnover-eur"). */
  readonly labels: Readonly<Record<string, string>>;
  /** Values that are not what they claim (a number that is not one): the schema never sees them. */
  readonly problems: readonly ProfileProblem[];
  /** The `--from` JSON file as the user wrote it ("-": standard input). */
  readonly fromPath: string | undefined;
  /** How a message names a key nobody gave (a missing legal name): its flag. */
  readonly nameKey: (key: ProfileKey) => string;
}

export interface AssembledProfile {
  readonly values: Record<string, unknown>;
  readonly labels: Readonly<Record<string, string>>;
  readonly problems: readonly ProfileProblem[];
}

/**
 * Keys of a printed merchant (`merchant show --format json`) that are not part of a profile: a profile
 * file may carry them, so that a printed merchant can be fed back to `--from`; they are ignored.
 */
export const PRINTED_ONLY_KEYS: ReadonlySet<string> = new Set(["id", "createdAt", "updatedAt"]);

/** The file's keys, then the request's, which win; a key the request refused is not taken from the file either. */
export async function assembleProfile(deps: AppDeps, request: ProfileRequest): Promise<AssembledProfile> {
  const values: Record<string, unknown> = {};
  const labels: Record<string, string> = {};
  if (request.fromPath !== undefined) {
    for (const [key, value] of Object.entries(await readProfileFile(request.fromPath, deps.cwd, deps.stdin))) {
      // A null is "not given" (a generated file writes null for an unknown figure).
      if (value === null || PRINTED_ONLY_KEYS.has(key)) continue;
      values[key] = value;
      labels[key] = deps.t.ui("profileFileKey", { key, path: request.fromPath });
    }
  }
  for (const problem of request.problems) delete values[problem.key];
  Object.assign(values, request.values);
  Object.assign(labels, request.labels);
  return { values, labels, problems: request.problems };
}

/**
 * The problems of a profile as one failure (exit 2): a single problem is its own sentence and hint;
 * several are listed under "invalid-profile", each with its hint, in the order of the keys.
 */
export function toProfileError(problems: readonly ProfileProblem[], profile: AssembledProfile, request: ProfileRequest, deps: AppDeps): EprovenceError {
  const { t } = deps;
  const failures = describeProfileProblems(problems, profile.labels, (key) => nameAbsentKey(key, request, deps), request.fromPath);
  const [only] = failures;
  if (only !== undefined && failures.length === 1) return new EprovenceError(only.code, only.params);
  const lines = failures.map(({ code, params }) => `  – ${t.message(code, params)} ${t.hint(code, params)}`);
  return new EprovenceError("invalid-profile", { count: failures.length, problems: lines.join("\n") });
}

/**
 * Each problem of a profile as a code and the parameters of its sentence, in the order of the keys:
 * `labels` names the keys given (a flag, a file key, a column), `nameAbsent` a key nobody gave.
 */
export function describeProfileProblems(
  problems: readonly ProfileProblem[],
  labels: Readonly<Record<string, string>>,
  nameAbsent: (key: string) => string,
  fromPath: string | undefined,
): { readonly code: FailureCode; readonly params: MessageParams }[] {
  const order = (problem: ProfileProblem) => (isProfileKey(problem.key) ? PROFILE_KEYS.indexOf(problem.key) : PROFILE_KEYS.length);
  const sorted = [...problems].sort((a, b) => order(a) - order(b));
  return sorted.map((problem) => {
    const { key } = problem;
    const params: Record<string, string | number> = { key, value: showValue(problem.value), ...problem.params };
    if (problem.code === "profile-unknown-key") {
      params.path = fromPath ?? "";
      params.keys = PROFILE_KEYS.join(", ");
      params.suggestion = suggestProfileKey(key) ?? "";
    }
    params.field = labels[key] ?? nameAbsent(key);
    return { code: problem.code, params };
  });
}

/** A key nobody gave (a missing legal name): its flag, and its file key when a file was read. */
function nameAbsentKey(key: string, request: ProfileRequest, deps: AppDeps): string {
  if (!isProfileKey(key)) return key;
  const flag = request.nameKey(key);
  return request.fromPath === undefined ? flag : `${flag}, ${deps.t.ui("profileFileKey", { key, path: request.fromPath })}`;
}

function showValue(value: unknown): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}
