/**
 * What one header, label or title says about the figures under or beside it: which measure, sub-group, period,
 * scenario, unit and scale. Every word comes from the lexicon; this module only combines what the words say.
 */
import { type Period, parsePeriodLabel } from "../../domain/periods";
import { parseMonthLabel, yearsIn } from "../../domain/month-labels";
import type { RawCell } from "../workbook-read";
import { type MeasureRef, measureOf, narrowMeasure, withoutMeasureWords } from "../lexicon/measures";
import { type Scenario, scenarioOf } from "../lexicon/scenarios";
import { type SubGroup, subGroupOfLabel } from "../lexicon/sub-groups";
import { scaleOf, type UnitWord, unitOf } from "../lexicon/units";
import { type BarePeriod, barePeriodOf, monthOfBareName } from "../lexicon/periods";
import { directionOf } from "../find-targets";
import type { Direction } from "../../domain/direction";

export interface Dimensions {
  measure?: MeasureRef;
  subGroup?: SubGroup;
  /** A month, quarter or half-year with its year. */
  period?: Period;
  /** A year: an annual figure on its own, the year of bare month names with it. */
  year?: number;
  /** A month named without a year ("Jan", "März"), 1–12. */
  bareMonth?: number;
  /** A quarter or half-year named without a year ("Q1", "III", "2. HJ"). */
  barePeriod?: BarePeriod;
  scenario?: Scenario;
  unit?: UnitWord;
  /** 1e3 for T€, 1e6 for Mio. €. */
  scale?: number;
  direction?: Direction;
}

/** What a cell's text or value says. A date serial is a month only where the caller knows it stands in a header. */
export function dimensionsOf(raw: RawCell, asDate = false): Dimensions {
  if (typeof raw === "number") {
    if (asDate) {
      const month = parseMonthLabel(raw);
      if (month) return { period: parsePeriodLabel(month) ?? undefined };
    }
    return Number.isInteger(raw) && raw >= 1990 && raw < 2100 ? { year: raw } : {};
  }
  if (typeof raw !== "string") return {};
  const text = raw.trim();
  if (text === "" || text.length > 300) return {};
  const whole = parsePeriodLabel(text);
  if (whole) return { period: whole };
  const bare = barePeriodOf(text);
  if (bare) return { barePeriod: bare };
  const measure = measureOf(text);
  const rest = withoutMeasureWords(text, measure);
  const dims: Dimensions = {};
  if (measure) dims.measure = measure;
  const group = subGroupOfLabel(text);
  if (group) dims.subGroup = group;
  const scenario = scenarioOf(rest);
  if (scenario) dims.scenario = scenario;
  const unit = unitOf(measure ? rest : text);
  if (unit) dims.unit = unit;
  const scale = scaleOf(text);
  if (scale !== 1) dims.scale = scale;
  const direction = directionOf(text);
  if (direction && /richtung|besser|[↑↓▲▼]|^(höher|hoeher|niedriger)/i.test(text)) dims.direction = direction;
  Object.assign(dims, periodWithin(rest));
  return dims;
}

/** A period inside a longer text: "Ist Juni 2024", "Ziel 2024", "Ist lfd. Jahr" (no year), "Befragung Mai 2024". */
function periodWithin(text: string): Pick<Dimensions, "period" | "year" | "bareMonth"> {
  const words = text.replace(/[()[\]:;,]/g, " ").split(/\s+/).filter(Boolean);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const part = words.slice(i, i + n).join(" ");
      if (!/\d/.test(part) && n > 1) continue;
      const period = /\d/.test(part) ? parsePeriodLabel(part) : null;
      if (period) return { period };
    }
  }
  const years = [...new Set(yearsIn(text))];
  const bare = words.map(monthOfBareName).find((m) => m !== null) ?? null;
  return { ...(years.length === 1 ? { year: years[0] } : {}), ...(bare !== null ? { bareMonth: bare } : {}) };
}

/**
 * Dimensions of several levels combined, the more specific last: a sheet's title, a band over the columns, the
 * sub-header. A sub-group narrows the measure; a bare month takes the year of any level.
 */
export function combine(...levels: Dimensions[]): Dimensions {
  const result: Dimensions = {};
  for (const level of levels) {
    for (const [key, value] of Object.entries(level) as Array<[keyof Dimensions, Dimensions[keyof Dimensions]]>) {
      if (value === undefined) continue;
      // A scenario stated on an outer level ("Ist 2024" over the months) is not undone by an inner "Wert".
      if (key === "scenario" && result.scenario && value === "actual") continue;
      (result as Record<string, unknown>)[key] = value;
    }
  }
  return result;
}

/** The measure a combination names, narrowed by its sub-group; null when the sub-group has no variant of it. */
export function resolvedMeasure(dims: Dimensions): MeasureRef | null {
  if (!dims.measure) return null;
  return dims.subGroup ? narrowMeasure(dims.measure, dims.subGroup) : dims.measure;
}

/** The period a combination names: a month, quarter or half-year, or a bare month completed by a year. */
export function resolvedPeriod(dims: Dimensions): Period | { kind: "year"; year: number } | null {
  if (dims.period) return dims.period;
  if (dims.bareMonth !== undefined && dims.year !== undefined) {
    const month = `${dims.year}-${String(dims.bareMonth).padStart(2, "0")}`;
    return parsePeriodLabel(month);
  }
  if (dims.barePeriod && dims.year !== undefined) {
    const { kind, n } = dims.barePeriod;
    return parsePeriodLabel(kind === "quarter" ? `Q${n} ${dims.year}` : `${n}. Halbjahr ${dims.year}`);
  }
  if (dims.year !== undefined && dims.bareMonth === undefined && !dims.barePeriod) return { kind: "year", year: dims.year };
  return null;
}
