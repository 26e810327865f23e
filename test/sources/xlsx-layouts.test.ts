/**
 * Layouts of the corpus that only a real .xlsx has: merged header cells, hidden rows and columns, Excel tables
 * (ListObjects), real dates, formulas and error cells. Each workbook is written with ExcelJS, read back through the
 * adapter (XlsxWorkbook.fromBuffer(…).readSheets({})) and then through readSources — the path of the CLI and the
 * standalone pane. Every layout must read to the records of the corpus (test/fixtures/workbook-read.ts).
 */
import ExcelJS from "exceljs";
import { readSources, type SourceData } from "../../src/sources/read-sources";
import type { WorkbookRead } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { CORPUS_KEYS as KEYS, CORPUS_MONTHS as MONTHS, CORPUS_SERIES as SERIES, corpusExpected, GERMAN_MONTH_SHORT as SHORT } from "../fixtures/workbook-read";

const expected = corpusExpected();
const shortLabel = (m: string) => `${SHORT[Number(m.slice(5)) - 1]} ${m.slice(2, 4)}`;

async function readXlsx(build: (wb: ExcelJS.Workbook) => void): Promise<WorkbookRead> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return (await XlsxWorkbook.fromBuffer(bytes)).readSheets({});
}

const sources = (read: WorkbookRead): SourceData => readSources(read, { today: "2026-01-01" });

function expectCorpusRecords(data: SourceData): void {
  for (const key of KEYS) expect({ key, series: data.baseSeries.get(key) }).toEqual({ key, series: expected.get(key) });
  expect(data.messages.filter((m) => m.level === "error")).toEqual([]);
}

/** Office.js returns merged cells blank except the top-left one; the same read as Office.js would deliver it. */
function blankMergeFollowers(read: WorkbookRead, merges: Array<{ top: number; left: number; bottom: number; right: number }>): WorkbookRead {
  const sheet = read.sheets[0];
  const values = sheet.values.map((row) => [...row]);
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) values[r - 1 - sheet.origin.row][c - 1 - sheet.origin.col] = null;
  }
  return { ...read, sheets: [{ ...sheet, values }, ...read.sheets.slice(1)] };
}

/** The canonical wide Grunddaten, header in row `headerRow` (1-based), labels in column A, months from B. */
function addWide(ws: ExcelJS.Worksheet, headerRow: number): void {
  ws.getRow(headerRow).values = ["Grunddatum", ...MONTHS.map(shortLabel)];
  KEYS.forEach((k, n) => (ws.getRow(headerRow + 1 + n).values = [SERIES[k].label, ...MONTHS.map((_, i) => SERIES[k].value(i))]));
}

