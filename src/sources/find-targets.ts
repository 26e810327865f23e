/**
 * Finds the agreed Zielwerte: a table (Excel table or plain range) with a Kennzahl column and a Zielwert column,
 * optionally Toleranz. Quotas are in %, a target stored as 0,225 with a percent format is read as 22,5 %.
 */
import type { AgreedTarget } from "../domain/goal-comparison";
import { ALL_INDICATORS, type IndicatorDefinition, localIndicator, type Unit } from "../domain/indicators";
import type { Direction } from "../domain/direction";
import { formatPercent } from "../domain/cell-values";
import { type Message, message } from "../domain/messages";
import type { Tolerance } from "../domain/variance";
import { bestAliasMatch, normalizeLabel } from "./labels";
import type { SheetGrid } from "./sheet-grid";
import { TARGET_HEADERS } from "./vocabulary";
import { directionOf } from "./lexicon/directions";
import { parseMonthLabel, yearsIn } from "../domain/month-labels";
import type { MonthKey } from "../domain/months";
import { noteCell } from "./find-base-series";
import { parseChangeVsPreviousYear } from "./relative-targets";

export interface FoundTarget extends AgreedTarget {
  code: string;
  /** A Richtung written in the Zielwerte table overrides the catalogue (directions marked [inferred] are a choice). */
  direction?: Direction;
  sheet: string;
  cell: string;
}

export interface FoundTargets {
  sheet: string;
  /** The year the Zielwerte are agreed for ("Zielwert 2022", "Ziele 2023"), when the table or sheet says. */
  year: number | null;
  targets: Map<string, FoundTarget>;
  /** Indicators the Jobcenter defines itself: unknown names with a Richtung (and Einheit) in the Zielwerte table. */
  locals: IndicatorDefinition[];
  /**
   * The Ist values the table states beside the Zielwerte ("Ist Juni 2024", "Ist 2024", "Ist 2023"), by code and the
   * month they stand for (a year's Ist stands for its December, as a Zielabrechnung gives the annual value).
   */
  stated?: { values: Map<string, Map<MonthKey, number>>; cells: Map<string, Map<MonthKey, string>> };
  /** The cells of the Toleranzen read, for the column model. */
  toleranceCells?: string[];
  /** The unit each row names in an "Einheit" column, as written ("Tage", "%"). */
  units?: Map<string, string>;
  messages: Message[];
}

interface TargetColumns {
  row: number;
  indicator: number;
  target: number;
  tolerance: number | null;
  unit: number | null;
  direction: number | null;
}

const INDICATOR_CANDIDATES = ALL_INDICATORS.map((d) => ({ item: d, aliases: [d.name, d.code, ...d.aliases] }));

/**
 * Zielwerte of several years side by side ("Kennzahl | Zielwert 2023 | Zielwert 2024"): one table per year column,
 * each read like a table of its own.
 */
export function findTargetsByYear(grid: SheetGrid): FoundTargets[] {
  const first = findTargets(grid);
  const columns = findHeader(grid);
  if (!first || !columns) return [];
  const others = grid
    .headerColumns(columns.row, TARGET_HEADERS.target, [columns.indicator, columns.target])
    .filter((c) => yearsIn(grid.text(columns.row, c)).length > 0 && !/^ist\b/i.test(grid.text(columns.row, c)));
  const tables = others.flatMap((target) => {
    const table = findTargets(grid, target);
    if (!table || table.year === null || table.year === first.year) return [];
    // What the rows say (an unknown name, a local indicator) is said once, by the first year's table.
    const said = new Set(first.messages.map((m) => `${m.cell}|${m.text}`));
    return [{ ...table, messages: table.messages.filter((m) => !said.has(`${m.cell}|${m.text}`)) }];
  });
  return [first, ...tables];
}

