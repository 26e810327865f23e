/**
 * From what was read to domain records: every sheet is looked at for Grunddaten, Zielwerte, quality figures, budget
 * data, case lists and closing days, under the decisions the user stored (source-mapping.ts).
 */
import type { MonthKey } from "../domain/months";
import { type Message, type MessageLevel, message } from "../domain/messages";
import type { SheetRead, WorkbookRead } from "./workbook-read";
import { type FoundBudget, findBudget } from "./find-budget";
import { type FoundBudgetMonths, findBudgetMonths } from "./find-budget-months";
import { type FoundBaseSeries, findBaseSeries, findBaseSeriesByYearRows, findEmptyMonthHeader } from "./find-base-series";
import { findBaseSeriesLong } from "./find-base-series-long";
import { findBaseSeriesByRows } from "./find-base-series-by-rows";
import { type FoundLongSeries, findLongSeries } from "./find-long-series";
import type { IndicatorDefinition } from "../domain/indicators";
import { normalizeLabel } from "./labels";
import { findEmptyTargetTable, type FoundTarget, type FoundTargets, findTargets, findTargetsByYear } from "./find-targets";
import { SheetGrid } from "./sheet-grid";
import { type FoundCaseList, findCaseList } from "./find-case-list";
import { findClosingDays } from "./find-closing-days";
import type { IsoDate } from "../domain/processing/holidays";
import { monthSpanText } from "../domain/months";
import { CASE_LIST_NAMES } from "../domain/processing/cases";
import { SeriesStore } from "./series-store";
import { parseMonthLabel, yearsIn } from "../domain/month-labels";
import { findIndicatorColumns } from "./find-indicator-columns";
import { findLooseTargets } from "./find-loose-targets";
import { directionOf, unitFromText } from "./find-targets";
import { localIndicator, QUALITY_INDICATORS } from "../domain/indicators";
import type { Unit } from "../domain/indicators";
import { blockAddress, sheetBlocks } from "./sheet-blocks";
import { chooseJobcenter, combineMonths, type CrossSectionTable, jobcenterChoiceHint, ownPublishedValues, readCrossSection, type RegionRow } from "./cross-section";
import { formatMonthLong } from "../domain/months";
import type { Period } from "../domain/periods";
import { grunddatumName, grunddatumShortName } from "../domain/grunddaten";
import { ALL_INDICATORS } from "../domain/indicators";
import { findTargetActualRows, type FoundTargetActualRows } from "./find-target-actual-rows";
import { unreadSheetHint } from "./unread-sheet-hints";
import { applyColumnDecisions, type ColumnDecision, type CorrectedSheet } from "./column-decisions";
import { COLUMN_ROLE_NAMES, columnModel, type ColumnModel, type ColumnRole, type ColumnSpan, type ExcludedRow, unreadColumns } from "./column-model";
import { baseSeriesSpans, budgetSpans, caseListSpans, cellSpans, crossSectionSpans, seriesSpans, targetSpans } from "./column-spans";
import { a1 } from "./a1";
import { type LayoutReading, placedCells, readLayout } from "./layout/read-layout";
import { correctedReading, storedLayoutChange, unreadLayout } from "./layout/corrected-reading";
import { storeLayouts } from "./layout/stored-layout";
import { answerSpans, gatherAnswers } from "./layout/gather-answers";
import { EXCLUSION_NAMES } from "./layout/block-layout";
import { type Confidence, describeHeader, headerOf, MAPPING_SETTING, parseDecisions, sameHeader, type SheetDecision, SOURCE_KIND_NAMES, type SourceKind, type SourceMapping } from "./source-mapping";

export interface SourceData {
  /** Grunddaten by Kürzel ("elb", "int" …). */
  baseSeries: Map<string, Map<MonthKey, number>>;
  /** Published §48a values by code ("K2", "K3E1_F") when the workbook carries them. */
  published: Map<string, Map<MonthKey, number>>;
  /** Reported indicator values by code ("KZI", "BD" …). */
  reported: Map<string, Map<MonthKey, number>>;
  /** Quarters and half-years reported values stand for, by code and the month they are filed under. */
  periods: Map<string, Map<MonthKey, Period>>;
  /** The unit a source names for an indicator ("Tage" stays Tage), by code. */
  units: Map<string, Unit>;
  /** Every sheet the Grunddaten came from (one per year, or one for all), by name. */
  baseSeriesSheets: string[];
  /** Zielwerte per year they are agreed for (null: the table names no year); see targetsForYear. */
  targetSets: TargetSet[];
  /** The Zielwerte of the latest year agreed (over those that name no year): what the pane and `quellen` show. */
  targets: Map<string, FoundTarget>;
  targetsSheets: string[];
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
  /** A published all-Jobcenter table (one row per Jobcenter), for the peer comparison. */
  crossSection: CrossSectionTable | null;
  /** The user's own row in it, once chosen (SourceOptions.jobcenter); its figures are published Kennzahlen. */
  ownJobcenter: RegionRow | null;
  jobcenter: string | null;
  /** "Stand:" as written in the sources, e.g. "20.01.2023". */
  dataAsOf: string | null;
  /** "Berichtsmonat: 06/2024" as a sheet's title block states it: the report's month when none is chosen. */
  statedReportMonth: MonthKey | null;
  /** What every sheet was taken for, with confidence and reasons: the mapping the user confirms or corrects. */
  mappings: SourceMapping[];
  /** Long-format rows no catalogue knows, per quality sheet: local indicators are linked to them at the end. */
  unmatchedRows: FoundLongSeries["unmatched"][];
  messages: Message[];
}

export interface TargetSet {
  year: number | null;
  sheets: string[];
  targets: Map<string, FoundTarget>;
}

export interface SourceOptions {
  /** Today's date (ISO); case dates after it are reported as impossible. */
  today: IsoDate;
  /** The own Jobcenter in an all-Jobcenter table: Regionalschlüssel or a name fragment. */
  jobcenter?: string;
  /** The year of a Berichtsmonat the user chose: of several budget years (sheets or columns), its own is reported. */
  reportYear?: number;
}

/** What one sheet was taken for, before its records are taken over (so a stored decision can still veto it). */
interface Detection {
  kind: SourceKind;
  reasons: string[];
  messages: Message[];
  /** What was read from which column (absolute positions): the column model's evidence. */
  spans: ColumnSpan[];
  /** Rows of its tables not taken as data, and why. */
  excludedRows?: ExcludedRow[];
  /** The tables as the table model read them, when it did. */
  layouts?: LayoutReading["layouts"];
  take(into: Gathered): void;
}

