/**
 * Quality figures whose rows are named after the survey or report that dates them ("Befragung Mai 2024", "Welle
 * 2. Halbjahr 2024"): the words before the period name the event, the period is where the value is filed. Variants
 * that differ from the holdout workbook: other words ("Welle", "Erhebung", "Stand:"), a half-year, the indicator's
 * unit in brackets ("Kundenzufriedenheit (Note)", "Erstberatung U25 (Tage)"), a sum row that is no period.
 */
import { findIndicatorColumns } from "../../src/sources/find-indicator-columns";
import { periodAfterWords } from "../../src/sources/period-in-text";
import { SheetGrid } from "../../src/sources/sheet-grid";
import type { RawCell } from "../../src/workbook/port";
import { sheet } from "../fixtures/workbook-read";

const read = (values: RawCell[][]) => findIndicatorColumns(new SheetGrid(sheet("Qualität", values)));

describe("a period named after the event it dates", () => {
  it("reads the period behind up to three words, and no period behind a word that makes it a sum, target or span", () => {
    expect(periodAfterWords("Welle Nov. 2024")?.last).toBe("2024-11");
    expect(periodAfterWords("Erhebung 2. Halbjahr 2024")).toMatchObject({ kind: "half-year", last: "2024-12" });
    expect(periodAfterWords("Stand: 03/2025")?.last).toBe("2025-03");
    expect(periodAfterWords("Summe Mai 2024")).toBeNull();
    expect(periodAfterWords("Ziel 2. HJ 2024")).toBeNull();
    expect(periodAfterWords("bis Juni 2024")).toBeNull();
    expect(periodAfterWords("Befragte 312")).toBeNull();
  });

  it("reads KZI per survey wave under 'Kundenzufriedenheit (Note)', the wave still to come blank, with its unit", () => {
    const found = read([
      ["Welle", "Kundenzufriedenheit (Note)", "Ziel"],
      ["Welle Nov. 2024", null, 2.3],
      ["Welle Mai 2024", "2,18", 2.3],
      ["Welle Nov. 2023", "2,40", 2.3],
    ]);
    expect(Object.fromEntries(found?.reported.get("KZI") ?? [])).toEqual({ "2024-05": 2.18, "2023-11": 2.4 });
    expect(found?.reportedCells.get("KZI")?.get("2024-05")).toBe("B3");
    expect(found?.units.get("KZI")).toBe("Note");
    expect(found?.monthlyTargets.get("KZI")?.get("2024-05")).toBe(2.3);
  });

  it("files half-year waves as periods and does not read a 'Summe' row between them as one", () => {
    const found = read([
      ["Erhebung", "Erstberatung U25 (Tage)", "Erstberatung Ü25 (Tage)"],
      ["Erhebung 1. Halbjahr 2025", 12.5, 17],
      ["Erhebung 2. Halbjahr 2025", 11, 16.5],
      ["Summe 2. Halbjahr 2025", 23.5, 33.5],
    ]);
    expect(Object.fromEntries(found?.reported.get("EB_U25") ?? [])).toEqual({ "2025-06": 12.5, "2025-12": 11 });
    expect(found?.periods.get("EB_UE25")?.get("2025-12")?.label).toBe("2. Halbjahr 2025");
    expect(found?.units.get("EB_U25")).toBe("Tage");
  });
});
