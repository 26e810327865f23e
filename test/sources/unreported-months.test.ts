/**
 * Months not yet reported: formulas for the whole year show 0 after the last reported month. Those zeros are no data,
 * whichever reader took the sheet — the Berichtsmonat stays the last reported month and no Kennzahl becomes −100 %.
 */
import { computeReport } from "../../src/pipeline/run-report";
import { readSources } from "../../src/sources/read-sources";
import { monthLabels, sheet, workbook } from "../fixtures/workbook-read";

const ZEROS_AFTER_JUNE = (values: number[]) => [...values, 0, 0, 0, 0, 0, 0];

function grunddaten() {
  return sheet("Grunddaten", [
    ["Grunddatum", ...monthLabels(2023, 24)],
    ["ELB", ...Array(12).fill(1000), ...ZEROS_AFTER_JUNE(Array(6).fill(1010))],
    ["Integrationen", ...Array(12).fill(10), ...ZEROS_AFTER_JUNE(Array(6).fill(12))],
    ["LZB", ...Array(12).fill(600), ...ZEROS_AFTER_JUNE([590, 580, 570, 560, 550, 540])],
    ["Summe LLU", ...Array(12).fill(100_000), ...ZEROS_AFTER_JUNE(Array(6).fill(105_000))],
  ]);
}

describe("months not yet reported", () => {
  it("are no data: the series end with the last reported month, and the sheet says so", () => {
    const data = readSources(workbook(grunddaten()), { today: "2026-01-01" });
    expect([...(data.baseSeries.get("elb")?.keys() ?? [])].at(-1)).toBe("2024-06");
    expect(data.baseSeries.get("lzb")?.has("2024-07")).toBe(false);
    expect(data.messages.some((m) => m.level === "info" && /Juli 2024 bis Dezember 2024.*noch nicht gemeldet/.test(m.text))).toBe(true);
  });

  it("leave the Berichtsmonat at the last reported month, and no Kennzahl at −100 %", () => {
    const { summary } = computeReport(workbook(grunddaten()), { today: "2026-01-01" });
    expect(summary.reportMonth).toBe("2024-06");
    const k1 = summary.kennzahlen.find((k) => k.code === "K1");
    // LLU June 2024 against June 2023: 105.000 / 100.000 − 1 = +5 %.
    expect(k1?.value).toBeCloseTo(5, 6);
  });

  it("keep a zero that is a figure: a series with zeros before its end is taken as written", () => {
    const data = readSources(
      workbook(sheet("Grunddaten", [
        ["Grunddatum", ...monthLabels(2024, 6)],
        ["ELB", 1000, 1000, 1000, 1000, 1000, 1000],
        ["Integrationen", 3, 0, 2, 4, 0, 0],
      ])),
      { today: "2026-01-01" },
    );
    expect(data.baseSeries.get("int")?.get("2024-06")).toBe(0);
  });
});
