/**
 * Several sheets of one kind combine: Grunddaten split by year, a Ziel-Ist sheet beside the Grunddaten, Zielwerte per
 * year. Equal overlaps are fine, different values for the same series and month are an error naming both cells, and
 * nothing depends on the order of the sheets.
 */
import fc from "fast-check";
import { computeReport } from "../../src/pipeline/run-report";
import { readSources } from "../../src/sources/read-sources";
import type { RawCell, SheetRead } from "../../src/workbook/port";
import { monthLabels, sheet, workbook, zieleSheet } from "../fixtures/workbook-read";

const TODAY = { today: "2026-01-01" };

/** Grunddaten of one year on a sheet of its own, named after the year (elb 1.000, int 10 / 9 per month, lzb 600 − i). */
function yearSheet(year: 2021 | 2022, months = 12, name = String(year)): SheetRead {
  const int = year === 2021 ? 10 : 9;
  const lzb = (i: number) => (year === 2021 ? 600 : 590 - 10 * i);
  return sheet(name, [
    [`Grunddaten ${year}`],
    ["Grunddatum", ...monthLabels(year, months)],
    ["ELB", ...Array(months).fill(1000)],
    ["Integrationen", ...Array(months).fill(int)],
    ["LZB", ...Array.from({ length: months }, (_, i) => lzb(i))],
  ]);
}

const figures = (summary: ReturnType<typeof computeReport>["summary"]) =>
  summary.indicators.map((i) => [i.code, i.actual, i.target, i.status]).concat(summary.kennzahlen.map((k) => [k.code, k.value, k.previousYear, k.source]));

describe("Grunddaten split by year", () => {
  const sheets = [yearSheet(2021), yearSheet(2022, 3), zieleSheet()];

  it("are read together: K3 in March 2022 needs March 2021", () => {
    const outcome = computeReport(workbook(...sheets), { ...TODAY, reportMonth: "2022-03" });
    // LZB March 2022 = 570 against 600 a year before: (570 / 600 − 1) · 100 = −5 %.
    expect(outcome.summary.kennzahlen.find((k) => k.code === "K3")?.value).toBeCloseTo(-5, 6);
    // JFW Integrationsquote March 2022: 27 Integrationen ÷ Ø ELB Dez 2021 … Feb 2022 (1.000) = 2,7 %.
    expect(outcome.summary.indicators.find((i) => i.code === "K2")?.actual).toBeCloseTo(2.7, 6);
    expect(outcome.summary.mappings.filter((m) => m.kind === "grunddaten").map((m) => m.sheet)).toEqual(["2021", "2022"]);
    expect(outcome.messages.filter((m) => m.level === "error")).toEqual([]);
  });

  it("give the same figures in any order of the sheets, and with an unrelated sheet among them", () => {
    const reference = figures(computeReport(workbook(...sheets), { ...TODAY, reportMonth: "2022-03" }).summary);
    const notes = sheet("Notizen", [["Besprechung mit der Geschäftsführung"], ["Termin", "12.04.2022"]]);
    fc.assert(
      fc.property(fc.shuffledSubarray([...sheets, notes], { minLength: 4, maxLength: 4 }), (order) => {
        expect(figures(computeReport(workbook(...order), { ...TODAY, reportMonth: "2022-03" }).summary)).toEqual(reference);
      }),
      { numRuns: 25 },
    );
  });

  it("overlapping with equal values is fine; with different values it is an error naming both cells, in any order", () => {
    const overlap = (march: RawCell) => {
      const s = yearSheet(2022, 3, "Grunddaten neu");
      s.values[4][3] = march;
      return s;
    };
    const equal = readSources(workbook(yearSheet(2022, 3), overlap(570)), TODAY);
    expect(equal.baseSeries.get("lzb")?.get("2022-03")).toBe(570);
    expect(equal.messages.filter((m) => m.level === "error")).toEqual([]);

    for (const order of [[yearSheet(2022, 3), overlap(575)], [overlap(575), yearSheet(2022, 3)]]) {
      const read = readSources(workbook(...order), TODAY);
      expect(read.baseSeries.get("lzb")?.has("2022-03")).toBe(false);
      expect(read.baseSeries.get("lzb")?.get("2022-02")).toBe(580);
      const errors = read.messages.filter((m) => m.level === "error");
      expect(errors).toHaveLength(1);
      expect(errors[0].text).toContain("„2022“!D5");
      expect(errors[0].text).toContain("„Grunddaten neu“!D5");
      expect(errors[0].text).toContain("März 2022");
    }
  });
});

