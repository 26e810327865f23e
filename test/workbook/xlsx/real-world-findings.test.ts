/**
 * Issue 18, findings 2–6: real workbooks other projects keep as test data (test/fixtures/real-world, see its manifest)
 * on which the CLI used to write files that cannot be opened, refuse files that Excel opens, or drop user parts
 * without a word. Each finding on the files named in the issue.
 */
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildTemplateSheets } from "../../../src/report/template-sheets";
import { inspectSources } from "../../../src/pipeline/inspect-sources";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import * as splice from "../../../src/workbook/xlsx/package/sheet-splice";
import { SpliceUnsupported } from "../../../src/workbook/xlsx/package/splice-unsupported";
import { ContentTypes } from "../../../src/workbook/xlsx/package/opc";
import { assertWrittenPackage, WrittenPackageDefect, wellFormednessProblem } from "../../../src/workbook/xlsx/package/written-package-check";
import { packageProblems, runWorkbook, undeclaredPrefixes } from "./real-world-run";
import { editPackage, partOf, written } from "./package-fixtures";

const fixture = (file: string) => new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "real-world", file)));
const TEMPLATE_NAMES = ["Grunddaten", "Ziele 2023", "EGT 2023", "Qualität"];

/** `vorlage` as the CLI runs it: open, insert the template sheets, save. */
async function vorlage(bytes: Uint8Array, name = "Arbeitsmappe.xlsx"): Promise<{ output: Uint8Array; notices: string[] }> {
  const workbook = await XlsxWorkbook.fromBuffer(bytes, name);
  const { notices } = await workbook.render({ sheets: buildTemplateSheets(2023) });
  return { output: await workbook.toBuffer(), notices };
}

async function partText(bytes: Uint8Array, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  if (!file) throw new Error(`no ${path}`);
  return file.async("string");
}

async function partBytes(bytes: Uint8Array, path: string): Promise<Uint8Array | undefined> {
  return (await JSZip.loadAsync(bytes)).file(path)?.async("uint8array");
}

/** The visible sheets of an output, read back by the product (ExcelJS itself cannot load prefixed or ns0: packages). */
async function sheetNamesOf(bytes: Uint8Array): Promise<string[]> {
  return (await (await XlsxWorkbook.fromBuffer(bytes)).readSheets({})).sheets.filter((s) => s.visibility === "visible").map((s) => s.name);
}

describe("finding 2: openpyxl declares xmlns:r on each <sheet> — the output's workbook part stays well-formed", () => {
  it.each(["calamine/date_quoted_format.xlsx", "calamine/hyperlinks.xlsx", "calamine/table_with_absolute_paths.xlsx", "calamine/nonstandard-xml-ns-prefix.xlsx", "phpspreadsheet/pr1769g.py.xlsx"])(
    "%s",
    async (file) => {
      const input = fixture(file);
      const { output } = await vorlage(input);
      const workbook = await partText(output, "xl/workbook.xml");
      expect(XMLValidator.validate(workbook)).toBe(true);
      expect(undeclaredPrefixes(workbook)).toEqual([]);
      expect(await sheetNamesOf(output)).toEqual(expect.arrayContaining(TEMPLATE_NAMES));
      expect(await packageProblems(input, output, "vorlage")).toEqual([]);
    },
  );
});

describe("finding 3: read fine, then called damaged — now read and written", () => {
  const cases: Array<[string, string, { sheet: string; cell: [number, number]; value: unknown }]> = [
    ["prefixed <x:workbook> and <x:Relationships>", "phpspreadsheet/namespacenonstd.xlsx", { sheet: "SylkTest", cell: [0, 0], value: "Test String 1" }],
    ["OpenXML SDK: prefixed sheet, rows and cells without references", "poi/59746_NoRowNums.xlsx", { sheet: "Features", cell: [1, 3], value: 644.24222 }],
    ["no dimension, no cell references", "exceldatareader/NoDimensionOrCellReferenceAttribute.xlsx", { sheet: "Continent", cell: [0, 2], value: "IndexGross" }],
    ["UTF-16LE parts (Excel for Windows Phone)", "roo/Pfand_from_windows_phone.xlsx", { sheet: "Blatt1", cell: [1, 1], value: 3.81 }],
    ["UTF-16BE parts without byte order mark", "phpspreadsheet/utf16be.xlsx", { sheet: "Sheet1", cell: [0, 0], value: 1 }],
    ["UTF-16BE parts with byte order mark", "phpspreadsheet/utf16be.bom.xlsx", { sheet: "Sheet1", cell: [0, 0], value: 1 }],
    ["shared strings part named in another case than its relationship", "calamine/issue_419.xlsx", { sheet: "Sheet1", cell: [0, 0], value: "Hello" }],
  ];
  it.each(cases)("%s (%s)", async (_what, file, expected) => {
    const input = fixture(file);
    const read = await (await XlsxWorkbook.fromBuffer(input, file)).readSheets({});
    const sheet = read.sheets.find((s) => s.name === expected.sheet);
    expect(sheet?.values[expected.cell[0]]?.[expected.cell[1]]).toBe(expected.value);
    const { output } = await vorlage(input);
    expect(await sheetNamesOf(output)).toEqual(expect.arrayContaining([expected.sheet, ...TEMPLATE_NAMES]));
    expect(await packageProblems(input, output, "vorlage")).toEqual([]);
  });

  it("ns0: relationships written by Python's ElementTree (poi/58760.xlsx)", async () => {
    const input = fixture("poi/58760.xlsx");
    const { output } = await vorlage(input);
    expect(await sheetNamesOf(output)).toEqual(["Sheet1", ...TEMPLATE_NAMES]);
    expect(await packageProblems(input, output, "vorlage")).toEqual([]);
  });
});

