/**
 * Where sheets state scale, year and the end of a table — each a rule found wrong by the second fresh corpus: a plan
 * in € beside an Ist in T€, a unit row "Mio. €" under the headers, year bands over "Soll | Ist | Festl.", a footnote
 * under the last instrument, a count and an average under a case list, a Geschäftsstelle's block over the Jobcenter's,
 * an index in place of an amount, and a Grunddatum repeated with other figures in a table further down.
 */
import { findBudget } from "../../src/sources/find-budget";
import { findCaseList } from "../../src/sources/find-case-list";
import { readLayout } from "../../src/sources/layout/read-layout";
import { SheetGrid } from "../../src/sources/sheet-grid";
import type { RawCell } from "../../src/workbook/port";
import { sheet } from "../fixtures/workbook-read";

const budget = (values: RawCell[][], year: number | null = null) => findBudget(new SheetGrid(sheet("EGT", values)), year);
const line = (found: ReturnType<typeof budget>, name: string) => found?.lines.find((l) => l.instrument.startsWith(name));

describe("budget amounts in the scale each column states", () => {
  it("reads a plan in € beside an Ist in T€ each in its own scale", () => {
    const found = budget([
      ["EGT 2024 – Planung in Euro, Bewirtschaftung in Tausend Euro"],
      ["Maßnahmeart", "Plan 2024 (EUR)", "Ist (T€)", "Festlegungen (T€)"],
      ["Eingliederungszuschuss (EGZ)", 745_000, 395.2, 72.5],
      ["Einstiegsgeld (§ 16b SGB II)", 88_000, 40.8, 12.8],
    ]);
    expect(line(found, "Eingliederungszuschuss")).toMatchObject({ plan: 745_000, actual: 395_200, committed: 72_500 });
  });

  it("reads a unit row „Mio. €“ under the headers", () => {
    const found = budget([
      ["Eingliederungstitel 2024"],
      ["Instrument", "Plan", "Ist", "Bindung"],
      [null, "Mio. €", "Mio. €", "Mio. €"],
      ["Eingliederungszuschuss (EGZ)", 0.745, 0.413, 0.084],
      ["Einstiegsgeld (§ 16b SGB II)", 0.088, 0.045, 0.009],
    ]);
    expect(line(found, "Einstiegsgeld")).toMatchObject({ plan: 88_000, actual: 45_000, committed: 9_000 });
    expect(found?.lines).toHaveLength(2);
  });

  it("takes the columns of the Berichtsmonat's year under year bands, Festl. as the Bindung", () => {
    const found = budget(
      [
        ["Instrument", "2023", "2023", "2023", "2024", "2024", "2024"],
        ["Instrument", "Soll", "Ist", "Festl.", "Soll", "Ist", "Festl."],
        ["Eingliederungszuschuss (EGZ)", 715_200, 746_581, 0, 745_000, 384_945.85, 93_946.83],
      ],
      2024,
    );
    expect(line(found, "Eingliederungszuschuss")).toMatchObject({ plan: 745_000, actual: 384_945.85, committed: 93_946.83 });
  });

  it("does not read a footnote under the last instrument as an instrument, nor a forecast's rest as verfügbar", () => {
    const found = budget([
      ["Instrument", "Ansatz 2024", "Ist 30.06.", "HR 31.12.", "Bindung", "Rest lt. HR"],
      ["Eingliederungszuschuss (EGZ)", 745_000, 365_597.49, 749_474.85, 60_652.28, -4_474.85],
      ["Einstiegsgeld (§ 16b SGB II)", 88_000, 45_843.2, 93_978.56, 12_082.87, -5_978.56],
      [],
      ["HR = Hochrechnung Jahresende (Ist · 12/6, ohne Bindung)"],
    ]);
    expect(found?.lines.map((l) => l.instrument)).toEqual(["Eingliederungszuschuss (EGZ)", "Einstiegsgeld (§ 16b SGB II)"]);
    expect(found?.instrumentTable?.columns.available).toBeNull();
  });
});

describe("the end of a case list", () => {
  it("does not count the rows „Anzahl“, „Durchschnitt“ and „Ø Tage“ under the cases", () => {
    const found = findCaseList(
      new SheetGrid(
        sheet("Leistungsanträge", [
          ["Aktenzeichen", "Eingang", "Bescheid"],
          ["A-1", "03.06.2024", "07.06.2024"],
          ["A-2", "10.06.2024", "12.06.2024"],
          [],
          ["Anzahl", 2, 2],
          ["Durchschnitt", 45_453, 45_456],
          ["Ø Tage", 4, 4],
        ]),
      ),
      "2024-07-01",
    );
    expect(found?.cases).toHaveLength(2);
  });
});

