/**
 * Writing the report into the user's .xlsx at package level: the user's parts leave byte for byte (also what ExcelJS
 * cannot model, such as a chart on a source sheet), the report sheets look as planned, and the package stays one that
 * Excel opens without repair: no dangling relationships, one selected tab, sheet-local names on the right sheets.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ChartPlan, ReportPlan, SheetPlan } from "../../../src/report/plan";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { injectCharts } from "../../../src/workbook/xlsx/charts";
import { expectConsistentPackage, parts, reopen, text } from "./package-fixtures";

const chart = (title: string): ChartPlan => ({
  kind: "line",
  title,
  categories: { row: 0, col: 1, rows: 1, cols: 3 },
  series: [{ name: "Ist", values: { row: 1, col: 1, rows: 1, cols: 3 } }],
  anchor: { row: 4, col: 0, rows: 10, cols: 6 },
});

function reportSheet(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    key: "ziel-ist-vergleich",
    name: "Ziel-Ist-Vergleich",
    cells: [["Kennzahl", "Jan", "Feb", "Mär"], ["Integrationsquote", 0.021, 0.043, 0.061], ["Summe  mit Leerzeichen ", null, null, 1234.5]],
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 4 }, style: { bold: true, fill: "1F4E79", fontColor: "FFFFFF" } },
      { range: { row: 1, col: 1, rows: 1, cols: 3 }, style: { numberFormat: "0.0%" } },
      { range: { row: 2, col: 3, rows: 1, cols: 1 }, style: { numberFormat: "#,##0.00 \"€\"", borderTop: "thin" } },
    ],
    columnWidths: [30, 10, 10, 10],
    conditionalFormats: [{ kind: "cellValue", range: { row: 1, col: 1, rows: 1, cols: 3 }, operator: "lessThan", values: [0.05], style: { fill: "FFC7CE", fontColor: "9C0006" } }],
    charts: [chart("Integrationsquote")],
    print: { orientation: "landscape", fitToOnePageWide: true, repeatRows: 1 },
    ...overrides,
  };
}

const plan = (...sheets: SheetPlan[]): ReportPlan => ({ sheets: sheets.length > 0 ? sheets : [reportSheet()] });

/** The user's workbook: two sheets with their own formats, a sheet-local name, and a chart ExcelJS cannot keep. */
async function userWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet("Grunddaten");
  data.getRow(1).values = [null, "Kennzahl", "Jan 24", "Feb 24", "Mär 24"];
  data.getRow(2).values = [null, "Integrationen", 120, 135, 128];
  data.getCell("C2").numFmt = "#,##0";
  data.getCell("B1").font = { italic: true, color: { argb: "FF00B050" } };
  const notes = wb.addWorksheet("Notizen");
  notes.getCell("A1").value = "Mein Text";
  wb.definedNames.add("Notizen!$A$1", "Merker");
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return injectCharts(bytes, [{ sheetName: "Grunddaten", chart: { ...chart("Meine Grafik"), anchor: { row: 4, col: 0, rows: 8, cols: 5 } } }]);
}

async function refresh(bytes: Uint8Array, report = plan()): Promise<Uint8Array> {
  const workbook = await XlsxWorkbook.fromBuffer(bytes);
  await workbook.render(report);
  return workbook.toBuffer();
}

describe("the user's parts", () => {
  it("leave byte for byte, including the chart on a source sheet that a re-write by ExcelJS would drop", async () => {
    const input = await userWorkbook();
    const before = await parts(input);
    const after = await parts(await refresh(input));
    // Only the package's directories change: the workbook part and its relationships, the content types, the styles.
    const directories = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];
    for (const [path, content] of before) {
      if (directories.includes(path)) continue;
      expect([path, after.has(path) && Buffer.compare(Buffer.from(after.get(path) as Uint8Array), Buffer.from(content)) === 0]).toEqual([path, true]);
    }
    expect(text(after.get("xl/worksheets/sheet1.xml"))).toMatch(/<drawing r:id=/);
  });

  it("keep their values, formats and names when read back", async () => {
    const wb = await reopen(await refresh(await userWorkbook()));
    const data = wb.getWorksheet("Grunddaten") as ExcelJS.Worksheet;
    expect(data.getCell("C2").value).toBe(120);
    expect(data.getCell("C2").numFmt).toBe("#,##0");
    expect(data.getCell("B1").font).toMatchObject({ italic: true, color: { argb: "FF00B050" } });
    expect(wb.definedNames.getRanges("Merker").ranges).toEqual(["Notizen!$A$1"]);
  });
});

