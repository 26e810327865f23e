/**
 * A Zielerreichung sheet with one band per month over "Ist | Soll | Abweichung": the Ist of each month, the Soll zum
 * Monat as the controller phased it (compared as stated, not replaced by a linear path), the annual Zielwert from its
 * own column; the deviation column is the sheet's arithmetic and is not read. Variants that differ from the holdout
 * workbook: the Soll before the Ist, "Ziel" for the Soll, bands "03/2025", no annual column, a Bestand given as JDW.
 */
import { compareIndicator } from "../../src/domain/goal-comparison";
import { INDICATORS } from "../../src/domain/indicators";
import { findTargetActualRows } from "../../src/sources/find-target-actual-rows";
import { SheetGrid } from "../../src/sources/sheet-grid";
import type { RawCell } from "../../src/workbook/port";
import { readSources, targetsForYear } from "../../src/sources/read-sources";
import { sheet, workbook } from "../fixtures/workbook-read";

const read = (values: RawCell[][], withTarget: boolean) => findTargetActualRows(new SheetGrid(sheet("Zielerreichung 2025", values)), { withTarget });
const k2 = INDICATORS.find((d) => d.code === "K2")!;

describe("month bands over Ist and Soll", () => {
  const values: RawCell[][] = [
    ["Kennzahl", "Jahreszielwert 2025", "03/2025", null, null, "04/2025", null, null, "05/2025", null, null],
    [null, null, "Soll", "Ist", "Diff.", "Soll", "Ist", "Diff.", "Soll", "Ist", "Diff."],
    ["Integrationsquote", 24, 5.1, 5.4, 0.3, 7.2, 7.0, -0.2, null, null, null],
    ["Integrationsquote Frauen", 21, 4.4, 4.1, -0.3, 6.3, 6.5, 0.2, null, null, null],
  ];

  it("reads each month's Ist and the stated Soll, the Soll before the Ist, and May still blank", () => {
    const found = read(values, true);
    expect(Object.fromEntries(found?.reported.get("K2") ?? [])).toEqual({ "2025-03": 5.4, "2025-04": 7.0 });
    const target = found?.targets.targets.get("K2");
    expect(target?.annualTarget).toBe(24);
    expect(Object.fromEntries(target?.statedPlan ?? [])).toEqual({ "2025-03": 5.1, "2025-04": 7.2 });
    expect(found?.reported.get("K2_F")?.get("2025-04")).toBe(6.5);
    expect(found?.messages.filter((m) => m.level !== "info")).toEqual([]);
  });

  it("compares with the stated Soll of the Berichtsmonat instead of the linear path, and says so", () => {
    const found = read(values, true)!;
    const target = found.targets.targets.get("K2")!;
    const base = new Map([["K2", found.reported.get("K2")!]]);
    const april = compareIndicator(k2, base, "2025-04", target, "linear");
    expect(april.plan.value).toBe(7.2); // linear would be 24 · 4/12 = 8
    expect(april.annualTarget).toBe(24);
    expect(april.note).toContain("wie im Blatt");
    // Without a stated Soll for the month the path applies again.
    expect(compareIndicator(k2, base, "2025-05", target, "linear").plan.value).toBeCloseTo(10, 10);
  });

  it("reads 'Ziel | Ist' bands without an annual column, and a Bestand stated as JDW as the Ist itself", () => {
    const found = read([
      ["Zielerreichung"],
      ["Indikator", "Jan 2025", "", "Feb 2025", "", "Mär 2025", ""],
      ["", "Ziel", "Ist", "Ziel", "Ist", "Ziel", "Ist"],
      ["Bestand Langzeitleistungsbeziehende (JDW)", 900, 910, 900, 915, 900, 905],
    ], false);
    expect(found?.targets.targets.get("LZB")).toEqual(expect.objectContaining({ annualTarget: null }));
    expect(found?.targets.targets.get("LZB")?.statedPlan?.get("2025-02")).toBe(900);
    // The JDW is not a monthly Bestand to average again: it is the LZB Ist as stated.
    expect(found?.reported.get("LZB")?.get("2025-03")).toBe(905);
    expect(found?.grunddaten.series.has("lzb")).toBe(false);
  });
});

describe("a Zielerreichung sheet without an annual column, read with the whole workbook", () => {
  it("is not taken for Grunddaten: the Soll beside each Ist is no monthly Bestand", () => {
    const read = readSources(
      workbook(
        sheet("Zielerreichung", [
          ["Indikator", "Okt 2025", "", "Nov 2025", "", "Dez 2025", ""],
          ["", "Ist", "Soll", "Ist", "Soll", "Ist", "Soll"],
          ["Integrationsquote", 19.1, 20, 21.0, 22, 23.5, 24],
          ["Bestand LZB", 700, 690, 705, 690, 702, 690],
        ]),
      ),
      { today: "2026-02-01" },
    );
    expect(read.baseSeries.get("lzb")?.get("2025-11")).toBe(705);
    expect(read.reported.get("K2")?.get("2025-12")).toBe(23.5);
    expect(targetsForYear(read, 2025).get("K2")?.statedPlan?.get("2025-12")).toBe(24);
    expect(targetsForYear(read, 2025).get("LZB")?.statedPlan?.get("2025-10")).toBe(690);
  });
});
