/**
 * The fake is strict where Excel is (each rule's source is cited in fake-excel.ts). These tests pin the rules the
 * adapter tests rely on, so that a lenient fake cannot make them pass.
 */
import { excelReading, FakeContext, FakeWorkbook } from "./fake-excel";

const YEAR = 2026;

function book(): FakeWorkbook {
  const b = new FakeWorkbook();
  b.currentYear = YEAR;
  b.addSheet("Grunddaten", [["Titel"]]);
  return b;
}

const serialOf = (y: number, m: number, d: number) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

describe("Excel's reading of strings written through Range.values (en-US)", () => {
  it.each([
    ["Jan 22", serialOf(YEAR, 1, 22)],
    ["Feb 22", serialOf(YEAR, 2, 22)],
    ["Jun 22", serialOf(YEAR, 6, 22)],
    ["Feb 30", serialOf(1930, 2, 1)],
    ["Jan-2022", serialOf(2022, 1, 1)],
    ["22-Jan", serialOf(YEAR, 1, 22)],
    ["1/22/2022", serialOf(2022, 1, 22)],
    ["2022-01-05", serialOf(2022, 1, 5)],
    ["12%", 0.12],
    ["1,234.5", 1234.5],
    ["TRUE", true],
    ["false", false],
  ])("%s becomes %p", (text, expected) => {
    expect(excelReading(text, YEAR)).toMatchObject({ value: expected });
  });

  it.each(["Mär 22", "Okt 22", "Dez 22", "Mai 22", "Zeile 1", "k.A.", "1.234,5"])("%s stays text", (text) => {
    expect(excelReading(text, YEAR)).toEqual({ value: text });
  });

  it("keeps text in a cell formatted as Text, and after the quote prefix", async () => {
    const b = book();
    const context = new FakeContext(b);
    const sheet = context.workbook.worksheets.getItem("Grunddaten");
    sheet.getRangeByIndexes(1, 0, 1, 1).numberFormat = [["@"]];
    sheet.getRangeByIndexes(1, 0, 1, 3).values = [["Jan 22", "'Feb 22", "Jun 22"]];
    await context.sync();
    expect(b.sheet("Grunddaten").valuesOf({ row: 1, col: 0, rows: 1, cols: 3 })).toEqual([["Jan 22", "Feb 22", serialOf(YEAR, 6, 22)]]);
  });
});

describe("proxies, batches and null objects", () => {
  it("throws PropertyNotLoaded for a property read without load and sync", async () => {
    const context = new FakeContext(book());
    const range = context.workbook.worksheets.getItem("Grunddaten").getRangeByIndexes(0, 0, 1, 1);
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.values).toEqual([["Titel"]]);
  });

  it("runs nothing before sync, and reads isNullObject only after it", async () => {
    const b = book();
    const context = new FakeContext(b);
    context.workbook.worksheets.add("Neu");
    const missing = context.workbook.worksheets.getItemOrNullObject("Fehlt");
    expect(b.find("Neu")).toBeUndefined();
    expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(b.find("Neu")).toBeDefined();
    expect(missing.isNullObject).toBe(true);
  });

  it("throws for a method called on a null object (Office.js defines nothing for it)", async () => {
    const context = new FakeContext(book());
    context.workbook.worksheets.getItemOrNullObject("Fehlt").getUsedRangeOrNullObject(true).load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("refuses an array that does not have the range's shape", async () => {
    const context = new FakeContext(book());
    context.workbook.worksheets.getItem("Grunddaten").getRangeByIndexes(0, 0, 2, 2).values = [["a", "b"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("finds and refuses sheet names without regard to case", async () => {
    const b = book();
    const context = new FakeContext(b);
    const found = context.workbook.worksheets.getItem("GRUNDDATEN").getRangeByIndexes(0, 0, 1, 1).load("values");
    await context.sync();
    expect(found.values).toEqual([["Titel"]]);
    context.workbook.worksheets.add("grunddaten");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("fails the n-th sync after the given number of actions, keeping the actions before (as Excel does)", async () => {
    const b = book();
    b.failure = { atSync: 1, afterActions: 1, code: "GeneralException" };
    const context = new FakeContext(b);
    context.workbook.worksheets.add("Eins");
    context.workbook.worksheets.add("Zwei");
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(b.worksheets.items.map((s) => s.name)).toEqual(["Grunddaten", "Eins"]);
  });
});

describe("sheets", () => {
  it("refuses to delete a VeryHidden sheet, and to hide or delete the only visible one", async () => {
    const b = book();
    b.addSheet("_Steuerungscockpit", [["x"]]).visibility = "VeryHidden";
    const context = new FakeContext(b);
    context.workbook.worksheets.getItem("_Steuerungscockpit").delete();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    context.workbook.worksheets.getItem("Grunddaten").visibility = "Hidden";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    context.workbook.worksheets.getItem("Grunddaten").delete();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("turns formulas that point at a deleted sheet into #REF!", async () => {
    const b = book();
    b.addSheet("Bericht", [["x", 5]]);
    b.addSheet("Notizen", [["='Bericht'!B1*2", "=Grunddaten!A1"]]);
    const context = new FakeContext(b);
    context.workbook.worksheets.getItem("Bericht").delete();
    await context.sync();
    expect(b.sheet("Notizen").cell(0, 0).formula).toBe("=#REF!*2");
    expect(b.sheet("Notizen").cell(0, 1).formula).toBe("=Grunddaten!A1");
  });

  it("refuses structure changes in a protected workbook and writes to a protected sheet", async () => {
    const b = book();
    b.protection.protected = true;
    b.sheet("Grunddaten").protected = true;
    const context = new FakeContext(b);
    context.workbook.worksheets.add("Neu");
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    context.workbook.worksheets.getItem("Grunddaten").getRangeByIndexes(0, 0, 1, 1).values = [["y"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("wants PageLayout.zoom set as one object", async () => {
    const context = new FakeContext(book());
    const layout = context.workbook.worksheets.getItem("Grunddaten").pageLayout as unknown as { zoom: Record<string, unknown> };
    layout.zoom.scale = 80;
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("payloads in UTF-8 bytes, 5 MB each way", () => {
  it("refuses a request above 5 MB before running any of it", async () => {
    const b = book();
    const context = new FakeContext(b);
    const rows = Array.from({ length: 80_000 }, () => ["Überprüfung der Änderungsmitteilung – läuft; Rückfrage beim Jobcenter Süd"]);
    context.workbook.worksheets.getItem("Grunddaten").getRangeByIndexes(0, 0, rows.length, 1).values = rows;
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(b.sheet("Grunddaten").valueWrites).toBe(0);
    expect(b.requests[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("refuses a response above 5 MB, and counts umlauts as two bytes", async () => {
    const b = book();
    b.addSheet("Fälle", Array.from({ length: 40_000 }, () => ["ä".repeat(70)]));
    const context = new FakeContext(b);
    context.workbook.worksheets.getItem("Fälle").getRangeByIndexes(0, 0, 40_000, 1).load("values");
    // 40.000 × 70 characters = 2,8 MB in UTF-16 code units, 5,6 MB in UTF-8.
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
