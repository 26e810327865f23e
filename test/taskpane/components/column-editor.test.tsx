/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Why the options: see sources-step.test.tsx (uuid's ES module build under jsdom).
/**
 * "Spalten prüfen", the mapping editor of one sheet, in every state a controller meets: the model shown over the
 * sheet's first rows, a role changed, a column left out, a correction taken back, the header row chosen, a row left
 * out, a correction that did not help, and an unrecognised sheet made readable. Each runs on a real .xlsx through the
 * ExcelJS port: the correction is saved in the workbook, read back from it, and the pane re-reads the sheet, so what
 * the editor shows afterwards is what the readers took. Expected roles come from the layouts as a controller reads
 * them (test/sources/column-model.test.ts has the same layouts), not from the output.
 */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { MAPPING_SETTING, parseDecisions, type SheetDecision } from "../../../src/sources/source-mapping";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { de, openSampleWorkbook, renderPane, SLOW, sourceEntry, sourcesListed } from "./pane-fixtures";

type Rows = Array<Array<string | number | null>>;

async function openBook(sheets: Record<string, Rows>): Promise<XlsxWorkbook> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)));
  }
  return XlsxWorkbook.fromBuffer(new Uint8Array(await book.xlsx.writeBuffer()));
}

/** What the workbook keeps now: the decisions as the next refresh (or a colleague) reads them. */
async function savedDecisions(port: XlsxWorkbook): Promise<SheetDecision[]> {
  return parseDecisions((await port.readSheets({ sheets: [] })).state.settings[MAPPING_SETTING]).decisions;
}

/** "Änderungen speichern", where there is something to save; then what the workbook keeps. */
async function saved(editor: HTMLElement, port: XlsxWorkbook): Promise<SheetDecision[]> {
  const button = within(editor).queryByRole("button", { name: de.columns.model.save });
  if (button) {
    await userEvent.click(button);
    await waitFor(() => expect(within(editor).queryByRole("button", { name: de.columns.model.save })).toBeNull(), SLOW);
  }
  return savedDecisions(port);
}

async function openEditor(sheet: string): Promise<HTMLElement> {
  await sourcesListed(sheet);
  await userEvent.click(within(sourceEntry(sheet)).getByText(de.columns.open));
  const title = await screen.findByText(de.columns.title(sheet), {}, SLOW);
  return title.closest("section") as HTMLElement;
}

function roleSelect(editor: HTMLElement, column: string): HTMLSelectElement {
  return within(editor).getByLabelText(de.columns.roleLabel(column, null)) as HTMLSelectElement;
}

function roleShown(editor: HTMLElement, column: string): string {
  return roleSelect(editor, column).selectedOptions[0]?.textContent ?? "";
}

function columnEntry(editor: HTMLElement, column: string): HTMLElement {
  return roleSelect(editor, column).closest("li") as HTMLElement;
}

/** The preview cell as the user hovers it: its text and what it says is read from it. */
function cell(editor: HTMLElement, address: string): { text: string; title: string | null } {
  const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  const table = within(editor).getByRole("table");
  const columnIndex = [...table.querySelectorAll("thead th")].findIndex((th) => th.textContent === letters);
  const tr = [...table.querySelectorAll("tbody tr")].find((r) => r.querySelector(".row-number")?.textContent === row);
  const td = tr?.children[columnIndex] as HTMLElement | undefined;
  if (!td) throw new Error(`no cell ${address}`);
  return { text: td.textContent ?? "", title: td.getAttribute("title") };
}

function rowReason(editor: HTMLElement, row: number): string {
  const tr = [...within(editor).getByRole("table").querySelectorAll("tbody tr")].find((r) => r.querySelector(".row-number")?.textContent === String(row));
  return tr?.querySelector(".row-reason")?.textContent ?? "";
}

/** Ziel-Ist rows kept by hand: a title, the Zielwert of 2024, each month's Ist under a band "Ist 2024", a deviation column. */
const ZIEL_IST: Rows = [
  ["Zielnachhaltung 2024"],
  [],
  ["Kennzahl", "Zielwert 2024", "Ist 2024", null, null, "Abweichung"],
  [null, null, "Jan", "Feb", "Mär", null],
  ["Integrationsquote", 25, 2.1, 4.0, null, -21],
  ["Kundenzufriedenheit (KZI)", 2.0, 2.2, 2.1, null, 0.1],
];

