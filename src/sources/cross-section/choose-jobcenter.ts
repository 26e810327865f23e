/**
 * Which row of an all-Jobcenter table is the user's own: chosen once by Regionalschlüssel ("03353", also "3353") or
 * by a name fragment that names exactly one Jobcenter ("Harburg"). No match and several matches get German messages
 * that say how to choose; the candidates are listed so the user can copy one.
 */
import { type Message, message } from "../../domain/messages";
import { normalizeLabel } from "../labels";
import type { CrossSectionTable, RegionRow } from "./cross-section-table";
import { withLeadingZero } from "../lexicon/regions";

export type JobcenterChoice =
  | { kind: "found"; row: RegionRow }
  | { kind: "none"; message: Message }
  | { kind: "ambiguous"; candidates: RegionRow[]; message: Message };

const LISTED_CANDIDATES = 10;

export function chooseJobcenter(table: CrossSectionTable, query: string): JobcenterChoice {
  const jobcenters = latestRows(table);
  const wanted = query.trim();
  const byKey = /^\d[\d\s]*$/.test(wanted) ? jobcenters.filter((r) => r.key !== null && sameKey(r.key, wanted.replace(/\s/g, ""))) : [];
  if (byKey.length === 1) return { kind: "found", row: byKey[0] };
  if (byKey.length > 1) return ambiguous(table, wanted, byKey);

  const label = normalizeLabel(wanted);
  if (label === "") return none(table, wanted);
  const exact = jobcenters.filter((r) => normalizeLabel(r.name) === label || normalizeLabel(r.name) === `jobcenter ${label}`);
  if (exact.length === 1) return { kind: "found", row: exact[0] };
  const fragments = jobcenters.filter((r) => ` ${normalizeLabel(r.name)} `.includes(` ${label} `) || normalizeLabel(r.name).includes(label));
  if (fragments.length === 1) return { kind: "found", row: fragments[0] };
  if (fragments.length > 1) return ambiguous(table, wanted, exact.length > 1 ? exact : fragments);
  return none(table, wanted);
}

/** The German note for a table read without a choice: how many Jobcenter it holds and how to say which is one's own. */
export function jobcenterChoiceHint(table: CrossSectionTable): Message {
  const count = latestRows(table).length;
  return message(
    "info",
    `Das Blatt enthält ${count.toLocaleString("de-DE")} Jobcenter. Für den Vergleich bitte das eigene Jobcenter wählen – mit Regionalschlüssel oder Namen (im Aufgabenbereich aus der Liste, in der Kommandozeile mit --jobcenter, z. B. --jobcenter 03353).`,
    table.sheet,
  );
}

/** "03353" = "3353"; a five-digit Kreisschlüssel also finds the twelve-digit ARS "033530000000" of the same Kreis. */
function sameKey(key: string, query: string): boolean {
  const a = key.replace(/^0+/, "");
  const b = query.replace(/^0+/, "");
  if (a === b) return true;
  const ars = withLeadingZero(key);
  const kreis = withLeadingZero(query);
  return /^\d{12}$/.test(ars) && /^\d{5}$/.test(kreis) && ars.startsWith(kreis) && /^0{7}$/.test(ars.slice(5));
}

/** A long table repeats every Jobcenter once per month: the choice is among the latest month's rows. */
function latestRows(table: CrossSectionTable): RegionRow[] {
  return table.month === null ? table.rows : table.rows.filter((r) => r.month === table.month || r.month === null);
}

function ambiguous(table: CrossSectionTable, query: string, candidates: RegionRow[]): JobcenterChoice {
  const listed = candidates.slice(0, LISTED_CANDIDATES).map(describe).join("; ");
  const more = candidates.length > LISTED_CANDIDATES ? ` und ${candidates.length - LISTED_CANDIDATES} weitere` : "";
  return {
    kind: "ambiguous",
    candidates,
    message: message("error", `„${query}“ passt auf ${candidates.length} Jobcenter: ${listed}${more}. Bitte den Regionalschlüssel oder einen eindeutigen Namen angeben.`, table.sheet),
  };
}

function none(table: CrossSectionTable, query: string): JobcenterChoice {
  const example = table.rows[0] ? ` (z. B. ${describe(table.rows[0])})` : "";
  return {
    kind: "none",
    message: message("error", `Kein Jobcenter „${query}“ auf dem Blatt gefunden. Bitte den Regionalschlüssel oder einen Teil des Namens angeben, wie er in der Tabelle steht${example}.`, table.sheet),
  };
}

function describe(row: RegionRow): string {
  return row.key ? `${row.name} (${row.key})` : row.name;
}
