/**
 * What the mapping editor offers for one column, and the correction each choice stores. A role is changed by reading
 * the column's header cell as another header (column-decisions.ts): the same readers then read the sheet with that
 * header, so there is no second way of reading. This is the ONE list of those headers; the dropdown, the decision
 * saved and the tests all take it from here.
 */
import type { ColumnDecision } from "../sources/column-decisions";
import { COLUMN_ROLE_NAMES, type ColumnModel, type ColumnRole } from "../sources/column-model";
import type { SourceMapping } from "../sources/source-mapping";
import { columnIndex } from "../sources/a1";
import { parsePeriodLabel } from "../domain/periods";

export interface RoleChoice {
  role: ColumnRole;
  /** The role as the model names it, so the dropdown shows what the model says. */
  name: string;
  /** The header text the readers take for this role. */
  header: string;
  /** Whether its values belong to a period the user may correct ("Juni 2024", "2024"). */
  hasPeriod: boolean;
}

const choice = (role: ColumnRole, header: string, hasPeriod = false): RoleChoice => ({ role, name: COLUMN_ROLE_NAMES[role], header, hasPeriod });

/** The roles a header can be read as, in the order a controller looks for them. */
export const ROLE_CHOICES: readonly RoleChoice[] = [
  choice("target", "Zielwert", true),
  choice("actual", "Ist", true),
  choice("previousYear", "Vorjahr", true),
  choice("plan", "Plan", true),
  choice("spent", "Ist", true),
  choice("committed", "Bindung"),
  choice("available", "Verfügbar"),
  choice("instrument", "Instrument"),
  choice("start", "Eingang"),
  choice("end", "Erledigung"),
  choice("label", "Kennzahl"),
  choice("period", "Monat"),
  choice("unit", "Einheit"),
  choice("direction", "Richtung"),
  choice("tolerance", "Toleranz"),
];

/** What the dropdown's value stands for besides a role: leave the column out, or take the correction back. */
export const LEAVE_OUT = "ignore";
export const AS_DETECTED = "as-detected";

/** A column of the editor: what the model says of it, or — for a column of the preview the model does not name — that it is not used. */
export interface EditorColumn {
  model: ColumnModel;
  /** The cell a role correction relabels: the column's header cell, else the cell in the sheet's header row; null without either. */
  headerCell: string | null;
  /** A correction of this column is in force (a header read as another, or the column left out). */
  corrected: boolean;
}

/** The header row in force (1-based): the one the user chose, else the one the add-in found; null when there is none. */
export function headerRowOf(mapping: SourceMapping): number | null {
  const chosen = mapping.rowCorrections?.find((d): d is { headerRow: number } => "headerRow" in d);
  if (chosen) return chosen.headerRow;
  const found = mapping.headerCell ? /\d+$/.exec(mapping.headerCell) : null;
  return found ? Number(found[0]) : null;
}

/** The rows the user left out (1-based). */
export function rowsLeftOut(mapping: SourceMapping): number[] {
  return (mapping.rowCorrections ?? []).flatMap((d) => ("row" in d ? [d.row] : []));
}

/**
 * Every column the editor lists, left to right: the model's entries (a column read twice, as Mittelherleitung and as
 * Instrument, is listed twice), and the columns of the preview with something in them that the model does not name.
 */
export function editorColumns(mapping: SourceMapping, previewColumns: Array<{ column: string; header: string }>): EditorColumn[] {
  const headerRow = headerRowOf(mapping);
  const fallbackCell = (column: string) => (headerRow !== null ? `${column}${headerRow}` : null);
  const listed: EditorColumn[] = mapping.columns.map((model) => ({
    model,
    headerCell: model.headerCell ?? (model.role === "excluded" ? null : fallbackCell(model.column)),
    corrected: model.readAs !== undefined || model.role === "excluded",
  }));
  const named = new Set(mapping.columns.map((c) => c.column));
  for (const { column, header } of previewColumns) {
    if (named.has(column)) continue;
    const model: ColumnModel = { column, cells: "", header, headerCell: null, role: "unused", roleName: COLUMN_ROLE_NAMES.unused, period: null, values: 0 };
    listed.push({ model, headerCell: fallbackCell(column), corrected: false });
  }
  return listed.sort((a, b) => columnIndex(a.model.column) - columnIndex(b.model.column));
}

/** The dropdown's value for a column: its role, "nicht verwenden" for a column left out. */
export function roleValue(column: EditorColumn): string {
  return column.model.role === "excluded" ? LEAVE_OUT : column.model.role;
}

/**
 * The correction a choice in the dropdown makes, or null when it makes none (the role it has, or no header cell to
 * relabel). Zielwert keeps the year of the model's period ("Zielwert 2024"): a Zielwert without its year is read for
 * the report's year, which a sheet of last year's targets must not be.
 */
export function decisionFor(column: EditorColumn, value: string): { set: ColumnDecision } | { unset: ColumnDecision } | null {
  const { model } = column;
  if (value === roleValue(column)) return null;
  if (value === LEAVE_OUT) return { set: { column: model.column, ignore: true } };
  if (value === AS_DETECTED) {
    if (model.role === "excluded") return { unset: { column: model.column, ignore: true } };
    return model.readAs !== undefined && column.headerCell ? { unset: { cell: column.headerCell, readAs: model.readAs } } : null;
  }
  const picked = ROLE_CHOICES.find((c) => c.role === value);
  if (!picked || !column.headerCell) return null;
  const year = picked.role === "target" ? /(?:19|20)\d\d/.exec(model.period ?? "")?.[0] : undefined;
  return { set: { cell: column.headerCell, readAs: year ? `${picked.header} ${year}` : picked.header } };
}

/** The columns whose period the user may correct: values of one period, not a period per row. */
export function periodEditable(column: EditorColumn): boolean {
  const picked = ROLE_CHOICES.find((c) => c.role === column.model.role);
  return Boolean(picked?.hasPeriod && column.headerCell && !(column.model.period ?? "").startsWith("je Zeile"));
}

/**
 * The correction for a period typed by the user ("Juni 2024", "06/2024", "2. Halbjahr 2024", "2024"), or a German
 * reason why it is not a period. Under a band ("Ist 2024 › Jan") the cell holds only the month, the band says Ist; a
 * header of its own says both ("Ist Juni 2024").
 */
export function periodDecision(column: EditorColumn, typed: string): { set: ColumnDecision } | { error: string } {
  const text = typed.trim();
  const period = periodOf(text);
  if (!period) return { error: notAPeriodText(text) };
  const picked = ROLE_CHOICES.find((c) => c.role === column.model.role);
  // A header already corrected to a bare period was under a band: the model then shows the cell as written, band-less.
  const banded = column.model.header.includes("›") || (column.model.readAs !== undefined && isPeriod(column.model.readAs));
  const readAs = banded || !picked ? period : `${picked.header} ${period}`;
  return { set: { cell: column.headerCell ?? "", readAs } };
}

/** Said under a period field whose text is no period. */
export function notAPeriodText(text: string): string {
  return `„${text}“ ist kein Zeitraum – bitte z. B. „Juni 2024“, „2. Halbjahr 2024“ oder „2024“ eingeben.`;
}

/** A year ("2024") or a month, quarter or half-year in the words the readers write it ("Juni 2024"). */
function periodOf(text: string): string | null {
  return /^(?:19|20)\d\d$/.test(text) ? text : (parsePeriodLabel(text)?.label ?? null);
}

function isPeriod(text: string): boolean {
  return periodOf(text) !== null;
}
