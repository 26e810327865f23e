/**
 * The Office.js adapter on the strict fake (fake-excel.ts): constant round trips, payloads below the limit, refresh in
 * place, consistency under failure, ownership, text that stays text, formula safety, feature gating, errors.
 */
import type { ReportPlan, SheetPlan } from "../../../src/report/plan";
import { capabilities, createOfficeWorkbook } from "../../../src/workbook/office";
import { planResponse } from "../../../src/workbook/office/read-workbook";
import { rowBlocks } from "../../../src/workbook/office/render-workbook";
import { fakeRunner, FakeWorkbook } from "./fake-excel";
import { storedState } from "./stored-state";

const all = () => true;

function reportPlan(rows: number, extra: Partial<SheetPlan> = {}): ReportPlan {
  return {
    sheets: [
      {
        key: "ziel-ist-vergleich",
        name: "Ziel-Ist-Vergleich",
        cells: [["Ziel-Ist-Vergleich"], ["Kennzahl", "Ist", "Ampel"], ...Array.from({ length: rows }, (_, i) => [`Zeile ${i + 1}`, i / 100, "im Plan"])],
        styles: [
          { range: { row: 0, col: 0, rows: 1, cols: 1 }, style: { bold: true, fontSize: 14 } },
          { range: { row: 2, col: 1, rows: rows, cols: 1 }, style: { numberFormat: "0.0%" } },
        ],
        columnWidths: [40, 12, 12],
        freeze: { rows: 2, cols: 1 },
        conditionalFormats: [{ kind: "textEquals", range: { row: 2, col: 2, rows, cols: 1 }, text: "im Plan", style: { fill: "C6EFCE" } }],
        charts: [
          {
            kind: "waterfall",
            title: "Mittelherleitung",
            categories: { row: 2, col: 0, rows: Math.min(rows, 5), cols: 1 },
            series: [
              { name: "Basis", values: { row: 2, col: 1, rows: Math.min(rows, 5), cols: 1 }, invisible: true },
              { name: "Betrag", values: { row: 2, col: 1, rows: Math.min(rows, 5), cols: 1 }, color: "1F4E79" },
            ],
            anchor: { row: 0, col: 5, rows: 15, cols: 6 },
          },
        ],
        ...extra,
      },
    ],
  };
}

function workbookWithSources(sheetCount = 1): FakeWorkbook {
  const book = new FakeWorkbook();
  for (let i = 0; i < sheetCount; i++) book.addSheet(i === 0 ? "Grunddaten" : `Quelle ${i}`, [["Titel"], [], ["Grunddatum", "Jan 22"], ["ELB", 7490]]);
  return book;
}