describe("merged header cells", () => {
  // A1:P1 title; A4:A5 "Grunddatum"; B4:M4 "2021" and N4:P4 "2022" above bare month names in row 5; data rows 6–8.
  const MERGES = [
    { top: 1, left: 1, bottom: 1, right: 16 },
    { top: 4, left: 1, bottom: 5, right: 1 },
    { top: 4, left: 2, bottom: 4, right: 13 },
    { top: 4, left: 14, bottom: 4, right: 16 },
  ];
  const build = (wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet("Grunddaten");
    ws.getCell("A1").value = "Jobcenter Musterstadt – Grunddaten SGB II";
    ws.getCell("A2").value = "Stand: 15.04.2022";
    ws.getCell("A4").value = "Grunddatum";
    ws.getCell("B4").value = 2021;
    ws.getCell("N4").value = 2022;
    ws.getRow(5).values = [null, ...MONTHS.map((m) => SHORT[Number(m.slice(5)) - 1])];
    KEYS.forEach((k, n) => (ws.getRow(6 + n).values = [SERIES[k].label, ...MONTHS.map((_, i) => SERIES[k].value(i))]));
    for (const m of MERGES) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  };

  it("the followers of a merge read blank, as Office.js delivers them (ExcelJS would repeat the master's value)", async () => {
    const values = (await readXlsx(build)).sheets[0].values;
    // C4 lies inside B4:M4 (2021), P1 inside the merged title A1:P1.
    expect(values[3][1]).toBe(2021);
    expect(values[3][2]).toBeNull();
    expect(values[0][0]).toBe("Jobcenter Musterstadt – Grunddaten SGB II");
    expect(values[0][15]).toBeNull();
  });

  it("a year merged over its months and a merged title read to the corpus records", async () => {
    const data = sources(await readXlsx(build));
    expectCorpusRecords(data);
    expect(data.dataAsOf).toBe("15.04.2022");
  });

  it("read the same when the followers are blank, as Office.js delivers them", async () => {
    expectCorpusRecords(sources(blankMergeFollowers(await readXlsx(build), MERGES)));
  });

  // Row labels on two levels: A3:A5 "Integrationen" merged down beside "Frauen" / "Männer" / "insgesamt" in column B;
  // the ELB and LZB labels merged across A:B.
  const ROW_MERGES = [
    { top: 2, left: 1, bottom: 2, right: 2 },
    { top: 3, left: 1, bottom: 5, right: 1 },
    { top: 6, left: 1, bottom: 6, right: 2 },
  ];
  const buildRowLabels = (wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet("Grunddaten");
    ws.getRow(1).values = ["Grunddatum", null, ...MONTHS.map(shortLabel)];
    ws.getRow(2).values = [SERIES.elb.label, null, ...MONTHS.map((_, i) => SERIES.elb.value(i))];
    ws.getRow(3).values = ["Integrationen", "Frauen", ...MONTHS.map(() => 5)];
    ws.getRow(4).values = [null, "Männer", ...MONTHS.map((_, i) => SERIES.int.value(i) - 5)];
    ws.getRow(5).values = [null, "insgesamt", ...MONTHS.map((_, i) => SERIES.int.value(i))];
    ws.getRow(6).values = [SERIES.lzb.label, null, ...MONTHS.map((_, i) => SERIES.lzb.value(i))];
    for (const m of ROW_MERGES) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  };

  it.each([
    ["as ExcelJS reads them (followers repeat the label)", false],
    ["as Office.js reads them (followers blank)", true],
  ])("row labels merged down and across read to the corpus records, %s", async (_name, blank) => {
    const read = await readXlsx(buildRowLabels);
    const data = sources(blank ? blankMergeFollowers(read, ROW_MERGES) : read);
    expectCorpusRecords(data);
    // Integrationen 10, 11, 12 → Frauen 5, Männer 5, 6, 7: the "insgesamt" row is int, not the "Frauen" row under the merge.
    expect([...(data.baseSeries.get("int_m")?.values() ?? [])].slice(0, 3)).toEqual([5, 6, 7]);
    expect(data.baseSeries.get("int_f")?.get("2021-02")).toBe(5);
    expect(data.messages.filter((m) => m.level === "warning" && /doppelt/.test(m.text))).toEqual([]);
  });

  // Each month header merged over two columns: "Anzahl" (the Grunddatum) and "Vorjahr" (the same month a year before).
  const buildPairs = (wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet("Grunddaten");
    ws.getCell("A1").value = "Grunddatum";
    MONTHS.forEach((m, i) => {
      ws.getCell(1, 2 + 2 * i).value = shortLabel(m);
      ws.getCell(2, 2 + 2 * i).value = "Anzahl";
      ws.getCell(2, 3 + 2 * i).value = "Vorjahr";
      ws.mergeCells(1, 2 + 2 * i, 1, 3 + 2 * i);
    });
    // The Vorjahr of a month is what the sheet has for it a year earlier, where it has that month too.
    KEYS.forEach((k, n) => (ws.getRow(3 + n).values = [SERIES[k].label, ...MONTHS.flatMap((_, i) => [SERIES[k].value(i), i >= 12 ? SERIES[k].value(i - 12) : 5000 + n])]));
  };

  it("a month merged over two columns is read from its first column; „Vorjahr“ under it is that month a year before", async () => {
    const read = await readXlsx(buildPairs);
    expect(read.sheets[0].values[0][2]).toBeNull(); // C1, follower of B1:C1: blank, as in Excel
    const data = sources(read);
    for (const key of KEYS) {
      const series = data.baseSeries.get(key);
      for (const [month, value] of expected.get(key) ?? []) expect({ key, month, value: series?.get(month) }).toEqual({ key, month, value });
    }
    // Jan 2020 … Dec 2020 come only from the Vorjahr columns of 2021.
    expect(data.baseSeries.get(KEYS[0])?.get("2020-01")).toBe(5000);
    expect(data.messages.filter((m) => m.level === "error")).toEqual([]);
  });

  it("a month written twice on purpose is reported, and its first column counts", async () => {
    const data = sources(
      await readXlsx((wb) => {
        const ws = wb.addWorksheet("Grunddaten");
        addWide(ws, 1);
        ws.getCell(1, 18).value = "Jan 21"; // R1: January again, after March 2022
        KEYS.forEach((_, n) => (ws.getCell(2 + n, 18).value = 1));
      }),
    );
    expectCorpusRecords(data);
    expect(data.messages).toContainEqual(expect.objectContaining({ level: "warning", sheet: "Grunddaten", cell: "R1" }));
  });
});

