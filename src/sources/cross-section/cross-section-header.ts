/**
 * The header of a published all-Jobcenter table: Kennzahl columns by code ("K2", "K3E1_F", "Integrationsquote (K2)")
 * or by the catalogue's name ("Integrationsquote"), with the _F/_M variant from the code or from a second header row
 * ("K2" over "insgesamt | Frauen | Männer", the upper cell merged); beside them the Jobcenter's key, name,
 * Vergleichstyp, Land and, in a long table, the month.
 */
import { KENNZAHLEN, kennzahlFor } from "../../domain/kennzahlen-catalogue";
import { normalizeLabel } from "../labels";
import { COMPARISON_TYPE_HEADERS } from "../lexicon/regions";
import type { SheetGrid } from "../sheet-grid";

export interface CrossSectionHeader {
  /** First and last header row (equal for a one-row header). */
  firstRow: number;
  row: number;
  kennzahlen: Array<{ code: string; col: number }>;
  key: number | null;
  /** A Regionalschlüssel/Kreisschlüssel (its first digits name the Land), not a BA Jobcenter number. */
  keyIsRegional: boolean;
  name: number | null;
  type: number | null;
  land: number | null;
  month: number | null;
}

/** Header rows are looked for in the title block's reach: published tables have at most a dozen title lines. */
const HEADER_SEARCH_ROWS = 40;
const MIN_KENNZAHL_COLUMNS = 2;

const REGIONAL_KEY_HEADERS = ["regionalschlüssel", "kreisschlüssel", "ags", "ars", "schlüssel", "kreis nr", "kreiskennziffer", "kreis", "regional schlüssel", "regional schluessel"];
const JOBCENTER_KEY_HEADERS = ["jc nr", "jc nummer", "jobcenter nr", "jobcenter nummer", "träger nr", "dienststellennummer", "kennziffer"];
const NAME_HEADERS = ["jobcenter", "name", "region", "regionsname", "bezeichnung", "träger", "kreisfreie stadt landkreis", "gebiet", "kreis"];
// Printed tables hyphenate long headers over two lines ("Regional-schlüssel", "Vergleichs-typ"): both spellings count.
const TYPE_HEADERS = [...COMPARISON_TYPE_HEADERS];
const LAND_HEADERS = ["bundesland", "land"];
const MONTH_HEADERS = ["berichtsmonat", "monat", "zeitraum", "stand"];

const NAME_TO_CODE = new Map(KENNZAHLEN.map((k) => [normalizeLabel(k.name), k.code]));
const CODE_IN_TEXT = /(?:^|[^a-z0-9])(k[123](?:e[1-4])?)(?:_([mf]))?(?=$|[^a-z0-9])/i;

export function findCrossSectionHeader(grid: SheetGrid): CrossSectionHeader | null {
  let best: { row: number; codes: Array<{ code: string; col: number }> } | null = null;
  for (let r = 0; r < Math.min(grid.rowCount, HEADER_SEARCH_ROWS); r++) {
    const codes = kennzahlColumns(grid, r);
    if (codes.length >= MIN_KENNZAHL_COLUMNS && (best === null || codes.length > best.codes.length)) best = { row: r, codes };
  }
  if (best === null) return null;
  const header = withIdentity(grid, best.row, best.codes);
  return header.key === null && header.name === null ? null : header;
}

/** Kennzahl columns of row r; with a row of "insgesamt | Frauen | Männer" below, that row gives the variants. */
function kennzahlColumns(grid: SheetGrid, r: number): Array<{ code: string; col: number }> {
  const found: Array<{ code: string; col: number }> = [];
  const sexRow = r + 1 < grid.rowCount && Array.from({ length: grid.colCount }, (_, c) => sexOf(grid.text(r + 1, c))).filter((s) => s !== null).length >= 2 ? r + 1 : null;
  let current: string | null = null;
  for (let c = 0; c < grid.colCount; c++) {
    const text = grid.text(r, c);
    if (text !== "") current = kennzahlCode(text);
    if (current === null) continue;
    const sex = sexRow !== null ? sexOf(grid.text(sexRow, c)) : null;
    if (text === "" && (sex === null || sex === "")) continue; // a blank beside a code is only its variant under a merged cell
    const code = sex ? `${baseCode(current)}_${sex}` : current;
    if (kennzahlFor(code) && !found.some((f) => f.code === code)) found.push({ code, col: c });
  }
  return found;
}

