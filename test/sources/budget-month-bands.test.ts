/**
 * EGT sheets that keep the plan and the Ist per month: one band per month over "Plan | Ist". The annual plan is the
 * sum of the monthly plans, the Ist the sum of the months entered (months to come are blank, never 0). Variants that
 * differ from the holdout workbook: "Soll" as the plan, the Ist before the plan, bands with a year, unmerged bands,
 * amounts as German text, a quarter of months only.
 */
import { findBudget } from "../../src/sources/find-budget";
import { SheetGrid } from "../../src/sources/sheet-grid";
import type { RawCell } from "../../src/workbook/port";
import { sheet } from "../fixtures/workbook-read";

const read = (values: RawCell[][], name = "EGT 2025") => findBudget(new SheetGrid(sheet(name, values)));

describe("plan and Ist per month under month bands", () => {
  it("sums 'Soll' and 'Ist-Ausgaben' under bands 'Jan 2025' … 'Apr 2025', the Ist first, April still blank", () => {
    const found = read([
      ["Mittelabfluss EGT 2025"],
      ["Instrument", "Jan 2025", null, "Feb 2025", null, "Mär 2025", null, "Apr 2025", null],
      [null, "Ist-Ausgaben", "Soll", "Ist-Ausgaben", "Soll", "Ist-Ausgaben", "Soll", "Ist-Ausgaben", "Soll"],
      ["Eingliederungszuschuss (EGZ)", "1.000,50 €", "2.000,00 €", "1.100,25 €", "2.000,00 €", "900,00 €", "2.500,00 €", null, "2.500,00 €"],
      ["Vermittlungsbudget", 300, 400, 350, 400, null, 400, null, 400],
    ]);
    expect(found?.lines.map((l) => [l.instrument, l.plan, l.actual])).toEqual([
      ["Eingliederungszuschuss (EGZ)", 9000, 3000.75],
      ["Vermittlungsbudget", 1600, 650],
    ]);
    expect(found?.planBasis).toBe("Soll");
    expect(found?.messages.find((m) => m.level === "info")?.text).toContain("Summe der Monatspläne");
    expect(found?.messages.filter((m) => m.level !== "info")).toEqual([]);
  });

  it("leaves an instrument whose months are all blank without an amount instead of 0, and checks 'Verfügbar' against the sums", () => {
    const found = read([
      ["Kategorie", "Maßnahme", "Juli", "", "August", "", "September", "", "Verfügbar"],
      ["", "", "Plan", "Ist", "Plan", "Ist", "Plan", "Ist", ""],
      ["Aktivierung", "AVGS", 100, 90, 100, 95, 100, null, 115],
      ["Aktivierung", "Reha", 50, null, 50, null, 50, null, 100],
    ], "Mittelabfluss");
    const [avgs, reha] = found?.lines ?? [];
    expect([avgs.plan, avgs.actual]).toEqual([300, 185]);
    expect([reha.plan, reha.actual]).toEqual([150, null]);
    // AVGS: 300 − 185 = 115 as stated; Reha: 150 − 0 = 150, the export says 100 – said at its cell.
    expect(found?.messages.filter((m) => m.level === "warning").map((m) => m.cell)).toEqual(["I4"]);
  });

  it("keeps a plan that stands once as it is, and a month written twice is no month band", () => {
    const once = read([
      ["Instrument", "Plan 2025", "Ist Jan–Mär"],
      ["EGZ", 12000, 2500],
    ]);
    expect([once?.lines[0].plan, once?.lines[0].actual, once?.monthsElapsed]).toEqual([12000, 2500, 3]);
    const twice = read([
      ["Instrument", "Januar", "", "Januar", ""],
      ["", "Plan", "Ist", "Plan", "Ist"],
      ["EGZ", 1000, 900, 1000, 800],
    ]);
    expect([twice?.lines[0].plan, twice?.lines[0].actual]).toEqual([1000, 900]);
  });
});
