/**
 * The package reader (src/workbook/xlsx/reading) reads what the adapter read when it loaded every workbook with ExcelJS:
 * the same sheets, values, number formats and tables, on the sample, on the hostile corpus's workbooks, on a workbook
 * saved by LibreOffice, and on a workbook built to hold every kind of cell. Plus the cases where it must differ.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SheetRead } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import * as hostile from "../../e2e/hostile/generate";
import { readSheet as readWithExcelJS } from "./exceljs-oracle";

const dir = mkdtempSync(join(tmpdir(), "sc-reader-"));

async function bothReaders(bytes: Uint8Array): Promise<{ ours: SheetRead[]; oracle: SheetRead[] }> {
  const workbook = await XlsxWorkbook.fromBuffer(bytes);
  const names = (await workbook.readSheets({})).sheetNames;
  const ours = (await workbook.readSheets({ sheets: names, numberFormats: true })).sheets;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const oracle = names.map((name) => readWithExcelJS(wb.getWorksheet(name) as ExcelJS.Worksheet, true));
  return { ours, oracle };
}

/** Equal, except that dates may differ by ExcelJS's rounding to whole milliseconds. */
function expectSameRead(ours: SheetRead[], oracle: SheetRead[]): void {
  expect(ours.map((s) => [s.name, s.visibility, s.origin, s.tables])).toEqual(oracle.map((s) => [s.name, s.visibility, s.origin, s.tables]));
  ours.forEach((sheet, i) => {
    expect([sheet.name, sheet.numberFormats]).toEqual([sheet.name, oracle[i].numberFormats]);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const expected = oracle[i].values[r][c];
        const where = `${sheet.name}!R${r + sheet.origin.row + 1}C${c + sheet.origin.col + 1}`;
        if (typeof value === "number" && typeof expected === "number") expect([where, Math.abs(value - expected) < 1e-7]).toEqual([where, true]);
        else expect([where, value]).toEqual([where, expected]);
      }),
    );
    expect(sheet.values.map((row) => row.length)).toEqual(oracle[i].values.map((row) => row.length));
  });
}

