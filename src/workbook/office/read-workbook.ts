/**
 * readSheets under Office.js in a constant number of round trips, whatever the number of sheets:
 *  1. sheet names, visibility, tables, the add-in state's part and setting, and whether its state sheet exists;
 *  2. used-range addresses and sizes (a range above 5 million cells is refused before its values are requested), and
 *     the state part's XML or the state sheet's values;
 *  3. values (and number formats) of every sheet a report may use.
 * Excel on the web refuses a response above 5 MB (docs/excel/performance.md), so responses are planned in UTF-8 bytes:
 * before anything is read, with a cautious estimate per cell; after each response, with what the sheet's rows really
 * weighed. Only a sheet too big for one response is read in row blocks, one round trip each.
 */
import { MAPPING_SETTING, parseDecisions } from "../../sources/source-mapping";
import type { RawCell, ReadRequest, SheetRead, SheetVisibility, WorkbookRead } from "../port";
import { rangeOfAddress } from "./addresses";
import { capabilities, type SupportCheck } from "./capabilities";
import { errorCode, OfficeWorkbookError } from "./office-errors";
import { isStateSheetName, loadOfficeState } from "./office-state";
import { utf8Length } from "./utf8-length";
import { confirmedOwnership, OWNERSHIP_MARK } from "../ownership-mark";

export const MAX_READ_CELLS = 5_000_000;
/** Bytes one response may carry by our estimate: the 5 MB limit less a margin for the estimate and Office's framing. */
export const READ_RESPONSE_BUDGET = 3_500_000;
/**
 * Bytes per cell assumed before a sheet's rows have been weighed: a German text of ~30 characters with umlauts and
 * its "General" format. Realistic case lists weigh 20–35 bytes per cell; the first response of a heavier sheet is the
 * only one planned on this guess (and is halved and repeated if Excel still refuses it).
 */
export const ASSUMED_BYTES_PER_CELL = 64;

const VISIBILITY: Record<string, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export async function readWorkbook(context: Excel.RequestContext, request: ReadRequest, supports: SupportCheck): Promise<WorkbookRead> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const tables = workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const stateLoad = loadOfficeState(workbook, capabilities(supports).has("customXmlParts"));
  await context.sync();

  stateLoad.afterFirstSync();
  const candidates = sheets.items.filter((s) => !isStateSheetName(s.name));
  const used = candidates.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("address,rowCount,columnCount");
    return { sheet, range, mark: sheet.names.getItemOrNullObject(OWNERSHIP_MARK) };
  });
  await context.sync();

  const loaded = stateLoad.state();
  // The same rule as for writing (ownership-mark.ts): a sheet without the mark is the user's, and is read as a source.
  const evidence = new Map(used.map(({ sheet, range, mark }) => [sheet.name.toLowerCase(), { marked: !mark.isNullObject, blank: range.isNullObject }]));
  const state = { ...loaded, ownedSheets: confirmedOwnership(loaded.ownedSheets, loaded.settings, (name) => evidence.get(name.toLowerCase())) };
  const owned = new Set(Object.values(state.ownedSheets).map((n) => n.toLowerCase()));
  const wanted = request.sheets ? new Set(request.sheets.map((n) => n.toLowerCase())) : null;
  // A sheet the user told us to ignore is listed, but its cells are none of our business.
  const ignored = new Set(parseDecisions(state.settings[MAPPING_SETTING]).decisions.filter((d) => d.kind === "ignore").map((d) => d.sheet.toLowerCase()));
  const toRead = used.filter(({ sheet }) => {
    const name = sheet.name.toLowerCase();
    return wanted ? wanted.has(name) : !owned.has(name);
  });
  // Only what will be read is measured: an ignored sheet is listed but never blocks a refresh, however big.
  const isIgnored = (sheet: Excel.Worksheet) => ignored.has(sheet.name.toLowerCase());
  for (const { sheet, range } of toRead) {
    if (!range.isNullObject && !isIgnored(sheet) && range.rowCount * range.columnCount > MAX_READ_CELLS) {
      throw new OfficeWorkbookError(
        `Das Blatt „${sheet.name}“ ist mit ${(range.rowCount * range.columnCount).toLocaleString("de-DE")} Zellen zu groß zum Lesen (höchstens ${MAX_READ_CELLS.toLocaleString("de-DE")}). Bitte die Daten auf das Nötige beschränken oder das Blatt im Aufgabenbereich unter „Quellen“ auf „nicht verwenden“ stellen (ignorieren).`,
        "RangeExceedsLimit",
      );
    }
  }

  const inTables = tables.items.filter((t) => toRead.some(({ sheet }) => sheet.name === t.worksheet.name));
  let tableRanges: Array<{ table: Excel.Table; range: Excel.Range }> = [];
  // The table ranges ride on the first content response (or get one of their own when there is nothing to read).
  const queueTableRanges = () => (tableRanges = inTables.map((table) => ({ table, range: table.getRange().load("address") })));
  const { contents, syncs } = await readContents(
    context,
    toRead.map(({ sheet, range }) => (range.isNullObject || isIgnored(sheet) ? null : { sheet, range })),
    request.numberFormats === true,
    queueTableRanges,
  );
  if (syncs === 0 && inTables.length > 0) {
    queueTableRanges();
    await context.sync();
  }

  const result: SheetRead[] = toRead.map(({ sheet, range }, index) => {
    const read = contents[index];
    const origin = read ? rangeOfAddress(range.address) ?? { row: 0, col: 0 } : { row: 0, col: 0 };
    return {
      name: sheet.name,
      visibility: VISIBILITY[String(sheet.visibility)] ?? "visible",
      origin: { row: origin.row, col: origin.col },
      values: read ? read.values : [],
      ...(request.numberFormats && read ? { numberFormats: read.formats } : {}),
      tables: tableRanges
        .filter(({ table }) => table.worksheet.name === sheet.name)
        .flatMap(({ table, range: tableRange }) => {
          const position = rangeOfAddress(tableRange.address);
          return position ? [{ name: table.name, range: position }] : [];
        }),
    };
  });
  return { sheets: result, sheetNames: candidates.map((s) => s.name), state };
}

