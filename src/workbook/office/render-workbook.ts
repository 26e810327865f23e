/**
 * render(plan) under Office.js, refreshing the report sheets in place: a report sheet the add-in made before is kept
 * (its position, its id, and every formula, name and chart elsewhere that points at it), cleared and rewritten; only
 * a missing sheet is added. Deleting it instead would clear the user's undo stack and turn references into #REF!.
 *
 * Five round trips at most, whatever the size: (1) sheets, protection, calculation mode, defined names and the add-in
 * state; (2) the state part's XML (or the old state sheet's values), and of every sheet its ownership mark
 * (../ownership-mark.ts), whether it is blank, its charts and protection; (3) the report, with the figures' names
 * (figure-names.ts); (4) recalculation and frozen panes; (5) print setup — (4) and (5) may fail without failing the
 * report (applyViews). A plan whose values exceed Excel on the web's 5 MB request limit sends its later row blocks in
 * requests of their own. Before (3), everything Excel would refuse midway is checked against the plan (a chart series
 * without values, non-finite numbers, protected sheets), so nothing is cleared for a report that cannot be written.
 *
 * If a request fails half way (Excel applies the actions before the failing one), no report is left looking whole:
 * every rewritten sheet shows INCOMPLETE_NOTE in A1 until the very last request writes the real A1, and the error the
 * user sees says which sheets are incomplete. New sheets are recorded as the add-in's as soon as they exist, so the
 * next refresh reuses them instead of adding "(2)" copies; the full state (with the plan's settings) is written last.
 */
import type { CellRange, ChartPlan, ConditionalFormatPlan, PlanValue, ReportPlan, SheetPlan, StyleRun } from "../../report/plan";
import { columnName } from "../../sources/a1";
import { FIGURE_NAME, figureNames } from "../../report/figure-names";
import { withoutBlankSeries } from "../chart-values";
import { confirmedOwnership, MARKS_IN_USE_SETTING, OWNERSHIP_MARK } from "../ownership-mark";
import { assertFiniteCells, type ResolvedRender, type ResolvedSheet, resolveRender } from "../output-safety";
import type { AddinState, RenderResult } from "../port";
import { capabilities, type Capabilities, type SupportCheck } from "./capabilities";
import { mayBecomeNonText } from "./excel-text";
import { errorCode, officeErrorMessage, OfficeWorkbookError, toOfficeWorkbookError, WORKBOOK_PROTECTED } from "./office-errors";
import { isStateSheetName, loadOfficeState } from "./office-state";
import { utf8Length } from "./utf8-length";

/** Keep each request below Excel on the web's 5 MB payload limit, with room for formats (UTF-8 bytes). */
export const MAX_VALUES_PAYLOAD = 4_000_000;
/** Excel column width in points per character of the plan (Calibri 11: ~7 px per character at 96 dpi). */
const POINTS_PER_CHARACTER = 5.6;
/** What A1 of a report sheet says while it is being written; replaced by the report's own A1 at the very end. */
export const INCOMPLETE_NOTE = "Bericht unvollständig – die letzte Aktualisierung wurde abgebrochen. Bitte erneut aktualisieren.";

interface Target {
  sheet: ResolvedSheet;
  worksheet: Excel.Worksheet;
}

