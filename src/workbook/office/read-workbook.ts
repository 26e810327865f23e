/**
 * readSheets under Office.js in a constant number of round trips, whatever the number of sheets:
 *  1. sheet names, visibility, tables and the add-in state;
 *  2. used-range addresses and sizes (a range above 5 million cells is refused before its values are requested);
 *  3. values (and number formats) of every requested sheet, and the table ranges.
 */
import type { AddinState, ReadRequest, RawCell, SheetRead, SheetVisibility, WorkbookRead } from "../port";
import { rangeOfAddress } from "./addresses";
import { mergeStates, parseState, SETTINGS_KEY, STATE_SHEET_PREFIX, stateFromSheetValues } from "./addin-state";
import { OfficeWorkbookError } from "./office-errors";

export const MAX_READ_CELLS = 5_000_000;

const VISIBILITY: Record<string, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export async function readWorkbook(context: Excel.RequestContext, request: ReadRequest): Promise<WorkbookRead> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const tables = workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const setting = workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const stateRange = sheets.getItemOrNullObject(STATE_SHEET_PREFIX).getUsedRangeOrNullObject(true);
  stateRange.load("values");
  await context.sync();

  const stateSheet = sheets.items.find((s) => s.name === STATE_SHEET_PREFIX);
  const state: AddinState = mergeStates(
    setting.isNullObject ? null : parseState(setting.value),
    stateRange.isNullObject ? null : stateFromSheetValues(stateRange.values),
  );
  const owned = new Set(Object.values(state.ownedSheets).map((n) => n.toLowerCase()));
  const wanted = request.sheets ? new Set(request.sheets.map((n) => n.toLowerCase())) : null;
  const toRead = sheets.items.filter(
    (s) => s !== stateSheet && (wanted ? wanted.has(s.name.toLowerCase()) : !owned.has(s.name.toLowerCase())),
  );
  const used = toRead.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("address,rowCount,columnCount");
    return { sheet, range };
  });
  await context.sync();

  for (const { sheet, range } of used) {
    if (!range.isNullObject && range.rowCount * range.columnCount > MAX_READ_CELLS) {
      throw new OfficeWorkbookError(
        `Das Blatt „${sheet.name}“ ist mit ${(range.rowCount * range.columnCount).toLocaleString("de-DE")} Zellen zu groß zum Lesen (höchstens ${MAX_READ_CELLS.toLocaleString("de-DE")}). Bitte die Daten auf das Nötige beschränken.`,
        "RangeExceedsLimit",
      );
    }
    if (!range.isNullObject) range.load(request.numberFormats ? "values,numberFormat" : "values");
  }
  const tableRanges = tables.items
    .filter((t) => toRead.some((s) => s.name === t.worksheet.name))
    .map((table) => {
      const range = table.getRange();
      range.load("address");
      return { table, range };
    });
  await context.sync();

  const result: SheetRead[] = used.map(({ sheet, range }) => {
    const origin = range.isNullObject ? { row: 0, col: 0 } : rangeOfAddress(range.address) ?? { row: 0, col: 0 };
    return {
      name: sheet.name,
      visibility: VISIBILITY[String(sheet.visibility)] ?? "visible",
      origin: { row: origin.row, col: origin.col },
      values: range.isNullObject ? [] : (range.values as RawCell[][]).map((row) => row.map(normalize)),
      ...(request.numberFormats && !range.isNullObject ? { numberFormats: range.numberFormat as string[][] } : {}),
      tables: tableRanges
        .filter(({ table }) => table.worksheet.name === sheet.name)
        .flatMap(({ table, range: tableRange }) => {
          const position = rangeOfAddress(tableRange.address);
          return position ? [{ name: table.name, range: position }] : [];
        }),
    };
  });
  return { sheets: result, sheetNames: sheets.items.filter((s) => s !== stateSheet).map((s) => s.name), state };
}

/** Office.js gives "" for an empty cell; the port says null (blank is not zero, and not text either). */
function normalize(value: unknown): RawCell {
  if (value === "" || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return null;
}
