/**
 * Reads a published all-Jobcenter table (§48a Kennzahlen, domain.md §5.1): a title block, a header, one row per
 * Jobcenter with its Vergleichstyp, Land and Bund rows among them, source lines below. Missing marks ("x", ".", "–",
 * "k.A.") and blanks are missing, never 0; German text numbers are read as written. A long table with a month column
 * holds several months; sheets with one month each are combined by combineMonths.
 */
import { type Message, message } from "../../domain/messages";
import { parseMonthLabel } from "../../domain/month-labels";
import { formatMonthLong, type MonthKey } from "../../domain/months";
import { KENNZAHLEN } from "../../domain/kennzahlen-catalogue";
import type { SheetGrid } from "../sheet-grid";
import { NOTE_LABEL } from "../vocabulary";
import { type CrossSectionHeader, findCrossSectionHeader } from "./cross-section-header";
import type { CrossSectionTable, RegionRow } from "./cross-section-table";
import { publicationMonth } from "./publication-month";
import { landNamed, landOfKey, regionKind } from "../lexicon/regions";

/** Every code a table may have, in catalogue order: the order of the report's rows. */
const ALL_CODES = KENNZAHLEN.flatMap((k) => (k.hasGenderSplit ? [k.code, `${k.code}_F`, `${k.code}_M`] : [k.code]));

/** Footnote markers of published tables: "¹ …", "* …", "1) …". */
const FOOTNOTE_MARK = /^(\*|[¹²³⁴⁵⁶⁷⁸⁹]|\d\)\s)/;
/** A heading row naming the type of the rows below, in tables grouped by type instead of a type column. */
const TYPE_HEADING = /^(sgb[ -]ii[ -])?(vergleichs)?typ\s+(\S.*)$/i;

export function readCrossSection(grid: SheetGrid): CrossSectionTable | null {
  const found = findCrossSectionHeader(grid);
  if (!found) return null;
  const header = withUsableMonthColumn(grid, found);
  const messages: Message[] = [];
  const title = textLines(grid, 0, header.firstRow);
  const rows: RegionRow[] = [];
  const footnotes: string[] = [];
  const seen = new Set<string>();
  const lastData = lastDataRow(grid, header);
  let headingType: string | null = null;

  for (let r = header.row + 1; r < grid.rowCount; r++) {
    if (grid.rowIsBlank(r)) continue;
    const kind = rowKind(grid, r, header, r > lastData);
    if (kind === "footnote") {
      footnotes.push(rowText(grid, r));
      continue;
    }
    if (kind === "heading") {
      headingType = TYPE_HEADING.exec(rowText(grid, r))?.[3]?.trim() ?? headingType;
      continue;
    }
    if (kind === "other") continue;
    const row = readRow(grid, r, header, headingType, messages);
    if (row === null) continue;
    const identity = `${row.month ?? ""}|${row.key ?? row.name}`;
    if (seen.has(identity)) {
      messages.push(message("warning", `„${row.name}“ steht doppelt in der Tabelle; es gilt die erste Zeile.`, grid.name, row.cell));
      continue;
    }
    seen.add(identity);
    rows.push(row);
  }

  const tableMonth = header.month === null ? publicationMonth(title, footnotes) : null;
  if (tableMonth !== null) for (const row of rows) row.month = tableMonth;
  const months = [...new Set(rows.map((r) => r.month).filter((m): m is MonthKey => m !== null))].sort();
  if (months.length === 0) messages.push(message("warning", `Die Tabelle nennt keinen Berichtsmonat (weder im Titel noch in der Quellenangabe); bitte den Monat im Titel ergänzen, z. B. „Berichtsmonat Juni 2024“.`, grid.name, grid.address(header.firstRow, 0)));

  const jobcenters = rows.filter((r) => regionKind(r.key, r.name, r.type) === "jobcenter");
  const codes = ALL_CODES.filter((code) => header.kennzahlen.some((k) => k.code === code));
  const hasTypes = jobcenters.some((r) => r.type !== null);
  if (!hasTypes) messages.push(message("info", `Die Tabelle nennt keinen SGB II-Vergleichstyp; für den Vergleich bitte den Vergleichstyp wählen.`, grid.name, grid.address(header.row, 0)));
  return {
    sheet: grid.name,
    month: months[months.length - 1] ?? null,
    months,
    codes,
    hasTypes,
    rows: jobcenters,
    landRows: rows.filter((r) => regionKind(r.key, r.name, r.type) === "land"),
    bundRows: rows.filter((r) => regionKind(r.key, r.name, r.type) === "bund"),
    title,
    footnotes,
    messages,
  };
}