export function findTargets(grid: SheetGrid, forcedTarget?: number): FoundTargets | null {
  const found = findHeader(grid);
  if (!found) return null;
  const columns = forcedTarget === undefined ? found : { ...found, target: forcedTarget };
  const targets = new Map<string, FoundTarget>();
  const locals: IndicatorDefinition[] = [];
  const messages: Message[] = [];
  const statedColumns = istColumns(grid, columns);
  const stated = { values: new Map<string, Map<MonthKey, number>>(), cells: new Map<string, Map<MonthKey, string>>() };
  const units = new Map<string, string>();
  const toleranceCells: string[] = [];

  for (let r = columns.row + 1; r < grid.rowCount && !grid.rowIsBlank(r); r++) {
    const label = grid.text(r, columns.indicator);
    let definition = bestAliasMatch(label, INDICATOR_CANDIDATES);
    if (!definition && label) {
      definition = localDefinition(grid, r, columns, label, locals.length + 1);
      if (definition) {
        locals.push(definition);
        messages.push(message("info", `„${label}“ wird als lokale Kennzahl ausgewertet (${definition.direction === "up" ? "höher ist besser" : "niedriger ist besser"}).`, grid.name, grid.address(r, columns.indicator)));
      }
    }
    if (!definition) {
      if (label) messages.push(message("info", `„${label}“ ist keine bekannte Kennzahl. Für eine lokale Kennzahl bitte eine Spalte „Richtung“ (höher/niedriger) ergänzen.`, grid.name, grid.address(r, columns.indicator)));
      continue;
    }
    if (targets.has(definition.code)) {
      messages.push(message("warning", `„${label}“ steht doppelt; die Zeile wird nicht verwendet (es gilt die erste Zeile).`, grid.name, grid.address(r, columns.indicator)));
      continue;
    }
    const target = readTargetCell(grid, r, columns.target, definition, messages);
    const tolerance = readTolerance(grid, r, columns.tolerance, definition, messages);
    if (tolerance && columns.tolerance !== null) toleranceCells.push(grid.address(r, columns.tolerance));
    const direction = columns.direction !== null ? directionOf(grid.text(r, columns.direction)) : null;
    targets.set(definition.code, { code: definition.code, ...target, ...(tolerance ? { tolerance } : {}), sheet: grid.name, cell: grid.address(r, columns.target), ...(direction ? { direction } : {}) });
    for (const { col, month } of statedColumns) {
      const value = grid.number(r, col);
      if (value.kind !== "number") continue;
      const v = definition.unit === "percent" ? grid.percentValue(r, col, value) : value.value;
      if (!stated.values.has(definition.code)) stated.values.set(definition.code, new Map());
      stated.values.get(definition.code)?.set(month, v);
      noteCell(stated.cells, definition.code, month, grid.address(r, col));
    }
    if (columns.unit !== null && grid.text(r, columns.unit) !== "") units.set(definition.code, grid.text(r, columns.unit));
  }
  return targets.size > 0 ? { sheet: grid.name, year: targetYear(grid, columns), targets, locals, stated, toleranceCells, units, messages } : null;
}

/**
 * The cell of a Zielwert header with nothing below it ("Kennzahl | Zielwert | Toleranz" and no rows): the table was
 * started but not filled. Null when there is no such header or when rows follow it.
 */
export function findEmptyTargetTable(grid: SheetGrid): string | null {
  const columns = findHeader(grid);
  if (!columns) return null;
  for (let r = columns.row + 1; r < grid.rowCount; r++) if (!grid.rowIsBlank(r)) return null;
  return grid.address(columns.row, columns.indicator);
}

/**
 * Ist columns beside the Zielwert that say which period they hold: "Ist Juni 2024", "Ist 06/2024", "Ist 2024" (the
 * year, standing for its December), "Ist 2023" / "Ist Vorjahr" (with the Zielwert's year known). A bare "Ist" says
 * no month and is not read as one.
 */
function istColumns(grid: SheetGrid, columns: TargetColumns): Array<{ col: number; month: MonthKey }> {
  const year = targetYear(grid, columns);
  const found: Array<{ col: number; month: MonthKey }> = [];
  for (let c = 0; c < grid.colCount; c++) {
    if (c === columns.target || c === columns.indicator) continue;
    const match = /^ist(?:wert)?\b[\s:-]*(.*)$/i.exec(grid.text(columns.row, c));
    if (!match) continue;
    const rest = match[1].replace(/^(stand|per|zum|bis)\s+/i, "").trim();
    const month = parseMonthLabel(rest) ?? (/^(19|20)\d\d$/.test(rest) ? `${rest}-12` : null) ?? (/^vorjahr$/i.test(rest) && year !== null ? `${year - 1}-12` : null);
    if (month) found.push({ col: c, month });
  }
  return found;
}

/** The year of the Zielwerte: from the target column's header, else the sheet's name, else a title row above. */
export function targetYear(grid: SheetGrid, columns: { row: number; target: number }): number | null {
  const year = (text: string) => yearsIn(text)[0] ?? null;
  const fromHeader = year(grid.text(columns.row, columns.target));
  if (fromHeader !== null) return fromHeader;
  const fromName = year(grid.name);
  if (fromName !== null) return fromName;
  for (let r = 0; r < columns.row; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const found = year(grid.text(r, c));
      if (found !== null && /ziel/i.test(grid.text(r, c))) return found;
    }
  }
  return null;
}

/** A row with an unknown name becomes a local indicator only when the user says which way is better. */
function localDefinition(grid: SheetGrid, r: number, columns: TargetColumns, label: string, index: number): IndicatorDefinition | null {
  if (columns.direction === null) return null;
  const direction = directionOf(grid.text(r, columns.direction));
  if (!direction) return null;
  const unit = unitOf(columns.unit === null ? "" : grid.text(r, columns.unit));
  return localIndicator({ code: `L${index}`, name: label, unit, direction });
}

export { directionOf } from "./lexicon/directions";

function unitOf(text: string): Unit {
  return unitFromText(text) ?? "persons";
}

/**
 * The unit a source names ("Einheit" column, a unit row under the header): never invented — Tage stay Tage
 * (Kalendertage), Arbeitstage stay Arbeitstage, a percent stays a percent. Null when the text names none.
 */
