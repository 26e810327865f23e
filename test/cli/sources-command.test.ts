/** `steuerungscockpit quellen`: what each sheet is taken for, for a controller checking a workbook before a batch run. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { confirmAll } from "../../src/sources/source-mapping";
import { inspectSources, saveDecisions } from "../../src/pipeline/inspect-sources";
import { saveXlsxFile, XlsxWorkbook } from "../../src/workbook/xlsx";
import { sheetPartsOf } from "../../src/workbook/xlsx/package/opc";

const SAMPLE = join(__dirname, "..", "..", "assets", "beispiel-jobcenter.xlsx");

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t) }).then((code) => ({ code, out: out.join("\n"), err: err.join("\n") }));
}

describe("steuerungscockpit quellen", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-quellen-"));

  it("lists every sheet of the sample with its kind, status, confidence and header, and leaves the file alone", async () => {
    const before = createHash("sha256").update(readFileSync(SAMPLE)).digest("hex");
    const result = await run(["quellen", SAMPLE]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Grunddaten: Grunddaten \(erkannt, nicht bestätigt, Sicherheit hoch\)$/m);
    expect(result.out).toMatch(/^EGT 2022: EGT-Budget \(erkannt, nicht bestätigt, Sicherheit hoch\)$/m);
    expect(result.out).toMatch(/Kopfzeile ab A11: Kategorie \| Instrument \| Plan 2022/);
    expect(result.out).toMatch(/^Hinweise: – \(nicht erkannt\)$/m);
    expect(createHash("sha256").update(readFileSync(SAMPLE)).digest("hex")).toBe(before);
  });

  it("shows a confirmed mapping as confirmed, and a sheet changed since then as to be confirmed again (exit 1)", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE));
    await saveDecisions(workbook, confirmAll((await inspectSources(workbook)).mappings));
    const confirmed = join(dir, "bestaetigt.xlsx");
    await saveXlsxFile(workbook, confirmed);
    const ok = await run(["quellen", confirmed]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^Ziele 2022: Zielwerte \(bestätigt, Sicherheit hoch\)$/m);

    // The user changes C3 as Excel saves it, the rest of the package kept (ExcelJS would drop the add-in's custom XML part).
    const zip = await JSZip.loadAsync(readFileSync(confirmed));
    const part = (await sheetPartsOf(zip)).find((s) => s.name === "Ziele 2022")?.part ?? "";
    const sheetXml = (await zip.file(part)?.async("string")) ?? "";
    const edited = sheetXml.replace(/<c r="C3"[^>]*>.*?<\/c>/, '<c r="C3" t="inlineStr"><is><t>Sollwert</t></is></c>');
    expect(edited).not.toBe(sheetXml);
    zip.file(part, edited);
    const changed = join(dir, "geaendert.xlsx");
    writeFileSync(changed, await zip.generateAsync({ type: "nodebuffer" }));
    const result = await run(["quellen", changed]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^Ziele 2022: Zielwerte \(Aufbau geändert – neu bestätigen\)$/m);
    expect(result.out).toMatch(/Fehler: Ziele 2022!A3: Der Aufbau des Blatts hat sich seit der Bestätigung als Zielwerte geändert/);
  });

  it("says so when nothing in the workbook can be used (exit 1)", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Notizen").getCell("A1").value = "Besprechung";
    const path = join(dir, "leer.xlsx");
    writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
    const result = await run(["quellen", path]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^Notizen: – \(nicht erkannt\)$/m);
  });
});