describe("the report sheets", () => {
  it("show the planned values, texts, number formats, fills, borders and rules", async () => {
    const ws = (await reopen(await refresh(await userWorkbook()))).getWorksheet("Ziel-Ist-Vergleich") as ExcelJS.Worksheet;
    expect(ws.getCell("A2").value).toBe("Integrationsquote");
    expect(ws.getCell("A3").value).toBe("Summe  mit Leerzeichen ");
    expect(ws.getCell("C2").value).toBeCloseTo(0.043, 10);
    expect(ws.getCell("C2").numFmt).toBe("0.0%");
    expect(ws.getCell("D3").numFmt).toBe('#,##0.00 "€"');
    expect(ws.getCell("D3").border?.top?.style).toBe("thin");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(ws.getCell("A1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } });
    const rule = (ws as unknown as { conditionalFormattings: Array<{ rules: ExcelJS.CellIsRuleType[] }> }).conditionalFormattings[0].rules[0];
    expect(rule.style?.fill).toMatchObject({ bgColor: { argb: "FFFFC7CE" } });
    expect(ws.getColumn(1).width).toBe(30);
  });

  it("carry their charts and print titles on the right sheet", async () => {
    const output = await refresh(await userWorkbook());
    const all = await parts(output);
    const charts = [...all.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map((p) => text(all.get(p)));
    expect(charts.filter((c) => c.includes("Meine Grafik"))).toHaveLength(1);
    expect(charts.filter((c) => c.includes("Integrationsquote"))).toHaveLength(1);
    const workbook = text(all.get("xl/workbook.xml"));
    const sheetNames = [...workbook.matchAll(/<sheet\b[^>]*\sname="([^"]+)"/g)].map((m) => m[1]);
    const printTitles = /<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)</.exec(workbook);
    expect(sheetNames[Number(printTitles?.[1])]).toBe("Ziel-Ist-Vergleich");
    expect(printTitles?.[2]).toBe("&apos;Ziel-Ist-Vergleich&apos;!$1:$1");
    await expectConsistentPackage(output);
  });
});

describe("refreshing", () => {
  it("replaces the report ten times over without leaving parts behind", async () => {
    const once = await refresh(await userWorkbook());
    let bytes = once;
    for (let i = 0; i < 10; i++) bytes = await refresh(bytes);
    expect([...(await parts(bytes)).keys()].sort()).toEqual([...(await parts(once)).keys()].sort());
    const wb = await reopen(bytes);
    expect(wb.worksheets.map((w) => `${w.name}:${w.state}`)).toEqual(["Grunddaten:visible", "Notizen:visible", "Ziel-Ist-Vergleich:visible"]);
    await expectConsistentPackage(bytes);
  });

  it("leaves the styles part as the first refresh made it: the report's formats are reused, not added again", async () => {
    const first = await refresh(await userWorkbook());
    const third = await refresh(await refresh(first));
    const stylesOf = async (bytes: Uint8Array) => text((await parts(bytes)).get("xl/styles.xml"));
    expect(await stylesOf(third)).toBe(await stylesOf(first));
    const ws = (await reopen(third)).getWorksheet("Ziel-Ist-Vergleich") as ExcelJS.Worksheet;
    expect(ws.getCell("C2").numFmt).toBe("0.0%");
    expect(ws.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FF1F4E79" } });
  });

  it("replaces a report tab the user renamed only in case (Excel's names ignore case) instead of failing on the name", async () => {
    const zip = await JSZip.loadAsync(await refresh(await userWorkbook()));
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) as string;
    zip.file("xl/workbook.xml", workbookXml.replace('name="Ziel-Ist-Vergleich"', 'name="ziel-ist-vergleich"').replace(/&apos;Ziel-Ist-Vergleich&apos;/g, "&apos;ziel-ist-vergleich&apos;"));
    const output = await refresh(new Uint8Array(await zip.generateAsync({ type: "uint8array" })), plan(reportSheet({ cells: [["neu"]] })));
    const wb = await reopen(output);
    expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(["Grunddaten", "Notizen", "Ziel-Ist-Vergleich"]);
    expect(wb.getWorksheet("Ziel-Ist-Vergleich")?.getCell("A1").value).toBe("neu");
    await expectConsistentPackage(output);
  });

  it("keeps a report tab where the user moved it, and the sheet-local names of the sheets behind it", async () => {
    const zip = await JSZip.loadAsync(await refresh(await userWorkbook()));
    // The user drags the report to the front and sets a print area on "Notizen" (now the third tab, index 2); Excel
    // moves the report's own names (print titles, the ownership mark) along.
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) as string;
    const tags = [...workbookXml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
    const moved = [tags[2], tags[0], tags[1], tags[3]].join("");
    const localName = `<definedName name="_xlnm.Print_Area" localSheetId="2">Notizen!$A$1:$B$2</definedName>`;
    zip.file(
      "xl/workbook.xml",
      workbookXml.replace(/<sheets>[\s\S]*<\/sheets>/, `<sheets>${moved}</sheets>`).replace(/<definedNames>/, `<definedNames>${localName}`).replace(/localSheetId="2"( hidden="1")?>&apos;Ziel/g, 'localSheetId="0"$1>&apos;Ziel'),
    );
    const output = await refresh(new Uint8Array(await zip.generateAsync({ type: "uint8array" })), plan(reportSheet({ cells: [["neu"]] })));
    const wb = await reopen(output);
    expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(["Ziel-Ist-Vergleich", "Grunddaten", "Notizen"]);
    expect(wb.getWorksheet("Ziel-Ist-Vergleich")?.getCell("A1").value).toBe("neu");
    const workbook = text((await parts(output)).get("xl/workbook.xml"));
    expect(workbook).toContain('<definedName name="_xlnm.Print_Area" localSheetId="2">Notizen!$A$1:$B$2</definedName>');
    await expectConsistentPackage(output);
  });

  it("puts a report sheet that is new this time at the end, after the earlier ones", async () => {
    const first = await refresh(await userWorkbook());
    const second = await refresh(first, plan(reportSheet(), reportSheet({ key: "bearbeitungszeiten", name: "Bearbeitungszeiten", charts: [] })));
    const wb = await reopen(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Grunddaten", "Notizen", "Ziel-Ist-Vergleich", "Bearbeitungszeiten"]);
    await expectConsistentPackage(second);
  });

  it("reads the workbook with its new report when asked again after rendering", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(await userWorkbook());
    await workbook.render(plan());
    const read = await workbook.readSheets({});
    expect(read.sheetNames).toEqual(["Grunddaten", "Notizen", "Ziel-Ist-Vergleich"]);
    expect(read.state.ownedSheets).toEqual({ "ziel-ist-vergleich": "Ziel-Ist-Vergleich" });
  });
});

describe("a package without a styles part", () => {
  it("gets the report's styles part, its own sheets kept byte for byte", async () => {
    const zip = await JSZip.loadAsync(await userWorkbook());
    zip.remove("xl/styles.xml");
    zip.file("xl/_rels/workbook.xml.rels", ((await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) as string).replace(/<Relationship [^>]*styles"[^>]*\/>/, ""));
    const input = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    const output = await refresh(input);
    const wb = await reopen(output);
    expect(wb.getWorksheet("Ziel-Ist-Vergleich")?.getCell("A2").value).toBe("Integrationsquote");
    expect(wb.getWorksheet("Ziel-Ist-Vergleich")?.getCell("C2").numFmt).toBe("0.0%");
    expect(wb.getWorksheet("Grunddaten")?.getCell("C2").value).toBe(120);
    const [before, after] = [await parts(input), await parts(output)];
    expect(text(after.get("xl/worksheets/sheet1.xml"))).toBe(text(before.get("xl/worksheets/sheet1.xml")));
    await expectConsistentPackage(output);
  });
});
