/**
 * The table model (src/sources/layout): one reader for every layout, the figures placed by the dimensions their row,
 * column and titles name. Each case is a table a controller could bring, with figures computed by hand.
 */
import { readLayout } from "../../src/sources/layout/read-layout";
import type { RawCell, SheetRead } from "../../src/workbook/port";
import { sheet } from "../fixtures/workbook-read";

const formats = (values: RawCell[][], format: (r: number, c: number) => string): string[][] => values.map((row, r) => row.map((_, c) => format(r, c)));

function read(name: string, values: RawCell[][], extra: Partial<SheetRead> = {}) {
  const reading = readLayout(sheet(name, values, extra));
  if (!reading) throw new Error("nothing read");
  return reading;
}

const figure = (list: Array<{ key: string; month: string; value: number }>, key: string, month: string) => list.find((f) => f.key === key && f.month === month)?.value;

describe("table model: layouts as dimensions of rows and columns", () => {
  it("reads months under a year band, and the same figures with months as rows", () => {
    const wide = read("Daten", [
      ["Grunddaten Jobcenter"],
      ["Merkmal", "2023", null, "2024", null],
      [null, "Nov", "Dez", "Jan", "Feb"],
      ["ELB", 7400, 7390, 7375, 7336],
      ["Integrationen", 88, 61, 70, 75],
    ]);
    const long = read("Daten", [
      ["Monat", "ELB", "Integrationen"],
      ["Nov 2023", 7400, 88],
      ["Dez 2023", 7390, 61],
      ["Jan 2024", 7375, 70],
      ["Feb 2024", 7336, 75],
    ]);
    for (const reading of [wide, long]) {
      expect(figure(reading.answers.grunddaten, "elb", "2023-12")).toBe(7390);
      expect(figure(reading.answers.grunddaten, "int", "2024-02")).toBe(75);
      expect(reading.answers.grunddaten).toHaveLength(8);
    }
  });

  it("reads a long list 'Jahr | Monat | Kürzel | Wert'", () => {
    const reading = read("Export", [
      ["Jahr", "Monat", "Kürzel", "Wert"],
      [2024, 1, "elb", 7375],
      [2024, 1, "lzb", 4561],
      [2024, 2, "elb", 7336],
    ]);
    expect(figure(reading.answers.grunddaten, "elb", "2024-02")).toBe(7336);
    expect(figure(reading.answers.grunddaten, "lzb", "2024-01")).toBe(4561);
  });

  it("reads sub-groups from a band over 'Frauen | Männer'", () => {
    const reading = read("Geschlecht", [
      ["Monat", "Integrationen", null, "ELB", null],
      [null, "Frauen", "Männer", "Frauen", "Männer"],
      ["Jan 2024", 30, 40, 3600, 3775],
    ]);
    expect(figure(reading.answers.grunddaten, "int_f", "2024-01")).toBe(30);
    expect(figure(reading.answers.grunddaten, "elb_m", "2024-01")).toBe(3775);
  });
});

