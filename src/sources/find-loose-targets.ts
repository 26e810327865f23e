/**
 * Zielwerte written without a table header, as a Zielvereinbarung is often typed up:
 *
 *   K2 Integrationsquote: 24,5 %            | … | K2 Integrationsquote Männer: 25,1 %     (a sentence per cell)
 *   Integrationsquote (%)        | 24,5     | … | Bestand LZB (Personen) | 4.223            (label–value pairs)
 *                 | Integrationsquote | Integrationsquote Frauen | Bestand LZB                (indicators as columns,
 *   Zielwert 2024 | 24,5              | 23,0                     | 4.223                       a row of Zielwerte)
 *
 * Read only on a sheet that says it holds Zielwerte (its name or a title row names "Ziel"), so a label beside a
 * number elsewhere (a note, a Grunddaten row) is never taken for a target.
 */
import { formatPercent, parseCellNumber } from "../domain/cell-values";
import { type Message, message } from "../domain/messages";
import { yearsIn } from "../domain/month-labels";
import { ALL_INDICATORS, type IndicatorDefinition } from "../domain/indicators";
import { type FoundTarget, type FoundTargets, readTargetCell, unitFromText } from "./find-targets";
import { bestAliasMatch } from "./labels";
import { parseChangeVsPreviousYear } from "./relative-targets";
import type { SheetGrid } from "./sheet-grid";

const CANDIDATES = ALL_INDICATORS.map((d) => ({ item: d, aliases: [d.name, d.code, ...d.aliases] }));
/** Where a sheet says it holds Zielwerte, and how far its targets are looked for. */
const TITLE_ROWS = 10;
const SEARCH_ROWS = 200;
const TARGET_ROW_LABEL = /^(ziel|zielwert|zielwerte|soll|jahresziel|jahreszielwert)\b/i;

interface Found {
  targets: Map<string, FoundTarget>;
  units: Map<string, string>;
  messages: Message[];
}

export function findLooseTargets(grid: SheetGrid): FoundTargets | null {
  if (!saysTargets(grid)) return null;
  const found: Found = { targets: new Map(), units: new Map(), messages: [] };
  const rowYear = readTargetRows(grid, found);
  if (found.targets.size === 0) {
    for (let r = 0; r < Math.min(grid.rowCount, SEARCH_ROWS); r++) {
      for (let c = 0; c < grid.colCount; c++) if (!readSentence(grid, r, c, found)) readPair(grid, r, c, found);
    }
  }
  if (found.targets.size === 0) return null;
  const year = rowYear ?? yearsIn(grid.name)[0] ?? titleYear(grid);
  return { sheet: grid.name, year: year ?? null, targets: found.targets, locals: [], units: found.units, messages: found.messages };
}

function saysTargets(grid: SheetGrid): boolean {
  if (/ziel/i.test(grid.name)) return true;
  for (let r = 0; r < Math.min(grid.rowCount, TITLE_ROWS); r++) {
    for (let c = 0; c < grid.colCount; c++) if (/ziel/i.test(grid.text(r, c))) return true;
  }
  return false;
}

function titleYear(grid: SheetGrid): number | null {
  for (let r = 0; r < Math.min(grid.rowCount, TITLE_ROWS); r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const text = grid.text(r, c);
      if (/ziel/i.test(text) && yearsIn(text).length > 0) return yearsIn(text)[0];
    }
  }
  return null;
}

function add(grid: SheetGrid, found: Found, definition: IndicatorDefinition, target: Omit<FoundTarget, "code" | "sheet">, label: string, at: string): void {
  if (found.targets.has(definition.code)) {
    found.messages.push(message("warning", `„${label}“ steht doppelt; der Zielwert wird nicht verwendet (es gilt der erste).`, grid.name, at));
    return;
  }
  found.targets.set(definition.code, { code: definition.code, ...target, sheet: grid.name });
}

/**
 * A row headed "Zielwert 2024" (or "Ziel", "Soll") under a row naming indicators in its columns, a unit row between
 * them allowed: each indicator's Zielwert stands below its name. The year the row label names, if any.
 */
function readTargetRows(grid: SheetGrid, found: Found): number | null {
  for (let r = 1; r < Math.min(grid.rowCount, SEARCH_ROWS); r++) {
    const labelCol = firstTextColumn(grid, r);
    if (labelCol === null || !TARGET_ROW_LABEL.test(grid.text(r, labelCol))) continue;
    for (let header = r - 1; header >= Math.max(0, r - 3); header--) {
      const indicators = indicatorColumns(grid, header, labelCol);
      if (indicators.length === 0) continue;
      for (const { col, definition } of indicators) {
        const target = readTargetCell(grid, r, col, definition, found.messages);
        add(grid, found, definition, { ...target, cell: grid.address(r, col) }, grid.text(header, col), grid.address(r, col));
        for (let unitRow = header + 1; unitRow < r; unitRow++) if (unitFromText(grid.text(unitRow, col))) found.units.set(definition.code, grid.text(unitRow, col));
      }
      return yearsIn(grid.text(r, labelCol))[0] ?? null;
    }
  }
  return null;
}

