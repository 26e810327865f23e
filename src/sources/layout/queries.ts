/**
 * The kinds of source as queries over observations: Grunddaten are monthly actuals of a Grunddatum, published
 * Kennzahlen monthly actuals of a §48a code, quality figures actuals of a quality indicator per month, quarter or
 * half-year, Zielwerte the target figures of an indicator per year. A figure whose stated unit contradicts what the
 * catalogue says the measure is (a share as a duration, an amount as a count) is no answer to any query, and says so.
 */
import { ALL_INDICATORS, QUALITY_INDICATORS, type Unit } from "../../domain/indicators";
import type { MonthKey } from "../../domain/months";
import type { Period } from "../../domain/periods";
import { GRUNDDATEN, isGrunddatumKey } from "../../domain/grunddaten";
import type { Direction } from "../../domain/direction";
import { UNIT_NAMES, type UnitWord } from "../lexicon/units";
import { formatPercent } from "../../domain/cell-values";
import { isImpossibleCount, negativeCountText } from "../vocabulary";
import type { Observation } from "./extract";

export interface MonthlyFigure {
  key: string;
  month: MonthKey;
  value: number;
  cell: string;
  preliminary: boolean;
}

export interface PeriodFigure extends MonthlyFigure {
  period: Period;
}

export interface TargetFigure {
  code: string;
  year: number | null;
  value: number;
  cell: string;
  tolerance: { value: number; cell: string } | null;
  direction: Direction | null;
}

export interface Answers {
  grunddaten: MonthlyFigure[];
  /** The Soll of a month as the workbook states it (a Zielerreichung phased by the controller), by Zielindikator. */
  plans: MonthlyFigure[];
  published: MonthlyFigure[];
  reported: PeriodFigure[];
  monthlyTargets: PeriodFigure[];
  targets: TargetFigure[];
  /** The unit a source states for an indicator (Tage stay Tage). */
  units: Map<string, Unit>;
  /** Figures left out, with the reason: where the user looks when a figure is missing. */
  refused: Array<{ cell: string; reason: string }>;
}

const QUALITY = new Set(QUALITY_INDICATORS.map((d) => d.code));

export function answer(observations: readonly Observation[]): Answers {
  const answers: Answers = { plans: [], grunddaten: [], published: [], reported: [], monthlyTargets: [], targets: [], units: new Map(), refused: [] };
  const tolerances = observations.filter((o) => o.scenario === "tolerance");
  for (const o of observations) {
    const figure = (key: string, month: MonthKey) => ({ key, month, value: o.value, cell: o.cell, preliminary: o.preliminary });
    const isActual = o.scenario === null || o.scenario === "actual";
    const month = o.period && o.period.kind === "month" ? o.period.last : null;
    if (isActual && month && o.measure.grunddatum) {
      const conflict = grunddatumUnitConflict(o.measure.grunddatum, o.unit) ?? (isImpossibleCount(o.measure.grunddatum, o.value) ? negativeCountText(o.value).replace(/\.$/, "") : null);
      if (conflict) answers.refused.push({ cell: o.cell, reason: conflict });
      else answers.grunddaten.push(figure(o.measure.grunddatum, month));
      continue;
    }
    if (isActual && month && o.measure.kennzahl) {
      answers.published.push(figure(o.measure.kennzahl, month));
      continue;
    }
    const code = o.measure.indicator;
    if (!code) continue;
    const conflict = indicatorUnitConflict(code, o.unit) ?? impossibleQuota(code, o);
    if (conflict) {
      answers.refused.push({ cell: o.cell, reason: conflict });
      continue;
    }
    const unit = statedUnit(o.unit);
    if (unit && QUALITY.has(code)) answers.units.set(code, unit);
    const period = o.period && o.period.kind !== "year" ? o.period : null;
    const quality = QUALITY.has(code);
    if (isActual && period && (quality || period.kind === "month")) answers.reported.push({ ...figure(code, period.last), period });
    // A Zielindikator's Ist of a year (a Zielabrechnung) stands for its December, the year's final value.
    else if (isActual && o.period?.kind === "year" && !quality) answers.reported.push({ ...figure(code, `${o.period.year}-12`), period: { kind: "month", last: `${o.period.year}-12`, label: `Dezember ${o.period.year}` } });
    else if (o.scenario === "target" && period && quality) answers.monthlyTargets.push({ ...figure(code, period.last), period });
    else if (o.scenario === "target" && period?.kind === "month") answers.plans.push(figure(code, period.last));
    else if (o.scenario === "target" && (o.period === null || o.period.kind === "year")) {
      const tolerance = tolerances.find((t) => t.row === o.row && t.measure.indicator === code) ?? null;
      answers.targets.push({ code, year: o.period?.kind === "year" ? o.period.year : null, value: o.value, cell: o.cell, tolerance: tolerance && { value: tolerance.value, cell: tolerance.cell }, direction: o.direction });
    }
  }
  return answers;
}

