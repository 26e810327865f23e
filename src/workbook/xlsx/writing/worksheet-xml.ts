/**
 * One report sheet plan as a worksheet part (ECMA-376 Part 1, §18.3.1.99 CT_Worksheet), its elements in the order the
 * schema requires: sheet properties (tab colour, fit to page), the frozen panes, column widths, the cells (numbers as
 * values, text inline, so the workbook's shared-string table stays untouched), merges, conditional formats (data bars
 * with their x14 extension, as Excel 2010 and later write them), page margins and page setup.
 */
import type { CellRange, ConditionalFormatPlan, SheetPlan } from "../../../report/plan";
import { columnName } from "../../../sources/a1";
import { escapeXml, excelEscaped } from "../../xml-text";
import { stableGuid } from "../package/stable-ids";
import { REL_NS } from "../package/opc";
import { type CellFormat, type CellFormats, MAIN_NS, overlaid, TEXT_FORMAT } from "./cell-formats";

const X14_NS = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM_NS = "http://schemas.microsoft.com/office/excel/2006/main";
/** [MS-XLSX] 2.3.6: the extension URIs of a rule's x14 id and of the worksheet's x14 conditional formats. */
const RULE_EXTENSION = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";
const WORKSHEET_EXTENSION = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
/** A column index is below this; a cell's key in a sheet is row × COLUMNS + column. */
const COLUMNS = 16_384;

/** `forcedText`: cells whose text Excel would take for a formula once edited; they get the Text format (and quote prefix). */
export function worksheetXml(sheetName: string, plan: SheetPlan, forcedText: Array<[number, number]>, formats: CellFormats): string {
  const cellFormats = cellFormatsOf(plan, forcedText, formats);
  const { rows, dimension } = sheetData(plan, cellFormats);
  const rules = conditionalFormats(sheetName, plan.conditionalFormats, formats);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    sheetProperties(plan) +
    `<dimension ref="${dimension}"/>` +
    sheetViews(plan) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columns(plan.columnWidths) +
    `<sheetData>${rows}</sheetData>` +
    mergeCells(plan.merges ?? []) +
    rules.markup +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    pageSetup(plan) +
    headerFooter(plan) +
    rowBreaks(plan) +
    rules.extension +
    "</worksheet>"
  );
}

/**
 * Row → column → cell-format index of every formatted cell: the style runs laid over each other in plan order, then
 * the Text format on formula-like text, then a merge's followers formatted like its top-left cell (so a fill or border
 * runs across the whole merge). Cells with the same history share one format object, so a run over a thousand cells
 * composes each distinct format once.
 */
function cellFormatsOf(plan: SheetPlan, forcedText: Array<[number, number]>, formats: CellFormats): Map<number, Map<number, number>> {
  const known: CellFormat[] = [{}];
  const step = new Map<string, number>();
  const of = new Map<number, number>();
  const apply = (key: number, change: string, next: (format: CellFormat) => CellFormat) => {
    const before = of.get(key) ?? 0;
    const memo = `${before}|${change}`;
    let after = step.get(memo);
    if (after === undefined) {
      after = known.push(next(known[before])) - 1;
      step.set(memo, after);
    }
    of.set(key, after);
  };
  plan.styles.forEach((run, i) => forEachCell(run.range, (key) => apply(key, `run${i}`, (format) => overlaid(format, run.style))));
  for (const [r, c] of forcedText) apply(r * COLUMNS + c, "text", (format) => ({ ...format, numberFormat: TEXT_FORMAT }));
  for (const merge of plan.merges ?? []) {
    const master = of.get(merge.row * COLUMNS + merge.col) ?? 0;
    forEachCell(merge, (key) => of.set(key, master));
  }
  const indexOf = known.map((format) => formats.cellFormat(format));
  const byRow = new Map<number, Map<number, number>>();
  for (const [key, id] of of) {
    const row = Math.floor(key / COLUMNS);
    let cells = byRow.get(row);
    if (!cells) byRow.set(row, (cells = new Map()));
    cells.set(key % COLUMNS, indexOf[id]);
  }
  return byRow;
}