function firstTextColumn(grid: SheetGrid, r: number): number | null {
  for (let c = 0; c < grid.colCount; c++) if (grid.text(r, c) !== "") return c;
  return null;
}

/** The columns right of `after` whose header names an indicator the catalogue knows. */
function indicatorColumns(grid: SheetGrid, r: number, after: number): Array<{ col: number; definition: IndicatorDefinition }> {
  const columns: Array<{ col: number; definition: IndicatorDefinition }> = [];
  for (let c = after + 1; c < grid.colCount; c++) {
    const definition = bestAliasMatch(grid.text(r, c), CANDIDATES);
    if (definition && !columns.some((x) => x.definition.code === definition.code)) columns.push({ col: c, definition });
  }
  return columns;
}

/**
 * "K2 Integrationsquote: 24,5 %", "Bestand LZB: 4.223 Personen", "Integrationsquote: +2,0 % ggü. Vorjahr": the
 * indicator before the colon, the Zielwert and its unit after it. Text there that is no Zielwert ("Beobachtung (kein
 * Zielwert)") leaves a Monitoring-Kennzahl without one, and any other indicator with a warning at the cell.
 */
function readSentence(grid: SheetGrid, r: number, c: number, found: Found): boolean {
  const sentence = /^(.{2,80}?):\s*(.+)$/.exec(grid.text(r, c));
  const definition = sentence ? bestAliasMatch(sentence[1], CANDIDATES) : null;
  if (!sentence || !definition) return false;
  const at = grid.address(r, c);
  const valueText = sentence[2].trim();
  const change = parseChangeVsPreviousYear(valueText);
  if (change !== null) {
    found.messages.push(message("info", `„${valueText}“ ist eine Veränderung gegenüber dem Vorjahr: der Zielwert für „${definition.name}“ wird aus dem Vorjahresergebnis (Dezember des Vorjahres) abgeleitet; fehlt es, bleibt er leer.`, grid.name, at));
    add(grid, found, definition, { annualTarget: null, changeVsPreviousYear: change, cell: at }, sentence[1], at);
    return true;
  }
  const amount = /^([+\-−]?\d[\d.,]*)\s*(%|\p{L}[\p{L}. ]*)?$/u.exec(valueText);
  const parsed = amount ? parseCellNumber(amount[1]) : null;
  if (!amount || parsed?.kind !== "number") {
    if (!definition.monitoringOnly) found.messages.push(message("warning", `„${valueText}“ ist kein Zielwert für „${definition.name}“; es gilt keiner.`, grid.name, at));
    add(grid, found, definition, { annualTarget: null, cell: at }, sentence[1], at);
    return true;
  }
  const unit = amount[2]?.trim() ?? "";
  if (unit !== "" && unitFromText(unit)) found.units.set(definition.code, unit);
  if (definition.unit === "percent" && parsed.value > 100) {
    found.messages.push(message("warning", `${formatPercent(parsed.value)} ist als Quote nicht möglich; für „${definition.name}“ gilt kein Zielwert.`, grid.name, at));
    add(grid, found, definition, { annualTarget: null, cell: at }, sentence[1], at);
    return true;
  }
  add(grid, found, definition, { annualTarget: parsed.value, cell: at }, sentence[1], at);
  return true;
}

/**
 * "Integrationsquote (%) | 24,5": a label naming an indicator with one number right beside it (a blank cell between
 * allowed) and no second number after it — a row of monthly values is no Zielwert. The unit from the label's brackets.
 */
function readPair(grid: SheetGrid, r: number, c: number, found: Found): boolean {
  const label = grid.text(r, c);
  if (label === "" || label.includes(":")) return false;
  const blank = (cc: number) => cc >= grid.colCount || grid.value(r, cc) === null || (typeof grid.value(r, cc) === "string" && grid.text(r, cc) === "");
  const value = blank(c + 1) ? c + 2 : c + 1;
  if (value >= grid.colCount || grid.number(r, value).kind !== "number") return false;
  if (value + 1 < grid.colCount && grid.number(r, value + 1).kind === "number") return false;
  const definition = bestAliasMatch(label, CANDIDATES);
  if (!definition) return false;
  const target = readTargetCell(grid, r, value, definition, found.messages);
  const bracketed = /\(([^()]+)\)\s*$/.exec(label)?.[1];
  const unit = bracketed?.split(",").map((part) => part.trim()).find((part) => unitFromText(part));
  if (unit) found.units.set(definition.code, unit);
  add(grid, found, definition, { ...target, cell: grid.address(r, value) }, label, grid.address(r, value));
  return true;
}