/** Every kind of cell the sources meet, written by ExcelJS. */
async function everyKindOfCell(date1904: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet("Alles");
  ws.getCell("B2").value = "Text mit & < > \" ' Zeichen";
  ws.getCell("C2").value = { richText: [{ text: "Inte", font: { bold: true } }, { text: "grationen" }] };
  ws.getCell("D2").value = new Date(Date.UTC(2024, 2, 31));
  ws.getCell("D2").numFmt = "mmm yy";
  ws.getCell("E2").value = new Date(Date.UTC(2024, 2, 31, 12, 30));
  ws.getCell("E2").numFmt = "dd.mm.yyyy hh:mm";
  ws.getCell("F2").value = 0.1975;
  ws.getCell("F2").numFmt = "0.0%";
  ws.getCell("G2").value = 1234567.891;
  ws.getCell("G2").numFmt = '#,##0.00\\ "€"';
  ws.getCell("H2").value = true;
  ws.getCell("I2").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell("B3").value = { formula: "F2*2", result: 0.395 } as ExcelJS.CellFormulaValue;
  ws.getCell("C3").value = { formula: "B2&\"x\"", result: "Textx" } as ExcelJS.CellFormulaValue;
  ws.getCell("D3").value = { formula: "D2+1", result: new Date(Date.UTC(2024, 3, 1)) } as ExcelJS.CellFormulaValue;
  ws.getCell("D3").numFmt = "dd.mm.yyyy";
  ws.getCell("E3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("F3").value = { formula: "A1" } as ExcelJS.CellFormulaValue;
  ws.getCell("B4").value = 1;
  ws.getCell("C4").value = { sharedFormula: "B3", result: 2 } as ExcelJS.CellSharedFormulaValue;
  ws.mergeCells("B6:D6");
  ws.getCell("B6").value = "verbunden";
  ws.getCell("B7").numFmt = "0.00"; // formatted, but empty
  ws.getCell("J9").value = -0.5;
  ws.getCell("J9").numFmt = "[Red]0.0;[Blue]-0.0";
  ws.addTable({ name: "Ziele", ref: "B12", headerRow: true, columns: [{ name: "Kennzahl" }, { name: "Ziel" }], rows: [["K2", 0.225], ["K3", 4500]] });
  wb.addWorksheet("Versteckt", { state: "hidden" }).getCell("A1").value = 1;
  wb.addWorksheet("Ganz versteckt", { state: "veryHidden" }).getCell("C3").value = "x";
  wb.addWorksheet("Leer");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("the package reader reads what ExcelJS read", () => {
  it.each([
    ["the sample workbook", () => readFileSync(hostile.SAMPLE)],
    ["every kind of cell", () => everyKindOfCell(false)],
    ["every kind of cell in the 1904 date system", () => everyKindOfCell(true)],
    ["texts with formula injections", async () => readFileSync(await hostile.sampleWithInjectedText(dir))],
    ["headers with zero-width and right-to-left characters", async () => readFileSync(await hostile.sampleWithInvisibleCharacters(dir, [["Grunddaten", "B5"], ["Ziele 2022", "A4"]]))],
    ["circular formulas", async () => readFileSync(await hostile.sampleWithCircularFormulas(dir))],
    ["external links", async () => readFileSync(await hostile.sampleWithExternalLinks(dir))],
    ["protected sheets", async () => readFileSync(await hostile.sampleWithProtectedSheets(dir))],
    ["hidden and very hidden sheets", async () => readFileSync(await hostile.sampleWithHiddenSheets(dir))],
    ["sheet names with quotes and brackets", async () => readFileSync(await hostile.sampleWithRenamedSheets(dir, "namen.xlsx", { Grunddaten: "Grund'daten (2022) & Co" }))],
  ])("%s", async (_label, build) => {
    const { ours, oracle } = await bothReaders(new Uint8Array(await build()));
    expect(ours.length).toBeGreaterThan(0);
    expectSameRead(ours, oracle);
  });

  const haveSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
  (haveSoffice || process.env.CI ? it : it.skip)("a workbook saved by LibreOffice (its own styles, string table and cell references)", async () => {
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(dir, "lo"), hostile.SAMPLE], { timeout: 120_000, stdio: "ignore" });
    const { ours, oracle } = await bothReaders(readFileSync(join(dir, "lo", "beispiel-jobcenter.xlsx")));
    expectSameRead(ours, oracle);
  }, 150_000);
});