describe("Spalten prüfen: the editor shows what is read", () => {
  it("shows each column's role and period, the cells read and the header cells over the sheet's first rows", async () => {
    renderPane(await openBook({ Zielnachhaltung: ZIEL_IST }));
    const editor = await openEditor("Zielnachhaltung");
    // The sheet as written, numbers as a German Excel shows them.
    expect(cell(editor, "A1").text).toBe("Zielnachhaltung 2024");
    expect(cell(editor, "C5")).toEqual({ text: "2,1", title: "C5: gelesen als Ist, Januar 2024" });
    expect(cell(editor, "B5")).toEqual({ text: "25", title: "B5: gelesen als Zielwert, 2024" });
    expect(cell(editor, "C4")).toEqual({ text: "Jan", title: "C4: Kopf der Spalte C" });
    // The deviation column is not read: no mark on its cells.
    expect(cell(editor, "F5")).toEqual({ text: "-21", title: null });
    expect(rowReason(editor, 3)).toBe("Kopfzeile");
    expect(["A", "B", "C", "D", "F"].map((c) => roleShown(editor, c))).toEqual(["Bezeichnung", "Zielwert", "Ist", "Ist", "nicht verwendet"]);
    expect(within(columnEntry(editor, "C")).getByText("„Ist 2024 › Jan“")).toBeTruthy();
    expect(within(columnEntry(editor, "C")).getByText("2 Werte aus C5:C6, Januar 2024")).toBeTruthy();
    expect(within(columnEntry(editor, "F")).getByText("nichts gelesen")).toBeTruthy();
    // Only what can be taken back offers "wie erkannt"; nothing is corrected yet.
    expect([...roleSelect(editor, "C").options].map((o) => o.textContent)).not.toContain("wie erkannt");
    expect((within(columnEntry(editor, "C")).getByLabelText("Zeitraum der Spalte C") as HTMLInputElement).value).toBe("Januar 2024");
  }, 60_000);
});

describe("Spalten prüfen on the sample workbook", () => {
  it("shows dates as dates where the model reads days or months: the case list's Eingang, the Grunddaten's month headers", async () => {
    renderPane(await openSampleWorkbook());
    // Excel serials: 43831 is 1 January 2020 (the first month header), 44501 is 1 November 2021 (the first Antragseingang).
    const grunddaten = await openEditor("Grunddaten");
    expect(cell(grunddaten, "D4").text).toBe("01.01.2020");
    expect(cell(grunddaten, "D5").text).toBe("6.990");
    await userEvent.click(within(grunddaten).getByText(de.columns.close));
    const cases = await openEditor("Fälle Leistungsanträge");
    expect(cell(cases, "C4")).toEqual({ text: "01.11.2021", title: "C4: gelesen als Eingang" });
    expect(cell(cases, "A4").text).toBe("LA-21-00001");
  }, 60_000);
});