function forEachCell(range: CellRange, visit: (key: number) => void): void {
  for (let r = range.row; r < range.row + range.rows; r++) for (let c = range.col; c < range.col + range.cols; c++) visit(r * COLUMNS + c);
}

/** The rows with their cells in column order; a merge's followers hold no value (Excel keeps only the top-left one). */
function sheetData(plan: SheetPlan, cellFormats: Map<number, Map<number, number>>): { rows: string; dimension: string } {
  const followers = new Set<number>();
  for (const m of plan.merges ?? []) forEachCell(m, (key) => key !== m.row * COLUMNS + m.col && followers.add(key));
  let rowCount = plan.cells.length;
  for (const r of cellFormats.keys()) rowCount = Math.max(rowCount, r + 1);
  // Rows whose lines of wrapped text need more than the default height (the plan says how many points).
  const heights = new Map((plan.rowHeights ?? []).map(({ row, points }) => [row, points]));
  for (const r of heights.keys()) rowCount = Math.max(rowCount, r + 1);
  const parts: string[] = [];
  let lastColumn = 0;
  let lastRow = 0;
  for (let r = 0; r < rowCount; r++) {
    const values = plan.cells[r] ?? [];
    const styled = cellFormats.get(r);
    const columnsHere = new Set<number>(styled?.keys());
    values.forEach((value, c) => value !== null && value !== undefined && columnsHere.add(c));
    const height = heights.get(r);
    if (columnsHere.size === 0 && height === undefined) continue;
    const cells: string[] = [];
    for (const c of [...columnsHere].sort((a, b) => a - b)) {
      const value = followers.has(r * COLUMNS + c) ? null : (values[c] ?? null);
      const s = styled?.get(c) ?? 0;
      cells.push(cell(`${columnName(c)}${r + 1}`, value, s));
      lastColumn = Math.max(lastColumn, c);
    }
    lastRow = r;
    parts.push(`<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>${cells.join("")}</row>`);
  }
  return { rows: parts.join(""), dimension: parts.length > 0 ? `A1:${columnName(lastColumn)}${lastRow + 1}` : "A1" };
}

