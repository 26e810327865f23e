/**
 * Whose figures a table holds. A table of one Jobcenter — its own sheet, or its figures beside the Land and the Bund —
 * answers for that Jobcenter; the Land's and the Bund's figures are comparisons, never its data. A table of several
 * named Jobcenter (as rows or as columns) is a cross-section: all of them become an all-Jobcenter table, and which one
 * is the user's own is chosen once (by Regionalschlüssel or name), never guessed.
 */
import { message } from "../../domain/messages";
import { KENNZAHLEN } from "../../domain/kennzahlen-catalogue";
import type { CrossSectionTable, RegionRow } from "../cross-section/cross-section-table";
import { landOfKey, type RegionKind, type RegionRef, regionIdentity } from "../lexicon/regions";
import type { Observation } from "./extract";

export interface RegionalSplit {
  /** Figures of the Jobcenter the table is about (or of no region named): what the queries answer from. */
  own: Observation[];
  /** Figures of the Land, the Bund or a part of the Jobcenter (a Geschäftsstelle, a team): no figures of the Jobcenter. */
  comparisons: Observation[];
  /** Several Jobcenter: their §48a Kennzahlen as an all-Jobcenter table. */
  crossSection: CrossSectionTable | null;
}

/** Every code a cross-section may hold, in catalogue order (the order of the report's rows). */
const ALL_CODES = KENNZAHLEN.flatMap((k) => (k.hasGenderSplit ? [k.code, `${k.code}_F`, `${k.code}_M`] : [k.code]));

export function splitByRegion(observations: readonly Observation[], sheet: string): RegionalSplit {
  const named = new Set(observations.flatMap((o) => (o.region?.kind === "jobcenter" && (o.region.key !== null || o.region.name !== "") ? [regionIdentity(o.region)] : [])));
  if (named.size >= 2) {
    const regional = observations.filter((o) => o.region !== null);
    return { own: observations.filter((o) => o.region === null), comparisons: [], crossSection: crossSectionOf(regional, sheet) };
  }
  const isComparison = (o: Observation) => o.region !== null && o.region.kind !== "jobcenter";
  return { own: observations.filter((o) => !isComparison(o)), comparisons: observations.filter(isComparison), crossSection: null };
}

/**
 * The §48a Kennzahlen of every region, one row per region and month. Only monthly Ist figures of Kennzahlen are a
 * cross-section's data; a Vorjahr column is the same region a year earlier.
 */
function crossSectionOf(observations: readonly Observation[], sheet: string): CrossSectionTable | null {
  // A figure of no period is of the month the table is published for, which the title may not say (the user is told).
  // A Geschäftsstelle's figures are no row of an all-Jobcenter table.
  const figures = observations.filter((o) => o.region?.kind !== "unit" && o.measure.kennzahl && (o.period === null || o.period.kind === "month") && (o.scenario === null || o.scenario === "actual"));
  if (figures.length === 0) return null;
  const codes = ALL_CODES.filter((code) => figures.some((o) => o.measure.kennzahl === code));
  const rows = new Map<string, RegionRow & { kind: RegionKind }>();
  for (const o of figures) {
    const region = o.region as RegionRef;
    const month = o.period?.kind === "month" ? o.period.last : null;
    const id = `${regionIdentity(region)}|${month}`;
    let row = rows.get(id);
    if (!row) {
      row = { kind: region.kind as RegionKind, key: region.key, name: region.name || region.key || "", type: o.comparisonType, land: region.kind === "land" ? region.name || null : region.key ? landOfKey(region.key) : null, month, values: new Map(codes.map((c) => [c, null])), cells: new Map(), sheet, cell: o.rowLabelCell };
      rows.set(id, row);
    }
    row.values.set(o.measure.kennzahl as string, o.value);
    row.cells.set(o.measure.kennzahl as string, o.cell);
  }
  const all = [...rows.values()];
  // Jobcenter named without a key beside one Land ("JC Celle … | Niedersachsen | Deutschland") are of that Land.
  const lands = new Set(all.filter((r) => r.kind === "land" && r.land !== null).map((r) => r.land));
  if (lands.size === 1) for (const r of all) if (r.kind === "jobcenter" && r.land === null) r.land = [...lands][0];
  const months = [...new Set(all.flatMap((r) => (r.month !== null ? [r.month] : [])))].sort();
  const strip = ({ kind: _kind, ...row }: RegionRow & { kind: RegionKind }): RegionRow => row;
  return {
    sheet,
    month: months[months.length - 1] ?? null,
    months,
    codes,
    hasTypes: all.some((r) => r.kind === "jobcenter" && r.type !== null),
    rows: all.filter((r) => r.kind === "jobcenter").map(strip),
    landRows: all.filter((r) => r.kind === "land").map(strip),
    bundRows: all.filter((r) => r.kind === "bund").map(strip),
    title: [],
    footnotes: [],
    messages: months.length > 0 ? [] : [message("warning", "Die Tabelle nennt keinen Berichtsmonat; bitte den Monat im Titel ergänzen, z. B. „Berichtsmonat Juni 2024“.", sheet, all[0].cell)],
  };
}
