/**
 * The same Grunddaten in the layouts controllers really have: every layout must read to the same records as the
 * canonical one, with no configuration. Data: Jan 2021 … Mar 2022, ELB 1.000 + month index, Integrationen 10 + index
 * mod 3, LZB 600 − index.
 */
import { readSources } from "../../src/sources/read-sources";
import type { RawCell } from "../../src/workbook/port";
import { monthRange, formatMonthLong } from "../../src/domain/months";
import { sheet, workbook } from "../fixtures/workbook-read";

const MONTHS = monthRange("2021-01", "2022-03");
const SERIES: Record<string, { label: string; value: (i: number) => number }> = {
  elb: { label: "Erwerbsfähige Leistungsberechtigte (ELB)", value: (i) => 1000 + i },
  int: { label: "Integrationen", value: (i) => 10 + (i % 3) },
  lzb: { label: "Langzeitleistungsbeziehende (LZB)", value: (i) => 600 - i },
};
const KEYS = Object.keys(SERIES);
const serial = (m: string) => (Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
const SHORT = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];

function wide(monthLabel: (m: string) => RawCell, options: { label?: (key: string) => string; value?: (v: number) => RawCell; above?: RawCell[][]; gapColumn?: boolean } = {}): RawCell[][] {
  const gap = options.gapColumn ? [null] : [];
  return [
    ...(options.above ?? []),
    ["Grunddatum", ...gap, ...MONTHS.map(monthLabel)],
    ...KEYS.map((key) => [options.label ? options.label(key) : SERIES[key].label, ...gap, ...MONTHS.map((_, i) => (options.value ? options.value(SERIES[key].value(i)) : SERIES[key].value(i)))]),
  ];
}

function transposed(monthLabel: (m: string) => RawCell, extraRows: RawCell[][] = []): RawCell[][] {
  return [["Monat", ...KEYS.map((k) => SERIES[k].label)], ...MONTHS.map((m, i) => [monthLabel(m), ...KEYS.map((k) => SERIES[k].value(i))]), ...extraRows];
}

const LAYOUTS: Array<[string, RawCell[][], { origin?: { row: number; col: number } }?]> = [
  ["canonical: title rows, 'Jan 21' labels", wide((m) => `${SHORT[Number(m.slice(5)) - 1]} ${m.slice(2, 4)}`, { above: [["Jobcenter Musterstadt – Grunddaten"], ["Stand: 15.04.2022"], []] })],
  ["German month names 'Januar 2021'", wide((m) => formatMonthLong(m))],
  ["MM/YYYY labels", wide((m) => `${m.slice(5)}/${m.slice(0, 4)}`)],
  ["YYYY-MM labels", wide((m) => m)],
  ["YYYYMM labels (BA file names)", wide((m) => m.replace("-", ""))],
  ["Excel date serials in the header", wide((m) => serial(m))],
  ["MM.YYYY labels", wide((m) => `${m.slice(5)}.${m.slice(0, 4)}`)],
  ["numbers as German text", wide((m) => m, { value: (v) => v.toLocaleString("de-DE") })],
  ["Kürzel instead of names", wide((m) => m, { label: (k) => k })],
  ["upper-case, extra spaces in labels", wide((m) => m, { label: (k) => `  ${SERIES[k].label.toUpperCase()}  ` })],
  ["a blank column between labels and months", wide((m) => m, { gapColumn: true })],
  ["table starting at C5 (origin offset)", wide((m) => m), { origin: { row: 4, col: 2 } }],
  [
    "years above bare month names (two header rows)",
    [
      ["", ...MONTHS.map((m, i) => (i === 0 || m.endsWith("-01") ? Number(m.slice(0, 4)) : null))],
      ["Grunddatum", ...MONTHS.map((m) => SHORT[Number(m.slice(5)) - 1])],
      ...KEYS.map((k) => [SERIES[k].label, ...MONTHS.map((_, i) => SERIES[k].value(i))]),
    ],
  ],
  ["months as rows", transposed((m) => m)],
  ["months as rows with German names and a total row", transposed((m) => formatMonthLong(m), [["Summe", 99999, 999, 9999]])],
  ["months as rows with serial dates and a note below", transposed((m) => serial(m), [[], ["Quelle: eigene Auswertung"]])],
];

const expected = new Map(KEYS.map((k) => [k, new Map(MONTHS.map((m, i) => [m, SERIES[k].value(i)]))]));

describe("Grunddaten in many layouts read to the same records", () => {
  // Every row gets its options object: jest treats a missing last argument as a `done` callback.
  it.each(LAYOUTS.map(([name, values, extra]) => [name, values, extra ?? {}] as const))("%s", (_name, values, extra) => {
    const data = readSources(workbook(sheet("Daten", values, extra)), { today: "2026-01-01" });
    for (const key of KEYS) expect({ key, series: data.baseSeries.get(key) }).toEqual({ key, series: expected.get(key) });
    expect(data.messages.filter((m) => m.level === "error")).toEqual([]);
  });
});

describe("two tables on one sheet", () => {
  it("reads the Grunddaten block and the Zielwerte table below it, each for what it is", () => {
    const values: RawCell[][] = [
      ...wide((m) => m),
      [],
      ["Kennzahl", "Zielwert 2022", "Toleranz"],
      ["Integrationsquote", 22.5, 0.5],
      ["Bestand Langzeitleistungsbeziehende", 590, 1],
    ];
    const data = readSources(workbook(sheet("Alles", values)), { today: "2026-01-01" });
    for (const key of KEYS) expect({ key, series: data.baseSeries.get(key) }).toEqual({ key, series: expected.get(key) });
    expect(data.targets.get("K2")?.annualTarget).toBe(22.5);
    expect(data.targets.get("LZB")?.annualTarget).toBe(590);
  });
});

describe("Zielwerte with English headers", () => {
  it("are read like German ones", () => {
    const data = readSources(workbook(sheet("Targets", [["Indicator", "Target", "Unit", "Tolerance"], ["Integrationsquote", 23, "%", 0.5]])), { today: "2026-01-01" });
    expect(data.targets.get("K2")).toMatchObject({ annualTarget: 23, tolerance: { kind: "absolute", value: 0.5 } });
  });
});
