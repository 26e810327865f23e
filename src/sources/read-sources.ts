/**
 * From what was read to domain records: every sheet is looked at for Grunddaten, Zielwerte, quality figures, budget
 * data, case lists and closing days, under the decisions the user stored (source-mapping.ts).
 */
import type { MonthKey } from "../domain/months";
import { type Message, type MessageLevel, message } from "../domain/messages";
import type { WorkbookRead } from "./workbook-read";
import { type FoundBudget, findBudget } from "./find-budget";
import { type FoundBudgetMonths, findBudgetMonths } from "./find-budget-months";
import { type FoundBaseSeries, findBaseSeries, findEmptyMonthHeader } from "./find-base-series";
import { findBaseSeriesLong } from "./find-base-series-long";
import { findBaseSeriesByRows } from "./find-base-series-by-rows";
import { type FoundLongSeries, findLongSeries } from "./find-long-series";
import type { IndicatorDefinition } from "../domain/indicators";
import { normalizeLabel } from "./labels";
import { findEmptyTargetTable, type FoundTarget, type FoundTargets, findTargets } from "./find-targets";
import { SheetGrid } from "./sheet-grid";
import { type FoundCaseList, findCaseList } from "./find-case-list";
import { findClosingDays } from "./find-closing-days";
import type { IsoDate } from "../domain/processing/holidays";
import { monthSpanText } from "../domain/months";
import { CASE_LIST_NAMES } from "../domain/processing/cases";
import { type Confidence, describeHeader, headerOf, MAPPING_SETTING, parseDecisions, sameHeader, type SheetDecision, SOURCE_KIND_NAMES, type SourceKind, type SourceMapping } from "./source-mapping";

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
  /** What every sheet was taken for, with confidence and reasons: the mapping the user confirms or corrects. */
  mappings: SourceMapping[];
  /** Long-format rows no catalogue knows, per quality sheet: local indicators are linked to them at the end. */
  unmatchedRows: FoundLongSeries["unmatched"][];
  messages: Message[];
}

export interface SourceOptions {
  /** Today's date (ISO); case dates after it are reported as impossible. */
  today: IsoDate;
}

/** What one sheet was taken for, before its records are taken over (so a stored decision can still veto it). */
interface Detection {
  kind: SourceKind;
  reasons: string[];
  messages: Message[];
  take(data: SourceData): void;
}

export function readSources(read: WorkbookRead, options: SourceOptions): SourceData {
  const data = emptySourceData();
  const stored = parseDecisions(read.state.settings[MAPPING_SETTING]);
  const unfilled: UnfilledTables = { grunddaten: [], zielwerte: [] };
  if (!stored.valid) data.messages.push(message("warning", "Die gespeicherte Zuordnung der Quellen ist nicht lesbar; die Blätter werden neu erkannt. Bitte unter „Quellen“ bestätigen."));
  for (const sheet of read.sheets) {
    if (sheet.visibility === "veryHidden") continue;
    const grid = new SheetGrid(sheet);
    const decision = stored.decisions.find((d) => d.sheet.toLowerCase() === sheet.name.toLowerCase());
    const header = headerOf(grid);
    const base = { sheet: sheet.name, headerCell: header?.cell ?? null, header: header?.labels ?? [] };
    if (decision?.kind === "ignore") {
      data.mappings.push({ ...base, kind: null, status: "ignored", confidence: "hoch", reasons: ["vom Benutzer ausgeschlossen"] });
      continue;
    }
    const detection = detectSheet(grid, data, options, decision?.kind);
    const changed = decision ? layoutChange(decision, detection, base.header) : null;
    if (changed) {
      data.mappings.push({ ...base, kind: decision?.kind ?? null, status: "changed", confidence: "niedrig", reasons: [changed] });
      data.messages.push(message("error", `${changed} Das Blatt wird nicht verwendet, bis die Zuordnung unter „Quellen“ neu bestätigt ist.`, sheet.name, base.headerCell ?? undefined));
      continue;
    }
    if (!detection) {
      noteUnfilledTable(grid, unfilled);
      data.mappings.push({ ...base, kind: null, status: "unrecognised", confidence: "niedrig", reasons: ["keine Grunddaten, Zielwerte, Budget- oder Falldaten erkannt"] });
      continue;
    }
    detection.take(data);
    data.messages.push(...detection.messages);
    const headerReason = header ? [`Kopfzeile ab ${header.cell}${header.labels.length > 0 ? `: ${header.labels.join(" | ")}` : ""}`] : [];
    data.mappings.push({ ...base, kind: detection.kind, status: decision ? "confirmed" : "detected", confidence: confidenceOf(detection.messages), reasons: [...detection.reasons, ...headerReason] });
  }
  linkLocalIndicators(data, data.unmatchedRows);
  if (data.baseSeriesSheet === null) {
    const anythingElse = data.budget !== null || data.reported.size > 0 || data.caseLists.length > 0;
    const level: MessageLevel = anythingElse ? "warning" : "error";
    if (unfilled.grunddaten.length > 0) data.messages.push(...unfilled.grunddaten.map((m) => message(level, m.text, m.sheet, m.cell)));
    else data.messages.push(message(level, "In der Arbeitsmappe wurden keine monatlichen Grunddaten gefunden (eine Kopfzeile mit Monaten, z. B. „Jan 22 | Feb 22 | …“, und Zeilen wie „Integrationen“, „ELB“, „LZB“)."));
  }
  if (data.targetsSheet === null) {
    if (unfilled.zielwerte.length > 0) data.messages.push(...unfilled.zielwerte.map((m) => message("warning", m.text, m.sheet, m.cell)));
    else data.messages.push(message("warning", "Keine Zielwerte gefunden (eine Tabelle mit den Spalten „Kennzahl“ und „Zielwert“); der Bericht zeigt nur Ist- und Vorjahreswerte."));
  }
  return data;
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
    mappings: [],
    unmatchedRows: [],
    messages: [],
  };
}

