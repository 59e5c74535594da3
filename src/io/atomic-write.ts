import { randomBytes } from "node:crypto";
import * as nodeFs from "node:fs";
import { basename, dirname, join } from "node:path";
import { EprovenceError } from "../domain/errors.js";
import { toFileFailure } from "../domain/system-failures.js";

/**
 * Every file eprovence writes for the user — a dossier, a rejects file, the rows the wizard corrected,
 * the files of an export — is written here, so that a crash, a kill or a full disk never leaves half a
 * file under a name the user sees, and an existing file is never replaced unless asked:
 *
 * - one file is written complete to a hidden temporary name beside it (the same file system, so the
 *   move is atomic), then moved into place;
 * - a set of files is written complete into a hidden staging folder inside the target folder, then
 *   each file is moved into place; when a move fails, the files already moved are put back (earlier
 *   versions restored, new ones removed) before the failure is reported;
 * - without `replace`, a file is moved by a hard link, which fails if the name exists — even when
 *   another process created it since the check (a rename would silently replace it); with `replace`,
 *   by a rename (readers see the old or the new file, never half of one).
 *
 * A killed process can leave a hidden `.eprovence-…` temporary file behind, never a partial file under
 * a final name; a set's next write into the same folder puts back what a killed one had half replaced.
 * Temporary names are unpredictable and created exclusively (a planted symlink is never followed).
 * Failures are exit-2 errors: `output-exists`, `output-unwritable`, `disk-full`.
 */

export interface FileToWrite {
  readonly name: string;
  readonly content: Buffer | string;
}

/**
 * A set written piece by piece: `write` puts chunks into any of the staged files, in any order (an
 * export writes its three files in one pass over the catalogue, which is never held whole). Each
 * chunk is one system call: the writer gathers small pieces into blocks.
 */
export interface StreamedFiles {
  /** Every file of the set, in the order they are moved into place; a name may sit in a subfolder (`images/A-1.jpg`). */
  readonly names: readonly string[];
  /** The names among `names` written whole, by `put` (pictures): never held open together. */
  readonly wholeNames?: ReadonlySet<string> | undefined;
  /**
   * Subfolders the set owns whole (`images/`): when it replaces an earlier set, their files it does not
   * name go with the earlier set — removed as its files are replaced, and put back if it fails.
   */
  readonly ownedFolders?: readonly string[] | undefined;
  readonly write: (into: (name: string, chunk: Buffer | string) => void, put: (name: string, content: Buffer) => void) => void;
}

/** The few fs calls used, injectable so tests can make one of them fail. */
export type AtomicFs = Pick<
  typeof nodeFs,
  | "existsSync"
  | "mkdirSync"
  | "mkdtempSync"
  | "writeFileSync"
  | "renameSync"
  | "linkSync"
  | "copyFileSync"
  | "rmSync"
  | "rmdirSync"
  | "openSync"
  | "writeSync"
  | "closeSync"
  | "readdirSync"
  | "readFileSync"
  | "statSync"
>;

export const TEMPORARY_PREFIX = ".eprovence-";

/** The names among `names` that already exist in `dir`. */
export function findExistingFiles(dir: string, names: readonly string[], fs: AtomicFs = nodeFs): string[] {
  return names.filter((name) => fs.existsSync(join(dir, name)));
}

/** A file written piece by piece (a rejects file, row after row), visible under its name only once committed. */
export interface AtomicFile {
  /** Text is written as UTF-8; a buffer as its bytes (a zip). */
  write(chunk: string | Buffer): void;
  /** Moves the complete file into place. */
  commit(): void;
  /** Removes the temporary file (a dry run, a failed import). */
  discard(): void;
}

/**
 * A new hidden file `.eprovence-<name>.<random>.tmp` in `dir`, open for writing: unpredictable, and
 * created exclusively, so a symlink planted at a guessable name is never followed. Throws the fs error.
 */
