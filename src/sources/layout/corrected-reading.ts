/**
 * A sheet the user corrected or confirmed, read by the table model: its tables as confirmed (stored-layout.ts) or as
 * detected, the user's patches applied (patch-layout.ts), and the same extractor over the result. A sheet with a
 * correction is read this way and no other: the correction wins over any other reading of the sheet.
 */
import type { Message } from "../../domain/messages";
import { parseRangeRef } from "../a1";
import { SheetGrid, type SheetRead } from "../sheet-grid";
import { blockLayout, type BlockLayout } from "./block-layout";
import { type LayoutPatch, patchLayout, unchangedPatchMessages } from "./patch-layout";
import { type LayoutReading, readLayout, readLayouts } from "./read-layout";
import { cut, headerTexts, type StoredBlock, storedGrid, storedLayout, storeLayouts } from "./stored-layout";
import { describeHeader, sameHeader } from "../source-mapping";

export interface LayoutCorrections {
  patches?: LayoutPatch[];
  blocks?: StoredBlock[];
}

export interface CorrectedReading {
  reading: LayoutReading | null;
  /** What the user should hear about the corrections themselves (one that changes nothing). */
  messages: Message[];
}

/** Null when the sheet has neither a confirmed layout nor a patch: it is read as detected. */
export function correctedReading(sheet: SheetRead, corrections: LayoutCorrections | undefined): CorrectedReading | null {
  const patches = corrections?.patches ?? [];
  const blocks = corrections?.blocks ?? [];
  if (patches.length === 0 && blocks.length === 0) return null;
  const tables = withHeaderRow(sheet, tablesOf(sheet, patches, blocks), patches);
  const applied = new Set<LayoutPatch>();
  const patched = tables.map(({ grid, layout }) => {
    const own = patches.filter((p) => !("column" in p) || p.block === undefined || p.block.toUpperCase() === topLeft(grid));
    const result = patchLayout(grid, layout, own);
    for (const p of result.applied) applied.add(p);
    return { grid, layout: result.layout };
  });
  // A confirmed layout holds the corrections made before it was confirmed: that they change nothing more is no news.
  return { reading: readLayouts(sheet, patched), messages: blocks.length > 0 ? [] : unchangedPatchMessages(sheet.name, patches, applied) };
}

/** The tables to patch: the ranges the user gave, else those confirmed, else those detected now. */
function tablesOf(sheet: SheetRead, patches: readonly LayoutPatch[], blocks: readonly StoredBlock[]): LayoutReading["layouts"] {
  const extents = patches.flatMap((p) => ("table" in p ? [parseRangeRef(p.table)] : [])).filter((r) => r !== null);
  if (extents.length > 0) {
    return extents.map((range) => {
      const grid = new SheetGrid(cut(sheet, { top: range.row, left: range.col, bottom: range.row + range.rows - 1, right: range.col + range.cols - 1 }));
      return { grid, layout: blockLayout(grid) ?? emptyLayout() };
    });
  }
  if (blocks.length > 0) {
    return blocks.flatMap((block) => {
      const grid = storedGrid(sheet, block);
      return grid ? [{ grid, layout: storedLayout(grid, block, blockLayout(grid)) }] : [];
    });
  }
  const detected = readLayout(sheet);
  return detected?.layouts ?? [{ grid: new SheetGrid(sheet), layout: emptyLayout() }];
}

/**
 * The header row the user chose: the table that crosses it is read from there down, detected again, so its header is
 * that row (and what detection joins to it below) and nothing above it is read.
 */
function withHeaderRow(sheet: SheetRead, tables: LayoutReading["layouts"], patches: readonly LayoutPatch[]): LayoutReading["layouts"] {
  const chosen = patches.find((p): p is Extract<LayoutPatch, { headerRow: number }> => "headerRow" in p);
  if (!chosen) return tables;
  return tables.map((table) => {
    const { origin } = table.grid.sheet;
    const r = chosen.headerRow - 1 - origin.row;
    if (r <= 0 || r >= table.grid.rowCount) return table;
    const grid = new SheetGrid(cut(table.grid.sheet, { top: chosen.headerRow - 1, left: origin.col, bottom: origin.row + table.grid.rowCount - 1, right: origin.col + table.grid.colCount - 1 }));
    return { grid, layout: blockLayout(grid) ?? emptyLayout() };
  });
}

/** A sheet the model finds no table on: the user's patches say everything. */
function emptyLayout(): BlockLayout {
  return { titleRows: [], headerRows: [], dataRows: [], excludedRows: [], labelColumns: [], valueColumns: [], columns: new Map(), rows: new Map(), context: {}, measuresIn: { rows: false, columns: false }, messages: [], soleColumnMeasure: null };
}

/** "E3": where a table starts, the name a column patch of one table uses. */
export function topLeft(grid: SheetGrid): string {
  return grid.address(0, 0);
}

/**
 * Why a confirmed layout no longer fits the sheet (a header that says something else now), or null. The header is
 * compared as written and as corrected: a column left out before or after the confirmation is no change of the layout.
 */
export function storedLayoutChange(written: SheetRead, corrected: SheetRead, blocks: readonly StoredBlock[]): string | null {
  const headerOn = (sheet: SheetRead, block: StoredBlock) => {
    const grid = storedGrid(sheet, block);
    return grid ? headerTexts(grid, block.headerRows.map((row) => row - 1 - grid.sheet.origin.row)) : [];
  };
  for (const block of blocks) {
    const now = headerOn(written, block);
    if (!sameHeader(block.header, now) && !sameHeader(block.header, headerOn(corrected, block))) return `Der Aufbau des Blatts hat sich seit der Bestätigung geändert: die Tabelle in ${block.extent} hatte die Kopfzeile ${describeHeader(block.header)}, jetzt ${describeHeader(now)}.`;
  }
  return null;
}


/**
 * The tables of a sheet nothing was read from, as the model sees them (or as the user's patches made them): what the
 * editor offers to correct. A list of thousands of rows is no table to correct by hand.
 */
export function unreadLayout(sheet: SheetRead, patched: CorrectedReading | null): { layout?: StoredBlock[] } {
  if (sheet.values.length > MAX_EDITED_ROWS) return {};
  const layouts = patched ? patched.reading?.layouts : readLayout(sheet)?.layouts;
  return layouts?.length ? { layout: storeLayouts(layouts) } : {};
}

const MAX_EDITED_ROWS = 5_000;