describe("hidden rows and columns", () => {
  // Hidden data is still data: Excel's SUM counts hidden rows, and a controller hides rows to print, not to delete.
  const build = (hide: boolean) => (wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet("Grunddaten");
    ws.getCell("A1").value = "Grunddaten";
    addWide(ws, 3);
    if (!hide) return;
    ws.getRow(5).hidden = true; // Integrationen
    for (const col of [3, 4, 5]) ws.getColumn(col).hidden = true; // Feb – Apr 2021
  };

  it("the workbook really has hidden rows and columns", async () => {
    const wb = new ExcelJS.Workbook();
    build(true)(wb);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await wb.xlsx.writeBuffer());
    const ws = again.getWorksheet("Grunddaten");
    expect([ws?.getRow(5).hidden, ws?.getColumn(3).hidden, ws?.getColumn(6).hidden]).toEqual([true, true, false]);
  });

  it("read to the same records as the visible workbook, which are the corpus records", async () => {
    const hidden = sources(await readXlsx(build(true)));
    const visible = sources(await readXlsx(build(false)));
    expect(hidden.baseSeries).toEqual(visible.baseSeries);
    expectCorpusRecords(hidden);
  });
});

describe("Excel tables (ListObjects)", () => {
  it("Grunddaten as a wide table below a title read to the corpus records", async () => {
    const read = await readXlsx((wb) => {
      const ws = wb.addWorksheet("Grunddaten");
      ws.getCell("A1").value = "Grunddaten SGB II";
      ws.addTable({
        name: "Grunddaten",
        ref: "A3",
        headerRow: true,
        columns: [{ name: "Grunddatum" }, ...MONTHS.map((m) => ({ name: shortLabel(m) }))],
        rows: KEYS.map((k) => [SERIES[k].label, ...MONTHS.map((_, i) => SERIES[k].value(i))]),
      });
    });
    expect(read.sheets[0].tables.map((t) => t.name)).toEqual(["Grunddaten"]);
    expectCorpusRecords(sources(read));
  });

  it("Grunddaten as a table with months as rows and a totals row read to the corpus records", async () => {
    const read = await readXlsx((wb) => {
      wb.addWorksheet("Grunddaten").addTable({
        name: "Monatswerte",
        ref: "B2",
        headerRow: true,
        totalsRow: true,
        columns: [{ name: "Monat", totalsRowLabel: "Summe" }, ...KEYS.map((k) => ({ name: SERIES[k].label, totalsRowFunction: "sum" as const }))],
        rows: MONTHS.map((m, i) => [m, ...KEYS.map((k) => SERIES[k].value(i))]),
      });
    });
    expect(read.sheets[0].tables).toHaveLength(1);
    expect(read.sheets[0].values.at(-1)?.[0]).toBe("Summe");
    expectCorpusRecords(sources(read));
  });

  it("Zielwerte as a table: Integrationsquote 22,5 % ± 0,5 pp, LZB 590 ± 1 %, LLU only monitored", async () => {
    const data = sources(
      await readXlsx((wb) => {
        addWide(wb.addWorksheet("Grunddaten"), 1);
        wb.addWorksheet("Ziele").addTable({
          name: "Ziele2022",
          ref: "A2",
          headerRow: true,
          columns: [{ name: "Ziel" }, { name: "Kennzahl" }, { name: "Ist 2021" }, { name: "Ziel 2022" }, { name: "Toleranz" }],
          rows: [
            ["Integration", "Integrationsquote", 21.9, 22.5, "0,5"],
            ["Langzeitleistungsbezug", "Bestand Langzeitleistungsbeziehende", 601, 590, 1],
            ["Hilfebedürftigkeit", "Summe Leistungen zum Lebensunterhalt", null, null, null],
          ],
        });
      }),
    );
    expectCorpusRecords(data);
    expect(data.targetsSheets).toEqual(["Ziele"]);
    expect(data.targets.get("K2")).toMatchObject({ annualTarget: 22.5, tolerance: { kind: "absolute", value: 0.5 }, cell: "D3" });
    expect(data.targets.get("LZB")).toMatchObject({ annualTarget: 590, tolerance: { kind: "relative", percent: 1 }, cell: "D4" });
    expect(data.targets.get("K1")?.annualTarget).toBeNull();
  });
});

