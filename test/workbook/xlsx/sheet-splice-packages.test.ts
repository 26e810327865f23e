/**
 * The report spliced into packages the way users bring them — saved by Excel (its styles and workbook parts, external
 * links, a calculation chain, views and revision marks), holding notes, pictures, tables, validations and links, an
 * add-in report from an earlier version, sheet names with quotes and umlauts — and refreshed again and again.
 * Each output must be a consistent package, read back with the user's content and the report's figures, keep every
 * user part byte for byte, and (for three of them) open in LibreOffice.
 */
import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { injectCharts } from "../../../src/workbook/xlsx/charts";
import { attribute, parseRelationships, resolveTarget } from "../../../src/workbook/xlsx/package/opc";
import {
  addCalcChain,
  addEarlierReport,
  addExternalLink,
  editPackage,
  excelFlavouredStyles,
  expectConsistentPackage,
  expectUserPartsKept,
  partOf,
  parts,
  plan,
  PNG_LARGE,
  PNG_SMALL,
  refresh,
  reopen,
  reportSheet,
  sheetOf,
  sheetTags,
  text,
  topLevelNames,
  writeExcelWorkbookPart,
  written,
} from "./package-fixtures";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Outputs handed to the one LibreOffice run at the end, with what a reader must see in each. */
const forLibreOffice: Array<{ name: string; bytes: Uint8Array; visible: RegExp[] }> = [];

const definedNamesOf = (workbookXml: string) =>
  [...workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map(([tag, , body]) => ({
    name: attribute(tag, "name"),
    local: attribute(tag, "localSheetId"),
    body,
  }));

const rulesOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: ExcelJS.CellIsRuleType[] }> }).conditionalFormattings;

