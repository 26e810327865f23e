/**
 * EGT sheets beyond one plan column: the previous year's columns beside this year's (the budget is the newest year,
 * the other a comparison), and plan and Ist kept per quarter or half-year under bands (the annual plan is their sum,
 * the Ist the sum of the periods entered). Variants that differ from the holdout workbooks: years in another order,
 * "Plan"/"Ausgaben"/"Bindung" as headers, a year's Ist missing, bands with years, half-years, German number text.
 */
import { findBudget } from "../../src/sources/find-budget";
import { SheetGrid } from "../../src/sources/sheet-grid";
import type { RawCell } from "../../src/workbook/port";
import { computeReport } from "../../src/pipeline/run-report";
import { readSources } from "../../src/sources/read-sources";
import { sheet, workbook } from "../fixtures/workbook-read";

const read = (values: RawCell[][], name = "EGT") => findBudget(new SheetGrid(sheet(name, values)));
const figures = (found: ReturnType<typeof read>) => found?.lines.map((l) => [l.instrument, l.plan, l.actual, l.committed]);

describe("the previous year's columns beside this year's", () => {
  it("takes the 2025 columns when they come first and the 2024 ones follow", () => {
    const found = read([
      ["Eingliederungstitel"],
      ["Maßnahme", "Plan 2025", "Ausgaben 2025", "Bindung", "Plan 2024", "Ausgaben 2024"],
      ["EGZ", 500_000, 120_000, 30_000, 450_000, 440_000],
      ["Vermittlungsbudget", "80.000,00", "21.500,50", "1.000,00", "75.000,00", "74.000,00"],
    ]);
    expect(figures(found)).toEqual([
      ["EGZ", 500_000, 120_000, 30_000],
      ["Vermittlungsbudget", 80_000, 21_500.5, 1_000],
    ]);
    expect(found?.year).toBe(2025);
    expect(found?.planBasis).toBe("Plan 2025");
    expect(found?.messages.map((m) => m.text).join(" ")).toContain("es gelten die Spalten 2025");
  });

  it("takes the columns of the chosen Berichtsmonat's year when the user reports on the older year", () => {
    const rows: RawCell[][] = [
      ["Eingliederungstitel"],
      ["Maßnahme", "Soll 2023", "Ist 2023", "Soll 2024", "Ist 2024"],
      ["EGZ", 400_000, 395_000, 500_000, 120_000],
    ];
    const older = findBudget(new SheetGrid(sheet("EGT", rows)), 2023);
    expect(figures(older)).toEqual([["EGZ", 400_000, 395_000, null]]);
    expect(older?.year).toBe(2023);
    expect(older?.messages.map((m) => m.text).join(" ")).toContain("es gelten die Spalten 2023 (Jahr des Berichtsmonats)");
    // A year the headers do not name leaves the newest, as without a choice.
    expect(findBudget(new SheetGrid(sheet("EGT", rows)), 2022)?.year).toBe(2024);
  });

  it("of two budget sheets, reports the one of the chosen Berichtsmonat's year, and says why the other is not used", () => {
    const egt = (year: number, plan: number) => sheet(`EGT ${year}`, [[`Eingliederungstitel ${year}`], ["Instrument", `Plan ${year}`, "Ist", "Bindung"], ["EGZ", plan, 1000, 500]]);
    const read2 = (reportYear?: number) => readSources(workbook(egt(2023, 300_000), egt(2024, 400_000)), { today: "2026-01-01", ...(reportYear ? { reportYear } : {}) });
    expect(read2().budget?.year).toBe(2024);
    const older = read2(2023);
    expect(older.budget?.year).toBe(2023);
    expect(older.budget?.lines[0].plan).toBe(300_000);
    expect(older.messages.map((m) => m.text)).toContainEqual(expect.stringContaining("es gilt das Jahr des Berichtsmonats 2023 aus „EGT 2023“"));
    // The report's --month is that choice.
    const report = computeReport(workbook(egt(2023, 300_000), egt(2024, 400_000)), { today: "2026-01-01", reportMonth: "2023-12" });
    expect(report.summary.budget).toMatchObject({ year: 2023, planBasis: { sheet: "EGT 2023" } });
  });

  it("leaves the Ist empty when only last year's Ist stands beside this year's plan, instead of comparing with it", () => {
    const found = read([
      ["Instrument", "Soll 2022", "Soll 2023", "Ist 2022"],
      ["FbW", 900_000, 1_000_000, 880_000],
    ]);
    expect(figures(found)).toEqual([["FbW", 1_000_000, null, null]]);
    expect(found?.year).toBe(2023);
  });

  it("keeps a single year's columns as they are, whatever year the title names", () => {
    const found = read([
      ["Planung 2023 fortgeschrieben"],
      ["Instrument", "Soll 2024", "Ist 2024"],
      ["AGH", 200_000, 90_000],
    ]);
    expect(figures(found)).toEqual([["AGH", 200_000, 90_000, null]]);
    expect(found?.messages.map((m) => m.text).join(" ")).not.toContain("mehrerer Jahre");
  });
});

describe("plan and Ist per quarter or half-year under bands", () => {
  it("sums 'Plan' under '1. Quartal 2025' … '4. Quartal 2025' and the Ist of the quarters entered", () => {
    const found = read([
      ["Instrument", "1. Quartal 2025", null, "2. Quartal 2025", null, "3. Quartal 2025", null, "4. Quartal 2025", null],
      [null, "Ist", "Plan", "Ist", "Plan", "Ist", "Plan", "Ist", "Plan"],
      ["EGZ", "10.000,50", "12.000,00", "11.000,00", "12.000,00", null, "13.000,00", null, "13.000,00"],
      ["AVGS", null, 500, null, 500, null, 500, null, 500],
    ]);
    expect(figures(found)).toEqual([
      ["EGZ", 50_000, 21_000.5, null],
      ["AVGS", 2_000, null, null],
    ]);
    expect(found?.messages.find((m) => m.level === "info")?.text).toContain("Summe der Quartalspläne");
  });

  it("sums half-years written once at their first column ('1. HJ', '2. HJ')", () => {
    const found = read([
      ["Kategorie", "Maßnahme", "1. HJ", "", "2. HJ", ""],
      ["", "", "Soll", "Ist", "Soll", "Ist"],
      ["Aktivierung", "Reha", 60_000, 58_000, 40_000, null],
    ]);
    expect(figures(found)).toEqual([["Reha", 100_000, 58_000, null]]);
    expect(found?.messages.find((m) => m.level === "info")?.text).toContain("Summe der Halbjahrespläne");
  });
});
