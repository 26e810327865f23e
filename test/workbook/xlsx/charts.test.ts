/** Native charts added to the .xlsx package: parts, relationships, content types and ranges that Excel can open. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import type { ChartPlan } from "../../../src/report/plan";
import { injectCharts } from "../../../src/workbook/xlsx/charts";

const TRICKY = "Ziel & Ist 'Test' (2)";

async function workbookWithData(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const name of ["EGT-Controlling", TRICKY]) {
    const ws = wb.addWorksheet(name);
    ws.getRow(1).values = [null, "Jan", "Feb", "Mär"];
    ws.getRow(2).values = [null, 10, 20, 30];
    ws.getRow(3).values = [null, 5, 15, 25];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const line: ChartPlan = {
  kind: "line",
  title: "Integrationsquote <JFW> & Soll",
  categories: { row: 0, col: 1, rows: 1, cols: 3 },
  series: [{ name: "Ist", values: { row: 1, col: 1, rows: 1, cols: 3 }, color: "404040" }],
  anchor: { row: 5, col: 0, rows: 10, cols: 6 },
  valueAxisNumberFormat: "0.0%",
};

const waterfall: ChartPlan = {
  kind: "waterfall",
  title: "Mittelherleitung",
  categories: { row: 0, col: 1, rows: 1, cols: 3 },
  series: [
    { name: "Basis", values: { row: 2, col: 1, rows: 1, cols: 3 }, invisible: true },
    { name: "Betrag", values: { row: 1, col: 1, rows: 1, cols: 3 }, color: "1F4E79" },
  ],
  anchor: { row: 16, col: 0, rows: 10, cols: 6 },
};

describe("injectCharts", () => {
  let zip: JSZip;
  let output: Uint8Array;

  beforeAll(async () => {
    output = await injectCharts(await workbookWithData(), [
      { sheetName: "EGT-Controlling", chart: waterfall },
      { sheetName: TRICKY, chart: line },
      { sheetName: TRICKY, chart: waterfall },
    ]);
    zip = await JSZip.loadAsync(output);
  });

  const read = (path: string) => zip.file(path)?.async("string") ?? Promise.resolve("");

  it("adds one drawing per sheet and one chart part per chart, all declared in the content types", async () => {
    const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    const drawings = Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));
    expect(charts).toHaveLength(3);
    expect(drawings).toHaveLength(2);
    const types = await read("[Content_Types].xml");
    for (const part of [...charts, ...drawings]) expect(types).toContain(`PartName="/${part}"`);
  });

  it("keeps every part well-formed XML", async () => {
    for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".xml") || p.endsWith(".rels"))) {
      expect({ path, valid: XMLValidator.validate(await read(path)) }).toEqual({ path, valid: true });
    }
  });

  it("references the drawing from the sheet and points the series at quoted ranges", async () => {
    const sheet = await read("xl/worksheets/sheet2.xml");
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>|<drawing r:id="rId\d+"\/>/);
    const chartParts = await Promise.all(Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map(read));
    const lineChart = chartParts.find((c) => c.includes("<c:lineChart>")) as string;
    expect(lineChart).toContain("<c:f>&apos;Ziel &amp; Ist &apos;&apos;Test&apos;&apos; (2)&apos;!$B$2:$D$2</c:f>");
    expect(lineChart).toContain("Integrationsquote &lt;JFW&gt; &amp; Soll");
    expect(lineChart).toContain('formatCode="0.0%"');
  });

  it("draws the waterfall as stacked columns with an invisible float series left out of the legend", async () => {
    const parts = await Promise.all(Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map(read));
    const chart = parts.find((c) => c.includes("Mittelherleitung")) as string;
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toMatch(/<c:v>Basis<\/c:v><\/c:tx><c:spPr><a:noFill\/>/);
    expect(chart).toContain('<c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>');
  });

  it("leaves the cell data readable by ExcelJS", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output as unknown as ArrayBuffer);
    expect(wb.getWorksheet(TRICKY)?.getCell("C2").value).toBe(20);
  });

  it("puts the drawing at the worksheet level even when data bars nest extLst inside their rules", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Bars");
    ws.getRow(1).values = [null, "a", "b"];
    ws.getRow(2).values = [null, 1, 2];
    ws.addConditionalFormatting({ ref: "B2:C2", rules: [{ type: "dataBar", priority: 1, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF5B9BD5" }, gradient: false } as unknown as ExcelJS.DataBarRuleType] });
    const out = await injectCharts(Buffer.from(await wb.xlsx.writeBuffer()), [{ sheetName: "Bars", chart: line }]);
    const sheet = await (await JSZip.loadAsync(out)).file("xl/worksheets/sheet1.xml")?.async("string") as string;
    const drawingAt = sheet.indexOf("<drawing ");
    expect(drawingAt).toBeGreaterThan(sheet.lastIndexOf("</conditionalFormatting>"));
    expect(sheet.slice(drawingAt)).toMatch(/^<drawing r:id="rId\d+"\/>(<extLst>.*<\/extLst>)?<\/worksheet>$/s);
  });
});