function cell(ref: string, value: number | string | null, format: number): string {
  const s = format !== 0 ? ` s="${format}"` : "";
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  // Text is never a formula here: it is written as an inline string, with Excel's escapes for what XML cannot hold.
  const text = escapeXml(excelEscaped(value));
  const space = /^\s|\s$|[\t\n\r]/.test(value) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

function sheetProperties(plan: SheetPlan): string {
  const tab = plan.tabColor ? `<tabColor rgb="FF${plan.tabColor.toUpperCase()}"/>` : "";
  const fit = plan.print?.fitToOnePageWide ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : "";
}

function sheetViews(plan: SheetPlan): string {
  const rows = plan.freeze?.rows ?? 0;
  const cols = plan.freeze?.cols ?? 0;
  if (rows <= 0 && cols <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  const topLeft = `${columnName(cols)}${rows + 1}`;
  return `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}

/** Column widths in characters; neighbouring columns of one width share one entry. */
function columns(widths: number[]): string {
  const entries: string[] = [];
  for (let i = 0; i < widths.length; ) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    if (Number.isFinite(widths[i]) && widths[i] > 0) entries.push(`<col min="${i + 1}" max="${j + 1}" width="${widths[i]}" customWidth="1"/>`);
    i = j + 1;
  }
  return entries.length > 0 ? `<cols>${entries.join("")}</cols>` : "";
}

function mergeCells(merges: CellRange[]): string {
  if (merges.length === 0) return "";
  return `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${ref(m)}"/>`).join("")}</mergeCells>`;
}

/** &L / &R sections, &P page, &N pages (ECMA-376 Part 1, §18.3.1.39 oddFooter); a literal "&" is written "&&". */
function headerFooter(plan: SheetPlan): string {
  const footer = plan.print?.footer;
  return footer ? `<headerFooter><oddFooter>${escapeXml(`&L${footer.replace(/&/g, "&&")}&RSeite &P von &N`)}</oddFooter></headerFooter>` : "";
}

/** A manual page break before a row: <brk id> is the last row of the page above (ECMA-376 Part 1, §18.3.1.73 rowBreaks). */
function rowBreaks(plan: SheetPlan): string {
  const breaks = (plan.pageBreaksBefore ?? []).filter((row) => row > 0);
  if (breaks.length === 0) return "";
  return `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
}

function pageSetup(plan: SheetPlan): string {
  if (!plan.print) return "";
  return `<pageSetup paperSize="9" orientation="${plan.print.orientation}" fitToWidth="1" fitToHeight="0"/>`;
}

export function ref(range: CellRange): string {
  return `${columnName(range.col)}${range.row + 1}:${columnName(range.col + range.cols - 1)}${range.row + range.rows}`;
}

const OPERATORS = {
  greaterThan: "greaterThan",
  lessThan: "lessThan",
  between: "between",
  equalTo: "equal",
  greaterThanOrEqual: "greaterThanOrEqual",
  lessThanOrEqual: "lessThanOrEqual",
} as const;

/**
 * The rules in plan order, the first with the highest priority (1). A data bar's x14 twin (its look in Excel 2010
 * and later) carries an id derived from the sheet name and its place, so a refresh writes the same bytes.
 */
function conditionalFormats(sheetName: string, rules: ConditionalFormatPlan[], formats: CellFormats): { markup: string; extension: string } {
  const markup: string[] = [];
  const bars: string[] = [];
  rules.forEach((rule, i) => {
    const priority = i + 1;
    const sqref = ref(rule.range);
    const wrap = (body: string) => markup.push(`<conditionalFormatting sqref="${sqref}">${body}</conditionalFormatting>`);
    switch (rule.kind) {
      case "cellValue":
        return wrap(cellIs(formats.differentialFormat(rule.style), priority, OPERATORS[rule.operator], rule.values.map(String)));
      case "textEquals":
        // The text is one of the add-in's own labels, never user input, so it is safe inside the rule's formula.
        return wrap(cellIs(formats.differentialFormat(rule.style), priority, "equal", [`"${rule.text.replace(/"/g, '""')}"`]));
      case "dataBar": {
        const id = stableGuid(`steuerungscockpit:x14-rule:${sheetName}:${bars.length}`);
        wrap(
          `<cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF${rule.positiveColor.toUpperCase()}"/></dataBar>` +
            `<extLst><ext uri="${RULE_EXTENSION}" xmlns:x14="${X14_NS}"><x14:id>${id}</x14:id></ext></extLst></cfRule>`,
        );
        bars.push(
          `<x14:conditionalFormatting xmlns:xm="${XM_NS}"><x14:cfRule type="dataBar" id="${id}"><x14:dataBar minLength="0" maxLength="100" gradient="0">` +
            `<x14:cfvo type="min"/><x14:cfvo type="max"/></x14:dataBar></x14:cfRule><xm:sqref>${sqref}</xm:sqref></x14:conditionalFormatting>`,
        );
        return;
      }
    }
  });
  const extension = bars.length > 0 ? `<extLst><ext uri="${WORKSHEET_EXTENSION}" xmlns:x14="${X14_NS}"><x14:conditionalFormattings>${bars.join("")}</x14:conditionalFormattings></ext></extLst>` : "";
  return { markup: markup.join(""), extension };
}

function cellIs(dxfId: number, priority: number, operator: string, formulas: string[]): string {
  return `<cfRule type="cellIs" dxfId="${dxfId}" priority="${priority}" operator="${operator}">${formulas.map((f) => `<formula>${escapeXml(f)}</formula>`).join("")}</cfRule>`;
}
