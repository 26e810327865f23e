/**
 * Issue 16, defect 11 on the real package: the .xlsx adapter keeps the add-in state in a custom XML part laid out as
 * Excel lays out the parts Office.js adds (ECMA-376 Part 1 §15.2.4, §15.2.5, §22.5), reads it back on open, and moves
 * the state of a workbook from before (the very hidden sheet "_Steuerungscockpit") into it with the next write.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { STATE_NAMESPACE, stateFromXml, stateXml } from "../../../src/workbook/state-part";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { parseRelationships } from "../../../src/workbook/xlsx/package/opc";
import { expectConsistentPackage, parts, plan, sheetTags, text, written } from "./package-fixtures";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MARKER = "steuerungscockpit-state-v1";

async function render(bytes: Uint8Array, settings: Record<string, string> = {}): Promise<Uint8Array> {
  const workbook = await XlsxWorkbook.fromBuffer(bytes);
  await workbook.render({ ...plan(), settings });
  return workbook.toBuffer();
}

const userWorkbook = () => written((wb) => wb.addWorksheet("Grunddaten").addRow(["Grunddatum", "Jan 22"]));

/** A workbook the CLI refreshed before the state part: its report sheet and the very hidden state sheet naming it. */
const legacyWorkbook = (json = JSON.stringify({ ownedSheets: { "ziel-ist-vergleich": "Ziel-Ist-Vergleich" }, settings: { quellen: "[bestätigt]" } })) =>
  written((wb) => {
    wb.addWorksheet("Grunddaten").addRow(["Grunddatum", "Jan 22"]);
    wb.addWorksheet("Ziel-Ist-Vergleich").getCell("A1").value = "alter Bericht";
    const state = wb.addWorksheet("_Steuerungscockpit", { state: "veryHidden" });
    state.getCell("A1").value = MARKER;
    state.getCell("A2").value = json;
  });

describe("the state part in the package", () => {
  it("is customXml/item1.xml, related from the workbook part, with its properties part and content types", async () => {
    const bytes = await render(await userWorkbook(), { quellen: "[bestätigt]" });
    const all = await parts(bytes);
    const workbookRels = parseRelationships(text(all.get("xl/_rels/workbook.xml.rels")));
    expect(workbookRels.filter((r) => r.type === `${REL}/customXml`).map((r) => r.target)).toEqual(["../customXml/item1.xml"]);
    expect(stateFromXml(text(all.get("customXml/item1.xml")))).toEqual({ ownedSheets: { "ziel-ist-vergleich": "Ziel-Ist-Vergleich" }, settings: { quellen: "[bestätigt]", "berichtsblatt-markierung": "1" } });
    expect(parseRelationships(text(all.get("customXml/_rels/item1.xml.rels")))).toEqual([{ id: "rId1", type: `${REL}/customXmlProps`, target: "itemProps1.xml", external: false }]);
    const properties = text(all.get("customXml/itemProps1.xml"));
    expect(properties).toMatch(/<ds:datastoreItem ds:itemID="\{[0-9A-F-]{36}\}" xmlns:ds="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/customXml">/);
    expect(properties).toContain(`<ds:schemaRef ds:uri="${STATE_NAMESPACE}"/>`);
    const types = text(all.get("[Content_Types].xml"));
    expect(types).toMatch(/<Override PartName="\/customXml\/itemProps1.xml" ContentType="application\/vnd.openxmlformats-officedocument.customXmlProperties\+xml"\/>/);
    expect(types).toMatch(/<Default Extension="xml" ContentType="application\/xml"\/>|<Override PartName="\/customXml\/item1.xml" ContentType="application\/xml"\/>/);
    // Nothing of the add-in among the sheets any more.
    expect(sheetTags(text(all.get("xl/workbook.xml"))).map((t) => t.name)).toEqual(["Grunddaten", "Ziel-Ist-Vergleich"]);
    await expectConsistentPackage(bytes);
  });

  it("is read back on open, and refreshed in place: ten refreshes, one part, no „(2)“ copies", async () => {
    let bytes = await render(await userWorkbook(), { quellen: "[bestätigt]" });
    for (let i = 0; i < 10; i++) bytes = await render(bytes);
    const read = await (await XlsxWorkbook.fromBuffer(bytes)).readSheets({});
    expect(read.state.settings.quellen).toBe("[bestätigt]");
    expect(read.sheetNames).toEqual(["Grunddaten", "Ziel-Ist-Vergleich"]);
    expect([...(await parts(bytes)).keys()].filter((p) => p.startsWith("customXml/")).sort()).toEqual(["customXml/_rels/item1.xml.rels", "customXml/item1.xml", "customXml/itemProps1.xml"]);
    await expectConsistentPackage(bytes);
  });

  it("keeps the other custom XML parts of the workbook, and takes a second part of ours out", async () => {
    const first = await render(await userWorkbook());
    const doubled = await editWorkbookRels(first, (zip, rels) => {
      zip.file("customXml/item2.xml", `<?xml version="1.0"?><kunde xmlns="urn:andere-anwendung">bleibt</kunde>`);
      zip.file("customXml/item3.xml", stateXml({ ownedSheets: {}, settings: { alt: "ja" } }));
      return rels.replace("</Relationships>", `<Relationship Id="rId90" Type="${REL}/customXml" Target="../customXml/item2.xml"/><Relationship Id="rId91" Type="${REL}/customXml" Target="../customXml/item3.xml"/></Relationships>`);
    });
    const bytes = await render(doubled);
    const all = await parts(bytes);
    expect(text(all.get("customXml/item2.xml"))).toContain("bleibt");
    expect(all.has("customXml/item3.xml")).toBe(false);
    expect(parseRelationships(text(all.get("xl/_rels/workbook.xml.rels"))).filter((r) => r.type === `${REL}/customXml`).map((r) => r.target).sort()).toEqual(["../customXml/item1.xml", "../customXml/item2.xml"]);
    expect(sheetTags(text(all.get("xl/workbook.xml"))).map((t) => t.name)).toEqual(["Grunddaten", "Ziel-Ist-Vergleich"]);
  });
});

