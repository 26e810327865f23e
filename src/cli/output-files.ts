/**
 * Writing the CLI's output files (the report copy, the JSON summary) so that no run can cost the user a file:
 *
 * - An output that is the input — by the same path, through a symbolic link, or as a hard link (same device and inode)
 *   — is refused: only comparing path strings let `--out link-to-input.xlsx` and `--json input.xlsx` overwrite it.
 * - The bytes go to a temporary file in the target folder, are flushed to disk and then renamed over the target: a full
 *   disk or a file-size limit leaves the previous report as it was, not a truncated file that is no zip.
 * - Missing folders are created one at a time, from the top, a bounded number of them: `mkdirSync(…, { recursive })`
 *   spins for ever on a path like /proc/nope/x.xlsx.
 * - The system's English error text ("ENOSPC: no space left on device") becomes a German message naming the file.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join, parse } from "node:path";

/** An output that cannot or must not be written; the message is for the user. */
export class OutputFileError extends Error {
  constructor(
    message: string,
    /** The output names the input (or the other output): a wrong call, not a failed write. */
    readonly refused = false,
  ) {
    super(message);
    this.name = "OutputFileError";
  }
}

/** More new folders than any sensible output path asks for. */
const MAX_NEW_FOLDERS = 32;

/** Whether two paths name the same file: the same inode on the same device, or (where inodes are not given) the same real path. */
export function sameFile(a: string, b: string): boolean {
  const first = statSync(a, { bigint: true, throwIfNoEntry: false });
  const second = statSync(b, { bigint: true, throwIfNoEntry: false });
  if (!first || !second) return false;
  if (first.ino !== 0n && second.ino !== 0n) return first.dev === second.dev && first.ino === second.ino;
  return realpathSync(a) === realpathSync(b);
}

/** Refuses an output path that names the input file, however it is spelled or linked. */
export function assertNotInput(input: string, output: string, what: string): void {
  if (sameFile(input, output)) {
    throw new OutputFileError(`${what} „${output}“ ist die Eingabedatei (oder eine Verknüpfung auf sie) – die Eingabe wird nie verändert.`, true);
  }
}

/** Writes `data` to `path` as a whole or not at all. */
export function writeOutputFile(path: string, data: Uint8Array | string): void {
  ensureFolder(dirname(path), path);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fd = openSync(temporary, "wx");
    try {
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Not created, or already renamed: nothing to clean up.
    }
    throw writeFailure(error, path);
  }
}

/** Creates the missing folders of `folder` from the top down, each on its own. */
function ensureFolder(folder: string, path: string): void {
  const missing: string[] = [];
  for (let current = folder; !existsSync(current); current = dirname(current)) {
    if (current === parse(current).root || missing.length >= MAX_NEW_FOLDERS) {
      throw new OutputFileError(`Der Ordner für „${path}“ kann nicht angelegt werden (mehr als ${MAX_NEW_FOLDERS} neue Ordner oder kein Laufwerk).`);
    }
    missing.push(current);
  }
  for (const next of missing.reverse()) {
    try {
      mkdirSync(next);
    } catch (error) {
      throw writeFailure(error, path, next);
    }
  }
}

/** The German message for a failed write, from the error's code (the system's text is English and varies). */
export function writeFailure(error: unknown, path: string, folder?: string): OutputFileError {
  const code = (error as { code?: string } | null)?.code ?? "";
  const where = folder ? `Der Ordner „${folder}“ für „${path}“ kann nicht angelegt werden` : `Die Datei „${path}“ kann nicht geschrieben werden`;
  const reason: Record<string, string> = {
    ENOSPC: "auf dem Datenträger ist nicht genug Platz",
    EDQUOT: "das Speicherkontingent ist erschöpft",
    EFBIG: "die Datei überschreitet die erlaubte Dateigröße",
    EACCES: "keine Berechtigung",
    EPERM: "keine Berechtigung",
    EROFS: "der Datenträger ist schreibgeschützt",
    ENOENT: folder ? "dort lassen sich keine Ordner anlegen" : "der Ordner existiert nicht",
    ENOTDIR: "ein Teil des Pfades ist eine Datei, kein Ordner",
    EISDIR: "unter diesem Namen gibt es einen Ordner",
    EEXIST: "unter diesem Namen gibt es schon etwas anderes",
    ENOTEMPTY: "unter diesem Namen gibt es einen Ordner",
    ENAMETOOLONG: "der Pfad ist zu lang",
    EBUSY: "die Datei ist in Benutzung (z. B. in Excel geöffnet)",
    ETXTBSY: "die Datei ist in Benutzung",
    EMFILE: "zu viele offene Dateien",
    EIO: "Ein-/Ausgabefehler des Datenträgers",
  };
  return new OutputFileError(`${where}: ${reason[code] ?? `Systemfehler ${code || "ohne Code"}`}.`);
}
