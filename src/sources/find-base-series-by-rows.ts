/**
 * Grunddaten with months as rows. Two shapes: one column per Grunddatum ("Monat | ELB | Integrationen | LZB"), the
 * transposed layout many exports have, or one row per Grunddatum × month ("Kennzahl | Monat | Wert", see
 * find-base-series-long.ts). Title rows above the header are skipped; a "Jahr" column next to bare month names is read
 * with them; rows whose month cannot be read are reported.
 */
import { type Message, message } from "../domain/messages";
import { bareMonthIn, doubtfulMonthText, implausibleMonths, parseMonthWithYear } from "../domain/month-labels";
import type { MonthKey } from "../domain/months";
import { type FoundBaseSeries, noteCell, sheetYear } from "./find-base-series";
import { findBaseSeriesLong } from "./find-base-series-long";
import { unitFromText } from "./find-targets";
import { bestAliasMatch, subGroupOf, subGroupWords } from "./labels";
import type { SheetGrid } from "./sheet-grid";
import { BASE_SERIES_ALIASES, isImpossibleCount, MONTH_HEADERS, negativeCountText, NOTE_LABEL, SUBTOTAL_LABEL, YEAR_HEADERS } from "./vocabulary";

export function findBaseSeriesByRows(grid: SheetGrid): FoundBaseSeries | null {
  return findTransposed(grid) ?? findBaseSeriesLong(grid);
}

interface Columns {
  header: number;
  month: number;
  year: number | null;
  /** The one year the sheet is about (its name "Grunddaten_2024" or its title), for rows that name only the month. */
  sheetYear: number | null;
  /** A column headed with its year ("LLU 2023 | LLU 2024") holds that year's months; the rows name only the month. */
  series: Array<{ col: number; key: string; year?: number; fromContext?: true }>;
}

/** What a column may be called on a sheet that is about one Grunddatum: a sub-group of it, or just its values. */
/** A column that holds just the values of the sheet's Grunddatum. */
const VALUES_ONLY = /^(bestand|anzahl|wert|werte|ist)\.?$/i;

/**
 * A sheet per Grunddatum ("ELB", "Integrationen"): the sheet's name — or its title above the header — says which one,
 * and the columns under it are its sub-groups ("insgesamt | Frauen | Männer") or just its values ("Bestand").
 */
function seriesNamedAbove(grid: SheetGrid, headerRow: number, labels: string[], skip: number[], known: Columns["series"]): Columns["series"] {
  const titles = [grid.name, ...Array.from({ length: headerRow }, (_, r) => grid.text(r, 0)).filter((t) => t !== "")];
  for (const title of titles) {
    const found: Columns["series"] = [];
    labels.forEach((text, c) => {
      const group = VALUES_ONLY.test(text.trim()) ? "" : subGroupOf(text);
      if (skip.includes(c) || known.some((s) => s.col === c) || group === null) return;
      const key = bestAliasMatch(`${title} ${group}`.trim(), BASE_SERIES_ALIASES) ?? (group === "" ? bestAliasMatch(title, BASE_SERIES_ALIASES) : null);
      if (key && !known.some((s) => s.key === key) && !found.some((s) => s.key === key)) found.push({ col: c, key, fromContext: true });
    });
    if (found.length > 0) return found;
  }
  return [];
}

function findTransposed(grid: SheetGrid): FoundBaseSeries | null {
  for (let r = 0; r < Math.min(grid.rowCount, 30); r++) {
    const month = grid.headerColumn(r, MONTH_HEADERS);
    if (month === null) continue;
    const year = grid.headerColumn(r, YEAR_HEADERS, [month]);
    const series: Columns["series"] = [];
    const header = columnHeaders(grid, r, month);
    for (let c = 0; c < grid.colCount; c++) {
      if (c === month || c === year) continue;
      const text = header.labels[c];
      const columnYear = /^(.*\S)\s+((?:19|20)\d\d)$/.exec(text);
      const key = bestAliasMatch(columnYear ? columnYear[1] : text, BASE_SERIES_ALIASES);
      const y = columnYear ? Number(columnYear[2]) : undefined;
      if (key && !series.some((s) => s.key === key && s.year === y)) series.push({ col: c, key, ...(y !== undefined ? { year: y } : {}) });
    }
    if (series.length < 2) series.push(...seriesNamedAbove(grid, r, header.labels, [month, ...(year === null ? [] : [year])], series));
    if (series.length >= 2 || (series.length === 1 && series[0].fromContext)) return readRows(grid, { header: header.lastRow, month, year, sheetYear: year === null ? sheetYear(grid, r) : null, series });
  }
  return null;
}

/**
 * The label of each column: its header cell, or — under a two-row header — the band above joined with the sub-header
 * below ("Integrationen" over "insgesamt | Frauen | Männer" gives "Integrationen", "Integrationen Frauen",
 * "Integrationen Männer"); a unit below ("Personen", "EUR") leaves the label as it is. A band merged over its columns
 * (or written once) carries right while the cells beside it are blank and the sub-header row names something; a cell
 * merged down both rows is its own label.
 */