type RowKind = "data" | "footnote" | "heading" | "other";

/**
 * Data has Kennzahl cells (a Jobcenter whose figures are all "x" is still data) or a numeric key. Below the last data
 * row every text is a source line; above it, a text without figures is a type heading ("Vergleichstyp IIb") or a
 * group label ("Niedersachsen") that carries nothing to compare — never a footnote that would end the table early.
 */
function rowKind(grid: SheetGrid, r: number, header: CrossSectionHeader, belowData: boolean): RowKind {
  const first = rowText(grid, r);
  if (belowData || NOTE_LABEL.test(first) || FOOTNOTE_MARK.test(first)) return "footnote";
  if (isDataRow(grid, r, header)) return "data";
  return header.type === null && TYPE_HEADING.test(first) ? "heading" : "other";
}

function isDataRow(grid: SheetGrid, r: number, header: CrossSectionHeader): boolean {
  if (header.kennzahlen.some((k) => isFilled(grid.value(r, k.col)))) return true;
  const key = header.key !== null ? keyText(grid.value(r, header.key)) : null;
  return key !== null && /^\d+$/.test(key);
}

function lastDataRow(grid: SheetGrid, header: CrossSectionHeader): number {
  for (let r = grid.rowCount - 1; r > header.row; r--) if (isDataRow(grid, r, header) && !NOTE_LABEL.test(rowText(grid, r))) return r;
  return header.row;
}

/**
 * A "Stand" or "Zeitraum" column makes a long table only when it holds months; "Jul 2023 – Jun 2024" or a note is no
 * month per row, and the table's month then comes from its title.
 */
function withUsableMonthColumn(grid: SheetGrid, header: CrossSectionHeader): CrossSectionHeader {
  if (header.month === null) return header;
  const samples: unknown[] = [];
  for (let r = header.row + 1; r < grid.rowCount && samples.length < 10; r++) if (isDataRow(grid, r, header)) samples.push(grid.value(r, header.month));
  const months = samples.filter((v) => parseMonthLabel(v) !== null).length;
  return months * 2 > samples.length ? header : { ...header, month: null };
}

function isFilled(raw: unknown): boolean {
  return typeof raw === "number" || (typeof raw === "string" && raw.trim() !== "");
}

function readRow(grid: SheetGrid, r: number, header: CrossSectionHeader, headingType: string | null, messages: Message[]): RegionRow | null {
  const key = header.key !== null ? keyText(grid.value(r, header.key)) : null;
  const nameCol = header.name ?? header.key ?? 0;
  const name = header.name !== null ? cellText(grid.value(r, header.name)) : key ?? "";
  let month: MonthKey | null = null;
  if (header.month !== null) {
    month = parseMonthLabel(grid.value(r, header.month));
    if (month === null) {
      messages.push(message("warning", `„${cellText(grid.value(r, header.month))}“ ist kein Monat; die Zeile „${name}“ wird nicht verwendet.`, grid.name, grid.address(r, header.month)));
      return null;
    }
  }
  const typeText = header.type !== null ? cellText(grid.value(r, header.type)) : "";
  const type = typeText !== "" ? typeText : header.type === null ? headingType : null;
  const landText = header.land !== null ? cellText(grid.value(r, header.land)) : "";
  const land = landText !== "" ? (landNamed(landText) ?? landText) : (header.keyIsRegional && key !== null ? landOfKey(key) : null) ?? landNamed(name);
  const values = new Map<string, number | null>();
  const cells = new Map<string, string>();
  for (const { code, col } of header.kennzahlen) {
    values.set(code, readValue(grid, r, col, name, messages));
    cells.set(code, grid.address(r, col));
  }
  return { key, name, type, land, month, values, cells, sheet: grid.name, cell: grid.address(r, nameCol) };
}

