/**
 * What one corpus workbook is: its sheets as plain cell matrices (so the checker can write them in any order), the CLI
 * arguments it needs and the figures a user should see in the JSON summary. Every expected figure is computed by the
 * family module from the raw data with the formulas in `formulas.ts` (domain.md), never taken from the product.
 */

/** A cell as written: a value, a value with an Excel number format, or a formula with its cached result. */
export type CellInput =
  | string
  | number
  | Date
  | null
  | undefined
  | { value: string | number | Date; numFmt: string }
  | { formula: string; result: number | { error: "#DIV/0!" | "#N/A" | "#VALUE!" | "#REF!" } };

export interface SheetSpec {
  name: string;
  /** Row-major cells starting at A1 (use null/undefined for blank cells and empty arrays for blank rows). */
  rows: CellInput[][];
  /** Merged ranges such as "C3:N3" (a band over the month columns). */
  merges?: string[];
  /** Write the block starting at 1-based `headerRow` (header + all following rows) as an Excel table (ListObject). */
  table?: { name: string; headerRow: number; firstColumn?: number };
  state?: "visible" | "hidden";
}

export type Level = "error" | "warning" | "info";

/** A message in `messages[]` (or `budget.checks[]`): every listed fragment must occur (case-insensitive). */
export interface MessageMatch {
  levels?: Level[];
  /** Fragments that must all occur in the text. */
  text?: string[];
  /** Sheets the message is about: each must be its `sheet` field or occur in its text. */
  sheets?: string[];
  /** The cell the message names: its `cell` field or the address in its text ("P5"). */
  cell?: string;
}

/**
 * One assertion on the JSON summary. Paths are dot-separated over the documented summary fields; a segment may select
 * an array element with `[key=value]` (exact) or `[key~value]` (case-insensitive substring), and `length` counts.
 * Examples: `indicators[code=K2].actual`, `budget.lines[instrument~EGZ].plan`, `budget.total.available`.
 */
export type Expectation =
  | { path: string; value: number; tolerance?: number; why?: string }
  | { path: string; equals: string | null; why?: string }
  /** The figure is not given: the path is not found, or its value is null (a trap's wrong figure must not appear). */
  | { path: string; absent: true; why?: string }
  | { path: string; exists: true; why?: string }
  | { message: MessageMatch; present: boolean; why?: string }
  | { exitCode: number; why?: string }
  /** Issue, point 7: "No message twice" — no two messages with the same level, sheet, cell and text. */
  | { uniqueMessages: true; why?: string };

export interface LayoutWorkbook {
  /** File name, also the workbook's name in KNOWN_GAPS. */
  file: string;
  /** Family (module) it comes from. */
  family: string;
  /** One-line German description of the layout. */
  description: string;
  /** CLI arguments after `report <file> --out … --json -`. */
  args: string[];
  sheets: SheetSpec[];
  expect: Expectation[];
}

/** Default tolerance: the summary rounds to 4 decimals; money is checked to the cent. */
export const TOLERANCE = { quota: 0.001, money: 0.005, persons: 0.001 } as const;