describe("Spalten prüfen: corrections apply at once and are kept in the workbook", () => {
  it("a role changed: the header is read as the role's header, saved, and the sheet re-read with it", async () => {
    // "Orientierung" is no word the lexicon knows, and nothing on the sheet says "Ziel" (a sheet "Ziele" would be read as
    // Zielwerte without a header): the column is not used until the user says it holds the Zielwert.
    const port = await openBook({ Vorgaben: [["Kennzahl", "Orientierung", "Einheit"], ["Integrationsquote", 25, "%"], ["Kundenzufriedenheit", 2.0, "Note"]] });
    renderPane(port);
    const editor = await openEditor("Vorgaben");
    expect(roleShown(editor, "B")).toBe("nicht verwendet");
    await userEvent.selectOptions(roleSelect(editor, "B"), "Zielwert");
    await within(editor).findByText("„Orientierung“ gelesen als „Zielwert“", {}, SLOW);
    expect(await saved(editor, port)).toEqual([{ sheet: "Vorgaben", kind: "columns", columns: [{ cell: "B1", readAs: "Zielwert" }] }]);
    expect(roleShown(editor, "B")).toBe("Zielwert");
    expect(cell(editor, "B2").title).toMatch(/^B2: gelesen als Zielwert/);
    expect(within(sourceEntry("Vorgaben")).getByText(/^2 Zielwerte \(K2, KZI\)/)).toBeTruthy();
    // The year of the Zielwert, typed: the header is now read as "Zielwert 2024".
    const period = within(columnEntry(editor, "B")).getByLabelText("Zeitraum der Spalte B");
    await userEvent.clear(period);
    await userEvent.type(period, "2024{Enter}");
    await within(editor).findByText("„Orientierung“ gelesen als „Zielwert 2024“", {}, SLOW);
    expect(await saved(editor, port)).toEqual([{ sheet: "Vorgaben", kind: "columns", columns: [{ cell: "B1", readAs: "Zielwert 2024" }] }]);
    expect(within(columnEntry(editor, "B")).getByText("2 Werte aus B2:B3, 2024")).toBeTruthy();
  }, 60_000);

  it("a month under a band corrected: the month cell alone is relabelled, the band keeps saying Ist", async () => {
    const port = await openBook({ Zielnachhaltung: ZIEL_IST });
    renderPane(port);
    const editor = await openEditor("Zielnachhaltung");
    const period = within(columnEntry(editor, "D")).getByLabelText("Zeitraum der Spalte D");
    await userEvent.clear(period);
    await userEvent.type(period, "Juni 2024{Enter}");
    await within(editor).findByText("„Feb“ gelesen als „Juni 2024“", {}, SLOW);
    expect(await saved(editor, port)).toEqual([{ sheet: "Zielnachhaltung", kind: "columns", columns: [{ cell: "D4", readAs: "Juni 2024" }] }]);
    expect(cell(editor, "D5").title).toBe("D5: gelesen als Ist, Juni 2024");
  }, 60_000);

  it("a period that is none is refused in German, and nothing is saved", async () => {
    const port = await openBook({ Zielnachhaltung: ZIEL_IST });
    renderPane(port);
    const editor = await openEditor("Zielnachhaltung");
    const period = within(columnEntry(editor, "D")).getByLabelText("Zeitraum der Spalte D");
    await userEvent.clear(period);
    await userEvent.type(period, "irgendwann{Enter}");
    expect(within(columnEntry(editor, "D")).getByText(/^„irgendwann“ ist kein Zeitraum/)).toBeTruthy();
    expect(await savedDecisions(port)).toEqual([]);
  }, 60_000);

  it("a column left out is not read, and 'wie erkannt' takes it back", async () => {
    const port = await openBook({ Zielnachhaltung: ZIEL_IST });
    renderPane(port);
    const editor = await openEditor("Zielnachhaltung");
    await userEvent.selectOptions(roleSelect(editor, "C"), "nicht verwenden");
    await within(columnEntry(editor, "C")).findByText("nichts gelesen", {}, SLOW);
    expect(await saved(editor, port)).toEqual([{ sheet: "Zielnachhaltung", kind: "columns", columns: [{ column: "C", ignore: true }] }]);
    expect(roleShown(editor, "C")).toBe("nicht verwenden");
    expect(cell(editor, "C5").title).toBeNull();
    expect(within(sourceEntry("Zielnachhaltung")).getByText("vom Benutzer berichtigt: Spalte C nicht verwendet")).toBeTruthy();

    await userEvent.selectOptions(roleSelect(editor, "C"), "wie erkannt");
    await within(columnEntry(editor, "C")).findByText("2 Werte aus C5:C6, Januar 2024", {}, SLOW);
    expect(await saved(editor, port)).toEqual([]);
    expect(roleShown(editor, "C")).toBe("Ist");
    expect(cell(editor, "C5").title).toBe("C5: gelesen als Ist, Januar 2024");
  }, 60_000);

  it("a correction that did not help shows the column still not used, with what it was read as, and can be taken back", async () => {
    // A Ziel-Ist sheet has no dates of case files: "Abweichung" read as "Eingang" (of a case list) is taken by no reader.
    const port = await openBook({ Zielnachhaltung: ZIEL_IST });
    renderPane(port);
    const editor = await openEditor("Zielnachhaltung");
    await userEvent.selectOptions(roleSelect(editor, "F"), "Eingang");
    await within(editor).findByText("„Abweichung“ gelesen als „Eingang“", {}, SLOW);
    expect(roleShown(editor, "F")).toBe("nicht verwendet");
    expect(within(columnEntry(editor, "F")).getByText("nichts gelesen")).toBeTruthy();
    expect(cell(editor, "F3").title).toBe("F3: Kopf der Spalte F, gelesen als „Eingang“");
    expect(await saved(editor, port)).toEqual([{ sheet: "Zielnachhaltung", kind: "columns", columns: [{ cell: "F3", readAs: "Eingang" }] }]);

    await userEvent.selectOptions(roleSelect(editor, "F"), "wie erkannt");
    await within(columnEntry(editor, "F")).findByText("„Abweichung“", {}, SLOW);
    expect(await saved(editor, port)).toEqual([]);
  }, 60_000);

  it("the header row chosen: the rows above are greyed as above the header, and 'wie erkannt' takes it back", async () => {
    // A note above the table that looks like a header to the add-in.
    const port = await openBook({
      Ziele: [["Hinweis", "Kennzahl und Zielwert werden jährlich vereinbart", "siehe Protokoll"], [], ["Kennzahl", "Zielwert 2024"], ["Integrationsquote", 25], ["Kundenzufriedenheit", 2.0]],
    });
    renderPane(port);
    const editor = await openEditor("Ziele");
    const picker = within(editor).getByLabelText("Kopfzeile in Zeile") as HTMLSelectElement;
    await userEvent.selectOptions(picker, "Zeile 3");
    await within(editor).findAllByText("über der Kopfzeile", {}, SLOW);
    expect(await saved(editor, port)).toEqual([{ sheet: "Ziele", kind: "columns", columns: [{ headerRow: 3 }] }]);
    expect([rowReason(editor, 1), rowReason(editor, 3)]).toEqual(["über der Kopfzeile", "Kopfzeile"]);
    expect(picker.selectedOptions[0].textContent).toBe("Zeile 3");
    expect(cell(editor, "B4").title).toBe("B4: gelesen als Zielwert, 2024");

    await userEvent.selectOptions(picker, "wie erkannt");
    await within(editor).findByText(/^wie erkannt \(Zeile \d+\)$/, {}, SLOW);
    expect(await saved(editor, port)).toEqual([]);
    expect(rowReason(editor, 1)).not.toBe("über der Kopfzeile");
  }, 60_000);

  it("a row left out is greyed with its reason and not read; unticked, it is read again", async () => {
    const port = await openBook({ Zielnachhaltung: ZIEL_IST });
    renderPane(port);
    const editor = await openEditor("Zielnachhaltung");
    await userEvent.click(within(editor).getByLabelText("Zeile 5 nicht verwenden"));
    await within(editor).findByText("vom Benutzer ausgeschlossen", {}, SLOW);
    expect(await saved(editor, port)).toEqual([{ sheet: "Zielnachhaltung", kind: "columns", columns: [{ row: 5, ignore: true }] }]);
    // Only the Kundenzufriedenheit row is read now.
    expect(within(columnEntry(editor, "C")).getByText("1 Wert aus C6:C6, Januar 2024")).toBeTruthy();
    expect(cell(editor, "C5").title).toBeNull();

    await userEvent.click(within(editor).getByLabelText("Zeile 5 nicht verwenden"));
    await within(columnEntry(editor, "C")).findByText("2 Werte aus C5:C6, Januar 2024", {}, SLOW);
    expect(await saved(editor, port)).toEqual([]);
    expect(rowReason(editor, 5)).toBe("");
  }, 60_000);

  it("an unrecognised sheet made readable: its header's columns offered as not used, one correction makes it Zielwerte", async () => {
    const port = await openBook({ Vorgaben: [["Kennzahl", "Orientierungswert 2024"], ["Integrationsquote", 25], ["Kundenzufriedenheit", 2.0]] });
    renderPane(port);
    await sourcesListed("Vorgaben");
    expect(within(sourceEntry("Vorgaben")).getByText("nicht erkannt")).toBeTruthy();
    const editor = await openEditor("Vorgaben");
    expect([roleShown(editor, "A"), roleShown(editor, "B")]).toEqual(["nicht verwendet", "nicht verwendet"]);
    await userEvent.selectOptions(roleSelect(editor, "B"), "Zielwert");
    await within(editor).findByText("„Orientierungswert 2024“ gelesen als „Zielwert“", {}, SLOW);
    expect(await saved(editor, port)).toEqual([{ sheet: "Vorgaben", kind: "columns", columns: [{ cell: "B1", readAs: "Zielwert" }] }]);
    expect((within(sourceEntry("Vorgaben")).getByLabelText(de.sources.kindLabel("Vorgaben")) as HTMLSelectElement).selectedOptions[0].textContent).toBe("Zielwerte");
    expect([roleShown(editor, "A"), roleShown(editor, "B")]).toEqual(["Bezeichnung", "Zielwert"]);
    // Confirming keeps the corrected sheet as Zielwerte with its correction.
    await userEvent.click(screen.getByRole("button", { name: de.sources.confirm }));
    await screen.findByText("1 bestätigt", {}, SLOW);
    // Confirming keeps the corrected sheet as Zielwerte with its correction, and its table as read.
    expect(await saved(editor, port)).toMatchObject([{ sheet: "Vorgaben", kind: "zielwerte", header: ["Kennzahl", "Orientierungswert 2024"], columns: [{ cell: "B1", readAs: "Zielwert" }], blocks: [{ extent: "A1:B3" }] }]);
  }, 60_000);

  it("closes with 'Schließen' and opens again with the button, which says whether it is open", async () => {
    renderPane(await openBook({ Zielnachhaltung: ZIEL_IST }));
    const editor = await openEditor("Zielnachhaltung");
    const button = within(sourceEntry("Zielnachhaltung")).getByText(de.columns.open).closest("button") as HTMLButtonElement;
    expect(button.getAttribute("aria-expanded")).toBe("true");
    await userEvent.click(within(editor).getByText(de.columns.close));
    expect(screen.queryByText(de.columns.title("Zielnachhaltung"))).toBeNull();
    expect(button.getAttribute("aria-expanded")).toBe("false");
  }, 60_000);
});