export function readSources(read: WorkbookRead, options: SourceOptions): SourceData {
  const data = emptySourceData();
  const gathered = new Gathered();
  const stored = parseDecisions(read.state.settings[MAPPING_SETTING]);
  const unfilled: UnfilledTables = { grunddaten: [], zielwerte: [] };
  if (!stored.valid) data.messages.push(message("warning", "Die gespeicherte Zuordnung der Quellen ist nicht lesbar; die Blätter werden neu erkannt. Bitte unter „Quellen“ bestätigen."));
  for (const written of read.sheets) {
    if (written.visibility === "veryHidden") continue;
    const stated = stored.decisions.find((d) => d.sheet.toLowerCase() === written.name.toLowerCase());
    if (stated?.kind === "ignore") {
      data.mappings.push({ sheet: written.name, headerCell: null, header: [], kind: null, status: "ignored", confidence: "hoch", reasons: ["vom Benutzer ausgeschlossen"], columns: [] });
      continue;
    }
    // Columns the user corrected are read as corrected, by the same readers; the sheet itself stays as it is.
    const corrected = stated?.columns ? applyColumnDecisions(written, stated.columns) : null;
    data.messages.push(...(corrected?.messages ?? []));
    const sheet = corrected?.sheet ?? written;
    const decision = stated?.kind === "columns" ? undefined : stated;
    const grid = new SheetGrid(sheet);
    // The layout fingerprint is the sheet as written: a correction of its columns is no change of its layout.
    const readHeader = headerOf(grid);
    const header = corrected ? headerOf(new SheetGrid(written)) : readHeader;
    const rowCorrections = (stated?.columns ?? []).filter((d): d is Extract<ColumnDecision, { headerRow: number } | { row: number }> => "headerRow" in d || "row" in d);
    const base = { sheet: sheet.name, headerCell: header?.cell ?? null, header: header?.labels ?? [], ...(rowCorrections.length > 0 ? { rowCorrections } : {}), ...(stated?.patches?.length ? { patches: stated.patches } : {}) };
    const model = (columns: ColumnModel[]) => (corrected ? withCorrections(columns, corrected, written) : columns);
    const unread = () => model(unreadColumns(grid, readHeader?.row ?? null));
    // A sheet the user corrected or confirmed as a layout is read by that layout: the correction wins over the finders.
    const patched = correctedReading(sheet, stated);
    data.messages.push(...(patched?.messages ?? []));
    const fromModel = patched && bestReading(null, () => patched.reading, grid);
    const detection = patched ? fromModel && { ...fromModel, kind: decision?.kind ?? fromModel.kind } : decision ? confirmedReading(sheet, grid, options, decision.kind) : bestReading(detectBlocks(sheet, grid, options), () => (isList(grid) ? null : readLayout(sheet)), grid);
    const changed = decision ? ((decision.blocks && storedLayoutChange(written, sheet, decision.blocks)) ?? layoutChange(decision, detection, base.header)) : null;
    if (changed) {
      data.mappings.push({ ...base, kind: decision?.kind ?? null, status: "changed", confidence: "niedrig", reasons: [changed], columns: unread() });
      data.messages.push(message("error", `${changed} Das Blatt wird nicht verwendet, bis die Zuordnung unter „Quellen“ neu bestätigt ist.`, sheet.name, base.headerCell ?? undefined));
      continue;
    }
    if (!detection) {
      noteUnfilledTable(grid, unfilled);
      const hint = unreadSheetHint(grid);
      if (hint) data.messages.push(hint);
      data.mappings.push({ ...base, kind: null, status: "unrecognised", confidence: "niedrig", reasons: ["keine Grunddaten, Zielwerte, Budget- oder Falldaten erkannt", ...correctionReasons(corrected)], columns: unread(), ...unreadLayout(sheet, patched) });
      continue;
    }
    detection.take(gathered);
    // A sheet hidden by the user is read all the same when it holds data the report needs — and the user is told.
    if (written.visibility === "hidden") data.messages.push(message("info", `Das Blatt „${written.name}“ ist ausgeblendet; seine Daten (${SOURCE_KIND_NAMES[detection.kind]}) werden trotzdem gelesen.`, written.name));
    gathered.titles.push({ sheet: sheet.name, jobcenter: null, dataAsOf: null, reportMonth: findStatedReportMonth(grid) });
    data.messages.push(...detection.messages);
    const headerReason = readHeader ? [`Kopfzeile ab ${readHeader.cell}${readHeader.labels.length > 0 ? `: ${readHeader.labels.join(" | ")}` : ""}`] : [];
    data.mappings.push({ ...base, kind: detection.kind, status: decision ? "confirmed" : "detected", confidence: confidenceOf(detection.messages), reasons: [...detection.reasons, ...headerReason, ...correctionReasons(corrected)], columns: model(columnModel(grid, detection.spans)), ...(detection.excludedRows?.length ? { excludedRows: detection.excludedRows } : {}), ...(detection.layouts ? { layout: storeLayouts(detection.layouts) } : {}) });
  }
  gathered.into(data, options);
  linkLocalIndicators(data, data.unmatchedRows);
  if (data.baseSeriesSheets.length === 0) {
    const anythingElse = data.budget !== null || data.reported.size > 0 || data.published.size > 0 || data.caseLists.length > 0 || data.crossSection !== null;
    const level: MessageLevel = anythingElse ? "warning" : "error";
    if (unfilled.grunddaten.length > 0) data.messages.push(...unfilled.grunddaten.map((m) => message(level, m.text, m.sheet, m.cell)));
    else data.messages.push(message(level, "In der Arbeitsmappe wurden keine monatlichen Grunddaten gefunden (eine Kopfzeile mit Monaten, z. B. „Jan 22 | Feb 22 | …“, und Zeilen wie „Integrationen“, „ELB“, „LZB“)."));
  }
  if (data.targetsSheets.length === 0) {
    if (unfilled.zielwerte.length > 0) data.messages.push(...unfilled.zielwerte.map((m) => message("warning", m.text, m.sheet, m.cell)));
    else data.messages.push(message("warning", "Keine Zielwerte gefunden (eine Tabelle mit den Spalten „Kennzahl“ und „Zielwert“); der Bericht zeigt nur Ist- und Vorjahreswerte."));
  }
  return data;
}

/**
 * What the sheets hold, gathered over all of them before anything is decided: several sheets of one kind combine
 * (Grunddaten per year, case lists per month, targets in two places), and the outcome never depends on their order.
 */
