/**
 * A layout's figures as observations: every cell of a data row under a value column, with the dimensions of its row,
 * its column and the table's titles combined, read by one value reader. A figure that cannot be placed (no measure,
 * no period, a derived column, a unit that contradicts the catalogue) becomes a skip with its reason — never a number.
 */
import { type Period, parsePeriodLabel } from "../../domain/periods";
import { addMonths } from "../../domain/months";
import type { SheetGrid } from "../sheet-grid";
import type { MeasureRef } from "../lexicon/measures";
import { isDerived, type Scenario, SCENARIO_NAMES } from "../lexicon/scenarios";
import { cellScale, isPercentFormat, type UnitWord } from "../lexicon/units";
import type { Direction } from "../../domain/direction";
import type { BlockLayout } from "./block-layout";
import { noValueText, notANumberText } from "../value-notes";
import { ALL_INDICATORS } from "../../domain/indicators";
import { GRUNDDATEN } from "../../domain/grunddaten";
import { unitFits } from "./queries";
import { combine, type Dimensions, resolvedMeasure, resolvedPeriod } from "./dimensions";
import { type RegionRef, regionIdentity } from "../lexicon/regions";

export type ObservedPeriod = Period | { kind: "year"; year: number };

export interface Observation {
  measure: MeasureRef;
  /** Null for a figure of no period (a Zielwert of a table that names no year). */
  period: ObservedPeriod | null;
  scenario: Scenario | null;
  unit: UnitWord | null;
  direction: Direction | null;
  /** Whose figure: null where the table names no region (the Jobcenter's own sheet). */
  region: RegionRef | null;
  /** The SGB II-Vergleichstyp the row names for its Jobcenter; null where none is said. */
  comparisonType: string | null;
  value: number;
  /** Marked in the source as preliminary ("4.679 (vorläufig)", "152*"). */
  preliminary: boolean;
  row: number;
  col: number;
  /** A1 on the sheet. */
  cell: string;
  /** Where the row's name stands (A1), for messages about the row. */
  rowLabelCell: string;
}

export interface Skip {
  row: number;
  col: number;
  cell: string;
  reason: string;
  /** Said to the user when the figure was placed but its cell holds none; null for cells that are no figure of a known measure. */
  notice: "info" | "warning" | "error" | null;
  /** A figure the table itself marks as no data (a forecast, a difference, a sum): whoever reads it as data is wrong. */
  derived?: boolean;
}

export interface Extraction {
  observations: Observation[];
  skips: Skip[];
}

export function extract(grid: SheetGrid, layout: BlockLayout): Extraction {
  const observations: Observation[] = [];
  const skips: Skip[] = [];
  /** Rows whose unknown name was said already (once per row, not per figure). */
  const named = new Set<number>();
  for (const r of layout.dataRows) {
    const rowDims = layout.rows.get(r) ?? {};
    for (const c of layout.valueColumns) {
      const parsed = grid.number(r, c);
      if (parsed.kind === "blank") continue;
      const cell = grid.address(r, c);
      const context = layout.measuresIn.rows || layout.measuresIn.columns ? { ...layout.context, measure: undefined } : layout.context;
      const column = layout.columns.get(c) ?? {};
      // A column of a scenario only ("Zielwert" beside "KZI") is about the one measure the columns name; a column of
      // another name ("Erreichbarkeit" beside "Gesamtindex (KZI)") is not.
      const inherits = !column.measure && !rowDims.measure && layout.soleColumnMeasure && column.scenario && !column.unexplained;
      // "Anteil (%)" under a title "Kooperationspläne", beside a count of persons: the title's measure, where the unit the
      // column states is the one the catalogue keeps that measure in.
      const titled = !column.measure && !rowDims.measure && !inherits && layout.context.measure?.indicator && column.unit && unitFits(layout.context.measure.indicator, column.unit);
      const dims = placed(context, inherits ? { ...column, measure: layout.soleColumnMeasure ?? undefined } : titled ? { ...column, measure: layout.context.measure } : column, rowDims);
      if ("reason" in dims) {
        skips.push({ row: r, col: c, cell, reason: dims.reason, notice: null, ...(dims.derived ? { derived: true } : {}) });
        if (dims.unknownRow && layout.measuresIn.rows && !named.has(r)) {
          named.add(r);
          const label = grid.address(r, layout.labelColumns[0] ?? c);
          skips.push({ row: r, col: layout.labelColumns[0] ?? c, cell: label, reason: `„${dims.unknownRow}“ ist keine bekannte Kennzahl. Für eine lokale Kennzahl bitte eine Spalte „Richtung“ (höher/niedriger) ergänzen`, notice: "info" });
        }
        continue;
      }
      if (dims.scenario === "tolerance" && (parsed.kind === "invalid" || (parsed.kind === "number" && parsed.value < 0))) {
        skips.push({ row: r, col: c, cell, reason: `Die Toleranz „${String(grid.value(r, c))}“ ist ungültig; es gilt keine Toleranz (oder die im Bericht eingestellte)`, notice: "warning" });
        continue;
      }
      // A placed figure that is missing says why, at its cell: the user sees which figure and what stood there.
      const empty = dims.period?.kind === "month" ? "der Monat bleibt ohne Wert" : "die Zelle bleibt ohne Wert";
      if (parsed.kind === "no-value") {
        skips.push({ row: r, col: c, cell, reason: `${noValueText(parsed.text)}; ${empty}`, notice: parsed.text.startsWith("#") ? "warning" : "info" });
        continue;
      }
      if (parsed.kind === "invalid") {
        const of = dims.measure.indicator && !dims.measure.grunddatum ? ` (${indicatorName(dims.measure.indicator)})` : "";
        skips.push({ row: r, col: c, cell, reason: `${notANumberText(parsed.text)}${of}; ${empty}`, notice: "error" });
        continue;
      }
      const { measure, period, scenario, unit, scale, direction, region } = dims;
      const percentStored = isPercentFormat(grid.numberFormat(r, c)) && !parsed.percent;
      // A scale the cell states itself ("1.310,0 T€", a format showing "Mio. €") wins over the header's or title's.
      const factor = cellScale(parsed.scaled === true, grid.numberFormat(r, c), unit === "eur" || (unit === null && isAmount(measure)) ? scale : 1);
      const value = parsed.value * (percentStored ? 100 : 1) * factor;
      observations.push({ measure, period, scenario, unit: percentStored ? "percent" : unit, direction, region, comparisonType: rowDims.comparisonType ?? null, value, preliminary: isPreliminary(grid.value(r, c)), row: r, col: c, cell, rowLabelCell: grid.address(r, layout.labelColumns[0] ?? c) });
    }
  }
  return { observations, skips };
}

