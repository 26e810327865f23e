/**
 * Lower-frequency figures (KZI per half-year, Erstberatung per quarter) are compared at the latest period that has
 * ended by the Berichtsmonat, and the report names that period.
 */
import { computeReport } from "../../src/pipeline/run-report";
import { sheet, workbook } from "../fixtures/workbook-read";

const TODAY = { today: "2026-01-01" };

describe("half-yearly KZI and quarterly figures", () => {
  const kziLong = sheet("KZI", [
    ["Kennzahl", "Zeitraum", "Ist", "Ziel"],
    ["Kundenzufriedenheit (KZI)", "1. Halbjahr 2024", 2.31, 2.2],
    ["Kundenzufriedenheit (KZI)", "2. Halbjahr 2024", 2.18, 2.2],
    ["Kundenzufriedenheit (KZI)", "HJ 1/2025", 2.05, 2.2],
  ]);

  it("in October 2024 the KZI of the 1. Halbjahr 2024 counts, and the report says so", () => {
    const outcome = computeReport(workbook(kziLong), { ...TODAY, reportMonth: "2024-10" });
    const kzi = outcome.summary.indicators.find((i) => i.code === "KZI");
    expect(kzi?.actual).toBe(2.31);
    // Lower is better: 2,31 against 2,2 is missed.
    expect(kzi?.status).toBe("off-track");
    const sheetText = outcome.plan.sheets[0].cells.flat().filter((v): v is string => typeof v === "string").join("\n");
    expect(sheetText).toContain("Ist: 1. Halbjahr 2024.");
  });

  it("in December 2024 the 2. Halbjahr counts; in March 2025 still the 2. Halbjahr 2024", () => {
    const at = (month: string) => computeReport(workbook(kziLong), { ...TODAY, reportMonth: month }).summary.indicators.find((i) => i.code === "KZI")?.actual;
    expect(at("2024-12")).toBe(2.18);
    expect(at("2025-03")).toBe(2.18);
    expect(at("2025-06")).toBe(2.05);
  });

  it("a quality sheet kept wide with quarters as columns is read, and the quarter named", () => {
    const wide = sheet("Qualität", [
      ["Qualitätskennzahlen 2024"],
      ["Kennzahl", "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"],
      ["Bearbeitungsdauer Leistungsanträge", 9.5, 10.2, 8.8, null],
      ["Kundenzufriedenheit (KZI)", null, 2.3, null, null],
    ]);
    const outcome = computeReport(workbook(wide), { ...TODAY, reportMonth: "2024-11" });
    expect(outcome.summary.mappings[0]).toMatchObject({ sheet: "Qualität", kind: "qualitaet" });
    const bd = outcome.summary.indicators.find((i) => i.code === "BD");
    expect(bd?.actual).toBe(8.8);
    const text = outcome.plan.sheets[0].cells.flat().filter((v): v is string => typeof v === "string").join("\n");
    expect(text).toContain("Ist: 3. Quartal 2024.");
  });
});