describe("Spalten prüfen on the table model", () => {
  /** Days to the Erstberatung of the young per month, under a header that names no Kennzahl: nothing is read as written. */
  const UNNAMED: Rows = [
    ["Monat", "Wert"],
    ["Jan 2024", 9.1],
    ["Feb 2024", 8.7],
  ];

  it("a column's Kennzahl set in the editor: the figure appears at once, and is kept in the workbook only when saved", async () => {
    const port = await openBook({ Tabelle1: UNNAMED });
    renderPane(port);
    await sourcesListed("Tabelle1");
    expect(within(sourceEntry("Tabelle1")).getByText("nicht erkannt")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Spalten prüfen: Tabelle1" }));
    const editor = (await screen.findByText(de.columns.title("Tabelle1"), {}, SLOW)).closest("section") as HTMLElement;
    const table = within(editor).getByRole("region", { name: "Tabelle 1 (A1:B3)" });
    await userEvent.click(within(table).getByRole("button", { name: "Spalte B ändern" }));
    await userEvent.selectOptions(within(table).getByLabelText("Spalte B: Kennzahl"), "indicator:EB_U25");
    // Applied at once: the sheet is read again, the two months of column B are the Erstberatung U25.
    await within(sourceEntry("Tabelle1")).findByText(/Kennzahlen mit Ist-Werten \(EB_U25\)/, {}, SLOW);
    expect(within(table).getByText(/^2 Werte aus B2:B3/)).toBeTruthy();
    expect(within(table).getByText("Erstberatung U25 · Ist")).toBeTruthy();
    // …but not saved until the user says so.
    expect(within(editor).getByText(de.columns.model.unsaved)).toBeTruthy();
    expect(await savedDecisions(port)).toEqual([]);
    await userEvent.click(within(editor).getByRole("button", { name: de.columns.model.save }));
    await waitFor(() => expect(within(editor).queryByText(de.columns.model.unsaved)).toBeNull(), SLOW);
    expect(await savedDecisions(port)).toEqual([{ sheet: "Tabelle1", kind: "columns", columns: [], patches: [{ column: "B", set: { measure: { indicator: "EB_U25" } } }] }]);
  }, 60_000);

  it("every row is reachable a page at a time, and a row left out there is not read", async () => {
    const months = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];
    const rows: Rows = [["Monat", "ELB"], ...months.flatMap((m, i) => [[`${m} 2023`, 1000 + i], [`${m} 2024`, 2000 + i]])];
    const port = await openBook({ Bestand: rows });
    renderPane(port);
    const editor = await openEditor("Bestand");
    const table = within(editor).getByRole("region", { name: "Tabelle 1 (A1:B25)" });
    expect(within(table).getByText("Zeilen 2–11 von 24")).toBeTruthy();
    await userEvent.click(within(table).getByRole("button", { name: de.columns.model.nextRows }));
    await userEvent.click(within(table).getByRole("button", { name: de.columns.model.nextRows }));
    expect(within(table).getByText("Zeilen 22–25 von 24")).toBeTruthy();
    await userEvent.click(within(table).getByLabelText("Zeile 25 im Tabellenmodell nicht verwenden"));
    await within(table).findByText("nicht gelesen: vom Benutzer ausgelassen", {}, SLOW);
    expect(await saved(editor, port)).toEqual([{ sheet: "Bestand", kind: "columns", columns: [], patches: [{ rows: { from: 25, to: 25 }, leaveOut: true }] }]);
  }, 60_000);
});
