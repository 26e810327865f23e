/**
 * One sheet read through the table model: every table on it (side by side or one under another) gets its layout, the
 * same extractor reads each, and the queries say what the figures are. The result carries its score — how many of the
 * sheet's figures it placed — so detection can weigh it against other readings and say why it won.
 */
import { type MonthKey, monthSpanText } from "../../domain/months";
import { unreportedTails, unreportedText } from "../unreported-months";
import { type Message, message } from "../../domain/messages";
import { SheetGrid, type SheetRead } from "../sheet-grid";
import { sheetBlocks } from "../sheet-blocks";
import { grunddatumShortName } from "../../domain/grunddaten";
import { blockLayout, type BlockLayout, EXCLUSION_NAMES } from "./block-layout";
import { extract, type Observation } from "./extract";
import { answer, type Answers, type MonthlyFigure } from "./queries";
import { splitByRegion } from "./regional";
import { regionIdentity } from "../lexicon/regions";
import type { CrossSectionTable } from "../cross-section/cross-section-table";

export interface LayoutReading {
  sheet: string;
  answers: Answers;
  /** Several Jobcenter on the sheet: their Kennzahlen as an all-Jobcenter table (the own one is chosen later). */
  crossSection: CrossSectionTable | null;
  /** Monthly figures (of a Grunddatum) the reading found no month for. */
  unplaced: number;
  /** Figures the reading took into an answer: its score. */
  used: number;
  /** Figures on the sheet (numbers in the data rows of its tables). */
  figures: number;
  /**
   * Cells (A1) the tables themselves mark as no data — a forecast, a difference, a sum, a unit that is not the
   * measure's, one of two figures for the same thing: another reading that takes them is wrong there.
   */
  refused: Set<string>;
  layouts: Array<{ grid: SheetGrid; layout: BlockLayout }>;
  reasons: string[];
  messages: Message[];
}

export function readLayout(sheet: SheetRead): LayoutReading | null {
  const blocks = sheetBlocks(sheet);
  const whole = readTables(sheet, [new SheetGrid(sheet)]);
  if (blocks.length === 0) return whole;
  // Tables side by side or one under another, each read on its own — unless the sheet read whole places more: a blank
  // column between two years of one table cuts it into blocks of which only the first has the row labels.
  const split = readTables(sheet, blocks.map((b) => new SheetGrid(b)));
  if (!whole || !split) return whole ?? split;
  // A table cut off its header by a blank row ("nachrichtlich: ELB …" under the months) leaves monthly figures
  // without a month: read whole, where they meet the header and any other figure for the same month.
  if (split.unplaced > whole.unplaced && whole.used + whole.refused.size >= split.used) return whole;
  return whole.used > split.used ? whole : split;
}

function readTables(sheet: SheetRead, grids: SheetGrid[]): LayoutReading | null {
  const layouts = grids.flatMap((grid) => {
    const layout = blockLayout(grid);
    return layout ? [{ grid, layout }] : [];
  });
  return readLayouts(sheet, layouts);
}

