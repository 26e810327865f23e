/**
 * Zielerreichungsprognose: where an indicator will stand in December, from the months reported so far.
 *  - Jahresfortschrittswerte (Integrationsquote): this year's value scaled by the previous year's seasonal course,
 *    JFW(m) · JFW_VJ(Dez) ÷ JFW_VJ(m); without the previous year linear, JFW(m) · 12 ÷ m.
 *  - Jahresdurchschnitt of a stock (LZB): the months still to come continue from the current stock with the previous
 *    year's monthly movement, s(k) = s(m) + s_VJ(k) − s_VJ(m); without the previous year the stock stays as it is.
 *  - Sums (LLU): run rate, Σ Jan–m · 12 ÷ m.
 *  - Reported figures (quality): the latest value carried forward.
 * The back-test replays this for every December of earlier years the workbook holds, from each month before it.
 */
import { type Computed, missing, ok } from "./computed";
import type { Direction } from "./direction";
import { type BaseSeries, latestReported, measure } from "./goal-comparison";
import type { IndicatorDefinition } from "./indicators";
import { addMonths, monthKey, monthOf, type MonthKey, yearOf } from "./months";

export type ForecastMethod = "seasonal" | "linear" | "stock-seasonal" | "stock-flat" | "run-rate" | "last-value" | "actual";

export const FORECAST_METHOD_TEXT: Record<ForecastMethod, string> = {
  seasonal: "Jahresfortschrittswert mit dem Saisonverlauf des Vorjahres hochgerechnet",
  linear: "Jahresfortschrittswert linear hochgerechnet (× 12 ÷ Monate; kein Vorjahr)",
  "stock-seasonal": "Bestand mit der Monatsbewegung des Vorjahres fortgeschrieben",
  "stock-flat": "Bestand unverändert fortgeschrieben (kein Vorjahr)",
  "run-rate": "Summe seit Januar × 12 ÷ Monate",
  "last-value": "letzter Wert fortgeschrieben",
  actual: "Dezemberwert liegt vor",
};

export interface DecemberForecast {
  value: Computed;
  method: ForecastMethod;
}

export function forecastDecember(definition: IndicatorDefinition, base: BaseSeries, m: MonthKey): DecemberForecast {
  const december = monthKey(yearOf(m), 12);
  if (monthOf(m) === 12) return { value: measure(definition, base, m), method: "actual" };
  const spec = definition.measure;
  switch (spec.kind) {
    case "integration-rate-ytd":
      return cumulativeForecast(definition, base, m, december);
    case "stock-ytd-average":
      return stockForecast(base.get(spec.stock), m, definition, base);
    case "flow-ytd-sum": {
      const sum = measure(definition, base, m);
      return { value: sum.value === null ? sum : ok((sum.value * 12) / monthOf(m)), method: "run-rate" };
    }
    case "reported": {
      const found = latestReported(base.get(definition.code) ?? new Map(), m, Math.max(spec.maxAgeMonths, 11));
      return { value: found ? ok(found.value) : missing(`Für „${definition.name}“ liegt kein Wert vor.`), method: "last-value" };
    }
  }
}

function cumulativeForecast(definition: IndicatorDefinition, base: BaseSeries, m: MonthKey, december: MonthKey): DecemberForecast {
  const now = measure(definition, base, m);
  if (now.value === null) return { value: now, method: "linear" };
  const atMonth = measure(definition, base, addMonths(m, -12)).value;
  const atDecember = measure(definition, base, addMonths(december, -12)).value;
  if (atMonth !== null && atDecember !== null && atMonth > 0) return { value: ok((now.value * atDecember) / atMonth), method: "seasonal" };
  return { value: ok((now.value * 12) / monthOf(m)), method: "linear" };
}

function stockForecast(stock: ReadonlyMap<MonthKey, number> | undefined, m: MonthKey, definition: IndicatorDefinition, base: BaseSeries): DecemberForecast {
  // A workbook that states only the indicator's JDW (no Bestand per month): carry the JDW.
  if (!stock) {
    const stated = measure(definition, base, m);
    return { value: stated, method: "stock-flat" };
  }
  const year = yearOf(m);
  const current = stock.get(m);
  const known: number[] = [];
  for (let k = 1; k <= monthOf(m); k++) {
    const v = stock.get(monthKey(year, k));
    if (v === undefined) return { value: missing(`Für „${definition.name}“ fehlt der Bestand ${monthKey(year, k)}.`), method: "stock-flat" };
    known.push(v);
  }
  if (current === undefined) return { value: missing(`Für „${definition.name}“ fehlt der Bestand des Berichtsmonats.`), method: "stock-flat" };
  const previousAt = stock.get(addMonths(m, -12));
  const rest: number[] = [];
  let seasonal = previousAt !== undefined;
  for (let k = monthOf(m) + 1; k <= 12; k++) {
    const previous = stock.get(monthKey(year - 1, k));
    if (previous === undefined || previousAt === undefined) seasonal = false;
    rest.push(seasonal && previous !== undefined && previousAt !== undefined ? current + previous - previousAt : current);
  }
  if (!seasonal) rest.fill(current);
  const all = [...known, ...rest];
  return { value: ok(all.reduce((a, b) => a + b, 0) / 12), method: seasonal ? "stock-seasonal" : "stock-flat" };
}

/** "ja" / "knapp" / "nein": the forecast against the annual Zielwert; within the band either way is "knapp". */
export type Likely = "ja" | "knapp" | "nein";

export function likelyReached(forecast: number, annualTarget: number, direction: Direction, band: number): Likely | null {
  // band includes half the shown step: a forecast shown equal to the Zielwert is "knapp", never "nein".
  if (direction === "none") return null;
  const better = direction === "up" ? forecast - annualTarget : annualTarget - forecast;
  if (Math.abs(better) <= band) return "knapp";
  return better > 0 ? "ja" : "nein";
}

/** Mean absolute error of the December forecast, by the month (1–11) it was made in, over the earlier years. */
export interface BacktestRow {
  monthOfYear: number;
  meanAbsoluteError: number;
  years: number[];
}

/**
 * Every December before the Berichtsmonat's year whose final value the workbook holds, forecast from each month
 * January…November of the same year with only what was known then (the method reads months up to m and the year
 * before). Errors in the indicator's unit (Prozentpunkte for quotas).
 */
export function backtest(definition: IndicatorDefinition, base: BaseSeries, reportMonth: MonthKey): BacktestRow[] {
  if (definition.measure.kind === "reported") return [];
  const errors = new Map<number, Array<{ year: number; error: number }>>();
  for (let year = yearOf(reportMonth) - 1; year >= yearOf(reportMonth) - 10; year--) {
    const actual = measure(definition, base, monthKey(year, 12)).value;
    if (actual === null) continue;
    for (let k = 1; k <= 11; k++) {
      const predicted = forecastDecember(definition, base, monthKey(year, k)).value.value;
      if (predicted === null) continue;
      const list = errors.get(k) ?? [];
      list.push({ year, error: Math.abs(predicted - actual) });
      errors.set(k, list);
    }
  }
  return [...errors.entries()]
    .sort(([a], [b]) => a - b)
    .map(([monthOfYear, list]) => ({ monthOfYear, meanAbsoluteError: list.reduce((a, e) => a + e.error, 0) / list.length, years: list.map((e) => e.year).sort() }));
}
