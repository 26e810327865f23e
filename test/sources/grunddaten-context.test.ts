/**
 * Grunddaten whose sheet says what the cells do not: the year in the sheet's name or title above month rows that name
 * only the month, and a sheet per Grunddatum whose columns are its sub-groups or just its values.
 */
import { readSources } from "../../src/sources/read-sources";
import type { RawCell } from "../../src/workbook/port";
import { sheet, workbook } from "../fixtures/workbook-read";

const TODAY = { today: "2026-01-01" };
const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

function monthRows(count: number, row: (i: number) => RawCell[]): RawCell[][] {
  return Array.from({ length: count }, (_, i) => [MONTHS[i], ...row(i)]);
}

describe("month rows that name only the month", () => {
  it("take the year from the sheet's name (Grunddaten_2023, 2022)", () => {
    for (const [name, year] of [["Grunddaten_2023", 2023], ["2022", 2022]] as const) {
      const data = readSources(workbook(sheet(name, [["Monat", "ELB", "Integrationen"], ...monthRows(6, (i) => [1000 + i, 10 + i])])), TODAY);
      expect(data.baseSeries.get("elb")?.get(`${year}-03`)).toBe(1002);
      expect(data.baseSeries.get("int")?.get(`${year}-06`)).toBe(15);
    }
  });

  it("take it from the title above the header when the name has none", () => {
    const data = readSources(workbook(sheet("Eckdaten", [["Grunddaten Jobcenter Musterstadt 2021"], [], ["Monat", "LZB", "ELB"], ...monthRows(3, (i) => [600 - i, 1000])])), TODAY);
    expect(data.baseSeries.get("lzb")?.get("2021-02")).toBe(599);
  });

  it("stay unread when nothing names a year: no month is invented", () => {
    const data = readSources(workbook(sheet("Eckdaten", [["Monat", "LZB", "ELB"], ...monthRows(3, () => [600, 1000])])), TODAY);
    expect(data.baseSeries.size).toBe(0);
  });
});

describe("a sheet per Grunddatum", () => {
  const serials = (i: number) => 45292 + i * 31; // Jan 2024 onwards, one serial in each month
  it("reads 'insgesamt / Frauen / Männer' under the sheet's name as the Grunddatum and its sub-groups", () => {
    const elb = sheet("ELB", [["Monat", "insgesamt", "Frauen", "Männer"], ...Array.from({ length: 4 }, (_, i) => [serials(i), 2000 + i, 1000 + i, 1000])]);
    const data = readSources(workbook(elb), TODAY);
    expect(data.baseSeries.get("elb")?.get("2024-02")).toBe(2001);
    expect(data.baseSeries.get("elb_f")?.get("2024-02")).toBe(1001);
    expect(data.baseSeries.get("elb_m")?.get("2024-02")).toBe(1000);
  });

  it("reads a single 'Bestand' column under a title that names the Grunddatum", () => {
    const lzb = sheet("Tabelle3", [["Langzeitleistungsbeziehende (LZB)"], [], ["Monat", "Bestand"], ...Array.from({ length: 3 }, (_, i) => [serials(i), 700 - i])]);
    expect(readSources(workbook(lzb), TODAY).baseSeries.get("lzb")?.get("2024-03")).toBe(698);
  });

  it("does not read a sheet named after nothing the vocabulary knows", () => {
    const other = sheet("Notizen", [["Monat", "insgesamt", "Frauen"], ...Array.from({ length: 3 }, (_, i) => [serials(i), 5, 3])]);
    expect(readSources(workbook(other), TODAY).baseSeries.size).toBe(0);
  });
});

describe("a long list with a column for the sub-group", () => {
  const rows = (group: string, groups: Array<[string, string, number]>) => [
    ["Monat", "Merkmal", group, "Wert"],
    ...["Jan 2024", "Feb 2024"].flatMap((m, i) => groups.map(([label, g, v]) => [m, label, g, v + i])),
  ];

  it("reads 'Geschlecht' (insgesamt / Frauen / Männer) as the Grunddatum's sub-groups", () => {
    const data = readSources(workbook(sheet("Daten", rows("Geschlecht", [["Integrationen", "insgesamt", 90], ["Integrationen", "Frauen", 40], ["Integrationen", "Männer", 50], ["ELB", "insgesamt", 7000]]))), TODAY);
    expect(data.baseSeries.get("int")?.get("2024-02")).toBe(91);
    expect(data.baseSeries.get("int_f")?.get("2024-02")).toBe(41);
    expect(data.baseSeries.get("int_m")?.get("2024-01")).toBe(50);
    expect(data.messages.filter((m) => /doppelt/.test(m.text))).toEqual([]);
  });

  it("reads 'w' / 'm' under 'Personengruppe', and a Grunddatum called 'Summe …' is no total row", () => {
    const data = readSources(workbook(sheet("Daten", rows("Personengruppe", [["ELB", "gesamt", 7000], ["ELB", "w", 3500], ["Summe Leistungen zum Lebensunterhalt", "gesamt", 4_000_000]]))), TODAY);
    expect(data.baseSeries.get("elb_f")?.get("2024-02")).toBe(3501);
    expect(data.baseSeries.get("llu")?.get("2024-01")).toBe(4_000_000);
  });
});

describe("a Grunddaten table in sections", () => {
  it("reads past blank rows and section rows ('Bewegungen', 'Integrationen' over its rows) while Grunddaten follow", () => {
    const months = ["Jan 2024", "Feb 2024", "Mär 2024"];
    const data = readSources(
      workbook(
        sheet("Grunddaten", [
          ["Grunddatum", ...months],
          ["Bestand"],
          ["ELB", 7000, 7010, 7020],
          [],
          ["Integrationen"],
          ["Integrationen", 88, 90, 95],
          ["Integrationen Frauen", 40, 41, 42],
          [],
          ["Hinweise:"],
          ["Integrationen: Aufnahme einer Beschäftigung"],
        ]),
      ),
      TODAY,
    );
    expect(data.baseSeries.get("int")?.get("2024-03")).toBe(95);
    expect(data.baseSeries.get("int_f")?.get("2024-01")).toBe(40);
    expect(data.baseSeries.get("elb")?.get("2024-02")).toBe(7010);
    expect(data.messages.filter((m) => /doppelt/.test(m.text))).toEqual([]);
  });
});