/** "K2", "K3E1_F", "Integrationsquote (K2)", "Integrationsquote Frauen" → the code; null for anything else. */
export function kennzahlCode(text: string): string | null {
  const match = CODE_IN_TEXT.exec(text);
  const sexWord = sexOf(lastWords(text));
  if (match) {
    const base = match[1].toUpperCase();
    const sex = match[2]?.toUpperCase() ?? (sexWord || null);
    return kennzahlFor(sex ? `${base}_${sex}` : base) ? (sex ? `${base}_${sex}` : base) : null;
  }
  const label = normalizeLabel(text).replace(/ (insgesamt|frauen|maenner|manner|weiblich|maennlich|mannlich|f|m)$/, "");
  const code = NAME_TO_CODE.get(label);
  if (!code) return null;
  return sexWord ? (kennzahlFor(`${code}_${sexWord}`) ? `${code}_${sexWord}` : null) : code;
}

/** "Frauen" → F, "Männer" → M, "insgesamt" → "" (the total), anything else null. */
function sexOf(text: string): "F" | "M" | "" | null {
  const label = normalizeLabel(text);
  if (/^(frauen|weiblich|f)$/.test(label)) return "F";
  if (/^(maenner|manner|maennlich|mannlich|m)$/.test(label)) return "M";
  if (/^(insgesamt|gesamt|zusammen)$/.test(label)) return "";
  return null;
}

function lastWords(text: string): string {
  const words = normalizeLabel(text).split(" ");
  return words[words.length - 1] ?? "";
}

function baseCode(code: string): string {
  return code.replace(/_[MF]$/, "");
}

/** Key, name, type, Land and month columns: in the Kennzahl row or in the "insgesamt | Frauen | Männer" row below. */
function withIdentity(grid: SheetGrid, row: number, kennzahlen: Array<{ code: string; col: number }>): CrossSectionHeader {
  const lastRow = row + 1 < grid.rowCount && isSecondHeaderRow(grid, row + 1, kennzahlen) ? row + 1 : row;
  const taken = kennzahlen.map((k) => k.col);
  // The identity columns may be headed once above a taller Kennzahl header, merged down (their cells in the code
  // row read blank): rows above the code row count for columns that are blank in it.
  const find = (names: readonly string[]): number | null => {
    for (let r = Math.max(0, row - 3); r <= lastRow; r++) {
      const c = grid.headerColumns(r, names, taken).find((col) => r >= row || grid.text(row, col) === "");
      if (c !== undefined) {
        taken.push(c);
        return c;
      }
    }
    return null;
  };
  const type = find(TYPE_HEADERS);
  const land = find(LAND_HEADERS);
  const month = find(MONTH_HEADERS);
  const jobcenterKey = find(JOBCENTER_KEY_HEADERS);
  const regionalKey = jobcenterKey === null ? findKeyColumn(grid, row, lastRow, taken) : null;
  if (regionalKey !== null) taken.push(regionalKey);
  const name = find(NAME_HEADERS);
  return { firstRow: row, row: lastRow, kennzahlen, key: jobcenterKey ?? regionalKey, keyIsRegional: regionalKey !== null, name, type, land, month };
}

/** A "Kreis" column may hold the key (03353) or the name (Landkreis Harburg): its first values decide. */
function findKeyColumn(grid: SheetGrid, row: number, lastRow: number, taken: number[]): number | null {
  const above = Array.from({ length: Math.min(3, row) }, (_, i) => row - 1 - i);
  const columns = [row, lastRow, ...above].flatMap((r) => grid.headerColumns(r, REGIONAL_KEY_HEADERS, taken).filter((c) => r >= row || grid.text(row, c) === ""));
  for (const c of columns) {
    const samples = Array.from({ length: 5 }, (_, i) => grid.value(lastRow + 1 + i, c)).filter((v) => v !== null);
    if (samples.length === 0 || samples.some((v) => typeof v === "number" || /^\s*\d+\s*$/.test(String(v)))) return c;
  }
  return null;
}

/** The row under the Kennzahl codes says "insgesamt | Frauen | Männer": it is header, not the first Jobcenter. */
function isSecondHeaderRow(grid: SheetGrid, r: number, kennzahlen: Array<{ code: string; col: number }>): boolean {
  return kennzahlen.filter((k) => sexOf(grid.text(r, k.col)) !== null).length >= 2;
}
