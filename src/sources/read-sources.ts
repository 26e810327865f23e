/**
 * From what was read to domain records: every sheet is looked at for Grunddaten, Zielwerte and budget data.
 * Foundation slice of the source mapping; the mapping model with confirmation and persistence builds on this.
 */
import type { MonthKey } from "../domain/months";
import { type Message, message } from "../domain/messages";
import type { WorkbookRead } from "../workbook/port";
import { type FoundBudget, findBudget } from "./find-budget";
import { type FoundBudgetMonths, findBudgetMonths } from "./find-budget-months";
import { findBaseSeries } from "./find-base-series";
import { findBaseSeriesByRows } from "./find-base-series-by-rows";
import { type FoundLongSeries, findLongSeries } from "./find-long-series";
import type { IndicatorDefinition } from "../domain/indicators";
import { normalizeLabel } from "./labels";
import { type FoundTarget, findTargets } from "./find-targets";
import { SheetGrid } from "./sheet-grid";
import { type FoundCaseList, findCaseList } from "./find-case-list";
import { findClosingDays } from "./find-closing-days";
import type { IsoDate } from "../domain/processing/holidays";

export interface SourceData {
  /** Grunddaten by Kürzel ("elb", "int" …). */
  baseSeries: Map<string, Map<MonthKey, number>>;
  /** Published §48a values by code ("K2", "K3E1_F") when the workbook carries them. */
  published: Map<string, Map<MonthKey, number>>;
  /** Reported indicator values by code ("KZI", "BD" …). */
  reported: Map<string, Map<MonthKey, number>>;
  baseSeriesSheet: string | null;
  targets: Map<string, FoundTarget>;
  targetsSheet: string | null;
  /** Zielwerte given per month next to reported values (long format), by indicator code. */
  monthlyTargets: Map<string, Map<MonthKey, number>>;
  reportedSheets: string[];
  /** Local indicators the Jobcenter defined in its Zielwerte table. */
  localIndicators: IndicatorDefinition[];
  /** Case-level exports (Leistungsanträge, Erstberatung, Widersprüche). */
  caseLists: FoundCaseList[];
  /** Local closing days of the Jobcenter (a column headed "Schließtag(e)"). */
  closingDays: Set<IsoDate>;
  closingDaysSheet: string | null;
  budget: FoundBudget | null;
  budgetMonths: FoundBudgetMonths | null;
  jobcenter: string | null;
  /** "Stand:" as written in the sources, e.g. "20.01.2023". */
  dataAsOf: string | null;
  messages: Message[];
}

export interface SourceOptions {
  /** Today's date (ISO); case dates after it are reported as impossible. */
  today: IsoDate;
}