export function createTemporaryFile(
  dir: string,
  name: string,
  fs: Pick<AtomicFs, "openSync"> = nodeFs,
  options: { readonly isReadable?: boolean; readonly mode?: number } = {},
): { readonly path: string; readonly fd: number } {
  const path = join(dir, `${TEMPORARY_PREFIX}${name}.${randomBytes(6).toString("hex")}.tmp`);
  return { path, fd: fs.openSync(path, options.isReadable === true ? "wx+" : "wx", options.mode) };
}

export function createAtomicFile(path: string, options: { readonly replace: boolean }, fs: AtomicFs = nodeFs): AtomicFile {
  let temporary: string;
  let fd: number | undefined;
  try {
    ({ path: temporary, fd } = createTemporaryFile(dirname(path), basename(path), fs));
  } catch (error) {
    throw toOutputError(error, path);
  }
  const close = (): void => {
    if (fd !== undefined) fs.closeSync(fd);
    fd = undefined;
  };
  const fail = (error: unknown): never => {
    close();
    fs.rmSync(temporary, { force: true });
    throw toOutputError(error, path);
  };
  return {
    write(chunk) {
      if (fd === undefined) throw new Error(`${path} is already committed or discarded`);
      try {
        if (typeof chunk === "string") fs.writeSync(fd, chunk);
        else fs.writeSync(fd, chunk);
      } catch (error) {
        fail(error);
      }
    },
    commit() {
      try {
        close();
        if (options.replace) fs.renameSync(temporary, path);
        else moveWithoutReplacing(temporary, path, fs);
      } catch (error) {
        fail(error);
      }
      fs.rmSync(temporary, { force: true });
    },
    discard() {
      close();
      fs.rmSync(temporary, { force: true });
    },
  };
}

/** One whole file (a dossier, the wizard's CSVs). */
export function writeFileAtomically(path: string, content: Buffer | string, options: { readonly replace: boolean }, fs: AtomicFs = nodeFs): void {
  const file = createAtomicFile(path, options, fs);
  file.write(content);
  file.commit();
}

