/**
 * One refresh, the same for the task pane and the ribbon button: read every source in one batch, compute, render the
 * whole plan in one batch. Only the port is used here, so the sequence is tested without Excel.
 */
import type { Message } from "../domain/messages";
import { buildReport, type ReportOptions } from "../report/build-report";
import { parseSheetSelection } from "../report/report-sheets";
import type { ReportSummary } from "../report/summary";
import type { RenderResult, WorkbookPort } from "./port";

export type RefreshStep = "lesen" | "berechnen" | "schreiben";

export interface RefreshOutcome {
  summary: ReportSummary;
  rendered: RenderResult | null;
  messages: Message[];
}

/** Settings kept in the workbook so the ribbon button and a colleague get the same report. */
export const SETTING = { reportMonth: "berichtsmonat", targetPath: "zielpfad", sheets: "blaetter", tolerance: "toleranz" } as const;

export async function refreshReport(port: WorkbookPort, options: ReportOptions, onStep: (step: RefreshStep) => void = () => undefined): Promise<RefreshOutcome> {
  onStep("lesen");
  const read = await port.readSheets({ numberFormats: true });
  onStep("berechnen");
  const remembered = read.state.settings;
  const effective: ReportOptions = {
    reportMonth: options.reportMonth ?? (options.useRememberedSettings ? remembered[SETTING.reportMonth] : undefined),
    cumulativeTargetPath: options.cumulativeTargetPath ?? (remembered[SETTING.targetPath] === "seasonal" ? "seasonal" : undefined),
    sheets: options.sheets ?? parseSheetSelection(remembered[SETTING.sheets]),
    defaultTolerance: options.defaultTolerance ?? parseTolerance(remembered[SETTING.tolerance]),
    today: options.today,
  };
  const outcome = buildReport(read, effective);
  if (outcome.plan.sheets.length === 0) return { summary: outcome.summary, rendered: null, messages: outcome.messages };
  onStep("schreiben");
  const settings: Record<string, string> = { [SETTING.targetPath]: effective.cumulativeTargetPath ?? "linear" };
  if (effective.reportMonth) settings[SETTING.reportMonth] = effective.reportMonth;
  settings[SETTING.sheets] = (effective.sheets ?? []).join(",");
  settings[SETTING.tolerance] = effective.defaultTolerance ? `${effective.defaultTolerance.pp};${effective.defaultTolerance.percent}` : "";
  const rendered = await port.render({ ...outcome.plan, settings });
  return { summary: outcome.summary, rendered, messages: outcome.messages };
}

/** "0.5;2" → ± 0,5 pp for quotas, ± 2 % for the rest; anything else → none. */
function parseTolerance(stored: string | undefined): ReportOptions["defaultTolerance"] {
  const match = /^(\d+(?:\.\d+)?);(\d+(?:\.\d+)?)$/.exec(stored ?? "");
  return match ? { pp: Number(match[1]), percent: Number(match[2]) } : undefined;
}
