/**
 * The source mapping: for every sheet, what the add-in takes it for (Grunddaten, Zielwerte, EGT …), where its header
 * is, how sure it is and why. The user confirms it or corrects it once ("this sheet is X", "ignore this sheet"); the
 * confirmed mapping is kept in the workbook so that the next refresh, by the same user or a colleague, asks nothing.
 * When a confirmed sheet no longer looks the way it did, the sheet is not used and the user is asked again: a changed
 * layout must never be read silently in a new way.
 */
import { parseCellNumber } from "../domain/cell-values";
import { parseMonthLabel } from "../domain/month-labels";
import { type ColumnDecision, isColumnDecision } from "./column-decisions";
import type { ColumnModel, ExcludedRow } from "./column-model";
import type { SheetGrid } from "./sheet-grid";
import { normalizeLabel } from "./labels";
import { isLayoutPatch, type LayoutPatch, patchTarget } from "./layout/patch-layout";
import { isStoredBlock, type StoredBlock } from "./layout/stored-layout";

export const SOURCE_KINDS = ["grunddaten", "zielwerte", "qualitaet", "querschnitt", "egt", "mittelabfluss", "faelle", "schliesstage"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** German names as the pane and the CLI show them. */
export const SOURCE_KIND_NAMES: Record<SourceKind, string> = {
  grunddaten: "Grunddaten",
  zielwerte: "Zielwerte",
  qualitaet: "Qualitätskennzahlen",
  querschnitt: "Kennzahlen aller Jobcenter",
  egt: "EGT-Budget",
  mittelabfluss: "EGT-Mittelabfluss",
  faelle: "Fallliste",
  schliesstage: "Schließtage",
};

/**
 * What the user decided for one sheet. "ignore" keeps a sheet out of every report; "columns" corrects only columns and
 * leaves the recognition to the add-in; a kind says what the sheet is, with column corrections if any.
 */
export type SheetDecision =
  | { sheet: string; kind: SourceKind; header: string[]; columns?: ColumnDecision[]; patches?: LayoutPatch[]; blocks?: StoredBlock[] }
  | { sheet: string; kind: "ignore" }
  | { sheet: string; kind: "columns"; columns: ColumnDecision[]; patches?: LayoutPatch[] };

export type MappingStatus =
  /** Found now, not yet confirmed by anyone. */
  | "detected"
  /** Confirmed earlier and still looks the same. */
  | "confirmed"
  /** Confirmed earlier, but its header or its kind changed: not used until confirmed again. */
  | "changed"
  /** The user said to ignore it. */
  | "ignored"
  /** Nothing recognisable on it. */
  | "unrecognised";

export type Confidence = "hoch" | "mittel" | "niedrig";

export interface SourceMapping {
  sheet: string;
  kind: SourceKind | null;
  status: MappingStatus;
  /** First cell of the header row (A1), when one was found. */
  headerCell: string | null;
  /** The header's labels as written (months left out): the sheet's layout fingerprint. */
  header: string[];
  confidence: Confidence;
  /** Why the add-in takes the sheet for what it does, in German. */
  reasons: string[];
  /** What each column was read as, for which period, from which cells; unread columns of an unused sheet by its header. */
  columns: ColumnModel[];
  /** Rows of the sheet's tables not read as data, with the reason (group headers, subtotals, totals of an export). */
  excludedRows?: ExcludedRow[];
  /** Row corrections in force (a chosen header row, rows left out), as the user made them. */
  rowCorrections?: Array<{ row: number; ignore: true } | { headerRow: number }>;
  /** The sheet's tables as the table model reads them now (what "Zuordnung bestätigen" keeps), when the model read it. */
  layout?: StoredBlock[];
  /** The user's corrections of the table model in force (layout/patch-layout.ts). */
  patches?: LayoutPatch[];
}

/** Settings key in the workbook (Office: workbook.settings; .xlsx: the add-in's hidden state sheet). */
export const MAPPING_SETTING = "quellen";

/** Reads the stored decisions; anything unreadable counts as "no decisions" (and is reported by the caller). */
export function parseDecisions(stored: string | undefined): { decisions: SheetDecision[]; valid: boolean } {
  if (stored === undefined || stored === "") return { decisions: [], valid: true };
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!Array.isArray(parsed)) return { decisions: [], valid: false };
    const decisions = parsed.filter(isDecision);
    return { decisions, valid: decisions.length === parsed.length };
  } catch {
    return { decisions: [], valid: false };
  }
}

