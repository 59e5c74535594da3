import { spawnSync } from "node:child_process";
import * as nodeFs from "node:fs";
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EprovenceError } from "../domain/errors.js";
import { createAtomicFile, recoverInterruptedWrites, writeFileAtomically, writeFilesAtomically, type AtomicFs } from "./atomic-write.js";

const FILES = [
  { name: "a.csv", content: Buffer.from("new a") },
  { name: "b.json", content: Buffer.from("new b") },
  { name: "manifest.json", content: Buffer.from("new manifest") },
];

let root = "";
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "eprovence-atomic-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The real file system, with one call failing on its `n`-th use. */
function failing(call: "writeFileSync" | "renameSync" | "linkSync" | "writeSync", n: number, code = "EIO"): AtomicFs {
  let calls = 0;
  const fail = (): void => {
    if (++calls === n) throw Object.assign(new Error(`${call} failed`), { code });
  };
  if (call === "writeFileSync") return { ...nodeFs, writeFileSync: ((...args: Parameters<typeof nodeFs.writeFileSync>) => (fail(), nodeFs.writeFileSync(...args))) as typeof nodeFs.writeFileSync };
  if (call === "writeSync") return { ...nodeFs, writeSync: ((...args: Parameters<typeof nodeFs.writeSync>) => (fail(), nodeFs.writeSync(...args))) as typeof nodeFs.writeSync };
  if (call === "linkSync") return { ...nodeFs, linkSync: ((...args: Parameters<typeof nodeFs.linkSync>) => (fail(), nodeFs.linkSync(...args))) as typeof nodeFs.linkSync };
  return { ...nodeFs, renameSync: ((...args: Parameters<typeof nodeFs.renameSync>) => (fail(), nodeFs.renameSync(...args))) as typeof nodeFs.renameSync };
}

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

