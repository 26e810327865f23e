/**
 * Where the add-in remembers which sheets it owns (and its settings) inside an .xlsx: a very hidden sheet holding one
 * JSON document, split over cells because a cell holds at most 32.767 characters. No personal data is ever stored here.
 */
import type ExcelJS from "exceljs";
import { type AddinState, EMPTY_STATE } from "../port";

export const STATE_SHEET = "_Steuerungscockpit";
const CHUNK = 30_000;
const MARKER = "steuerungscockpit-state-v1";

export function findStateSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((w) => w.name.startsWith(STATE_SHEET) && readMarker(w));
}

function readMarker(sheet: ExcelJS.Worksheet): boolean {
  return sheet.getCell("A1").value === MARKER;
}

export function readState(workbook: ExcelJS.Workbook): AddinState {
  const sheet = findStateSheet(workbook);
  if (!sheet) return EMPTY_STATE;
  let json = "";
  for (let r = 2; ; r++) {
    const value = sheet.getCell(`A${r}`).value;
    if (typeof value !== "string") break;
    json += value;
  }
  try {
    const parsed = JSON.parse(json) as Partial<AddinState>;
    return {
      ownedSheets: isStringRecord(parsed.ownedSheets) ? parsed.ownedSheets : {},
      settings: isStringRecord(parsed.settings) ? parsed.settings : {},
    };
  } catch {
    // A damaged state only means the add-in forgets which sheets it made; it then never overwrites them (safe side).
    return EMPTY_STATE;
  }
}

/** Writes the state sheet; `otherNames` are sheets it must not be named like besides those of `workbook`. */
export function writeState(workbook: ExcelJS.Workbook, state: AddinState, otherNames: string[] = []): void {
  const existing = findStateSheet(workbook);
  if (existing) workbook.removeWorksheet(existing.id);
  const taken = new Set([...workbook.worksheets.map((w) => w.name), ...otherNames].map((n) => n.toLowerCase()));
  let name = STATE_SHEET;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${STATE_SHEET} (${i})`;
  const sheet = workbook.addWorksheet(name, { state: "veryHidden" });
  sheet.getCell("A1").value = MARKER;
  const json = JSON.stringify(state);
  for (let i = 0, r = 2; i < json.length; i += CHUNK, r++) sheet.getCell(`A${r}`).value = json.slice(i, i + CHUNK);
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && Object.values(value).every((v) => typeof v === "string");
}