class Gathered {
  readonly grunddaten = new SeriesStore((key) => `Das Grunddatum „${grunddatumName(key)}“`);
  readonly published = new SeriesStore((code) => `Die Kennzahl ${code}`);
  readonly reported = new SeriesStore((code) => `Die Kennzahl „${indicatorName(code)}“`);
  readonly monthlyTargets = new SeriesStore((code) => `Der Zielwert „${indicatorName(code)}“`);
  readonly baseSeriesSheets = new Set<string>();
  readonly targets: FoundTargets[] = [];
  readonly reportedSheets = new Set<string>();
  readonly unmatchedRows: FoundLongSeries["unmatched"][] = [];
  readonly caseLists: FoundCaseList[] = [];
  readonly closingDays = new Set<IsoDate>();
  readonly closingDaysSheets: string[] = [];
  readonly budgets: FoundBudget[] = [];
  readonly budgetMonths: FoundBudgetMonths[] = [];
  readonly titles: Array<{ sheet: string; jobcenter: string | null; dataAsOf: string | null; reportMonth?: MonthKey | null }> = [];
  readonly crossSections: CrossSectionTable[] = [];

  readonly periods = new Map<string, Map<MonthKey, Period>>();
  readonly units = new Map<string, Unit>();

  noteUnits(units: ReadonlyMap<string, string> | undefined): void {
    for (const [code, text] of units ?? []) {
      const unit = unitFromText(text);
      if (unit) this.units.set(code, unit);
    }
  }

  notePeriod(code: string, month: MonthKey, period: Period): void {
    if (!this.periods.has(code)) this.periods.set(code, new Map());
    this.periods.get(code)?.set(month, period);
  }

  /** The own Jobcenter of an all-Jobcenter table: its figures become published Kennzahlen, compared with computed ones. */
  private ownJobcenterFrom(data: SourceData, options: SourceOptions, tables: CrossSectionTable[]): void {
    const table = combineMonths(tables);
    data.crossSection = table;
    if (!table) return;
    if (!options.jobcenter) {
      data.messages.push(jobcenterChoiceHint(table));
      return;
    }
    const choice = chooseJobcenter(table, options.jobcenter);
    if (choice.kind !== "found") {
      data.messages.push(choice.message);
      return;
    }
    data.ownJobcenter = choice.row;
    for (const [code, values] of ownPublishedValues(table, choice.row)) {
      const cells = new Map([...values.keys()].map((m) => [m, table.rows.find((r) => r.month === m && r.key === choice.row.key && r.name === choice.row.name)?.cells.get(code) ?? ""]));
      this.published.addSeries(code, values, cells, table.sheet);
    }
    this.titles.push({ sheet: table.sheet, jobcenter: choice.row.name, dataAsOf: null });
  }

  grunddatenFrom(found: FoundBaseSeries): void {
    // Upper-case keys are §48a codes: published values, kept apart from the Grunddaten they can be checked against.
    for (const [key, values] of found.series) (/^K/.test(key) ? this.published : this.grunddaten).addSeries(key, values, found.cells.get(key), found.sheet);
    this.baseSeriesSheets.add(found.sheet);
  }

  into(data: SourceData, options: SourceOptions): void {
    const bySheet = <T extends { sheet: string }>(list: readonly T[]) => [...list].sort((a, b) => a.sheet.localeCompare(b.sheet, "de"));
    this.ownJobcenterFrom(data, options, bySheet(this.crossSections));
    this.grunddaten.dropUnreportedTails(grunddatumShortName);
    this.reported.dropUnreportedTails(indicatorName);
    // Published Kennzahlen are rates of change too: 0,0 % is a value there.
    data.baseSeries = this.grunddaten.toMap();
    data.published = this.published.toMap();
    data.reported = this.reported.toMap();
    data.periods = this.periods;
    data.units = this.units;
    data.monthlyTargets = this.monthlyTargets.toMap();
    data.baseSeriesSheets = [...this.baseSeriesSheets].sort((a, b) => a.localeCompare(b, "de"));
    data.reportedSheets = [...this.reportedSheets].sort((a, b) => a.localeCompare(b, "de"));
    data.messages.push(...this.grunddaten.messages, ...this.published.messages, ...this.reported.messages, ...this.monthlyTargets.messages);
    mergeTargets(data, bySheet(this.targets));
    data.unmatchedRows = this.unmatchedRows;
    data.caseLists = mergeCaseLists(bySheet(this.caseLists));
    data.closingDays = new Set([...this.closingDays].sort());
    data.closingDaysSheet = [...this.closingDaysSheets].sort((a, b) => a.localeCompare(b, "de"))[0] ?? null;
    const budget = chooseBudget(this.budgets, data.messages, options.reportYear ?? null);
    data.budget = budget;
    data.budgetMonths = chooseBudgetMonths(this.budgetMonths, budget?.year ?? null);
    const titles = bySheet(this.titles);
    data.jobcenter = titles.find((t) => t.jobcenter !== null)?.jobcenter ?? null;
    data.dataAsOf = titles.find((t) => t.dataAsOf !== null)?.dataAsOf ?? null;
    // One stated Berichtsmonat counts; sheets that state different ones leave the choice to the data.
    const stated = new Set(titles.map((t) => t.reportMonth).filter((m): m is MonthKey => !!m));
    data.statedReportMonth = stated.size === 1 ? [...stated][0] : null;
  }
}

/**
 * Zielwerte from several tables, kept per year ("Ziele 2023" and "Ziele 2024" side by side): within one year the same
 * Zielwert twice is fine, two different ones are an error naming both cells, and neither counts.
 */
function mergeTargets(data: SourceData, tables: FoundTargets[]): void {
  for (const table of tables) {
    data.targetsSheets.push(table.sheet);
    data.messages.push(...table.messages);
    let set = data.targetSets.find((t) => t.year === table.year);
    if (!set) data.targetSets.push((set = { year: table.year, sheets: [], targets: new Map() }));
    set.sheets.push(table.sheet);
    for (const [code, target] of table.targets) {
      const known = set.targets.get(code);
      if (!known || (known.annualTarget === null && target.annualTarget !== null)) {
        set.targets.set(code, target);
        continue;
      }
      if (known.annualTarget === target.annualTarget || target.annualTarget === null) continue;
      data.messages.push(message("error", `Für „${indicatorName(code)}“ stehen zwei verschiedene Zielwerte${table.year ? ` ${table.year}` : ""}: ${(known.annualTarget as number).toLocaleString("de-DE")} in „${known.sheet}“!${known.cell} und ${target.annualTarget.toLocaleString("de-DE")} in „${target.sheet}“!${target.cell}. Es gilt keiner, bis einer berichtigt ist.`, target.sheet, target.cell));
      set.targets.set(code, { ...known, annualTarget: null });
    }
    for (const local of table.locals) if (!data.localIndicators.some((l) => l.name === local.name)) data.localIndicators.push({ ...local, code: `L${data.localIndicators.length + 1}` });
  }
  data.targetSets.sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const latest = data.targetSets.at(-1)?.year ?? null;
  data.targets = latest === null ? (data.targetSets[0]?.targets ?? new Map()) : targetsForYear(data, latest);
}

