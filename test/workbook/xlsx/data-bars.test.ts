/**
 * Data bars go through ExcelJS's x14 extension, whose rule ids come from uuid (overridden to 11.x for
 * GHSA-w5hq-g745-h8pq) and are replaced by name-based ones (package/stable-ids.ts): a report with data bars is
 * written, and read back with its bars.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
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
  it("is written by ExcelJS with a uuid that has the fix for GHSA-w5hq-g745-h8pq (11.1.1 or later)", () => {
    const uuidPackage = require.resolve("uuid/package.json", { paths: [require.resolve("exceljs")] });
    const [major, minor, patch] = (require(uuidPackage) as { version: string }).version.split(".").map(Number);
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(11_001_001);
  });

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
