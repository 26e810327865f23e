/**
 * Writing the add-in's state sheet (see ../state-sheet.ts) into an ExcelJS workbook: the report's own workbook, or the
 * user's whole workbook when it has to be re-written.
 */
import type ExcelJS from "exceljs";
import type { AddinState } from "../port";
import { isStateSheet, STATE_SHEET_MARKER, STATE_SHEET_PREFIX } from "../state-sheet";

export const STATE_SHEET = STATE_SHEET_PREFIX;
const CHUNK = 30_000;

/** Writes the state sheet; `otherNames` are sheets it must not be named like besides those of `workbook`. */
export function writeState(workbook: ExcelJS.Workbook, state: AddinState, otherNames: string[] = []): void {
  const existing = workbook.worksheets.find((w) => isStateSheet(w.name, [[w.getCell("A1").value]]));
  if (existing) workbook.removeWorksheet(existing.id);
  const taken = new Set([...workbook.worksheets.map((w) => w.name), ...otherNames].map((n) => n.toLowerCase()));
  let name = STATE_SHEET;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${STATE_SHEET} (${i})`;
  const sheet = workbook.addWorksheet(name, { state: "veryHidden" });
  sheet.getCell("A1").value = STATE_SHEET_MARKER;
  const json = JSON.stringify(state);
  for (let i = 0, r = 2; i < json.length; i += CHUNK, r++) sheet.getCell(`A${r}`).value = json.slice(i, i + CHUNK);
}
