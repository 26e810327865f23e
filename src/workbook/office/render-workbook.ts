/**
 * render(plan) under Office.js: one round trip to learn what is there (sheet names and positions, the add-in state),
 * then everything is queued and sent in one more. A plan whose values exceed the ~5 MB request limit of Excel on the
 * web is split into row blocks, one request each — the only case with more than two syncs.
 */
import type { CellRange, ChartPlan, ConditionalFormatPlan, ReportPlan, SheetPlan, StyleRun } from "../../report/plan";
import { columnName } from "../../sources/a1";
import { assertFiniteCells, type ResolvedSheet, resolveRender } from "../output-safety";
import type { RenderResult } from "../port";
import { mergeStates, parseState, SETTINGS_KEY, STATE_SHEET_PREFIX, stateFromSheetValues } from "./addin-state";
import { capabilities, type SupportCheck } from "./capabilities";

/** Keep each request below Excel on the web's 5 MB payload limit, with room for formats. */
export const MAX_VALUES_PAYLOAD = 4_000_000;
/** Excel column width in points per character of the plan (Calibri 11: ~7 px per character at 96 dpi). */
const POINTS_PER_CHARACTER = 5.6;

export async function renderWorkbook(context: Excel.RequestContext, plan: ReportPlan, supports: SupportCheck): Promise<RenderResult> {
  const can = capabilities(supports);
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/position");
  const setting = workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  // Methods on a null object return null objects, so this costs nothing when the CLI never touched the workbook.
  const stateRange = sheets.getItemOrNullObject(STATE_SHEET_PREFIX).getUsedRangeOrNullObject(true);
  stateRange.load("values");
  await context.sync();

  const sheetState = stateRange.isNullObject ? null : stateFromSheetValues(stateRange.values);
  const state = mergeStates(setting.isNullObject ? null : parseState(setting.value), sheetState);
  const names = sheets.items.filter((s) => !s.name.startsWith(STATE_SHEET_PREFIX)).map((s) => s.name);
  // The plan's settings (Berichtsmonat, Zielpfad, source mapping) are kept with the sheet ownership.
  const resolved = resolveRender(plan, names, state);
  const positions = new Map(sheets.items.map((s) => [s.name, s.position]));

  if (can.has("suspendCalculation")) workbook.application.suspendApiCalculationUntilNextSync();
  if (can.has("suspendScreenUpdating")) workbook.application.suspendScreenUpdatingUntilNextSync();
  if (can.has("eventsOff")) context.runtime.enableEvents = false;

  const pendingBlocks: Array<() => void> = [];
  for (const sheet of resolved.sheets) {
    assertFiniteCells(sheet.plan);
    const position = sheet.replaces ? positions.get(sheet.replaces) : undefined;
    if (sheet.replaces) sheets.getItem(sheet.replaces).delete();
    const worksheet = sheets.add(sheet.name);
    if (position !== undefined) worksheet.position = position;
    pendingBlocks.push(...writeValues(worksheet, sheet));
    writeLayout(worksheet, sheet.plan, can.has("indent"));
    if (can.has("conditionalFormats")) for (const rule of sheet.plan.conditionalFormats) addConditionalFormat(worksheet, rule);
    for (const chart of sheet.plan.charts) addChart(worksheet, chart, can.has("axisNumberFormat"));
  }
  workbook.settings.add(SETTINGS_KEY, JSON.stringify(resolved.state));
  if (can.has("eventsOff")) context.runtime.enableEvents = true;

  // Values beyond the first block go in their own requests: Excel on the web rejects a request above 5 MB.
  await context.sync();
  for (const block of pendingBlocks) {
    block();
    // Deliberate: each block must be its own request to stay under the payload limit (only for >4 MB of values).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return {
    sheets: resolved.sheets.map((s) => ({ key: s.plan.key, name: s.name, ...(s.preferredName ? { preferredName: s.preferredName } : {}) })),
    notices: [...resolved.notices, ...can.missing.filter((m) => m.includes("Ampel") || m.includes("Einrückung"))],
  };
}

/** Queues the first block of values now and returns the later blocks (only for very large sheets). */
function writeValues(worksheet: Excel.Worksheet, sheet: ResolvedSheet): Array<() => void> {
  const width = Math.max(1, ...sheet.plan.cells.map((r) => r.length));
  const forced = new Set(sheet.forcedText.map(([r, c]) => `${r}:${c}`));
  // Text that Excel would read as a formula: Text format first, and Excel's quote prefix.
  for (const [r, c] of sheet.forcedText) worksheet.getRangeByIndexes(r, c, 1, 1).numberFormat = [["@"]];
  const matrix = sheet.plan.cells.map((row, r) =>
    Array.from({ length: width }, (_, c) => {
      const value = row[c];
      if (value === null || value === undefined) return "";
      return typeof value === "string" && forced.has(`${r}:${c}`) ? `'${value}` : value;
    }),
  );
  if (matrix.length === 0) return [];
  const blocks = rowBlocks(matrix);
  const write = (block: { start: number; rows: (string | number)[][] }) => () => {
    worksheet.getRangeByIndexes(block.start, 0, block.rows.length, width).values = block.rows;
  };
  write(blocks[0])();
  return blocks.slice(1).map(write);
}