/** The figures of layouts given (detected, or detected and corrected by the user: patch-layout.ts), by the one extractor. */
export function readLayouts(sheet: SheetRead, layouts: LayoutReading["layouts"]): LayoutReading | null {
  if (layouts.length === 0) return null;
  const observations: Observation[] = [];
  const messages: Message[] = [];
  const refused = new Set<string>();
  let figures = 0;
  let unplaced = 0;
  for (const { grid, layout } of layouts) {
    const { observations: found, skips } = extract(grid, layout);
    figures += found.length + skips.length;
    unplaced += found.filter((o) => o.measure.grunddatum && o.period === null && (o.scenario === null || o.scenario === "actual")).length;
    for (const skip of skips) if (skip.derived) refused.add(skip.cell);
    const { kept, doubtful } = unambiguous(found, sheet.name, messages);
    for (const o of doubtful) refused.add(o.cell);
    for (const skip of skips) if (skip.notice) messages.push(message(skip.notice, `${skip.reason}.`, sheet.name, skip.cell));
    messages.push(...layout.messages);
    observations.push(...kept);
  }
  // Tables one under another may repeat a figure ("nachrichtlich: ELB …"): two different values are no answer either.
  const across = layouts.length > 1 ? unambiguous(observations, sheet.name, messages) : { kept: observations, doubtful: [] };
  for (const o of across.doubtful) refused.add(o.cell);
  const { own, comparisons, crossSection } = splitByRegion(across.kept, sheet.name);
  for (const o of comparisons) refused.add(o.cell);
  if (comparisons.length > 0) messages.push(message("info", `Die Werte für ${[...new Set(comparisons.map((o) => WHOSE[o.region?.kind ?? "bund"]))].join(" und ")} sind keine Werte des ganzen Jobcenters und werden nicht als solche gelesen.`, sheet.name, comparisons[0].cell));
  if (crossSection) {
    messages.push(...crossSection.messages);
    // The table's title block and its source lines go with it onto the comparison sheet, as the sheet states them.
    crossSection.title = layouts.flatMap(({ grid, layout }) => layout.titleRows.map((r) => rowText(grid, r)));
    crossSection.footnotes = layouts.flatMap(({ grid, layout }) => layout.excludedRows.filter((e) => e.reason === "note").map((e) => rowText(grid, e.row)));
  }
  const answers = answer(own);
  withoutUnreportedTail(answers.grunddaten, sheet.name, messages);
  withoutUnreportedTail(answers.reported, sheet.name, messages);
  // One message per reason, at its first cell: a refused column is one finding, not twenty.
  const byReason = new Map<string, string[]>();
  for (const no of answers.refused) {
    refused.add(no.cell);
    byReason.set(no.reason, [...(byReason.get(no.reason) ?? []), no.cell]);
  }
  for (const [reason, cells] of byReason) messages.push(message("warning", `${reason}${cells.length > 1 ? ` (${cells.length} Zellen ab ${cells[0]})` : ""}.`, sheet.name, cells[0]));
  const used = placedCells(answers).size + crossSectionCells(crossSection);
  return { sheet: sheet.name, answers, crossSection, unplaced, used, figures, refused, layouts, reasons: reasonsOf(answers, layouts), messages };
}

/** Every cell an answer took a figure from (a Zielwert's Toleranz too): the reading's score. */
export function placedCells(answers: Answers): Set<string> {
  return new Set([
    ...[answers.plans, answers.grunddaten, answers.published, answers.reported, answers.monthlyTargets].flatMap((list) => list.map((f) => f.cell)),
    ...answers.targets.flatMap((t) => [t.cell, ...(t.tolerance ? [t.tolerance.cell] : [])]),
  ]);
}

const WHOSE: Record<string, string> = { land: "das Land", bund: "den Bund", unit: "Geschäftsstellen oder Teams", jobcenter: "andere Jobcenter" };

function rowText(grid: SheetGrid, r: number): string {
  return Array.from({ length: grid.colCount }, (_, c) => grid.text(r, c)).filter((t) => t !== "").join(" ");
}

function crossSectionCells(table: CrossSectionTable | null): number {
  return table ? [...table.rows, ...table.landRows, ...table.bundRows].reduce((n, r) => n + r.cells.size, 0) : 0;
}

/**
 * The same measure, period and scenario twice in one table with different figures (one row per Jobcenter, two
 * regions) cannot be told apart by the table: neither is taken.
 */
