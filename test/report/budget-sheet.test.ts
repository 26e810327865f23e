/**
 * The EGT-Controlling sheet as finance staff check it: the written instrument cells add up to the written total to the
 * cent, and a source whose rows do not add up to its stated total is reported with both cells while the report renders.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeReport } from "../../src/pipeline/run-report";
import { FORMAT } from "../../src/report/formats";
import type { PlanValue, SheetPlan } from "../../src/report/plan";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { sheet, workbook } from "../fixtures/workbook-read";

const SAMPLE = readFileSync(join(__dirname, "..", "..", "assets", "beispiel-jobcenter.xlsx"));

function budgetSheet(plan: { sheets: SheetPlan[] }): SheetPlan {
  const found = plan.sheets.find((s) => s.key === "egt-controlling");
  if (!found) throw new Error("no EGT-Controlling sheet");
  return found;
}

/** Rows of the instrument table between its header and the "Gesamt" row. */
function instrumentRows(egt: SheetPlan): { lines: PlanValue[][]; subtotals: PlanValue[][]; total: PlanValue[] } {
  const header = egt.cells.findIndex((r) => r[0] === "Kategorie / Instrument");
  const totalIndex = egt.cells.findIndex((r, i) => i > header && r[0] === "Gesamt");
  const body = egt.cells.slice(header + 1, totalIndex).filter((r) => typeof r[1] === "number");
  return {
    lines: body.filter((r) => !String(r[0]).startsWith("Summe ")),
    subtotals: body.filter((r) => String(r[0]).startsWith("Summe ")),
    total: egt.cells[totalIndex],
  };
}

const cents = (v: PlanValue) => Math.round((v as number) * 100);

describe("EGT-Controlling of the sample workbook", () => {
  let egt: SheetPlan;
  beforeAll(async () => {
    const read = await (await XlsxWorkbook.fromBuffer(SAMPLE)).readSheets({ numberFormats: true });
    egt = budgetSheet(computeReport(read).plan);
  });

  it("balances to the cent: Plan, Ist, Bindung, gebunden and verfügbar of the lines sum to the total row", () => {
    const { lines, subtotals, total } = instrumentRows(egt);
    expect(lines.length).toBe(13);
    for (const col of [1, 2, 3, 4, 5]) {
      const sum = lines.reduce((a, r) => a + cents(r[col]), 0);
      expect({ col, sum }).toEqual({ col, sum: cents(total[col]) });
      expect(subtotals.reduce((a, r) => a + cents(r[col]), 0)).toBe(cents(total[col]));
    }
    expect(total[1]).toBe(6_488_398);
  });

  it("every sum row equals the sum of its lines in every amount column, the projections and the Ausgaberest included", () => {
    const header = egt.cells.findIndex((r) => r[0] === "Kategorie / Instrument");
    const amountColumns = [1, 2, 3, 4, 5, 8, 9, 10, 11, 12];
    expect(egt.cells[header].slice(10, 13)).toEqual(["Hochrechnung (Ist × 12 ÷ Monate)", "Erwartung Jahresende", "Ausgaberest (Plan − Erwartung)"]);
    let group: PlanValue[][] = [];
    const all: PlanValue[][] = [];
    let checked = 0;
    for (const row of egt.cells.slice(header + 1)) {
      const label = String(row[0]);
      if (typeof row[1] !== "number") {
        group = [];
        continue;
      }
      const parts = label === "Gesamt" ? all : label.startsWith("Summe ") ? group : null;
      if (parts) {
        for (const col of amountColumns) expect({ label, col, cents: cents(row[col]) }).toEqual({ label, col, cents: parts.reduce((a, r) => a + cents(r[col]), 0) });
        checked++;
        if (label === "Gesamt") break;
        continue;
      }
      group.push(row);
      all.push(row);
    }
    expect(checked).toBe(9); // 8 categories and the Gesamt
  });

  it("the Erwartung is no plan by construction: Reha, overplanned by 3.600 €, counts with its 48.600 € and the Ausgaberest is negative", () => {
    const reha = egt.cells.find((r) => r[0] === "Leistungen zur Teilhabe behinderter Menschen (Reha)") ?? [];
    // Ist 40.500 + Bindung 8.100 = 48.600 (floor); run rate 40.500 × 12 ÷ 10 = 48.600; Ausgaberest 45.000 − 48.600.
    expect([reha[10], reha[11], reha[12]]).toEqual([48_600, 48_600, -3_600]);
    const total = instrumentRows(egt).total;
    expect(total[11]).not.toBe(total[1]);
  });

  it("shows the Mittelherleitung down to the AmIP's Neugeschäft of 3.083.000 €", () => {
    const row = egt.cells.find((r) => r[0] === "= Mittel für Neugeschäft");
    expect(row?.[1]).toBe(3_083_000);
  });

  it("has the waterfall and the Mittelabfluss chart", () => {
    expect(egt.charts.map((c) => c.kind)).toEqual(["waterfall", "line"]);
    // No legend on the waterfall: it would show the invisible "Basis" as an empty entry.
    expect(egt.charts[0].legend).toBe("none");
  });

  it("charts read numbers or empty cells only: a „–“ in chart data would be drawn as 0", () => {
    for (const chart of egt.charts) {
      for (const series of chart.series) {
        const { row, col, rows, cols } = series.values;
        for (let r = row; r < row + rows; r++) {
          for (let c = col; c < col + cols; c++) {
            const value = egt.cells[r]?.[c];
            expect({ series: series.name, r, c, ok: value === null || value === undefined || typeof value === "number" }).toEqual({ series: series.name, r, c, ok: true });
          }
        }
      }
    }
  });
});