interface Placed {
  measure: MeasureRef;
  period: ObservedPeriod | null;
  scenario: Scenario | null;
  unit: UnitWord | null;
  scale: number;
  direction: Direction | null;
  region: RegionRef | null;
}

/** Row and column each say part of what a figure is; together with the titles they must say it once, without contradiction. */
function placed(context: Dimensions, column: Dimensions, row: Dimensions): Placed | { reason: string; derived?: boolean; unknownRow?: string } {
  if (row.measure && column.measure && !sameNamed(row.measure, column.measure)) return { reason: `Zeile („${row.measure.label}“) und Spalte („${column.measure.label}“) nennen verschiedene Kennzahlen` };
  if (row.period && column.period && row.period.last !== column.period.last) return { reason: "Zeile und Spalte nennen verschiedene Zeiträume" };
  if (row.region && column.region && regionIdentity(row.region) !== regionIdentity(column.region)) return { reason: "Zeile und Spalte nennen verschiedene Regionen" };
  const region = column.region ?? row.region ?? context.region ?? null;
  const scenario = column.scenario ?? row.scenario ?? context.scenario ?? null;
  if (column.unexplained && !column.scenario && !column.measure && !column.period) return { reason: `Überschrift mit unbekanntem Wort („${column.unexplained}“): was die Spalte enthält, ist nicht gesagt` };
  if (isDerived(scenario ?? undefined)) return { reason: `abgeleiteter Wert (${SCENARIO_NAMES[scenario as Scenario]})`, derived: true };
  // The outer levels first: a title's year is completed by a band's, the band's by the cell's own.
  const dims = combine({ ...context, scenario: undefined, region: undefined }, { ...row, scenario: undefined, region: undefined }, { ...column, scenario: undefined, region: undefined });
  const measure = resolvedMeasure(dims);
  if (!measure) return dims.measure ? { reason: `„${dims.measure.label}“ hat keine Untergruppe „${dims.subGroup}“` } : { reason: "keine Kennzahl oder kein Grunddatum erkannt", ...(row.label && scenario === "target" ? { unknownRow: row.label } : {}) };
  const period = resolvedPeriod(dims);
  if ((dims.bareMonth !== undefined || dims.barePeriod) && !period) return { reason: "Zeitraum ohne Jahr" };
  // A title may name units of several measures ("Personen in Anzahl, Geldleistungen in Tsd. EUR"): its unit holds
  // for the figures it fits, the column's and the row's for every figure.
  const unit = column.unit ?? row.unit ?? (context.unit && measureTakes(measure, context.unit) ? context.unit : null);
  if (scenario === "previousYear") {
    // "Vorjahr 2023" over the months names its own months; "Ist VJ" beside the row of June 2024 is June 2023.
    const own = column.scenario === "previousYear" && (column.period || column.year !== undefined);
    const shifted = own ? period : period && period.kind === "year" ? { kind: "year" as const, year: period.year - 1 } : period?.kind === "month" ? parsePeriodLabel(addMonths(period.last, -12)) : null;
    return { measure, period: shifted, scenario: "actual", unit, scale: column.scale ?? row.scale ?? context.scale ?? 1, direction: row.direction ?? null, region };
  }
  const scale = column.scale ?? row.scale ?? context.scale ?? 1;
  return { measure, period, scenario, unit, scale, direction: row.direction ?? null, region };
}

/** An amount of money by the catalogue: only amounts are kept in T€ or Mio. €; a count in a "Tsd." table stays a count. */
function isAmount(measure: MeasureRef): boolean {
  return measureTakes(measure, "eur") && (measure.grunddatum !== undefined || (measure.indicator !== undefined && unitFits(measure.indicator, "eur")));
}

/** Whether a measure can be kept in a unit: an amount in €, a count in persons, an indicator in its catalogue unit. */
function measureTakes(measure: MeasureRef, unit: UnitWord): boolean {
  if (measure.grunddatum) return (GRUNDDATEN[measure.grunddatum.replace(/_(f|m)$/, "") as keyof typeof GRUNDDATEN]?.unit === "eur") === (unit === "eur");
  return measure.indicator ? unitFits(measure.indicator, unit) : true;
}

function indicatorName(code: string): string {
  return ALL_INDICATORS.find((d) => d.code === code)?.name ?? code;
}

function sameNamed(a: MeasureRef, b: MeasureRef): boolean {
  return (a.grunddatum !== undefined && a.grunddatum === b.grunddatum) || (a.indicator !== undefined && a.indicator === b.indicator) || (a.kennzahl !== undefined && a.kennzahl === b.kennzahl);
}

function isPreliminary(raw: unknown): boolean {
  return typeof raw === "string" && /\*|vorl|geschätzt|geschaetzt/i.test(raw);
}
