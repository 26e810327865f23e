/** Why a file could not be opened, in words a controller understands. Never a stack trace. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename } from "node:path";

export class WorkbookOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookOpenError";
  }
}

/** .xlsx files are zip archives ("PK\x03\x04"); encrypted workbooks and old .xls are OLE compound files. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** Hard limit so a hostile or mistaken input fails fast instead of exhausting memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function readWorkbookFile(path: string): Buffer {
  const name = basename(path);
  if (!existsSync(path) || !statSync(path).isFile()) throw new WorkbookOpenError(`Die Datei „${name}“ wurde nicht gefunden.`);
  if (statSync(path).size > MAX_FILE_BYTES) {
    throw new WorkbookOpenError(`Die Datei „${name}“ ist größer als ${MAX_FILE_BYTES / 1024 / 1024} MB und wird nicht verarbeitet.`);
  }
  return readFileSync(path);
}

export function assertXlsxSignature(buffer: Buffer, name: string): void {
  const starts = (signature: number[]) => signature.every((byte, i) => buffer[i] === byte);
  if (starts(OLE_SIGNATURE)) {
    throw new WorkbookOpenError(
      `Die Datei „${name}“ ist kennwortgeschützt oder im alten .xls-Format. Bitte in Excel ohne Kennwort als .xlsx speichern.`,
    );
  }
  if (!starts(ZIP_SIGNATURE)) throw new WorkbookOpenError(`Die Datei „${name}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx).`);
}
