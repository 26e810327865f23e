/**
 * The report sheets as the add-in's own writer puts them into a workbook (src/workbook/xlsx/writing), read back by
 * ExcelJS as an independent reader: what a user sees in Excel — formats that combine, merges that look like one cell,
 * rules in their order, print setup — and the same bytes for the same report.
 */
import ExcelJS from "exceljs";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { SheetPlan } from "../../../src/report/plan";
import { buildTemplateSheets } from "../../../src/report/template-sheets";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { reportWorkbookBytes } from "../../../src/workbook/xlsx/writing/report-package";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? sourceFiles(join(dir, name)) : /\.tsx?$/.test(name) ? [join(dir, name)] : []));
}

async function userWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Grunddaten").getCell("A1").value = "Quelle";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function rendered(sheet: SheetPlan): Promise<ExcelJS.Worksheet> {
  const workbook = await XlsxWorkbook.fromBuffer(await userWorkbook());
  await workbook.render({ sheets: [sheet] });
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(Buffer.from(await workbook.toBuffer()) as unknown as ExcelJS.Buffer);
  return back.getWorksheet(sheet.name) as ExcelJS.Worksheet;
}

const base: SheetPlan = {
  key: "ziel-ist-vergleich",
  name: "Ziel-Ist-Vergleich",
  cells: [["Bericht", null, null], ["Kennzahl", "Ist", "Soll"], ["Integrationsquote", 0.197, 0.2], ["  eingerückt ", -3, 1e-7]],
  styles: [],
  columnWidths: [30, 12, 12],
  conditionalFormats: [],
  charts: [],
};

describe("the report writer", () => {
  it("combines overlapping style runs property by property: a bold header with a fill over part of it keeps both", async () => {
    const ws = await rendered({
      ...base,
      styles: [
        { range: { row: 1, col: 0, rows: 1, cols: 3 }, style: { bold: true, fontColor: "1F4E79", horizontalAlignment: "center" } },
        { range: { row: 1, col: 1, rows: 2, cols: 2 }, style: { fill: "DDEBF7", numberFormat: "0.0%", borderBottom: "thin" } },
      ],
    });
    expect(ws.getCell("B2").font).toMatchObject({ bold: true, color: { argb: "FF1F4E79" } });
    expect(ws.getCell("B2").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("B2").alignment).toMatchObject({ horizontal: "center", vertical: "top" });
    expect(ws.getCell("B2").border).toMatchObject({ bottom: { style: "thin" } });
    expect(ws.getCell("A2").fill?.type === "pattern" ? ws.getCell("A2").fill : { pattern: "none" }).toMatchObject({ pattern: "none" });
    expect(ws.getCell("C3").numFmt).toBe("0.0%");
    expect(ws.getCell("C3").font?.bold).toBeFalsy();
    expect(ws.getCell("A3").value).toBe("Integrationsquote");
    expect(ws.getCell("A4").value).toBe("  eingerückt ");
    expect(ws.getCell("C4").value).toBe(1e-7);
  });

  it("shows a merge as one cell: the top-left cell's fill and border run across it, its value stays in the top-left cell", async () => {
    const ws = await rendered({
      ...base,
      cells: [["Titel", "verdeckt", null]],
      styles: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, style: { fill: "1F4E79", borderBottom: "medium" } }],
      merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
    });
    expect(ws.getCell("A1").value).toBe("Titel");
    expect(ws.getCell("C1").isMerged).toBe(true);
    expect(ws.getCell("C1").fill).toMatchObject({ fgColor: { argb: "FF1F4E79" } });
    expect(ws.getCell("C1").border).toMatchObject({ bottom: { style: "medium" } });
  });

  it("keeps the plan's order of conditional formats: the first rule has the highest priority", async () => {
    const range = { row: 2, col: 1, rows: 2, cols: 1 };
    const ws = await rendered({
      ...base,
      conditionalFormats: [
        { kind: "cellValue", range, operator: "lessThan", values: [0], style: { fill: "FFC7CE" } },
        { kind: "cellValue", range, operator: "lessThan", values: [1], style: { fill: "FFEB9C", bold: true } },
      ],
    });
    const rules = (ws as unknown as { conditionalFormattings: Array<{ rules: Array<ExcelJS.CellIsRuleType & { priority: number }> }> }).conditionalFormattings.flatMap((f) => f.rules);
    expect(rules.map((r) => [r.formulae?.[0], r.priority])).toEqual([["0", 1], ["1", 2]]);
    expect(rules[1].style?.font?.bold).toBe(true);
  });

  it("freezes only the rows when only rows are frozen, and prints on A4 with the header rows on every page", async () => {
    const ws = await rendered({ ...base, freeze: { rows: 2, cols: 0 }, print: { orientation: "portrait", fitToOnePageWide: true, repeatRows: 2 } });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2, topLeftCell: "A3" });
    expect((ws.views[0] as { xSplit?: number }).xSplit ?? 0).toBe(0);
    expect(ws.pageSetup).toMatchObject({ orientation: "portrait", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:2" });
  });

  it("writes the template workbook of the standalone pane as the same bytes every time, and it opens with its sheets", async () => {
    const sheets = () => buildTemplateSheets(2023).map((plan) => ({ name: plan.name, plan, forcedText: [] }));
    const first = await reportWorkbookBytes(sheets());
    expect(Buffer.from(await reportWorkbookBytes(sheets()))).toEqual(Buffer.from(first));
    const { sheetNames } = await (await XlsxWorkbook.fromBuffer(first)).readSheets({});
    expect(sheetNames).toEqual(["Grunddaten", "Ziele 2023", "EGT 2023", "Qualität"]);
  });
});

describe("the production code", () => {
  it("has no ExcelJS: no module imports it and it is no production dependency (tests still read with it)", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8")) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain("exceljs");
    expect(Object.keys(pkg.devDependencies)).toContain("exceljs");
    const importing = sourceFiles(join(__dirname, "..", "..", "..", "src")).filter((file) => /(?:from\s+|import\s*\(\s*)["']exceljs["']/.test(readFileSync(file, "utf8")));
    expect(importing).toEqual([]);
  });
});