describe("whose figures, and which figures are no amount", () => {
  const months = ["Mai 2024", "Juni 2024"];

  it("reads the Jobcenter's block, not a Geschäftsstelle's above it", () => {
    const reading = readLayout(
      sheet("Grunddaten GS", [
        ["Merkmal", ...months],
        ["Geschäftsstelle Buchholz"],
        ["Langzeitleistungsbeziehende (LZB)", 1_919, 1_912],
        [],
        ["Jobcenter gesamt"],
        ["Langzeitleistungsbeziehende (LZB)", 4_607, 4_598],
      ]),
    );
    expect(reading?.answers.grunddaten.map((f) => [f.month, f.value])).toEqual([["2024-05", 4_607], ["2024-06", 4_598]]);
  });

  it("refuses an index where the catalogue keeps an amount in €", () => {
    const reading = readLayout(
      sheet("Grunddaten", [
        ["Grunddatum", "Einheit", ...months],
        ["Summe Leistungen zum Lebensunterhalt (LLU)", "Index (Jan. 2023 = 100)", 103.7, 102.7],
        ["Langzeitleistungsbeziehende (LZB)", "Personen", 4_607, 4_598],
      ]),
    );
    expect(reading?.answers.grunddaten.filter((f) => f.key === "llu")).toEqual([]);
    expect(reading?.refused.has("C2")).toBe(true);
  });

  it("takes neither ELB where a table further down repeats it with other figures", () => {
    const reading = readLayout(
      sheet("Grunddaten", [
        ["Grunddatum", ...months],
        ["Erwerbsfähige Leistungsberechtigte (ELB)", 7_410, 7_421],
        ["Integrationen", 136, 143],
        [],
        ["nachrichtlich"],
        ["ELB insgesamt (Stand Vormonat)", 7_410, 7_384],
      ]),
    );
    const elb = reading?.answers.grunddaten.filter((f) => f.key === "elb").map((f) => [f.month, f.value]);
    expect(elb).toEqual([["2024-05", 7_410]]);
    expect(reading?.messages.some((m) => /doppelt mit verschiedenen Werten/.test(m.text))).toBe(true);
  });
});

describe("what a title, a month label and a no-value mark say", () => {
  it("applies a title's „Geldleistungen in Tsd. EUR“ to the amounts only, never to the counts", () => {
    const reading = readLayout(
      sheet("Grunddaten", [
        ["Grunddaten SGB II – Personen und Integrationen in Anzahl, Geldleistungen in Tsd. EUR"],
        [],
        ["Grunddatum", "Mai 2024", "Juni 2024"],
        ["Erwerbsfähige Leistungsberechtigte (ELB)", 7_425, 7_364],
        ["Summe Leistungen zum Lebensunterhalt (LLU)", 4_327.5, 4_392.7],
      ]),
    );
    const value = (key: string) => reading?.answers.grunddaten.find((f) => f.key === key && f.month === "2024-06")?.value;
    expect(value("elb")).toBe(7_364);
    expect(value("llu")).toBeCloseTo(4_392_700, 6);
  });

  it("reads „Mai.23“ as May 2023 beside „Apr.23“ and „Jun.23“", () => {
    const reading = readLayout(sheet("CSV", [["Merkmal", "Apr.23", "Mai.23", "Jun.23"], ["Integrationen", 158, 154, 131]]));
    expect(reading?.answers.grunddaten.map((f) => f.month)).toEqual(["2023-04", "2023-05", "2023-06"]);
    expect(reading?.messages.filter((m) => m.level !== "info")).toEqual([]);
  });

  it("takes „women“ in a name that is the women's measure already, and „n/a (Monitoring)“ as no value, not an error", () => {
    const reading = readLayout(
      sheet("Targets", [
        ["KPI", "Target 2024", "Unit"],
        ["Integration rate women (IQ Frauen)", 22.1, "%"],
        ["Benefits LLU", "n/a (Monitoring)", "EUR"],
      ]),
    );
    expect(reading?.answers.targets.map((t) => [t.code, t.value])).toEqual([["K2_F", 22.1]]);
    expect(reading?.messages.some((m) => m.level === "error")).toBe(false);
  });
});

describe("a §48a code before or after its name", () => {
  it("reads „K3 Veränderung Bestand LZB“ as the published K3, never as the LZB Bestand", () => {
    const reading = readLayout(
      sheet("Kennzahlen", [
        ["Monat", "K2 Integrationsquote", "K3 Veränderung Bestand LZB", "Veränderung Bestand LZB (K3)"],
        ["Mai 2024", 9.4, -0.2, -0.2],
        ["Juni 2024", 11.2, 1.3, 1.3],
      ]),
    );
    expect(reading?.answers.grunddaten).toEqual([]);
    const published = reading?.answers.published.map((f) => [f.key, f.month, f.value]);
    expect(published).toEqual(expect.arrayContaining([["K3", "2024-06", 1.3], ["K2", "2024-06", 11.2]]));
  });
});
