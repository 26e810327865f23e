/**
 * readSheets under Office.js in a constant number of round trips, whatever the number of sheets:
 *  1. sheet names, visibility, tables and the add-in state;
 *  2. used-range addresses and sizes (a range above 5 million cells is refused before its values are requested);
 *  3. values (and number formats) of every requested sheet, and the table ranges.
 * Only when the values would make a response above Excel on the web's ~5 MB limit are they fetched in row blocks,
 * one round trip each (a 100.000-row case list: a few more; every ordinary workbook: still three).
 */
import type { AddinState, ReadRequest, RawCell, SheetRead, SheetVisibility, WorkbookRead } from "../port";
import { rangeOfAddress } from "./addresses";
import { mergeStates, parseState, SETTINGS_KEY, STATE_SHEET_PREFIX, stateFromSheetValues } from "./addin-state";
import { OfficeWorkbookError } from "./office-errors";

export const MAX_READ_CELLS = 5_000_000;
/** Cells per response: ~22 bytes each for value and number format (measured on the mock) keeps a response near 3,3 MB, below the 5 MB limit. */
export const READ_BLOCK_CELLS = 150_000;

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
  }
  const properties = request.numberFormats ? "values,numberFormat" : "values";
  const requests = planReadRequests(used.map(({ range }) => (range.isNullObject ? null : { rows: range.rowCount, cols: range.columnCount })));
  const blocks = used.map(() => [] as Excel.Range[]);
  const queue = (parts: ReadPart[]) => {
    for (const part of parts) {
      const { sheet, range } = used[part.sheet];
      const origin = rangeOfAddress(range.address) ?? { row: 0, col: 0 };
      const block = part.whole ? range : sheet.getRangeByIndexes(origin.row + part.row, origin.col, part.rows, range.columnCount);
      block.load(properties);
      blocks[part.sheet].push(block);
    }
  };
  queue(requests[0] ?? []);
  const tableRanges = tables.items
    .filter((t) => toRead.some((s) => s.name === t.worksheet.name))
    .map((table) => {
      const range = table.getRange();
      range.load("address");
      return { table, range };
    });
  await context.sync();
  for (const parts of requests.slice(1)) {
    queue(parts);
    // Deliberate: each block is its own response, to stay below the host's payload limit (only for very large sheets).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }

  const result: SheetRead[] = used.map(({ sheet, range }, index) => {
    const origin = range.isNullObject ? { row: 0, col: 0 } : rangeOfAddress(range.address) ?? { row: 0, col: 0 };
    return {
      name: sheet.name,
      visibility: VISIBILITY[String(sheet.visibility)] ?? "visible",
      origin: { row: origin.row, col: origin.col },
      values: blocks[index].flatMap((block) => (block.values as RawCell[][]).map((row) => row.map(normalize))),
      ...(request.numberFormats && !range.isNullObject ? { numberFormats: blocks[index].flatMap((block) => block.numberFormat as string[][]) } : {}),
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

export interface ReadPart {
  sheet: number;
  /** The whole used range (one sheet that fits), or a row block of it. */
  whole: boolean;
  row: number;
  rows: number;
}

/**
 * Packs the used ranges into requests of at most READ_BLOCK_CELLS cells: sheets that fit go together (the ordinary
 * case: one request), a sheet that does not is cut into row blocks of its own.
 */
export function planReadRequests(sizes: Array<{ rows: number; cols: number } | null>, limit = READ_BLOCK_CELLS): ReadPart[][] {
  const requests: ReadPart[][] = [[]];
  let cells = 0;
  sizes.forEach((size, sheet) => {
    if (!size) return;
    const total = size.rows * size.cols;
    if (total <= limit) {
      if (cells + total > limit) {
        requests.push([]);
        cells = 0;
      }
      requests[requests.length - 1].push({ sheet, whole: true, row: 0, rows: size.rows });
      cells += total;
      return;
    }
    const blockRows = Math.max(1, Math.floor(limit / size.cols));
    for (let row = 0; row < size.rows; row += blockRows) {
      requests.push([{ sheet, whole: false, row, rows: Math.min(blockRows, size.rows - row) }]);
    }
    cells = limit;
  });
  return requests[0].length === 0 && requests.length > 1 ? requests.slice(1) : requests;
}

/** Office.js gives "" for an empty cell; the port says null (blank is not zero, and not text either). */
function normalize(value: unknown): RawCell {
  if (value === "" || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return null;
}
