/**
 * The limits that make hostile files fail fast: counted before ExcelJS builds its model, each with a German message
 * that names the file or the sheet and says what is allowed. Small limits are passed in so the files stay tiny.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertUnpackedSize, assertXlsxSignature } from "../../../src/workbook/xlsx/open-errors";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { CSV_TEXT, farCornerSheet, HTML_TEXT, manySheets, zipBomb, zipBombDeclaredOnly } from "../../e2e/hostile/generate";

const GENEROUS = { bytes: 100 * 1024 * 1024, entries: 1000 };

async function workbook(sheets: Record<string, number[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const grid = (rows: number, columns: number) => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => r * columns + c + 1));

describe("rows per sheet", () => {
  it("refuses a sheet with one row more than allowed, naming the sheet and its row count", async () => {
    const bytes = await workbook({ Grunddaten: grid(2, 2), "Fälle Export": grid(11, 3) });
    await expect(assertUnpackedSize(bytes, "gross.xlsx", { ...GENEROUS, rowsPerSheet: 10 })).rejects.toThrow(
      "Das Blatt „Fälle Export“ hat 11 Zeilen; gelesen werden höchstens 10 Zeilen je Blatt.",
    );
  });

  it("accepts a sheet with exactly the allowed number of rows", async () => {
    const bytes = await workbook({ "Fälle Export": grid(10, 3) });
    await expect(assertUnpackedSize(bytes, "genau.xlsx", { ...GENEROUS, rowsPerSheet: 10 })).resolves.toBeDefined();
  });

  it("counts every row exactly once although the sheet is unpacked in many chunks", async () => {
    // 20.000 rows of 4 cells are about 1 MB of XML: far more than one chunk, so tags are cut at chunk boundaries.
    const bytes = await workbook({ Fälle: grid(20_000, 4) });
    await expect(assertUnpackedSize(bytes, "f.xlsx", { ...GENEROUS, rowsPerSheet: 19_999 })).rejects.toThrow("hat 20.000 Zeilen");
    await expect(assertUnpackedSize(bytes, "f.xlsx", { ...GENEROUS, rowsPerSheet: 20_000, cells: 80_000 })).resolves.toBeDefined();
    await expect(assertUnpackedSize(bytes, "f.xlsx", { ...GENEROUS, rowsPerSheet: 20_000, cells: 79_999 })).rejects.toThrow(/mehr als 79\.999 Zellen/);
  });
});

describe("cells per workbook", () => {
  it("adds up the cells of all sheets and names the sheet where the limit is crossed", async () => {
    const bytes = await workbook({ Grunddaten: grid(3, 2), Ziele: grid(3, 2) }); // 6 + 6 cells
    await expect(assertUnpackedSize(bytes, "z.xlsx", { ...GENEROUS, cells: 11 })).rejects.toThrow(
      "Die Datei „z.xlsx“ hat mehr als 11 Zellen (die Grenze wird im Blatt „Ziele“ überschritten)",
    );
    await expect(assertUnpackedSize(bytes, "z.xlsx", { ...GENEROUS, cells: 12 })).resolves.toBeDefined();
  });
});

describe("sheets per workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-open-limits-"));

  it("refuses more sheets than allowed, saying how many there are", async () => {
    const bytes = readFileSync(manySheets(dir, 4));
    await expect(assertUnpackedSize(bytes, "b.xlsx", { ...GENEROUS, sheets: 3 })).rejects.toThrow("Die Datei „b.xlsx“ hat 4 Blätter; gelesen werden höchstens 3.");
    await expect(assertUnpackedSize(bytes, "b.xlsx", { ...GENEROUS, sheets: 4 })).resolves.toBeDefined();
  });
});

describe("zip bombs", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-open-bombs-"));

  it("refuses a part that unpacks to more than its directory entry says, while unpacking", async () => {
    const bytes = readFileSync(zipBomb(dir, 3, false)); // declares 4 KB, unpacks to 3 MB
    await expect(assertUnpackedSize(bytes, "getarnt.xlsx", { bytes: 2 * 1024 * 1024, entries: 1000 })).rejects.toThrow(
      /„getarnt\.xlsx“ ist entpackt zu groß \(mehr als 2 MB/,
    );
    // Within the limit the lie still shows once unpacked to the end: the archive is called damaged, not loaded.
    await expect(assertUnpackedSize(bytes, "getarnt.xlsx", { bytes: 4 * 1024 * 1024, entries: 1000 })).rejects.toThrow(/„getarnt\.xlsx“ .* beschädigt/);
  });

  it("reads a declared size above 2 GB as the size it is, not as a negative number", async () => {
    const bytes = readFileSync(zipBombDeclaredOnly(dir)); // 0xFFFFFFF0 bytes declared = 4.096 MB
    await expect(assertUnpackedSize(bytes, "verzeichnis.xlsx")).rejects.toThrow(/entpackt zu groß \(4\.096 MB/);
  });
});

describe("sheet names Excel does not allow", () => {
  it.each([
    ["Grunddaten [2022]", true],
    ["'Ziele'", true],
    ["Grund'daten \"2022\"", false],
  ])("%s refused: %s", async (name, refused) => {
    const bytes = await workbook({ Daten: grid(1, 1) });
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace('name="Daten"', `name="${name.replace(/"/g, "&quot;").replace(/'/g, "&apos;")}"`);
    zip.file("xl/workbook.xml", xml);
    const renamed = await zip.generateAsync({ type: "uint8array" });
    const check = assertUnpackedSize(renamed, "n.xlsx", GENEROUS);
    if (refused) await expect(check).rejects.toThrow(`Das Blatt „${name}“ hat einen Namen, den Excel nicht zulässt`);
    else await expect(check).resolves.toBeDefined();
  });
});

describe("files that are not workbooks", () => {
  it.each([
    ["an empty file", "", /„x\.xlsx“ ist leer \(0 Bytes\)/],
    ["a CSV export", CSV_TEXT, /sondern eine Textdatei \(CSV\) mit der Endung \.xlsx/],
    ["an HTML page", HTML_TEXT, /sondern eine Webseite \(HTML\) mit der Endung \.xlsx/],
    ["random bytes", "\u0001\u0002\u0003 binär", /^Die Datei „x\.xlsx“ ist keine lesbare Excel-Arbeitsmappe \(\.xlsx\)\.$/],
  ])("%s says what it is", (_label, text, message) => {
    expect(() => assertXlsxSignature(new TextEncoder().encode(text), "x.xlsx")).toThrow(message);
  });
});

describe("used range of a sheet", () => {
  it("refuses a sheet whose used range spans two far corners, naming the sheet and the range", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-open-corners-"));
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(farCornerSheet(dir)));
    await expect(workbook.readSheets({})).rejects.toThrow(
      "Das Blatt „Ecken“ reicht von A1 bis XFD1048576 (17.179.869.184 Zellen); gelesen werden höchstens 20.000.000 Zellen je Blatt.",
    );
  });

  it("reads a formula without a cached value as a missing value, not as a blank", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Grunddaten");
    ws.getCell("A1").value = 5;
    ws.getCell("B1").value = { formula: "C1+1" } as ExcelJS.CellFormulaValue;
    ws.getCell("C1").value = { formula: "B1-1", result: 7 } as ExcelJS.CellFormulaValue;
    const workbook = await XlsxWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect((await workbook.readSheets({})).sheets[0].values).toEqual([[5, "#N/A", 7]]);
  });
});

describe("one inflate per part", () => {
  it("the reader reads the worksheets the open check unpacked, without unpacking them again", async () => {
    const bytes = readFileSync(join(__dirname, "..", "..", "..", "assets", "beispiel-jobcenter.xlsx"));
    const unpacked: string[] = [];
    const original = JSZip.prototype.file;
    const spy = jest.spyOn(JSZip.prototype, "file").mockImplementation(function (this: JSZip, ...args: Parameters<typeof original>) {
      const found = original.apply(this, args as never) as unknown;
      if (found && typeof found === "object" && "async" in found && typeof args[0] === "string" && /^xl\/worksheets\/[^/]+\.xml$/.test(args[0])) {
        const entry = found as JSZip.JSZipObject;
        const async = entry.async.bind(entry);
        entry.async = ((type: never) => {
          unpacked.push(entry.name);
          return async(type);
        }) as JSZip.JSZipObject["async"];
      }
      return found as never;
    });
    try {
      const workbook = await XlsxWorkbook.fromBuffer(bytes, "beispiel.xlsx");
      const { sheets } = await workbook.readSheets({});
      expect(sheets.length).toBeGreaterThan(3);
    } finally {
      spy.mockRestore();
    }
    expect(unpacked).toEqual([]);
  });
});
