/**
 * Why a file could not be opened, in words a controller understands. Never a stack trace.
 * Runs in Node and in the browser (standalone pane): no file system here, see node-files.ts.
 */
import JSZip from "jszip";

export class WorkbookOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookOpenError";
  }
}

/** .xlsx files are zip archives ("PK\x03\x04"); encrypted workbooks and old .xls are OLE compound files. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

export function assertXlsxSignature(buffer: Uint8Array, name: string): void {
  const starts = (signature: number[]) => signature.every((byte, i) => buffer[i] === byte);
  if (starts(OLE_SIGNATURE)) {
    throw new WorkbookOpenError(
      `Die Datei „${name}“ ist kennwortgeschützt oder im alten .xls-Format. Bitte in Excel ohne Kennwort als .xlsx speichern.`,
    );
  }
  if (!starts(ZIP_SIGNATURE)) throw new WorkbookOpenError(`Die Datei „${name}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx).`);
}

/** Unpacked limits: an .xlsx that expands beyond them is refused before it is parsed (zip bombs, runaway exports). */
export const UNPACKED_LIMITS = { bytes: 1024 * 1024 * 1024, entries: 50_000 };

/**
 * Reads only the zip directory (cheap) and refuses a package whose declared unpacked size or entry count is beyond the
 * limits, so that a hostile or broken file fails fast with a message instead of exhausting memory.
 */
export async function assertUnpackedSize(buffer: Uint8Array, name: string, limits = UNPACKED_LIMITS): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw new WorkbookOpenError(`Die Datei „${name}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx) oder beschädigt.`);
  }
  let bytes = 0;
  let entries = 0;
  zip.forEach((_path, file) => {
    entries++;
    bytes += (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (entries > limits.entries || bytes > limits.bytes) {
    throw new WorkbookOpenError(
      `Die Datei „${name}“ ist entpackt zu groß (${Math.round(bytes / 1024 / 1024).toLocaleString("de-DE")} MB, ${entries.toLocaleString("de-DE")} Teile; höchstens ${Math.round(limits.bytes / 1024 / 1024).toLocaleString("de-DE")} MB) und wird nicht verarbeitet.`,
    );
  }
}