describe("where the package reader differs on purpose", () => {
  async function withSheetXml(sheetData: string): Promise<SheetRead> {
    const zip = await JSZip.loadAsync(await everyKindOfCell(false));
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) as string;
    zip.file("xl/worksheets/sheet1.xml", xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${sheetData}</sheetData>`).replace(/<mergeCells[\s\S]*?<\/mergeCells>/, ""));
    const workbook = await XlsxWorkbook.fromBuffer(new Uint8Array(await zip.generateAsync({ type: "uint8array" })));
    return (await workbook.readSheets({ sheets: ["Alles"] })).sheets[0];
  }

  it("reads an empty number cell as blank, not as zero or NaN", async () => {
    const sheet = await withSheetXml('<row r="1"><c r="A1"><v></v></c><c r="B1"><v>7</v></c></row>');
    expect(sheet.values).toEqual([[7]]);
    expect(sheet.origin).toEqual({ row: 0, col: 1 });
  });

  it("keeps a number cell that holds no number as its text, so the sources can name the cell", async () => {
    const sheet = await withSheetXml('<row r="1"><c r="A1"><v>zwölf</v></c></row>');
    expect(sheet.values).toEqual([["zwölf"]]);
  });

  it("places cells written without references (as some exporters do) by their order in the row", async () => {
    const sheet = await withSheetXml('<row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c t="inlineStr"><is><t>drei</t></is></c></row>');
    expect(sheet.values).toEqual([[1, 2], [null, null], ["drei", null]]);
  });

  it("reads a formula's cached FALSE as false (ExcelJS lost it and gave no value)", async () => {
    const sheet = await withSheetXml('<row r="1"><c r="A1" t="b"><f>B1</f><v>0</v></c><c r="B1" t="b"><v>0</v></c></row>');
    expect(sheet.values).toEqual([[false, false]]);
  });

  it("reads ISO dates (t=\"d\") as serial numbers", async () => {
    const sheet = await withSheetXml('<row r="1"><c r="A1" t="d"><v>2024-03-31T00:00:00</v></c></row>');
    expect(sheet.values).toEqual([[45382]]);
  });

  it("reads a formula that returns an empty text (=WENN(…;\"\";…), cached as <v/> or <v></v>) as empty, not as missing", async () => {
    const sheet = await withSheetXml('<row r="1"><c r="A1" t="str"><f>IF(B1=1,"",B1)</f><v/></c><c r="B1" t="str"><f>C1&amp;""</f><v></v></c><c r="C1"><f>D1</f><v/></c><c r="D1"><v>1</v></c></row>');
    expect(sheet.values).toEqual([["", "", null, 1]]);
  });

  it("decodes Excel's own escapes for characters XML cannot hold (_x000D_ is a CR, _x005F_ an underscore)", async () => {
    const sheet = await withSheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Anzahl_x000D_\nBG</t></is></c><c r="B1" t="inlineStr"><is><t>_x005F_x000D_</t></is></c></row>');
    expect(sheet.values).toEqual([["Anzahl\r\nBG", "_x000D_"]]);
  });

  it("takes single-quoted attributes, lowercase and $-references, reversed merges, comments and CDATA as an XML parser does", async () => {
    const sheet = await withSheetXml(
      "<!-- <c r=\"Z99\"><v>5</v></c> --><row r='2'><c r='$b$2' t='inlineStr'><is><t><![CDATA[a < b & c]]></t></is></c><c r='c2'><v>3</v></c><c r='D2'><v>4</v></c></row>",
    );
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sheet.values).toEqual([["a < b & c", 3, 4]]);
  });

  it("blanks merged followers also when the merge is written bottom-right first", async () => {
    const zip = await JSZip.loadAsync(await everyKindOfCell(false));
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) as string;
    zip.file("xl/worksheets/sheet1.xml", xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData>').replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '<mergeCells count="1"><mergeCell ref="B1:A1"/></mergeCells>'));
    const workbook = await XlsxWorkbook.fromBuffer(new Uint8Array(await zip.generateAsync({ type: "uint8array" })));
    expect((await workbook.readSheets({ sheets: ["Alles"] })).sheets[0].values).toEqual([[1, null, 3]]);
  });

  it("reads a case list with a merged cell in every row (30.000 rows) with each row's own value", async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="C${i + 1}"><v>9</v></c></row>`).join("");
    const merges = Array.from({ length: 30_000 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join("");
    const zip = await JSZip.loadAsync(await everyKindOfCell(false));
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) as string;
    zip.file("xl/worksheets/sheet1.xml", xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows}</sheetData>`).replace(/<mergeCells[\s\S]*?<\/mergeCells>/, `<mergeCells count="30000">${merges}</mergeCells>`));
    const workbook = await XlsxWorkbook.fromBuffer(new Uint8Array(await zip.generateAsync({ type: "uint8array" })));
    const { values } = (await workbook.readSheets({ sheets: ["Alles"] })).sheets[0];
    expect(values).toHaveLength(30_000);
    expect(values[29_999]).toEqual([29_999, null, 9]);
  });

  it("turns a character reference beyond Unicode (a damaged file) into the replacement character, not a crash", async () => {
    const sheet = await withSheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>x&#x110000;y</t></is></c></row>');
    expect(sheet.values).toEqual([["x\ufffdy"]]);
  });
});

describe("Strict Open XML", () => {
  it("is read like the transitional form", async () => {
    const transitional = await everyKindOfCell(false);
    const zip = await JSZip.loadAsync(transitional);
    const rels = (await zip.file("_rels/.rels")?.async("string")) as string;
    zip.file("_rels/.rels", rels.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"));
    const bytes = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    const strict = await (await XlsxWorkbook.fromBuffer(bytes, "streng.xlsx")).readSheets({ numberFormats: true });
    expect(strict).toEqual(await (await XlsxWorkbook.fromBuffer(transitional, "streng.xlsx")).readSheets({ numberFormats: true }));
  });
});