export async function renderWorkbook(context: Excel.RequestContext, plan: ReportPlan, supports: SupportCheck): Promise<RenderResult> {
  const can = capabilities(supports);
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name");
  const structure = workbook.protection;
  structure.load("protected");
  const stateLoad = loadOfficeState(workbook, can.has("customXmlParts"));
  const application = workbook.application;
  application.load("calculationMode");
  const definedNames = workbook.names.load("items/name");
  await context.sync();

  stateLoad.afterFirstSync();
  const userVisible = sheets.items.filter((s) => !isStateSheetName(s.name));
  // What a rewrite must remove or respect; loaded for every sheet because ownership is known only after this sync.
  const existing = new Map(
    (plan.sheets.length > 0 ? userVisible : []).map((s) => [s.name, { charts: s.charts.load("items/name"), protection: s.protection.load("protected") }]),
  );
  const probes = userVisible.map((s) => ({ name: s.name, mark: s.names.getItemOrNullObject(OWNERSHIP_MARK), used: s.getUsedRangeOrNullObject() }));
  await context.sync();

  const lower = (name: string) => name.toLocaleLowerCase("de-DE");
  const evidence = new Map(
    probes.map((p) => [lower(p.name), { marked: !p.mark.isNullObject, blank: p.used.isNullObject && (existing.get(p.name)?.charts.items.length ?? 0) === 0 }]),
  );
  const loaded = stateLoad.state();
  // A sheet is the add-in's only if the state names it *and* it carries the mark: never clear a sheet without it.
  const state: AddinState = {
    ownedSheets: confirmedOwnership(loaded.ownedSheets, loaded.settings, (name) => evidence.get(lower(name))),
    settings: { ...loaded.settings, [MARKS_IN_USE_SETTING]: "1" },
  };
  const unmarked = (name: string) => evidence.get(lower(name))?.marked !== true;
  const resolved = checkedAgainstExcel(
    resolveRender(
      plan,
      userVisible.map((s) => s.name),
      state,
    ),
  );
  checkWritable(resolved.sheets, structure.protected, (name) => existing.get(name)?.protection.protected === true);

  if (can.has("suspendCalculation")) workbook.application.suspendApiCalculationUntilNextSync();
  if (can.has("suspendScreenUpdating")) workbook.application.suspendScreenUpdatingUntilNextSync();

  if (resolved.sheets.some((s) => !s.replaces)) {
    // Ownership right before the sheets are added: a failure further on must not leave sheets that the next refresh
    // calls foreign (and works around with "(2)" copies). A claim on a sheet that a failure kept from being added
    // counts for nothing: a sheet is the add-in's only if the state names it *and* it exists (resolveRender).
    stateLoad.write({ ...state, ownedSheets: resolved.state.ownedSheets } satisfies AddinState);
  }
  const targets: Target[] = resolved.sheets.map((sheet) => ({ sheet, worksheet: prepareSheet(sheets, sheet, existing.get(sheet.replaces ?? "")?.charts, can, unmarked) }));
  const pendingBlocks: Array<() => void> = [];
  for (const { sheet, worksheet } of targets) {
    pendingBlocks.push(...writeValues(worksheet, sheet));
    writeLayout(worksheet, sheet.plan, can);
    if (can.has("conditionalFormats")) for (const rule of sheet.plan.conditionalFormats) addConditionalFormat(worksheet, rule);
    for (const chart of sheet.plan.charts) addChart(worksheet, chart, can.has("axisNumberFormat"));
  }
  writeFigureNames(workbook.names, definedNames.items.map((n) => n.name), targets);
  const finish = () => {
    for (const { sheet, worksheet } of targets) writeFirstCell(worksheet, sheet);
    stateLoad.write(resolved.state);
  };

  try {
    if (pendingBlocks.length === 0) finish();
    await context.sync();
    for (const [index, block] of pendingBlocks.entries()) {
      block();
      if (index === pendingBlocks.length - 1) finish();
      // Deliberate: each block must be its own request to stay under the payload limit (only for >4 MB of values).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  } catch (error) {
    throw incomplete(error, targets.map((t) => t.sheet.name));
  }
  const manual = application.calculationMode === "Manual";
  // Suspended calculation leaves propagating the new figures to us (ref excel.application.yml); in manual mode the
  // user decides when Excel calculates, and is told instead. Riding on the frozen-panes request, before its actions.
  const recalculate = can.has("suspendCalculation") && !manual ? () => application.calculate("Full") : undefined;
  const viewNotices = await applyViews(context, targets, can, recalculate);
  return {
    sheets: resolved.sheets.map((s) => ({ key: s.plan.key, name: s.name, ...(s.preferredName ? { preferredName: s.preferredName } : {}) })),
    notices: [...resolved.notices, ...can.noticesFor(plan), ...viewNotices, ...(manual ? [MANUAL_CALCULATION] : [])],
    ...(manual ? { manualCalculation: true } : {}),
  };
}

export const MANUAL_CALCULATION =
  "Excel berechnet diese Arbeitsmappe manuell (Formeln → Berechnungsoptionen): Formeln in den Quelldaten wurden mit ihren zuletzt berechneten Werten gelesen, und Formeln, die auf den Bericht zeigen, zeigen noch alte Ergebnisse. Nach „Jetzt berechnen“ (oder F9) bitte erneut aktualisieren.";

/**
 * Frozen panes and print setup after the report is complete, each in a request of its own: some Excel builds throw
 * GeneralException from freezeRows (office-js#2196), and a report must not fail for want of frozen header rows or a
 * print setup. Only when a request fails is it repeated sheet by sheet, to keep what works and to tell the user which
 * sheet lost what, with the reason Excel gave.
 */
async function applyViews(context: Excel.RequestContext, targets: Target[], can: Capabilities, recalculate: (() => void) | undefined): Promise<string[]> {
  const frozen = targets.filter(({ sheet }) => sheet.replaces || sheet.plan.freeze);
  const printed = can.has("pageLayout") ? targets.filter(({ sheet }) => sheet.plan.print) : [];
  const notices = await inOneRequest(context, frozen, (target) => freezePanes(target.worksheet, target.sheet), recalculate, (name, reason) =>
    `Im Blatt „${name}“ hat Excel die Kopfzeilen nicht fixiert (${reason}). Der Bericht ist vollständig; fixieren lässt er sich unter Ansicht → Fenster fixieren.`,
  );
  notices.push(
    ...(await inOneRequest(context, printed, (target) => printSetup(target.worksheet, target.sheet.plan), undefined, (name, reason) =>
      `Im Blatt „${name}“ hat Excel die Druckeinstellungen nicht übernommen (${reason}). Der Bericht ist vollständig; bitte vor dem Drucken unter „Seitenlayout“ einstellen.`,
    )),
  );
  return notices;
}

/** One request for all targets, `before` queued first; if it fails, one request per target. */
async function inOneRequest(context: Excel.RequestContext, targets: Target[], apply: (target: Target) => void, before: (() => void) | undefined, notice: (sheet: string, reason: string) => string): Promise<string[]> {
  if (targets.length === 0 && !before) return [];
  before?.();
  targets.forEach(apply);
  try {
    await context.sync();
    return [];
  } catch {
    const notices: string[] = [];
    // Excel applies a request's actions up to the failing one: what follows is repeated, `before` with the first.
    before?.();
    for (const target of targets) {
      apply(target);
      try {
        // Deliberate: only after a failure, one request per sheet finds the sheet and keeps the others' settings.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        notices.push(notice(target.sheet.name, reasonOf(error)));
      }
    }
    return notices;
  }
}

/** Excel's own words for a failure: its code, and its message where it has one. */
function reasonOf(error: unknown): string {
  const code = errorCode(error) || "unbekannter Fehler";
  const message = error instanceof Error ? error.message.trim() : "";
  return message && message !== code ? `Excel meldet ${code}: ${message}` : `Excel meldet ${code}`;
}

/**
 * What Excel would refuse in the middle of the write is settled first, so that nothing is cleared for a report that
 * cannot be written: a chart series without values (EmptyChartSeries) is left out with a notice, and non-finite
 * numbers stop the refresh before any cell moves.
 */
function checkedAgainstExcel(resolved: ResolvedRender): ResolvedRender {
  const notices: string[] = [];
  const sheets = resolved.sheets.map((sheet) => {
    assertFiniteCells(sheet.plan);
    const checked = withoutBlankSeries(sheet.plan);
    notices.push(...checked.notices);
    return { ...sheet, plan: checked.plan };
  });
  return { ...resolved, sheets, notices: [...resolved.notices, ...notices] };
}

/** Nothing is written when a sheet that must change is protected: the user gets the reason before any cell moves. */
function checkWritable(sheets: ResolvedSheet[], structureProtected: boolean, sheetProtected: (name: string) => boolean): void {
  for (const sheet of sheets) {
    if (sheet.replaces && sheetProtected(sheet.replaces)) throw new OfficeWorkbookError(officeErrorMessage({ code: "AccessDenied" }, sheet.replaces), "AccessDenied");
    const structural = !sheet.replaces || sheet.replaces !== sheet.name;
    if (structureProtected && structural) throw new OfficeWorkbookError(officeErrorMessage({ code: WORKBOOK_PROTECTED }, sheet.name), WORKBOOK_PROTECTED);
  }
}

function incomplete(error: unknown, names: string[]): OfficeWorkbookError {
  const cause = toOfficeWorkbookError(error);
  if (names.length === 0) return cause;
  const list = names.map((n) => `„${n}“`).join(", ");
  const which = names.length === 1 ? `das Blatt ${list}` : `eines der Blätter ${list}`;
  return new OfficeWorkbookError(
    `${cause.message} Der Bericht wurde nicht vollständig geschrieben: Ist ${which} unvollständig, steht das in seiner Zelle A1. Die nächste Aktualisierung schreibt den Bericht vollständig.`,
    cause.code,
  );
}

/** The sheet to write into: the add-in's own from last time, emptied (marked incomplete first), or a new one. */
function prepareSheet(sheets: Excel.WorksheetCollection, sheet: ResolvedSheet, charts: Excel.ChartCollection | undefined, can: Capabilities, unmarked: (name: string) => boolean): Excel.Worksheet {
  if (!sheet.replaces) return markOwned(sheets.add(sheet.name));
  const worksheet = sheets.getItem(sheet.replaces);
  // A report sheet of an add-in before the mark, or a blank one a failed refresh left unmarked.
  if (unmarked(sheet.replaces)) markOwned(worksheet);
  // First of all the note: whatever fails from here on, the sheet does not pass for a whole report.
  worksheet.getRangeByIndexes(0, 0, 1, 1).values = [[INCOMPLETE_NOTE]];
  if (sheet.replaces !== sheet.name) worksheet.name = sheet.name;
  for (const chart of charts?.items ?? []) chart.delete();
  const everything = worksheet.getRange();
  if (can.has("conditionalFormats")) everything.conditionalFormats.clearAll();
  everything.unmerge();
  everything.clear("All");
  return worksheet;
}

/**
 * The figures' defined names (src/report/figure-names.ts), workbook-wide so that any sheet can use them: an existing
 * name is pointed at the figure's new cell (formulas using it follow), a missing one is added, and one of ours whose
 * figure is gone is removed. Only when this render writes a sheet with figures (a template insert leaves names alone).
 */
function writeFigureNames(names: Excel.NamedItemCollection, existing: string[], targets: Target[]): void {
  const planned = targets.flatMap(({ sheet }) => figureNames(sheet.plan).map((figure) => ({ ...figure, sheet: sheet.name })));
  if (planned.length === 0) return;
  const present = new Map(existing.map((name) => [name.toLowerCase(), name]));
  const wanted = new Set(planned.map((f) => f.name.toLowerCase()));
  for (const figure of planned) {
    const reference = `='${figure.sheet.replace(/'/g, "''")}'!$${columnName(figure.col)}$${figure.row + 1}`;
    const name = present.get(figure.name.toLowerCase());
    if (name) names.getItem(name).formula = reference;
    else names.add(figure.name, reference, "Steuerungscockpit: Zahl im Bericht, wird bei jeder Aktualisierung neu gesetzt");
  }
  for (const [lower, name] of present) if (FIGURE_NAME.test(name) && !wanted.has(lower)) names.getItem(name).delete();
}

/** Right after the sheet is added, in the same request: the add-in's sheet is without its mark only if that fails. */
function markOwned(worksheet: Excel.Worksheet): Excel.Worksheet {
  const mark = worksheet.names.add(OWNERSHIP_MARK, worksheet.getRange("A1"), "Steuerungscockpit: Berichtsblatt, wird bei jeder Aktualisierung neu geschrieben");
  mark.visible = false;
  return worksheet;
}

/** Queues the first block of values now and returns the later blocks (only for very large sheets). */
function writeValues(worksheet: Excel.Worksheet, sheet: ResolvedSheet): Array<() => void> {
  const width = Math.max(1, ...sheet.plan.cells.map((r) => r.length));
  const forced = new Set(sheet.forcedText.map(([r, c]) => `${r}:${c}`));
  // Text that Excel would read as a formula: Text format first, and Excel's quote prefix.
  for (const [r, c] of sheet.forcedText) worksheet.getRangeByIndexes(r, c, 1, 1).numberFormat = [["@"]];
  // Text Excel would read as a date, number or boolean ("Jan 22" → 22 January of this year): Text format first.
  for (const run of textRuns(sheet.plan.cells, forced)) worksheet.getRangeByIndexes(run.row, run.col, 1, run.cols).numberFormat = [Array(run.cols).fill("@")];
  const matrix = sheet.plan.cells.map((row, r) => Array.from({ length: width }, (_, c) => cellValue(row[c], forced.has(`${r}:${c}`))));
  if (matrix.length === 0) matrix.push(Array(width).fill(""));
  matrix[0][0] = INCOMPLETE_NOTE;
  const blocks = rowBlocks(matrix);
  const write = (block: { start: number; rows: (string | number)[][] }) => () => {
    worksheet.getRangeByIndexes(block.start, 0, block.rows.length, width).values = block.rows;
  };
  write(blocks[0])();
  return blocks.slice(1).map(write);
}

function writeFirstCell(worksheet: Excel.Worksheet, sheet: ResolvedSheet): void {
  const forced = sheet.forcedText.some(([r, c]) => r === 0 && c === 0);
  worksheet.getRangeByIndexes(0, 0, 1, 1).values = [[cellValue(sheet.plan.cells[0]?.[0], forced)]];
}

function cellValue(value: PlanValue | undefined, forcedText: boolean): string | number {
  if (value === null || value === undefined) return "";
  return typeof value === "string" && forcedText ? `'${value}` : value;
}

/** Horizontal runs of text cells that Excel might not keep as text. */
function textRuns(cells: PlanValue[][], skip: Set<string>): Array<{ row: number; col: number; cols: number }> {
  const runs: Array<{ row: number; col: number; cols: number }> = [];
  cells.forEach((row, r) => {
    let start = -1;
    for (let c = 0; c <= row.length; c++) {
      const value = row[c];
      const hit = c < row.length && typeof value === "string" && !skip.has(`${r}:${c}`) && mayBecomeNonText(value);
      if (hit && start < 0) start = c;
      if (!hit && start >= 0) {
        runs.push({ row: r, col: start, cols: c - start });
        start = -1;
      }
    }
  });
  return runs;
}

export function rowBlocks<T>(matrix: T[][]): Array<{ start: number; rows: T[][] }> {
  const size = utf8Length(JSON.stringify(matrix));
  if (size <= MAX_VALUES_PAYLOAD) return [{ start: 0, rows: matrix }];
  const perBlock = Math.max(1, Math.floor((matrix.length * MAX_VALUES_PAYLOAD) / size));
  const blocks = [];
  for (let start = 0; start < matrix.length; start += perBlock) blocks.push({ start, rows: matrix.slice(start, start + perBlock) });
  return blocks;
}


function range(worksheet: Excel.Worksheet, r: CellRange): Excel.Range {
  return worksheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

function writeLayout(worksheet: Excel.Worksheet, plan: SheetPlan, can: Capabilities): void {
  for (const run of plan.styles) applyStyle(range(worksheet, run.range), run, can.has("indent"));
  plan.columnWidths.forEach((width, c) => {
    worksheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(width * POINTS_PER_CHARACTER);
  });
  for (const merge of plan.merges ?? []) range(worksheet, merge).merge(false);
  // RangeFormat.rowHeight (ExcelApi 1.1): wrapped text gets the rows it needs.
  for (const { row, points } of plan.rowHeights ?? []) worksheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = points;
  if (plan.tabColor) worksheet.tabColor = `#${plan.tabColor}`;
}

function freezePanes(worksheet: Excel.Worksheet, sheet: ResolvedSheet): void {
  if (sheet.replaces) worksheet.freezePanes.unfreeze();
  const freeze = sheet.plan.freeze ?? { rows: 0, cols: 0 };
  if (freeze.rows > 0 && freeze.cols > 0) worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
  else if (freeze.cols > 0) worksheet.freezePanes.freezeColumns(freeze.cols);
  else if (freeze.rows > 0) worksheet.freezePanes.freezeRows(freeze.rows);
}

function printSetup(worksheet: Excel.Worksheet, plan: SheetPlan): void {
  if (!plan.print) return;
  const layout = worksheet.pageLayout;
  layout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
  // One page wide, as many tall as needed: 0 pages tall is "automatic", as fitToHeight="0" in the file format.
  if (plan.print.fitToOnePageWide) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (plan.print.repeatRows) layout.setPrintTitleRows(`$1:$${plan.print.repeatRows}`);
  // Worksheet.horizontalPageBreaks.add (ExcelApi 1.9, office-js-docs-reference excel.pagebreakcollection).
  for (const row of plan.pageBreaksBefore ?? []) if (row > 0) worksheet.horizontalPageBreaks.add(`A${row + 1}`);
  // PageLayout.headersFooters.defaultForAllPages (ExcelApi 1.9, office-js-docs-reference excel.headerfooter):
  // &P page, &N pages, a literal "&" written "&&".
  if (plan.print.footer) {
    const footer = layout.headersFooters.defaultForAllPages;
    footer.leftFooter = plan.print.footer.replace(/&/g, "&&");
    footer.rightFooter = "Seite &P von &N";
  }
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
  // ChartLegend.visible / .position, ExcelApi 1.1 (office-js-docs-reference: excel.chartlegend).
  if (plan.legend === "none") chart.legend.visible = false;
  else chart.legend.position = "Bottom";
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