describe("cells as Excel stores them", () => {
  it("real dates in the header, formulas with cached results and #N/A errors", async () => {
    const data = sources(
      await readXlsx((wb) => {
        const ws = wb.addWorksheet("Grunddaten");
        ws.getCell("A1").value = "Grunddatum";
        MONTHS.forEach((m, i) => {
          const cell = ws.getCell(1, 2 + i);
          cell.value = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5)) - 1, 1));
          cell.numFmt = "mmm yy";
        });
        ws.getRow(2).values = [SERIES.elb.label, ...MONTHS.map((_, i) => SERIES.elb.value(i))];
        // Integrationen = Frauen + Männer, as a formula the file carries the result of.
        ws.getRow(3).values = ["Integrationen Frauen", ...MONTHS.map(() => 5)];
        ws.getRow(4).values = ["Integrationen Männer", ...MONTHS.map((_, i) => SERIES.int.value(i) - 5)];
        ws.getRow(5).values = ["Integrationen", ...MONTHS.map((_, i) => ({ formula: `${ws.getColumn(2 + i).letter}3+${ws.getColumn(2 + i).letter}4`, result: SERIES.int.value(i) }))];
        ws.getRow(6).values = [SERIES.lzb.label, ...MONTHS.map((_, i) => (i === 12 ? ({ error: "#N/A" } as ExcelJS.CellErrorValue) : SERIES.lzb.value(i)))];
      }),
    );
    for (const key of ["elb", "int"]) expect(data.baseSeries.get(key)).toEqual(expected.get(key));
    // LZB Jan 2022 (N6) is #N/A: a missing month, never 0.
    const lzb = new Map(expected.get("lzb"));
    lzb.delete("2022-01");
    expect(data.baseSeries.get("lzb")).toEqual(lzb);
    expect(data.messages).toContainEqual(expect.objectContaining({ level: "info", cell: "N6", text: expect.stringMatching(/fehlender Wert/) }));
    expect(data.messages.filter((m) => m.level === "error")).toEqual([]);
  });
});
