/**
 * What one header, label or title says about the figures under or beside it: which measure, sub-group, period,
 * scenario, unit and scale. Every word comes from the lexicon; this module only combines what the words say.
 */
import { type Period, parsePeriodLabel } from "../../domain/periods";
import { parseMonthLabel, yearsIn } from "../../domain/month-labels";
import { addMonths } from "../../domain/months";
import type { RawCell } from "../sheet-grid";
import { type MeasureRef, measureOf, narrowMeasure, withoutMeasureWords } from "../lexicon/measures";
import { type Scenario, scenarioOf } from "../lexicon/scenarios";
import { type SubGroup, subGroupOfLabel } from "../lexicon/sub-groups";
import { normalizeLabel } from "../labels";
import { scaleOf, type UnitWord, unitOf } from "../lexicon/units";
import { type BarePeriod, barePeriodOf, monthOfBareName, periodOfDateRange } from "../lexicon/periods";
import { directionOf } from "../lexicon/directions";
import { unexplainedWords } from "../lexicon/filler";
import { isLexiconWord } from "../lexicon/known-word";
import type { Direction } from "../../domain/direction";
import { comparisonTypeOf, joinRegions, type RegionRef, regionOf } from "../lexicon/regions";

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
  /** The Jobcenter, Land or Bund the figures are of ("JC Celle (03351)", "Niedersachsen", "Bund"). */
  region?: RegionRef;
  /** The SGB II-Vergleichstyp of a Jobcenter row, from its column or the group row above it. */
  comparisonType?: string;
  /** Words of a short header the lexicon does not know ("Orientierungswert"): what the figures are is not said. */
  unexplained?: string;
  /** A row's name as written, when it names no measure ("Glücksquote"): for the message that it is unknown. */
  label?: string;
}

/** What a cell's text or value says. A date serial is a month only where the caller knows it stands in a header. */
export function dimensionsOf(raw: RawCell, asDate = false): Dimensions {
  // Labels repeat (every row of a long list, every sheet of a year): each distinct text is read once. The result is
  // shared, so no caller changes it.
  if (typeof raw !== "string") return dimensionsOfValue(raw, asDate);
  const known = MEMO.get(raw);
  if (known) return known;
  const dims = dimensionsOfText(raw);
  if (MEMO.size >= MAX_MEMO) MEMO.clear();
  MEMO.set(raw, dims);
  return dims;
}

const MEMO = new Map<string, Dimensions>();
const MAX_MEMO = 50_000;

function dimensionsOfValue(raw: RawCell, asDate: boolean): Dimensions {
  if (typeof raw === "number") {
    if (asDate) {
      const month = parseMonthLabel(raw);
      if (month) return { period: parsePeriodLabel(month) ?? undefined };
    }
    return Number.isInteger(raw) && raw >= 1990 && raw < 2100 ? { year: raw } : {};
  }
  return {};
}

function dimensionsOfText(raw: string): Dimensions {
  // No header or label is long: a megabyte of text is no dimension, and is not copied or scanned (hostile files).
  if (raw.length > MAX_TEXT) return {};
  const text = raw.trim();
  if (text === "") return {};
  const whole = parsePeriodLabel(text);
  if (whole) return { period: whole };
  const range = periodOfDateRange(text);
  const bare = barePeriodOf(text);
  if (bare) return { barePeriod: bare };
  const type = comparisonTypeOf(text);
  if (type) return { comparisonType: type };
  const measure = measureOf(text);
  const rest = withoutMeasureWords(text, measure);
  const dims: Dimensions = {};
  if (measure) dims.measure = measure;
  // A sub-group alone ("U25") or beside other words of a short header ("Ziel U25"); in a measure's own name it is
  // part of the measure ("Integrationen Frauen" is int_f already).
  const group = subGroupOfLabel(text) ?? (text.length <= TERSE ? innerSubGroup(rest) : null);
  if (group) dims.subGroup = group;
  const scenario = scenarioOf(rest);
  // "Veränderung des Bestands an LZB (K3)": the code is the measure, a rate of change by definition; its name's
  // "Veränderung" describes it, it does not make the figure a difference.
  const describesCode = scenario === "difference" && measure?.kennzahl !== undefined && new RegExp(`[([]\\s*${measure.kennzahl}\\s*[)\\]]|^${measure.kennzahl}\\s`, "i").test(text);
  if (scenario && !describesCode) dims.scenario = scenario;
  // Units are stated tersely ("in T€", "(Tage)", "%"); in a sentence only a bracket or an "in …" says one.
  const unit = unitOf(text.length <= TERSE ? (measure ? rest : text) : statedUnitPart(text));
  if (unit) dims.unit = unit;
  const scale = scaleOf(text);
  if (scale !== 1) dims.scale = scale;
  const direction = directionOf(text);
  if (direction && /richtung|besser|[↑↓▲▼]|^(höher|hoeher|niedriger)/i.test(text)) dims.direction = direction;
  // "Index (Jan. 2023 = 100)" names the index's base, not the period of its figures.
  if (unit !== "index") Object.assign(dims, range ? { period: range } : periodWithin(rest));
  // "JC Landkreis Harburg (03353)", "Niedersachsen", "Zielwert (Jobcenter)": whose figures these are.
  const region = measure ? null : regionOf(text) ?? bracketedRegion(text);
  if (region) dims.region = region;
  if (text.length <= TERSE && !range && !region) {
    const unknown = unexplainedWords(rest, isLexiconWord);
    if (unknown.length > 0) dims.unexplained = unknown.join(" ");
  }
  // "Ø Dauer (Tage)" is the measure's own mean, not a mean over periods like "Ø 2023".
  if (dims.scenario === "aggregate" && dims.unit && MEAN_UNITS.has(dims.unit) && dims.year === undefined && !dims.period) delete dims.scenario;
  return dims;
}

