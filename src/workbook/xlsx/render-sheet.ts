/** Writes one resolved sheet plan into an ExcelJS worksheet: values, styles by range, layout, rules, print setup. */
import type ExcelJS from "exceljs";
import type { CellRange, CellStyle, ConditionalFormatPlan, SheetPlan } from "../../report/plan";
import { columnName } from "../../sources/a1";
import { excelEscaped } from "../xml-text";

const argb = (hex: string) => ({ argb: `FF${hex.toUpperCase()}` });
/** Excel's Text format (built-in id 49). */
export const TEXT_FORMAT = "@";

/**
 * `forcedText`: cells whose text Excel would take for a formula once the user edits them (F2, Enter). They get the
 * Text format and, in the splice, Excel's quote prefix (package/quote-prefix.ts), as the Office adapter gives them.
 */
export function renderSheet(worksheet: ExcelJS.Worksheet, plan: SheetPlan, forcedText: Array<[number, number]> = []): void {
  writeValues(worksheet, plan);
  for (const run of plan.styles) applyStyle(worksheet, run.range, run.style);
  for (const [r, c] of forcedText) worksheet.getRow(r + 1).getCell(c + 1).numFmt = TEXT_FORMAT;
  plan.columnWidths.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
  for (const { row, points } of plan.rowHeights ?? []) worksheet.getRow(row + 1).height = points;
  // A manual break after the row above (ExcelJS Row.addPageBreak writes <rowBreaks>).
  for (const row of plan.pageBreaksBefore ?? []) if (row > 0) worksheet.getRow(row).addPageBreak();
  for (const m of plan.merges ?? []) worksheet.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  for (const rule of plan.conditionalFormats) worksheet.addConditionalFormatting(conditionalFormat(rule));
}

export function sheetOptions(plan: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  const print = plan.print;
  return {
    properties: plan.tabColor ? ({ tabColor: argb(plan.tabColor) } as ExcelJS.WorksheetProperties) : undefined,
    views: plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)
      ? [{ state: "frozen", xSplit: plan.freeze.cols, ySplit: plan.freeze.rows, topLeftCell: `${columnName(plan.freeze.cols)}${plan.freeze.rows + 1}` }]
      : undefined,
    pageSetup: print
      ? {
          orientation: print.orientation,
          fitToPage: print.fitToOnePageWide,
          fitToWidth: 1,
          fitToHeight: 0,
          paperSize: 9, // A4
          printTitlesRow: print.repeatRows ? `1:${print.repeatRows}` : undefined,
        }
      : undefined,
    // &L / &R sections, &P page, &N pages (ECMA-376 Part 1, §18.3.1.39 oddFooter); a literal "&" is written "&&".
    headerFooter: print?.footer ? { oddFooter: `&L${print.footer.replace(/&/g, "&&")}&RSeite &P von &N` } : undefined,
  };
}

function writeValues(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.cells.forEach((values, r) => {
    if (values.length === 0) return;
    const row = worksheet.getRow(r + 1);
    values.forEach((value, c) => {
      // Strings stay plain strings (ExcelJS never turns one into a formula), written with Excel's escapes: ExcelJS
      // drops some characters XML cannot hold and writes others (U+FFFF) into the part as they are.
      if (value !== null) row.getCell(c + 1).value = typeof value === "string" ? excelEscaped(value) : value;
    });
  });
}

function applyStyle(worksheet: ExcelJS.Worksheet, range: CellRange, style: CellStyle): void {
  for (let r = range.row; r < range.row + range.rows; r++) {
    const row = worksheet.getRow(r + 1);
    for (let c = range.col; c < range.col + range.cols; c++) {
      const cell = row.getCell(c + 1);
      // ExcelJS may share style objects between cells: always assign fresh objects.
      if (style.numberFormat) cell.numFmt = style.numberFormat;
      if (style.bold !== undefined || style.italic !== undefined || style.fontSize || style.fontColor) {
        cell.font = {
          ...(cell.font ?? {}),
          ...(style.bold !== undefined ? { bold: style.bold } : {}),
          ...(style.italic !== undefined ? { italic: style.italic } : {}),
          ...(style.fontSize ? { size: style.fontSize } : {}),
          ...(style.fontColor ? { color: argb(style.fontColor) } : {}),
        };
      }
      if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
      if (style.horizontalAlignment || style.wrapText !== undefined || style.indent !== undefined) {
        cell.alignment = {
          ...(cell.alignment ?? {}),
          ...(style.horizontalAlignment ? { horizontal: style.horizontalAlignment } : {}),
          ...(style.wrapText !== undefined ? { wrapText: style.wrapText } : {}),
          ...(style.indent !== undefined ? { indent: style.indent } : {}),
          vertical: "top",
        };
      }
      if (style.borderTop || style.borderBottom) {
        cell.border = {
          ...(cell.border ?? {}),
          ...(style.borderTop ? { top: { style: style.borderTop } } : {}),
          ...(style.borderBottom ? { bottom: { style: style.borderBottom } } : {}),
        };
      }
    }
  }
}

function ref(range: CellRange): string {
  const topLeft = `${columnName(range.col)}${range.row + 1}`;
  const bottomRight = `${columnName(range.col + range.cols - 1)}${range.row + range.rows}`;
  return `${topLeft}:${bottomRight}`;
}

function dxf(style: { fill?: string; fontColor?: string; bold?: boolean }): Partial<ExcelJS.Style> {
  return {
    ...(style.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: argb(style.fill) } as ExcelJS.Fill } : {}),
    ...(style.fontColor || style.bold ? { font: { ...(style.fontColor ? { color: argb(style.fontColor) } : {}), ...(style.bold ? { bold: true } : {}) } } : {}),
  };
}

const OPERATORS = {
  greaterThan: "greaterThan",
  lessThan: "lessThan",
  between: "between",
  equalTo: "equal",
  greaterThanOrEqual: "greaterThanOrEqual",
  lessThanOrEqual: "lessThanOrEqual",
} as const;

function conditionalFormat(rule: ConditionalFormatPlan): ExcelJS.ConditionalFormattingOptions {
  switch (rule.kind) {
    case "cellValue":
      return {
        ref: ref(rule.range),
        rules: [{ type: "cellIs", operator: OPERATORS[rule.operator], formulae: rule.values.map(String), style: dxf(rule.style), priority: 1 } as ExcelJS.CellIsRuleType],
      };
    case "textEquals":
      // The text is one of the add-in's own labels, never user input, so it is safe inside the rule's formula.
      return {
        ref: ref(rule.range),
        rules: [{ type: "cellIs", operator: "equal", formulae: [`"${rule.text.replace(/"/g, '""')}"`], style: dxf(rule.style), priority: 1 } as ExcelJS.CellIsRuleType],
      };
    case "dataBar":
      return {
        ref: ref(rule.range),
        rules: [{ type: "dataBar", priority: 1, cfvo: [{ type: "min" }, { type: "max" }], color: argb(rule.positiveColor), gradient: false } as unknown as ExcelJS.DataBarRuleType],
      };
  }
}
