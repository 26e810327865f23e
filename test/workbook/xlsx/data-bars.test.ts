/**
 * Data bars carry an x14 extension (their look in Excel 2010 and later) whose rule id is a GUID derived from the sheet
 * and the rule's place (package/stable-ids.ts): a report with data bars is written, and read back with its bars.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../../src/report/plan";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";

const barsSheet: SheetPlan = {
  key: "ziel-ist-vergleich",
  name: "Ziel-Ist-Vergleich",
  cells: [["Instrument", "Bindungsquote"], ["AGH", 81.5], ["EGZ", 42], ["FbW", -3]],
  styles: [],
  columnWidths: [20, 14],
  conditionalFormats: [{ kind: "dataBar", range: { row: 1, col: 1, rows: 3, cols: 1 }, positiveColor: "5B9BD5", negativeColor: "C00000" }],
  charts: [],
};

describe("a report with data bars", () => {
  it("is written with a GUID-identified x14 data bar and reads back with it", async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet("Daten").getCell("A1").value = "Quelle";
    const workbook = await XlsxWorkbook.fromBuffer(Buffer.from(await source.xlsx.writeBuffer()));
    await workbook.render({ sheets: [barsSheet] });
    const written = await workbook.toBuffer();

    const zip = await JSZip.loadAsync(written);
    const sheetXml = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => zip.file(n)?.async("string") ?? ""));
    const report = sheetXml.find((xml) => xml.includes("dataBar")) ?? "";
    expect(report).toMatch(/<x14:id>\{[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}<\/x14:id>/i);

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(written) as unknown as ExcelJS.Buffer);
    const rules = (back.getWorksheet("Ziel-Ist-Vergleich") as ExcelJS.Worksheet & { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string }> }> }).conditionalFormattings;
    expect(rules).toContainEqual(expect.objectContaining({ ref: "B2:B4", rules: [expect.objectContaining({ type: "dataBar" })] }));
  });
});
