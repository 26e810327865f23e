/**
 * The same Grunddaten in the layouts controllers really have: every layout must read to the same records as the
 * canonical one, with no configuration. Data (test/fixtures/workbook-read.ts): Jan 2021 … Mar 2022, ELB 1.000 + month
 * index, Integrationen 10 + index mod 3, LZB 600 − index. Layouts that need a real .xlsx (merged cells, hidden rows,
 * Excel tables) are in xlsx-layouts.test.ts.
 */
import { readSources } from "../../src/sources/read-sources";
import type { RawCell } from "../../src/workbook/port";
import { formatMonthLong } from "../../src/domain/months";
import { CORPUS_KEYS as KEYS, CORPUS_MONTHS as MONTHS, CORPUS_SERIES as SERIES, corpusExpected, GERMAN_MONTH_SHORT as SHORT, sheet, workbook } from "../fixtures/workbook-read";

const serial = (m: string) => (Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
const monthNo = (m: string) => Number(m.slice(5, 7));
const year = (m: string) => Number(m.slice(0, 4));
const ENGLISH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function wide(monthLabel: (m: string) => RawCell, options: { label?: (key: (typeof KEYS)[number]) => string; value?: (v: number) => RawCell; above?: RawCell[][]; gapColumn?: boolean } = {}): RawCell[][] {
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

/** Long shape: one row per Grunddatum × month, grouped by Grunddatum unless `byMonth`. */
function long(header: RawCell[], row: (key: (typeof KEYS)[number], m: string, i: number) => RawCell[], byMonth = false): RawCell[][] {
  const pairs = byMonth ? MONTHS.flatMap((m, i) => KEYS.map((k) => [k, m, i] as const)) : KEYS.flatMap((k) => MONTHS.map((m, i) => [k, m, i] as const));
  return [header, ...pairs.map(([k, m, i]) => row(k, m, i))];
}

/** The month forms of domain.md §6, used in turn down a long sheet so every form meets every Grunddatum. */
const MONTH_FORMS: Array<(m: string) => RawCell> = [
  (m) => formatMonthLong(m), // Januar 2021
  (m) => `${SHORT[monthNo(m) - 1]} ${year(m)}`, // Jan 2021
  (m) => `${m.slice(5)}/${m.slice(2, 4)}`, // 01/21
  (m) => `${m.slice(5)}/${year(m)}`, // 01/2021
  (m) => `${m.slice(5)}.${year(m)}`, // 01.2021
  (m) => m, // 2021-01
  (m) => m.replace("-", ""), // 202101
  (m) => serial(m), // a date cell
  (m) => `Berichtsmonat ${formatMonthLong(m)}`,
  (m) => `${formatMonthLong(m).replace("März", "Maerz")}`, // Maerz 2021 without umlaut
];

/** "Jan 21" … with a "Summe 2021" column after December and a "Gesamt" column at the end; sums in them. */
function wideWithTotals(): RawCell[][] {
  const sum = (key: (typeof KEYS)[number], from: number, to: number) => MONTHS.slice(from, to).reduce((s, _, i) => s + SERIES[key].value(from + i), 0);
  const labels = MONTHS.map((m) => `${SHORT[monthNo(m) - 1]} ${m.slice(2, 4)}`);
  return [
    ["Grunddatum", ...labels.slice(0, 12), "Summe 2021", ...labels.slice(12), "Gesamt"],
    ...KEYS.map((k) => [SERIES[k].label, ...MONTHS.slice(0, 12).map((_, i) => SERIES[k].value(i)), sum(k, 0, 12), ...MONTHS.slice(12).map((_, i) => SERIES[k].value(12 + i)), sum(k, 0, 15)]),
    ["Insgesamt", ...Array(17).fill(99_999)],
    ["Hinweis: Werte des laufenden Jahres sind vorläufig."],
  ];
}

/** Header in row 6 under a title, a "Stand:" line and blank rows; 2021 and 2022 as two blocks with a blank column between. */
function titledYearBlocks(): RawCell[][] {
  const label = (m: string) => `${SHORT[monthNo(m) - 1]} ${m.slice(2, 4)}`;
  const row = (first: RawCell, cell: (m: string, i: number) => RawCell) => [first, ...MONTHS.slice(0, 12).map(cell), null, ...MONTHS.slice(12).map((m, i) => cell(m, 12 + i))];
  return [
    ["Jobcenter Musterstadt"],
    ["Grunddaten SGB II, Monatswerte"],
    ["Stand: 15.04.2022"],
    [],
    [],
    row("Grunddatum", (m) => label(m)),
    ...KEYS.map((k) => row(SERIES[k].label, (_, i) => SERIES[k].value(i))),
  ];
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
  // Layouts of issue #5.
  ["MM/YY labels ('01/21')", wide((m) => `${m.slice(5)}/${m.slice(2, 4)}`)],
  ["abbreviations with a dot ('Sept. 2021', 'Dez. 2021')", wide((m) => `${["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."][monthNo(m) - 1]} ${year(m)}`)],
  ["newest month first", (() => {
    const rows = wide((m) => m);
    return rows.map((row) => [row[0], ...row.slice(1).reverse()]);
  })()],
  ["Kürzel column before the label column", [["Kürzel", "Bezeichnung", ...MONTHS], ...KEYS.map((k) => [k, SERIES[k].label, ...MONTHS.map((_, i) => SERIES[k].value(i))])]],
  [
    "Integrationen split by sex, with an 'insgesamt' row",
    [
      ["Grunddatum", ...MONTHS],
      [SERIES.elb.label, ...MONTHS.map((_, i) => SERIES.elb.value(i))],
      ["Integrationen Frauen", ...MONTHS.map(() => 5)],
      ["Integrationen Männer", ...MONTHS.map((_, i) => SERIES.int.value(i) - 5)],
      ["Integrationen insgesamt", ...MONTHS.map((_, i) => SERIES.int.value(i))],
      [SERIES.lzb.label, ...MONTHS.map((_, i) => SERIES.lzb.value(i))],
    ],
  ],
  [
    "two-level row labels: 'Integrationen' once, then 'Frauen' / 'Männer' / 'insgesamt' beside it",
    [
      ["Grunddatum", null, ...MONTHS],
      [SERIES.elb.label, null, ...MONTHS.map((_, i) => SERIES.elb.value(i))],
      ["Integrationen", "Frauen", ...MONTHS.map(() => 5)],
      [null, "Männer", ...MONTHS.map((_, i) => SERIES.int.value(i) - 5)],
      [null, "insgesamt", ...MONTHS.map((_, i) => SERIES.int.value(i))],
      [SERIES.lzb.label, null, ...MONTHS.map((_, i) => SERIES.lzb.value(i))],
    ],
  ],
  ["wide 'Jan 22' labels with 'Summe'/'Gesamt' columns, an 'Insgesamt' row and a note right below", wideWithTotals()],
  ["title, 'Stand:' and blank rows above, 2021 and 2022 as blocks with a blank column between", titledYearBlocks()],
  ["numbers as German text with decimals and non-breaking spaces ('1.000,0\u00a0')", wide((m) => m, { value: (v) => `${v.toLocaleString("de-DE", { minimumFractionDigits: 1 })}\u00a0` })],
  [
    "numbers as English text ('1,014'), with an LLU row in '123,456.78'",
    [...wide((m) => m, { value: (v) => v.toLocaleString("en-US") }), ["Summe Leistungen zum Lebensunterhalt (LLU)", ...MONTHS.map(() => "123,456.78")]],
  ],
  ["months as rows with a 'Jahr' column and month numbers", [["Jahr", "Monat", "ELB", "Integrationen", "LZB"], ...MONTHS.map((m, i) => [year(m), monthNo(m), ...KEYS.map((k) => SERIES[k].value(i))])]],
  [
    "long: Kennzahl | Monat | Wert, month labels in every form of domain.md §6",
    [["Grunddaten SGB II (Datenbankauszug)"], [], ...long(["Kennzahl", "Monat", "Wert"], (k, m, i) => [SERIES[k].label, MONTH_FORMS[(i + KEYS.indexOf(k)) % MONTH_FORMS.length](m), SERIES[k].value(i)])],
  ],
  ["long with English headers: Indicator | Month | Value", long(["Indicator", "Month", "Value"], (k, m, i) => [k.toUpperCase(), `${ENGLISH[monthNo(m) - 1]} ${year(m)}`, SERIES[k].value(i)], true)],
  ["long by month with 'Jahr' and bare month names: Jahr | Monat | Grunddatum | Anzahl", long(["Jahr", "Monat", "Grunddatum", "Anzahl"], (k, m, i) => [year(m), formatMonthLong(m).split(" ")[0], SERIES[k].label, SERIES[k].value(i)], true)],
];

const expected = corpusExpected();

describe("Grunddaten in many layouts read to the same records", () => {
  it("the corpus holds at least 28 distinct layouts", () => {
    expect(new Set(LAYOUTS.map(([name]) => name)).size).toBeGreaterThanOrEqual(28);
  });

  // Every row gets its options object: jest treats a missing last argument as a `done` callback.
  it.each(LAYOUTS.map(([name, values, extra]) => [name, values, extra ?? {}] as const))("%s", (_name, values, extra) => {
    const data = readSources(workbook(sheet("Daten", values, extra)), { today: "2026-01-01" });
    for (const key of KEYS) expect({ key, series: data.baseSeries.get(key) }).toEqual({ key, series: expected.get(key) });
    expect(data.messages.filter((m) => m.level === "error" || m.level === "warning").filter((m) => !/Zielwerte/.test(m.text))).toEqual([]);
  });
});

describe("what the layouts carry besides the Grunddaten", () => {
  const read = (values: RawCell[][]) => readSources(workbook(sheet("Daten", values)), { today: "2026-01-01" });

  it("a 'Stand:' line above a header that is not in row 1 is the data date", () => {
    expect(read(titledYearBlocks()).dataAsOf).toBe("15.04.2022");
  });

  it("English text reads '123,456.78' as 123456.78 and '1,014' as 1014", () => {
    const data = read(LAYOUTS.find(([name]) => name.startsWith("numbers as English text"))?.[1] ?? []);
    expect(data.baseSeries.get("llu")?.get("2021-01")).toBe(123_456.78);
    expect(data.baseSeries.get("elb")?.get("2022-03")).toBe(1014);
  });

  it("German text in a sheet without English marks keeps '1.014' as 1014", () => {
    const data = read([...wide((m) => m, { value: (v) => v.toLocaleString("de-DE") }), ["Summe Leistungen zum Lebensunterhalt (LLU)", ...MONTHS.map(() => "1.234.567,89 €")]]);
    expect(data.baseSeries.get("elb")?.get("2022-03")).toBe(1014);
    expect(data.baseSeries.get("llu")?.get("2021-01")).toBe(1_234_567.89);
  });

  it.each(["Integrationen split", "two-level row labels"])("gender rows next to the total are kept as their own Grunddaten (%s)", (layout) => {
    const data = read(LAYOUTS.find(([name]) => name.startsWith(layout))?.[1] ?? []);
    // Integrationen 10, 11, 12, … → Männer 5, 6, 7, …
    expect([...(data.baseSeries.get("int_m")?.values() ?? [])].slice(0, 3)).toEqual([5, 6, 7]);
    expect(data.baseSeries.get("int_f")?.get("2022-03")).toBe(5);
  });

  it("published §48a values in German text: unicode minus and '%' ('−2,1 %' is −2.1)", () => {
    const data = read([...wide((m) => m), ["K1", ...MONTHS.map((_, i) => (i < 12 ? null : `\u2212${2 + i / 10}`.replace(".", ",") + " %"))]]);
    // i = 12, 13, 14 → −3,2 / −3,3 / −3,4
    expect(data.published.get("K1")).toEqual(new Map([["2022-01", -3.2], ["2022-02", -3.3], ["2022-03", -3.4]]));
    expect(data.baseSeries.has("K1")).toBe(false);
  });

  it("a long sheet of quality figures stays reported values; the LZB stock in it is the same Grunddatum, not another", () => {
    const lzbMarch2022 = expected.get("lzb")?.get("2022-03");
    const data = readSources(
      workbook(sheet("Daten", wide((m) => m)), sheet("Qualität", [["Kennzahl", "Monat", "Wert"], ["Kundenzufriedenheit (KZI)", "03/2022", 2.1], ["Bestand LZB", "03/2022", lzbMarch2022 as number]])),
      { today: "2026-01-01" },
    );
    expect(data.reported.has("lzb")).toBe(false);
    expect(data.messages.filter((m) => m.level === "error")).toEqual([]);
    expect(data.reported.get("KZI")?.get("2022-03")).toBe(2.1);
    expect(data.baseSeries.get("lzb")).toEqual(expected.get("lzb"));
  });

  it("a long sheet of quality figures with English headers is read like a German one", () => {
    const data = readSources(
      workbook(sheet("Daten", wide((m) => m)), sheet("Quality", [["Indicator", "Month", "Actual", "Target"], ["Kundenzufriedenheit (KZI)", "March 2022", 2.1, 2.0]])),
      { today: "2026-01-01" },
    );
    expect(data.reported.get("KZI")).toEqual(new Map([["2022-03", 2.1]]));
    expect(data.monthlyTargets.get("KZI")).toEqual(new Map([["2022-03", 2.0]]));
  });
});

describe("cells that say there is no value become a missing month, never 0", () => {
  // ELB Feb 2021 (C2) "k.A.", Integrationen Mar 2021 (D3) "-", LZB Jan 2022 (N4) "#NV", ELB Apr 2021 (E2) "  ".
  const marks: Array<[string, string, number, string]> = [
    ["elb", "2021-02", 1, "k.A."],
    ["int", "2021-03", 2, "-"],
    ["lzb", "2022-01", 12, "#NV"],
    ["elb", "2021-04", 3, "  "],
  ];
  const values = wide((m) => m, {});
  for (const [key, , i, mark] of marks) values[1 + KEYS.indexOf(key as (typeof KEYS)[number])][1 + i] = mark;

  it.each([
    ["wide", values, ["C2", "D3", "N4"]],
    [
      "long",
      long(["Kennzahl", "Monat", "Wert"], (k, m, i) => [k, m, marks.find(([key, month]) => key === k && month === m)?.[3] ?? SERIES[k].value(i)]),
      // rows: header 1; elb 2–16, int 17–31, lzb 32–46 → elb Feb 2021 = C3, int Mar 2021 = C19, lzb Jan 2022 = C44
      ["C3", "C19", "C44"],
    ],
  ])("%s", (_name, sheetValues, cells) => {
    const data = readSources(workbook(sheet("Daten", sheetValues as RawCell[][])), { today: "2026-01-01" });
    for (const key of KEYS) {
      const want = new Map(expected.get(key));
      for (const [k, month] of marks) if (k === key) want.delete(month);
      expect({ key, series: data.baseSeries.get(key) }).toEqual({ key, series: want });
    }
    const infos = data.messages.filter((m) => /fehlender Wert/.test(m.text)).map((m) => m.cell);
    expect(infos).toEqual(cells);
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

describe("Zielwerte in the layouts controllers keep them", () => {
  // Each table: Integrationsquote 22,5 % ± 0,5 pp and LZB-Bestand 590 ± 1 %.
  const TARGET_LAYOUTS: Array<[string, RawCell[][], string]> = [
    ["Ziel | Kennzahl | Ist 2022 | Ziel 2022 | Toleranz (goal area and target both headed 'Ziel')", [["Ziel", "Kennzahl", "Ist 2022", "Ziel 2022", "Toleranz"], ["Integration", "Integrationsquote", 21.9, 22.5, 0.5], ["Langzeitleistungsbezug", "Bestand Langzeitleistungsbeziehende", 601, 590, 1]], "D2"],
    ["Kennzahl | Ist | Soll | Toleranz, figures as German text ('22,5 %', '0,5')", [["Kennzahl", "Ist", "Soll", "Toleranz"], ["Integrationsquote", "21,9 %", "22,5 %", "0,5"], ["Bestand Langzeitleistungsbeziehende", "601", "590", "1"]], "C2"],
    ["Kennzahl | Plan 2022 | Toleranz below a title", [["Zielplanung 2022"], [], ["Kennzahl", "Plan 2022", "Toleranz"], ["Integrationsquote", 22.5, "0,5"], ["Bestand LZB", 590, 1]], "B4"],
    ["Messgröße | Sollwert | Toleranz in %", [["Messgröße", "Sollwert", "Toleranz"], ["IQ gesamt", 22.5, 0.5], ["Bestand Langzeitleistungsbeziehende", 590, "1 %"]], "B2"],
  ];

  it.each(TARGET_LAYOUTS)("%s", (_name, values, k2Cell) => {
    const data = readSources(workbook(sheet("Daten", wide((m) => m)), sheet("Ziele", values)), { today: "2026-01-01" });
    expect(data.targets.get("K2")).toMatchObject({ annualTarget: 22.5, tolerance: { kind: "absolute", value: 0.5 }, cell: k2Cell });
    expect(data.targets.get("LZB")).toMatchObject({ annualTarget: 590, tolerance: { kind: "relative", percent: 1 } });
    expect(data.messages.filter((m) => m.level === "error")).toEqual([]);
  });
});
