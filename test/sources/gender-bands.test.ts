/**
 * Grunddaten with months as rows under a two-row header: bands ("ELB", "Integrationen") over sub-headers for the
 * sexes. Variants that differ from the holdout workbook: other sub-header words ("gesamt | w | m", "weiblich"), another
 * order (Männer first), other years, and a band whose sub-group the vocabulary does not know, which must not be merged
 * into the band's total.
 */
import { findBaseSeriesByRows } from "../../src/sources/find-base-series-by-rows";
import { SheetGrid } from "../../src/sources/sheet-grid";
import type { RawCell } from "../../src/workbook/port";
import { sheet } from "../fixtures/workbook-read";

const read = (values: RawCell[][]) => findBaseSeriesByRows(new SheetGrid(sheet("Grunddaten", values)));
const value = (found: ReturnType<typeof read>, key: string, month: string) => found?.series.get(key)?.get(month as never);

describe("gender bands over the columns of Grunddaten with months as rows", () => {
  it("reads 'ELB' over 'm | w | gesamt' and 'Integrationen' over 'männlich | weiblich | zusammen', Männer first", () => {
    const found = read([
      ["Berichtsmonat", "ELB", null, null, "Integrationen", null, null, "LZB"],
      [null, "m", "w", "gesamt", "männlich", "weiblich", "zusammen", null],
      ["Jan 2021", 520, 480, 1000, 12, 8, 20, 400],
      ["Feb 2021", 530, 490, 1020, 14, 9, 23, 410],
    ]);
    expect(value(found, "elb_m", "2021-02")).toBe(530);
    expect(value(found, "elb_f", "2021-02")).toBe(490);
    expect(value(found, "elb", "2021-02")).toBe(1020);
    expect(value(found, "int_m", "2021-01")).toBe(12);
    expect(value(found, "int_f", "2021-01")).toBe(8);
    expect(value(found, "int", "2021-01")).toBe(20);
    expect(value(found, "lzb", "2021-01")).toBe(400);
    expect(found?.messages).toEqual([]);
  });

  it("reads bands written once without a merge, and takes no sub-group the vocabulary lacks for the band's total", () => {
    const found = read([
      ["Grunddaten 2025"],
      ["Monat", "Erwerbsfähige Leistungsberechtigte", "", "Langzeitleistungsbeziehende", "", "Integrationen", ""],
      ["", "Frauen", "Männer", "insgesamt", "Frauen", "insgesamt", "Frauen"],
      ["03/2025", 700, 650, 800, 420, 35, 15],
    ]);
    expect(value(found, "elb_f", "2025-03")).toBe(700);
    expect(value(found, "elb_m", "2025-03")).toBe(650);
    expect(value(found, "lzb", "2025-03")).toBe(800);
    // "Langzeitleistungsbeziehende Frauen" is no Grunddatum the report uses: it is not read as the LZB total.
    expect(found?.series.get("lzb")?.size).toBe(1);
    expect(value(found, "int", "2025-03")).toBe(35);
    expect(value(found, "int_f", "2025-03")).toBe(15);
    // No ELB total column: the sexes are not summed into one.
    expect(found?.series.has("elb")).toBe(false);
  });

  it("keeps a one-row header as it was: a data row or a unit row right below the header is no band's sub-header", () => {
    const found = read([
      ["Monat", "ELB", "Integrationen"],
      ["Jan 2024", 1000, 20],
      ["Feb 2024", 1010, 21],
    ]);
    expect(value(found, "elb", "2024-01")).toBe(1000);
    expect(value(found, "int", "2024-02")).toBe(21);
    const withUnits = read([
      ["Monat", "ELB", "Integrationen", "LLU"],
      [null, "Personen", "Anzahl", "EUR"],
      ["Jan 2024", 1000, 20, 123456.78],
    ]);
    expect(value(withUnits, "elb", "2024-01")).toBe(1000);
    expect(value(withUnits, "int", "2024-01")).toBe(20);
    expect(value(withUnits, "llu", "2024-01")).toBe(123456.78);
    const withNotes = read([
      ["Monat", "ELB", "Integrationen"],
      [null, "vorläufig", "ohne § 16i"],
      ["Jan 2024", 1000, 20],
    ]);
    expect(value(withNotes, "elb", "2024-01")).toBe(1000);
    expect(value(withNotes, "int", "2024-01")).toBe(20);
  });
});
