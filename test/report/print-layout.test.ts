/**
 * Print-ready report sheets (issue 23 item 6), checked on the plan of the sample: no manual page break cuts a chart,
 * every sheet has a footer and repeats its title rows, wrapped rows get their height, no text row runs past the table.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeReport } from "../../src/pipeline/run-report";
import { wrapWords } from "../../src/report/sheet-builder";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

const SAMPLE = readFileSync(join(__dirname, "..", "..", "assets", "beispiel-jobcenter.xlsx"));

describe("report sheets ready to print (sample)", () => {
  let sheets: ReturnType<typeof computeReport>["plan"]["sheets"] = [];
  beforeAll(async () => {
    sheets = computeReport(await (await XlsxWorkbook.fromBuffer(SAMPLE)).readSheets({ numberFormats: true })).plan.sheets;
  });

  it("no page break falls inside a chart", () => {
    for (const sheet of sheets) {
      for (const chart of sheet.charts) {
        const { row, rows } = chart.anchor;
        const cutting = (sheet.pageBreaksBefore ?? []).filter((b) => b > row && b < row + rows);
        expect({ sheet: sheet.name, chart: chart.title, cutting }).toEqual({ sheet: sheet.name, chart: chart.title, cutting: [] });
      }
    }
  });

  it("the charts of the Ziel-Ist-Vergleich and the Mittelabfluss start a page", () => {
    const goal = sheets.find((s) => s.key === "ziel-ist-vergleich");
    const firstChart = Math.min(...(goal?.charts.map((c) => c.anchor.row) ?? []));
    expect(goal?.pageBreaksBefore?.some((b) => b <= firstChart && b > firstChart - 3)).toBe(true);
    const egt = sheets.find((s) => s.key === "egt-controlling");
    const outflow = egt?.cells.findIndex((r) => String(r[0]).startsWith("Mittelabfluss")) ?? -1;
    expect(egt?.pageBreaksBefore).toContain(outflow);
  });

  it("every report sheet prints A4 landscape one page wide, with its title rows and a footer naming it", () => {
    for (const sheet of sheets) {
      expect(sheet.print).toMatchObject({ orientation: "landscape", fitToOnePageWide: true });
      expect(sheet.print?.repeatRows ?? 0).toBeGreaterThanOrEqual(2);
      expect(sheet.print?.footer).toMatch(new RegExp(`^${sheet.name.replace(/[§]/g, ".").slice(0, 10)}`));
    }
  });

  it("a wrapped cell's row is as tall as its lines: the Bearbeitungsdauer note needs several", () => {
    const goal = sheets.find((s) => s.key === "ziel-ist-vergleich");
    const row = goal?.cells.findIndex((r) => r[1] === "BD") ?? -1;
    const height = goal?.rowHeights?.find((h) => h.row === row)?.points ?? 0;
    expect(height).toBeGreaterThanOrEqual(45); // three or more lines of 15 pt
  });

  it("no single-cell text row of the Ziel-Ist-Vergleich is wider than the table", () => {
    const goal = sheets.find((s) => s.key === "ziel-ist-vergleich");
    const tableWidth = goal?.columnWidths.reduce((a, b) => a + b, 0) ?? 0;
    const textRows = goal?.cells.filter((r) => r.length === 1 && typeof r[0] === "string") ?? [];
    for (const [text] of textRows) expect(String(text).length).toBeLessThanOrEqual(tableWidth);
  });

  it("breaks text between words", () => {
    expect(wrapWords("eins zwei drei vier", 9)).toEqual(["eins zwei", "drei vier"]);
    expect(wrapWords("", 9)).toEqual([""]);
  });
});