/** The report sheet's figures as planned by reportSheet(): what every test expects to read back. */
function expectPlannedReport(ws: ExcelJS.Worksheet): void {
  expect(ws.getCell("A2").value).toBe("Integrationsquote");
  expect(ws.getCell("C2").value).toBeCloseTo(0.043, 10);
  expect(ws.getCell("C2").numFmt).toBe("0.0%");
  expect(ws.getCell("D3").value).toBe(1234.5);
  expect(ws.getCell("D3").numFmt).toBe('#,##0.00 "€"');
  expect(ws.getCell("A1").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
  expect(ws.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FF1F4E79" } });
  expect(rulesOf(ws)[0].rules[0].style?.fill).toMatchObject({ bgColor: { argb: "FFFFC7CE" } });
}

// ---------------------------------------------------------------------------------------------------------------

describe("a styles part the way Excel writes it", () => {
  /** Formats with ">" and quotes, one of them the very code the report uses for euros, and a rule of the user's. */
  async function userWorkbook(): Promise<Uint8Array> {
    const input = await written((wb) => {
      const ws = wb.addWorksheet("Grunddaten");
      ws.getRow(1).values = ["Kennzahl", "Fälle", "Betrag", "Quote", "Träger"];
      ws.getRow(2).values = ["ELB", 1234.5, 99.5, 0.25, "Müller & Söhne"];
      ws.getCell("B2").numFmt = "[>=1000]#.##0;0";
      ws.getCell("C2").numFmt = '#,##0.00 "€"';
      ws.getCell("D2").numFmt = '0.00%;[Red]-0.00%;"–"';
      ws.getCell("E2").font = { bold: true, color: { argb: "FFC00000" } };
      ws.addConditionalFormatting({
        ref: "B2:B3",
        rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["1000"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FF00B050" } } }, priority: 1 } as ExcelJS.CellIsRuleType],
      });
    });
    return editPackage(input, async (zip) => void zip.file("xl/styles.xml", excelFlavouredStyles(await partOf(zip, "xl/styles.xml"))));
  }

  it("keeps every user format at its index, reuses the user's id for the same euro format and shows the report's own", async () => {
    const input = await userWorkbook();
    const inputStyles = text((await parts(input)).get("xl/styles.xml"));
    expect(inputStyles).toContain('formatCode="[>=1000]#.##0;0"'); // raw ">", as the fixture meant
    const output = await refresh(input);
    await expectConsistentPackage(output);
    expect(await expectUserPartsKept(input, output)).toContain("xl/worksheets/sheet1.xml");

    const styles = text((await parts(output)).get("xl/styles.xml"));
    // Every section the user had starts with the user's own children, unchanged: their indices still hold.
    for (const section of ["numFmts", "fonts", "fills", "borders", "cellXfs", "cellStyles"]) {
      const inner = (xml: string) => new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(xml)?.[1] ?? "";
      expect([section, inner(styles).startsWith(inner(inputStyles))]).toEqual([section, true]);
    }
    const euroId = /<numFmt numFmtId="(\d+)" formatCode="#,##0.00 &quot;€&quot;"\/>/.exec(inputStyles)?.[1];
    expect(euroId).toBeDefined();
    expect([...styles.matchAll(/formatCode="#,##0.00 &quot;€&quot;"/g)]).toHaveLength(1);
    expect(styles).toContain('<cellStyle name="Standard" xfId="0" builtinId="0"/>');
    expect(styles).toContain('mc:Ignorable="x14ac x16r2 xr"');
    expect(styles).toContain('<x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/>');
    expect(topLevelNames(styles, "styleSheet").at(-1)).toBe("extLst");

    const wb = await reopen(output);
    const data = sheetOf(wb, "Grunddaten");
    expect(data.getCell("B2").numFmt).toBe("[>=1000]#.##0;0");
    expect(data.getCell("C2").numFmt).toBe('#,##0.00 "€"');
    expect(data.getCell("D2").numFmt).toBe('0.00%;[Red]-0.00%;"–"');
    expect(data.getCell("E2").value).toBe("Müller & Söhne");
    expect(data.getCell("E2").font).toMatchObject({ bold: true, color: { argb: "FFC00000" } });
    // The user's rule keeps its green, the report's gets its red: the report's rule styles were appended after the user's.
    expect(rulesOf(data)[0].rules[0].style?.fill).toMatchObject({ bgColor: { argb: "FF00B050" } });
    const report = sheetOf(wb, "Ziel-Ist-Vergleich");
    expectPlannedReport(report);
    const euroXf = /<c r="D3" s="(\d+)"/.exec(text((await parts(output)).get("xl/worksheets/sheet2.xml")))?.[1];
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1].match(/<xf\b[^>]*>/g) ?? [];
    expect(attribute(xfs[Number(euroXf)], "numFmtId")).toBe(euroId);
  });

  it("gets a <numFmts> section in schema order when the user's styles have none", async () => {
    const input = await editPackage(
      await written((wb) => {
        const ws = wb.addWorksheet("Grunddaten");
        ws.getCell("A1").value = 7490;
        ws.getCell("B1").value = 0.5;
        ws.getCell("B1").numFmt = "0%"; // built in: no <numFmts> is written
      }),
      async (zip) => void zip.file("xl/styles.xml", excelFlavouredStyles(await partOf(zip, "xl/styles.xml"))),
    );
    expect(text((await parts(input)).get("xl/styles.xml"))).not.toContain("<numFmts");
    const output = await refresh(input);
    await expectConsistentPackage(output);
    await expectUserPartsKept(input, output);
    const styles = text((await parts(output)).get("xl/styles.xml"));
    expect(topLevelNames(styles, "styleSheet").slice(0, 2)).toEqual(["numFmts", "fonts"]);
    const wb = await reopen(output);
    expect(sheetOf(wb, "Grunddaten").getCell("B1").numFmt).toBe("0%");
    expectPlannedReport(sheetOf(wb, "Ziel-Ist-Vergleich"));
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("a workbook part the way Excel writes it", () => {
  /**
   * Tabs: Grunddaten | Ziel-Ist-Vergleich (earlier report, the active tab) | _Steuerungscockpit (very hidden, left in
   * the middle by an earlier version) | Ziele | Hilfstabelle (hidden). A formula reads another workbook ([1]) and is
   * in the calculation chain; names are local to three sheets, one global name points outside; the tab bar is scrolled
   * to "Ziele" (firstSheet).
   */
  async function excelWorkbook(): Promise<Uint8Array> {
    const built = await written((wb) => {
      const data = wb.addWorksheet("Grunddaten");
      data.getRow(1).values = ["Kennzahl", "Vorjahr", "Doppelt"];
      data.getCell("A2").value = "ELB";
      data.getCell("B2").value = { formula: "[1]Tabelle1!$A$1", result: 4711 };
      data.getCell("C2").value = { formula: "B2*2", result: 9422 };
      addEarlierReport(wb, { "ziel-ist-vergleich": "Ziel-Ist-Vergleich" });
      const goals = wb.addWorksheet("Ziele");
      goals.getRow(1).values = ["Kennzahl", "Ziel"];
      goals.getRow(2).values = ["K2", 0.2];
      wb.addWorksheet("Hilfstabelle", { state: "hidden" }).getCell("A1").value = "Schlüssel";
    });
    return editPackage(built, async (zip) => {
      const link = await addExternalLink(zip);
      const dataSheetId = sheetTags(await partOf(zip, "xl/workbook.xml")).find((t) => t.name === "Grunddaten")?.sheetId as string;
      await addCalcChain(zip, "C2", dataSheetId);
      await writeExcelWorkbookPart(zip, {
        order: ["Grunddaten", "Ziel-Ist-Vergleich", "_Steuerungscockpit", "Ziele", "Hilfstabelle"],
        activeTab: 1,
        firstSheet: 3,
        externalReferences: [link],
        definedNames: [
          `<definedName name="_xlnm._FilterDatabase" localSheetId="3" hidden="1">Ziele!$A$1:$B$2</definedName>`,
          `<definedName name="_xlnm.Print_Area" localSheetId="0">Grunddaten!$A$1:$C$2</definedName>`,
          `<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Ziel-Ist-Vergleich&apos;!$1:$1</definedName>`,
          `<definedName name="Schlüssel" localSheetId="4">Hilfstabelle!$A$1</definedName>`,
          `<definedName name="Vorjahr">[1]Tabelle1!$A$1</definedName>`,
        ],
      });
      zip.file("xl/styles.xml", excelFlavouredStyles(await partOf(zip, "xl/styles.xml")));
    });
  }

  it("replaces the earlier report in its tab, moves the local names and the active tab along, drops the calculation chain", async () => {
    const input = await excelWorkbook();
    const output = await refresh(input);
    await expectConsistentPackage(output);
    const kept = await expectUserPartsKept(input, output, ["Ziel-Ist-Vergleich", "_Steuerungscockpit"]);
    expect(kept).toEqual(expect.arrayContaining(["xl/externalLinks/externalLink1.xml", "xl/externalLinks/_rels/externalLink1.xml.rels", "xl/sharedStrings.xml"]));

    const all = await parts(output);
    const workbook = text(all.get("xl/workbook.xml"));
    // Final tabs: the report where the earlier one was; the old state sheet out (the state is in its custom XML part now).
    const tabs = sheetTags(workbook);
    expect(tabs.map((t) => `${t.name}:${t.state ?? "visible"}`)).toEqual(["Grunddaten:visible", "Ziel-Ist-Vergleich:visible", "Ziele:visible", "Hilfstabelle:hidden"]);
    expect(definedNamesOf(workbook).sort((a, b) => `${a.name}`.localeCompare(`${b.name}`))).toEqual([
      { name: "_xlnm._FilterDatabase", local: "2", body: "Ziele!$A$1:$B$2" },
      { name: "_xlnm.Print_Area", local: "0", body: "Grunddaten!$A$1:$C$2" },
      { name: "_xlnm.Print_Titles", local: "1", body: "&apos;Ziel-Ist-Vergleich&apos;!$1:$1" },
      { name: "SC_Berichtsblatt", local: "1", body: "&apos;Ziel-Ist-Vergleich&apos;!$A$1" },
      { name: "Schlüssel", local: "3", body: "Hilfstabelle!$A$1" },
      { name: "Vorjahr", local: undefined, body: "[1]Tabelle1!$A$1" },
    ]);
    const view = /<workbookView\b[^>]*>/.exec(workbook)?.[0] ?? "";
    expect([attribute(view, "activeTab"), attribute(view, "firstSheet"), attribute(view, "xr2:uid")]).toEqual(["1", "2", "{00000000-000D-0000-FFFF-FFFF00000000}"]);

    // What Excel wrote around the sheets is left as it was.
    const inputWorkbook = text((await parts(input)).get("xl/workbook.xml"));
    for (const element of ["mc:AlternateContent", "xr:revisionPtr", "calcPr", "extLst", "fileVersion", "workbookPr"]) {
      const markup = new RegExp(`<${element}\\b[\\s\\S]*?(</${element}>|/>)`).exec(inputWorkbook)?.[0] as string;
      expect([element, workbook.includes(markup)]).toEqual([element, true]);
    }
    // The calculation chain is gone everywhere; the external link is still the workbook's [1].
    expect(all.has("xl/calcChain.xml")).toBe(false);
    expect(text(all.get("[Content_Types].xml"))).not.toContain("calcChain");
    const rels = parseRelationships(text(all.get("xl/_rels/workbook.xml.rels")));
    expect(rels.some((r) => r.type.endsWith("/calcChain"))).toBe(false);
    const externalId = /<externalReference r:id="([^"]+)"\/>/.exec(workbook)?.[1];
    expect(rels.find((r) => r.id === externalId)).toMatchObject({ type: `${REL_NS}/externalLink`, target: "externalLinks/externalLink1.xml" });

    const wb = await reopen(output);
    const data = sheetOf(wb, "Grunddaten");
    expect(data.getCell("B2").value).toEqual({ formula: "[1]Tabelle1!$A$1", result: 4711 });
    expect(data.getCell("C2").value).toEqual({ formula: "B2*2", result: 9422 });
    expect(sheetOf(wb, "Hilfstabelle").getCell("A1").value).toBe("Schlüssel");
    expectPlannedReport(sheetOf(wb, "Ziel-Ist-Vergleich"));
    forLibreOffice.push({ name: "excel-arbeitsmappe", bytes: output, visible: [/Grunddaten|ELB/, /4711/, /9422/, /Integrationsquote/, /4[.,]3\s?%/] });
  });

  it("puts the report's print titles after <externalReferences> when the user's workbook has no names of its own", async () => {
    const input = await editPackage(
      await written((wb) => {
        wb.addWorksheet("Grunddaten").getCell("A1").value = { formula: "[1]Tabelle1!$A$1", result: 4711 };
      }),
      async (zip) => {
        const link = await addExternalLink(zip);
        await writeExcelWorkbookPart(zip, { order: ["Grunddaten"], externalReferences: [link] });
      },
    );
    const output = await refresh(input);
    await expectConsistentPackage(output);
    await expectUserPartsKept(input, output);
    const names = topLevelNames(text((await parts(output)).get("xl/workbook.xml")), "workbook");
    expect(names.slice(names.indexOf("sheets"), names.indexOf("calcPr"))).toEqual(["sheets", "externalReferences", "definedNames"]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

/**
 * Source sheets with a note, a picture, an external link, a validation and a rule; an Excel table on a second sheet;
 * and an earlier report holding the user's picture (shared media) and one of its own.
 */
async function furnishedWorkbook(): Promise<Uint8Array> {
  return written((wb) => {
    const logo = wb.addImage({ buffer: PNG_SMALL as unknown as ExcelJS.Buffer, extension: "png" });
    const data = wb.addWorksheet("Grunddaten");
    data.getRow(1).values = ["Kennzahl", "Wert", "Anteil"];
    data.getRow(2).values = ["ELB", 7490, 42];
    data.getCell("A2").note = "Quelle: BA-Statistik, Stand 10/2024";
    data.getCell("A3").value = { text: "Statistik der BA", hyperlink: "https://statistik.arbeitsagentur.de/?a=1&b=2" };
    data.getCell("C2").dataValidation = { type: "whole", operator: "between", allowBlank: true, formulae: [0, 100], showErrorMessage: true, error: "0 bis 100" };
    data.addImage(logo, "E1:F3");
    wb.addWorksheet("Ziele").addTable({
      name: "Ziele2024",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "Kennzahl" }, { name: "Zielwert" }],
      rows: [["K2", 0.2], ["K3", 4500]],
    });
    addEarlierReport(wb, { "ziel-ist-vergleich": "Ziel-Ist-Vergleich" });
    const old = wb.getWorksheet("Ziel-Ist-Vergleich") as ExcelJS.Worksheet;
    old.addImage(logo, "D1:E2");
    old.addImage(wb.addImage({ buffer: PNG_LARGE as unknown as ExcelJS.Buffer, extension: "png" }), "D4:E6");
  });
}

function expectFurnitureIntact(wb: ExcelJS.Workbook): void {
  const data = sheetOf(wb, "Grunddaten");
  expect(data.getCell("B2").value).toBe(7490);
  const note = data.getCell("A2").note as ExcelJS.Comment | string;
  expect(typeof note === "string" ? note : note.texts?.map((t) => t.text).join("")).toBe("Quelle: BA-Statistik, Stand 10/2024");
  expect(data.getCell("A3").value).toEqual({ text: "Statistik der BA", hyperlink: "https://statistik.arbeitsagentur.de/?a=1&b=2" });
  expect(data.getCell("C2").dataValidation).toMatchObject({ type: "whole", operator: "between", formulae: [0, 100], error: "0 bis 100" });
  const images = data.getImages();
  expect(images).toHaveLength(1);
  expect(Buffer.compare(Buffer.from(wb.getImage(Number(images[0].imageId)).buffer as unknown as Uint8Array), PNG_SMALL)).toBe(0);
  expect(images[0].range.tl).toMatchObject({ nativeCol: 4, nativeRow: 0 });
  const table = (sheetOf(wb, "Ziele").getTable("Ziele2024") as unknown as { table: { tableRef?: string; ref?: string } }).table;
  expect(table.tableRef ?? table.ref).toMatch(/^A1:B3$/);
  expect(sheetOf(wb, "Ziele").getCell("B3").value).toBe(4500);
}

describe("source sheets with notes, pictures, a table, validations and links", () => {
  it("keep them all, byte for byte; the earlier report's own picture goes, the picture it shared with the user stays", async () => {
    const input = await furnishedWorkbook();
    const output = await refresh(input);
    await expectConsistentPackage(output);
    const kept = await expectUserPartsKept(input, output, ["Ziel-Ist-Vergleich", "_Steuerungscockpit"]);
    const before = await parts(input);
    const after = await parts(output);
    const media = (all: Map<string, Uint8Array>) => [...all].filter(([p]) => p.startsWith("xl/media/"));
    // Derived from the input: one media part holds the user's logo, another the earlier report's own picture.
    const userMedia = media(before).find(([, c]) => Buffer.compare(Buffer.from(c), PNG_SMALL) === 0)?.[0] as string;
    expect(kept).toEqual(expect.arrayContaining(["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/tables/table1.xml", userMedia]));
    expect(media(after).map(([p]) => p)).toEqual([userMedia]);
    const hyperlinkRels = [...after].filter(([p]) => p.startsWith("xl/worksheets/_rels/")).flatMap(([, c]) => parseRelationships(text(c)).filter((r) => r.type.endsWith("/hyperlink")));
    expect(hyperlinkRels).toEqual([expect.objectContaining({ external: true, target: "https://statistik.arbeitsagentur.de/?a=1&b=2" })]);

    const wb = await reopen(output);
    expectFurnitureIntact(wb);
    expectPlannedReport(sheetOf(wb, "Ziel-Ist-Vergleich"));
    expect(sheetOf(wb, "Ziel-Ist-Vergleich").getImages()).toEqual([]);
    forLibreOffice.push({ name: "mit-ausstattung", bytes: output, visible: [/7490|7\.490|7,490/, /Statistik der BA/, /K3/, /4500|4\.500|4,500/, /Integrationsquote/, /1[.,]?234[.,]50\s?€/] });
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("a user's own sheet named like the report", () => {
  /** The user's own "Ziel-Ist-Vergleich" and the add-in's earlier "Ziel-Ist-Vergleich (2)" beside it, active. */
  async function workbookWithNamesake(rename?: Record<string, string>): Promise<Uint8Array> {
    const built = await written((wb) => {
      wb.addWorksheet("Grunddaten").getCell("A1").value = 7490;
      wb.addWorksheet("Ziel-Ist-Vergleich").getCell("A1").value = "meine eigene Auswertung";
      addEarlierReport(wb, { "ziel-ist-vergleich": "Ziel-Ist-Vergleich (2)" });
      wb.addWorksheet("Notizen").getCell("A1").value = "Notiz";
    });
    return editPackage(built, (zip) =>
      writeExcelWorkbookPart(zip, {
        order: ["Grunddaten", "Ziel-Ist-Vergleich", "Ziel-Ist-Vergleich (2)", "Notizen", "_Steuerungscockpit"],
        activeTab: 2,
        rename,
        definedNames: [`<definedName name="_xlnm.Print_Area" localSheetId="3">Notizen!$A$1</definedName>`],
      }),
    );
  }

  it("is left alone: the report replaces its earlier „(2)“ in that tab, and the user is told", async () => {
    const input = await workbookWithNamesake();
    const workbook = await XlsxWorkbook.fromBuffer(input);
    const result = await workbook.render(plan());
    expect(result.sheets).toEqual([{ key: "ziel-ist-vergleich", name: "Ziel-Ist-Vergleich (2)", preferredName: "Ziel-Ist-Vergleich" }]);
    expect(result.notices.join(" ")).toContain("„Ziel-Ist-Vergleich“ gehört nicht zum Steuerungscockpit");
    const output = await workbook.toBuffer();
    await expectConsistentPackage(output);
    const kept = await expectUserPartsKept(input, output, ["Ziel-Ist-Vergleich (2)", "_Steuerungscockpit"]);
    // The user's namesake sheet is among the parts kept byte for byte.
    const userSheetPart = await sheetPartOf(input, "Ziel-Ist-Vergleich");
    expect(kept).toContain(userSheetPart);
    const workbookXml = text((await parts(output)).get("xl/workbook.xml"));
    expect(sheetTags(workbookXml).map((t) => t.name)).toEqual(["Grunddaten", "Ziel-Ist-Vergleich", "Ziel-Ist-Vergleich (2)", "Notizen"]);
    expect(attribute(/<workbookView\b[^>]*>/.exec(workbookXml)?.[0] ?? "", "activeTab")).toBe("2");
    expect(definedNamesOf(workbookXml).find((n) => n.name === "_xlnm.Print_Area")).toEqual({ name: "_xlnm.Print_Area", local: "3", body: "Notizen!$A$1" });
    const wb = await reopen(output);
    expect(sheetOf(wb, "Ziel-Ist-Vergleich").getCell("A1").value).toBe("meine eigene Auswertung");
    expectPlannedReport(sheetOf(wb, "Ziel-Ist-Vergleich (2)"));
  });

  // Found by this file: the active tab once followed a replaced report sheet only when the new sheet had the same name.
  it("keeps the report the active tab when the user has since renamed the namesake and the report takes its preferred name back", async () => {
    const input = await workbookWithNamesake({ "Ziel-Ist-Vergleich": "Meine Auswertung" });
    const workbook = await XlsxWorkbook.fromBuffer(input);
    const result = await workbook.render(plan());
    expect(result.sheets.map((s) => s.name)).toEqual(["Ziel-Ist-Vergleich"]);
    const output = await workbook.toBuffer();
    const workbookXml = text((await parts(output)).get("xl/workbook.xml"));
    expect(sheetTags(workbookXml).map((t) => t.name)).toEqual(["Grunddaten", "Meine Auswertung", "Ziel-Ist-Vergleich", "Notizen"]);
    // The input's active tab (2) was the earlier report; its replacement stands in tab 2.
    expect(attribute(/<workbookView\b[^>]*>/.exec(workbookXml)?.[0] ?? "", "activeTab")).toBe("2");
  });
});

async function sheetPartOf(bytes: Uint8Array, name: string): Promise<string> {
  const all = await parts(bytes);
  const tag = sheetTags(text(all.get("xl/workbook.xml"))).find((t) => t.name === name);
  const rel = parseRelationships(text(all.get("xl/_rels/workbook.xml.rels"))).find((r) => r.id === tag?.relationshipId);
  return resolveTarget("xl/workbook.xml", rel?.target ?? "");
}

// ---------------------------------------------------------------------------------------------------------------

describe("sheet names with quotes, ampersands, brackets and umlauts", () => {
  const quoted = "Müller's Daten & Co (alt)";
  const braces = "Übersicht {2024} – Äöü";
  const reportName = "Ziel & Ist – Prüfung (Q1)";

  async function namedWorkbook(): Promise<Uint8Array> {
    const built = await written((wb) => {
      const data = wb.addWorksheet(quoted);
      data.getCell("A1").value = "Fälle";
      data.getCell("B2").value = 321;
      const summary = wb.addWorksheet(braces);
      summary.getCell("A1").value = { formula: "'Müller''s Daten & Co (alt)'!B2*2", result: 642 };
    });
    return editPackage(built, (zip) =>
      writeExcelWorkbookPart(zip, {
        order: [quoted, braces],
        activeTab: 1,
        definedNames: [`<definedName name="Fälle" localSheetId="0">&apos;Müller&apos;&apos;s Daten &amp; Co (alt)&apos;!$B$2</definedName>`],
      }),
    );
  }

  it("keep their names, formulas and local names through two refreshes; the report's own name is written escaped", async () => {
    const input = await namedWorkbook();
    const report = plan(reportSheet({ key: "kennzahlen-48a", name: reportName }));
    const once = await refresh(input, report);
    const twice = await refresh(once, report);
    for (const output of [once, twice]) {
      await expectConsistentPackage(output);
      await expectUserPartsKept(input, output);
    }
    const workbookXml = text((await parts(twice)).get("xl/workbook.xml"));
    expect(workbookXml).toContain(`<sheet name="Müller&apos;s Daten &amp; Co (alt)"`);
    expect(workbookXml).toContain(`<sheet name="Ziel &amp; Ist – Prüfung (Q1)"`);
    expect(sheetTags(workbookXml).map((t) => t.name)).toEqual([quoted, braces, reportName]);
    expect(definedNamesOf(workbookXml).find((n) => n.name === "Fälle")).toEqual({ name: "Fälle", local: "0", body: "&apos;Müller&apos;&apos;s Daten &amp; Co (alt)&apos;!$B$2" });
    const titles = definedNamesOf(workbookXml).filter((n) => n.name === "_xlnm.Print_Titles");
    expect(titles).toEqual([{ name: "_xlnm.Print_Titles", local: "2", body: "&apos;Ziel &amp; Ist – Prüfung (Q1)&apos;!$1:$1" }]);

    const wb = await reopen(twice);
    expect(wb.worksheets.map((w) => w.name)).toEqual([quoted, braces, reportName]);
    expect(sheetOf(wb, braces).getCell("A1").value).toEqual({ formula: "'Müller''s Daten & Co (alt)'!B2*2", result: 642 });
    expectPlannedReport(sheetOf(wb, reportName));
    const next = await XlsxWorkbook.fromBuffer(twice);
    expect((await next.readSheets({})).state.ownedSheets).toEqual({ "kennzahlen-48a": reportName });
    forLibreOffice.push({ name: "namen", bytes: twice, visible: [/Fälle/, /321/, /642/, /Integrationsquote/] });
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("refreshing the same workbook again and again", () => {
  const withValue = (value: number) => plan(reportSheet({ cells: [["Kennzahl", "Jan"], ["Integrationsquote", value]], styles: [{ range: { row: 1, col: 1, rows: 1, cols: 1 }, style: { numberFormat: "0.0%" } }], charts: [] }));

  async function expectOneReportWith(output: Uint8Array, input: Uint8Array, partNames: string[], value: number): Promise<void> {
    await expectConsistentPackage(output);
    await expectUserPartsKept(input, output, ["Ziel-Ist-Vergleich", "_Steuerungscockpit"]);
    expect([...(await parts(output)).keys()].sort()).toEqual(partNames);
    const wb = await reopen(output);
    expect(wb.worksheets.map((w) => `${w.name}:${w.state}`)).toEqual(["Grunddaten:visible", "Ziele:visible", "Ziel-Ist-Vergleich:visible"]);
    expect(sheetOf(wb, "Ziel-Ist-Vergleich").getCell("B2").value).toBe(value);
    expect(sheetOf(wb, "Ziel-Ist-Vergleich").getCell("B2").numFmt).toBe("0.0%");
    expectFurnitureIntact(wb);
  }

  it("render, render, toBuffer on one object leaves one report with the last figures", async () => {
    const input = await furnishedWorkbook();
    const single = [...(await parts(await refresh(input, withValue(0.1)))).keys()].sort();
    const workbook = await XlsxWorkbook.fromBuffer(input);
    await workbook.render(withValue(0.1));
    await workbook.render(withValue(0.2));
    await workbook.render(withValue(0.3));
    await expectOneReportWith(await workbook.toBuffer(), input, single, 0.3);
    // And saving in between changes nothing about that.
    await workbook.render(withValue(0.4));
    await workbook.toBuffer();
    await workbook.render(withValue(0.5));
    await expectOneReportWith(await workbook.toBuffer(), input, single, 0.5);
  });

  it("three refreshes across reopenings leave the same parts as one", async () => {
    const input = await furnishedWorkbook();
    const single = [...(await parts(await refresh(input, withValue(0.1)))).keys()].sort();
    let bytes = input;
    for (const value of [0.1, 0.2, 0.3]) bytes = await refresh(bytes, withValue(value));
    await expectOneReportWith(bytes, input, single, 0.3);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("packages other tools write", () => {
  /** Absolute relationship targets ("/xl/worksheets/sheet1.xml"), as some generators write them. */
  async function absoluteTargets(): Promise<Uint8Array> {
    const built = await written((wb) => {
      wb.addWorksheet("Daten").getCell("A1").value = 11;
      wb.addWorksheet("Mehr Daten").getCell("A1").value = 22;
    });
    return editPackage(built, async (zip) => {
      const rels = await partOf(zip, "xl/_rels/workbook.xml.rels");
      zip.file("xl/_rels/workbook.xml.rels", rels.replace(/Target="(worksheets|theme)\//g, 'Target="/xl/$1/'));
    });
  }

  it("keep their sheets when the relationship targets are absolute", async () => {
    const input = await absoluteTargets();
    expect(text((await parts(input)).get("xl/_rels/workbook.xml.rels"))).toContain('Target="/xl/worksheets/sheet2.xml"');
    const output = await refresh(input);
    await expectConsistentPackage(output);
    await expectUserPartsKept(input, output);
    const wb = await reopen(output);
    expect(sheetOf(wb, "Daten").getCell("A1").value).toBe(11);
    expect(sheetOf(wb, "Mehr Daten").getCell("A1").value).toBe(22);
    expectPlannedReport(sheetOf(wb, "Ziel-Ist-Vergleich"));
  });

  // OPC part names are case-insensitive (ECMA-376 Part 2, 9.1.1.1): a report chart "chart1.xml" beside the user's
  // "Chart1.xml" would name one part twice, which Excel refuses or "repairs" (found by this file, fixed in freePartName).
  it("gives the report's parts names that differ from the user's even when case is ignored", async () => {
    const input = await editPackage(
      await injectCharts(
        await written((wb) => {
          const ws = wb.addWorksheet("Daten");
          ws.getRow(1).values = ["", "Jan", "Feb", "Mär"];
          ws.getRow(2).values = ["Ist", 1, 2, 3];
        }),
        [{ sheetName: "Daten", chart: { ...reportSheet().charts[0], title: "Meine Grafik" } }],
      ),
      async (zip) => {
        zip.file("xl/charts/Chart1.xml", await partOf(zip, "xl/charts/chart1.xml"));
        zip.remove("xl/charts/chart1.xml");
        zip.file("xl/drawings/_rels/drawing1.xml.rels", (await partOf(zip, "xl/drawings/_rels/drawing1.xml.rels")).replace("charts/chart1.xml", "charts/Chart1.xml"));
        zip.file("[Content_Types].xml", (await partOf(zip, "[Content_Types].xml")).replace("/xl/charts/chart1.xml", "/xl/charts/Chart1.xml"));
      },
    );
    await expectConsistentPackage(input);
    expect(sheetOf(await reopen(input), "Daten").getCell("D2").value).toBe(3); // ExcelJS reads it: the add-in gets this far
    const output = await refresh(input);
    await expectUserPartsKept(input, output);
    await expectConsistentPackage(output);
  });

  it("without a shared-strings part (a workbook of numbers only) get the report's texts inline", async () => {
    const input = await written((wb) => void (wb.addWorksheet("Zahlen").getCell("A1").value = 5));
    expect((await parts(input)).has("xl/sharedStrings.xml")).toBe(false);
    const output = await refresh(input);
    await expectConsistentPackage(output);
    await expectUserPartsKept(input, output);
    expect((await parts(output)).has("xl/sharedStrings.xml")).toBe(false);
    expectPlannedReport(sheetOf(await reopen(output), "Ziel-Ist-Vergleich"));
  });
});

// ---------------------------------------------------------------------------------------------------------------

const available = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const haveTools = available("soffice") && available("pdftotext");
const describeIfTools = haveTools || process.env.CI ? describe : describe.skip;

/** One LibreOffice run converts the three representative outputs above; a reader must see user and report figures. */
describeIfTools("LibreOffice opens the spliced packages", () => {
  it("shows the user's figures and the report's in each, and nothing of the very hidden state sheet", () => {
    expect(forLibreOffice.map((o) => o.name)).toEqual(["excel-arbeitsmappe", "mit-ausstattung", "namen"]);
    const dir = mkdtempSync(join(tmpdir(), "sc-splice-lo-"));
    const files = forLibreOffice.map((o) => {
      const path = join(dir, `${o.name}.xlsx`);
      writeFileSync(path, o.bytes);
      return path;
    });
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files], {
      env: { ...process.env, LC_ALL: "de_DE.UTF-8", LANG: "de_DE.UTF-8" },
      timeout: 50_000,
      stdio: "ignore",
    });
    for (const output of forLibreOffice) {
      const pdf = join(dir, `${output.name}.pdf`);
      expect([output.name, existsSync(pdf)]).toEqual([output.name, true]);
      const shown = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      for (const pattern of output.visible) expect([output.name, pattern.source, pattern.test(shown)]).toEqual([output.name, pattern.source, true]);
      expect(shown).not.toContain("steuerungscockpit-state");
    }
  }, 55_000);
});
