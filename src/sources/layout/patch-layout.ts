/**
 * Corrections as patches of the table model: the user says what a column or a row is (column C is the Kennzahl
 * "Erstberatung U25" in %, row 9 is Ist), that rows are left out (20–25), or where a table stands on the sheet. The
 * patch changes the detected layout, and the same extractor then reads it — a corrected sheet is read in no other way
 * than a detected one. Positions are as the user sees them (column letters, rows numbered from 1); inside, as
 * everywhere in the model, they are indices into the block's grid.
 */
import { type Message, message } from "../../domain/messages";
import { type Period, parsePeriodLabel } from "../../domain/periods";
import { ALL_INDICATORS } from "../../domain/indicators";
import { GRUNDDATEN, isGrunddatumKey, type SeriesKey } from "../../domain/grunddaten";
import { KENNZAHL_CODE } from "../../domain/kennzahlen-catalogue";
import { columnIndex, columnName, parseRangeRef } from "../a1";
import type { SheetGrid } from "../sheet-grid";
import type { MeasureRef } from "../lexicon/measures";
import { SCENARIO_NAMES, type Scenario } from "../lexicon/scenarios";
import { SUB_GROUPS, type SubGroup } from "../lexicon/sub-groups";
import { UNIT_NAMES, type UnitWord } from "../lexicon/units";
import type { BlockLayout } from "./block-layout";
import type { Dimensions } from "./dimensions";

/** A measure as the catalogue names it: one Zielindikator, Grunddatum or §48a code. */
export type MeasureChoice = { indicator: string } | { grunddatum: string } | { kennzahl: string };

/**
 * What the user sets of a column's or a row's dimensions. A key left out keeps what detection said; `null` says "none"
 * (a row that names no Kennzahl, a column of no unit). A period is written as the model writes it ("Juni 2024",
 * "2. Quartal 2024") or a year ("2024").
 */
export interface DimensionSetting {
  measure?: MeasureChoice | null;
  subGroup?: SubGroup | null;
  period?: string | null;
  scenario?: Scenario | null;
  unit?: UnitWord | null;
  /** 1, 1000 (T€) or 1 000 000 (Mio. €). */
  scale?: number | null;
}

export type LayoutPatch =
  /** What a column is: in the table that starts at `block` ("E3"), or in every table of the sheet it crosses. */
  | { column: string; block?: string; set: DimensionSetting }
  /** What a data row is (1-based as Excel numbers it); a row detection left out becomes a data row. */
  | { row: number; set: DimensionSetting }
  /** Rows (1-based, inclusive) that are not read. */
  | { rows: { from: number; to: number }; leaveOut: true }
  /** A table stands exactly here ("A3:F20"): the sheet's tables are the ranges the user gives. */
  | { table: string }
  /** The header of the table that crosses this row (1-based) starts here: the rows above it are not read. */
  | { headerRow: number };

export const SCALES: readonly number[] = [1, 1e3, 1e6];

export function isLayoutPatch(value: unknown): value is LayoutPatch {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.table === "string") return parseRangeRef(v.table) !== null;
  if (v.headerRow !== undefined) return isRowNumber(v.headerRow) && Object.keys(v).length === 1;
  if (v.leaveOut === true) {
    const rows = v.rows as { from?: unknown; to?: unknown } | undefined;
    return typeof rows === "object" && rows !== null && isRowNumber(rows.from) && isRowNumber(rows.to) && (rows.from as number) <= (rows.to as number);
  }
  if (!isDimensionSetting(v.set)) return false;
  if (typeof v.column === "string") return /^[A-Za-z]{1,3}$/.test(v.column) && (v.block === undefined || (typeof v.block === "string" && /^[A-Za-z]{1,3}\d{1,7}$/.test(v.block)));
  return isRowNumber(v.row);
}

function isRowNumber(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 1_048_576;
}

function isDimensionSetting(value: unknown): value is DimensionSetting {
  if (typeof value !== "object" || value === null) return false;
  const { measure, subGroup, period, scenario, unit, scale, ...rest } = value as Record<string, unknown>;
  const orNull = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || v === null || ok(v);
  return (
    Object.keys(rest).length === 0 &&
    orNull(measure, (m) => measureRefOf(m as MeasureChoice) !== null) &&
    orNull(subGroup, (g) => SUB_GROUPS.includes(g as SubGroup)) &&
    orNull(period, (p) => typeof p === "string" && periodSetting(p) !== null) &&
    orNull(scenario, (s) => typeof s === "string" && s in SCENARIO_NAMES) &&
    orNull(unit, (u) => typeof u === "string" && u in UNIT_NAMES) &&
    orNull(scale, (s) => SCALES.includes(s as number))
  );
}