function isDecision(value: unknown): value is SheetDecision {
  if (typeof value !== "object" || value === null) return false;
  const { sheet, kind, header, columns, patches, blocks } = value as Record<string, unknown>;
  if (typeof sheet !== "string") return false;
  if (kind === "ignore") return true;
  const layoutValid = (patches === undefined || (Array.isArray(patches) && patches.every(isLayoutPatch))) && (blocks === undefined || (Array.isArray(blocks) && blocks.every(isStoredBlock)));
  const columnsValid = layoutValid && (columns === undefined || (Array.isArray(columns) && columns.every(isColumnDecision)));
  if (kind === "columns") return columns !== undefined && columnsValid;
  return SOURCE_KINDS.includes(kind as SourceKind) && Array.isArray(header) && header.every((h) => typeof h === "string") && columnsValid;
}

export function serializeDecisions(decisions: SheetDecision[]): string {
  return JSON.stringify(decisions);
}

/**
 * The decisions that confirm the mapping as it is now (what "Zuordnung bestätigen" stores). A changed sheet is
 * confirmed with the header it has now, which is what re-asking it means.
 */
export function confirmAll(mappings: SourceMapping[]): SheetDecision[] {
  return mappings.flatMap((m): SheetDecision[] => {
    if (m.status === "ignored") return [{ sheet: m.sheet, kind: "ignore" }];
    const columns = columnDecisionsOf(m);
    const patches = m.patches?.length ? { patches: m.patches } : {};
    if (!m.kind) return columns.length > 0 || m.patches?.length ? [{ sheet: m.sheet, kind: "columns", columns, ...patches }] : [];
    // Every table as read now, not only the kind: the sheet reads the same next time, whatever detection would say.
    return [{ sheet: m.sheet, kind: m.kind, header: m.header, ...(columns.length > 0 ? { columns } : {}), ...patches, ...(m.layout ? { blocks: m.layout } : {}) }];
  });
}

/** The column corrections in force on a sheet, as its model shows them. */
export function columnDecisionsOf(mapping: SourceMapping): ColumnDecision[] {
  const columns = mapping.columns.flatMap((c): ColumnDecision[] => {
    if (c.role === "excluded") return [{ column: c.column, ignore: true }];
    return c.readAs !== undefined && c.headerCell ? [{ cell: c.headerCell, readAs: c.readAs }] : [];
  });
  return [...(mapping.rowCorrections ?? []), ...columns];
}

/**
 * One correction made (`set`) or taken back (`unset`) on a sheet, its other corrections and its kind kept. A correction
 * replaces the one about the same thing: the same column left out, the same header cell, the same row, the header row.
 */
export function correctColumn(decisions: SheetDecision[], mappings: SourceMapping[], sheet: string, change: { set: ColumnDecision } | { unset: ColumnDecision }): SheetDecision[] {
  const others = decisions.filter((d) => d.sheet.toLowerCase() !== sheet.toLowerCase());
  const mapping = mappings.find((m) => m.sheet === sheet);
  const current = decisions.find((d) => d.sheet.toLowerCase() === sheet.toLowerCase());
  const about = "set" in change ? change.set : change.unset;
  const kept = (mapping ? columnDecisionsOf(mapping) : []).filter((d) => targetOf(d) !== targetOf(about));
  const columns = "set" in change ? [...kept, change.set] : kept;
  const patches = mapping?.patches?.length ? { patches: mapping.patches } : {};
  if (current && current.kind !== "ignore" && current.kind !== "columns") return [...others, { ...current, columns }];
  return columns.length > 0 || mapping?.patches?.length ? [...others, { sheet, kind: "columns", columns, ...patches }] : others;
}

/**
 * Corrections of the table model made on a sheet, all at once (the editor applies them as the user makes them and saves
 * when told to): each replaces the sheet's correction about the same column, row or range; its other corrections, its
 * kind and its confirmed layout are kept.
 */
