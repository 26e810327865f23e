/**
 * A delivered index beside its items: survey waves as rows, the item grades and the index named by its code in
 * brackets ("Gesamtindex (KZI)"). The index counts as delivered (domain.md §3: the weights are not published), the
 * items are said to be unused. Variants that differ from the holdout workbook: other items and order, the index left
 * of the items, other wave labels and years, the target as a "Ziel 2025" row.
 */
import { findIndicatorColumns } from "../../src/sources/find-indicator-columns";
import { aliasMatchWithCode } from "../../src/sources/labels";
import { SheetGrid } from "../../src/sources/sheet-grid";
import type { RawCell } from "../../src/workbook/port";
import { sheet } from "../fixtures/workbook-read";

const read = (values: RawCell[][]) => findIndicatorColumns(new SheetGrid(sheet("Befragung", values)));

describe("a delivered index named by its code in brackets", () => {
  it("reads 'Index gesamt (KZI)' left of the items per wave 'HJ 1/2025', with the annual target from a 'Ziel 2025' row", () => {
    const found = read([
      ["Welle", "Index gesamt (KZI)", "Beratung", "Termine", "Bescheide"],
      ["HJ 2/2024", 2.41, 2.2, 2.9, 2.5],
      ["HJ 1/2025", 2.05, 1.9, 2.6, 2.0],
      ["Ziel 2025", 2.3, null, null, null],
    ]);
    expect(Object.fromEntries(found?.reported.get("KZI") ?? [])).toEqual({ "2024-12": 2.41, "2025-06": 2.05 });
    expect(found?.targets?.targets.get("KZI")?.annualTarget).toBe(2.3);
    const info = found?.messages.find((m) => m.level === "info");
    expect(info?.text).toContain("„Beratung“, „Termine“, „Bescheide“");
    expect(info?.cell).toBe("C1");
  });

  it("takes the index, never the mean of the items, with a target per wave from the 'Zielwert' column", () => {
    const found = read([
      ["Befragung 2023/2024 (Noten 1–6)"],
      [],
      ["Zeitraum", "Freundlichkeit", "Wartezeit", "Zielwert", "Kundenzufriedenheitsindex (KZI)"],
      ["2. Halbjahr 2023", 1.5, 3.1, 2.4, 2.38],
      ["1. Halbjahr 2024", 1.6, 3.3, 2.3, 2.29],
    ]);
    expect(found?.reported.get("KZI")?.get("2024-06")).toBe(2.29);
    expect(found?.monthlyTargets.get("KZI")?.get("2024-06")).toBe(2.3);
    expect(found?.periods.get("KZI")?.get("2023-12")?.label).toBe("2. Halbjahr 2023");
  });

  it("matches a bracket only as a whole code: a unit or a remark in brackets names nothing", () => {
    const candidates = [{ item: "KZI", aliases: ["kzi", "kundenzufriedenheit"] }, { item: "LZB", aliases: ["lzb", "bestand lzb"] }];
    expect(aliasMatchWithCode("Gesamtindex (KZI)", candidates)).toBe("KZI");
    expect(aliasMatchWithCode("Gesamtwert (Tage)", candidates)).toBeNull();
    expect(aliasMatchWithCode("Index (KZI-Items)", candidates)).toBeNull();
    expect(aliasMatchWithCode("Bestand LZB (JDW)", candidates)).toBe("LZB");
  });
});