describe("constant round trips (context.sync) whatever the size", () => {
  it("renders a plan of 10 rows and one of 5.000 rows with the same small number of syncs", async () => {
    const counts = [];
    for (const rows of [10, 5000]) {
      const book = workbookWithSources();
      const runner = fakeRunner(book);
      await createOfficeWorkbook({ run: runner.run, supports: all }).render(reportPlan(rows));
      counts.push(runner.lastSyncs());
      // The body in one write, and A1 last (it says "incomplete" until then).
      expect(book.sheet("Ziel-Ist-Vergleich").valueWrites).toBe(2);
      await createOfficeWorkbook({ run: runner.run, supports: all }).render(reportPlan(rows));
      counts.push(runner.lastSyncs());
    }
    expect(counts).toEqual([4, 4, 4, 4]);
  });

  it("reads 1 sheet and 20 sheets with the same number of syncs", async () => {
    const counts = [];
    for (const sheets of [1, 20]) {
      const runner = fakeRunner(workbookWithSources(sheets));
      const read = await createOfficeWorkbook({ run: runner.run, supports: all }).readSheets({ numberFormats: true });
      expect(read.sheets).toHaveLength(sheets);
      counts.push(runner.lastSyncs());
    }
    expect(counts).toEqual([3, 3]);
  });

  it("reads a 60.000 × 8 case list with long German texts in responses below 4 MB, complete and in order", async () => {
    const book = workbookWithSources();
    const text = (i: number) => `Weiterbewilligungsantrag mit Änderungsmitteilung zur Bedarfsgemeinschaft Nr. ${i} – Überprüfung läuft`;
    book.addSheet("Fälle", [
      ["Aktenzeichen", "Antragsart", "Eingang", "Bescheid", "Sachbearbeitung", "Team", "Bemerkung", "Status"],
      ...Array.from({ length: 60_000 }, (_, i) => [`AZ-${i + 1}`, i % 7 ? "Weiterbewilligung" : "Neuantrag", 44_900 + (i % 300), 44_930 + (i % 300), "Müller-Lüdenscheidt", "Team Süd-Ost", text(i), "abgeschlossen"]),
    ]);
    const runner = fakeRunner(book);
    const read = await createOfficeWorkbook({ run: runner.run, supports: all }).readSheets({ numberFormats: true });
    const cases = read.sheets.find((s) => s.name === "Fälle");
    expect(cases?.values).toHaveLength(60_001);
    expect(cases?.values[1][0]).toBe("AZ-1");
    expect(cases?.values[60_000][0]).toBe("AZ-60000");
    expect(cases?.values[60_000][6]).toBe(text(59_999));
    expect(cases?.numberFormats).toHaveLength(60_001);
    // Sized in cells (150.000 per block) a block came to ~6 MB and Excel on the web refused it.
    const largest = Math.max(...book.requests.map((r) => r.responseBytes));
    expect(largest).toBeLessThan(4_000_000);
    expect(largest).toBeGreaterThan(2_000_000); // and the blocks are not needlessly small
  });

  it("plans each response by weight: whole sheets while they fit, the first that does not cut into a row block", () => {
    expect(planResponse([{ rows: 10, bytesPerRow: 5 }, null, { rows: 20, bytesPerRow: 5 }], 100)).toEqual([{ sheet: 0, rows: 10 }, { sheet: 2, rows: 10 }]);
    expect(planResponse([{ rows: 0, bytesPerRow: 5 }, null, { rows: 10, bytesPerRow: 5 }], 100)).toEqual([{ sheet: 2, rows: 10 }]);
    expect(planResponse([{ rows: 4, bytesPerRow: 30 }, { rows: 45, bytesPerRow: 4 }], 100)).toEqual([{ sheet: 0, rows: 3 }]);
    // A single row heavier than the budget is still read (alone), never skipped.
    expect(planResponse([{ rows: 2, bytesPerRow: 500 }], 100)).toEqual([{ sheet: 0, rows: 1 }]);
    expect(planResponse([null], 100)).toEqual([]);
  });

  it("splits values above the ~4 MB request limit into row blocks, and only then", () => {
    const small = rowBlocks([["a", 1]]);
    expect(small).toHaveLength(1);
    const big = Array.from({ length: 20_000 }, (_, i) => [`${"x".repeat(300)}${i}`, i]);
    const blocks = rowBlocks(big);
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.reduce((n, b) => n + b.rows.length, 0)).toBe(20_000);
    for (const block of blocks) expect(JSON.stringify(block.rows).length).toBeLessThanOrEqual(4_000_000);
  });
});

describe("reading", () => {
  it("returns values from the used range with its origin, empty cells as null, and the add-in's own sheets left out", async () => {
    const book = workbookWithSources();
    const runner = fakeRunner(book);
    const port = createOfficeWorkbook({ run: runner.run, supports: all });
    await port.render(reportPlan(3));
    const read = await port.readSheets({});
    expect(read.sheets.map((s) => s.name)).toEqual(["Grunddaten"]);
    expect(read.sheets[0].origin).toEqual({ row: 0, col: 0 });
    expect(read.sheets[0].values[1]).toEqual([null, null]);
    expect(read.state.ownedSheets).toEqual({ "ziel-ist-vergleich": "Ziel-Ist-Vergleich" });
  });
});

