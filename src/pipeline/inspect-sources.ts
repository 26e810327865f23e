/**
 * The pane's "Quellen" step and the CLI's `quellen` through the port: what each sheet is taken for, and keeping the
 * user's confirmation or correction in the workbook (Office: workbook.settings; .xlsx: the add-in's hidden state
 * sheet). Nothing else is written: saving a decision renders an empty plan, which only updates the add-in's state.
 */
import type { Message } from "../domain/messages";
import type { IsoDate } from "../domain/processing/holidays";
import type { MonthKey } from "../domain/months";
import { readSources, type SourceData } from "../sources/read-sources";
import { MAPPING_SETTING, parseDecisions, serializeDecisions, type SheetDecision, type SourceMapping } from "../sources/source-mapping";
import type { WorkbookPort, WorkbookRead } from "../workbook/port";
import { withRememberedSettings } from "./remembered-settings";

export interface SourceInspection {
  mappings: SourceMapping[];
  /** The decisions stored now, to be changed by confirm/correct. */
  decisions: SheetDecision[];
  messages: Message[];
  /** Months a report can be made for (ascending): those with Grunddaten, or without them with reported values or cases. */
  reportMonths: MonthKey[];
  /**
   * An all-Jobcenter table: whether it names Vergleichstypen (else the pane offers to choose the own type), and the
   * own Jobcenter and Vergleichstyp the workbook remembers, so the pane shows what a run without a new choice uses.
   */
  peerTable: {
    hasTypes: boolean;
    remembered: { jobcenter: string | null; comparisonType: string | null };
    /** The table's Jobcenter (not Land or Bund rows), by name: the pane's list to choose the own one from. */
    jobcenters: Array<{ key: string | null; name: string }>;
  } | null;
  /** The first rows of every sheet as written, for the mapping editor's preview (corrections never change them). */
  previews: SheetPreview[];
}

export interface SheetPreview {
  sheet: string;
  /** Absolute 0-based position of rows[0][0]. */
  origin: { row: number; col: number };
  /** At most PREVIEW_ROWS × PREVIEW_COLUMNS cells, text cut to PREVIEW_TEXT characters. */
  rows: Array<Array<string | number | boolean | null>>;
}

export const PREVIEW_ROWS = 15;
export const PREVIEW_COLUMNS = 40;
const PREVIEW_TEXT = 80;

function previewOf(sheet: WorkbookRead["sheets"][number]): SheetPreview {
  const rows = sheet.values.slice(0, PREVIEW_ROWS).map((row) => row.slice(0, PREVIEW_COLUMNS).map((v) => (typeof v === "string" && v.length > PREVIEW_TEXT ? `${v.slice(0, PREVIEW_TEXT - 1)}…` : v)));
  return { sheet: sheet.name, origin: sheet.origin, rows };
}

/**
 * `pending`: decisions not saved yet (the editor's corrections, applied and shown at once, saved when the user says
 * so): the workbook is read as if they were stored, and nothing is written.
 */
export async function inspectSources(port: WorkbookPort, today: IsoDate = new Date().toISOString().slice(0, 10), pending?: SheetDecision[]): Promise<SourceInspection> {
  const stored = await port.readSheets({ numberFormats: true });
  const read = pending ? { ...stored, state: { ...stored.state, settings: { ...stored.state.settings, [MAPPING_SETTING]: serializeDecisions(pending) } } } : stored;
  const sources = readSources(read, { today });
  return { mappings: sources.mappings, decisions: parseDecisions(read.state.settings[MAPPING_SETTING]).decisions, messages: sources.messages, reportMonths: reportMonths(sources), peerTable: peerTableOf(sources, read.state.settings), previews: read.sheets.filter((s) => s.visibility !== "veryHidden").map(previewOf) };
}

function peerTableOf(sources: SourceData, settings: Readonly<Record<string, string>>): SourceInspection["peerTable"] {
  if (!sources.crossSection) return null;
  const remembered = withRememberedSettings({}, settings);
  // A long table holds each Jobcenter once per month: listed once.
  const unique = new Map(sources.crossSection.rows.map((row) => [`${row.key}|${row.name}`, { key: row.key, name: row.name }]));
  const jobcenters = [...unique.values()].sort((a, b) => a.name.localeCompare(b.name, "de"));
  return { hasTypes: sources.crossSection.hasTypes, remembered: { jobcenter: remembered.jobcenter ?? null, comparisonType: remembered.comparisonType || null }, jobcenters };
}

/** The same months the report's default Berichtsmonat is chosen from (build-report.ts, defaultReportMonth). */
function reportMonths(sources: SourceData): MonthKey[] {
  const months = new Set<MonthKey>();
  for (const series of sources.baseSeries.values()) for (const month of series.keys()) months.add(month);
  if (months.size === 0) {
    for (const series of sources.reported.values()) for (const month of series.keys()) months.add(month);
    for (const list of sources.caseLists) for (const c of list.cases) if (c.end !== null) months.add(c.end.slice(0, 7));
  }
  return [...months].sort();
}

export async function saveDecisions(port: WorkbookPort, decisions: SheetDecision[]): Promise<void> {
  await port.render({ sheets: [], settings: { [MAPPING_SETTING]: serializeDecisions(decisions) } });
}