/** A quota below 0 or above 100 % cannot be: a typing or export error, never a figure (nor a Zielwert). */
function impossibleQuota(code: string, o: Observation): string | null {
  const definition = ALL_INDICATORS.find((d) => d.code === code);
  if (!definition || definition.unit !== "percent" || (o.value >= 0 && o.value <= 100) || o.scenario === "tolerance") return null;
  return o.scenario === "target" ? `${formatPercent(o.value)} ist als Quote nicht möglich; für „${definition.name}“ gilt kein Zielwert` : `${formatPercent(o.value)} ist als Quote nicht möglich (${definition.name}); der Monat bleibt ohne Wert`;
}

/** What the domain calls a stated unit; Prozentpunkte and Monate have no unit of their own in the report. */
function statedUnit(unit: UnitWord | null): Unit | null {
  const map: Partial<Record<UnitWord, Unit>> = { percent: "percent", grade: "grade", workingDays: "days", calendarDays: "calendarDays", persons: "persons", eur: "eur" };
  return unit ? (map[unit] ?? null) : null;
}

const FITS: Record<Unit, readonly UnitWord[]> = {
  percent: ["percent", "points"],
  days: ["workingDays", "calendarDays"],
  calendarDays: ["workingDays", "calendarDays"],
  grade: ["grade"],
  eur: ["eur"],
  persons: ["persons"],
};

/** Whether a stated unit is one the catalogue keeps the indicator in. */
export function unitFits(code: string, unit: UnitWord): boolean {
  const definition = ALL_INDICATORS.find((d) => d.code === code);
  return definition !== undefined && FITS[definition.unit].includes(unit);
}

/** A stated unit that cannot be this indicator's: a share where a duration is kept, a grade where a share is. */
function indicatorUnitConflict(code: string, unit: UnitWord | null): string | null {
  const definition = ALL_INDICATORS.find((d) => d.code === code);
  if (!definition || unit === null) return null;
  if (FITS[definition.unit].includes(unit)) return null;
  return `„${definition.name}“ wird in ${UNIT_NAMES[expected(definition.unit)]} geführt, die Quelle nennt ${UNIT_NAMES[unit]}: der Wert wird nicht verwendet`;
}

function expected(unit: Unit): UnitWord {
  const map: Record<Unit, UnitWord> = { percent: "percent", days: "workingDays", calendarDays: "calendarDays", grade: "grade", eur: "eur", persons: "persons" };
  return map[unit];
}

function grunddatumUnitConflict(key: string, unit: UnitWord | null): string | null {
  if (unit === null) return null;
  const base = key.replace(/_(f|m)$/, "");
  if (!isGrunddatumKey(base)) return null;
  const isAmount = GRUNDDATEN[base].unit === "eur";
  const fits = isAmount ? unit === "eur" : unit === "persons";
  return fits ? null : `„${GRUNDDATEN[base].name}“ ist ${isAmount ? "ein Betrag in €" : "eine Anzahl"}, die Quelle nennt ${UNIT_NAMES[unit]}: der Wert wird nicht verwendet`;
}