export function rowBlocks<T>(matrix: T[][]): Array<{ start: number; rows: T[][] }> {
  const size = JSON.stringify(matrix).length;
  if (size <= MAX_VALUES_PAYLOAD) return [{ start: 0, rows: matrix }];
  const perBlock = Math.max(1, Math.floor((matrix.length * MAX_VALUES_PAYLOAD) / size));
  const blocks = [];
  for (let start = 0; start < matrix.length; start += perBlock) blocks.push({ start, rows: matrix.slice(start, start + perBlock) });
  return blocks;
}

function range(worksheet: Excel.Worksheet, r: CellRange): Excel.Range {
  return worksheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

function writeLayout(worksheet: Excel.Worksheet, plan: SheetPlan, canIndent: boolean): void {
  for (const run of plan.styles) applyStyle(range(worksheet, run.range), run, canIndent);
  plan.columnWidths.forEach((width, c) => {
    worksheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(width * POINTS_PER_CHARACTER);
  });
  for (const merge of plan.merges ?? []) range(worksheet, merge).merge(false);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    if (plan.freeze.cols > 0) worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, Math.max(1, plan.freeze.rows), plan.freeze.cols));
    else worksheet.freezePanes.freezeRows(plan.freeze.rows);
  }
  if (plan.tabColor) worksheet.tabColor = `#${plan.tabColor}`;
}

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;

function applyStyle(target: Excel.Range, run: StyleRun, canIndent: boolean): void {
  const { style, range: r } = run;
  const format = target.format;
  if (style.numberFormat) target.numberFormat = Array.from({ length: r.rows }, () => Array(r.cols).fill(style.numberFormat));
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = `#${style.fontColor}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.horizontalAlignment) format.horizontalAlignment = ALIGN[style.horizontalAlignment];
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  if (style.indent !== undefined && canIndent) format.indentLevel = style.indent;
  for (const [edge, weight] of [["EdgeTop", style.borderTop], ["EdgeBottom", style.borderBottom]] as const) {
    if (!weight) continue;
    const border = format.borders.getItem(edge);
    border.style = weight === "double" ? "Double" : "Continuous";
    if (weight !== "double") border.weight = weight === "medium" ? "Medium" : "Thin";
  }
}

const OPERATOR = {
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  between: "Between",
  equalTo: "EqualTo",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
} as const;

function addConditionalFormat(worksheet: Excel.Worksheet, rule: ConditionalFormatPlan): void {
  const target = range(worksheet, rule.range);
  if (rule.kind === "dataBar") {
    const bar = target.conditionalFormats.add("DataBar").dataBar;
    bar.positiveFormat.fillColor = `#${rule.positiveColor}`;
    bar.negativeFormat.fillColor = `#${rule.negativeColor}`;
    return;
  }
  const cellValue = target.conditionalFormats.add("CellValue").cellValue;
  if (rule.style.fill) cellValue.format.fill.color = `#${rule.style.fill}`;
  if (rule.style.fontColor) cellValue.format.font.color = `#${rule.style.fontColor}`;
  if (rule.style.bold) cellValue.format.font.bold = true;
  // Rules are built from the add-in's own labels and numbers, never from user text.
  cellValue.rule =
    rule.kind === "textEquals"
      ? { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: "EqualTo" }
      : { formula1: String(rule.values[0]), ...(rule.values[1] !== undefined ? { formula2: String(rule.values[1]) } : {}), operator: OPERATOR[rule.operator] };
}

const CHART_TYPE = {
  line: "Line",
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  barClustered: "BarClustered",
  // Office.js cannot mark total bars of a native waterfall, so the stacked form with an invisible base is used.
  waterfall: "ColumnStacked",
} as const;

function addChart(worksheet: Excel.Worksheet, plan: ChartPlan, canFormatAxis: boolean): void {
  const [first, ...rest] = plan.series;
  if (!first) return;
  const chart = worksheet.charts.add(CHART_TYPE[plan.kind], range(worksheet, first.values), first.values.rows === 1 ? "Rows" : "Columns");
  chart.title.text = plan.title;
  chart.legend.position = "Bottom";
  const anchor = plan.anchor;
  chart.setPosition(`${columnName(anchor.col)}${anchor.row + 1}`, `${columnName(anchor.col + anchor.cols - 1)}${anchor.row + anchor.rows}`);
  const categories = range(worksheet, plan.categories);
  const styleSeries = (series: Excel.ChartSeries, spec: (typeof plan.series)[number]) => {
    series.name = spec.name;
    series.setXAxisValues(categories);
    if (spec.invisible) series.format.fill.clear();
    else if (spec.color && plan.kind === "line") series.format.line.color = `#${spec.color}`;
    else if (spec.color) series.format.fill.setSolidColor(`#${spec.color}`);
  };
  styleSeries(chart.series.getItemAt(0), first);
  for (const spec of rest) {
    const series = chart.series.add(spec.name);
    series.setValues(range(worksheet, spec.values));
    styleSeries(series, spec);
  }
  if (plan.valueAxisNumberFormat && canFormatAxis) chart.axes.valueAxis.numberFormat = plan.valueAxisNumberFormat;
}