describe("rendering", () => {
  it("refreshes idempotently: after 10 refreshes one report sheet, the same sheet count, charts and rules not multiplied", async () => {
    const book = workbookWithSources();
    const runner = fakeRunner(book);
    const port = createOfficeWorkbook({ run: runner.run, supports: all });
    for (let i = 0; i < 10; i++) await port.render(reportPlan(5));
    expect(book.worksheets.items.map((s) => s.name)).toEqual(["Grunddaten", "Ziel-Ist-Vergleich"]);
    const report = book.sheet("Ziel-Ist-Vergleich");
    expect(report.charts).toHaveLength(1);
    expect(report.conditionalFormats).toHaveLength(1);
    expect(storedState(book)?.ownedSheets).toEqual({ "ziel-ist-vergleich": "Ziel-Ist-Vergleich" });
  });

  it("keeps the report tab where it was", async () => {
    const book = workbookWithSources();
    const runner = fakeRunner(book);
    const port = createOfficeWorkbook({ run: runner.run, supports: all });
    await port.render(reportPlan(3));
    book.addSheet("Notizen", [["x"]]);
    book.sheet("Ziel-Ist-Vergleich").position = 0;
    await port.render(reportPlan(3));
    expect(book.worksheets.items.map((s) => s.name)).toEqual(["Ziel-Ist-Vergleich", "Grunddaten", "Notizen"]);
  });

  it("never touches a user sheet with the report's name", async () => {
    const book = workbookWithSources();
    book.addSheet("Ziel-Ist-Vergleich", [["meine Auswertung"]]);
    const runner = fakeRunner(book);
    const result = await createOfficeWorkbook({ run: runner.run, supports: all }).render(reportPlan(3));
    expect(result.sheets[0].name).toBe("Ziel-Ist-Vergleich (2)");
    expect(result.notices[0]).toMatch(/gehört nicht zum Steuerungscockpit/);
    expect(book.sheet("Ziel-Ist-Vergleich").cell(0, 0).value).toBe("meine Auswertung");
    expect(book.sheet("Ziel-Ist-Vergleich").valueWrites).toBe(0);
  });

  it("writes formula-like text as text (quote prefix and Text format), never as a formula", async () => {
    const book = workbookWithSources();
    const runner = fakeRunner(book);
    const payloads = ['=HYPERLINK("http://x.example")', "+1", "-2", "@SUM(A1)"];
    await createOfficeWorkbook({ run: runner.run, supports: all }).render(reportPlan(0, { cells: payloads.map((p) => [p]), charts: [], conditionalFormats: [], styles: [] }));
    const sheet = book.sheet("Ziel-Ist-Vergleich");
    payloads.forEach((payload, r) => {
      expect(sheet.cell(r, 0).formula).toBeUndefined();
      expect(sheet.cell(r, 0).value).toBe(payload);
      expect(sheet.cell(r, 0).numberFormat).toBe("@");
    });
  });

  it("draws the waterfall as stacked columns with an invisible base series", async () => {
    const book = workbookWithSources();
    const runner = fakeRunner(book);
    await createOfficeWorkbook({ run: runner.run, supports: all }).render(reportPlan(5));
    const [chart] = book.sheet("Ziel-Ist-Vergleich").charts;
    expect(chart.type).toBe("ColumnStacked");
    expect(chart.seriesList.map((s) => [s.name, s.invisible])).toEqual([["Basis", true], ["Betrag", false]]);
    expect(chart.position).toEqual(["F1", "K15"]);
  });
});