interface UsedSheet {
  sheet: Excel.Worksheet;
  range: Excel.Range;
}

interface Contents {
  values: RawCell[][];
  formats: string[][];
}

/**
 * Reads the used ranges in responses planned by weight. Each request takes whole sheets while they fit the budget
 * and cuts the first one that does not into a row block; the next request continues where that block ended.
 */
async function readContents(
  context: Excel.RequestContext,
  sheets: Array<UsedSheet | null>,
  withFormats: boolean,
  firstRider: () => void,
): Promise<{ contents: Array<Contents | null>; syncs: number }> {
  const contents = sheets.map((s) => (s ? { values: [] as RawCell[][], formats: [] as string[][] } : null));
  const next = sheets.map(() => 0);
  const bytesPerRow = sheets.map((s) => (s ? ASSUMED_BYTES_PER_CELL * s.range.columnCount : 0));
  const weighed = sheets.map(() => false);
  let syncs = 0;
  const properties = withFormats ? "values,numberFormat" : "values";
  let budget = READ_RESPONSE_BUDGET;

  for (;;) {
    const parts = planResponse(
      sheets.map((s, i) => (s ? { rows: s.range.rowCount - next[i], bytesPerRow: bytesPerRow[i] } : null)),
      budget,
    );
    if (parts.length === 0) return { contents, syncs };
    if (syncs === 0) firstRider();
    const blocks = parts.map((part) => {
      const { sheet, range } = sheets[part.sheet] as UsedSheet;
      const whole = next[part.sheet] === 0 && part.rows === range.rowCount;
      const origin = rangeOfAddress(range.address) ?? { row: 0, col: 0 };
      const block = whole ? range : sheet.getRangeByIndexes(origin.row + next[part.sheet], origin.col, part.rows, range.columnCount);
      block.load(properties);
      return { part, block };
    });
    try {
      // Deliberate: one response per planned block keeps each below the host's payload limit (large sheets only).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Heavier than any estimate: the same rows in halves, down to a single row.
      if (errorCode(error) === "ResponsePayloadSizeLimitExceeded" && parts.some((p) => p.rows > 1)) {
        budget = Math.floor(budget / 2);
        continue;
      }
      throw error;
    }
    for (const { part, block } of blocks) {
      const target = contents[part.sheet] as Contents;
      const values = (block.values as unknown[][]).map((row) => row.map(normalize));
      const formats = withFormats ? (block.numberFormat as string[][]) : [];
      target.values.push(...values);
      if (withFormats) target.formats.push(...formats);
      // What these rows really weighed; the next blocks of this sheet are planned on the heaviest seen.
      const bytes = utf8Length(JSON.stringify(block.values)) + (withFormats ? utf8Length(JSON.stringify(formats)) : 0);
      const perRow = Math.ceil(bytes / part.rows);
      bytesPerRow[part.sheet] = weighed[part.sheet] ? Math.max(bytesPerRow[part.sheet], perRow) : perRow;
      weighed[part.sheet] = true;
      next[part.sheet] += part.rows;
    }
    syncs++;
    budget = READ_RESPONSE_BUDGET;
  }
}

export interface ResponsePart {
  sheet: number;
  rows: number;
}

/**
 * One response: sheets in order, whole while they fit `budget` bytes, the first that does not cut to the rows that
 * fit (at least one). `remaining` is per sheet: rows still to read and their weight per row; null = nothing to read.
 */
export function planResponse(remaining: Array<{ rows: number; bytesPerRow: number } | null>, budget: number): ResponsePart[] {
  const parts: ResponsePart[] = [];
  let left = budget;
  for (const [sheet, item] of remaining.entries()) {
    if (!item || item.rows <= 0) continue;
    const fit = Math.floor(left / Math.max(1, item.bytesPerRow));
    if (fit >= item.rows) {
      parts.push({ sheet, rows: item.rows });
      left -= item.rows * item.bytesPerRow;
      continue;
    }
    if (fit >= 1 || parts.length === 0) parts.push({ sheet, rows: Math.max(1, fit) });
    break;
  }
  return parts;
}


/** Office.js gives "" for an empty cell; the port says null (blank is not zero, and not text either). */
function normalize(value: unknown): RawCell {
  if (value === "" || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return null;
}