/** A value in %: text "24,6" as written; a number under a percent format (0,246 shown as 24,6 %) scaled to 24,6. */
function readValue(grid: SheetGrid, r: number, c: number, name: string, messages: Message[]): number | null {
  const parsed = grid.number(r, c);
  if (parsed.kind === "number") return typeof grid.value(r, c) === "number" && grid.numberFormat(r, c).includes("%") ? parsed.value * 100 : parsed.value;
  if (parsed.kind === "invalid") messages.push(message("warning", `„${parsed.text}“ ist keine Zahl; ${name} bleibt für diese Kennzahl ohne Wert.`, grid.name, grid.address(r, c)));
  return null;
}

/** Keys stay text: "03353" keeps its zero; a number cell 3353 is written back as "3353" (chooseJobcenter ignores zeros). */
function keyText(raw: unknown): string | null {
  if (typeof raw === "number" && Number.isInteger(raw)) return String(raw);
  const text = cellText(raw);
  return text === "" ? null : text;
}

function cellText(raw: unknown): string {
  if (typeof raw === "number") return String(raw);
  return typeof raw === "string" ? raw.replace(/\s+/g, " ").trim() : "";
}

function rowText(grid: SheetGrid, r: number): string {
  return Array.from({ length: grid.colCount }, (_, c) => cellText(grid.value(r, c))).filter((t) => t !== "").join(" ");
}

function textLines(grid: SheetGrid, from: number, to: number): string[] {
  const lines: string[] = [];
  for (let r = from; r < to; r++) if (!grid.rowIsBlank(r)) lines.push(rowText(grid, r));
  return lines;
}

/**
 * Sheets holding one month each ("Juni 2024", "Juli 2024") as one table. A month read twice keeps its first sheet;
 * a sheet without a month cannot be placed in time and is left out.
 */
export function combineMonths(tables: CrossSectionTable[]): CrossSectionTable | null {
  if (tables.length <= 1) return tables[0] ?? null;
  const messages = tables.flatMap((t) => t.messages);
  const claimed = new Map<MonthKey, string>();
  const parts: Array<{ table: CrossSectionTable; months: Set<MonthKey> }> = [];
  for (const table of tables) {
    if (table.months.length === 0) {
      messages.push(message("warning", "Das Blatt nennt keinen Berichtsmonat und wird im Zeitvergleich nicht verwendet.", table.sheet));
      continue;
    }
    for (const month of table.months.filter((m) => claimed.has(m))) {
      messages.push(message("warning", `${formatMonthLong(month)} steht schon auf „${claimed.get(month)}“; die Zeilen dieses Monats auf diesem Blatt werden nicht verwendet.`, table.sheet));
    }
    const fresh = new Set(table.months.filter((m) => !claimed.has(m)));
    for (const month of fresh) claimed.set(month, table.sheet);
    if (fresh.size > 0) parts.push({ table, months: fresh });
  }
  if (parts.length === 0) return null;
  const keep = (pick: (t: CrossSectionTable) => RegionRow[]) => parts.flatMap(({ table, months }) => pick(table).filter((r) => r.month !== null && months.has(r.month)));
  const months = [...claimed.keys()].sort();
  const latest = parts.find((p) => p.months.has(months[months.length - 1]))?.table ?? parts[0].table;
  return {
    sheet: parts.map((p) => p.table.sheet).join(", "),
    month: months[months.length - 1],
    months,
    codes: ALL_CODES.filter((code) => parts.some((p) => p.table.codes.includes(code))),
    hasTypes: parts.some((p) => p.table.hasTypes),
    rows: keep((t) => t.rows),
    landRows: keep((t) => t.landRows),
    bundRows: keep((t) => t.bundRows),
    title: latest.title,
    footnotes: latest.footnotes,
    messages,
  };
}
