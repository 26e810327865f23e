/**
 * Finds a case list (one row per Antrag, Neukunde or Widerspruch with dates) and reads it into CaseRecords. Case lists
 * are Sozialdaten: identifiers are read only to find duplicates and never leave this module; names are never read.
 * Every row that cannot be used is reported with sheet and cell and left out of the measures.
 */
import { parseCellDate } from "../domain/cell-dates";
import { type Message, message } from "../domain/messages";
import type { IsoDate } from "../domain/processing/holidays";
import type { CaseListKind, CaseRecord } from "../domain/processing/cases";
import { normalizeLabel } from "./labels";
import type { SheetGrid } from "./sheet-grid";
import { isSummaryRowLabel } from "./vocabulary";

export interface FoundCaseList {
  sheet: string;
  kind: CaseListKind;
  cases: CaseRecord[];
  /** Rows left out, by reason, for the report footnote ("3 Fälle wegen fehlender Daten nicht berücksichtigt"). */
  excluded: { missingDate: number; endBeforeStart: number; inFuture: number; duplicate: number; invalidDate: number };
  /** The columns read (indices into the sheet's matrix), for the column model. */
  columns: CaseListColumns;
  messages: Message[];
}

const HEADERS = {
  start: ["antragseingang", "eingang", "eingangsdatum", "antragsdatum", "zugang", "zugangsdatum", "eingegangen", "antrag am", "widerspruch eingang", "datum eingang", "datum antragseingang", "datum antrag", "eingang am"],
  end: ["bescheid", "bescheiddatum", "bescheid am", "erledigung", "erledigt am", "erledigungsdatum", "erstgespräch", "erstgespräch am", "datum erstgespräch", "abschluss", "entschieden am", "datum erledigung", "datum bescheid", "datum abschluss", "erledigt"],
  id: ["aktenzeichen", "fallnummer", "vorgangsnummer", "vorgang", "id", "bg nummer", "kundennummer", "lfd nr"],
  category: ["antragsart", "art", "kategorie", "typ", "team", "bereich"],
  u25: ["u25", "unter 25"],
  birthYear: ["geburtsjahr"],
  outcome: ["ergebnis", "ausgang", "entscheidung art", "erledigungsart"],
};

export interface CaseListColumns {
  row: number;
  start: number;
  end: number;
  id: number | null;
  category: number | null;
  u25: number | null;
  birthYear: number | null;
  outcome: number | null;
}

/** `today`: dates after it cannot be real and are reported. */
export function findCaseList(grid: SheetGrid, today: IsoDate): FoundCaseList | null {
  const columns = findHeader(grid);
  if (!columns) return null;
  const kind = kindOf(grid, columns);
  const found: FoundCaseList = { sheet: grid.name, kind, cases: [], excluded: { missingDate: 0, endBeforeStart: 0, inFuture: 0, duplicate: 0, invalidDate: 0 }, columns, messages: [] };
  const seen = new Set<string>();
  const warn = (r: number, c: number, text: string) => found.messages.push(message("warning", text, grid.name, grid.address(r, c)));

  for (let r = columns.row + 1; r < grid.rowCount; r++) {
    if (grid.rowIsBlank(r)) continue;
    // "Anzahl | | 53 | 48" under the cases counts them: its figures are no dates (53 would be 22.02.1900).
    if (isSummaryRow(grid, r)) continue;
    const start = parseCellDate(grid.value(r, columns.start));
    const end = parseCellDate(grid.value(r, columns.end));
    if (start.kind !== "date") {
      if (start.kind === "blank") found.excluded.missingDate++;
      else found.excluded.invalidDate++;
      warn(r, columns.start, start.kind === "blank" ? "Eingangsdatum fehlt; der Fall wird nicht berücksichtigt." : `„${start.text}“ ist kein Datum; der Fall wird nicht berücksichtigt.`);
      continue;
    }
    if (end.kind === "invalid") {
      found.excluded.invalidDate++;
      warn(r, columns.end, `„${end.text}“ ist kein Datum; der Fall wird nicht berücksichtigt.`);
      continue;
    }
    const endDate = end.kind === "date" ? end.date : null;
    if (endDate !== null && endDate < start.date) {
      found.excluded.endBeforeStart++;
      warn(r, columns.end, "Das Erledigungsdatum liegt vor dem Eingang; der Fall wird nicht berücksichtigt.");
      continue;
    }
    if (start.date > today || (endDate !== null && endDate > today)) {
      found.excluded.inFuture++;
      warn(r, start.date > today ? columns.start : columns.end, `Das Datum liegt in der Zukunft (nach dem ${germanDate(today)}); der Fall wird nicht berücksichtigt.`);
      continue;
    }
    if (columns.id !== null) {
      const id = String(grid.value(r, columns.id) ?? "").trim();
      if (id !== "" && seen.has(id)) {
        found.excluded.duplicate++;
        // The identifier itself is not repeated in the message: the cell address is enough to find it.
        warn(r, columns.id, "Dieser Fall steht doppelt in der Liste; die Wiederholung wird nicht berücksichtigt.");
        continue;
      }
      if (id !== "") seen.add(id);
    }
    const u25 = u25Of(grid, r, columns, start.date);
    const category = columns.category !== null ? grid.text(r, columns.category) || null : null;
    found.cases.push({
      start: start.date,
      end: endDate,
      // Erstberatung is reported separately for U25 and Ü25.
      category: category ?? (kind === "erstberatung" && u25 !== null ? (u25 ? "U25" : "Ü25") : null),
      u25,
      outcome: columns.outcome !== null ? outcomeOf(grid.text(r, columns.outcome)) : null,
    });
  }
  return found;
}