/** The Zielwerte that hold for a year: those agreed for it, over those that name no year. */
export function targetsForYear(data: Pick<SourceData, "targetSets">, year: number): Map<string, FoundTarget> {
  const undated = data.targetSets.find((t) => t.year === null)?.targets ?? new Map<string, FoundTarget>();
  const dated = data.targetSets.find((t) => t.year === year)?.targets ?? new Map<string, FoundTarget>();
  return new Map([...undated, ...dated]);
}

/** Case lists of one kind (one sheet per month, or per team) are one list: their cases count together. */
function mergeCaseLists(lists: FoundCaseList[]): FoundCaseList[] {
  const byKind = new Map<FoundCaseList["kind"], FoundCaseList>();
  for (const list of lists) {
    const known = byKind.get(list.kind);
    if (!known) {
      byKind.set(list.kind, { ...list, cases: [...list.cases], excluded: { ...list.excluded } });
      continue;
    }
    known.sheet = `${known.sheet}, ${list.sheet}`;
    known.cases.push(...list.cases);
    for (const reason of Object.keys(known.excluded) as Array<keyof FoundCaseList["excluded"]>) known.excluded[reason] += list.excluded[reason];
    known.messages.push(...list.messages);
  }
  return [...byKind.values()];
}

/**
 * One EGT budget is reported: that of the latest year when several years stand side by side (EGT 2021, EGT 2022); of
 * two for the same year the one with more instruments, and the other is named as not used.
 */
function chooseBudget(budgets: FoundBudget[], messages: Message[], reportYear: number | null): FoundBudget | null {
  if (budgets.length === 0) return null;
  // The year of a chosen Berichtsmonat first (a report for 2023 is not made from the EGT 2024), then the newest.
  const ofReportYear = (b: FoundBudget) => (reportYear !== null && b.year === reportYear ? 1 : 0);
  const ranked = [...budgets].sort((a, b) => ofReportYear(b) - ofReportYear(a) || (b.year ?? 0) - (a.year ?? 0) || b.lines.length - a.lines.length || a.sheet.localeCompare(b.sheet, "de"));
  const [chosen, ...others] = ranked;
  for (const other of others) {
    const why =
      other.year !== chosen.year && other.year !== null
        ? `es gilt ${chosen.year === reportYear ? "das Jahr des Berichtsmonats" : "das neuere Jahr"} ${chosen.year} aus „${chosen.sheet}“`
        : `es gilt „${chosen.sheet}“ (mehr Instrumente)`;
    messages.push(message("info", `EGT-Budget in „${other.sheet}“${other.year ? ` (${other.year})` : ""} wird nicht ausgewertet: ${why}.`, other.sheet));
  }
  return chosen;
}

function chooseBudgetMonths(found: FoundBudgetMonths[], year: number | null): FoundBudgetMonths | null {
  const fitting = found.filter((f) => year === null || f.months.some((m) => m.month.startsWith(String(year))));
  return [...(fitting.length > 0 ? fitting : found)].sort((a, b) => b.months.length - a.months.length || a.sheet.localeCompare(b.sheet, "de"))[0] ?? null;
}

function indicatorName(code: string): string {
  return ALL_INDICATORS.find((d) => d.code === code)?.name ?? code;
}

/**
 * Sheets that look meant for Grunddaten or Zielwerte but hold none: said by sheet and cell instead of the general
 * "nothing found" when no other sheet has them (the level is decided then, as for the general message).
 */
interface UnfilledTables {
  grunddaten: Array<{ text: string; sheet: string; cell: string }>;
  zielwerte: Array<{ text: string; sheet: string; cell: string }>;
}

function noteUnfilledTable(grid: SheetGrid, unfilled: UnfilledTables): void {
  const name = normalizeLabel(grid.name);
  const at = (text: string, cell: string) => ({ text, sheet: grid.name, cell });
  const empty = Array.from({ length: grid.rowCount }, (_, r) => r).every((r) => grid.rowIsBlank(r));
  if (empty) {
    if (name.includes("grunddaten")) unfilled.grunddaten.push(at(`Das Blatt „${grid.name}“ ist leer; es wurden keine monatlichen Grunddaten gefunden.`, grid.address(0, 0)));
    else if (name.startsWith("ziel")) unfilled.zielwerte.push(at(`Das Blatt „${grid.name}“ ist leer; es wurden keine Zielwerte gefunden, der Bericht zeigt nur Ist- und Vorjahreswerte.`, grid.address(0, 0)));
    return;
  }
  const monthHeader = findEmptyMonthHeader(grid);
  if (monthHeader) unfilled.grunddaten.push(at("Kopfzeile ohne Datenzeilen: unter den Monaten steht keine Zeile wie „Integrationen“, „ELB“ oder „LZB“; es wurden keine monatlichen Grunddaten gefunden.", monthHeader));
  const targetHeader = findEmptyTargetTable(grid);
  if (targetHeader) unfilled.zielwerte.push(at("Zielwert-Tabelle ohne Zeilen: unter der Kopfzeile steht keine Kennzahl; der Bericht zeigt nur Ist- und Vorjahreswerte.", targetHeader));
}

function emptySourceData(): SourceData {
  return {
    baseSeries: new Map(),
    reported: new Map(),
    periods: new Map(),
    units: new Map(),
    published: new Map(),
    baseSeriesSheets: [],
    targetSets: [],
    targets: new Map(),
    targetsSheets: [],
    monthlyTargets: new Map(),
    reportedSheets: [],
    localIndicators: [],
    caseLists: [],
    closingDays: new Set(),
    closingDaysSheet: null,
    budget: null,
    budgetMonths: null,
    crossSection: null,
    ownJobcenter: null,
    jobcenter: null,
    dataAsOf: null,
    statedReportMonth: null,
    mappings: [],
    unmatchedRows: [],
    messages: [],
  };
}

