/**
 * Excel refuses a chart series whose cells are all blank (Office.js error EmptyChartSeries). Met in the middle of a
 * refresh, that refusal would leave a half-written report, and the next refresh would meet it again. So the plan is
 * checked before anything in the workbook changes: a blank series is left out, a chart with no series left is not
 * drawn, and the user is told which chart misses what. Both adapters can use it; it reads only the plan.
 */
import type { ChartPlan, PlanValue, SheetPlan } from "../report/plan";

export interface ChartsWithValues {
  plan: SheetPlan;
  notices: string[];
}

export function withoutBlankSeries(plan: SheetPlan): ChartsWithValues {
  const notices: string[] = [];
  const charts: ChartPlan[] = [];
  for (const chart of plan.charts) {
    const series = chart.series.filter((s) => hasValue(plan.cells, s.values));
    const blank = chart.series.filter((s) => !series.includes(s));
    if (blank.length === 0) {
      charts.push(chart);
      continue;
    }
    if (series.length === 0) {
      notices.push(`Das Diagramm „${chart.title}“ im Blatt „${plan.name}“ fehlt: Für den Berichtszeitraum liegen keine Werte vor.`);
      continue;
    }
    charts.push({ ...chart, series });
    const names = blank.map((s) => `„${s.name}“`).join(", ");
    notices.push(`Im Diagramm „${chart.title}“ im Blatt „${plan.name}“ fehlt ${blank.length === 1 ? "die Reihe" : "die Reihen"} ${names}: Für den Berichtszeitraum liegen keine Werte vor.`);
  }
  return { plan: notices.length === 0 ? plan : { ...plan, charts }, notices };
}

function hasValue(cells: PlanValue[][], range: { row: number; col: number; rows: number; cols: number }): boolean {
  for (let r = range.row; r < range.row + range.rows; r++) {
    for (let c = range.col; c < range.col + range.cols; c++) {
      const value = cells[r]?.[c];
      if (value !== null && value !== undefined && value !== "") return true;
    }
  }
  return false;
}