/** The catalogue's measure for a choice, with its name; null for a code the catalogue does not hold. */
export function measureRefOf(choice: MeasureChoice): MeasureRef | null {
  if (typeof choice !== "object" || choice === null) return null;
  if ("indicator" in choice) {
    const definition = ALL_INDICATORS.find((d) => d.code === choice.indicator);
    return definition ? { indicator: definition.code, label: definition.name } : null;
  }
  if ("grunddatum" in choice) {
    const [base, sex] = String(choice.grunddatum).split("_").length === 2 && /_(f|m)$/.test(choice.grunddatum) ? [choice.grunddatum.slice(0, -2), choice.grunddatum.slice(-1)] : [choice.grunddatum, null];
    if (!isGrunddatumKey(base)) return null;
    return { grunddatum: choice.grunddatum as SeriesKey, label: `${GRUNDDATEN[base].name}${sex ? (sex === "f" ? " Frauen" : " Männer") : ""}` };
  }
  return typeof choice.kennzahl === "string" && KENNZAHL_CODE.test(choice.kennzahl) ? { kennzahl: choice.kennzahl, label: choice.kennzahl } : null;
}

/** "Juni 2024", "2. Quartal 2024" → the period; "2024" → the year. */
export function periodSetting(text: string): { period: Period } | { year: number } | null {
  const trimmed = text.trim();
  if (/^(19|20)\d\d$/.test(trimmed)) return { year: Number(trimmed) };
  const period = parsePeriodLabel(trimmed);
  return period ? { period } : null;
}

/** A column's or row's dimensions with the user's settings applied: what the user says, the rest as detected. */
export function withSetting(dims: Dimensions, set: DimensionSetting): Dimensions {
  const result: Dimensions = { ...dims };
  // The user explained the column or row: an unknown word in its header is no longer a reason not to read it.
  delete result.unexplained;
  delete result.label;
  if (set.measure !== undefined) {
    const measure = set.measure === null ? null : measureRefOf(set.measure);
    if (measure) result.measure = measure;
    else delete result.measure;
    // A measure chosen from the catalogue is already the sub-group's ("Erstberatung U25"); only a sub-group set with it narrows it.
    if (set.subGroup === undefined) delete result.subGroup;
  }
  if (set.subGroup !== undefined) {
    if (set.subGroup === null) delete result.subGroup;
    else result.subGroup = set.subGroup;
  }
  if (set.period !== undefined) {
    for (const key of ["period", "year", "bareMonth", "barePeriod"] as const) delete result[key];
    const period = set.period === null ? null : periodSetting(set.period);
    if (period) Object.assign(result, period);
  }
  assignOrDelete(result, "scenario", set.scenario);
  assignOrDelete(result, "unit", set.unit);
  assignOrDelete(result, "scale", set.scale === 1 ? null : set.scale);
  return result;
}

function assignOrDelete<K extends "scenario" | "unit" | "scale">(dims: Dimensions, key: K, value: Dimensions[K] | null | undefined): void {
  if (value === undefined) return;
  if (value === null) delete dims[key];
  else dims[key] = value;
}

/** The layout of one block with the sheet's patches applied, and what the user should hear about them. */
export interface PatchedLayout {
  layout: BlockLayout;
  /** Patches that changed something in this block. */
  applied: Set<LayoutPatch>;
}

/**
 * Applies the patches that concern this block (by position) to its detected layout. A new layout is returned; the
 * detected one is not changed (detection memoises nothing, but the caller may still show it).
 */
export function patchLayout(grid: SheetGrid, detected: BlockLayout, patches: readonly LayoutPatch[]): PatchedLayout {
  const layout: BlockLayout = {
    ...detected,
    dataRows: [...detected.dataRows],
    excludedRows: [...detected.excludedRows],
    labelColumns: [...detected.labelColumns],
    valueColumns: [...detected.valueColumns],
    columns: new Map(detected.columns),
    rows: new Map(detected.rows),
  };
  const applied = new Set<LayoutPatch>();
  const origin = grid.sheet.origin;
  const height = grid.rowCount;
  const width = grid.colCount;
  for (const patch of patches) {
    if ("table" in patch || "headerRow" in patch) continue;
    if ("leaveOut" in patch) {
      for (let row = patch.rows.from; row <= patch.rows.to; row++) {
        const r = row - 1 - origin.row;
        if (r < 0 || r >= height || !layout.dataRows.includes(r)) continue;
        layout.dataRows.splice(layout.dataRows.indexOf(r), 1);
        layout.rows.delete(r);
        layout.excludedRows.push({ row: r, reason: "user" });
        applied.add(patch);
      }
      continue;
    }
    if ("column" in patch) {
      const c = columnIndex(patch.column) - origin.col;
      if (c < 0 || c >= width) continue;
      const before = layout.columns.get(c) ?? {};
      const after = withSetting(before, patch.set);
      if (!layout.valueColumns.includes(c)) {
        layout.valueColumns = [...layout.valueColumns, c].sort((a, b) => a - b);
        layout.labelColumns = layout.labelColumns.filter((l) => l !== c);
      } else if (sameDimensions(before, after)) continue;
      layout.columns.set(c, after);
      applied.add(patch);
      continue;
    }
    const r = patch.row - 1 - origin.row;
    if (r < 0 || r >= height) continue;
    const before = layout.rows.get(r) ?? {};
    const after = withSetting(before, patch.set);
    if (!layout.dataRows.includes(r)) {
      layout.dataRows = [...layout.dataRows, r].sort((a, b) => a - b);
      layout.excludedRows = layout.excludedRows.filter((e) => e.row !== r);
      layout.headerRows = layout.headerRows.filter((h) => h !== r);
    } else if (sameDimensions(before, after)) continue;
    layout.rows.set(r, after);
    applied.add(patch);
  }
  layout.measuresIn = { rows: [...layout.rows.values()].some((d) => d.measure), columns: [...layout.columns.values()].some((d) => d.measure) };
  if (layout.measuresIn.rows) layout.soleColumnMeasure = null;
  return { layout, applied };
}