describe("a budget sheet that does not add up", () => {
  const budget = sheet("EGT 2023", [
    ["Eingliederungstitel 2023"],
    [],
    ["Zuteilung EGT", 1_000_000],
    ["Umschichtung in das Verwaltungskostenbudget", 200_000],
    [],
    ["Kategorie", "Instrument", "Plan 2023", "Ist Jan–Jun", "Bindung"],
    ["Aktivierung", "Vermittlungsbudget", 300_000, 120_000, 10_000],
    ["Aufnahme einer Erwerbstätigkeit", "EGZ", 500_000, 260_000, 80_000],
    ["Gesamt", null, 810_000, 380_000, 90_000],
  ]);
  const outcome = computeReport(workbook(budget));

  it("names the stated total cell and the span of instrument rows, with the difference", () => {
    const check = outcome.summary.budget?.checks.find((c) => c.cell === "C9");
    expect(check).toBeDefined();
    expect(check?.sheet).toBe("EGT 2023");
    expect(check?.text).toMatch(/Zeilen B7 bis B8/);
    expect(check?.text).toMatch(/800\.000 €.*810\.000 €.*Differenz 10\.000 €/);
  });

  it("still renders the report, with the computed total and the difference listed under Abstimmung", () => {
    const egt = budgetSheet(outcome.plan);
    expect(egt.cells.find((r) => r[0] === "Gesamt")?.[1]).toBe(800_000);
    const abstimmung = egt.cells.findIndex((r) => r[0] === "Abstimmung");
    expect(egt.cells.slice(abstimmung + 1).some((r) => /EGT 2023!C9: .*Differenz 10\.000 €/.test(String(r[0])))).toBe(true);
  });

  it("reads the months elapsed from the Ist header ('Ist Jan–Jun' → 6) for the linear plan", () => {
    expect(outcome.summary.budget?.monthsElapsed).toBe(6);
    expect(outcome.summary.budget?.total.linearPlan).toBe(400_000);
  });
});

describe("Vorbelastungen für Folgejahre", () => {
  it("are shown as an extra column when the source has them", () => {
    const budget = sheet("EGT 2024", [
      ["Zuteilung EGT", 500_000],
      ["Kategorie", "Instrument", "Plan", "Ist Jan–Mär", "Bindung", "VE"],
      ["Beschäftigung schaffende Maßnahmen", "Teilhabe am Arbeitsmarkt (§ 16i)", 300_000, 80_000, 150_000, 240_000],
      ["Aufnahme einer Erwerbstätigkeit", "EGZ", 200_000, 40_000, 60_000, 35_000],
    ]);
    const egt = budgetSheet(computeReport(workbook(budget)).plan);
    const header = egt.cells.find((r) => r[0] === "Kategorie / Instrument");
    expect(header?.[13]).toBe("Vorbelastung Folgejahre");
    expect(egt.cells.find((r) => r[0] === "Gesamt")?.[13]).toBe(275_000);
  });
});

describe("a budget of 5.000 lines", () => {
  const rows: PlanValue[][] = [["Zuteilung EGT", 60_000_000], [], ["Kategorie", "Instrument", "Plan 2023", "Ist Jan–Jun", "Bindung"]];
  for (let i = 0; i < 5_000; i++) rows.push([`Kategorie ${i % 10}`, `Maßnahme ${i + 1}`, 10_000, i % 7 === 0 ? null : 4_000, 1_000]);
  const egt = budgetSheet(computeReport(workbook(sheet("EGT 2023", rows as never)), { today: "2023-07-15" }).plan);
  const body = instrumentRows(egt);
  const header = egt.cells.findIndex((r) => r[0] === "Kategorie / Instrument");
  const firstLine = egt.cells.findIndex((r) => r[0] === "Maßnahme 1");
  const styleOf = (row: number, col: number) => Object.assign({}, ...egt.styles.filter((s) => row >= s.range.row && row < s.range.row + s.range.rows && col >= s.range.col && col < s.range.col + s.range.cols).map((s) => s.style));

  it("is formatted by column ranges, not cell by cell (one request to Excel stays small)", () => {
    expect(body.lines).toHaveLength(5_000);
    expect(egt.styles.length).toBeLessThan(200);
  });

  it("still shows every amount as EUR and the rates as percent, with lines indented under their category", () => {
    expect(header).toBeGreaterThan(0);
    expect(styleOf(firstLine, 1).numberFormat).toBe(FORMAT.euro);
    expect(styleOf(firstLine, 9).numberFormat).toBe(FORMAT.euroDelta);
    expect(styleOf(firstLine, 6).numberFormat).toBe(FORMAT.percent);
    expect(styleOf(firstLine, 0).indent).toBe(1);
    const total = egt.cells.findIndex((r) => r[0] === "Gesamt");
    expect(styleOf(total, 1)).toMatchObject({ bold: true });
    expect(styleOf(total, 1).numberFormat).toBe(FORMAT.euro);
  });
});