describe("Zielwerte per year", () => {
  const ziele = (year: number, k2: number) =>
    sheet(`Ziele ${year}`, [["Kennzahl", `Zielwert ${year}`], ["Integrationsquote", k2], ["Bestand Langzeitleistungsbeziehende", 590]]);

  it("the report month's year decides which Zielwerte hold", () => {
    const read = workbook(yearSheet(2021), yearSheet(2022, 3), ziele(2021, 20), ziele(2022, 12));
    const k2 = (month: string) => computeReport(read, { ...TODAY, reportMonth: month }).summary.indicators.find((i) => i.code === "K2")?.annualTarget;
    expect(k2("2022-03")).toBe(12);
    expect(k2("2021-06")).toBe(20);
  });

  it("two different Zielwerte for the same year are an error naming both, and neither holds", () => {
    const other = sheet("Zielvereinbarung", [["Kennzahl", "Zielwert 2022"], ["Integrationsquote", 13]]);
    const outcome = computeReport(workbook(yearSheet(2022, 3), ziele(2022, 12), other), { ...TODAY, reportMonth: "2022-03" });
    expect(outcome.summary.indicators.find((i) => i.code === "K2")?.annualTarget).toBeNull();
    expect(outcome.messages).toContainEqual(expect.objectContaining({ level: "error", text: expect.stringMatching(/zwei verschiedene Zielwerte 2022: .*„Ziele 2022“!B2.*„Zielvereinbarung“!B2/) }));
  });
});

describe("Ziel-Ist rows: the Zielwert and the monthly Ist in one row", () => {
  // Months under a merged band "Ist 2024" (merged followers read blank), the months still to come left blank.
  const zielIst = sheet("Ziel-Ist 2024", [
    ["Zielnachhaltung Jobcenter Musterstadt 2024"],
    [],
    ["Kennzahl", "Zielwert 2024", "Ist 2024", null, null, null, null, null],
    [null, null, "Jan", "Feb", "Mär", "Apr", "Mai", "Jun"],
    ["Integrationsquote", 25, 2.1, 4.0, 6.2, 8.1, null, null],
    ["Bestand Langzeitleistungsbeziehende", 1450, 1480, 1470, 1466, 1460, null, null],
    ["Kundenzufriedenheit (KZI)", 2.2, null, null, null, null, null, 2.31],
  ]);

  it("are read as both: Zielwerte, and the Ist of each month as the indicator's", () => {
    const read = readSources(workbook(zielIst), TODAY);
    expect(read.mappings[0]).toMatchObject({ sheet: "Ziel-Ist 2024", kind: "zielwerte" });
    expect(read.targets.get("K2")?.annualTarget).toBe(25);
    expect(read.targets.get("LZB")?.annualTarget).toBe(1450);
    expect(read.reported.get("K2")?.get("2024-04")).toBe(8.1);
    // A Bestand is a monthly Grunddatum: the report forms its Jahresdurchschnitt.
    expect(read.baseSeries.get("lzb")?.get("2024-02")).toBe(1470);
    expect(read.reported.get("KZI")?.get("2024-06")).toBe(2.31);
  });

  it("give the Ziel-Ist-Vergleich of the latest month with an Ist", () => {
    const outcome = computeReport(workbook(zielIst), { ...TODAY, reportMonth: "2024-04" });
    const k2 = outcome.summary.indicators.find((i) => i.code === "K2");
    // 8,1 % against the linear Soll 25 % × 4/12 = 8,33 %: −0,23 pp.
    expect(k2?.actual).toBe(8.1);
    expect(k2?.target).toBeCloseTo(25 * 4 / 12, 4);
    expect(k2?.deltaPp).toBeCloseTo(8.1 - 25 / 3, 4);
    // JDW LZB Jan–Apr 2024 = (1.480 + 1.470 + 1.466 + 1.460) / 4 = 1.469.
    expect(outcome.summary.indicators.find((i) => i.code === "LZB")?.actual).toBe(1469);
  });

  it("do not displace the Grunddaten sheet: both are read", () => {
    const grunddaten = sheet("Grunddaten", [["Grunddatum", ...monthLabels(2024, 4)], ["ELB", 1000, 1000, 1000, 1000], ["LZB", 1480, 1470, 1466, 1460]]);
    const read = readSources(workbook(zielIst, grunddaten), TODAY);
    expect(read.mappings.map((m) => [m.sheet, m.kind])).toEqual([["Ziel-Ist 2024", "zielwerte"], ["Grunddaten", "grunddaten"]]);
    expect(read.baseSeries.get("elb")?.size).toBe(4);
    expect(read.messages.filter((m) => m.level === "error")).toEqual([]);
  });
});