describe("requirement-set gating", () => {
  it("with ExcelApi 1.8 only: no screen-updating suspension, no indent, rules still written", async () => {
    const book = workbookWithSources();
    const runner = fakeRunner(book);
    const upTo18 = (v: string) => Number(v.split(".")[1]) <= 8;
    await createOfficeWorkbook({ run: runner.run, supports: upTo18 }).render(reportPlan(3));
    expect(book.calls).toEqual(["suspendApiCalculation", "calculate(Full)"]);
    expect(book.sheet("Ziel-Ist-Vergleich").conditionalFormats).toHaveLength(1);
  });

  it("with ExcelApi 1.7 (Office 2019): rules still written; no screen-updating suspension, no events switch, no indents, and the user is told", async () => {
    const book = workbookWithSources();
    const runner = fakeRunner(book);
    const upTo17 = (v: string) => Number(v.split(".")[1]) <= 7;
    const plan = reportPlan(3);
    plan.sheets[0].styles.push({ range: { row: 2, col: 0, rows: 3, cols: 1 }, style: { indent: 1 } });
    const result = await createOfficeWorkbook({ run: runner.run, supports: upTo17 }).render(plan);
    expect(book.sheet("Ziel-Ist-Vergleich").conditionalFormats).toHaveLength(1);
    expect(book.calls).toEqual(["suspendApiCalculation", "calculate(Full)"]);
    expect(result.notices.join(" ")).toMatch(/Einrückungen/);
  });
});

describe("errors reach the user in German", () => {
  const failing = (code: string) => async () => {
    throw Object.assign(new Error("host error"), { code });
  };

  it.each([
    ["AccessDenied", /geschützt/],
    ["InvalidOperationInCellEditMode", /^Bitte die Zellbearbeitung beenden/],
    ["RequestPayloadSizeLimitExceeded", /zu groß/],
    ["ApiNotFound", /Excel aktualisieren/],
    ["ItemAlreadyExists", /gleichzeitig.*Aufgabenbereich.*„Aktualisieren“/],
    ["InvalidOperation", /nicht ausgeführt.*erneut aktualisieren/],
    ["GeneralException", /allgemeinen Fehler/],
    ["Conflict", /anderen Person geändert/],
    ["InactiveWorkbook", /nicht mehr aktiv/],
    ["UndoNotSupported", /nicht rückgängig machen ließe/],
    ["EmptyChartSeries", /Diagramm hätte keine Werte/],
    ["MemoryLimitReached", /Arbeitsspeicher/],
  ])("%s", async (code, text) => {
    const port = createOfficeWorkbook({ run: failing(code), supports: all });
    const error = await port.render(reportPlan(1)).catch((e: Error) => e);
    expect(error).toMatchObject({ code, message: expect.stringMatching(text) });
    expect((error as Error).message).not.toMatch(/Excel meldet/);
  });

  it("AccessDenied without a sheet does not send the user to a sheet protection that is not there", async () => {
    const error = await createOfficeWorkbook({ run: failing("AccessDenied"), supports: all }).render(reportPlan(1)).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/Arbeitsmappe schützen|schreibgeschützt/);
  });

  it("an error of the add-in's own is not passed off as Excel's", async () => {
    const run = async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'rows')");
    };
    const error = await createOfficeWorkbook({ run, supports: all }).readSheets({}).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^Interner Fehler im Steuerungscockpit/);
    expect((error as Error).message).not.toMatch(/Excel meldet/);
  });

  it("an unknown Office code still names Excel and the code", async () => {
    const error = await createOfficeWorkbook({ run: failing("SomethingNew"), supports: all }).render(reportPlan(1)).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/Excel meldet einen Fehler \(SomethingNew\)/);
  });
});

describe("text stays text (Excel reads en-US dates, numbers and booleans out of strings)", () => {
  it("writes month headers and other number-like labels as text: 'Jan 22' does not become 22 January of this year", async () => {
    const book = workbookWithSources();
    const labels = ["Jan 22", "Feb 22", "Mär 22", "Jun 22", "Okt 22", "12%", "TRUE", "1,234", "22-Jan", "Zeile 1"];
    const runner = fakeRunner(book);
    await createOfficeWorkbook({ run: runner.run, supports: all }).render(reportPlan(0, { cells: [["Titel"], ["Monat", ...labels], ["Wert", ...labels.map((_, i) => i)]], charts: [], conditionalFormats: [], styles: [] }));
    const sheet = book.sheet("Ziel-Ist-Vergleich");
    expect(sheet.valuesOf({ row: 1, col: 1, rows: 1, cols: labels.length })).toEqual([labels]);
    expect(sheet.valuesOf({ row: 2, col: 1, rows: 1, cols: 3 })).toEqual([[0, 1, 2]]);
  });

  it("a template's month headers read back as the months they name", async () => {
    const book = workbookWithSources();
    const port = createOfficeWorkbook({ run: fakeRunner(book).run, supports: all });
    await port.render({ sheets: [{ key: "vorlage-grunddaten", template: true, name: "Vorlage Grunddaten", cells: [["Grunddatum", "Kürzel", "Jan 22", "Feb 22", "Mär 22"], ["ELB", "elb"]], styles: [], columnWidths: [], conditionalFormats: [], charts: [] }] });
    const read = await port.readSheets({ sheets: ["Vorlage Grunddaten"] });
    expect(read.sheets[0].values[0]).toEqual(["Grunddatum", "Kürzel", "Jan 22", "Feb 22", "Mär 22"]);
  });
});

