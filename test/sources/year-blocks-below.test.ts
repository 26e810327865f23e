/**
 * A Ziel-Ist sheet with the same block repeated below for the previous year ("Ist 2024" above, "Vorjahr 2023" below
 * after blank rows): the lower block's months are read too, so the previous year's Summe or Durchschnitt a relative
 * Zielwert needs is there; a lower block that repeats the upper one's months is said, never read over them. Variants
 * that differ from the holdout workbook: years in the band text ("2024" / "Vergleich 2023"), month labels with the year,
 * a quota in the lower block, no title row between the blocks, a Soll block of the same year.
 */
import { findTargetActualRows } from "../../src/sources/find-target-actual-rows";
import { SheetGrid } from "../../src/sources/sheet-grid";
import type { RawCell } from "../../src/workbook/port";
import { sheet } from "../fixtures/workbook-read";

const read = (values: RawCell[][]) => findTargetActualRows(new SheetGrid(sheet("Zielnachhaltung", values)), { withTarget: true });
const MONTHS = ["Jan", "Feb", "Mrz", "Apr"];

describe("a block for another year below the Ziel-Ist block", () => {
  it("reads the LLU sum and the quota of a 'Vergleich 2024' block under a '2025' block, and no Zielwert from it", () => {
    const found = read([
      ["Kennzahl", "Zielwert 2025", "2025"],
      [null, null, ...MONTHS],
      ["Integrationsquote", 24.5, 2.1, 4.3, null, null],
      ["Summe Leistungen zum Lebensunterhalt", null, 1_000_000, 990_000, null, null],
      [],
      ["Kennzahl", "Zielwert 2024", "Vergleich 2024"],
      [null, null, ...MONTHS],
      ["Integrationsquote", 22, 1.9, 4.0, 6.1, 8.0],
      ["Summe Leistungen zum Lebensunterhalt", null, 1_050_000, 1_040_000, 1_030_000, 1_020_000],
    ]);
    expect(Object.fromEntries(found?.grunddaten.series.get("llu") ?? [])).toEqual({
      "2025-01": 1_000_000, "2025-02": 990_000,
      "2024-01": 1_050_000, "2024-02": 1_040_000, "2024-03": 1_030_000, "2024-04": 1_020_000,
    });
    expect(found?.reported.get("K2")?.get("2024-04")).toBe(8.0);
    expect(found?.reportedCells.get("K2")?.get("2024-04")).toBe("F8");
    expect(found?.targets.targets.get("K2")?.annualTarget).toBe(24.5);
    expect(found?.targets.year).toBe(2025);
  });

  it("reads a lower block whose months carry their year ('Jan 2023' …), after two blank rows and a title", () => {
    const found = read([
      ["Kennzahl", "Zielwert 2024", "Ist 2024"],
      [null, null, ...MONTHS],
      ["Bestand LZB", 1450, 1480, 1470, 1465, null],
      [],
      [],
      ["Zum Vergleich"],
      ["Kennzahl", null, "Jan 2023", "Feb 2023", "Mär 2023", "Apr 2023"],
      ["Bestand LZB", null, 1510, 1500, 1495, 1490],
    ]);
    expect(found?.grunddaten.series.get("lzb")?.get("2023-03")).toBe(1495);
    expect(found?.grunddaten.series.get("lzb")?.get("2024-03")).toBe(1465);
    expect(found?.messages.filter((m) => m.level !== "info")).toEqual([]);
  });

  it("says so at the lower block's band when it repeats the upper block's months (a Soll block), and keeps the Ist", () => {
    const found = read([
      ["Kennzahl", "Zielwert 2024", "Ist 2024"],
      [null, null, ...MONTHS],
      ["Bestand LZB", 1450, 1480, 1470, null, null],
      [],
      ["Kennzahl", null, "Soll 2024"],
      [null, null, ...MONTHS],
      ["Bestand LZB", null, 1460, 1455, 1450, 1445],
    ]);
    expect(Object.fromEntries(found?.grunddaten.series.get("lzb") ?? [])).toEqual({ "2024-01": 1480, "2024-02": 1470 });
    expect(found?.messages.filter((m) => m.level === "warning").map((m) => [m.cell, m.text])).toEqual([["C5", expect.stringContaining("nicht gelesen")]]);
  });
});
