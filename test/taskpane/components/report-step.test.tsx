/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Why the options: under jsdom, jest resolves packages with the "browser" export condition, which picks uuid's ES module
// build (pulled in by ExcelJS) that jest cannot load. The node build is what the CLI runs; React and Fluent are the same.
/**
 * The "Bericht" step: the Berichtsmonat is checked as it is typed, at least one report sheet must be chosen, only the
 * chosen sheets are written, the pane says what it is doing while a refresh runs, and the button then offers to refresh.
 */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReportPlan } from "../../../src/report/plan";
import type { RenderResult, WorkbookRead } from "../../../src/workbook/port";
import { grunddatenSheet, workbook, zieleSheet } from "../../fixtures/workbook-read";
import { de, FixturePort, gate, openSampleWorkbook, renderPane, resultShown, sourcesListed } from "./pane-fixtures";

const REPORT_SHEETS = ["Ziel-Ist-Vergleich", "Kennzahlen §48a", "Bearbeitungszeiten", "EGT-Controlling", "Vergleich"];

/** Grunddaten Jan 2021 – Mar 2022 and Zielwerte 2022 (test/fixtures/workbook-read.ts). */
const controllerSheets = () => new FixturePort(workbook(grunddatenSheet(), zieleSheet()));

// By text, not role: a role query asks jsdom for every candidate's computed style (see pane-fixtures.tsx).
const createButton = () => screen.getByText("Bericht erstellen").closest("button") as HTMLButtonElement;

/**
 * The box a user clicks beside a report sheet's name. Found through the visible name next to it, not through its
 * accessible name: all four boxes share one id, so their labels all point at the first box (pinned by the
 * it.failing test below; clicking the box itself works).
 */
function reportSheetBox(name: string): HTMLInputElement {
  const label = within(screen.getByRole("group", { name: "Berichtsblätter" })).getByText(name);
  const box = label.parentElement?.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (!box) throw new Error(`no box beside ${name}`);
  return box;
}

describe("Berichtsmonat", () => {
  const month = () => screen.getAllByLabelText("Berichtsmonat").find((e) => e.tagName === "INPUT") as HTMLInputElement;
  /**
   * What the field holds once the user has typed `text`. One change event rather than userEvent.type: every keystroke
   * opens and positions Fluent's listbox, which in jsdom costs seconds per character.
   */
  const typeMonth = (text: string) => fireEvent.change(month(), { target: { value: text } });

  it("defaults to the last month with data, steps back and forth within the months with data", async () => {
    renderPane(controllerSheets());
    await sourcesListed("Grunddaten");
    // The fixture's Grunddaten run January 2021 – March 2022.
    expect(month().value).toBe("März 2022");
    expect(screen.getByText("Daten: Januar 2021 – März 2022. Auch „10/2022“ oder „Okt 2022“.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Nächster Monat" }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "Vorheriger Monat" }));
    expect(month().value).toBe("Februar 2022");
    await userEvent.click(createButton());
    await resultShown();
    expect(screen.getByRole("heading", { name: "Ergebnis Februar 2022" })).toBeTruthy();
  });

  it("reads German forms ('02/2022', 'Feb 2022'), refuses what is no month and a month without data, with the button disabled", async () => {
    renderPane(controllerSheets());
    await sourcesListed("Grunddaten");
    // Emptied, the field stays empty (and means the latest month with data) instead of filling itself again.
    typeMonth("");
    expect(month().value).toBe("");
    expect(createButton().disabled).toBe(false);
    typeMonth("2022-13");
    expect(screen.getByText(de.month.invalid)).toBeTruthy();
    expect(createButton().disabled).toBe(true);

    typeMonth("Okt 2022");
    expect(screen.getByText("Für Oktober 2022 enthält die Arbeitsmappe keine Daten (Daten: Januar 2021 – März 2022).")).toBeTruthy();
    expect(createButton().disabled).toBe(true);

    for (const typed of ["02/2022", "Feb 2022"]) {
      typeMonth(typed);
      expect(createButton().disabled).toBe(false);
    }
    await userEvent.click(createButton());
    await resultShown();
    // The chosen month wins over the latest one.
    expect(screen.getByRole("heading", { name: "Ergebnis Februar 2022" })).toBeTruthy();
  });
});

/** The report sheets and the Zielpfad are folded under "Weitere Einstellungen". */
async function openSettings(): Promise<void> {
  await userEvent.click(screen.getByText("Weitere Einstellungen"));
}