function columnHeaders(grid: SheetGrid, r: number, monthCol: number): { labels: string[]; lastRow: number } {
  const own = Array.from({ length: grid.colCount }, (_, c) => grid.text(r, c));
  if (!isSubHeaderRow(grid, r + 1, monthCol)) return { labels: own, lastRow: r };
  let band = "";
  const labels = own.map((text, c) => {
    const sub = c === monthCol ? "" : grid.text(r + 1, c);
    if (text !== "") band = text;
    else if (sub === "") band = "";
    const top = text !== "" ? text : band;
    // A unit row under the header ("Personen", "EUR") says nothing about which series a column is.
    if (sub === "" || unitFromText(sub) !== null) return top;
    return top === "" ? sub : `${top} ${subGroupWords(sub)}`.trim();
  });
  return { labels, lastRow: r + 1 };
}

/**
 * A sub-header row: the month column blank (a number there is a month serial: a data row), no numbers, and at least one
 * sub-header under a blank header cell — the follower of a band. A row of notes or units under a header whose every
 * column is named ("ELB | Integrationen" over "vorläufig | Personen") is no band's sub-header.
 */
function isSubHeaderRow(grid: SheetGrid, r: number, monthCol: number): boolean {
  if (r >= grid.rowCount || grid.text(r, monthCol) !== "") return false;
  let followers = 0;
  for (let c = 0; c < grid.colCount; c++) {
    const v = grid.value(r, c);
    if (typeof v === "number") return false;
    if (typeof v === "string" && v.trim() !== "" && grid.text(r - 1, c) === "") followers++;
  }
  return followers > 0;
}


function readRows(grid: SheetGrid, columns: Columns): FoundBaseSeries {
  const series = new Map<string, Map<MonthKey, number>>(columns.series.map((s) => [s.key, new Map()]));
  const messages: Message[] = [];
  const cells = new Map<string, Map<MonthKey, string>>();
  const doubtful = new Set(doubtfulMonthRows(grid, columns));
  for (let r = columns.header + 1; r < grid.rowCount; r++) {
    if (grid.rowIsBlank(r)) continue;
    const raw = grid.value(r, columns.month);
    if (typeof raw === "string" && SUBTOTAL_LABEL.test(raw.trim())) continue; // "Summe 2022" / "Gesamt"
    const byColumnYear = columns.series.some((s) => s.year !== undefined);
    const month = byColumnYear ? parseMonthWithYear(raw, columns.series.find((s) => s.year !== undefined)?.year ?? null) : monthOfRow(grid, r, columns);
    if (month && doubtful.has(r)) {
      messages.push(message("warning", doubtfulMonthText(String(raw), month, "Zeile"), grid.name, grid.address(r, columns.month)));
      continue;
    }
    if (!month) {
      if (raw !== null && !NOTE_LABEL.test(String(raw))) {
        messages.push(message("warning", `„${String(raw)}“ ist kein Monat; die Zeile wird nicht verwendet.`, grid.name, grid.address(r, columns.month)));
      }
      continue;
    }
    for (const { col, key, year } of columns.series) {
      const monthOfColumn: MonthKey | null = year !== undefined ? parseMonthWithYear(raw, year) : month;
      if (monthOfColumn !== month && monthOfColumn !== null) {
        const parsed = grid.number(r, col);
        if (parsed.kind === "number") {
          series.get(key)?.set(monthOfColumn, parsed.value);
          noteCell(cells, key, monthOfColumn, grid.address(r, col));
        }
        continue;
      }
      const parsed = grid.number(r, col);
      if (parsed.kind === "number" && isImpossibleCount(key, parsed.value)) messages.push(message("warning", negativeCountText(parsed.value), grid.name, grid.address(r, col)));
      else if (parsed.kind === "number") {
        series.get(key)?.set(month, parsed.value);
        noteCell(cells, key, month, grid.address(r, col));
      }
      else if (parsed.kind === "invalid") messages.push(message("error", `„${parsed.text}“ ist keine Zahl; der Monat bleibt ohne Wert.`, grid.name, grid.address(r, col)));
      else if (parsed.kind === "no-value") messages.push(message("info", `„${parsed.text}“ gilt als fehlender Wert (nicht als 0).`, grid.name, grid.address(r, col)));
    }
  }
  return { sheet: grid.name, series, cells, messages };
}

function monthOfRow(grid: SheetGrid, r: number, columns: Columns): MonthKey | null {
  const month = parseMonthWithYear(grid.value(r, columns.month), columns.year === null ? null : grid.value(r, columns.year));
  if (month || columns.sheetYear === null) return month;
  // "Januar" on a sheet named after its year: the month of that year (a label with digits is never completed).
  return bareMonthIn(grid.text(r, columns.month), columns.sheetYear);
}

/** Rows whose month ("Feb 30") is more likely a day than a year, judged against the months of all other rows. */
function doubtfulMonthRows(grid: SheetGrid, columns: Columns): number[] {
  const rows: Array<{ r: number; raw: unknown; month: MonthKey }> = [];
  for (let r = columns.header + 1; r < grid.rowCount; r++) {
    const month = monthOfRow(grid, r, columns);
    if (month) rows.push({ r, raw: grid.value(r, columns.month), month });
  }
  return implausibleMonths(rows).map(({ r }) => r);
}
