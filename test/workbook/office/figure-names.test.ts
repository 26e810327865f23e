/**
 * Defined names for report figures (src/report/figure-names.ts): `=SC_K2_Ist` in a user's sheet stays the
 * Integrationsquote's Ist across refreshes that move its row, where `='Ziel-Ist-Vergleich'!F12` points at another figure.
 */
import { computeReport } from "../../../src/pipeline/run-report";
import { figureNames } from "../../../src/report/figure-names";
import type { ReportPlan, SheetPlan } from "../../../src/report/plan";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { grunddatenSheet, workbook, zieleSheet } from "../../fixtures/workbook-read";
import { fakeRunner, FakeWorkbook } from "./fake-excel";

const REPORT = "Ziel-Ist-Vergleich";
const HEADER = ["Ziel / Kennzahl", "Code", "Einheit", "Richtung", "Ist VJ", "Ist", "Zielwert Jahr", "Soll zum Monat"];

/** The report's table with the given Kennzahlen (code, Ist) in order, under a group row. */
function plan(rows: Array<[string, number]>): ReportPlan {
  const sheet: SheetPlan = {
    key: "ziel-ist-vergleich",
    name: REPORT,
    cells: [[`${REPORT} 2022`], [], HEADER, ["Verbesserung der Integration"], ...rows.map(([code, ist]) => [`Kennzahl ${code}`, code, "%", "↑", null, ist, 12, 3]), [], ["Ist: Jahresfortschrittswert"]],
    styles: [],
    columnWidths: [30, 8],
    conditionalFormats: [],
    charts: [],
  };
  return { sheets: [sheet] };
}

async function render(book: FakeWorkbook, rows: Array<[string, number]>) {
  await createOfficeWorkbook({ run: fakeRunner(book).run, supports: () => true }).render(plan(rows));
}

describe("names for the report's figures", () => {
  it("are given to every figure of the real Ziel-Ist-Vergleich, by code and column", () => {
    const sheet = computeReport(workbook(grunddatenSheet(), zieleSheet())).plan.sheets.find((s) => s.key === "ziel-ist-vergleich") as SheetPlan;
    const names = figureNames(sheet);
    const k2 = names.find((n) => n.name === "SC_K2_Ist");
    expect(k2 && sheet.cells[k2.row][0]).toBe("Integrationsquote");
    expect(k2 && sheet.cells[k2.row][k2.col]).toBeCloseTo(0.027, 9);
    expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(["SC_K2_Soll", "SC_K2_Ampel", "SC_LZB_Ist", "SC_K1_Ist"]));
    expect(new Set(names.map((n) => n.name.toLowerCase())).size).toBe(names.length);
  });

  it("keep a user's formula on its figure when a refresh moves the figure's row", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Grunddaten", [["ELB", 7490]]);
    await render(book, [["K2", 0.027], ["K1", 315000]]);
    const notes = book.addSheet("Notizen", [["=SC_K2_Ist"], [`='${REPORT}'!F5`]]);
    book.recalculate();
    expect([notes.cell(0, 0).value, notes.cell(1, 0).value]).toEqual([0.027, 0.027]);

    await render(book, [["LZB", 580], ["K2", 0.031], ["K1", 320000]]);
    book.recalculate();
    expect(notes.cell(0, 0).value).toBe(0.031);
    // What the name protects against: the cell reference now shows another figure.
    expect(notes.cell(1, 0).value).toBe(580);
    expect(book.names.get("sc_k2_ist")?.formula).toBe(`='${REPORT}'!$F$6`);
  });

  it("are removed with their figure, so a formula on a figure no longer reported says #NAME? instead of a wrong number", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Grunddaten", [["ELB", 7490]]);
    await render(book, [["K2", 0.027], ["K1", 315000]]);
    const notes = book.addSheet("Notizen", [["=SC_K1_Ist"]]);
    await render(book, [["K2", 0.031]]);
    book.recalculate();
    expect(notes.cell(0, 0).value).toBe("#NAME?");
    expect(book.names.has("sc_k2_ist")).toBe(true);
  });
});
