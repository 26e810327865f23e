/**
 * The pipeline, the one way every entry point (CLI, task pane, ribbon, standalone mode, benchmarks) makes a report:
 *
 *   port.readSheets ─▶ readSources ─▶ buildReport ─▶ port.render
 *      (read)           (map)       (compute + plan)   (write)
 *
 * Options are validated once here; reading and rendering go through the port only, so the sequence is the same for
 * Excel and for .xlsx files, and is tested without Excel.
 */
import { dataAsOfBySheet } from "../report/data-as-of";
import type { Message } from "../domain/messages";
import { type ReportOutcome, buildReport } from "../report/build-report";
import type { ReportSummary } from "../report/summary";
import { readSources } from "../sources/read-sources";
import { MAPPING_SETTING, serializeDecisions } from "../sources/source-mapping";
import type { WorkbookRead } from "../sources/workbook-read";
import type { RenderResult, WorkbookPort } from "../workbook/port";
import { settingsToRemember, withRememberedSettings } from "./remembered-settings";
import { InvalidOptionsError, type ReportOptions, type ReportOptionsInput, validateOptions } from "./report-options";

export type RunStep = "lesen" | "berechnen" | "schreiben";

export interface RunOutcome {
  summary: ReportSummary;
  /** null when there was nothing to write (no Grunddaten, no budget): the workbook is left as it was. */
  rendered: RenderResult | null;
  messages: Message[];
}

/** Today as the pipeline sees it, unless a run says otherwise (tests, reproducible batches). */
const isoToday = () => new Date().toISOString().slice(0, 10);

/** Read → map → compute → plan → render. Throws InvalidOptionsError (German) before touching the workbook. */
export async function runReport(port: WorkbookPort, input: ReportOptionsInput, onStep: (step: RunStep) => void = () => undefined): Promise<RunOutcome> {
  const given = checkedOptions(input);
  onStep("lesen");
  const read = await port.readSheets({ numberFormats: true });
  onStep("berechnen");
  const options = withRememberedSettings(given, read.state.settings);
  const outcome = computeReport(read, options);
  if (outcome.plan.sheets.length === 0) return { summary: outcome.summary, rendered: null, messages: outcome.messages };
  onStep("schreiben");
  const rendered = await port.render(options.rememberSettings ? { ...outcome.plan, settings: settingsToRemember(options) } : outcome.plan);
  return { summary: outcome.summary, rendered, messages: [...outcome.messages] };
}

/** The pure middle of the pipeline: what was read → records → results → sheet plans and summary. */
export function computeReport(read: WorkbookRead, options: ReportOptions = {}): ReportOutcome {
  const today = options.today ?? isoToday();
  // A mapping file given for the run reads the sheets as it says, in place of the one stored in the workbook.
  const mapped = options.sourceMapping ? { ...read, state: { ...read.state, settings: { ...read.state.settings, [MAPPING_SETTING]: serializeDecisions(options.sourceMapping) } } } : read;
  const sources = readSources(mapped, { today, ...(options.jobcenter ? { jobcenter: options.jobcenter } : {}), ...(options.reportMonth ? { reportYear: Number(options.reportMonth.slice(0, 4)) } : {}) });
  return buildReport(sources, {
    reportMonth: options.reportMonth,
    cumulativeTargetPath: options.cumulativeTargetPath,
    defaultTolerance: options.defaultTolerance,
    sheets: options.sheets,
    today,
    integrationDenominatorLag: options.integrationDenominatorLag ?? 1,
    land: options.land ?? "NI",
    dataAsOfBySheet: dataAsOfBySheet(read.sheets),
    ...(options.comparisonType ? { comparisonType: options.comparisonType } : {}),
  });
}

export function checkedOptions(input: ReportOptionsInput): ReportOptions {
  const validated = validateOptions(input);
  if (!validated.ok) throw new InvalidOptionsError(validated.errors);
  return validated.options;
}
