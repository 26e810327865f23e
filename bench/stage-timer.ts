/**
 * Splits computeReport() into its stages without touching src/: the sheet builders (results → ReportPlan) and
 * readSources (cells → records) are wrapped where build-report.ts looks them up (CommonJS exports objects, resolved
 * at call time). Engine time (records → results) is what remains of computeReport.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { computeReport } from "../src/pipeline/run-report";
import type { ReportOptions } from "../src/pipeline/report-options";
import type { WorkbookRead } from "../src/workbook/port";

export interface StageTimes {
  /** cells → SourceData (readSources) */
  sourcesMs: number;
  /** SourceData → indicator, Kennzahl, processing and budget results (and the JSON summary) */
  engineMs: number;
  /** results → ReportPlan (the four sheet builders) */
  planMs: number;
  totalMs: number;
}

const PLAN_BUILDERS: Array<[string, string]> = [
  ["../src/report/goal-comparison-sheet", "buildGoalComparisonSheet"],
  ["../src/report/kennzahlen-sheet", "buildKennzahlenSheet"],
  ["../src/report/processing-sheet", "buildProcessingSheet"],
  ["../src/report/budget-sheet", "buildBudgetSheet"],
];

const clock = { sources: 0, plan: 0 };
let installed = false;

function wrap(modulePath: string, name: string, bucket: keyof typeof clock): void {
  const exports = require(modulePath) as Record<string, (...args: unknown[]) => unknown>;
  const original = exports[name];
  if (typeof original !== "function") throw new Error(`${modulePath} exportiert ${name} nicht mehr – stage-timer.ts anpassen`);
  exports[name] = (...args: unknown[]) => {
    const started = performance.now();
    try {
      return original(...args);
    } finally {
      clock[bucket] += performance.now() - started;
    }
  };
}

function install(): void {
  if (installed) return;
  installed = true;
  wrap("../src/sources/read-sources", "readSources", "sources");
  for (const [path, name] of PLAN_BUILDERS) wrap(path, name, "plan");
}

export function timedBuildReport(read: WorkbookRead, options: ReportOptions): { outcome: ReturnType<typeof computeReport>; times: StageTimes } {
  install();
  clock.sources = 0;
  clock.plan = 0;
  const started = performance.now();
  const outcome = computeReport(read, options);
  const totalMs = performance.now() - started;
  return { outcome, times: { sourcesMs: clock.sources, planMs: clock.plan, engineMs: totalMs - clock.sources - clock.plan, totalMs } };
}
