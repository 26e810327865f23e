/**
 * One sheet read through the table model: every table on it (side by side or one under another) gets its layout, the
 * same extractor reads each, and the queries say what the figures are. The result carries its score — how many of the
 * sheet's figures it placed — so detection can weigh it against other readings and say why it won.
 */
import type { MonthKey } from "../../domain/months";
import { unreportedTails, unreportedText } from "../unreported-months";
import { type Message, message } from "../../domain/messages";
import { SheetGrid } from "../sheet-grid";
import { sheetBlocks } from "../sheet-blocks";
import type { SheetRead } from "../workbook-read";
import { grunddatumShortName } from "../../domain/grunddaten";
import { blockLayout, type BlockLayout, EXCLUSION_NAMES } from "./block-layout";
import { extract, type Observation } from "./extract";
import { answer, type Answers, type MonthlyFigure } from "./queries";

export interface LayoutReading {
  sheet: string;
  answers: Answers;
  /** Figures the reading took into an answer: its score. */
  used: number;
  /** Figures on the sheet (numbers in the data rows of its tables). */
  figures: number;
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
  return (whole?.used ?? 0) > (split?.used ?? 0) ? whole : split;
}

function readTables(sheet: SheetRead, grids: SheetGrid[]): LayoutReading | null {
  const layouts = grids.flatMap((grid) => {
    const layout = blockLayout(grid);
    return layout ? [{ grid, layout }] : [];
  });
  if (layouts.length === 0) return null;
  const observations: Observation[] = [];
  const messages: Message[] = [];
  let figures = 0;
  for (const { grid, layout } of layouts) {
    const { observations: found, skips } = extract(grid, layout);
    figures += found.length + skips.length;
    for (const skip of skips) if (skip.notice) messages.push(message(skip.notice, `${skip.reason}; die Zelle bleibt ohne Wert.`, sheet.name, skip.cell));
    observations.push(...unambiguous(found, sheet.name, messages));
  }
  const answers = answer(observations);
  withoutUnreportedTail(answers.grunddaten, sheet.name, messages);
  withoutUnreportedTail(answers.reported, sheet.name, messages);
  for (const refused of answers.refused) messages.push(message("warning", `${refused.reason}.`, sheet.name, refused.cell));
  const used = answers.plans.length + answers.grunddaten.length + answers.published.length + answers.reported.length + answers.monthlyTargets.length + answers.targets.length;
  return { sheet: sheet.name, answers, used, figures, layouts, reasons: reasonsOf(answers, layouts), messages };
}

/**
 * The same measure, period and scenario twice in one table with different figures (one row per Jobcenter, two
 * regions) cannot be told apart by the table: neither is taken.
 */
function unambiguous(observations: Observation[], sheet: string, messages: Message[]): Observation[] {
  const keyOf = (o: Observation) => JSON.stringify([o.measure.grunddatum, o.measure.indicator, o.measure.kennzahl, o.period, o.scenario, o.unit]);
  const byKey = new Map<string, Observation[]>();
  for (const o of observations) byKey.set(keyOf(o), [...(byKey.get(keyOf(o)) ?? []), o]);
  const doubtful = new Set<string>();
  for (const [key, list] of byKey) {
    if (list.length > 1 && list.some((o) => Math.abs(o.value - list[0].value) > 1e-9)) {
      doubtful.add(key);
      if (list.length === 2) messages.push(message("warning", `„${list[0].measure.label}“ steht zweimal mit verschiedenen Werten (${list[0].cell}, ${list[1].cell}); keiner wird verwendet.`, sheet, list[1].cell));
    }
  }
  const seen = new Set<string>();
  return observations.filter((o) => {
    const key = keyOf(o);
    if (doubtful.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
  const parts = [
    answers.grunddaten.length > 0 ? `Grunddaten (${keys(answers.grunddaten).map(grunddatumShortName).join(", ")})` : null,
    answers.published.length > 0 ? `veröffentlichte Kennzahlen (${keys(answers.published).join(", ")})` : null,
    answers.reported.length > 0 ? `Ist-Werte (${keys(answers.reported).join(", ")})` : null,
    answers.targets.length > 0 ? `Zielwerte (${[...new Set(answers.targets.map((t) => t.code))].join(", ")})` : null,
    answers.monthlyTargets.length > 0 ? `Zielwerte je Zeitraum (${keys(answers.monthlyTargets).join(", ")})` : null,
  ].filter((p): p is string => p !== null);
  const excluded = layouts.flatMap(({ grid, layout }) => layout.excludedRows.filter((e) => e.reason !== "blank").map((e) => `${grid.address(e.row, 0).replace(/^[A-Z]+/, "")} ${EXCLUSION_NAMES[e.reason]}`));
  return [`Tabellenmodell: ${layouts.length === 1 ? "eine Tabelle" : `${layouts.length} Tabellen`}; ${parts.join("; ")}`, ...(excluded.length > 0 ? [`ausgelassen: Zeile ${excluded.slice(0, 8).join(", ")}`] : [])];
}