describe("finding 4: VBA projects, macro sheets, comments and pivots are kept, never silently dropped", () => {
  it.each([
    ["poi/60825.xlsx", "xl/worksheets/sheet1.xml"],
    ["closedxml/tdf111974.xlsm", "xl/vbaProject.bin"],
    ["closedxml/SheetsWithoutRelId.xlsx", "xl/pivotTables/pivotTable1.xml"],
    ["exceldatareader/Test_git_issue_68_NullSheetPath.xlsm", "xl/vbaProject.bin"],
    ["calamine/issue221.xlsm", "xl/worksheets/sheet1.xml"],
  ])("%s keeps %s byte for byte", async (file, part) => {
    const input = fixture(file);
    const { output, notices } = await vorlage(input, file);
    const before = await partBytes(input, part);
    expect(before).toBeDefined();
    expect(Buffer.from((await partBytes(output, part)) ?? [])).toEqual(Buffer.from(before as Uint8Array));
    expect(await packageProblems(input, output, "vorlage")).toEqual([]);
    expect(notices).toEqual([]);
  });

  it("when the package cannot be spliced, nothing is written (no lossy re-write) and the user is told in German", async () => {
    const input = fixture("closedxml/tdf111974.xlsm");
    const workbook = await XlsxWorkbook.fromBuffer(input, "tdf111974.xlsm");
    const spy = jest.spyOn(splice, "spliceSheets").mockRejectedValue(new SpliceUnsupported("test"));
    try {
      await expect(workbook.render({ sheets: buildTemplateSheets(2023) })).rejects.toThrow(/Bericht lässt sich nicht in die Arbeitsmappe „tdf111974\.xlsm“ einfügen.*Es wurde nichts geschrieben/);
    } finally {
      spy.mockRestore();
    }
    expect(Buffer.from(await workbook.toBuffer())).toEqual(Buffer.from(input));
  });
});

describe("finding 5: every part the report adds has a content type, also in packages without a Default for .rels", () => {
  it.each(["calamine/nonstandard-xml-ns-prefix.xlsx", "poi/60384.xlsx", "closedxml/tdf104310.xlsx"])("%s", async (file) => {
    const input = fixture(file);
    expect(await partText(input, "[Content_Types].xml")).not.toMatch(/Extension="rels"/);
    const outcome = await runWorkbook(input, file);
    expect(outcome.kind).toBe("done");
    if (outcome.kind !== "done") return;
    // The report has a chart: a drawing and its relationships were added.
    const report = outcome.outputs.report as Uint8Array;
    const added = Object.keys((await JSZip.loadAsync(report)).files).filter((p) => /_rels\/drawing\d+\.xml\.rels$/.test(p));
    expect(added.length).toBeGreaterThan(0);
    expect(outcome.problems).toEqual([]);
  });
});