export function correctLayout(decisions: SheetDecision[], mappings: SourceMapping[], sheet: string, patches: { set: LayoutPatch[]; unset: LayoutPatch[] }): SheetDecision[] {
  const others = decisions.filter((d) => d.sheet.toLowerCase() !== sheet.toLowerCase());
  const mapping = mappings.find((m) => m.sheet === sheet);
  const current = decisions.find((d) => d.sheet.toLowerCase() === sheet.toLowerCase());
  const about = new Set([...patches.set, ...patches.unset].map(patchTarget));
  const kept = (mapping?.patches ?? []).filter((p) => !about.has(patchTarget(p)));
  const all = [...kept, ...patches.set];
  const layout = all.length > 0 ? { patches: all } : {};
  if (current && current.kind !== "ignore" && current.kind !== "columns") {
    const rest = { ...current };
    delete rest.patches;
    return [...others, { ...rest, ...layout }];
  }
  const columns = mapping ? columnDecisionsOf(mapping) : [];
  return columns.length > 0 || all.length > 0 ? [...others, { sheet, kind: "columns", columns, ...layout }] : others;
}

/** What a correction is about, as one comparable key. */
function targetOf(decision: ColumnDecision): string {
  if ("headerRow" in decision) return "header row";
  if ("row" in decision) return `row ${decision.row}`;
  if ("column" in decision) return `column ${decision.column.toUpperCase()}`;
  return `cell ${decision.cell.replace(/\$/g, "").toUpperCase()}`;
}

/** One sheet set to another kind or ignored; its header is taken as it is now. */
export function correct(decisions: SheetDecision[], mappings: SourceMapping[], sheet: string, kind: SourceKind | "ignore"): SheetDecision[] {
  const others = decisions.filter((d) => d.sheet.toLowerCase() !== sheet.toLowerCase());
  if (kind === "ignore") return [...others, { sheet, kind }];
  const current = mappings.find((m) => m.sheet === sheet);
  // Column corrections stay with the sheet when its kind is corrected: they are about its columns, not its kind.
  const columns = current ? columnDecisionsOf(current) : [];
  // So do corrections of its table model.
  const patches = current?.patches?.length ? { patches: current.patches } : {};
  return [...others, { sheet, kind, header: current?.kind === kind ? current.header : [], ...(columns.length > 0 ? { columns } : {}), ...patches }];
}

/**
 * The header row of a sheet: of the first 40 rows, the one with the most labels (text that is neither a month nor a
 * number nor a "no value" mark such as "k.A."), the
 * earliest on a tie; rows with fewer than two filled cells (titles, "Stand: …") never count. Months and numbers are
 * left out of the labels: a new month column is the sheet growing, not its layout changing.
 */
export function headerOf(grid: SheetGrid): { row: number; cell: string; labels: string[] } | null {
  let best: { row: number; cell: string; labels: string[] } | null = null;
  for (let r = 0; r < Math.min(grid.rowCount, 40); r++) {
    const filled: number[] = [];
    for (let c = 0; c < grid.colCount; c++) if (grid.value(r, c) !== null && grid.value(r, c) !== "") filled.push(c);
    if (filled.length < 2) continue;
    const labels = filled
      .map((c) => grid.value(r, c))
      .filter((v): v is string => typeof v === "string" && parseMonthLabel(v) === null && parseCellNumber(v).kind === "invalid")
      .map((v) => v.replace(/\s+/g, " ").trim())
      .filter((l) => l !== "");
    if (labels.length > 0 && labels.length > (best?.labels.length ?? 0)) best = { row: r, cell: grid.address(r, filled[0]), labels };
  }
  return best;
}

/**
 * Headers are compared as labels are everywhere (case, spacing, umlauts), and without years and month names: "Plan
 * 2023" next year and "Ist Jan–Nov" next month are the same column, not a new layout.
 */
export function sameHeader(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((label, i) => layoutKey(label) === layoutKey(b[i]));
}

const MONTH_WORD = /\b(jan(uar)?|feb(ruar)?|ma(e?rz|r)|apr(il)?|mai|jun[i]?|jul[i]?|aug(ust)?|sep(t(ember)?)?|okt(ober)?|nov(ember)?|dez(ember)?)\b\.?/g;

function layoutKey(label: string): string {
  return normalizeLabel(label).replace(/\d+/g, " ").replace(MONTH_WORD, " ").replace(/[^a-z]+/g, " ").trim();
}

/** "Kopfzeile war „Kennzahl | Zielwert“, ist jetzt „Kennzahl | Ziel 2023“" — for the changed-layout message. */
export function describeHeader(labels: string[]): string {
  return labels.length > 0 ? `„${labels.join(" | ")}“` : "leer";
}
