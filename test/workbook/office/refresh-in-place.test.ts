/**
 * A refresh keeps the report sheet and rewrites it (references into it survive), and a refresh that fails at any
 * point leaves the previous report, the complete new one, or a sheet that says it is incomplete — with a German
 * message — and the next refresh repairs it without "(2)" copies.
 */
import type { ReportPlan } from "../../../src/report/plan";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { INCOMPLETE_NOTE } from "../../../src/workbook/office/render-workbook";
import { fakeRunner, FakeWorkbook } from "./fake-excel";
import { MARKS_IN_USE_SETTING, OWNERSHIP_MARK } from "../../../src/workbook/ownership-mark";
import { stateXml } from "../../../src/workbook/state-part";
import { storedState } from "./stored-state";

const all = () => true;
const REPORT = "Ziel-Ist-Vergleich";

function plan(version: number): ReportPlan {
  const rows = [1, 2, 3].map((i) => [`Kennzahl ${i}`, i * version, version > 1 ? "im Plan" : "kritisch"]);
  return {
    sheets: [
      {
        key: "ziel-ist-vergleich",
        name: REPORT,
        cells: [[`Ziel-Ist-Vergleich, Stand ${version}`], ["Kennzahl", "Ist", "Ampel"], ...rows],
        styles: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, style: { bold: true } }],
        columnWidths: [30, 10, 10],
        freeze: { rows: 2, cols: 1 },
        print: { orientation: "landscape", fitToOnePageWide: true, repeatRows: 2 },
        merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
        conditionalFormats: [{ kind: "textEquals", range: { row: 2, col: 2, rows: 3, cols: 1 }, text: "im Plan", style: { fill: "C6EFCE" } }],
        charts: [{ kind: "columnClustered", title: "Ist", categories: { row: 2, col: 0, rows: 3, cols: 1 }, series: [{ name: "Ist", values: { row: 2, col: 1, rows: 3, cols: 1 } }], anchor: { row: 0, col: 5, rows: 10, cols: 5 } }],
      },
    ],
    settings: { berichtsmonat: `2022-0${version}` },
  };
}

function workbook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("Grunddaten", [["Grunddatum", "Jan 22"], ["ELB", 7490]]);
  return book;
}

async function render(book: FakeWorkbook, version: number) {
  return createOfficeWorkbook({ run: fakeRunner(book).run, supports: all }).render(plan(version));
}

/** The report as the user sees it after rendering `versions` in order on a fresh workbook. */
async function reportAfter(...versions: number[]) {
  const book = workbook();
  for (const v of versions) await render(book, v);
  return book.sheet(REPORT).snapshot();
}

describe("refresh in place", () => {
  it("keeps the sheet: formulas elsewhere that point into the report survive, and the sheet keeps its id and tab", async () => {
    const book = workbook();
    await render(book, 1);
    book.addSheet("Notizen", [[`='${REPORT}'!B3*2`]]);
    const id = book.sheet(REPORT).id;
    book.sheet(REPORT).position = 0;
    await render(book, 2);
    expect(book.sheet("Notizen").cell(0, 0).formula).toBe(`='${REPORT}'!B3*2`);
    expect(book.sheet(REPORT).id).toBe(id);
    expect(book.worksheets.items.map((s) => s.name)).toEqual([REPORT, "Grunddaten", "Notizen"]);
  });

  it("leaves nothing of the previous report behind: cells, rules, charts, merges and panes are the new report's", async () => {
    const bigger = plan(1);
    bigger.sheets[0].cells.push(["Zusatzzeile", 99, "kritisch"]);
    const book = workbook();
    await createOfficeWorkbook({ run: fakeRunner(book).run, supports: all }).render(bigger);
    await render(book, 2);
    expect(book.sheet(REPORT).snapshot()).toEqual(await reportAfter(2));
    expect(book.sheet(REPORT).frozen).toEqual({ rows: 2, cols: 1 });
  });

  it("refreshes a report inside a workbook whose structure is protected, and refuses only what needs a new sheet", async () => {
    const book = workbook();
    await render(book, 1);
    book.protection.protected = true;
    await render(book, 2);
    expect(book.sheet(REPORT).snapshot()).toEqual(await reportAfter(2));

    const fresh = workbook();
    fresh.protection.protected = true;
    await expect(render(fresh, 1)).rejects.toMatchObject({ message: expect.stringMatching(/Struktur der Arbeitsmappe ist geschützt.*„Ziel-Ist-Vergleich“/) });
    expect(fresh.worksheets.items.map((s) => s.name)).toEqual(["Grunddaten"]);
    expect(fresh.settingsStore.size).toBe(0);
    expect(fresh.customXmlParts).toEqual([]);
  });

  it("names the protected report sheet before writing anything into it", async () => {
    const book = workbook();
    await render(book, 1);
    book.sheet(REPORT).protected = true;
    const before = book.sheet(REPORT).snapshot();
    await expect(render(book, 2)).rejects.toMatchObject({ message: expect.stringMatching(/Blatt „Ziel-Ist-Vergleich“ ist geschützt/) });
    expect(book.sheet(REPORT).snapshot()).toEqual(before);
  });

  it("sets up printing (landscape, one page wide, header rows on every page) with ExcelApi 1.9, and says so without it", async () => {
    const book = workbook();
    await render(book, 1);
    expect(book.sheet(REPORT).pageLayout).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$2" });
    const old = workbook();
    const upTo18 = (v: string) => Number(v.split(".")[1]) <= 8;
    const result = await createOfficeWorkbook({ run: fakeRunner(old).run, supports: upTo18 }).render(plan(1));
    expect(old.sheet(REPORT).pageLayout).toEqual({});
    expect(result.notices.join(" ")).toMatch(/Druckeinstellungen/);
  });
});