describe("table model: units and scales come from the source", () => {
  it("turns amounts in T€ and in Mio. € into euros", () => {
    const thousands = read("LLU", [["Beträge in T€"], ["Kennzahl", "Jan 2024", "Feb 2024"], ["Summe LLU", 1250.5, 1302]]);
    const millions = read("LLU", [["Kennzahl", "Jan 2024 (Mio. €)"], ["Summe LLU", 1.2505]]);
    expect(figure(thousands.answers.grunddaten, "llu", "2024-01")).toBeCloseTo(1_250_500, 6);
    expect(figure(thousands.answers.grunddaten, "llu", "2024-02")).toBeCloseTo(1_302_000, 6);
    expect(figure(millions.answers.grunddaten, "llu", "2024-01")).toBeCloseTo(1_250_500, 6);
  });

  it("keeps a share a share: a fraction formatted as percent is the percent it shows", () => {
    const values: RawCell[][] = [["Kennzahl", "Ziel 2024", "Jan 2024"], ["Widerspruchsquote", 0.015, 0.0162]];
    const reading = read("Qualität", values, { numberFormats: formats(values, (r, c) => (r > 0 && c > 0 ? "0.0%" : "General")) });
    expect(reading.answers.targets.find((t) => t.code === "WSQ")?.value).toBeCloseTo(1.5, 9);
    expect(figure(reading.answers.reported, "WSQ", "2024-01")).toBeCloseTo(1.62, 9);
  });

  it("keeps Tage as Tage, and never reads a share as a duration", () => {
    const reading = read("Qualität", [
      ["Kennzahl", "Einheit", "Jan 2024"],
      ["Bearbeitungsdauer Leistungsanträge", "Tage", 9.4],
      ["Bearbeitungsdauer Leistungsanträge", "%", 83],
    ]);
    expect(reading.answers.units.get("BD")).toBe("calendarDays");
    expect(figure(reading.answers.reported, "BD", "2024-01")).toBe(9.4);
    expect(reading.answers.reported).toHaveLength(1);
    expect(reading.messages.some((m) => m.cell === "C3" && /Bearbeitungsdauer.*nicht verwendet/.test(m.text))).toBe(true);
  });

  it("reads school grades and their target", () => {
    const reading = read("KZI", [["Kennzahl", "Einheit", "Zielwert 2024", "1. Halbjahr 2024"], ["Kundenzufriedenheit (KZI)", "Note", 2.2, 2.08]]);
    expect(reading.answers.units.get("KZI")).toBe("grade");
    expect(reading.answers.targets).toEqual([expect.objectContaining({ code: "KZI", year: 2024, value: 2.2 })]);
    expect(reading.answers.reported[0]).toEqual(expect.objectContaining({ key: "KZI", month: "2024-06", value: 2.08 }));
  });
});

describe("table model: a figure that is not right is absent, with the reason", () => {
  it("never takes a forecast, a difference or a sum as an actual", () => {
    const reading = read("EGT", [
      ["Kennzahl", "Jan 2024", "Feb 2024", "Prognose Mär 2024", "Summe", "Veränderung in %"],
      ["ELB", 7375, 7336, 7300, 22011, -0.5],
    ]);
    expect(reading.answers.grunddaten.map((f) => f.month)).toEqual(["2024-01", "2024-02"]);
  });

  it("takes formula zeros after the last reported month for not reported, and says so", () => {
    const reading = read("Grunddaten", [
      ["Kennzahl", "Jan 2024", "Feb 2024", "Mär 2024", "Apr 2024", "Mai 2024"],
      ["ELB", 7375, 7336, 7353, 0, 0],
    ]);
    expect(reading.answers.grunddaten.map((f) => f.month)).toEqual(["2024-01", "2024-02", "2024-03"]);
    expect(reading.messages.some((m) => m.cell === "E2" && /noch nicht gemeldet/.test(m.text))).toBe(true);
  });

  it("does not give a row of an unknown name the measure of the sheet's title", () => {
    const reading = read("Kundenbefragung", [
      ["Kundenzufriedenheit"],
      ["Kennzahl", "1. Halbjahr 2024"],
      ["Kundenzufriedenheitsindex (KZI)", 2.08],
      ["Anzahl Befragte", 99],
    ]);
    expect(reading.answers.reported).toEqual([expect.objectContaining({ key: "KZI", value: 2.08 })]);
  });

  it("takes neither of two different figures for the same measure and month in one table", () => {
    const reading = read("Jobcenter", [
      ["Region", "K2"],
      ["Jobcenter A", 21.4],
      ["Jobcenter B", 25.0],
    ]);
    expect(reading.answers.published).toEqual([]);
  });
});

describe("table model: several tables on one sheet", () => {
  it("reads a quality table and a second one below it, each with its own header", () => {
    const reading = read("Qualität", [
      ["Kennzahl", "Ziel 2024", "Jun 2024"],
      ["Widerspruchsquote", 1.5, 1.62],
      [],
      [],
      ["Kennzahl", "Zielwert 2024", "2. Quartal 2024"],
      ["Erstberatung U25", 10, 12.5],
      ["Erstberatung Ü25", 14, 13.1],
    ]);
    expect(reading.answers.targets.map((t) => t.code).sort()).toEqual(["EB_U25", "EB_UE25", "WSQ"]);
    expect(reading.answers.reported.find((f) => f.key === "EB_UE25")).toEqual(expect.objectContaining({ month: "2024-06", value: 13.1 }));
  });
});

