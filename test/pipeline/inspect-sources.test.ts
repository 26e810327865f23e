/**
 * Keeping the confirmed source mapping in the workbook itself, on both adapters, so that a colleague opening the shared
 * workbook (or the ribbon's refresh) gets the same reading without any question — and nothing but the add-in's own
 * state is written for it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { confirmAll, correct } from "../../src/sources/source-mapping";
import { createOfficeWorkbook } from "../../src/workbook/office";
import { inspectSources, saveDecisions } from "../../src/pipeline/inspect-sources";
import { runReport } from "../../src/pipeline/run-report";
import type { ReportOptionsInput } from "../../src/pipeline/report-options";
import type { WorkbookPort } from "../../src/workbook/port";

const refreshReport = (port: WorkbookPort, options: ReportOptionsInput) => runReport(port, { rememberSettings: true, ...options });
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { fakeRunner, FakeWorkbook } from "../workbook/office/fake-excel";
import { storedState } from "../workbook/office/stored-state";

const SAMPLE = readFileSync(join(__dirname, "..", "..", "assets", "beispiel-jobcenter.xlsx"));

describe("the confirmed mapping travels with the .xlsx", () => {
  it("is saved in the add-in's hidden state, survives saving and reopening, and changes no user sheet", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(SAMPLE);
    const before = await workbook.readSheets({});
    const inspected = await inspectSources(workbook, "2023-01-20");
    expect(inspected.mappings.every((m) => m.status === "detected" || m.status === "unrecognised")).toBe(true);
    await saveDecisions(workbook, confirmAll(inspected.mappings));

    const reopened = await XlsxWorkbook.fromBuffer(await workbook.toBuffer());
    const after = await reopened.readSheets({});
    expect(after.sheetNames).toEqual(before.sheetNames);
    expect(after.sheets.map((s) => s.values)).toEqual(before.sheets.map((s) => s.values));
    const again = await inspectSources(reopened, "2023-01-20");
    const kinds = again.mappings.filter((m) => m.kind !== null);
    expect(kinds.length).toBeGreaterThanOrEqual(5);
    expect(kinds.every((m) => m.status === "confirmed")).toBe(true);
  });

  it("a sheet the user ignored stays out of the next report", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(SAMPLE);
    const inspected = await inspectSources(workbook, "2023-01-20");
    await saveDecisions(workbook, correct(inspected.decisions, inspected.mappings, "EGT 2022", "ignore"));
    const outcome = await refreshReport(workbook, { today: "2023-01-20" });
    expect(outcome.summary.budget).toBeNull();
    expect(outcome.summary.mappings.find((m) => m.sheet === "EGT 2022")).toMatchObject({ status: "ignored" });
  });
});

describe("the confirmed mapping travels with the workbook in Excel (the add-in's custom XML part)", () => {
  it("is kept in the add-in's settings next to the sheet ownership, and read back by the next inspection", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Grunddaten", [["Grunddatum", "Jan 22", "Feb 22", "Mär 22"], ["ELB", 1000, 1010, 1020], ["Integrationen", 20, 22, 25]]);
    const port = createOfficeWorkbook({ run: fakeRunner(book).run, supports: () => true });
    const inspected = await inspectSources(port, "2023-01-20");
    await saveDecisions(port, confirmAll(inspected.mappings));
    const stored = storedState(book);
    // The sheet's kind and its whole layout: its one table, as read.
    expect(JSON.parse(stored?.settings.quellen ?? "")).toMatchObject([{ sheet: "Grunddaten", kind: "grunddaten", header: ["Grunddatum"], blocks: [{ extent: "A1:D3" }] }]);
    expect(book.worksheets.items.map((s) => s.name)).toEqual(["Grunddaten"]);
    expect((await inspectSources(port, "2023-01-20")).mappings[0].status).toBe("confirmed");
  });

  it("remembers the Berichtsmonat and Zielpfad of the last report for the ribbon's refresh", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Grunddaten", [["Grunddatum", "Jan 22", "Feb 22", "Mär 22"], ["ELB", 1000, 1010, 1020], ["Integrationen", 20, 22, 25]]);
    const port = createOfficeWorkbook({ run: fakeRunner(book).run, supports: () => true });
    await refreshReport(port, { reportMonth: "2022-02", cumulativeTargetPath: "seasonal" });
    const settings = storedState(book)?.settings;
    expect(settings).toMatchObject({ berichtsmonat: "2022-02", zielpfad: "seasonal" });
    const ribbon = await refreshReport(port, { useRememberedSettings: true });
    expect(ribbon.summary.reportMonth).toBe("2022-02");
  });
});