describe("finding 6: Strict Open XML, and a missing styles part", () => {
  it("reads Strict Open XML and writes it back in the transitional form, saying so", async () => {
    const input = fixture("roo/strict.xlsx");
    const read = await (await XlsxWorkbook.fromBuffer(input, "strict.xlsx")).readSheets({});
    expect(read.sheets.map((s) => [s.name, s.values[0][0]])).toEqual([["Sheet1", "Sheet 1"], ["Sheet2", "Sheet 2"]]);
    const { output, notices } = await vorlage(input, "strict.xlsx");
    expect(notices).toEqual([expect.stringContaining("„strict.xlsx“ ist im Format „Strict Open XML“ gespeichert")]);
    const zip = await JSZip.loadAsync(output);
    for (const file of Object.values(zip.files).filter((f) => /\.(xml|rels)$/.test(f.name))) expect([file.name, (await file.async("string")).includes("purl.oclc.org/ooxml")]).toEqual([file.name, false]);
    expect(await sheetNamesOf(output)).toEqual(["Sheet1", "Sheet2", ...TEMPLATE_NAMES]);
  });

  it("recognises the sources of a Strict workbook (quellen)", async () => {
    const inspection = await inspectSources(await XlsxWorkbook.fromBuffer(fixture("exceldatareader/Test10x10.xlsx"), "Test10x10.xlsx"), "2024-01-15");
    expect(inspection.mappings.length).toBeGreaterThan(0);
  });

  it.each(["exceldatareader/Test_Issue_NoStyles_NoRAttribute.xlsx", "poi/59021.xlsx", "exceljs/test-issue-771.xlsx"])("a package without styles gets one (%s)", async (file) => {
    const input = fixture(file);
    const { output } = await vorlage(input);
    expect(await partText(output, "[Content_Types].xml")).toMatch(/styles\+xml/);
    expect(await packageProblems(input, output, "vorlage")).toEqual([]);
  });

  it("an empty <styleSheet/> takes the report's styles (poi/47889.xlsx)", async () => {
    const input = fixture("poi/47889.xlsx");
    const { output, notices } = await vorlage(input);
    expect(notices).toEqual([]);
    expect(await partText(output, "xl/styles.xml")).toMatch(/<cellXfs count="\d+">/);
    expect(await packageProblems(input, output, "vorlage")).toEqual([]);
  });

  it("a relationship to a styles part that is not there is not an internal error", async () => {
    const input = await editPackage(await written((wb) => (wb.addWorksheet("Daten").getCell("A1").value = 1)), (zip) => void zip.remove("xl/styles.xml"));
    const { output } = await vorlage(input);
    expect(await sheetNamesOf(output)).toEqual(["Daten", ...TEMPLATE_NAMES]);
    expect(await packageProblems(input, output, "vorlage")).toEqual([]);
  });
});

describe("missing optional parts", () => {
  it("a workbook without a theme: the report's fonts and colours name themselves instead of referring to one", async () => {
    const input = await editPackage(await written((wb) => (wb.addWorksheet("Daten").getCell("A1").value = 1)), async (zip) => {
      zip.remove("xl/theme/theme1.xml");
      const rels = await partOf(zip, "xl/_rels/workbook.xml.rels");
      zip.file("xl/_rels/workbook.xml.rels", rels.replace(/<Relationship [^>]*\/theme"[^>]*\/>/, ""));
    });
    const { output } = await vorlage(input);
    const fonts = async (bytes: Uint8Array) => (await partText(bytes, "xl/styles.xml")).match(/<font>.*?<\/font>/g) ?? [];
    const before = new Set(await fonts(input));
    const added = (await fonts(output)).filter((font) => !before.has(font));
    expect(added.length).toBeGreaterThan(0);
    for (const font of added) expect(font).toMatch(/^(?!.*(theme=|<scheme)).*<sz val="\d+"\/>.*<name val="Calibri"\/>/);
    expect(await packageProblems(input, output, "vorlage")).toEqual([]);
  });
});

describe("what the splice wrote is checked before it is saved", () => {
  it("finds what an XML parser refuses", () => {
    expect(wellFormednessProblem(`<a xmlns:r="u"><b r:id="1"/></a>`)).toBeUndefined();
    expect(wellFormednessProblem(`<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a/>`)).toBeUndefined();
    expect(wellFormednessProblem(`<a><b r:id="1"/></a>`)).toMatch(/Präfix r nicht deklariert/);
    expect(wellFormednessProblem(`<x:a/>`)).toMatch(/Präfix x/);
    expect(wellFormednessProblem(`<a><b></a></b>`)).toMatch(/schließt/);
    expect(wellFormednessProblem(`<a b="1" b="2"/>`)).toMatch(/doppelt/);
    expect(wellFormednessProblem(`<a>R&D</a>`)).toMatch(/„&“/);
    expect(wellFormednessProblem(`<a/><b/>`)).toMatch(/mehr als ein Wurzelelement/);
    expect(wellFormednessProblem(`<a><b></a>`)).toMatch(/schließt/);
    expect(wellFormednessProblem(`<a>`)).toMatch(/nicht geschlossen/);
  });

  it("reports a defect as the add-in's own error, naming the part", async () => {
    const zip = await JSZip.loadAsync(await written((wb) => wb.addWorksheet("Daten")));
    zip.file("xl/worksheets/_rels/sheet1.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="../drawings/drawing9.xml"/></Relationships>`);
    const types = await ContentTypes.of(zip);
    const check = assertWrittenPackage(zip, ["xl/worksheets/_rels/sheet1.xml.rels"], types);
    await expect(check).rejects.toThrow(WrittenPackageDefect);
    await expect(check).rejects.toThrow(/Interner Fehler des Steuerungscockpits: Der geschriebene Teil „xl\/worksheets\/_rels\/sheet1\.xml\.rels“ verweist auf den fehlenden Teil/);
    zip.file("xl/worksheets/sheet1.xml", `<worksheet><sheetData><row r="1"><c r="A1" r:id="1"/></row></sheetData></worksheet>`);
    await expect(assertWrittenPackage(zip, ["xl/worksheets/sheet1.xml"], types)).rejects.toThrow(/„xl\/worksheets\/sheet1\.xml“ ist kein wohlgeformtes XML \(Präfix r nicht deklariert/);
  });
});