describe("a workbook from before the state part (the very hidden state sheet)", () => {
  it("is read with the sheet's state, and the next write moves it into the part and takes the sheet out", async () => {
    const legacy = await legacyWorkbook();
    const before = await (await XlsxWorkbook.fromBuffer(legacy)).readSheets({});
    expect(before.state.settings.quellen).toBe("[bestätigt]");
    expect(before.sheetNames).toEqual(["Grunddaten", "Ziel-Ist-Vergleich"]);

    const bytes = await render(legacy, { berichtsmonat: "2022-01" });
    const all = await parts(bytes);
    // The earlier report is refreshed in its place, not copied; the state sheet is gone.
    expect(sheetTags(text(all.get("xl/workbook.xml"))).map((t) => t.name)).toEqual(["Grunddaten", "Ziel-Ist-Vergleich"]);
    expect(stateFromXml(text(all.get("customXml/item1.xml")))).toEqual({
      ownedSheets: { "ziel-ist-vergleich": "Ziel-Ist-Vergleich" },
      settings: { quellen: "[bestätigt]", berichtsmonat: "2022-01", "berichtsblatt-markierung": "1" },
    });
    const again = await render(bytes);
    expect(sheetTags(text((await parts(again)).get("xl/workbook.xml"))).map((t) => t.name)).toEqual(["Grunddaten", "Ziel-Ist-Vergleich"]);
    await expectConsistentPackage(again);
  });

  it("keeps a user's own sheet named „_Steuerungscockpit“ that the add-in did not make", async () => {
    const bytes = await render(await written((wb) => {
      wb.addWorksheet("Grunddaten").addRow(["Grunddatum", "Jan 22"]);
      wb.addWorksheet("_Steuerungscockpit").getCell("A1").value = "Meine Notizen";
    }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Grunddaten", "_Steuerungscockpit", "Ziel-Ist-Vergleich"]);
    expect(wb.getWorksheet("_Steuerungscockpit")?.getCell("A1").value).toBe("Meine Notizen");
  });
});

describe("a workbook saved by LibreOffice, which relates the part from the package root", () => {
  it("is read with its state, refreshed without „(2)“ copies, and keeps one part", async () => {
    const first = await render(await userWorkbook(), { quellen: "[bestätigt]" });
    // As LibreOffice 7.4 writes it: the relationship in _rels/.rels (LibreOffice even keeps the "../" of the target).
    const moved = await editWorkbookRels(first, async (zip, rels) => {
      const relationship = /<Relationship [^>]*customXml"[^>]*\/>/.exec(rels)?.[0] ?? "";
      expect(relationship).not.toBe("");
      const root = (await zip.file("_rels/.rels")?.async("string")) ?? "";
      zip.file("_rels/.rels", root.replace("</Relationships>", `${relationship.replace(/Id="[^"]*"/, 'Id="rId99"')}</Relationships>`));
      return rels.replace(relationship, "");
    });
    const workbook = await XlsxWorkbook.fromBuffer(moved);
    expect((await workbook.readSheets({})).state.settings.quellen).toBe("[bestätigt]");
    await workbook.render(plan());
    const bytes = await workbook.toBuffer();
    const all = await parts(bytes);
    expect(sheetTags(text(all.get("xl/workbook.xml"))).map((t) => t.name)).toEqual(["Grunddaten", "Ziel-Ist-Vergleich"]);
    expect([...all.keys()].filter((p) => /^customXml\/item\d+\.xml$/.test(p))).toEqual(["customXml/item1.xml"]);
    await expectConsistentPackage(bytes);
  });

  const haveSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
  (haveSoffice || process.env.CI ? it : it.skip)("really: refreshed, saved by LibreOffice as .xlsx, refreshed again without „(2)“ copies", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-state-lo-"));
    writeFileSync(join(dir, "bericht.xlsx"), await render(await userWorkbook(), { quellen: "[bestätigt]" }));
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(dir, "lo"), join(dir, "bericht.xlsx")], {
      timeout: 50_000,
      stdio: "ignore",
    });
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(join(dir, "lo", "bericht.xlsx")));
    expect((await workbook.readSheets({})).state.settings.quellen).toBe("[bestätigt]");
    await workbook.render(plan());
    expect((await (await XlsxWorkbook.fromBuffer(await workbook.toBuffer())).readSheets({ sheets: [] })).sheetNames).toEqual(["Grunddaten", "Ziel-Ist-Vergleich"]);
  }, 55_000);
});

async function editWorkbookRels(bytes: Uint8Array, edit: (zip: JSZip, rels: string) => string | Promise<string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  zip.file("xl/_rels/workbook.xml.rels", await edit(zip, rels));
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}