describe("writeFilesAtomically", () => {
  it("writes every file into a new folder, leaving no staging folder", () => {
    const out = join(root, "a", "b", "out");
    writeFilesAtomically(out, FILES, { replace: false });
    expect(contents(out)).toEqual({ "a.csv": "new a", "b.json": "new b", "manifest.json": "new manifest" });
  });

  /** The same set, written piece by piece and interleaved, as the export writes its files in one pass. */
  const streamed = (pieces: number) => ({
    names: FILES.map((file) => file.name),
    write(into: (name: string, text: string) => void) {
      for (let i = 0; i < pieces; i++) for (const file of FILES) into(file.name, `${"x".repeat(1000)}\n`);
      for (const file of FILES) into(file.name, file.content.toString("utf8"));
    },
  });

  it("writes a streamed set: every piece in its file, in order", () => {
    const out = join(root, "out");
    writeFilesAtomically(out, streamed(200), { replace: false });
    const expected = (name: string): string => `${"x".repeat(1000)}\n`.repeat(200) + (FILES.find((file) => file.name === name)?.content.toString("utf8") ?? "");
    expect(contents(out)).toEqual({ "a.csv": expected("a.csv"), "b.json": expected("b.json"), "manifest.json": expected("manifest.json") });
  });

  it("a streamed set failing half-way (the disk full on the 5th block) replaces nothing: the earlier export is whole", () => {
    const out = join(root, "out");
    nodeFs.mkdirSync(out);
    for (const file of FILES) writeFileSync(join(out, file.name), `old ${file.name}`);
    expect(() => writeFilesAtomically(out, streamed(500), { replace: true }, failing("writeSync", 5, "ENOSPC"))).toThrow(
      expect.objectContaining({ code: "disk-full" }),
    );
    expect(contents(out)).toEqual({ "a.csv": "old a.csv", "b.json": "old b.json", "manifest.json": "old manifest.json" });
  });

  it.each([1, 2, 3])("a write failing on file %i: the new folder is removed, nothing is left", (n) => {
    const out = join(root, "out");
    expect(() => writeFilesAtomically(out, FILES, { replace: false }, failing("writeFileSync", n))).toThrow(EprovenceError);
    expect(readdirSync(root)).toEqual([]);
  });

  it.each([1, 2, 3])("a rename failing on file %i (--force over an earlier export): the earlier files are all back", (n) => {
    const out = join(root, "out");
    nodeFs.mkdirSync(out);
    for (const file of FILES) writeFileSync(join(out, file.name), `old ${file.name}`);
    writeFileSync(join(out, "notes.txt"), "mine");
    const before = contents(out);
    expect(() => writeFilesAtomically(out, FILES, { replace: true }, failing("renameSync", n))).toThrow(
      expect.objectContaining({ code: "output-unwritable", params: { path: out, reason: "io" } }) as Error,
    );
    expect(contents(out)).toEqual(before);
  });

  it("a move failing on the last file of a first export: the files moved before it are removed", () => {
    const out = join(root, "out");
    expect(() => writeFilesAtomically(out, FILES, { replace: false }, failing("linkSync", 3))).toThrow(EprovenceError);
    expect(readdirSync(root)).toEqual([]);
  });

  it("without force, a file another process put there after the check is not replaced", () => {
    const out = join(root, "out");
    let isPlanted = false;
    const racing: AtomicFs = {
      ...nodeFs,
      linkSync: (existing, target) => {
        if (!isPlanted && String(target).endsWith("b.json")) {
          writeFileSync(target, "theirs");
          isPlanted = true;
        }
        nodeFs.linkSync(existing, target);
      },
    };
    expect(() => writeFilesAtomically(out, FILES, { replace: false }, racing)).toThrow(
      expect.objectContaining({ code: "output-exists", params: { path: out, files: "b.json" } }) as Error,
    );
    expect(contents(out)).toEqual({ "b.json": "theirs" });
  });

  it("a streamed set may hold whole files in a subfolder (an export's images/): all moved into place, or none and no folder", () => {
    const set = (failAt?: string) => ({
      names: ["a.csv", "images/A-1.jpg", "images/A-2.png", "manifest.json"],
      wholeNames: new Set(["images/A-1.jpg", "images/A-2.png"]),
      write(into: (name: string, chunk: string) => void, put: (name: string, content: Buffer) => void) {
        into("a.csv", "sku\n");
        for (const name of ["images/A-1.jpg", "images/A-2.png"]) {
          if (name === failAt) throw new EprovenceError("stored-picture-missing", { sku: "A", sha256: "0".repeat(64) });
          put(name, Buffer.from(name));
        }
        into("manifest.json", "{}");
      },
    });
    const failed = join(root, "failed");
    expect(() => writeFilesAtomically(failed, set("images/A-2.png"), { replace: false })).toThrow(EprovenceError);
    expect(nodeFs.existsSync(failed)).toBe(false);
    const out = join(root, "out");
    writeFilesAtomically(out, set(), { replace: false });
    expect(readdirSync(out).sort()).toEqual(["a.csv", "images", "manifest.json"]);
    expect(readFileSync(join(out, "images", "A-2.png"), "utf8")).toBe("images/A-2.png");
    // A move failing after the pictures: the folder the set created goes with them.
    const rolled = join(root, "rolled");
    expect(() => writeFilesAtomically(rolled, set(), { replace: false }, failing("linkSync", 4))).toThrow();
    expect(nodeFs.existsSync(join(rolled, "images"))).toBe(false);
  });

  it("a set replacing an earlier one with fewer files in a folder it owns removes the others — and puts them back if it fails", () => {
    const pictures = (names: readonly string[], failAtMove?: number) => ({
      set: {
        names: ["a.csv", ...names, "manifest.json"],
        wholeNames: new Set(names),
        ownedFolders: ["images"],
        write(into: (name: string, chunk: string) => void, put: (name: string, content: Buffer) => void) {
          into("a.csv", `sku ${names.length}\n`);
          for (const name of names) put(name, Buffer.from(`new ${name}`));
          into("manifest.json", "{}");
        },
      },
      fs: failAtMove === undefined ? nodeFs : failing("renameSync", failAtMove),
    });
    const out = join(root, "out");
    const first = pictures(["images/A-1.jpg", "images/A-2.png", "images/B-1.jpg"]);
    writeFilesAtomically(out, first.set, { replace: false });
    nodeFs.mkdirSync(join(out, "images", "kept-by-the-owner"));
    // The second set fails on its last move: the earlier pictures are all there again.
    const failed = pictures(["images/A-1.jpg"], 3);
    expect(() => writeFilesAtomically(out, failed.set, { replace: true }, failed.fs)).toThrow();
    expect(readdirSync(join(out, "images")).sort()).toEqual(["A-1.jpg", "A-2.png", "B-1.jpg", "kept-by-the-owner"]);
    expect(readFileSync(join(out, "images", "A-1.jpg"), "utf8")).toBe("new images/A-1.jpg");
    const second = pictures(["images/A-1.jpg"]);
    writeFilesAtomically(out, second.set, { replace: true });
    // A folder in there is not the set's: left alone.
    expect(readdirSync(join(out, "images")).sort()).toEqual(["A-1.jpg", "kept-by-the-owner"]);
    expect(readFileSync(join(out, "a.csv"), "utf8")).toBe("sku 1\n");
  });

  it("refuses to replace without force, and names the files there", () => {
    const out = join(root, "out");
    nodeFs.mkdirSync(out);
    writeFileSync(join(out, "b.json"), "old");
    expect(() => writeFilesAtomically(out, FILES, { replace: false })).toThrow(
      expect.objectContaining({ code: "output-exists", params: { path: out, files: "b.json" } }) as Error,
    );
    expect(contents(out)).toEqual({ "b.json": "old" });
  });
});