/**
 * What a sheet holds, tried in a fixed order (the first source of a kind wins, except quality sheets and case lists,
 * which may be many). With `only`, the user said what the sheet is, and only that is tried.
 */
function detectSheet(grid: SheetGrid, data: SourceData, options: SourceOptions, only?: SourceKind): Detection | null {
  const tries = (kind: SourceKind) => only === undefined || only === kind;
  if (tries("grunddaten") && data.baseSeriesSheet === null) {
    const base = findBaseSeries(grid) ?? findBaseSeriesByRows(grid) ?? findBaseSeriesLong(grid);
    if (base) return grunddaten(grid, base, data);
  }
  if (tries("qualitaet")) {
    const long = findLongSeries(grid);
    if (long) {
      return {
        kind: "qualitaet",
        reasons: [`${long.actual.size} Kennzahlen mit Monatswerten (${[...long.actual.keys()].join(", ") || "keine bekannte"})`],
        messages: long.messages,
        take(into) {
          for (const [code, values] of long.actual) into.reported.set(code, values);
          for (const [code, values] of long.target) into.monthlyTargets.set(code, values);
          into.reportedSheets.push(long.sheet);
          into.unmatchedRows.push(long.unmatched);
        },
      };
    }
  }
  if (tries("zielwerte") && data.targetsSheet === null) {
    const targets = findTargets(grid);
    if (targets) return { kind: "zielwerte", reasons: targetReasons(targets), messages: targets.messages, take: (into) => takeTargets(into, targets) };
  }
  if (tries("egt") && data.budget === null) {
    const budget = findBudget(grid);
    if (budget) {
      const reasons = [`${budget.lines.length} Instrumente mit Plan${budget.year ? ` für ${budget.year}` : ""}`, ...(budget.derivation.allocation !== null ? ["Mittelherleitung mit Zuteilung"] : [])];
      return { kind: "egt", reasons, messages: budget.messages, take: (into) => void (into.budget = budget) };
    }
  }
  if (tries("mittelabfluss") && data.budgetMonths === null) {
    const months = findBudgetMonths(grid);
    if (months) return { kind: "mittelabfluss", reasons: [`kumulierter Mittelabfluss für ${months.months.length} Monate`], messages: months.messages, take: (into) => void (into.budgetMonths = months) };
  }
  if (tries("schliesstage")) {
    const closing = findClosingDays(grid);
    if (closing) {
      return {
        kind: "schliesstage",
        reasons: [`${closing.days.length} Schließtage`],
        messages: closing.messages,
        take(into) {
          for (const day of closing.days) into.closingDays.add(day);
          into.closingDaysSheet = grid.name;
        },
      };
    }
  }
  if (tries("faelle")) {
    const cases = findCaseList(grid, options.today);
    if (cases) return { kind: "faelle", reasons: [`${CASE_LIST_NAMES[cases.kind]}: ${cases.cases.length.toLocaleString("de-DE")} Fälle`], messages: cases.messages, take: (into) => void into.caseLists.push(cases) };
  }
  return null;
}

function grunddaten(grid: SheetGrid, base: FoundBaseSeries, data: SourceData): Detection {
  // Two tables on one sheet: Zielwerte are often kept below the Grunddaten.
  const targetsBelow = data.targetsSheet === null ? findTargets(grid) : null;
  const span = monthSpanText(base.series.values());
  return {
    kind: "grunddaten",
    reasons: [`${base.series.size} Zeilen mit Monatswerten (${[...base.series.keys()].join(", ")})${span}`, ...(targetsBelow ? [`darunter ${targetsBelow.targets.size} Zielwerte`] : [])],
    messages: base.messages,
    take(into) {
      // Upper-case keys are §48a codes: published values, kept apart from the Grunddaten they can be checked against.
      for (const [key, values] of base.series) (/^K/.test(key) ? into.published : into.baseSeries).set(key, values);
      into.baseSeriesSheet = base.sheet;
      into.dataAsOf ??= findDataAsOf(grid);
      into.jobcenter ??= findJobcenter(grid);
      if (targetsBelow) takeTargets(into, targetsBelow);
    },
  };
}

function targetReasons(found: FoundTargets): string[] {
  const all = [...found.targets.values()];
  const agreed = all.filter((t) => t.annualTarget !== null).map((t) => t.code);
  const monitoring = all.filter((t) => t.annualTarget === null).map((t) => t.code);
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

function confidenceOf(messages: Message[]): Confidence {
  if (messages.some((m) => m.level === "error")) return "niedrig";
  return messages.some((m) => m.level === "warning") ? "mittel" : "hoch";
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