/**
 * What a sheet holds, tried in a fixed order. Every sheet is looked at for every kind: several sheets of one kind
 * combine. With `only`, the user said what the sheet is, and only that is tried.
 */
function detectSheet(grid: SheetGrid, options: SourceOptions, only?: SourceKind, skip: ReadonlySet<SourceKind> = new Set()): Detection | null {
  const tries = (kind: SourceKind) => (only === undefined || only === kind) && !skip.has(kind);
  if (tries("querschnitt")) {
    // One row per Jobcenter with §48a codes as columns: tried first, so ~400 rows never read as Grunddaten.
    const table = readCrossSection(grid);
    if (table) {
      return {
        kind: "querschnitt",
        reasons: [`${table.rows.filter((r) => r.month === table.month).length.toLocaleString("de-DE")} Jobcenter mit ${table.codes.length} Kennzahlen${table.month ? ` (${formatMonthLong(table.month)})` : ""}${table.hasTypes ? ", mit Vergleichstyp" : ""}`],
        messages: table.messages,
        spans: crossSectionSpans(table),
        take: (into) => void into.crossSections.push(table),
      };
    }
  }
  if (tries("zielwerte") || tries("qualitaet")) {
    // One row per indicator with its Zielwert and the monthly Ist beside it: both targets and actuals.
    const rows = findTargetActualRows(grid, { withTarget: true });
    if (rows) return targetActualRows(rows);
  }
  if (tries("grunddaten")) {
    const base = findBaseSeries(grid) ?? findBaseSeriesByYearRows(grid) ?? findBaseSeriesByRows(grid) ?? findBaseSeriesLong(grid);
    if (base) return grunddaten(grid, base);
  }
  if (tries("qualitaet")) {
    // Quality figures kept wide: one row per indicator, one column per month, quarter or half-year.
    const rows = findTargetActualRows(grid, { withTarget: false });
    if (rows) return targetActualRows(rows);
  }
  if (tries("qualitaet")) {
    const long = findLongSeries(grid);
    if (long) {
      return {
        kind: "qualitaet",
        reasons: [`${long.actual.size} Kennzahlen mit Monatswerten (${[...long.actual.keys()].join(", ") || "keine bekannte"})`],
        messages: long.messages,
        spans: [
          ...seriesSpans(long.cells, "actual", (code, month) => long.periods.get(code)?.get(month)),
          ...seriesSpans(long.publishedCells, "published", (code, month) => long.periods.get(code)?.get(month)),
          ...seriesSpans(long.targetCells, "periodTarget", (code, month) => long.periods.get(code)?.get(month)),
          // Rows of indicators no catalogue knows: local indicators once linked to the Zielwerte, else reported as unknown.
          ...seriesSpans(new Map([...long.unmatched].map(([key, rows]) => [key, rows.cells.actual])), "actual"),
          ...seriesSpans(new Map([...long.unmatched].map(([key, rows]) => [key, rows.cells.target])), "periodTarget"),
        ],
        take(into) {
          for (const [code, values] of long.actual) into.reported.addSeries(code, values, long.cells.get(code), long.sheet);
          for (const [code, values] of long.published) into.published.addSeries(code, values, undefined, long.sheet);
          for (const [code, values] of long.target) into.monthlyTargets.addSeries(code, values, undefined, long.sheet);
          for (const [code, periods] of long.periods) for (const [month, period] of periods) into.notePeriod(code, month, period);
          into.reportedSheets.add(long.sheet);
          into.unmatchedRows.push(long.unmatched);
          into.noteUnits(long.units);
        },
      };
    }
  }
  if (tries("qualitaet")) {
    const columns = findIndicatorColumns(grid);
    if (columns) {
      return {
        kind: "qualitaet",
        reasons: [`${columns.reported.size + columns.published.size} Kennzahlen als Spalten, Zeiträume als Zeilen${monthSpanText([...columns.reported.values(), ...columns.published.values()])}`],
        messages: columns.messages,
        spans: [
          ...seriesSpans(columns.reportedCells, "actual", (code, month) => columns.periods.get(code)?.get(month)),
          ...seriesSpans(columns.publishedCells, "published", (code, month) => columns.periods.get(code)?.get(month)),
          ...seriesSpans(columns.monthlyTargetCells, "periodTarget", (code, month) => columns.periods.get(code)?.get(month)),
          ...(columns.targets ? targetSpans(columns.targets) : []),
        ],
        take(into) {
          for (const [code, values] of columns.reported) into.reported.addSeries(code, values, columns.reportedCells.get(code), columns.sheet);
          for (const [code, values] of columns.published) into.published.addSeries(code, values, columns.publishedCells.get(code), columns.sheet);
          for (const [code, values] of columns.monthlyTargets) into.monthlyTargets.addSeries(code, values, undefined, columns.sheet);
          for (const [code, periods] of columns.periods) for (const [month, period] of periods) into.notePeriod(code, month, period);
          if (columns.targets) into.targets.push(columns.targets);
          into.noteUnits(columns.units);
          into.reportedSheets.add(columns.sheet);
        },
      };
    }
  }
  if (tries("zielwerte")) {
    const [targets, ...otherYears] = findTargetsByYear(grid);
    if (targets) {
      return {
        kind: "zielwerte",
        reasons: [...targetReasons(targets), ...otherYears.map((t) => `weitere Zielwerte für ${t.year}`)],
        messages: [],
        spans: [targets, ...otherYears].flatMap(targetSpans),
        take(into) {
          into.targets.push(targets, ...otherYears);
          for (const [code, values] of targets.stated?.values ?? []) into.reported.addSeries(code, values, targets.stated?.cells.get(code), targets.sheet);
          into.noteUnits(targets.units);
        },
      };
    }
  }
  if (tries("egt")) {
    const budget = findBudget(grid, options.reportYear ?? null);
    if (budget) {
      const reasons = [`${budget.lines.length} Instrumente mit Plan${budget.year ? ` für ${budget.year}` : ""}`, ...(budget.derivation.allocation !== null ? ["Mittelherleitung mit Zuteilung"] : [])];
      return { kind: "egt", reasons, messages: budget.messages, spans: budgetSpans(grid, budget), excludedRows: budget.instrumentTable?.skipped ?? [], take: (into) => void into.budgets.push(budget) };
    }
  }
  if (tries("mittelabfluss")) {
    const months = findBudgetMonths(grid);
    if (months) {
      const spans = months.months.flatMap((m) => cellSpans([m.source.cell], "cumulative", formatMonthLong(m.month)));
      return { kind: "mittelabfluss", reasons: [`kumulierter Mittelabfluss für ${months.months.length} Monate`], messages: months.messages, spans, take: (into) => void into.budgetMonths.push(months) };
    }
  }
  if (tries("schliesstage")) {
    const closing = findClosingDays(grid);
    if (closing) {
      return {
        kind: "schliesstage",
        reasons: [`${closing.days.length} Schließtage`],
        messages: closing.messages,
        spans: cellSpans(closing.cells, "closingDay"),
        take(into) {
          for (const day of closing.days) into.closingDays.add(day);
          into.closingDaysSheets.push(grid.name);
        },
      };
    }
  }
  if (tries("faelle")) {
    const cases = findCaseList(grid, options.today);
    if (cases) return { kind: "faelle", reasons: [`${CASE_LIST_NAMES[cases.kind]}: ${cases.cases.length.toLocaleString("de-DE")} Fälle`], messages: cases.messages, spans: caseListSpans(grid, cases), take: (into) => void into.caseLists.push(cases) };
  }
  if (tries("zielwerte")) {
    // Zielwerte without a table header (sentences, label–value pairs, a "Zielwert" row): tried last, on a sheet that says "Ziel".
    const loose = findLooseTargets(grid);
    if (loose) {
      return { kind: "zielwerte", reasons: targetReasons(loose), messages: [], spans: targetSpans(loose), take: (into) => void (into.targets.push(loose), into.noteUnits(loose.units)) };
    }
  }
  return null;
}

