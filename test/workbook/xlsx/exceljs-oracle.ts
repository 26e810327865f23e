/**
 * The test oracle for the package reader (src/workbook/xlsx/reading): how the adapter read a worksheet when it still
 * loaded workbooks with ExcelJS — one ExcelJS worksheet as the port's SheetRead, values as Office.js gives them.
 * Kept only to compare the two readers on the same files.
 */
import type ExcelJS from "exceljs";
import type { RawCell, SheetRead, SheetVisibility, TableRead } from "../../../src/workbook/port";
import { parseRangeRef } from "../../../src/sources/a1";
import { WorkbookOpenError } from "../../../src/workbook/xlsx/open-errors";

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Dates as Excel serial numbers (1900 date system), like Office.js returns them. ExcelJS dates are UTC. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH) / MS_PER_DAY;
}

export function toRawCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      // No cached value (circular reference, or written by a program that does not calculate): Excel would show a
      // value here, so the cell is not blank; as an error it reaches the user as a missing value naming the cell.
      if (result === undefined || result === null) return "#N/A";
      if (typeof result === "object" && result !== null && "error" in result) return String((result as { error: string }).error);
      return toRawCell(result as ExcelJS.CellValue);
    }
    if ("text" in value) return String((value as { text: unknown }).text);
  }
  return null;
}

/**
 * A cell's value as Office.js reads it: ExcelJS repeats a merged range's value in every cell of the merge, Excel keeps
 * it only in the top-left cell — the others are blank, so a value merged across three months is not read three times.
 */
function cellValue(cell: ExcelJS.Cell): RawCell {
  if (cell.isMerged && cell.master !== cell) return null;
  return toRawCell(cell.value);
}

/**
 * The used range is copied densely, and an empty slot costs memory too: two cells in opposite corners of a sheet
 * (A1 and XFD1048576) would ask for 17 billion. Fifty times the largest case list we expect (100.000 × 4).
 */
export const MAX_USED_RANGE_CELLS = 20_000_000;

export function readSheet(worksheet: ExcelJS.Worksheet, withNumberFormats: boolean): SheetRead {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cellValue(cell) === null) return;
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, colNumber);
      right = Math.max(right, colNumber);
    });
  });
  const values: RawCell[][] = [];
  const numberFormats: string[][] = [];
  if (bottom >= 0) assertUsedRangeReadable(worksheet.name, top, left, bottom, right);
  if (bottom >= 0) {
    for (let r = top; r <= bottom; r++) {
      // findRow/findCell, not getRow/getCell: reading must not create rows or cells in the user's sheet.
      const row = worksheet.findRow(r);
      const rowValues: RawCell[] = [];
      const rowFormats: string[] = [];
      for (let c = left; c <= right; c++) {
        const cell = row?.findCell(c);
        rowValues.push(cell ? cellValue(cell) : null);
        if (withNumberFormats) rowFormats.push(cell?.numFmt || "General");
      }
      values.push(rowValues);
      if (withNumberFormats) numberFormats.push(rowFormats);
    }
  }
  return {
    name: worksheet.name,
    visibility: (worksheet.state as SheetVisibility) ?? "visible",
    origin: { row: bottom >= 0 ? top - 1 : 0, col: bottom >= 0 ? left - 1 : 0 },
    values,
    ...(withNumberFormats ? { numberFormats } : {}),
    tables: readTables(worksheet),
  };
}

function assertUsedRangeReadable(sheet: string, top: number, left: number, bottom: number, right: number): void {
  const cells = (bottom - top + 1) * (right - left + 1);
  if (cells <= MAX_USED_RANGE_CELLS) return;
  const de = (n: number) => n.toLocaleString("de-DE");
  throw new WorkbookOpenError(
    `Das Blatt „${sheet}“ reicht von ${columnName(left)}${top} bis ${columnName(right)}${bottom} (${de(cells)} Zellen); gelesen werden höchstens ${de(MAX_USED_RANGE_CELLS)} Zellen je Blatt. Bitte Inhalte weit außerhalb der Tabelle löschen.`,
  );
}

/** 1 → A, 27 → AA, 16384 → XFD. */
function columnName(column: number): string {
  let name = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

function readTables(worksheet: ExcelJS.Worksheet): TableRead[] {
  const tables = (worksheet as unknown as { tables?: Record<string, { table?: { name?: string; tableRef?: string; ref?: string } }> }).tables ?? {};
  const found: TableRead[] = [];
  for (const [key, entry] of Object.entries(tables)) {
    const ref = entry.table?.tableRef ?? entry.table?.ref;
    const range = ref ? parseRangeRef(ref) : null;
    if (range) found.push({ name: entry.table?.name ?? key, range });
  }
  return found;
}

