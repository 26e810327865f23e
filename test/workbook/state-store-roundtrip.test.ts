/**
 * Issue 16, defect 11 end to end: a workbook refreshed by the CLI (.xlsx adapter), then in Excel (the Office fake,
 * opened with the same sheets and fed the package's state part, as Excel loads a custom XML part from the file), then
 * by the CLI again (the package fed the part as Excel left it). Before the one store, Excel kept its state in
 * workbook.settings, which the CLI never reads: the next CLI refresh added "(2)" copies and lost the confirmed mapping.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { inspectSources, saveDecisions } from "../../src/pipeline/inspect-sources";
import { runReport } from "../../src/pipeline/run-report";
import { confirmAll } from "../../src/sources/source-mapping";
import { createOfficeWorkbook } from "../../src/workbook/office";
import type { WorkbookPort } from "../../src/workbook/port";
import { isStateXml, STATE_NAMESPACE } from "../../src/workbook/state-part";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { parseRelationships, resolveTarget } from "../../src/workbook/xlsx/package/opc";
import { fakeRunner, FakeName, FakeWorkbook } from "./office/fake-excel";

const TODAY = "2023-01-20";
const GRUNDDATEN = [["Grunddatum", "Jan 22", "Feb 22", "Mär 22"], ["ELB", 1000, 1010, 1020], ["Integrationen", 20, 22, 25]];

async function sourceWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Grunddaten");
  for (const row of GRUNDDATEN) sheet.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The custom XML part of ours in the package: its path and XML. */
async function statePartOf(bytes: Uint8Array): Promise<{ path: string; xml: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = parseRelationships((await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "");
  for (const r of rels.filter((rel) => rel.type.endsWith("/customXml"))) {
    const path = resolveTarget("xl/workbook.xml", r.target);
    const xml = (await zip.file(path)?.async("string")) ?? "";
    if (isStateXml(xml)) return { path, xml };
  }
  throw new Error("no state part");
}

/** Excel opening the file: the same sheets with the same values, and the package's custom XML parts loaded. */
async function openInExcel(bytes: Uint8Array): Promise<FakeWorkbook> {
  const xlsx = await XlsxWorkbook.fromBuffer(bytes);
  const names = (await xlsx.readSheets({ sheets: [] })).sheetNames;
  const read = await xlsx.readSheets({ sheets: names });
  const book = new FakeWorkbook();
  const local = await sheetLocalNames(bytes);
  for (const sheet of read.sheets) {
    const rows = [...Array.from({ length: sheet.origin.row }, () => []), ...sheet.values.map((row) => [...Array(sheet.origin.col).fill(null), ...row])];
    const added = book.addSheet(sheet.name, rows);
    // Excel loads a sheet's own defined names with it (the report sheets' ownership mark among them).
    for (const name of local.get(names.indexOf(sheet.name)) ?? []) {
      const mark = new FakeName(name, added, { row: 0, col: 0, rows: 1, cols: 1 });
      mark.visible = false;
      added.names.set(name.toLowerCase(), mark);
    }
  }
  book.addCustomXmlPart((await statePartOf(bytes)).xml);
  return book;
}

/** The sheet-scoped defined names of the package, by the sheet's index (localSheetId). */
async function sheetLocalNames(bytes: Uint8Array): Promise<Map<number, string[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const names = new Map<number, string[]>();
  for (const m of workbookXml.matchAll(/<definedName\b[^>]*\bname="([^"]+)"[^>]*\blocalSheetId="(\d+)"|<definedName\b[^>]*\blocalSheetId="(\d+)"[^>]*\bname="([^"]+)"/g)) {
    const [name, index] = m[1] !== undefined ? [m[1], Number(m[2])] : [m[4], Number(m[3])];
    names.set(index, [...(names.get(index) ?? []), name]);
  }
  return names;
}

/** Excel saving the file: the package as it was, with the state part as Excel holds it now. */
async function savedFromExcel(bytes: Uint8Array, book: FakeWorkbook): Promise<Uint8Array> {
  const xml = book.customXmlPartXml(STATE_NAMESPACE);
  if (xml === undefined) throw new Error("Excel holds no state part");
  const zip = await JSZip.loadAsync(bytes);
  zip.file((await statePartOf(bytes)).path, xml);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}

async function mappingStatus(port: WorkbookPort): Promise<string | undefined> {
  return (await inspectSources(port, TODAY)).mappings.find((m) => m.sheet === "Grunddaten")?.status;
}

describe("one state store for the CLI and Excel", () => {
  it("CLI → Excel → CLI: no „(2)“ sheets anywhere, the confirmed mapping and the remembered Berichtsmonat kept", async () => {
    // The CLI: the mapping confirmed, a report written.
    const cli = await XlsxWorkbook.fromBuffer(await sourceWorkbook());
    await saveDecisions(cli, confirmAll((await inspectSources(cli, TODAY)).mappings));
    const first = await runReport(cli, { reportMonth: "2022-03", today: TODAY });
    const reportNames = (first.rendered?.sheets ?? []).map((s) => s.name);
    expect(reportNames.length).toBeGreaterThan(0);
    const afterCli = await cli.toBuffer();
    const sheetsAfterCli = (await (await XlsxWorkbook.fromBuffer(afterCli)).readSheets({ sheets: [] })).sheetNames;
    expect(sheetsAfterCli).toEqual(["Grunddaten", ...reportNames]);

    // Excel: the report sheets are the add-in's, refreshed in place; the mapping is still confirmed.
    const book = await openInExcel(afterCli);
    const excel = createOfficeWorkbook({ run: fakeRunner(book).run, supports: () => true });
    expect(await mappingStatus(excel)).toBe("confirmed");
    const inExcel = await runReport(excel, { reportMonth: "2022-02", rememberSettings: true, today: TODAY });
    expect((inExcel.rendered?.sheets ?? []).map((s) => s.name)).toEqual(reportNames);
    expect(book.worksheets.items.map((s) => s.name)).toEqual(sheetsAfterCli);
    expect(book.settingsStore.size).toBe(0);

    // The CLI again, on the file as Excel saved it.
    const back = await XlsxWorkbook.fromBuffer(await savedFromExcel(afterCli, book));
    expect(await mappingStatus(back)).toBe("confirmed");
    const again = await runReport(back, { useRememberedSettings: true, today: TODAY });
    expect(again.summary.reportMonth).toBe("2022-02");
    expect((again.rendered?.sheets ?? []).map((s) => s.name)).toEqual(reportNames);
    expect((await (await XlsxWorkbook.fromBuffer(await back.toBuffer())).readSheets({ sheets: [] })).sheetNames).toEqual(sheetsAfterCli);
  });
});