function isSummaryRow(grid: SheetGrid, r: number): boolean {
  for (let c = 0; c < grid.colCount; c++) {
    if (grid.isBlank(r, c)) continue;
    return typeof grid.value(r, c) === "string" && isSummaryRowLabel(grid.text(r, c).trim());
  }
  return false;
}

function findHeader(grid: SheetGrid): CaseListColumns | null {
  for (let r = 0; r < Math.min(grid.rowCount, 30); r++) {
    const col = (names: string[], except: number[] = []) => grid.headerColumn(r, names, except);
    const start = col(HEADERS.start);
    if (start === null) continue;
    const end = col(HEADERS.end, [start]);
    if (end === null) continue;
    return {
      row: r,
      start,
      end,
      id: col(HEADERS.id, [start, end]),
      category: col(HEADERS.category, [start, end]),
      u25: col(HEADERS.u25, [start, end]),
      birthYear: col(HEADERS.birthYear, [start, end]),
      outcome: col(HEADERS.outcome, [start, end]),
    };
  }
  return null;
}

function kindOf(grid: SheetGrid, columns: CaseListColumns): CaseListKind {
  const header = Array.from({ length: grid.colCount }, (_, c) => normalizeLabel(grid.value(columns.row, c))).join(" ");
  const name = normalizeLabel(grid.name);
  if (/widerspruch/.test(header) || /widerspruch/.test(name) || columns.outcome !== null) return "widersprueche";
  if (/erstgesprach|erstberatung/.test(header) || /erstberatung|neukunden/.test(name)) return "erstberatung";
  return "leistungsantraege";
}

function u25Of(grid: SheetGrid, r: number, columns: CaseListColumns, start: IsoDate): boolean | null {
  if (columns.u25 !== null) {
    const text = normalizeLabel(grid.value(r, columns.u25) ?? "") || String(grid.value(r, columns.u25) ?? "");
    if (/^(ja|j|x|1|true|wahr|u25)$/.test(text)) return true;
    if (/^(nein|n|0|false|falsch|u25 nein|ue25|u 25 nein)$/.test(text)) return false;
  }
  if (columns.birthYear !== null) {
    const year = Number(grid.value(r, columns.birthYear));
    // Age in the year of the Antrag; under 25 = U25 (SGB II Neukundenprozess).
    if (Number.isInteger(year) && year > 1900) return Number(start.slice(0, 4)) - year < 25;
  }
  return null;
}

function outcomeOf(text: string): CaseRecord["outcome"] {
  const t = normalizeLabel(text);
  if (t === "") return null;
  if (/teilweise/.test(t)) return "teilweise";
  if (/stattgegeben|abgeholfen|abhilfe/.test(t)) return "stattgegeben";
  if (/zurueckgewiesen|unbegruendet|unzulaessig/.test(t)) return "zurückgewiesen";
  return "sonstige";
}

function germanDate(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}
