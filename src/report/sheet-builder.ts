/** Builds a SheetPlan row by row, so report modules read top-down like the sheet they produce. */
import type { CellRange, CellStyle, ChartPlan, ConditionalFormatPlan, PlanValue, SheetPlan } from "./plan";
import type { SheetKey } from "./report-sheets";

export class SheetBuilder {
  private readonly cells: PlanValue[][] = [];
  private readonly plan: Pick<SheetPlan, "styles" | "conditionalFormats" | "charts"> & { merges: CellRange[] } = {
    styles: [],
    conditionalFormats: [],
    charts: [],
    merges: [],
  };

  /** Index of the next row to be written. */
  get nextRow(): number {
    return this.cells.length;
  }

  /** Appends a row; a style given here applies to the row's cells. Returns the row index. */
  row(values: PlanValue[], style?: CellStyle): number {
    const index = this.cells.length;
    this.cells.push(values);
    if (style && values.length > 0) this.style({ row: index, col: 0, rows: 1, cols: values.length }, style);
    return index;
  }

  /** Writes a block of values at a fixed position (beside earlier rows), growing the sheet where needed. */
  place(row: number, col: number, block: PlanValue[][]): void {
    block.forEach((values, i) => {
      while (this.cells.length <= row + i) this.cells.push([]);
      const target = this.cells[row + i];
      while (target.length < col) target.push(null);
      values.forEach((v, j) => (target[col + j] = v));
    });
  }

  blank(): number {
    return this.row([]);
  }

  style(range: CellRange, style: CellStyle): void {
    this.plan.styles.push({ range, style });
  }

  merge(range: CellRange): void {
    this.plan.merges.push(range);
  }

  conditionalFormat(rule: ConditionalFormatPlan): void {
    this.plan.conditionalFormats.push(rule);
  }

  chart(chart: ChartPlan): void {
    this.plan.charts.push(chart);
  }

  build(options: { key: SheetKey; name: string; columnWidths: number[]; freeze?: SheetPlan["freeze"]; tabColor?: string; print?: SheetPlan["print"] }): SheetPlan {
    return {
      key: options.key,
      name: options.name,
      tabColor: options.tabColor,
      cells: this.cells,
      styles: this.plan.styles,
      columnWidths: options.columnWidths,
      freeze: options.freeze,
      print: options.print ?? { orientation: "landscape", fitToOnePageWide: true, repeatRows: options.freeze?.rows },
      merges: this.plan.merges,
      conditionalFormats: this.plan.conditionalFormats,
      charts: this.plan.charts,
    };
  }
}
