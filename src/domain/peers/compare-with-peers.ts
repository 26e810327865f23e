/**
 * "How do we stand against comparable Jobcenter?": the own Jobcenter's §48a values beside its SGB II-Vergleichstyp —
 * the type's statistics, the own rank and quarter, Land and Bund, the distance to the type median — for every
 * Kennzahl, Ergänzungsgröße and _F/_M variant of a published all-Jobcenter table, and, with several months, the own
 * value against the type median over time. Jobcenter without a value are left out of every statistic and counted.
 */
import { kennzahlFor, type KennzahlDefinition } from "../kennzahlen-catalogue";
import { type Message, message } from "../messages";
import { formatMonthLong, type MonthKey } from "../months";
import type { Direction } from "../direction";
import { type DistributionStatistics, distributionStatistics } from "./distribution-statistics";
import { typeKey } from "./comparison-types";
import { bestFirst, competitionRank, quarterOfRank } from "./peer-rank";
import type { PeerRegion, PeerTable } from "./peer-table";

/** The peer group when the table names no Vergleichstyp: the user's choice, remembered in the workbook. */
export interface ChosenPeerGroup {
  label: string;
  /** Keys (Regionalschlüssel) of the type's Jobcenter; without them the type's members cannot be known. */
  memberKeys?: readonly string[];
}

/**
 * Who the own Jobcenter is compared with. "table": the Vergleichstyp of the own row; "chosen": the user's type, whose
 * members the table names; "all": every Jobcenter of the table, with the user's type when it could not be applied.
 */
export type PeerGroup = TypeGroup | AllJobcenter;

interface TypeGroup {
  source: "table" | "chosen";
  label: string;
  /** Jobcenter in the group in the latest month, the own one included. */
  members: number;
}

interface AllJobcenter {
  source: "all";
  label: "alle Jobcenter";
  members: number;
  /** The user's Vergleichstyp the table gave no members for: named on the sheet, so ranks are not read as its. */
  unappliedChoice: string | null;
}

export interface PeerComparisonRow {
  code: string;
  definition: KennzahlDefinition;
  sex: "F" | "M" | null;
  direction: Direction;
  own: number | null;
  /** Over the group's Jobcenter with a value (the own one included); null when none has one. */
  statistics: DistributionStatistics | null;
  /** 1 = best by direction; null without own value or without direction. */
  rank: number | null;
  quarter: 1 | 2 | 3 | 4 | null;
  /** Group members without a value ("x", ".", blank): excluded from statistics and rank. */
  withoutValue: number;
  land: number | null;
  bund: number | null;
  /** own − type median, in Prozentpunkten. */
  deltaToMedianPp: number | null;
}

/** The group's Jobcenter with a value for one headline Kennzahl, best first: the ranking chart. */
export interface PeerDistribution {
  code: string;
  entries: Array<{ name: string; key: string | null; value: number; own: boolean }>;
}

export interface PeerHistory {
  code: string;
  points: Array<{ month: MonthKey; own: number | null; median: number | null; count: number }>;
}

export interface PeerComparison {
  month: MonthKey | null;
  own: { key: string | null; name: string; land: string | null };
  group: PeerGroup;
  rows: PeerComparisonRow[];
  distributions: PeerDistribution[];
  /** Empty for a single month. */
  history: PeerHistory[];
  messages: Message[];
}

export const HEADLINE_CODES = ["K1", "K2", "K3"] as const;

export function compareWithPeers(table: PeerTable, own: { key: string | null; name: string }, chosen?: ChosenPeerGroup): PeerComparison {
  const messages: Message[] = [];
  const latest = monthRows(table.rows, table.month);
  const ownLatest = findOwn(latest, own);
  const membership = groupOf(table, ownLatest, chosen, messages);
  const rowsIn = (month: MonthKey | null) => {
    const rows = monthRows(table.rows, month);
    const ownRow = findOwn(rows, own);
    return { members: rows.filter((r) => r === ownRow || membership.includes(r)), ownRow };
  };
  const current = rowsIn(table.month);
  if (!current.ownRow) messages.push(message("error", `${own.name} steht nicht in der Tabelle${table.month ? ` für ${formatMonthLong(table.month)}` : ""}.`));

  const land = ownLatest?.land ?? null;
  const rows = table.codes.flatMap((code) => {
    const found = kennzahlFor(code);
    return found ? [compareCode(code, found, current.members, current.ownRow, regionValue(table.landRows, table.month, code, (r) => land !== null && r.land === land), regionValue(table.bundRows, table.month, code))] : [];
  });
  const distributions = HEADLINE_CODES.filter((code) => table.codes.includes(code)).map((code) => distributionOf(code, current.members, current.ownRow));
  const history = table.months.length > 1 ? table.codes.map((code) => historyOf(code, table.months, rowsIn)) : [];
  return {
    month: table.month,
    own: { key: own.key, name: own.name, land },
    group: { ...membership.group, members: current.members.length },
    rows,
    distributions,
    history,
    messages,
  };
}

function compareCode(
  code: string,
  found: { definition: KennzahlDefinition; sex: "F" | "M" | null },
  members: readonly PeerRegion[],
  ownRow: PeerRegion | undefined,
  land: number | null,
  bund: number | null,
): PeerComparisonRow {
  const direction = found.definition.direction;
  const values = valuesOf(members, code);
  const own = ownRow?.values.get(code) ?? null;
  const statistics = distributionStatistics(values);
  const rank = own !== null ? competitionRank(own, values, direction) : null;
  return {
    code,
    definition: found.definition,
    sex: found.sex,
    direction,
    own,
    statistics,
    rank,
    quarter: rank !== null && statistics ? quarterOfRank(rank, statistics.count) : null,
    withoutValue: members.length - values.length,
    land,
    bund,
    deltaToMedianPp: own !== null && statistics ? own - statistics.median : null,
  };
}

