/**
 * What the table model's editor offers for each dimension of a column or row, and the patch each choice makes. Every
 * list is generated: measures from the catalogues (Zielindikatoren and quality indicators, Grunddaten, §48a codes),
 * sub-groups, scenarios, units and scales from the lexicon — there is no word list of the editor's own.
 */
import { ALL_INDICATORS } from "../domain/indicators";
import { GRUNDDATEN, GRUNDDATUM_KEYS } from "../domain/grunddaten";
import { KENNZAHLEN } from "../domain/kennzahlen-catalogue";
import type { Dimensions } from "../sources/layout/dimensions";
import { type DimensionSetting, type LayoutPatch, type MeasureChoice, patchTarget, SCALES } from "../sources/layout/patch-layout";
import { SCENARIO_NAMES, type Scenario } from "../sources/lexicon/scenarios";
import { SUB_GROUPS, type SubGroup } from "../sources/lexicon/sub-groups";
import { UNIT_NAMES, type UnitWord } from "../sources/lexicon/units";
import type { ModelEditorStrings } from "./strings";

export type DimensionKey = keyof DimensionSetting;

/** The order the editor shows a column's or row's dimensions in. */
export const DIMENSION_KEYS: readonly DimensionKey[] = ["measure", "subGroup", "period", "scenario", "unit", "scale"];

export interface Choice {
  value: string;
  label: string;
}

export interface ChoiceGroup {
  label: string | null;
  choices: Choice[];
}

/** The select's value for "none" and for taking the user's setting back. */
export const NONE = "";
export const AS_DETECTED = "as-detected";

/** Where a patch applies: a column of one table (the table's top-left cell) or a row. */
export type PatchPlace = { column: string; block?: string } | { row: number };

/** The lists of a dimension (periods are typed, not chosen: there is no list of every month). */
export function choicesOf(key: Exclude<DimensionKey, "period">, t: ModelEditorStrings): ChoiceGroup[] {
  switch (key) {
    case "measure":
      return [
        { label: t.groups.indicators, choices: ALL_INDICATORS.map((d) => ({ value: `indicator:${d.code}`, label: d.name.includes(d.code) ? d.name : `${d.name} (${d.code})` })) },
        { label: t.groups.grunddaten, choices: GRUNDDATUM_KEYS.flatMap((key) => [key, `${key}_f`, `${key}_m`].map((k) => ({ value: `grunddatum:${k}`, label: grunddatumLabel(k) }))) },
        { label: t.groups.kennzahlen, choices: KENNZAHLEN.flatMap((k) => (k.hasGenderSplit ? [k.code, `${k.code}_F`, `${k.code}_M`] : [k.code]).map((code) => ({ value: `kennzahl:${code}`, label: `${code} – ${k.name}` }))) },
      ];
    case "subGroup":
      return [{ label: null, choices: SUB_GROUPS.map((g) => ({ value: g, label: g === "total" ? "insgesamt" : g })) }];
    case "scenario":
      return [{ label: null, choices: (Object.keys(SCENARIO_NAMES) as Scenario[]).map((s) => ({ value: s, label: SCENARIO_NAMES[s] })) }];
    case "unit":
      return [{ label: null, choices: (Object.keys(UNIT_NAMES) as UnitWord[]).map((u) => ({ value: u, label: UNIT_NAMES[u] })) }];
    case "scale":
      return [{ label: null, choices: SCALES.map((scale) => ({ value: String(scale), label: scale === 1e6 ? t.scales.million : scale === 1e3 ? t.scales.thousand : t.scales.one })) }];
  }
}

function grunddatumLabel(key: string): string {
  const sex = /_(f|m)$/.exec(key)?.[1];
  const base = (sex ? key.slice(0, -2) : key) as keyof typeof GRUNDDATEN;
  return `${GRUNDDATEN[base].name}${sex === "f" ? " – Frauen" : sex === "m" ? " – Männer" : ""}`;
}

/** The value a dimension has in the model, as the select (or the period field) shows it. */
export function shownValue(dims: Dimensions, key: DimensionKey): string {
  switch (key) {
    case "measure": {
      const m = dims.measure;
      if (!m) return NONE;
      if (m.indicator) return `indicator:${m.indicator}`;
      if (m.grunddatum) return `grunddatum:${m.grunddatum}`;
      if (m.kennzahl) return `kennzahl:${m.kennzahl}`;
      return `family:${m.family ?? m.label}`;
    }
    case "period":
      return dims.period?.label ?? (dims.year !== undefined ? String(dims.year) : "");
    case "scale":
      return dims.scale ? String(dims.scale) : "1";
    default:
      return dims[key] ?? NONE;
  }
}

/** A select's value as the setting it makes. */
export function settingOf(key: DimensionKey, value: string): DimensionSetting[DimensionKey] {
  if (value === NONE) return key === "scale" ? 1 : null;
  switch (key) {
    case "measure": {
      const [kind, code] = value.split(":");
      return (kind === "indicator" ? { indicator: code } : kind === "grunddatum" ? { grunddatum: code } : { kennzahl: code }) as MeasureChoice;
    }
    case "scale":
      return Number(value);
    case "subGroup":
      return value as SubGroup;
    case "scenario":
      return value as Scenario;
    case "unit":
      return value as UnitWord;
    case "period":
      return value;
  }
}

/**
 * The change one choice makes to the sheet's patches: the setting of this place with the one dimension changed, or
 * taken back ("wie erkannt"); a place with nothing set any more has no patch.
 */
export function patchChange(patches: readonly LayoutPatch[], place: PatchPlace, key: DimensionKey, value: string): { set: LayoutPatch[]; unset: LayoutPatch[] } {
  const target = patchTarget({ ...place, set: {} } as LayoutPatch);
  const existing = patches.find((p) => patchTarget(p) === target) as (LayoutPatch & { set: DimensionSetting }) | undefined;
  const set: DimensionSetting = { ...(existing?.set ?? {}) };
  if (value === AS_DETECTED) delete set[key];
  else (set as Record<string, unknown>)[key] = settingOf(key, value);
  if (Object.keys(set).length === 0) return { set: [], unset: existing ? [existing] : [] };
  return { set: [{ ...place, set } as LayoutPatch], unset: [] };
}

/** Whether the user set this dimension of this place (then "wie erkannt" takes it back). */
export function isSetByUser(patches: readonly LayoutPatch[], place: PatchPlace, key: DimensionKey): boolean {
  const target = patchTarget({ ...place, set: {} } as LayoutPatch);
  const existing = patches.find((p) => patchTarget(p) === target);
  return existing !== undefined && "set" in existing && existing.set[key] !== undefined;
}

/** Rows the user left out (a patch of one row each). */
export function leaveOutChange(patches: readonly LayoutPatch[], row: number, leaveOut: boolean): { set: LayoutPatch[]; unset: LayoutPatch[] } {
  const patch: LayoutPatch = { rows: { from: row, to: row }, leaveOut: true };
  if (leaveOut) return { set: [patch], unset: [] };
  const covering = patches.filter((p) => "leaveOut" in p && p.rows.from <= row && p.rows.to >= row);
  // A range that covers more rows keeps them: it is split around the row taken back.
  const rest = covering.flatMap((p): LayoutPatch[] => ("leaveOut" in p ? [...(p.rows.from < row ? [{ rows: { from: p.rows.from, to: row - 1 }, leaveOut: true as const }] : []), ...(p.rows.to > row ? [{ rows: { from: row + 1, to: p.rows.to }, leaveOut: true as const }] : [])] : []));
  return { set: rest, unset: covering };
}
