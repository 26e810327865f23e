/**
 * Finds monthly Grunddaten in a wide sheet: a header row with months as columns (title rows, "Stand:" lines and blank
 * rows above it are skipped), one row per Grunddatum identified by its Kürzel or label — or by a two-level label
 * ("Integrationen" beside "Frauen"). Merged cells read the same whether the reader repeats the master's value or leaves
 * them blank.
 */
import { type Message, message } from "../domain/messages";
import { bareMonthIn, parseMonthLabel, yearsIn } from "../domain/month-labels";
import type { MonthKey } from "../domain/months";
import { bestAliasMatch, exactAliasMatch, normalizeLabel } from "./labels";
import type { SheetGrid } from "./sheet-grid";
import { KENNZAHL_CODE } from "../domain/kennzahlen-catalogue";
import { grunddatumName } from "../domain/grunddaten";
import { checkMonthHeader } from "./month-header-checks";
import { yearOfBand } from "./year-bands";
import { BASE_SERIES_ALIASES, GENDER_SUFFIXED_KEY, isImpossibleCount, negativeCountText } from "./vocabulary";

export interface FoundBaseSeries {
  sheet: string;
  series: Map<string, Map<MonthKey, number>>;
  /** The A1 cell of every value, for messages that name it (two sheets disagreeing on one month). */
  cells: Map<string, Map<MonthKey, string>>;
  messages: Message[];
}

/** Records the cell of a value beside it. */
export function noteCell(cells: Map<string, Map<MonthKey, string>>, key: string, month: MonthKey, cell: string): void {
  if (!cells.has(key)) cells.set(key, new Map());
  cells.get(key)?.set(month, cell);
}

const MIN_MONTH_COLUMNS = 3;

export function findBaseSeries(grid: SheetGrid): FoundBaseSeries | null {
  const found = findMonthHeader(grid);
  if (!found || monthsOverIstAndSoll(grid, found.row, found.months)) return null;
  const messages: Message[] = [];
  const header = { row: found.row, months: checkMonthHeader(grid, found.row, found.months, found.row + 1, messages) };
  const series = new Map<string, Map<MonthKey, number>>();
  const cells = new Map<string, Map<MonthKey, string>>();
  const firstMonthCol = Math.min(...header.months.map((m) => m.col));

  let group = "";
  for (let r = header.row + 1; r < grid.rowCount; r++) {
    // A blank row after the data ends the block — a second table below (e.g. the Zielwerte) is not Grunddaten — unless
    // the table goes on after it: a section ("Bewegungen", "Geldleistungen") over more Grunddaten with monthly values.
    if (series.size > 0 && grid.rowIsBlank(r) && !tableGoesOn(grid, r, firstMonthCol, header.months, series)) break;
    const labels = Array.from({ length: firstMonthCol }, (_, c) => grid.text(r, c));
    if (labels[0] !== "") group = labels[0];
    const key = rowKey(labels, group);
    if (key === null) continue;
    // A section row ("Integrationen" over "Integrationen | Integrationen Frauen | …") names a group, holds no value.
    if (header.months.every(({ col }) => grid.isBlank(r, col))) continue;
    if (series.has(key)) {
      messages.push(message("warning", `Die Grunddaten „${grunddatumName(key)}“ stehen doppelt; die Zeile wird nicht verwendet.`, grid.name, grid.address(r, 0)));
      continue;
    }
    series.set(key, readRow(grid, r, key, header.months, messages, cells));
  }
  return series.size > 0 ? { sheet: grid.name, series, cells, messages } : null;
}

/**
 * Month bands over "Ist | Soll" sub-columns are a Zielerreichung table (find-target-actual-rows.ts), not Grunddaten:
 * read as Grunddaten, the Soll beside each Ist would pass for a monthly value.
 */
function monthsOverIstAndSoll(grid: SheetGrid, row: number, months: Array<{ col: number }>): boolean {
  if (row + 1 >= grid.rowCount) return false;
  const under = (c: number, pattern: RegExp) => pattern.test(normalizeLabel(grid.value(row + 1, c)));
  const ist = months.filter((m) => under(m.col, /^ist( |$)/) || under(m.col + 1, /^ist( |$)/)).length;
  const soll = months.filter((m) => [0, 1, 2].some((d) => under(m.col + d, /^(soll|ziel|zielwert|plan)( |$)/))).length;
  return ist * 2 >= months.length && soll * 2 >= months.length;
}

/**
 * Month names without a year as columns and the year in each row's label ("ELB 2023", "ELB 2024"), or in a "Jahr"
 * cell beside it: one row per Grunddatum and year.
 */
