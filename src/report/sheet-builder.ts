/** Builds a SheetPlan row by row, so report modules read top-down like the sheet they produce. */
import type { CellRange, CellStyle, ChartPlan, ConditionalFormatPlan, PlanValue, SheetPlan } from "./plan";
import type { SheetKey } from "./report-sheets";

/** Lines of at most `width` characters, broken between words (a word longer than the width stands alone). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/** Points per line of 11-pt text, and the default row height. */
const LINE_POINTS = 15;

/**
 * Rows with wrapped text get the height of their longest cell's lines (characters ÷ column width, a little slack for
 * proportional type): neither Excel nor LibreOffice fits row heights of a written file by themselves, and wrapped
 * lines would otherwise overlap the next row.
 */
export function wrappedRowHeights(cells: readonly PlanValue[][], styles: SheetPlan["styles"], widths: readonly number[]): Array<{ row: number; points: number }> {
  const lines = new Map<number, number>();
  for (const { range, style } of styles) {
    if (!style.wrapText) continue;
    for (let r = range.row; r < range.row + range.rows && r < cells.length; r++) {
      for (let c = range.col; c < range.col + range.cols; c++) {
        const value = cells[r]?.[c];
        if (typeof value !== "string" || value === "") continue;
        const width = Math.max(1, (widths[c] ?? 10) * 0.9);
        const needed = wrapWords(value, Math.floor(width)).length;
        lines.set(r, Math.max(lines.get(r) ?? 1, needed));
      }
    }
  }
  return [...lines].filter(([, n]) => n > 1).sort(([a], [b]) => a - b).map(([row, n]) => ({ row, points: n * LINE_POINTS }));
}

export class SheetBuilder {
  private readonly cells: PlanValue[][] = [];
  private readonly breaks: number[] = [];
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

  /**
   * A long text (a footnote, a header line) as as many rows as it needs, each at most `width` characters: a text that
   * runs past the last column would widen the printed page and shrink its type, and is cut on screen.
   */
  text(text: string, width: number, style?: CellStyle): number {
    let first = -1;
    for (const line of wrapWords(text, width)) {
      const r = this.row([line], style);
      if (first < 0) first = r;
    }
    return first;
  }

  style(range: CellRange, style: CellStyle): void {
    this.plan.styles.push({ range, style });
  }

  /** A printed page starts at this row (before a block of charts, so no page break cuts one). */
  pageBreak(row: number): void {
    this.breaks.push(row);
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

  build(options: { key: SheetKey; name: string; columnWidths: number[]; freeze?: SheetPlan["freeze"]; tabColor?: string; print?: SheetPlan["print"]; footer?: string; repeatRows?: number }): SheetPlan {
    return {
      key: options.key,
      name: options.name,
      tabColor: options.tabColor,
      cells: this.cells,
      styles: this.plan.styles,
      columnWidths: options.columnWidths,
      freeze: options.freeze,
      print: options.print ?? { orientation: "landscape", fitToOnePageWide: true, repeatRows: options.repeatRows ?? options.freeze?.rows, footer: options.footer ?? options.name },
      merges: this.plan.merges,
      rowHeights: wrappedRowHeights(this.cells, this.plan.styles, options.columnWidths),
      pageBreaksBefore: this.breaks,
      conditionalFormats: this.plan.conditionalFormats,
      charts: this.plan.charts,
    };
  }
}