export function readSources(read: WorkbookRead, options: SourceOptions): SourceData {
  const data: SourceData = {
    baseSeries: new Map(),
    reported: new Map(),
    published: new Map(),
    baseSeriesSheet: null,
    targets: new Map(),
    targetsSheet: null,
    monthlyTargets: new Map(),
    reportedSheets: [],
    localIndicators: [],
    caseLists: [],
    closingDays: new Set(),
    closingDaysSheet: null,
    budget: null,
    budgetMonths: null,
    jobcenter: null,
    dataAsOf: null,
    messages: [],
  };
  const unmatched: FoundLongSeries["unmatched"][] = [];
  for (const sheet of read.sheets) {
    if (sheet.visibility === "veryHidden") continue;
    const grid = new SheetGrid(sheet);
    const base = data.baseSeriesSheet === null ? findBaseSeries(grid) ?? findBaseSeriesByRows(grid) : null;
    if (base) {
      // Upper-case keys are §48a codes: published values, kept apart from the Grunddaten they can be checked against.
      for (const [key, values] of base.series) (/^K/.test(key) ? data.published : data.baseSeries).set(key, values);
      data.baseSeriesSheet = base.sheet;
      data.messages.push(...base.messages);
      data.dataAsOf ??= findDataAsOf(grid);
      data.jobcenter ??= findJobcenter(grid);
      // Two tables on one sheet: Zielwerte are often kept below the Grunddaten.
      const targetsBelow = data.targetsSheet === null ? findTargets(grid) : null;
      if (targetsBelow) takeTargets(data, targetsBelow);
      continue;
    }
    const long = findLongSeries(grid);
    if (long) {
      for (const [code, values] of long.actual) data.reported.set(code, values);
      for (const [code, values] of long.target) data.monthlyTargets.set(code, values);
      data.reportedSheets.push(long.sheet);
      unmatched.push(long.unmatched);
      data.messages.push(...long.messages);
      continue;
    }
    const targets = data.targetsSheet === null ? findTargets(grid) : null;
    if (targets) {
      takeTargets(data, targets);
      continue;
    }
    const budget = data.budget === null ? findBudget(grid) : null;
    if (budget) {
      data.budget = budget;
      data.messages.push(...budget.messages);
      continue;
    }
    const months = data.budgetMonths === null ? findBudgetMonths(grid) : null;
    if (months) {
      data.budgetMonths = months;
      data.messages.push(...months.messages);
      continue;
    }
    const closing = findClosingDays(grid);
    if (closing) {
      for (const day of closing.days) data.closingDays.add(day);
      data.closingDaysSheet = grid.name;
      data.messages.push(...closing.messages);
      continue;
    }
    const cases = findCaseList(grid, options.today);
    if (cases) {
      data.caseLists.push(cases);
      data.messages.push(...cases.messages);
    }
  }
  linkLocalIndicators(data, unmatched);
  if (data.baseSeriesSheet === null) {
    const anythingElse = data.budget !== null || data.reported.size > 0 || data.caseLists.length > 0;
    data.messages.push(message(anythingElse ? "warning" : "error", "In der Arbeitsmappe wurden keine monatlichen Grunddaten gefunden (eine Kopfzeile mit Monaten, z. B. „Jan 22 | Feb 22 | …“, und Zeilen wie „Integrationen“, „ELB“, „LZB“)."));
  }
  if (data.targetsSheet === null) {
    data.messages.push(message("warning", "Keine Zielwerte gefunden (eine Tabelle mit den Spalten „Kennzahl“ und „Zielwert“); der Bericht zeigt nur Ist- und Vorjahreswerte."));
  }
  return data;
}

function takeTargets(data: SourceData, targets: NonNullable<ReturnType<typeof findTargets>>): void {
  data.targets = targets.targets;
  data.targetsSheet = targets.sheet;
  data.localIndicators = targets.locals;
  data.messages.push(...targets.messages);
}

/** Ist values of local indicators come from long-format rows with the same name. */
function linkLocalIndicators(data: SourceData, unmatched: FoundLongSeries["unmatched"][]): void {
  const used = new Set<string>();
  for (const local of data.localIndicators) {
    const key = normalizeLabel(local.name);
    const rows = unmatched.find((u) => u.has(key))?.get(key);
    if (!rows) continue;
    used.add(key);
    data.reported.set(local.code, rows.actual);
    if (rows.target.size > 0) data.monthlyTargets.set(local.code, rows.target);
  }
  for (const map of unmatched) {
    for (const [key, entry] of map) {
      if (!used.has(key)) data.messages.push(message("info", `„${entry.label}“ ist keine bekannte Kennzahl; die Zeilen werden nicht ausgewertet.`, entry.sheet, entry.cell));
    }
  }
}

function findDataAsOf(grid: SheetGrid): string | null {
  for (let r = 0; r < Math.min(grid.rowCount, 10); r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const match = /^(?:datenstand|stand)\s*:?\s*(\d{1,2}\.\d{1,2}\.\d{4})/i.exec(grid.text(r, c));
      if (match) return match[1];
    }
  }
  return null;
}

function findJobcenter(grid: SheetGrid): string | null {
  for (let r = 0; r < Math.min(grid.rowCount, 10); r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const match = /^(Jobcenter [^–\-(:,]+?)\s*(?:[–\-(:,]|$)/.exec(grid.text(r, c));
      if (match) return match[1].trim();
    }
  }
  return null;
}