describe("table model: names as controllers write them", () => {
  it("reads 'Erstberatung' over 'U25 | Ü25 | Ziel U25 | Ziel Ü25' as two Kennzahlen, each with its own Ziel", () => {
    const reading = read("Neukunden", [
      ["Erstberatung (Ø Tage bis zum Erstgespräch)"],
      ["Quartal", "U25", "Ü25", "Ziel U25", "Ziel Ü25"],
      ["1. Quartal 2024", 11.2, 16.8, 10, 15],
      ["2. Quartal 2024", 10.1, 15.9, 10, 15],
    ]);
    expect(reading.answers.reported.find((f) => f.key === "EB_UE25" && f.month === "2024-06")?.value).toBe(15.9);
    expect(reading.answers.monthlyTargets.find((f) => f.key === "EB_U25" && f.month === "2024-03")?.value).toBe(10);
    expect(reading.answers.units.get("EB_U25")).toBe("calendarDays");
  });

  it("reads a code beside its unit in brackets ('KZI (Note)') and a 'Zielwert' column beside it as its target", () => {
    const reading = read("KZI", [["Befragung", "KZI (Note)", "Zielwert"], ["Mai 2024", 2.14, 2.2]]);
    expect(reading.answers.reported).toEqual([expect.objectContaining({ key: "KZI", month: "2024-05", value: 2.14 })]);
    expect(reading.answers.monthlyTargets).toEqual([expect.objectContaining({ key: "KZI", month: "2024-05", value: 2.2 })]);
  });

  it("does not give the items of a survey the index's name: only a column of a scenario takes the one measure beside it", () => {
    const reading = read("Befragung", [["Welle", "Erreichbarkeit", "Gesamtindex (KZI)", "Zielwert"], ["1. Halbjahr 2024", 1.9, 2.17, 2.2]]);
    expect(reading.answers.reported).toEqual([expect.objectContaining({ key: "KZI", value: 2.17 })]);
  });

  it("takes 'Monitoring' where a Zielwert would stand for no Zielwert, not for an error", () => {
    const reading = read("Ziele", [["Kennzahl", "Zielwert 2024"], ["Integrationsquote", 21.5], ["Summe Leistungen zum Lebensunterhalt", "Monitoring"]]);
    expect(reading.answers.targets.map((t) => t.code)).toEqual(["K2"]);
    expect(reading.messages.filter((m) => m.level === "error")).toEqual([]);
  });
});

describe("table model: rows that are parts of the row above", () => {
  it("reads 'davon Frauen / Männer' as the sub-groups of the Grunddatum above, 'darunter LZB' as the LZB", () => {
    const reading = read("Eckwerte", [
      ["Merkmal", "Jan 2024", "Feb 2024"],
      ["Erwerbsfähige Leistungsberechtigte", 7226, 7287],
      ["   davon Frauen", 3675, 3728],
      ["   davon Männer", 3551, 3559],
      ["   darunter Langzeitleistungsbeziehende", 4505, 4533],
      ["Integrationen in Erwerbstätigkeit", 85, 134],
      ["   davon Frauen", 35, 59],
      ["Summe der Leistungen zum Lebensunterhalt in EUR", 4241302, 4261227],
    ]);
    expect(figure(reading.answers.grunddaten, "elb_f", "2024-02")).toBe(3728);
    expect(figure(reading.answers.grunddaten, "elb_m", "2024-01")).toBe(3551);
    expect(figure(reading.answers.grunddaten, "lzb", "2024-01")).toBe(4505);
    expect(figure(reading.answers.grunddaten, "int_f", "2024-02")).toBe(59);
    expect(figure(reading.answers.grunddaten, "llu", "2024-02")).toBe(4261227);
  });
});