function unambiguous(observations: Observation[], sheet: string, messages: Message[]): { kept: Observation[]; doubtful: Observation[] } {
  const keyOf = (o: Observation) => JSON.stringify([o.measure.grunddatum, o.measure.indicator, o.measure.kennzahl, o.period, o.scenario, o.unit, o.region ? regionIdentity(o.region) : null]);
  const byKey = new Map<string, Observation[]>();
  for (const o of observations) byKey.set(keyOf(o), [...(byKey.get(keyOf(o)) ?? []), o]);
  const doubtful = new Set<string>();
  for (const [key, list] of byKey) if (list.length > 1 && list.some((o) => Math.abs(o.value - list[0].value) > 1e-9)) doubtful.add(key);
  // Said once per row that repeats another (a Grunddatum twice), at its name, with the first cells that differ.
  const said = new Set<string>();
  for (const key of doubtful) {
    const [first, second] = byKey.get(key) as Observation[];
    const pair = `${first.measure.label}|${first.rowLabelCell}|${second.rowLabelCell}`;
    if (said.has(pair)) continue;
    said.add(pair);
    const where = first.rowLabelCell === second.rowLabelCell ? `${first.cell} und ${second.cell}` : `Zeilen ${first.rowLabelCell.replace(/^[A-Z]+/, "")} und ${second.rowLabelCell.replace(/^[A-Z]+/, "")}, z. B. ${first.cell} und ${second.cell}`;
    messages.push(message("warning", `„${first.measure.label}“ steht doppelt mit verschiedenen Werten (${where}); keiner der Werte wird verwendet.`, sheet, first.rowLabelCell === second.rowLabelCell ? second.cell : second.rowLabelCell));
  }
  const seen = new Set<string>();
  const kept = observations.filter((o) => {
    const key = keyOf(o);
    if (doubtful.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { kept, doubtful: observations.filter((o) => doubtful.has(keyOf(o))) };
}

/** Zeros after the last reported month are no figures (unreported-months.ts); said once per series. */
function withoutUnreportedTail(figures: MonthlyFigure[], sheet: string, messages: Message[]): void {
  const series = new Map<string, Map<MonthKey, number>>();
  for (const f of figures) series.set(f.key, (series.get(f.key) ?? new Map()).set(f.month, f.value));
  const drop = new Set<string>();
  for (const tail of unreportedTails(series)) {
    for (const month of tail.months) drop.add(`${tail.key}|${month}`);
    const first = figures.find((f) => f.key === tail.key && f.month === tail.months[0]);
    messages.push(message("info", unreportedText(nameOf(tail.key), tail), sheet, first?.cell));
  }
  const kept = figures.filter((f) => !drop.has(`${f.key}|${f.month}`));
  figures.splice(0, figures.length, ...kept);
}

function nameOf(key: string): string {
  return /^[a-z]/.test(key) ? grunddatumShortName(key) : key;
}

function reasonsOf(answers: Answers, layouts: LayoutReading["layouts"]): string[] {
  const keys = (list: Array<{ key: string }>) => [...new Set(list.map((f) => f.key))];
  const series = (list: Array<{ month: MonthKey; value: number }>) => monthSpanText([new Map(list.map((f) => [f.month, f.value]))]);
  const targets = [...new Set([...answers.targets.map((t) => t.code), ...answers.plans.map((p) => p.key)])];
  const excluded = layouts.flatMap(({ grid, layout }) => layout.excludedRows.filter((e) => e.reason !== "blank").map((e) => `${grid.address(e.row, 0).replace(/^[A-Z]+/, "")} ${EXCLUSION_NAMES[e.reason]}`));
  return [
    ...(answers.grunddaten.length > 0 ? [`${keys(answers.grunddaten).length} Zeilen mit Monatswerten (${keys(answers.grunddaten).map(grunddatumShortName).join(", ")})${series(answers.grunddaten)}`] : []),
    ...(answers.published.length > 0 ? [`${keys(answers.published).length} veröffentlichte Kennzahlen (${keys(answers.published).join(", ")})${series(answers.published)}`] : []),
    ...(answers.reported.length > 0 ? [`${keys(answers.reported).length} Kennzahlen mit Ist-Werten (${keys(answers.reported).join(", ")})${series(answers.reported)}`] : []),
    ...(targets.length > 0 ? [`${targets.length} Zielwerte (${targets.join(", ")})`] : []),
    ...(answers.monthlyTargets.length > 0 ? [`Zielwerte je Zeitraum (${keys(answers.monthlyTargets).join(", ")})`] : []),
    `Tabellenmodell: ${layouts.length === 1 ? "eine Tabelle" : `${layouts.length} Tabellen`}`,
    ...(excluded.length > 0 ? [`ausgelassen: Zeile ${excluded.slice(0, 8).join(", ")}${excluded.length > 8 ? " …" : ""}`] : []),
  ];
}
