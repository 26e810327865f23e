/**
 * Grunddaten with the months under bands that name their year: quarters or half-years merged over "Jan | Feb | Mrz"
 * with a total column ("Quartal", "Summe", "Ø") inside the band that is no month. Layouts that differ from the holdout
 * workbook (other band words, half-years, other years, unmerged bands written once, months to come left blank).
 */
import { findBaseSeries } from "../../src/sources/find-base-series";
import { SheetGrid } from "../../src/sources/sheet-grid";
import { yearOfBand } from "../../src/sources/year-bands";
import type { RawCell } from "../../src/workbook/port";
import { sheet } from "../fixtures/workbook-read";

const read = (values: RawCell[][]) => findBaseSeries(new SheetGrid(sheet("Grunddaten", values)));
const months = (found: ReturnType<typeof read>, key: string) => Object.fromEntries(found?.series.get(key) ?? []);

describe("month columns under quarter and half-year bands", () => {
  it("reads the months under 'Q4/2022' and 'Q1/2023' bands and skips the band's 'Summe' column", () => {
    const found = read([
      ["Grunddaten je Quartal"],
      ["Bezeichnung", "Q4/2022", null, null, null, "Q1/2023", null, null, null],
      [null, "Okt", "Nov", "Dez", "Summe", "Januar", "Februar", "März", "Summe"],
      ["Integrationen", 10, 11, 12, 33, 20, 21, 22, 63],
      ["ELB", 1000, 1010, 1020, 1010, 1030, 1040, 1050, 1040],
    ]);
    expect(months(found, "int")).toEqual({ "2022-10": 10, "2022-11": 11, "2022-12": 12, "2023-01": 20, "2023-02": 21, "2023-03": 22 });
    expect(months(found, "elb")["2023-03"]).toBe(1050);
    expect(found?.messages.filter((m) => m.level !== "info")).toEqual([]);
  });

  it("reads half-year bands ('2. Halbjahr 2025') with a 'Ø' column, and leaves the months to come blank, never 0", () => {
    const found = read([
      ["Merkmal", "1. Halbjahr 2025", null, null, null, null, null, null, "2. Halbjahr 2025", null, null, null, null, null, null],
      [null, "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Ø", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez", "Ø"],
      ["Langzeitleistungsbeziehende", 500, 501, 502, 503, 504, 505, 502.5, 506, 507, null, null, null, null, null],
    ]);
    const lzb = months(found, "lzb");
    expect(Object.keys(lzb)).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08"]);
    expect(lzb["2025-08"]).toBe(507);
  });

  it("knows the year of a band, and reports a month written twice under the wrong quarter instead of dropping it", () => {
    expect(yearOfBand("1. Quartal 2024")).toBe(2024);
    expect(yearOfBand("III/2023")).toBe(2023);
    expect(yearOfBand("Jahr 2022")).toBe(2022);
    expect(yearOfBand(2021)).toBe(2021);
    expect(yearOfBand("Merkmal")).toBeNull();
    expect(yearOfBand("Juni 2024")).toBeNull();
    const found = read([
      ["Merkmal", "1. Quartal 2024", null, null, "2. Quartal 2024", null, null],
      [null, "Jan", "Feb", "Apr", "Apr", "Mai", "Jun"],
      ["ELB", 1, 2, 3, 4, 5, 6],
    ]);
    expect(months(found, "elb")).toEqual({ "2024-01": 1, "2024-02": 2, "2024-04": 3, "2024-05": 5, "2024-06": 6 });
    expect(found?.messages.map((m) => [m.cell, m.text])).toEqual(
      expect.arrayContaining([["E2", expect.stringContaining("April 2024 steht doppelt")], ["D2", expect.stringContaining("März 2024 fehlt")]]),
    );
  });
});