describe("the add-in state: one loader, never a method on a null object", () => {
  it("reads and renders a workbook the CLI never touched (no state sheet) and one it did (very hidden state sheet)", async () => {
    const plain = workbookWithSources();
    const port = createOfficeWorkbook({ run: fakeRunner(plain).run, supports: all });
    await port.render(reportPlan(2));
    expect((await port.readSheets({})).state.ownedSheets).toEqual({ "ziel-ist-vergleich": "Ziel-Ist-Vergleich" });

    const fromCli = workbookWithSources();
    fromCli.addSheet("Bericht vom CLI", [["alt"]]);
    const json = JSON.stringify({ ownedSheets: { "ziel-ist-vergleich": "Bericht vom CLI" }, settings: { berichtsmonat: "2022-05" } });
    fromCli.addSheet("_Steuerungscockpit", [["steuerungscockpit-state-v1"], [json]]).visibility = "VeryHidden";
    const cliPort = createOfficeWorkbook({ run: fakeRunner(fromCli).run, supports: all });
    const read = await cliPort.readSheets({});
    expect(read.sheetNames).toEqual(["Grunddaten", "Bericht vom CLI"]);
    expect(read.sheets.map((s) => s.name)).toEqual(["Grunddaten"]);
    expect(read.state.settings.berichtsmonat).toBe("2022-05");
    await cliPort.render(reportPlan(2));
    // The CLI's report sheet is refreshed in place under the report's name, not copied.
    expect(fromCli.worksheets.items.map((s) => s.name)).toEqual(["Grunddaten", "Ziel-Ist-Vergleich", "_Steuerungscockpit"]);
  });

  it("does not read the cells of a sheet the user told the add-in to ignore", async () => {
    const book = workbookWithSources();
    book.addSheet("Vorjahr", Array.from({ length: 2000 }, (_, i) => [`Zeile ${i}`, i]));
    book.settingsStore.set("steuerungscockpit.state", JSON.stringify({ ownedSheets: {}, settings: { quellen: JSON.stringify([{ sheet: "Vorjahr", kind: "ignore" }]) } }));
    const read = await createOfficeWorkbook({ run: fakeRunner(book).run, supports: all }).readSheets({ numberFormats: true });
    expect(read.sheets.find((s) => s.name === "Vorjahr")?.values).toEqual([]);
    expect(Math.max(...book.requests.map((r) => r.responseBytes))).toBeLessThan(2_000);
  });
});

describe("frozen panes", () => {
  it.each([
    [{ rows: 0, cols: 2 }, { rows: 0, cols: 2 }],
    [{ rows: 3, cols: 0 }, { rows: 3, cols: 0 }],
    [{ rows: 2, cols: 1 }, { rows: 2, cols: 1 }],
  ])("freezes %o as %o (columns only: no row)", async (freeze, frozen) => {
    const book = workbookWithSources();
    await createOfficeWorkbook({ run: fakeRunner(book).run, supports: all }).render(reportPlan(3, { freeze }));
    expect(book.sheet("Ziel-Ist-Vergleich").frozen).toEqual(frozen);
  });
});