export function unitFromText(text: string): Unit | null {
  const t = normalizeLabel(text);
  if (text.includes("%") || t.startsWith("prozent") || t === "pp") return "percent";
  if (/^(arbeitstage?|at|werktage?|wt)\b/.test(t) || /\barbeitstag/.test(t)) return "days";
  if (/^(tage?|kalendertage?|kt|d)\b/.test(t) || /\btage\b/.test(t)) return "calendarDays";
  if (/note/.test(t)) return "grade";
  if (text.includes("€") || /^eur/.test(t)) return "eur";
  if (/^(personen|anzahl|faelle|stueck)/.test(t)) return "persons";
  return null;
}

function findHeader(grid: SheetGrid): TargetColumns | null {
  for (let r = 0; r < Math.min(grid.rowCount, 50); r++) {
    // Names in priority order: "Zielwert 2022" must win over a "Ziel" column that holds the goal area.
    const find = (names: readonly string[]) => grid.headerColumn(r, names);
    const indicator = find(TARGET_HEADERS.indicator);
    const target = indicator === null ? null : targetColumn(grid, r, indicator);
    if (indicator !== null && target !== null) {
      return { row: r, indicator, target, tolerance: find(TARGET_HEADERS.tolerance), unit: find(TARGET_HEADERS.unit), direction: find(TARGET_HEADERS.direction) };
    }
  }
  return null;
}

/**
 * "Ziel | Kennzahl | Ist 2022 | Ziel 2022": the goal area and the target value can both be headed "Ziel". The target
 * column is the first candidate with a number below its header; without any, the first candidate.
 */
function targetColumn(grid: SheetGrid, header: number, indicator: number): number | null {
  const candidates = grid.headerColumns(header, TARGET_HEADERS.target, [indicator]);
  const holdsNumbers = (c: number) => {
    for (let r = header + 1; r < grid.rowCount && !grid.rowIsBlank(r); r++) if (grid.number(r, c).kind === "number") return true;
    return false;
  };
  return candidates.find(holdsNumbers) ?? candidates[0] ?? null;
}

/**
 * The Zielwert of a cell: a level, or a change against the previous year's result ("+2,0 % ggü. Vorjahr"), which the
 * comparison derives from the Grunddaten and says so — never the "2,0" read as a level.
 */
export function readTargetCell(grid: SheetGrid, r: number, c: number, definition: IndicatorDefinition, messages: Message[]): Pick<FoundTarget, "annualTarget" | "changeVsPreviousYear"> {
  const change = typeof grid.value(r, c) === "string" ? parseChangeVsPreviousYear(grid.text(r, c)) : null;
  if (change === null) return { annualTarget: readTarget(grid, r, c, definition, messages) };
  messages.push(message("info", `„${grid.text(r, c)}“ ist eine Veränderung gegenüber dem Vorjahr: der Zielwert für „${definition.name}“ wird aus dem Vorjahresergebnis (Dezember des Vorjahres) abgeleitet; fehlt es, bleibt er leer.`, grid.name, grid.address(r, c)));
  return { annualTarget: null, changeVsPreviousYear: change };
}

export function readTarget(grid: SheetGrid, r: number, c: number, definition: IndicatorDefinition, messages: Message[]): number | null {
  const parsed = grid.number(r, c);
  if (parsed.kind === "number") {
    const value = definition.unit === "percent" ? grid.percentValue(r, c, parsed) : parsed.value;
    if (definition.unit === "percent" && value > 100) {
      messages.push(message("warning", `${formatPercent(value)} ist als Quote nicht möglich; für „${definition.name}“ gilt kein Zielwert.`, grid.name, grid.address(r, c)));
      return null;
    }
    return value;
  }
  if (parsed.kind === "invalid") {
    messages.push(message("error", `„${parsed.text}“ ist kein gültiger Zielwert für „${definition.name}“.`, grid.name, grid.address(r, c)));
  } else if (!definition.monitoringOnly) {
    messages.push(message("warning", `Für „${definition.name}“ ist kein Zielwert eingetragen.`, grid.name, grid.address(r, c)));
  }
  return null;
}

/** Toleranz: Prozentpunkte for quotas, % of the Zielwert for everything else. Blank = none agreed (the report's default applies). */
export function readTolerance(grid: SheetGrid, r: number, c: number | null, definition: IndicatorDefinition, messages: Message[]): Tolerance | undefined {
  if (c === null) return undefined;
  const parsed = grid.number(r, c);
  if (parsed.kind === "invalid" || (parsed.kind === "number" && parsed.value < 0)) {
    messages.push(message("warning", `Die Toleranz „${String(grid.value(r, c))}“ ist ungültig; es gilt keine Toleranz (oder die im Bericht eingestellte).`, grid.name, grid.address(r, c)));
    return undefined;
  }
  if (parsed.kind !== "number") return undefined;
  return definition.isQuota ? { kind: "absolute", value: parsed.value } : { kind: "relative", percent: parsed.value };
}
