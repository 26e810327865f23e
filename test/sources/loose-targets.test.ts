/**
 * Zielwerte typed up without a table header: a sentence per cell ("Integrationsquote: 24,5 %"), label–value pairs, or
 * a "Zielwert"/"Soll" row under indicator column headers. Variants that differ from the holdout workbooks: other
 * columns and orders, a blank cell between label and value, German number text, a change against the Vorjahr, a
 * quality indicator, the year from the sheet name, and sheets that must not be read (no "Ziel", monthly values).
 */
import { findLooseTargets } from "../../src/sources/find-loose-targets";
import { SheetGrid } from "../../src/sources/sheet-grid";
import type { RawCell } from "../../src/workbook/port";
import { sheet } from "../fixtures/workbook-read";

const read = (name: string, values: RawCell[][]) => findLooseTargets(new SheetGrid(sheet(name, values)));
const annual = (found: ReturnType<typeof read>) => Object.fromEntries([...(found?.targets.values() ?? [])].map((t) => [t.code, t.annualTarget]));

describe("Zielwerte as sentences", () => {
  it("reads 'Name: value unit' cells in any column, the year from the sheet name, and a change against the Vorjahr", () => {
    const found = read("Ziele 2025", [
      [null, "Integrationsquote Frauen: 22 %"],
      [null, "Bestand Langzeitleistungsbeziehende: 1.300 Personen", null, "Integrationsquote: +1,5 % ggü. Vorjahr"],
    ]);
    expect(annual(found)).toEqual({ K2_F: 22, LZB: 1300, K2: null });
    expect(found?.targets.get("K2")?.changeVsPreviousYear).toEqual({ percent: 1.5 });
    expect(found?.targets.get("LZB")?.cell).toBe("B2");
    expect(found?.units?.get("LZB")).toBe("Personen");
    expect(found?.year).toBe(2025);
  });

  it("warns at the cell when the text after the colon is no Zielwert, or no possible quota", () => {
    const found = read("Zielvereinbarung", [
      ["Kundenzufriedenheit: wird nachgereicht"],
      ["Integrationsquote: 124,5 %"],
    ]);
    expect(annual(found)).toEqual({ KZI: null, K2: null });
    expect(found?.messages.filter((m) => m.level === "warning").map((m) => m.cell)).toEqual(["A1", "A2"]);
  });
});

describe("Zielwerte as label–value pairs", () => {
  it("reads a pair with a blank cell between, German number text, the unit from the label, no year when none is said", () => {
    const found = read("Tabelle1", [
      ["Zielvereinbarung mit der Agentur"],
      ["Bestand LZB (Personen)", null, "1.350"],
      ["Integrationsquote Männer", "26,0"],
    ]);
    expect(annual(found)).toEqual({ LZB: 1350, K2_M: 26 });
    expect(found?.targets.get("LZB")?.cell).toBe("C2");
    expect(found?.units?.get("LZB")).toBe("Personen");
    expect(found?.year).toBeNull();
  });

  it("does not take a row of monthly values for a Zielwert, nor read a sheet that does not say it holds Zielwerte", () => {
    expect(read("Ziele", [["Integrationsquote", 2.1, 4.0, 6.2]])).toBeNull();
    expect(read("Notizen", [["Integrationsquote", 24.5]])).toBeNull();
  });
});

describe("a Zielwert row under indicator columns", () => {
  it("reads a 'Soll' row under quality indicators, no unit row, the year from the title", () => {
    const found = read("Qualität", [
      ["Ziele 2025 Leistungsbereich"],
      ["", "Kundenzufriedenheit", "Erstberatung U25", "Bearbeitungsdauer"],
      ["Ist Juni", 2.3, 12, 16],
      ["Soll", 2.2, 10, "14,0"],
    ]);
    // The header is the row above the Soll row's nearest indicator row: the Ist row between is no header.
    expect(annual(found)).toEqual({ KZI: 2.2, EB_U25: 10, BD: 14 });
    expect(found?.targets.get("BD")?.cell).toBe("D4");
    expect(found?.year).toBe(2025);
  });

  it("takes the year of the row label and the unit from a unit row", () => {
    const found = read("Ziele", [
      [null, "Bestand LZB", "Integrationsquote"],
      ["Einheit", "Personen", "%"],
      ["Zielwert 2026", 980, 27.5],
    ]);
    expect(annual(found)).toEqual({ LZB: 980, K2: 27.5 });
    expect(found?.units?.get("K2")).toBe("%");
    expect(found?.year).toBe(2026);
  });
});