export function findBaseSeriesByYearRows(grid: SheetGrid): FoundBaseSeries | null {
  for (let r = 0; r < Math.min(grid.rowCount, 50); r++) {
    const bare: Array<{ col: number; month: number }> = [];
    for (let c = 0; c < grid.colCount; c++) {
      const month = bareMonthIn(grid.text(r, c), 2000);
      if (month) bare.push({ col: c, month: Number(month.slice(5, 7)) });
    }
    if (bare.length < MIN_MONTH_COLUMNS) continue;
    const firstMonthCol = Math.min(...bare.map((b) => b.col));
    const messages: Message[] = [];
    const series = new Map<string, Map<MonthKey, number>>();
    const cells = new Map<string, Map<MonthKey, string>>();
    for (let row = r + 1; row < grid.rowCount; row++) {
      if (series.size > 0 && grid.rowIsBlank(row)) break;
      const labels = Array.from({ length: firstMonthCol }, (_, c) => grid.text(row, c));
      const yearCell = labels.findIndex((l) => /^(19|20)\d\d$/.test(l));
      const withYear = labels.map((l) => /^(.*\S)\s+((?:19|20)\d\d)$/.exec(l));
      const year = yearCell >= 0 ? Number(labels[yearCell]) : Number(withYear.find((m) => m)?.[2] ?? NaN);
      if (!Number.isFinite(year)) continue;
      const key = rowKey(labels.map((l, i) => (i === yearCell ? "" : withYear[i]?.[1] ?? l)), "");
      if (key === null) continue;
      const months = bare.map((b) => ({ col: b.col, month: `${year}-${String(b.month).padStart(2, "0")}` as MonthKey }));
      const values = readRow(grid, row, key, months, messages, cells);
      const known = series.get(key) ?? new Map<MonthKey, number>();
      for (const [m, v] of values) known.set(m, v);
      series.set(key, known);
    }
    if (series.size > 0) return { sheet: grid.name, series, cells, messages };
  }
  return null;
}

/**
 * The cell of a month header with no row below it ("Grunddatum | Jan 22 | Feb 22 | Mär 22" and nothing else): the
 * table was started but not filled. Null when there is no month header or when anything follows it.
 */
export function findEmptyMonthHeader(grid: SheetGrid): string | null {
  const found = findMonthHeader(grid);
  if (!found) return null;
  for (let r = found.row + 1; r < grid.rowCount; r++) if (!grid.rowIsBlank(r)) return null;
  const first = Array.from({ length: grid.colCount }, (_, c) => c).find((c) => grid.value(found.row, c) !== null) ?? 0;
  return grid.address(found.row, first);
}

/**
 * Two-level row labels ("Integrationen" beside "Frauen" / "Männer" / "insgesamt", the group cell merged down or written
 * once) read as one: the group carries down to rows whose first label cell is empty. The joined label wins when it is
 * a vocabulary entry as written; otherwise the first label cell that means something ("ELB" beside its Kürzel "elb").
 */
function rowKey(cells: string[], group: string): string | null {
  const own = cells.filter((c) => c !== "");
  if (own.length === 0) return null;
  const joined = exactAliasMatch([...(cells[0] === "" && group !== "" ? [group] : []), ...own].join(" "), BASE_SERIES_ALIASES);
  if (joined) return joined;
  // A Kürzel beside the label says exactly what the row is ("Integrationen der LZB" | "int_lzb"): it wins over the words.
  for (const cell of own) {
    const code = cell.trim().toLowerCase();
    if (BASE_SERIES_ALIASES.some((a) => a.item === code)) return code;
  }
  for (const cell of own) {
    const key = seriesKey(cell);
    if (key) return key;
  }
  return null;
}

/**
 * What a row label means: a §48a code ("K2", "K3E1_F": published values, key in upper case), a Grunddaten Kürzel
 * (with gender suffix "int_lzb_f"), or a label from the vocabulary ("Integrationen Frauen").
 */
function seriesKey(label: string): string | null {
  const trimmed = label.trim();
  if (KENNZAHL_CODE.test(trimmed.toUpperCase()) && /^k/i.test(trimmed)) return trimmed.toUpperCase();
  const lower = trimmed.toLowerCase();
  const suffixed = GENDER_SUFFIXED_KEY.exec(lower);
  if (suffixed && BASE_SERIES_ALIASES.some((a) => a.item === suffixed[1])) return lower;
  return bestAliasMatch(label, BASE_SERIES_ALIASES);
}

/**
 * The header row with the months: labels with a year ("Jan 22", "05/2022", date serials), or bare month names under a
 * row of years ("2022" above "Jan … Dez"; merged year cells leave blanks, so a year carries to the right).
 */