/** A set of files in one folder (an export): all of them, or none — even when the process is killed half-way. */
export function writeFilesAtomically(dir: string, set: readonly FileToWrite[] | StreamedFiles, options: { readonly replace: boolean }, fs: AtomicFs = nodeFs): void {
  recoverInterruptedWrites(dir, fs);
  const files = isStreamed(set) ? set.names.map((name) => ({ name })) : set;
  const existing = findExistingFiles(
    dir,
    files.map((file) => file.name),
    fs,
  );
  if (existing.length > 0 && !options.replace) throw new EprovenceError("output-exists", { path: dir, files: existing.join(", ") });

  const isNewDir = !fs.existsSync(dir);
  let staging: string;
  try {
    fs.mkdirSync(dir, { recursive: true });
    staging = fs.mkdtempSync(join(dir, `${SET_PREFIX}${process.pid}-`));
  } catch (error) {
    if (isNewDir) removeEmptyDir(dir, fs);
    throw toOutputError(error, dir);
  }

  const committed: { target: string; backup: string | undefined }[] = [];
  /** Subfolders of `dir` the moves created (`images/`): removed again, when empty, if the set fails. */
  const createdFolders: string[] = [];
  let isDone = false;
  try {
    if (isStreamed(set)) writeStreamed(staging, set, fs);
    else for (const file of set) fs.writeFileSync(join(staging, file.name), file.content, { flag: "wx" });
    // Written before the first move: a run killed among the moves leaves what the next run needs to
    // put the earlier set back (`recoverInterruptedWrites`), so two exports are never left mixed.
    const leftOver = options.replace && isStreamed(set) ? findLeftOver(dir, set, fs) : [];
    const journal: Journal = {
      targets: [...files.map((file) => ({ name: file.name, hadPrevious: fs.existsSync(join(dir, file.name)) })), ...leftOver.map((name) => ({ name, hadPrevious: true }))],
    };
    fs.writeFileSync(join(staging, JOURNAL), JSON.stringify(journal), { flag: "wx" });
    // The earlier set's files the new one does not name (a product's fewer photos): kept aside, then gone.
    for (const name of leftOver) {
      const target = join(dir, name);
      const backup = join(staging, `${name}${PREVIOUS}`);
      fs.mkdirSync(dirname(backup), { recursive: true });
      keepCopy(target, backup, fs);
      fs.rmSync(target, { force: true });
      committed.push({ target, backup });
    }
    for (const file of files) {
      const staged = join(staging, file.name);
      const target = join(dir, file.name);
      if (file.name.includes("/")) createSubfolder(dir, file.name, createdFolders, fs);
      let backup: string | undefined;
      if (!options.replace) {
        moveWithoutReplacing(staged, target, fs);
      } else {
        if (fs.existsSync(target)) {
          backup = join(staging, `${file.name}${PREVIOUS}`);
          keepCopy(target, backup, fs);
        }
        fs.renameSync(staged, target);
      }
      committed.push({ target, backup });
    }
    isDone = true;
  } catch (error) {
    rollBack(committed, fs);
    throw toOutputError(error, dir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    if (!isDone) for (const folder of [...createdFolders].reverse()) removeEmptyDir(folder, fs);
    if (!isDone && isNewDir) removeEmptyDir(dir, fs);
  }
}

/** The files of the set's owned folders that it does not name (plain files only; a folder in there is not ours). */
function findLeftOver(dir: string, set: StreamedFiles, fs: AtomicFs): string[] {
  const named = new Set(set.names);
  return (set.ownedFolders ?? []).flatMap((folder) => {
    let entries: nodeFs.Dirent[];
    try {
      entries = fs.readdirSync(join(dir, folder), { withFileTypes: true });
    } catch {
      return []; // No such folder yet.
    }
    return entries.filter((entry) => entry.isFile() && !named.has(`${folder}/${entry.name}`)).map((entry) => `${folder}/${entry.name}`);
  });
}

/** The folder of a file of the set that sits in a subfolder, created once (and remembered when new). */
function createSubfolder(dir: string, name: string, created: string[], fs: AtomicFs): void {
  const folder = dirname(join(dir, name));
  if (fs.existsSync(folder)) return;
  fs.mkdirSync(folder, { recursive: true });
  created.push(folder);
}

function isStreamed(set: readonly FileToWrite[] | StreamedFiles): set is StreamedFiles {
  return !Array.isArray(set);
}

function writeStreamed(staging: string, set: StreamedFiles, fs: AtomicFs): void {
  const files = new Map<string, number>();
  const whole = set.wholeNames ?? new Set<string>();
  const put = new Set<string>();
  try {
    for (const name of set.names) if (!whole.has(name)) files.set(name, fs.openSync(join(staging, name), "wx"));
    set.write(
      (name, chunk) => {
        const fd = files.get(name);
        if (fd === undefined) throw new Error(`${name} is not one of the files of the set`);
        if (typeof chunk === "string") fs.writeSync(fd, chunk);
        else fs.writeSync(fd, chunk);
      },
      (name, content) => {
        if (!whole.has(name) || put.has(name)) throw new Error(`${name} is not a file of the set to write whole, or is written twice`);
        const path = join(staging, name);
        fs.mkdirSync(dirname(path), { recursive: true });
        fs.writeFileSync(path, content, { flag: "wx" });
        put.add(name);
      },
    );
    for (const name of whole) if (!put.has(name)) throw new Error(`${name} was never written`);
  } finally {
    for (const fd of files.values()) fs.closeSync(fd);
  }
}

/** The staging folder of a set: `.eprovence-set-<pid>-<random>`, so a later run can tell whether its writer still runs. */
const SET_PREFIX = `${TEMPORARY_PREFIX}set-`;
const JOURNAL = "journal.json";
const PREVIOUS = ".previous";

interface Journal {
  readonly targets: readonly { readonly name: string; readonly hadPrevious: boolean }[];
}

/**
 * Puts back the earlier set of files wherever a writer was killed among its moves, and removes the
 * staging folders such runs left (a writer that is still running is left alone): each file it had
 * replaced gets its previous version back, each file it had added is removed.
 */
export function recoverInterruptedWrites(dir: string, fs: AtomicFs = nodeFs): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return; // No folder yet: nothing was ever written there.
  }
  for (const entry of entries) {
    if (!entry.startsWith(SET_PREFIX)) continue;
    const pid = Number(/^(\d+)-/.exec(entry.slice(SET_PREFIX.length))?.[1]);
    if (pid !== process.pid && isRunning(pid)) continue;
    const staging = join(dir, entry);
    const journal = readJournal(join(staging, JOURNAL), fs);
    for (const { name, hadPrevious } of [...(journal?.targets ?? [])].reverse()) {
      const target = join(dir, name);
      const backup = join(staging, `${name}${PREVIOUS}`);
      if (fs.existsSync(backup)) fs.renameSync(backup, target);
      else if (!hadPrevious && wasMoved(join(staging, name), target, fs)) fs.rmSync(target, { force: true });
    }
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Whether process `pid` still runs (a process of another user counts): its temporary files are not stale. */
export function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readJournal(path: string, fs: AtomicFs): Journal | undefined {
  try {
    return JSON.parse(fs.readFileSync(path, "utf8")) as Journal;
  } catch {
    return undefined; // Killed before the journal was written: no file was moved yet.
  }
}

/** The staged file reached its target: gone from staging, or hard-linked there (the same file). */
function wasMoved(staged: string, target: string, fs: AtomicFs): boolean {
  if (!fs.existsSync(target)) return false;
  if (!fs.existsSync(staged)) return true;
  return fs.statSync(staged).ino === fs.statSync(target).ino;
}

/** File systems without hard links (FAT on a USB stick, some network shares) say so with one of these. */
const NO_HARD_LINKS = ["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "EMLINK", "ENOSYS"];

function moveWithoutReplacing(from: string, target: string, fs: AtomicFs): void {
  try {
    fs.linkSync(from, target);
  } catch (error) {
    // Node names the link's source in `path`: the message must name the file that is in the way.
    if (isErrorCode(error, "EEXIST")) throw Object.assign(new Error("exists"), { code: "EEXIST", path: target });
    if (!isErrorCode(error, ...NO_HARD_LINKS)) throw error;
    // No hard links here: check, then rename (the one case where a file created in between could be replaced).
    if (fs.existsSync(target)) throw Object.assign(new Error("exists"), { code: "EEXIST", path: target });
    fs.renameSync(from, target);
    return;
  }
  fs.rmSync(from, { force: true });
}

/** A hard link costs nothing; file systems without links get a copy. */
function keepCopy(target: string, backup: string, fs: AtomicFs): void {
  try {
    fs.linkSync(target, backup);
  } catch (error) {
    if (!isErrorCode(error, ...NO_HARD_LINKS)) throw error;
    fs.copyFileSync(target, backup);
  }
}

/** Newest first: restore the previous file or remove the new one. Best effort: the first error is the one reported. */
function rollBack(committed: readonly { target: string; backup: string | undefined }[], fs: AtomicFs): void {
  for (const { target, backup } of [...committed].reverse()) {
    try {
      if (backup === undefined) fs.rmSync(target, { force: true });
      else fs.renameSync(backup, target);
    } catch {
      // Nothing better to do: the original error says what went wrong.
    }
  }
}

function removeEmptyDir(dir: string, fs: AtomicFs): void {
  try {
    fs.rmdirSync(dir);
  } catch {
    // Not empty or already gone: leave it.
  }
}

export function toOutputError(error: unknown, path: string): EprovenceError {
  if (error instanceof EprovenceError) return error;
  const { code, path: erroredPath } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === "EEXIST") {
    // A set of files names the folder and the file that appeared; one file names itself.
    const target = erroredPath ?? path;
    return target === path ? new EprovenceError("output-exists", { path }) : new EprovenceError("output-exists", { path, files: basename(target) });
  }
  // Anything else the file system said, in the words of the one mapping; an error without a code (a bug) still names the file.
  return toFileFailure(error, path, "write") ?? new EprovenceError("output-unwritable", { path, reason: "other" });
}

function isErrorCode(error: unknown, ...codes: string[]): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && codes.includes(code);
}
