/**
 * The pipeline in one call: what was read from the workbook → source records → indicator results → sheet plan.
 * Used by the CLI and by the task pane alike.
 */
import type { Message } from "../domain/messages";
import type { WorkbookRead } from "../workbook/port";
import type { ReportPlan } from "./plan";
import type { ReportSummary } from "./summary";

export interface ReportOptions {
  /** Berichtsmonat as "YYYY-MM"; omitted = the latest month with reported Ist values. */
  reportMonth?: string;
}

export interface ReportOutcome {
  plan: ReportPlan;
  summary: ReportSummary;
  messages: Message[];
}

export function buildReport(_read: WorkbookRead, _options: ReportOptions = {}): ReportOutcome {
  throw new Error("buildReport: wird gerade gebaut");
}