/**
 * A sheet read as a whole, or — when it holds several tables side by side or one under another — each table on its
 * own. The tables win when at least two of them are recognised: a Grunddaten block and a Zielwerte block beside it,
 * two years side by side, quality figures above the budget. The budget's Mittelherleitung and its instrument table
 * belong together and are read from the whole sheet.
 */
function detectBlocks(sheet: SheetRead, grid: SheetGrid, options: SourceOptions): Detection | null {
  const whole = detectSheet(grid, options);
  // Read as a budget, nothing that is tried before a budget stands on the sheet: its blocks are the budget's own —
  // unless they are budgets of different years one under another (the year of the Berichtsmonat is reported).
  if (whole?.kind === "egt") return budgetYearBlocks(sheet, options) ?? whole;
  const blocks = sheetBlocks(sheet);
  if (blocks.length === 0) return whole;
  const found = blocks.flatMap((block) => {
    const detection = detectSheet(new SheetGrid(block), options, undefined, BUDGET_FROM_WHOLE_SHEET);
    return detection ? [{ block, detection }] : [];
  });
  const budget = found.length > 0 ? detectSheet(grid, options, "egt") : null;
  const parts = [...found.map((f) => ({ ...f.detection, reasons: [`Bereich ${blockAddress(f.block)}: ${f.detection.reasons.join("; ")}`] })), ...(budget ? [budget] : [])];
  if (parts.length < 2 && !(parts.length === 1 && whole === null)) return whole;
  const kinds = [...new Set(parts.map((p) => p.kind))];
  return {
    kind: parts[0].kind,
    reasons: [`${parts.length} Tabellen auf dem Blatt (${kinds.map((k) => SOURCE_KIND_NAMES[k]).join(", ")})`, ...parts.flatMap((p) => p.reasons)],
    messages: parts.flatMap((p) => p.messages),
    spans: parts.flatMap((p) => p.spans),
    excludedRows: parts.flatMap((p) => p.excludedRows ?? []),
    take(into) {
      for (const part of parts) part.take(into);
    },
  };
}

/**
 * What a sheet read by the table model is called in the pane: Zielwerte when it agrees targets (beside their Ist, a
 * Ziel-Ist sheet), Grunddaten when it holds monthly Grunddaten or published Kennzahlen, quality figures otherwise.
 */
function kindOf(answers: LayoutReading["answers"]): SourceKind {
  const targets = answers.targets.length + answers.plans.length;
  const indicatorActuals = answers.reported.filter((f) => !QUALITY_CODES.has(f.key)).length;
  if (targets > 0 && indicatorActuals > 0) return "zielwerte";
  if (answers.grunddaten.length > 0 || answers.published.length > 0) return "grunddaten";
  return targets > 0 ? "zielwerte" : "qualitaet";
}

const QUALITY_CODES: ReadonlySet<string> = new Set(QUALITY_INDICATORS.map((d) => d.code));

/**
 * A sheet the user confirmed as a kind is read as before the confirmation — by the table model where it answers that
 * kind, every table of the sheet — and called what the user said it is. A confirmation never loses a table.
 */
function confirmedReading(sheet: SheetRead, grid: SheetGrid, options: SourceOptions, kind: SourceKind): Detection | null {
  const found = detectSheet(grid, options, kind);
  if (FINDER_ONLY.has(kind) || isList(grid)) return found;
  const best = bestReading(found, () => readLayout(sheet), grid);
  return best && { ...best, kind };
}

/** Kinds the table model has no query for yet: their finder's reading stands. */
const FINDER_ONLY: ReadonlySet<SourceKind> = new Set(["egt", "faelle", "mittelabfluss", "schliesstage"]);

/** The cells (A1) of figures a finder's column spans cover (names, codes and units are no figures). */
function spanCells(spans: readonly ColumnSpan[]): Set<string> {
  const cells = new Set<string>();
  for (const span of spans) {
    if (DESCRIPTIVE_ROLES.has(span.role)) continue;
    for (let row = span.firstRow; row <= span.lastRow; row++) cells.add(a1(row, span.col));
  }
  return cells;
}

const DESCRIPTIVE_ROLES: ReadonlySet<ColumnRole> = new Set(["label", "code", "unit", "direction", "period", "category", "account", "instrument", "regionName", "unused", "excluded"]);

/** A list of tens of thousands of rows is a case export, not a table of figures: the table model does not read it. */
function isList(grid: SheetGrid): boolean {
  return grid.rowCount > 20_000 || grid.rowCount * grid.colCount > 400_000;
}

/**
 * Two readings of one sheet weighed by the figures each places: the table model (layout/) and the finder that
 * recognised the sheet. A figure the table marks as no data (a forecast band, a difference, a unit that is not the
 * measure's) counts three times against a reading that took it; the better score wins, the model on a tie, and the
 * other reading is named. The finders still read what the model has no query for (budgets, case lists, all-Jobcenter
 * tables, Mittelabfluss, closing days).
 */
