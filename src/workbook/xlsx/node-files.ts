/**
 * Opening and saving .xlsx files on disk: Node only (CLI, tests, benchmarks). The browser pane opens bytes the user
 * picked and offers the result as a download instead.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { WorkbookOpenError } from "./open-errors";
import { XlsxWorkbook } from "./xlsx-workbook";

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

export async function openXlsxFile(path: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(readWorkbookFile(path), basename(path));
}

export async function saveXlsxFile(workbook: XlsxWorkbook, path: string): Promise<void> {
  writeFileSync(path, await workbook.toBuffer());
}
