/**
 * Quarters or half-years as rows written without their year ("I" … "IV", "Q1", "1", "2"), under a header that names
 * the kind ("Quartal", "Halbjahr"), the year standing once in the sheet name or the title. Variants that differ from
 * the holdout workbook: "Q1" … "Q4" with the year in the title, half-years "1"/"2" with the year in the sheet name,
 * a "Ziel 2025" row, and no period at all when no year or two years stand above (never a guessed year).
 */
import { findIndicatorColumns } from "../../src/sources/find-indicator-columns";
import { SheetGrid } from "../../src/sources/sheet-grid";
import type { RawCell } from "../../src/workbook/port";
import { sheet } from "../fixtures/workbook-read";

const read = (name: string, values: RawCell[][]) => findIndicatorColumns(new SheetGrid(sheet(name, values)));

describe("periods without their year under a header naming the kind", () => {
  it("reads 'Q1' … 'Q4' under 'Quartal' with the year from the title, Q4 still blank, and the 'Ziel 2025' row", () => {
    const found = read("Neukunden", [
      ["Erstberatung im Jahr 2025"],
      ["Quartal", "Erstberatung Ü25", "Erstberatung U25"],
      ["Q1", 16, 11],
      ["Q2", 15.5, 10.5],
      ["Q3", 14, null],
      ["Q4", null, null],
      ["Ziel 2025", 15, 10],
    ]);
    expect(Object.fromEntries(found?.reported.get("EB_UE25") ?? [])).toEqual({ "2025-03": 16, "2025-06": 15.5, "2025-09": 14 });
    expect(found?.periods.get("EB_U25")?.get("2025-06")?.label).toBe("2. Quartal 2025");
    expect(found?.reportedCells.get("EB_UE25")?.get("2025-09")).toBe("B5");
    expect(found?.targets?.targets.get("EB_U25")?.annualTarget).toBe(10);
  });

  it("reads half-years '1' and '2' under 'Halbjahr' with the year from the sheet name", () => {
    const found = read("KZI 2023", [
      ["Halbjahr", "KZI"],
      [1, 2.3],
      [2, 2.25],
    ]);
    expect(Object.fromEntries(found?.reported.get("KZI") ?? [])).toEqual({ "2023-06": 2.3, "2023-12": 2.25 });
  });

  it("reads no period when no year or two years stand above the rows", () => {
    const rows: RawCell[][] = [["Quartal", "Erstberatung U25"], ["I", 11], ["II", 10]];
    expect(read("Erstberatung", rows)).toBeNull();
    expect(read("Erstberatung 2024", [["Vergleich mit 2023"], ...rows])).toBeNull();
  });
});