function bestReading(found: Detection | null, readTables: () => LayoutReading | null, grid: SheetGrid): Detection | null {
  // A budget, a case list or an all-Jobcenter table is not read twice: the model has no query for them yet.
  if (found && FINDER_ONLY.has(found.kind)) return found;
  const reading = readTables();
  if (!reading || reading.used === 0) return found;
  const foundCells = found ? spanCells(found.spans) : new Set<string>();
  const wrongly = [...foundCells].filter((cell) => reading.refused.has(cell)).length;
  if (found && foundCells.size - 3 * wrongly > reading.used) return found;
  const { answers, crossSection } = reading;
  const kind = crossSection && placedCells(answers).size === 0 ? "querschnitt" : kindOf(answers);
  const read = `${reading.used.toLocaleString("de-DE")} von ${reading.figures.toLocaleString("de-DE")} Werten gelesen`;
  const runnerUp = found ? [`${read}; die Alternative (${SOURCE_KIND_NAMES[found.kind]}) hätte ${foundCells.size.toLocaleString("de-DE")} gelesen${wrongly > 0 ? `, davon ${wrongly.toLocaleString("de-DE")}, die keine Daten sind (Prognose, Abweichung, Summe oder falsche Einheit)` : ""}`] : [read];
  return {
    kind,
    reasons: [...reading.reasons, ...runnerUp],
    messages: reading.messages,
    spans: [...answerSpans(answers), ...(crossSection ? crossSectionSpans(crossSection) : [])],
    layouts: reading.layouts,
    excludedRows: reading.layouts.flatMap(({ grid: block, layout }) => layout.excludedRows.filter((e) => e.reason !== "blank").map((e) => ({ row: block.sheet.origin.row + e.row + 1, reason: EXCLUSION_NAMES[e.reason] }))),
    take(into) {
      gatherAnswers(reading.sheet, answers, into);
      if (crossSection) into.crossSections.push(crossSection);
      if (answers.grunddaten.length > 0) into.titles.push({ sheet: grid.name, jobcenter: findJobcenter(grid), dataAsOf: findDataAsOf(grid), reportMonth: findStatedReportMonth(grid) });
    },
  };
}

/**
 * Budgets of several years as tables of their own on one sheet ("Haushaltsjahr 2023 – Jahresabschluss" above
 * "Haushaltsjahr 2024 – Stand 30.09."): each is read with the year its title names, and the year is chosen as among
 * budget sheets (chooseBudget). Null unless at least two such tables name different years.
 */
function budgetYearBlocks(sheet: SheetRead, options: SourceOptions): Detection | null {
  const blocks = sheetBlocks(sheet);
  // Cheap first: each table's first row names one year, and the years differ; only then is each read as a budget.
  const firstRowYears = blocks.map((block) => new Set(block.values[0]?.flatMap((v) => (typeof v === "string" && v.length < 200 ? yearsIn(v) : [])) ?? []));
  if (blocks.length < 2 || firstRowYears.some((years) => years.size !== 1) || new Set(firstRowYears.map((years) => [...years][0])).size !== blocks.length) return null;
  const budgets = blocks.flatMap((block) => {
    const grid = new SheetGrid(block);
    const budget = findBudget(grid, options.reportYear ?? null);
    if (!budget || budget.lines.length === 0 || !budget.instrumentTable) return [];
    const titleYears = new Set(Array.from({ length: budget.instrumentTable.headerRow }, (_, r) => Array.from({ length: grid.colCount }, (_, c) => yearsIn(grid.text(r, c))).flat()).flat());
    return [{ grid, budget: titleYears.size === 1 ? { ...budget, year: [...titleYears][0] } : budget }];
  });
  const years = new Set(budgets.map((b) => b.budget.year));
  if (budgets.length < 2 || years.size !== budgets.length || years.has(null)) return null;
  return {
    kind: "egt",
    reasons: [`${budgets.length} Haushaltsjahre untereinander (${[...years].join(", ")})`, ...budgets.map((b) => `${b.budget.lines.length} Instrumente mit Plan für ${b.budget.year}`)],
    messages: budgets.flatMap((b) => b.budget.messages),
    spans: budgets.flatMap((b) => budgetSpans(b.grid, b.budget)),
    excludedRows: budgets.flatMap((b) => b.budget.instrumentTable?.skipped ?? []),
    take: (into) => void into.budgets.push(...budgets.map((b) => b.budget)),
  };
}

/** The budget's Mittelherleitung and its instrument table are one budget: read from the whole sheet, never per block. */
const BUDGET_FROM_WHOLE_SHEET: ReadonlySet<SourceKind> = new Set(["egt"]);

function grunddaten(grid: SheetGrid, base: FoundBaseSeries): Detection {
  // Two tables on one sheet: Zielwerte are often kept below the Grunddaten.
  const targetsBelow = findTargets(grid);
  const span = monthSpanText(base.series.values());
  return {
    kind: "grunddaten",
    reasons: [`${base.series.size} Zeilen mit Monatswerten (${[...base.series.keys()].map(grunddatumShortName).join(", ")})${span}`, ...(targetsBelow ? [`darunter ${targetsBelow.targets.size} Zielwerte`] : [])],
    messages: base.messages,
    spans: [...baseSeriesSpans(base), ...(targetsBelow ? targetSpans(targetsBelow) : [])],
    take(into) {
      into.grunddatenFrom(base);
      into.titles.push({ sheet: grid.name, jobcenter: findJobcenter(grid), dataAsOf: findDataAsOf(grid), reportMonth: findStatedReportMonth(grid) });
      if (targetsBelow) into.targets.push(targetsBelow);
    },
  };
}

function targetActualRows(rows: FoundTargetActualRows): Detection {
  const withTargets = rows.targets.targets.size > 0;
  const span = monthSpanText([...rows.reported.values(), ...rows.grunddaten.series.values()]);
  return {
    kind: withTargets ? "zielwerte" : "qualitaet",
    reasons: [withTargets ? `Ziel-Ist-Zeilen: ${rows.targets.targets.size} Kennzahlen mit Zielwert und Monatswerten${span}` : `${rows.reported.size + rows.grunddaten.series.size} Kennzahlen mit Werten je Zeitraum${span}`],
    messages: rows.messages,
    spans: [
      ...targetSpans(rows.targets),
      ...seriesSpans(rows.reportedCells, "actual", (_code, month) => rows.periods.get(month)),
      ...baseSeriesSpans(rows.grunddaten),
    ],
    take(into) {
      if (withTargets) into.targets.push(rows.targets);
      into.noteUnits(rows.units);
      for (const [month, period] of rows.periods) for (const code of rows.reported.keys()) into.notePeriod(code, month, period);
      for (const [code, values] of rows.reported) into.reported.addSeries(code, values, rows.reportedCells.get(code), rows.sheet);
      if (rows.grunddaten.series.size > 0) into.grunddatenFrom(rows.grunddaten);
      into.reportedSheets.add(rows.sheet);
    },
  };
}