describe("writeFileAtomically and createAtomicFile: one file", () => {
  it("writes the file under its name, with no temporary file left beside it", () => {
    const path = join(root, "dossier.html");
    writeFileAtomically(path, "<html>", { replace: false });
    expect(contents(root)).toEqual({ "dossier.html": "<html>" });
  });

  it("does not replace an existing file unless asked, and names it", () => {
    const path = join(root, "dossier.html");
    writeFileSync(path, "mine");
    expect(() => writeFileAtomically(path, "new", { replace: false })).toThrow(expect.objectContaining({ code: "output-exists", params: { path } }) as Error);
    expect(contents(root)).toEqual({ "dossier.html": "mine" });
    writeFileAtomically(path, "new", { replace: true });
    expect(contents(root)).toEqual({ "dossier.html": "new" });
  });

  it("a file another process created while this one was writing is not replaced", () => {
    const path = join(root, "rejects.csv");
    const file = createAtomicFile(path, { replace: false });
    file.write("sku;reason\r\n");
    writeFileSync(path, "theirs");
    expect(() => file.commit()).toThrow(expect.objectContaining({ code: "output-exists" }) as Error);
    expect(contents(root)).toEqual({ "rejects.csv": "theirs" });
  });

  it("never follows a symlink planted where its temporary file could be: the name is unpredictable and created exclusively", () => {
    const path = join(root, "rejects.csv");
    const victim = join(root, "victim.txt");
    writeFileSync(victim, "précieux");
    // The name an earlier version used, `<PATH>.<pid>.tmp`, opened without exclusive creation.
    symlinkSync(victim, `${path}.${process.pid}.tmp`);
    const first = createAtomicFile(path, { replace: true });
    const second = createAtomicFile(join(root, "other.csv"), { replace: true });
    first.write("sku\r\n");
    const temporaries = readdirSync(root).filter((name) => name.endsWith(".tmp") && !lstatSync(join(root, name)).isSymbolicLink());
    // Two files being written: two temporary names, neither derived from the process id.
    expect(temporaries).toHaveLength(2);
    expect(temporaries.some((name) => name.includes(String(process.pid)))).toBe(false);
    first.commit();
    second.discard();
    expect(readFileSync(victim, "utf8")).toBe("précieux");
    expect(readFileSync(path, "utf8")).toBe("sku\r\n");
  });

  it("is invisible until committed, and a discarded file leaves nothing", () => {
    const path = join(root, "rejects.csv");
    const file = createAtomicFile(path, { replace: true });
    file.write("a\r\n");
    expect(readdirSync(root).filter((name) => !name.startsWith("."))).toEqual([]);
    file.discard();
    expect(readdirSync(root)).toEqual([]);
  });

  it("a full disk is disk-full, and no temporary file stays behind", () => {
    const path = join(root, "dossier.html");
    expect(() => writeFileAtomically(path, "x".repeat(10), { replace: false }, failing("writeSync", 1, "ENOSPC"))).toThrow(
      expect.objectContaining({ code: "disk-full", params: { path } }) as Error,
    );
    expect(readdirSync(root)).toEqual([]);
  });

  it("a folder that does not exist is output-unwritable naming the file", () => {
    const path = join(root, "missing", "dossier.html");
    expect(() => writeFileAtomically(path, "x", { replace: false })).toThrow(expect.objectContaining({ code: "output-unwritable", params: { path, reason: "missing-folder" } }) as Error);
  });
});