function findMonthHeader(grid: SheetGrid): { row: number; months: Array<{ col: number; month: MonthKey }> } | null {
  for (let r = 0; r < Math.min(grid.rowCount, 50); r++) {
    const months: Array<{ col: number; month: MonthKey }> = [];
    for (let c = 0; c < grid.colCount; c++) {
      const month = parseMonthLabel(grid.value(r, c));
      if (month) months.push({ col: c, month });
    }
    if (months.length >= MIN_MONTH_COLUMNS) return { row: r, months };
    if (r > 0) {
      const stacked = monthsUnderYears(grid, r);
      if (stacked.length >= MIN_MONTH_COLUMNS) return { row: r, months: stacked };
    }
    // Bare month names ("Januar | Februar | …") on a sheet named after its year ("2023") or titled "Grunddaten 2023".
    const year = sheetYear(grid, r);
    if (year !== null) {
      const named: Array<{ col: number; month: MonthKey }> = [];
      for (let c = 0; c < grid.colCount; c++) {
        const month = bareMonthIn(grid.text(r, c), year);
        if (month) named.push({ col: c, month });
      }
      if (named.length >= MIN_MONTH_COLUMNS) return { row: r, months: named };
    }
  }
  return null;
}

/** The one year a sheet is about: in its name ("2023", "Grunddaten 2023"), else in the title rows above the header. */
export function sheetYear(grid: SheetGrid, headerRow: number): number | null {
  const fromName = yearsIn(grid.name);
  if (fromName.length === 1) return fromName[0];
  const above = new Set<number>();
  for (let r = 0; r < headerRow; r++) for (let c = 0; c < grid.colCount; c++) for (const y of yearsIn(grid.text(r, c))) above.add(y);
  return above.size === 1 ? [...above][0] : null;
}

/** After a blank row: within the next three rows, a Grunddatum not read yet with a figure under the month columns. */
function tableGoesOn(grid: SheetGrid, blank: number, firstMonthCol: number, months: ReadonlyArray<{ col: number }>, series: ReadonlyMap<string, unknown>): boolean {
  let group = "";
  for (let r = blank + 1; r < Math.min(grid.rowCount, blank + 4); r++) {
    if (grid.rowIsBlank(r)) continue;
    const labels = Array.from({ length: firstMonthCol }, (_, c) => grid.text(r, c));
    if (labels[0] !== "") group = labels[0];
    const key = rowKey(labels, group);
    if (key === null || months.every(({ col }) => grid.isBlank(r, col))) continue;
    return !series.has(key) && months.some(({ col }) => grid.number(r, col).kind === "number");
  }
  return false;
}

/**
 * Bare month names under bands that name their year: a year ("2023", "Jahr 2023") or a quarter or half-year ("1. Quartal
 * 2024", "Q1/2024", "2. Halbjahr 2023") merged over its months. A column under the band that is no month ("Quartal",
 * "Summe", "Ø") is the band's total and is not read; a month under the wrong quarter is still the month it names (a
 * second "Apr" is then reported as written twice).
 */
function monthsUnderYears(grid: SheetGrid, r: number): Array<{ col: number; month: MonthKey }> {
  const months: Array<{ col: number; month: MonthKey }> = [];
  let year: number | null = null;
  for (let c = 0; c < grid.colCount; c++) {
    year = yearOfBand(grid.value(r - 1, c)) ?? year;
    const label = grid.value(r, c);
    if (year === null || typeof label !== "string" || label.trim() === "") continue;
    const month = parseMonthLabel(`${label.trim()} ${year}`);
    if (month) months.push({ col: c, month });
  }
  return months;
}

function readRow(grid: SheetGrid, r: number, key: string, months: Array<{ col: number; month: MonthKey }>, messages: Message[], cells: Map<string, Map<MonthKey, string>>) {
  const values = new Map<MonthKey, number>();
  for (const { col, month } of months) {
    const parsed = grid.number(r, col);
    const where = grid.address(r, col);
    switch (parsed.kind) {
      case "number":
        if (isImpossibleCount(key, parsed.value)) messages.push(message("warning", negativeCountText(parsed.value), grid.name, where));
        else {
          values.set(month, parsed.value);
          noteCell(cells, key, month, where);
        }
        break;
      case "no-value":
        messages.push(message("info", `„${parsed.text}“ gilt als fehlender Wert (nicht als 0).`, grid.name, where));
        break;
      case "invalid":
        messages.push(message("error", `„${parsed.text}“ ist keine Zahl; der Monat bleibt ohne Wert.`, grid.name, where));
        break;
      case "blank":
        break;
    }
  }
  return values;
}
