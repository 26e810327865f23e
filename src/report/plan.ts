/**
 * A report is data: a sheet plan says what to write (values, number formats, styles, conditional formats, charts)
 * without knowing which workbook will hold it. Each workbook adapter renders a whole plan in one batched pass.
 *
 * Coordinates are 0-based (row 0 / col 0 = cell A1) so that plans are easy to build from arrays.
 */

/** What a plan cell may hold. Numbers stay numbers; text is neutralised against formula injection on render. */
export type PlanValue = number | string | null;

import type { CellRange } from "../sources/workbook-read";
import type { SheetKey } from "./report-sheets";

/** A rectangle on the plan's own sheet (the same shape as a table's position when read). */
export type { CellRange };

export type HorizontalAlignment = "left" | "center" | "right";
export type BorderWeight = "thin" | "medium" | "double";

/** Colours are 6-digit hex without '#', e.g. "1F4E79". */
export interface CellStyle {
  /** Excel format code in en-US syntax (Excel shows it in the user's locale), e.g. "#,##0", "0.0%". */
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: HorizontalAlignment;
  wrapText?: boolean;
  indent?: number;
  borderTop?: BorderWeight;
  borderBottom?: BorderWeight;
}

/** A style applied to a whole rectangle: formatting by ranges, never cell by cell (Office.js is slow per cell). */
export interface StyleRun {
  range: CellRange;
  style: CellStyle;
}

/** Conditional formats render as native Excel rules so that a manager without the add-in sees the same colours. */
export type ConditionalFormatPlan =
  | {
      kind: "cellValue";
      range: CellRange;
      operator: "greaterThan" | "lessThan" | "between" | "equalTo" | "greaterThanOrEqual" | "lessThanOrEqual";
      /** Numbers only: rules are built by the engine, never from user text. */
      values: [number] | [number, number];
      style: Pick<CellStyle, "fill" | "fontColor" | "bold">;
    }
  | {
      kind: "textEquals";
      range: CellRange;
      text: string;
      style: Pick<CellStyle, "fill" | "fontColor" | "bold">;
    }
  | {
      kind: "dataBar";
      range: CellRange;
      positiveColor: string;
      negativeColor: string;
    };

export type ChartKind = "columnClustered" | "columnStacked" | "line" | "barClustered" | "waterfall";

export interface ChartSeriesPlan {
  /** Series name as text (shown in the legend). */
  name: string;
  /** Values on the same sheet: a single row or a single column. */
  values: CellRange;
  /** Fill or line colour, hex without '#'. */
  color?: string;
  /** For a stacked-column waterfall fallback: a series that is drawn invisible (the "float"). */
  invisible?: boolean;
}

export interface ChartPlan {
  kind: ChartKind;
  title: string;
  /** Category labels on the same sheet: a single row or a single column. */
  categories: CellRange;
  series: ChartSeriesPlan[];
  /** Where the chart sits: top-left cell and size in cells. */
  anchor: CellRange;
  /** Number format of the value axis, en-US syntax. */
  valueAxisNumberFormat?: string;
  /** "none": no legend (the waterfall, whose helper series would show as an empty entry). Default: legend below. */
  legend?: "none";
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  fitToOnePageWide: boolean;
  /** Rows 0…repeatRows−1 are printed at the top of every page. */
  repeatRows?: number;
  /**
   * Footer of every printed page, plain text (the adapters escape "&"): left the sheet, Berichtsmonat and Datenstand,
   * right "Seite x von y" (the adapters write the page fields).
   */
  footer?: string;
}

export interface SheetPlan {
  /**
   * Stable identity of the report sheet (e.g. "ziel-ist-vergleich"). Ownership is recorded by this key, so a refresh
   * replaces the same sheet even when its visible name had to change.
   */
  key: SheetKey;
  /**
   * A template sheet ("Vorlage einfügen") becomes the user's own data once written: it is never recorded as the
   * add-in's and never replaced by a refresh.
   */
  template?: boolean;
  /** Preferred sheet name (≤ 31 characters, no []:*?/\). The renderer picks another if a user sheet has it. */
  name: string;
  tabColor?: string;
  /** Row-major values starting at A1. Rows may have different lengths; missing cells stay empty. */
  cells: PlanValue[][];
  styles: StyleRun[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  freeze?: { rows: number; cols: number };
  /** Page setup so the sheet prints readably: orientation, fit to one page wide, header rows repeated on each page. */
  print?: PrintSetup;
  merges?: CellRange[];
  /** Heights in points of rows whose wrapped text needs more than one line (0-based rows). */
  rowHeights?: Array<{ row: number; points: number }>;
  /** Manual page breaks: a new printed page starts at each of these rows (so no chart is cut by a break). */
  pageBreaksBefore?: number[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
}

export interface ReportPlan {
  sheets: SheetPlan[];
  /** Settings to remember in the workbook with this refresh (e.g. the Berichtsmonat); never personal data. */
  settings?: Record<string, string>;
}
