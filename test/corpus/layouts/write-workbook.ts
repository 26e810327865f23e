/** Writes a corpus workbook with ExcelJS, its sheets in the declared or in reverse order. */
import ExcelJS from "exceljs";
import type { CellInput, LayoutWorkbook, SheetSpec } from "./model";

export type SheetOrder = "declared" | "reversed";

export async function writeLayoutWorkbook(layout: LayoutWorkbook, path: string, order: SheetOrder): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Steuerungscockpit Layout-Korpus";
  const sheets = order === "declared" ? layout.sheets : [...layout.sheets].reverse();
  for (const sheet of sheets) writeSheet(workbook, sheet);
  await workbook.xlsx.writeFile(path);
}

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = workbook.addWorksheet(spec.name, { state: spec.state ?? "visible" });
  const tableStart = spec.table ? spec.table.headerRow - 1 : spec.rows.length;
  spec.rows.slice(0, tableStart).forEach((row, r) => row.forEach((cell, c) => setCell(ws.getCell(r + 1, c + 1), cell)));
  if (spec.table) writeTable(ws, spec, spec.table);
  for (const range of spec.merges ?? []) ws.mergeCells(range);
}

/** The header row and everything below it as an Excel table (ListObject), as a controller's "Als Tabelle formatieren". */
function writeTable(ws: ExcelJS.Worksheet, spec: SheetSpec, table: NonNullable<SheetSpec["table"]>): void {
  const [header, ...body] = spec.rows.slice(table.headerRow - 1);
  const column = table.firstColumn ?? 1;
  const ref = ws.getCell(table.headerRow, column).address;
  ws.addTable({
    name: table.name,
    ref,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: header.map((h) => ({ name: String(h ?? ""), filterButton: true })),
    rows: body.map((row) => header.map((_, i) => plain(row[i]))),
  });
  // addTable writes raw values; number formats of the body are applied afterwards.
  body.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell && typeof cell === "object" && "numFmt" in cell) ws.getCell(table.headerRow + 1 + r, column + c).numFmt = cell.numFmt;
    }),
  );
}

function plain(cell: CellInput): ExcelJS.CellValue {
  if (cell === undefined) return null;
  if (cell && typeof cell === "object" && "numFmt" in cell) return cell.value;
  if (cell && typeof cell === "object" && "formula" in cell) return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
  return cell;
}

function setCell(target: ExcelJS.Cell, cell: CellInput): void {
  if (cell === undefined || cell === null) return;
  if (cell instanceof Date) {
    target.value = cell;
    target.numFmt = "mmm yy";
  } else if (typeof cell === "object" && "numFmt" in cell) {
    target.value = cell.value;
    target.numFmt = cell.numFmt;
  } else if (typeof cell === "object" && "formula" in cell) {
    target.value = { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
  } else {
    target.value = cell;
  }
}