const TERSE = 40;

/** "Zielwert 2024 (Jobcenter)", "Ist (Land)": the region in brackets after what the figure is. */
function bracketedRegion(text: string): RegionRef | null {
  const inner = /\(([^()]{1,40})\)\s*$/.exec(text)?.[1];
  return inner ? regionOf(inner) : null;
}
const MAX_TEXT = 300;

function innerSubGroup(rest: string): SubGroup | null {
  const words = normalizeLabel(rest).split(" ").filter(Boolean);
  const groups = new Set(words.map((w, i) => subGroupOfLabel(w) ?? (i + 1 < words.length ? subGroupOfLabel(`${w} ${words[i + 1]}`) : null)).filter((g): g is SubGroup => g !== null && g !== "total"));
  return groups.size === 1 ? [...groups][0] : null;
}

/** "(Tage)", "in Mio. €", "[%]", "Ø Tage vom Antrag bis …" of a longer text. */
function statedUnitPart(text: string): string {
  const parts = [...text.matchAll(/[([]([^)\]]{1,40})[)\]]|\bin\s+(\S+(?:\s\S+)?)\s*$|(?:Ø|ø|\bdurchschnittliche[rn]?|\bmittlere[rn]?)\s+(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
  return parts.join(" ");
}

const MEAN_UNITS: ReadonlySet<UnitWord> = new Set(["calendarDays", "workingDays", "grade", "months"]);

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
    // "Vorjahresmonat" under a band "Dezember 2023" is December 2022: the previous year of what the outer level names.
    if (level.scenario === "previousYear" && !level.period && level.year === undefined && (result.period || result.year !== undefined)) {
      Object.assign(result, previousOf(result), combine({ ...level, scenario: "actual" }));
      continue;
    }
    for (const [key, value] of Object.entries(level) as Array<[keyof Dimensions, Dimensions[keyof Dimensions]]>) {
      if (value === undefined) continue;
      // A scenario stated on an outer level ("Ist 2024" over the months) is not undone by an inner "Wert".
      if (key === "scenario" && result.scenario && value === "actual") continue;
      // A year stated closer to the figure ("Ist 2023") overrides a period of another year stated further out.
      if (key === "year" && result.period && !result.period.last.startsWith(String(value))) delete result.period;
      // A key in one column and the name in the next are one region.
      if (key === "region" && result.region) {
        result.region = joinRegions(result.region, value as RegionRef);
        continue;
      }
      (result as Record<string, unknown>)[key] = value;
    }
  }
  return result;
}

function previousOf(dims: Dimensions): Dimensions {
  if (dims.period?.kind === "month") return { period: parsePeriodLabel(addMonths(dims.period.last, -12)) ?? undefined, year: dims.year !== undefined ? dims.year - 1 : undefined };
  if (dims.period) return { period: undefined, year: Number(dims.period.last.slice(0, 4)) - 1 };
  return { year: (dims.year as number) - 1 };
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