function targetReasons(found: FoundTargets): string[] {
  const all = [...found.targets.values()];
  // A Zielwert written as a change against the Vorjahr ("+2 % ggü. Vorjahr") is agreed, derived when the report is made.
  const isAgreed = (t: FoundTarget) => t.annualTarget !== null || t.changeVsPreviousYear !== undefined;
  const agreed = all.filter(isAgreed).map((t) => t.code);
  const monitoring = all.filter((t) => !isAgreed(t)).map((t) => t.code);
  return [`${agreed.length} Zielwerte (${agreed.join(", ")})${monitoring.length > 0 ? `, ${monitoring.length} ohne Zielwert (${monitoring.join(", ")})` : ""}`];
}

/** Why a confirmed sheet may no longer be read as confirmed, or null when it still looks the same. */
function layoutChange(decision: Extract<SheetDecision, { header: string[] }>, detection: Detection | null, header: string[]): string | null {
  const name = SOURCE_KIND_NAMES[decision.kind];
  if (!detection) return `Das Blatt war als ${name} bestätigt, wird aber nicht mehr als ${name} erkannt.`;
  // A decision without a header is a correction ("this sheet is X") made before the header was known: it holds as is.
  if (decision.header.length > 0 && !sameHeader(decision.header, header)) {
    return `Der Aufbau des Blatts hat sich seit der Bestätigung als ${name} geändert: Kopfzeile war ${describeHeader(decision.header)}, ist jetzt ${describeHeader(header)}.`;
  }
  return null;
}

/** The model of a corrected sheet says what was corrected: the header as written beside what it is read as, the columns left out. */
function withCorrections(columns: ColumnModel[], corrected: CorrectedSheet, written: SheetRead): ColumnModel[] {
  const relabelled = columns.map((c) => {
    const label = c.headerCell ? corrected.relabelled.get(c.headerCell) : undefined;
    return label ? { ...c, header: label.written, readAs: label.readAs } : c;
  });
  const excluded = corrected.excluded.map((column): ColumnModel => {
    const rows = written.values.length;
    const first = `${column}${written.origin.row + 1}`;
    return { column, cells: `${first}:${column}${written.origin.row + rows}`, header: "", headerCell: null, role: "excluded", roleName: COLUMN_ROLE_NAMES.excluded, period: null, values: 0 };
  });
  // A corrected header nothing was read under still shows, so the user sees the correction and that it did not help.
  const shown = new Set(relabelled.map((c) => c.headerCell));
  const unusedLabels = [...corrected.relabelled].filter(([cell]) => !shown.has(cell)).map(([cell, label]): ColumnModel => {
    const column = /^[A-Z]+/.exec(cell)?.[0] ?? cell;
    return { column, cells: cell, header: label.written, headerCell: cell, role: "unused", roleName: COLUMN_ROLE_NAMES.unused, period: null, values: 0, readAs: label.readAs };
  });
  return [...relabelled.filter((c) => !corrected.excluded.includes(c.column)), ...unusedLabels, ...excluded];
}

function correctionReasons(corrected: CorrectedSheet | null): string[] {
  if (!corrected) return [];
  const rows = corrected.excludedRows.length > 0 ? [`${corrected.excludedRows.length === 1 ? "Zeile" : "Zeilen"} ${rowRanges(corrected.excludedRows)} nicht verwendet`] : [];
  const parts = [...[...corrected.relabelled].map(([cell, l]) => `${cell} „${l.written}“ gelesen als „${l.readAs}“`), ...corrected.excluded.map((c) => `Spalte ${c} nicht verwendet`), ...rows];
  return parts.length > 0 ? [`vom Benutzer berichtigt: ${parts.join(", ")}`] : [];
}

/** 1, 2, 3, 7 → "1–3, 7" */
function rowRanges(rows: number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    ranges.push(i === j ? String(rows[i]) : `${rows[i]}–${rows[j]}`);
    i = j;
  }
  return ranges.join(", ");
}

function confidenceOf(messages: Message[]): Confidence {
  if (messages.some((m) => m.level === "error")) return "niedrig";
  return messages.some((m) => m.level === "warning") ? "mittel" : "hoch";
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
      if (used.has(key)) continue;
      used.add(key);
      // The rows say themselves which way is better ("Richtung": höher/niedriger): a local indicator of their own.
      const direction = entry.direction ? directionOf(entry.direction) : null;
      if (direction) {
        const unit = entry.unit ? unitFromText(entry.unit) ?? "persons" : "persons";
        const local = localIndicator({ code: `L${data.localIndicators.length + 1}`, name: entry.label, unit, direction });
        data.localIndicators.push(local);
        data.reported.set(local.code, asPercent(entry.actual, unit));
        if (entry.target.size > 0) data.monthlyTargets.set(local.code, asPercent(entry.target, unit));
        data.messages.push(message("info", `„${entry.label}“ wird als lokale Kennzahl ausgewertet (${direction === "up" ? "höher ist besser" : "niedriger ist besser"}).`, entry.sheet, entry.cell));
        continue;
      }
      data.messages.push(message("info", `„${entry.label}“ ist keine bekannte Kennzahl; die Zeilen werden nicht ausgewertet. Für eine lokale Kennzahl bitte eine Spalte „Richtung“ (höher/niedriger) ergänzen.`, entry.sheet, entry.cell));
    }
  }
}

/** Shares written as fractions (0,83) under the unit "%" are 83 %: every value of the row between 0 and 1 says so. */
function asPercent(values: Map<MonthKey, number>, unit: Unit): Map<MonthKey, number> {
  if (unit !== "percent" || values.size === 0 || [...values.values()].some((v) => v < 0 || v > 1)) return values;
  return new Map([...values].map(([m, v]) => [m, v * 100]));
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

/** "Berichtsmonat: 06/2024" or "Berichtsmonat Juni 2024" in the first rows, in one cell or beside its label. */
function findStatedReportMonth(grid: SheetGrid): MonthKey | null {
  for (let r = 0; r < Math.min(grid.rowCount, 10); r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const text = grid.text(r, c);
      const match = /^berichtsmonat\s*:?\s*(.*)$/i.exec(text);
      if (!match) continue;
      const month = parseMonthLabel(match[1].trim()) ?? parseMonthLabel(grid.value(r, c + 1));
      if (month) return month;
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
