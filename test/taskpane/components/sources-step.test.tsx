/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Why the options: under jsdom, jest resolves packages with the "browser" export condition, which picks uuid's ES module
// build (pulled in by ExcelJS) that jest cannot load. The node build is what the CLI runs; React and Fluent are the same.
/**
 * The "Quellen" step as a controller sees it on the sample workbook: every sheet with what the add-in takes it for,
 * how sure it is and why; confirming the mapping keeps it in the file; "nicht verwenden" keeps a sheet out of the
 * report; an empty workbook offers the template; a workbook that cannot be read says why, in German.
 */
import "./setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import type { WorkbookPort } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { de, kindShownFor, openSampleWorkbook, renderPane, resultShown, SLOW, sourceEntry, sourcesListed } from "./pane-fixtures";

// The sample's sheets (scripts/make-sample-workbook.ts): six sources and the "Hinweise" sheet with prose only.
const SOURCES = ["Grunddaten", "Ziele 2022", "EGT 2022", "EGT Monatswerte", "Qualität", "Fälle Leistungsanträge"];

describe("Quellen on the sample workbook", () => {
  it("lists every sheet with the kind it was taken for and asks to confirm the six sources", async () => {
    renderPane(await openSampleWorkbook());
    await sourcesListed("Grunddaten");
    expect(screen.getByText("6 erkannt – bitte bestätigen")).toBeTruthy();
    expect(SOURCES.map((sheet) => [sheet, kindShownFor(sheet)])).toEqual([
      ["Grunddaten", "Grunddaten"],
      ["Ziele 2022", "Zielwerte"],
      ["EGT 2022", "EGT-Budget"],
      ["EGT Monatswerte", "EGT-Mittelabfluss"],
      ["Qualität", "Qualitätskennzahlen"],
      ["Fälle Leistungsanträge", "Fallliste"],
    ]);
    for (const sheet of SOURCES) expect(within(sourceEntry(sheet)).getByText("erkannt, nicht bestätigt")).toBeTruthy();
    expect(kindShownFor("Hinweise")).toBe("– nicht erkannt –");
    expect(within(sourceEntry("Hinweise")).getByText("keine Grunddaten, Zielwerte, Budget- oder Falldaten erkannt")).toBeTruthy();
  });

  it("says how sure it is and why, sheet by sheet", async () => {
    renderPane(await openSampleWorkbook());
    await sourcesListed("Grunddaten");
    // 11 Grunddaten rows (elb … abg_elb) reported January 2020 through October 2022 (REPORTED_MONTHS = 34), in the
    // standard layout; its one gap is written "k.A.", a no-value mark (src/domain/cell-values.ts), not a problem.
    const grunddaten = within(sourceEntry("Grunddaten"));
    expect(grunddaten.getByText("sicher")).toBeTruthy();
    expect(grunddaten.getByText(/^11 Zeilen mit Monatswerten \(ELB, .*\), Januar 2020 – Oktober 2022$/)).toBeTruthy();
    expect(grunddaten.getByText("Kopfzeile ab A4: Grunddatum | Kürzel | Einheit")).toBeTruthy();
    // 13 instruments in scripts/sample/budget.ts, under a Mittelherleitung that starts with the Zuteilung.
    const egt = within(sourceEntry("EGT 2022"));
    expect(egt.getByText("13 Instrumente mit Plan für 2022")).toBeTruthy();
    expect(egt.getByText("Mittelherleitung mit Zuteilung")).toBeTruthy();
    // MONTHLY_PROFILE has ten months, January to October, each cumulative value above the one before.
    const months = within(sourceEntry("EGT Monatswerte"));
    expect(months.getByText("kumulierter Mittelabfluss für 10 Monate")).toBeTruthy();
    expect(months.getByText("sicher")).toBeTruthy();
    // The case export carries two slips (a Bescheid before the Eingang, a missing Eingang), each a warning: still
    // used, but "wahrscheinlich" rather than "sicher".
    expect(within(sourceEntry("Fälle Leistungsanträge")).getByText("wahrscheinlich")).toBeTruthy();
    // A sheet that was not recognised gets no confidence badge at all.
    for (const badge of ["sicher", "wahrscheinlich", "unsicher"]) expect(within(sourceEntry("Hinweise")).queryByText(badge)).toBeNull();
  });

  it("'Zuordnung bestätigen' keeps the mapping in the file: a colleague reopening it sees it confirmed", async () => {
    const port = await openSampleWorkbook();
    const first = renderPane(port);
    await sourcesListed("Grunddaten");
    await userEvent.click(screen.getByRole("button", { name: "Zuordnung bestätigen" }));
    await screen.findByText("6 bestätigt", {}, SLOW);
    for (const sheet of SOURCES) expect(within(sourceEntry(sheet)).getByText("bestätigt")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Zuordnung bestätigen" })).toBeNull();
    expect(screen.getByText(de.sources.allConfirmed)).toBeTruthy();
    // Confirmed: the list folds to its one summary line.
    expect((screen.getByText("6 bestätigt").closest("details") as HTMLDetailsElement).open).toBe(false);
    first.unmount();

    renderPane(await XlsxWorkbook.fromBuffer(await port.toBuffer()));
    await sourcesListed("Grunddaten");
    expect(screen.getByText("6 bestätigt")).toBeTruthy();
    expect(within(sourceEntry("EGT 2022")).getByText("bestätigt")).toBeTruthy();
  });

  it("'nicht verwenden' for the EGT sheet takes the budget out of the next report", async () => {
    renderPane(await openSampleWorkbook());
    await sourcesListed("EGT 2022");
    await userEvent.click(screen.getByRole("button", { name: "Bericht erstellen" }));
    await resultShown();
    expect(screen.getByText(/^EGT: Plan /)).toBeTruthy();

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Art der Quelle im Blatt EGT 2022" }), "nicht verwenden");
    await within(sourceEntry("EGT 2022")).findByText("wird nicht verwendet", {}, SLOW);
    expect(kindShownFor("EGT 2022")).toBe("nicht verwenden");
    await userEvent.click(screen.getByRole("button", { name: "Aktualisieren" }));
    await resultShown();
    expect(screen.getByRole("heading", { name: /^Ergebnis / })).toBeTruthy();
    expect(screen.queryByText(/^EGT: Plan /)).toBeNull();
    expect(screen.queryByText(/^EGT 2022: /)).toBeNull();
  });
});

describe("Quellen on other workbooks", () => {
  it("an empty workbook: 'keine erkannt', what to do, and the template button that adds the sheets", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Tabelle1");
    renderPane(await XlsxWorkbook.fromBuffer(new Uint8Array(await book.xlsx.writeBuffer())));
    await sourcesListed("Tabelle1");
    expect(screen.getByText("keine erkannt")).toBeTruthy();
    expect(screen.getByText(de.sources.empty)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Zuordnung bestätigen" })).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Vorlage einfügen" }));
    // It asks first, naming the sheets it would add.
    const dialog = await screen.findByRole("dialog", {}, SLOW);
    expect(within(dialog).getByText(/^Diese leeren Blätter im Standardaufbau werden eingefügt: Grunddaten, Ziele \d{4}, EGT \d{4}, Qualität\.$/)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole("button", { name: "Einfügen" }));
    expect(await screen.findByText(/^Vorlage eingefügt: Grunddaten, /, {}, SLOW)).toBeTruthy();
    await sourcesListed("Grunddaten");
    expect(screen.getByRole("combobox", { name: "Art der Quelle im Blatt Tabelle1" })).toBeTruthy();
  });

  it("a second 'Vorlage einfügen' adds no '(2)' copies: the sheets are there already, nothing is inserted", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Tabelle1");
    const port = await XlsxWorkbook.fromBuffer(new Uint8Array(await book.xlsx.writeBuffer()));
    renderPane(port);
    await sourcesListed("Tabelle1");
    await userEvent.click(screen.getByRole("button", { name: "Vorlage einfügen" }));
    await userEvent.click(within(await screen.findByRole("dialog", {}, SLOW)).getByRole("button", { name: "Einfügen" }));
    await screen.findByText(/^Vorlage eingefügt: /, {}, SLOW);
    await sourcesListed("Grunddaten");
    await userEvent.click(screen.getByRole("button", { name: "Vorlage einfügen" }));
    expect(await screen.findByText(/^Die Vorlagenblätter gibt es in dieser Arbeitsmappe schon \(Grunddaten, /, {}, SLOW)).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
    const { sheetNames } = await port.readSheets({ sheets: [] });
    expect(sheetNames.filter((n) => / \(2\)$/.test(n))).toEqual([]);
  });

  it("a workbook Excel cannot read: the German reason instead of the list", async () => {
    const reason = "Ein Blatt oder eine Tabelle wurde nicht gefunden – wurde es während der Aktualisierung umbenannt oder gelöscht?";
    const failing: WorkbookPort = {
      readSheets: () => Promise.reject(new Error(reason)),
      render: () => Promise.reject(new Error("not expected")),
    };
    renderPane(failing);
    expect(await screen.findByText(reason, {}, SLOW)).toBeTruthy();
    expect(screen.queryByText(de.sources.loading)).toBeNull();
    expect(screen.queryByRole("combobox", { name: /^Art der Quelle/ })).toBeNull();
  });
});