describe("a set of files whose writer was killed half-way", () => {
  /** The pid of a process that has exited: its staging folder is nobody's any more. */
  const deadPid = (): number => {
    const child = spawnSync(process.execPath, ["-e", ""]);
    return child.pid ?? 0;
  };

  /**
   * What `export --force` killed after its second move leaves: the new catalogue.csv and b.json in
   * place (the first replacing an earlier file, the second new), the earlier catalogue.csv kept as a
   * backup in the staging folder with the journal, and the earlier manifest still in place.
   */
  function killedAfterTwoMoves(out: string, pid: number): void {
    nodeFs.mkdirSync(out);
    writeFileSync(join(out, "a.csv"), "old a");
    writeFileSync(join(out, "manifest.json"), "old manifest");
    const staging = join(out, `.eprovence-set-${pid}-Xy12ab`);
    nodeFs.mkdirSync(staging);
    writeFileSync(join(staging, "journal.json"), JSON.stringify({ targets: [{ name: "a.csv", hadPrevious: true }, { name: "b.json", hadPrevious: false }, { name: "manifest.json", hadPrevious: true }] }));
    nodeFs.linkSync(join(out, "a.csv"), join(staging, "a.csv.previous"));
    rmSync(join(out, "a.csv"));
    writeFileSync(join(out, "a.csv"), "new a");
    writeFileSync(join(out, "b.json"), "new b");
    writeFileSync(join(staging, "manifest.json"), "new manifest");
  }

  it("the next write into the folder first puts the earlier set back, so two exports are never left mixed", () => {
    const out = join(root, "out");
    killedAfterTwoMoves(out, deadPid());
    writeFileSync(join(out, "notes.txt"), "mine");
    expect(() => writeFilesAtomically(out, FILES, { replace: false })).toThrow(expect.objectContaining({ code: "output-exists", params: { path: out, files: "a.csv, manifest.json" } }) as Error);
    expect(contents(out)).toEqual({ "a.csv": "old a", "manifest.json": "old manifest", "notes.txt": "mine" });
  });

  it("then writes the new set as asked", () => {
    const out = join(root, "out");
    killedAfterTwoMoves(out, deadPid());
    writeFilesAtomically(out, FILES, { replace: true });
    expect(contents(out)).toEqual({ "a.csv": "new a", "b.json": "new b", "manifest.json": "new manifest" });
  });

  it("leaves alone the staging folder of a writer that is still running", () => {
    const out = join(root, "out");
    killedAfterTwoMoves(out, process.ppid);
    recoverInterruptedWrites(out);
    expect(readdirSync(out).filter((name) => name.startsWith(".eprovence-set-"))).toHaveLength(1);
    expect(readFileSync(join(out, "a.csv"), "utf8")).toBe("new a");
  });
});