describe("Berichtsblätter", () => {
  it("with every report sheet unchecked, says that one is needed and disables the button", async () => {
    renderPane(controllerSheets());
    await sourcesListed("Grunddaten");
    await openSettings();
    for (const name of REPORT_SHEETS) await userEvent.click(reportSheetBox(name));
    expect(screen.getAllByText("Bitte mindestens ein Berichtsblatt wählen.").length).toBeGreaterThan(0);
    expect(createButton().disabled).toBe(true);

    await userEvent.click(reportSheetBox("EGT-Controlling"));
    expect(screen.queryByText("Bitte mindestens ein Berichtsblatt wählen.")).toBeNull();
    expect(createButton().disabled).toBe(false);
  });

  it("writes only the two sheets chosen into the workbook, and says so", async () => {
    const port = await openSampleWorkbook();
    renderPane(port);
    await sourcesListed("Grunddaten");
    await openSettings();
    await userEvent.click(reportSheetBox("Kennzahlen §48a"));
    await userEvent.click(reportSheetBox("Bearbeitungszeiten"));
    await userEvent.click(createButton());
    await resultShown();
    expect(screen.getByText(/^Geschrieben:/).textContent).toBe("Geschrieben: Ziel-Ist-Vergleich, EGT-Controlling");
    const { sheetNames } = await port.readSheets({ sheets: [] });
    expect(sheetNames).toEqual(expect.arrayContaining(["Ziel-Ist-Vergleich", "EGT-Controlling"]));
    expect(sheetNames).not.toContain("Kennzahlen §48a");
    expect(sheetNames).not.toContain("Bearbeitungszeiten");
  });

  // Product bug (src/taskpane/components/ReportForm.tsx): every Checkbox inside the Field takes the Field's control id,
  // so the four boxes share one id; a click on the words "Kennzahlen §48a" toggles "Ziel-Ist-Vergleich", and screen
  // readers name only the first box. it.failing passes while the bug is there; when it is fixed, make this a plain it.
  it("each report sheet's box is named by, and toggled through, its own label", async () => {
    renderPane(controllerSheets());
    await sourcesListed("Grunddaten");
    await openSettings();
    await userEvent.click(within(screen.getByRole("group", { name: "Berichtsblätter" })).getByText("Kennzahlen §48a"));
    // queryByRole: a failing getByRole would print the whole pane, which takes jsdom half a minute.
    expect((screen.queryByRole("checkbox", { name: "Kennzahlen §48a" }) as HTMLInputElement | null)?.checked).toBe(false);
    expect((screen.queryByRole("checkbox", { name: "Ziel-Ist-Vergleich" }) as HTMLInputElement | null)?.checked).toBe(true);
  });
});

/** Holds the refresh after the pane's first look at the sources: reading, then writing, each until the test lets go. */
class HeldPort extends FixturePort {
  readonly reading = gate();
  readonly writing = gate();
  private reads = 0;

  override async readSheets(): Promise<WorkbookRead> {
    if (++this.reads > 1) await this.reading.opened;
    return super.readSheets();
  }

  override async render(plan: ReportPlan): Promise<RenderResult> {
    await this.writing.opened;
    return super.render(plan);
  }
}

describe("while a refresh runs", () => {
  it("shows what it is doing in place of the button, then offers 'Aktualisieren'", async () => {
    const port = new HeldPort(workbook(grunddatenSheet(), zieleSheet()));
    renderPane(port);
    await sourcesListed("Grunddaten");
    await userEvent.click(createButton());

    await screen.findByText(de.steps.lesen);
    expect(screen.getByRole("progressbar", { name: de.steps.lesen })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Bericht erstellen" })).toBeNull();
    port.reading.open();
    await screen.findByText(de.steps.schreiben);
    expect(screen.getByRole("progressbar", { name: de.steps.schreiben })).toBeTruthy();
    expect(screen.queryByRole("progressbar", { name: de.steps.lesen })).toBeNull();
    port.writing.open();

    await resultShown();
    expect(screen.getByRole("button", { name: "Aktualisieren" })).toBeTruthy();
    expect(screen.queryByRole("progressbar", { name: de.steps.schreiben })).toBeNull();
    expect(screen.queryByRole("button", { name: "Bericht erstellen" })).toBeNull();
    expect(screen.getByRole("heading", { name: "Ergebnis März 2022" })).toBeTruthy();
  });
});