function distributionOf(code: string, members: readonly PeerRegion[], ownRow: PeerRegion | undefined): PeerDistribution {
  const direction = kennzahlFor(code)?.definition.direction ?? "none";
  const order = bestFirst(direction);
  const entries = members
    .flatMap((r) => {
      const value = r.values.get(code) ?? null;
      return value === null ? [] : [{ name: r.name, key: r.key, value, own: r === ownRow }];
    })
    .sort((a, b) => order(a.value, b.value) || a.name.localeCompare(b.name, "de"));
  return { code, entries };
}

function historyOf(code: string, months: MonthKey[], rowsIn: (m: MonthKey) => { members: PeerRegion[]; ownRow: PeerRegion | undefined }): PeerHistory {
  return {
    code,
    points: months.map((month) => {
      const { members, ownRow } = rowsIn(month);
      const statistics = distributionStatistics(valuesOf(members, code));
      return { month, own: ownRow?.values.get(code) ?? null, median: statistics?.median ?? null, count: statistics?.count ?? 0 };
    }),
  };
}

/**
 * Who the peers are. The table's Vergleichstyp of the own row wins; when the own row has none, the user's chosen type
 * — its members are the rows the table gives that type, or the keys the choice names; failing both, every Jobcenter
 * of the table, said in a message, never passed off as a Vergleichstyp.
 *
 * Why all Jobcenter rather than no comparison: a controller who opens a table of every Jobcenter wants to know where
 * the own figures stand, and the rank among all Jobcenter is the figure such tables are read for (and the one a Land
 * or BIAJ ranking shows). Withholding it would hide what the table plainly holds; naming the group on the sheet, in
 * its footnote and in a message keeps it from being read as a type comparison.
 *
 * Membership is decided by the type label (or key) so that a long table gets the same group in every month.
 */
type Membership = { group: DistributiveOmit<PeerGroup, "members">; includes: (r: PeerRegion) => boolean };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function groupOf(table: PeerTable, ownRow: PeerRegion | undefined, chosen: ChosenPeerGroup | undefined, messages: Message[]): Membership {
  const ownType = ownRow?.type ?? null;
  if (ownType !== null) {
    if (chosen && typeKey(chosen.label) !== typeKey(ownType)) {
      messages.push(message("info", `Die Tabelle ordnet ${ownRow?.name} dem Vergleichstyp „${ownType}“ zu; verglichen wird mit diesem Typ, nicht mit „${chosen.label}“.`));
    }
    return { group: { label: ownType, source: "table" }, includes: sameType(ownType) };
  }
  if (chosen?.memberKeys && chosen.memberKeys.length > 0) {
    const keys = new Set(chosen.memberKeys.map(withoutLeadingZeros));
    return { group: { label: chosen.label, source: "chosen" }, includes: (r) => r.key !== null && keys.has(withoutLeadingZeros(r.key)) };
  }
  const typedRows = table.rows.filter((r) => r.type !== null);
  if (chosen && typedRows.some(sameType(chosen.label))) {
    messages.push(message("info", `Die Tabelle nennt für ${ownRow?.name ?? "das eigene Jobcenter"} keinen Vergleichstyp; verglichen wird mit dem gewählten Vergleichstyp „${chosen.label}“.`));
    return { group: { label: chosen.label, source: "chosen" }, includes: sameType(chosen.label) };
  }
  const count = monthRows(table.rows, table.month).length;
  const why = typedRows.length > 0 ? `die Tabelle nennt für ${ownRow?.name ?? "das eigene Jobcenter"} keinen Vergleichstyp` : "die Tabelle nennt keine Vergleichstypen";
  const known = chosen && typedRows.length > 0 ? ` und kein Jobcenter des Typs „${chosen.label}“` : "";
  messages.push(
    message(
      "warning",
      chosen
        ? `Für den Vergleichstyp „${chosen.label}“ ist nicht bekannt, welche Jobcenter dazugehören (${why}${known}); verglichen wird mit allen ${count} Jobcentern.`
        : `${why.charAt(0).toUpperCase()}${why.slice(1)}; verglichen wird mit allen ${count} Jobcentern. Für einen Vergleich im eigenen Typ bitte den Vergleichstyp wählen.`,
    ),
  );
  return { group: { label: "alle Jobcenter", source: "all", unappliedChoice: chosen?.label ?? null }, includes: () => true };
}

function sameType(type: string): (r: PeerRegion) => boolean {
  const key = typeKey(type);
  return (r) => r.type !== null && typeKey(r.type) === key;
}

function findOwn(rows: readonly PeerRegion[], own: { key: string | null; name: string }): PeerRegion | undefined {
  if (own.key !== null) {
    const key = withoutLeadingZeros(own.key);
    return rows.find((r) => r.key !== null && withoutLeadingZeros(r.key) === key);
  }
  return rows.find((r) => r.name === own.name);
}

function monthRows(rows: readonly PeerRegion[], month: MonthKey | null): PeerRegion[] {
  return rows.filter((r) => r.month === month);
}

function valuesOf(rows: readonly PeerRegion[], code: string): number[] {
  return rows.flatMap((r) => {
    const value = r.values.get(code) ?? null;
    return value === null ? [] : [value];
  });
}

function regionValue(rows: readonly PeerRegion[], month: MonthKey | null, code: string, matches: (r: PeerRegion) => boolean = () => true): number | null {
  return rows.find((r) => r.month === month && matches(r))?.values.get(code) ?? null;
}

function withoutLeadingZeros(key: string): string {
  return key.trim().replace(/^0+/, "");
}
