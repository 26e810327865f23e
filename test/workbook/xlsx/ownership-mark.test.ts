/**
 * Report sheets are the add-in's by a mark, not by their name (issue #24; the rule of src/workbook/ownership-mark.ts,
 * which the Office adapter follows too): each report sheet carries the hidden sheet-local name SC_Berichtsblatt on its
 * A1. A sheet the stored state names but that lacks the mark is the user's: never replaced, never removed, read as a
 * source.
 */
import JSZip from "jszip";
import { buildTemplateSheets } from "../../../src/report/template-sheets";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { addEarlierReport, editPackage, partOf, plan, refresh, sheetTags, written } from "./package-fixtures";

const userWorkbook = () => written((wb) => wb.addWorksheet("Grunddaten").addRow(["Grunddatum", "Jan 22"]));

async function workbookXml(bytes: Uint8Array): Promise<string> {
  return partOf(await JSZip.loadAsync(bytes), "xl/workbook.xml");
}

/** The marks of a workbook part: the sheet each names (by localSheetId), with its attributes and reference. */
async function marks(bytes: Uint8Array): Promise<Array<{ sheet: string; hidden: string | undefined; refersTo: string }>> {
  const xml = await workbookXml(bytes);
  const names = sheetTags(xml).map((t) => t.name);
  return [...xml.matchAll(/<definedName name="SC_Berichtsblatt"([^>]*)>([^<]*)<\/definedName>/g)].map(([, attributes, refersTo]) => ({
    sheet: names[Number(/localSheetId="(\d+)"/.exec(attributes)?.[1])],
    hidden: /hidden="(\w+)"/.exec(attributes)?.[1],
    refersTo,
  }));
}

/** The user deletes the report sheet and makes a sheet of their own under its name: the same name, no mark. */
const withoutMarks = (bytes: Uint8Array) =>
  editPackage(bytes, async (zip) => {
    zip.file("xl/workbook.xml", (await partOf(zip, "xl/workbook.xml")).replace(/<definedName name="SC_Berichtsblatt"[^>]*>[^<]*<\/definedName>/g, ""));
  });

describe("the ownership mark", () => {
  it("is on every report sheet: a hidden name local to the sheet, on its own A1; a template sheet gets none", async () => {
    const bytes = await refresh(await userWorkbook(), { sheets: [plan().sheets[0], ...buildTemplateSheets(2023).slice(0, 1)] });
    expect(await marks(bytes)).toEqual([{ sheet: "Ziel-Ist-Vergleich", hidden: "1", refersTo: "&apos;Ziel-Ist-Vergleich&apos;!$A$1" }]);
  });

  it("lets a marked report sheet be refreshed in place, refresh after refresh", async () => {
    let bytes = await userWorkbook();
    for (let i = 0; i < 3; i++) bytes = await refresh(bytes);
    expect(sheetTags(await workbookXml(bytes)).map((t) => t.name)).toEqual(["Grunddaten", "Ziel-Ist-Vergleich"]);
    expect((await marks(bytes)).map((m) => m.sheet)).toEqual(["Ziel-Ist-Vergleich"]);
  });

  it("keeps a sheet the state names but that lacks the mark: its cells stay, the report goes to „… (2)“, the user is told", async () => {
    const unmarked = await withoutMarks(await refresh(await userWorkbook()));
    const workbook = await XlsxWorkbook.fromBuffer(unmarked);
    const before = (await workbook.readSheets({ sheets: ["Ziel-Ist-Vergleich"] })).sheets[0].values;
    const { notices, sheets } = await workbook.render(plan());
    expect(notices).toContainEqual("Das Blatt „Ziel-Ist-Vergleich“ gehört nicht zum Steuerungscockpit und bleibt unverändert; der Bericht steht im Blatt „Ziel-Ist-Vergleich (2)“.");
    expect(sheets.map((s) => s.name)).toEqual(["Ziel-Ist-Vergleich (2)"]);
    const after = await workbook.toBuffer();
    expect(sheetTags(await workbookXml(after)).map((t) => t.name)).toEqual(["Grunddaten", "Ziel-Ist-Vergleich", "Ziel-Ist-Vergleich (2)"]);
    expect((await (await XlsxWorkbook.fromBuffer(after)).readSheets({ sheets: ["Ziel-Ist-Vergleich"] })).sheets[0].values).toEqual(before);
  });

  it("reads a sheet the state names but that lacks the mark as the user's source sheet", async () => {
    const unmarked = await withoutMarks(await refresh(await userWorkbook()));
    const { sheets } = await (await XlsxWorkbook.fromBuffer(unmarked)).readSheets({});
    expect(sheets.map((s) => s.name)).toEqual(["Grunddaten", "Ziel-Ist-Vergleich"]);
  });

  it("takes the report sheets of a workbook refreshed before the mark existed as the state names them, once, and marks them", async () => {
    const earlier = await written((wb) => {
      wb.addWorksheet("Grunddaten").addRow(["Grunddatum", "Jan 22"]);
      addEarlierReport(wb, { "ziel-ist-vergleich": "Ziel-Ist-Vergleich" });
    });
    const bytes = await refresh(earlier);
    expect(sheetTags(await workbookXml(bytes)).map((t) => t.name)).toEqual(["Grunddaten", "Ziel-Ist-Vergleich"]);
    expect((await marks(bytes)).map((m) => m.sheet)).toEqual(["Ziel-Ist-Vergleich"]);
  });
});