describe("capability notices: only what the user loses in this report", () => {
  const upTo17 = (v: string) => Number(v.split(".")[1]) <= 7;

  it("announces nothing for features the add-in does not use or that change nothing visible", () => {
    const missing = capabilities(upTo17).missing.join(" ");
    expect(missing).not.toMatch(/rückgängig|Kommentare|Gliederung|Add-ins|Bildschirm/);
    expect(missing).toMatch(/Einrückungen/);
  });

  it("tells about indents only when the report has indents", async () => {
    const result = await createOfficeWorkbook({ run: fakeRunner(workbookWithSources()).run, supports: upTo17 }).render(reportPlan(3));
    expect(result.notices).toEqual([]);
  });
});

describe("an oversized sheet", () => {
  /** A sheet whose used range is 1.000.000 × 11 cells: a value in A1 and one far below (cheap to seed). */
  function withHugeSheet(book: FakeWorkbook): void {
    const huge = book.addSheet("Altdaten", [["Export 2019"]]);
    huge.seed(999_999, 10, "Ende");
  }

  it("does not block a refresh when the user told the add-in to ignore it: it is neither measured nor read", async () => {
    const book = workbookWithSources();
    withHugeSheet(book);
    book.settingsStore.set("steuerungscockpit.state", JSON.stringify({ ownedSheets: {}, settings: { quellen: JSON.stringify([{ sheet: "Altdaten", kind: "ignore" }]) } }));
    const read = await createOfficeWorkbook({ run: fakeRunner(book).run, supports: all }).readSheets({});
    expect(read.sheets.map((s) => [s.name, s.values.length])).toEqual([
      ["Grunddaten", 4],
      ["Altdaten", 0],
    ]);
  });

  it("is not measured when the refresh asks only for other sheets", async () => {
    const book = workbookWithSources();
    withHugeSheet(book);
    const read = await createOfficeWorkbook({ run: fakeRunner(book).run, supports: all }).readSheets({ sheets: ["Grunddaten"] });
    expect(read.sheets.map((s) => s.name)).toEqual(["Grunddaten"]);
    expect(read.sheetNames).toContain("Altdaten");
  });

  it("that is needed is refused by name, with how to leave it out, before any of its cells are requested", async () => {
    const book = workbookWithSources();
    withHugeSheet(book);
    await expect(createOfficeWorkbook({ run: fakeRunner(book).run, supports: all }).readSheets({})).rejects.toMatchObject({
      message: expect.stringMatching(/„Altdaten“ ist mit 11\.000\.000 Zellen zu groß.*„Quellen“.*ignorieren/),
    });
  });
});

describe("cell edit mode (docs/excel/excel-add-ins-delay-in-cell-edit.md)", () => {
  it("asks the user to finish editing while the refresh waits, then goes on by itself", async () => {
    const book = workbookWithSources();
    const port = createOfficeWorkbook({ run: fakeRunner(book).run, supports: all });
    const told: Array<string | null> = [];
    port.watchWaiting?.((waiting) => told.push(waiting));
    book.editCell();
    let done = false;
    const reading = port.readSheets({}).then((read) => {
      done = true;
      return read;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(told).toEqual([expect.stringMatching(/^Bitte die Zellbearbeitung beenden/)]);
    expect(done).toBe(false);
    book.endCellEdit();
    expect((await reading).sheets.map((s) => s.name)).toEqual(["Grunddaten"]);
    expect(told[told.length - 1]).toBeNull();
  });

  it("says nothing when nobody edits a cell", async () => {
    const book = workbookWithSources();
    const port = createOfficeWorkbook({ run: fakeRunner(book).run, supports: all });
    const told: Array<string | null> = [];
    port.watchWaiting?.((waiting) => told.push(waiting));
    await port.render(reportPlan(3));
    expect(told.filter((t) => t !== null)).toEqual([]);
  });

  it("the fake refuses a request without delayForCellEdit while a cell is edited", async () => {
    const book = workbookWithSources();
    book.editCell();
    await expect(createOfficeWorkbook({ run: (batch) => fakeRunner(book).run(batch), supports: all }).readSheets({})).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});