/** Whether two dimensions say the same: a measure by what it names, not how it is written. */
export function sameDimensions(a: Dimensions, b: Dimensions): boolean {
  return canonical(a) === canonical(b);
}

function canonical(dims: Dimensions): string {
  const named = dims.measure ? { ...dims, measure: { grunddatum: dims.measure.grunddatum, indicator: dims.measure.indicator, kennzahl: dims.measure.kennzahl, family: dims.measure.family } } : dims;
  return JSON.stringify(named, (_key, value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y))) : value));
}

/** "Spalte C: Kennzahl Erstberatung U25, %", "Zeilen 20–25 nicht verwenden" — a patch as the user made it. */
export function describePatch(patch: LayoutPatch): string {
  if ("table" in patch) return `Tabelle in ${patch.table.toUpperCase()}`;
  if ("headerRow" in patch) return `Kopfzeile in Zeile ${patch.headerRow}`;
  if ("leaveOut" in patch) return patch.rows.from === patch.rows.to ? `Zeile ${patch.rows.from} nicht verwenden` : `Zeilen ${patch.rows.from}–${patch.rows.to} nicht verwenden`;
  const where = "column" in patch ? `Spalte ${patch.column.toUpperCase()}` : `Zeile ${patch.row}`;
  return `${where}: ${describeSetting(patch.set)}`;
}

export function describeSetting(set: DimensionSetting): string {
  const parts = [
    set.measure !== undefined ? (set.measure === null ? "keine Kennzahl" : (measureRefOf(set.measure)?.label ?? "")) : null,
    set.subGroup !== undefined ? (set.subGroup === null ? "keine Untergruppe" : set.subGroup) : null,
    set.period !== undefined ? (set.period === null ? "kein Zeitraum" : set.period) : null,
    set.scenario !== undefined ? (set.scenario === null ? "kein Szenario" : SCENARIO_NAMES[set.scenario]) : null,
    set.unit !== undefined ? (set.unit === null ? "keine Einheit" : UNIT_NAMES[set.unit]) : null,
    set.scale !== undefined && set.scale !== null && set.scale !== 1 ? (set.scale === 1e3 ? "in Tausend" : "in Millionen") : null,
  ];
  return parts.filter((p): p is string => p !== null && p !== "").join(", ");
}

/** What a patch is about, as one comparable key: a later patch about the same column or row replaces the earlier. */
export function patchTarget(patch: LayoutPatch): string {
  if ("table" in patch) return `block ${patch.table.toUpperCase()}`;
  if ("headerRow" in patch) return "header row";
  if ("leaveOut" in patch) return `rows ${patch.rows.from}-${patch.rows.to}`;
  return "column" in patch ? `column ${patch.column.toUpperCase()} ${patch.block?.toUpperCase() ?? ""}` : `row ${patch.row}`;
}

/** The patches that changed nothing on any block, each said once in German at the sheet. */
export function unchangedPatchMessages(sheet: string, patches: readonly LayoutPatch[], applied: ReadonlySet<LayoutPatch>): Message[] {
  return patches
    .filter((p) => !("table" in p) && !("headerRow" in p) && !applied.has(p))
    .map((p) => message("info", `Die Berichtigung „${describePatch(p)}“ ändert nichts: das Tabellenmodell liest ${"column" in p ? "die Spalte" : "leaveOut" in p ? "diese Zeilen" : "die Zeile"} auf dem Blatt „${sheet}“ schon so${"leaveOut" in p ? " (keine Datenzeilen)" : ""}.`, sheet));
}

/** Column letters of a block's column index (for the editor and stored layouts). */
export function columnLetters(grid: SheetGrid, c: number): string {
  return columnName(grid.sheet.origin.col + c);
}