describe("a failure at any step of a refresh", () => {
  it("completes the report and its print setup when Excel refuses to freeze panes (office-js#2196), naming the sheet and Excel's reason", async () => {
    const book = workbook();
    await render(book, 1);
    book.refuses.freezePanes = "GeneralException";
    const result = await render(book, 2);
    expect(book.sheet(REPORT).snapshot()).toEqual(await reportAfter(2));
    expect(book.sheet(REPORT).pageLayout.orientation).toBe("Landscape");
    const said = result.notices.join(" ");
    expect(said).toMatch(/Im Blatt „Ziel-Ist-Vergleich“ hat Excel die Kopfzeilen nicht fixiert \(Excel meldet GeneralException.*Der Bericht ist vollständig/);
    expect(said).not.toMatch(/Office-2019|Druckeinstellungen/);
  });

  it("keeps the frozen panes when only the print setup fails, and says that it is the print setup", async () => {
    const book = workbook();
    book.refuses.pageLayout = "InvalidArgument";
    const result = await render(book, 1);
    expect(book.sheet(REPORT).frozen).toEqual({ rows: 2, cols: 1 });
    expect(result.notices.join(" ")).toMatch(/„Ziel-Ist-Vergleich“ hat Excel die Druckeinstellungen nicht übernommen \(Excel meldet InvalidArgument/);
  });

  /** Actions per sync of one refresh to the last version (measured, so the test follows the adapter). */
  async function batchSizes(versions: number[]): Promise<number[]> {
    const book = workbook();
    for (const v of versions.slice(0, -1)) await render(book, v);
    const start = book.requests.length;
    await render(book, versions[versions.length - 1]);
    return book.requests.slice(start).map((r) => r.actions);
  }

  it.each([
    ["a refresh of an existing report", [1, 2]],
    ["the first report", [2]],
  ])("leaves %s either as it was, complete, or marked incomplete — with a German message — and the next refresh repairs it", async (_label, versions) => {
    const sizes = await batchSizes(versions as number[]);
    // Sheets and state; ownership and protection; the report; recalculation and frozen panes; print setup.
    expect(sizes).toHaveLength(5);
    const previous = versions.length > 1 ? await reportAfter(1) : null;
    const complete = await reportAfter(...(versions as number[]));
    let outcomes = { previous: 0, complete: 0, incomplete: 0, untouched: 0 };
    for (const [s, size] of sizes.entries()) {
      for (let after = 0; after <= size; after++) {
        const book = workbook();
        for (const v of (versions as number[]).slice(0, -1)) await render(book, v);
        book.failure = { atSync: book.syncCount + s + 1, afterActions: after, code: "GeneralException" };
        const outcome = await render(book, 2).then(
          (result) => ({ result, error: null }),
          (e: Error) => ({ result: null, error: e }),
        );
        const error = outcome.error;
        book.failure = null;
        if (s >= sizes.length - 2) {
          // Frozen panes and print setup fail alone (office-js#2196), and are repeated sheet by sheet: the report is complete.
          expect(outcome.error).toBeNull();
          expect(book.sheet(REPORT).snapshot()).toEqual(complete);
          expect(book.sheet(REPORT).frozen).toEqual({ rows: 2, cols: 1 });
          continue;
        }
        expect(error?.message).toMatch(/allgemeinen Fehler/);
        expect(error?.message).not.toMatch(/Excel meldet/);

        const sheet = book.find(REPORT);
        const seen = sheet?.snapshot();
        if (!sheet) outcomes.untouched++;
        else if (previous && JSON.stringify(seen) === JSON.stringify(previous)) outcomes.previous++;
        else if (JSON.stringify(seen) === JSON.stringify(complete)) outcomes.complete++;
        else {
          // Half written: the sheet says so in A1 (or is still empty), and the message names it.
          expect({ s, after, a1: sheet.cell(0, 0).value }).toEqual({ s, after, a1: seen && Object.keys(seen.cells).length === 0 ? "" : INCOMPLETE_NOTE });
          expect(error?.message).toMatch(/nicht vollständig geschrieben.*„Ziel-Ist-Vergleich“/);
          outcomes.incomplete++;
        }

        await render(book, 2);
        expect(book.worksheets.items.map((w) => w.name)).toEqual(["Grunddaten", REPORT]);
        expect(book.sheet(REPORT).snapshot()).toEqual(complete);
        expect(storedState(book)?.settings.berichtsmonat).toBe("2022-02");
      }
    }
    // Every kind of outcome occurs, so the test sees each path (a failure in the last action leaves it incomplete).
    outcomes = { ...outcomes };
    expect(outcomes.incomplete).toBeGreaterThan(0);
    expect(versions.length > 1 ? outcomes.previous : outcomes.untouched).toBeGreaterThan(0);
  });
});

describe("a plan Excel would refuse is checked before anything is cleared (all or nothing)", () => {
  /** Version 2 with a second chart whose only series points at a column the report leaves blank (no month values yet). */
  function withBlankChart(): ReportPlan {
    const next = plan(2);
    next.sheets[0].charts.push({
      kind: "line",
      title: "Monatsverlauf",
      categories: { row: 2, col: 0, rows: 3, cols: 1 },
      series: [{ name: "Ist je Monat", values: { row: 2, col: 3, rows: 3, cols: 1 } }],
      anchor: { row: 12, col: 5, rows: 10, cols: 5 },
    });
    return next;
  }

  it("writes the report without the chart that has no values (EmptyChartSeries), says so, and a retry does the same", async () => {
    const book = workbook();
    await render(book, 1);
    const port = createOfficeWorkbook({ run: fakeRunner(book).run, supports: all });
    const result = await port.render(withBlankChart());
    const sheet = book.sheet(REPORT);
    expect(sheet.cell(0, 0).value).toBe("Ziel-Ist-Vergleich, Stand 2");
    expect(sheet.charts.map((c) => c.title.text)).toEqual(["Ist"]);
    expect(result.notices.join(" ")).toMatch(/Diagramm „Monatsverlauf“.*„Ziel-Ist-Vergleich“.*keine Werte/);
    await expect(port.render(withBlankChart())).resolves.toBeDefined();
    expect(sheet.charts).toHaveLength(1);
  });

  it("leaves out only the blank series of a chart that has others", async () => {
    const book = workbook();
    const next = plan(2);
    next.sheets[0].charts[0].series.unshift({ name: "Plan", values: { row: 2, col: 3, rows: 3, cols: 1 } });
    const result = await createOfficeWorkbook({ run: fakeRunner(book).run, supports: all }).render(next);
    expect(book.sheet(REPORT).charts[0].seriesList.map((s) => s.name)).toEqual(["Ist"]);
    expect(result.notices.join(" ")).toMatch(/Reihe „Plan“/);
  });
});

describe("ownership by a mark on the sheet, not by its name", () => {
  it("marks each report sheet with the hidden sheet-level name SC_Berichtsblatt pointing at its A1", async () => {
    const book = workbook();
    await render(book, 1);
    const mark = book.sheet(REPORT).names.get(OWNERSHIP_MARK.toLowerCase());
    expect({ formula: mark?.formula, visible: mark?.visible }).toEqual({ formula: `='${REPORT}'!$A$1`, visible: false });
    expect(book.names.size).toBe(0);
  });

  it("never clears a user sheet that was renamed to the report's name: the report goes to a free name, and the user is told", async () => {
    const book = workbook();
    await render(book, 1);
    book.deleteSheet(book.sheet(REPORT));
    const own = book.addSheet("Meine Auswertung", [["Eigene Zahlen"], [42]]);
    own.name = REPORT;
    const result = await render(book, 2);
    expect(own.snapshot().cells).toEqual({ "0:0": "Eigene Zahlen", "1:0": 42 });
    expect(result.sheets[0].name).toBe(`${REPORT} (2)`);
    expect(result.notices.join(" ")).toMatch(/„Ziel-Ist-Vergleich“ gehört nicht zum Steuerungscockpit und bleibt unverändert/);
    // And it stays so: the next refresh rewrites the marked copy, not the user's sheet.
    await render(book, 2);
    expect(own.snapshot().cells).toEqual({ "0:0": "Eigene Zahlen", "1:0": 42 });
    expect(book.worksheets.items.map((s) => s.name)).toEqual(["Grunddaten", REPORT, `${REPORT} (2)`]);
  });

  it("takes over, once, a report sheet of the add-in before the mark (state without the mark setting), and marks it", async () => {
    const book = workbook();
    book.addSheet(REPORT, [["alter Bericht"]]);
    book.addCustomXmlPart(stateXml({ ownedSheets: { "ziel-ist-vergleich": REPORT }, settings: {} }));
    await render(book, 2);
    expect(book.worksheets.items.map((s) => s.name)).toEqual(["Grunddaten", REPORT]);
    expect(book.sheet(REPORT).names.has(OWNERSHIP_MARK.toLowerCase())).toBe(true);
    expect(storedState(book)?.settings[MARKS_IN_USE_SETTING]).toBe("1");
  });

  it("reads a user sheet renamed to a report's name as a source, not as the add-in's own", async () => {
    const book = workbook();
    await render(book, 1);
    book.deleteSheet(book.sheet(REPORT));
    book.addSheet("Eigene", [["Grunddatum", "Feb 22"], ["ELB", 7500]]).name = REPORT;
    const read = await createOfficeWorkbook({ run: fakeRunner(book).run, supports: all }).readSheets({});
    expect(read.sheets.map((s) => s.name)).toEqual(["Grunddaten", REPORT]);
    expect(read.state.ownedSheets).toEqual({});
  });
});

describe("calculation after the report is written", () => {
  it("recalculates: a user's formula that points into the report shows the new figure, though calculation was suspended while writing", async () => {
    const book = workbook();
    await render(book, 1);
    book.addSheet("Notizen", [[`='${REPORT}'!B3*2`]]);
    book.recalculate();
    expect(book.sheet("Notizen").cell(0, 0).value).toBe(2);
    await render(book, 3);
    expect(book.calls).toContain("suspendApiCalculation");
    expect(book.sheet("Notizen").cell(0, 0).value).toBe(6);
  });

  it("in manual calculation mode leaves calculating to the user, says what that means, and offers it; the port calculates on request", async () => {
    const book = workbook();
    await render(book, 1);
    book.addSheet("Notizen", [[`='${REPORT}'!B3*2`]]);
    book.recalculate();
    book.calculationMode = "Manual";
    const port = createOfficeWorkbook({ run: fakeRunner(book).run, supports: all });
    const result = await port.render(plan(3));
    expect(book.sheet("Notizen").cell(0, 0).value).toBe(2);
    expect(result.manualCalculation).toBe(true);
    expect(result.notices.join(" ")).toMatch(/manuell.*zuletzt berechneten Werten.*alte Ergebnisse/);
    await port.calculate?.();
    expect(book.sheet("Notizen").cell(0, 0).value).toBe(6);
  });
});
