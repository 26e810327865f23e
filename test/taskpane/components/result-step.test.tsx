/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Why the options: under jsdom, jest resolves packages with the "browser" export condition, which picks uuid's ES module
// build (pulled in by ExcelJS) that jest cannot load. The node build is what the CLI runs; React and Fluent are the same.
/**
 * The "Ergebnis" step: status counts, the indicators that need attention, the EGT headline, the notes on the source
 * data (a click shows the cell where Excel can show one), a failed run in German, a workbook with nothing to report,
 * and the same pane in English.
 */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { INSTRUMENTS } from "../../../scripts/sample/budget";
import { strings } from "../../../src/taskpane/strings";
import type { RenderResult } from "../../../src/workbook/port";
import { grunddatenSheet, sheet, workbook, zieleSheet } from "../../fixtures/workbook-read";
import { de, FixturePort, openSampleWorkbook, renderPane, resultShown, SelectingPort, SLOW, sourcesListed } from "./pane-fixtures";

const en = strings("en-US");

async function createReport(label = "Bericht erstellen"): Promise<void> {
  await userEvent.click(screen.getByRole("button", { name: label }));
  await resultShown(label === "Bericht erstellen" ? undefined : en);
}

/** The Ampel shown beside an indicator's name. */
function statusBeside(name: string): string {
  const entry = screen.getByText(name).closest("li");
  return entry?.querySelector(".fui-Badge")?.textContent ?? "";
}

/** An indicator's figures as "Ist 2,7 %" … pairs. */
function figuresOf(name: string): Record<string, string> {
  const entry = screen.getByText(name).closest("li");
  return Object.fromEntries([...(entry?.querySelectorAll(".figures > div") ?? [])].map((d) => [d.querySelector("dt")?.textContent, d.querySelector("dd")?.textContent]));
}

/**
 * The fixture's figures for March 2022 (test/fixtures/workbook-read.ts, worked out in test/report/build-report.test.ts):
 * Integrationsquote 2,7 % against the linear Soll 3,0 %, inside the 0,5 pp band → gefährdet; LZB 580 against 585,
 * lower is better → im Plan; LLU 315.000 € against 300.000 € a year before, a Monitoring without Zielwert → Beobachtung
 * (not "verfehlt"); the quotas of women and men have no Grunddaten → keine Daten. No quality figures.
 */
describe("the result of a controller's sheets", () => {
  it("shows every indicator with Ist, Soll, Δ in pp and Zielerreichung, monitoring neutral, and why data is missing", async () => {
    renderPane(new FixturePort(workbook(grunddatenSheet(), zieleSheet())));
    await sourcesListed("Grunddaten");
    await createReport();
    expect(screen.getByRole("heading", { name: "Ergebnis März 2022" })).toBeTruthy();
    for (const count of ["1 im Plan", "1 gefährdet", "1 Beobachtung", "2 keine Daten"]) expect(screen.getByText(count)).toBeTruthy();
    expect(screen.queryByText(/verfehlt$/)).toBeNull();
    expect(statusBeside("Integrationsquote")).toBe("gefährdet");
    // 2,7 − 3,0 = −0,3 pp; 2,7 ÷ 3,0 = 90 %.
    // Prognose without a previous year: linear, 2,7 % × 12 ÷ 3 = 10,8 % against the Zielwert 12 % → "nein".
    expect(figuresOf("Integrationsquote")).toEqual({ Ist: "2,7 %", Soll: "3,0 %", "Δ Soll": "−0,30 pp", Vorjahr: "–", "Δ Vorjahr": "–", Zielerreichung: "90,0 %", "Prognose Dez.": "10,8 %", "Ziel erreicht voraussichtlich": "nein" });
    expect(statusBeside("Bestand Langzeitleistungsbeziehende")).toBe("im Plan");
    expect(figuresOf("Bestand Langzeitleistungsbeziehende")).toMatchObject({ Ist: "580 Personen", Soll: "585 Personen", "Δ Soll": "−5,0 Personen" });
    // Monitoring: no Soll, the previous year beside it (315.000 ÷ 300.000 − 1 = +5 %), amounts with two decimals, no Zielerreichung.
    expect(statusBeside("Summe Leistungen zum Lebensunterhalt")).toBe("Beobachtung");
    const llu = figuresOf("Summe Leistungen zum Lebensunterhalt");
    expect(llu).toMatchObject({ Ist: "315.000,00 €", Vorjahr: "300.000,00 €", "Δ Vorjahr": "+5,0 %" });
    expect(Object.keys(llu)).not.toContain("Soll");
    expect(Object.keys(llu)).not.toContain("Ziel erreicht voraussichtlich");
    expect(statusBeside("Integrationsquote Frauen")).toBe("keine Daten");
    // Why: the engine names what is missing, instead of the pane guessing.
    expect(within(screen.getByText("Integrationsquote Frauen").closest("li") as HTMLElement).getByText("Die Grunddaten „Integrationen (Frauen)“ fehlen in der Arbeitsmappe.")).toBeTruthy();
    // No EGT sheet in this workbook: no budget headline.
    expect(screen.queryByText(/^EGT: /)).toBeNull();
  });

  it("moves focus to the result's heading after the run and announces the result", async () => {
    renderPane(new FixturePort(workbook(grunddatenSheet(), zieleSheet())));
    await sourcesListed("Grunddaten");
    await createReport();
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Ergebnis März 2022" }));
    expect(screen.getByRole("status").textContent).toBe("Bericht für März 2022 erstellt: 1 im Plan, 1 gefährdet, 1 Beobachtung, 2 keine Daten.");
  });

  it("in Excel, the report is shown after the run, a note names its cell and a click shows it, written sheets and indicators are links", async () => {
    // "zwölf" in LZB March 2022: row 7 (two title lines, a blank, the header, ELB, Integrationen, LZB), column Q
    // (label, Kürzel, then Jan 2021 in C … March 2022, the 15th month, in Q).
    const port = new SelectingPort(workbook(grunddatenSheet({ lzbMarch2022: "zwölf" }), zieleSheet()));
    renderPane(port);
    await sourcesListed("Grunddaten");
    await createReport();
    await waitFor(() => expect(port.selected).toEqual([["Ziel-Ist-Vergleich", "A1"]]));
    await userEvent.click(screen.getByRole("button", { name: "Zelle Grunddaten!Q7 anzeigen" }));
    expect(port.selected[1]).toEqual(["Grunddaten", "Q7"]);

    await userEvent.click(screen.getByRole("button", { name: "Integrationsquote im Bericht anzeigen" }));
    const [sheetName, cell] = port.selected[2];
    expect(sheetName).toBe("Ziel-Ist-Vergleich");
    const written = port.plans[port.plans.length - 1].sheets.find((s) => s.name === "Ziel-Ist-Vergleich");
    const row = Number(/^A(\d+)$/.exec(cell)?.[1]);
    expect(written?.cells[row - 1][0]).toBe("Integrationsquote");

    await userEvent.click(screen.getByRole("button", { name: "Blatt Ziel-Ist-Vergleich anzeigen" }));
    expect(port.selected[3]).toEqual(["Ziel-Ist-Vergleich", "A1"]);
  });

  it("outside Excel (no way to show a cell), the same note is plain text and sheet names are not links", async () => {
    renderPane(new FixturePort(workbook(grunddatenSheet({ lzbMarch2022: "zwölf" }), zieleSheet())));
    await sourcesListed("Grunddaten");
    await createReport();
    expect(screen.getByText(/Grunddaten!Q7/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^(Zelle|Blatt) .* anzeigen$/ })).toBeNull();
  });

  it("a change of a setting after the run marks the result outdated until the next run", async () => {
    renderPane(new FixturePort(workbook(grunddatenSheet(), zieleSheet())));
    await sourcesListed("Grunddaten");
    await createReport();
    await userEvent.click(screen.getByRole("button", { name: "Vorheriger Monat" }));
    expect(screen.getByText(de.outdated)).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe(de.announceOutdated);
    await userEvent.click(screen.getByRole("button", { name: "Aktualisieren" }));
    await screen.findByText("Ergebnis Februar 2022", {}, SLOW);
    expect(screen.queryByText(de.outdated)).toBeNull();
  });
});

describe("the result on the sample workbook", () => {
  it("shows the EGT headline, the quotas the sample was built to miss, and its two case slips by cell", async () => {
    renderPane(await openSampleWorkbook());
    await sourcesListed("Grunddaten");
    await createReport();
    // scripts/sample/budget.ts: gebunden = Ist Jan–Okt + Bindung of every instrument, verfügbar = Plan − that.
    const plan = INSTRUMENTS.reduce((sum, i) => sum + i.plan, 0);
    const bound = INSTRUMENTS.reduce((sum, i) => sum + Math.round(i.plan * i.paid) + Math.round(i.plan * i.bound), 0);
    expect(plan).toBe(6_488_398);
    expect(screen.getByText(`EGT: Plan ${euro(plan)}, gebunden (Ist + Bindung) ${euro(bound)}, verfügbar ${euro(plan - bound)}`)).toBeTruthy();
    // The sample holds 2021, so the Zielpfad is seasonal (the previous year's cumulative shares): the October Soll of
    // the Integrationsquote is 23,1 % × JFW Okt 2021 ÷ JFW Dez 2021 = 20,1 %, and the Ist of 19,7 % is 0,4 pp behind,
    // inside the 0,5 pp tolerance; women and men miss their seasonal paths by more than it.
    expect(statusBeside("Integrationsquote Frauen")).toBe("verfehlt");
    expect(statusBeside("Integrationsquote Männer")).toBe("verfehlt");
    expect(statusBeside("Integrationsquote")).toBe("gefährdet");
    expect(statusBeside("Summe Leistungen zum Lebensunterhalt")).toBe("Beobachtung");
    // Case 120 (row 124) has its Bescheid before the Eingang, case 240 (row 244) no Eingang; the .xlsx port cannot
    // select a cell, so both are named as text.
    expect(screen.getByText(/^Fälle Leistungsanträge!D124/)).toBeTruthy();
    expect(screen.getByText(/^Fälle Leistungsanträge!C244/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Zelle .* anzeigen$/ })).toBeNull();
  });

  it("outside Excel, an indicator opens a preview of its row in the report sheet written into the file", async () => {
    renderPane(await openSampleWorkbook());
    await sourcesListed("Grunddaten");
    await createReport();
    await userEvent.click(screen.getByRole("button", { name: "Integrationsquote Frauen im Bericht anzeigen" }));
    const dialog = await screen.findByRole("dialog", {}, SLOW);
    expect(within(dialog).getByText("Vorschau: Ziel-Ist-Vergleich")).toBeTruthy();
    const first = await waitFor(() => {
      const row = dialog.querySelector("table.preview tr");
      if (!row) throw new Error("no preview yet");
      return row;
    }, SLOW);
    // The row's first cell, under the report's first column heading.
    expect(first.querySelector("td")?.textContent).toBe("Integrationsquote Frauen");
    expect(first.querySelector("th")?.textContent).not.toMatch(/^Spalte /);
  });
});

/** "6488398" → "6.488.398,00 €", written out here rather than with the pane's own formatter. */
function euro(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+$)/g, ".")},00 €`;
}

/** Reads fine, but Excel refuses to write (a protected sheet). */
class ProtectedPort extends FixturePort {
  constructor(private readonly failure: unknown) {
    super(workbook(grunddatenSheet(), zieleSheet()));
  }

  override async render(): Promise<RenderResult> {
    throw this.failure;
  }
}

describe("when nothing can be shown", () => {
  it("a run Excel refuses shows Excel's German reason in an alert, and the user can try again", async () => {
    const reason = "Das Blatt „Ziel-Ist-Vergleich“ ist geschützt. Heben Sie den Blattschutz auf (Überprüfen → Blattschutz aufheben) oder lassen Sie das Steuerungscockpit den Bericht in ein neues Blatt schreiben.";
    renderPane(new ProtectedPort(new Error(reason)));
    await sourcesListed("Grunddaten");
    await userEvent.click(screen.getByRole("button", { name: "Bericht erstellen" }));
    expect((await screen.findByText(reason)).closest('[role="alert"]')).toBeTruthy();
    expect(screen.queryByRole("heading", { name: /^Ergebnis/ })).toBeNull();
    expect((screen.getByRole("button", { name: "Bericht erstellen" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("a failure without a message still tells the user, in German, that the report was not created", async () => {
    renderPane(new ProtectedPort({ code: "GeneralException" }));
    await sourcesListed("Grunddaten");
    await userEvent.click(screen.getByRole("button", { name: "Bericht erstellen" }));
    expect((await screen.findByText("Der Bericht konnte nicht erstellt werden.")).closest('[role="alert"]')).toBeTruthy();
  });

  it("a workbook with nothing to report says so and writes nothing", async () => {
    const port = new FixturePort(workbook(sheet("Tabelle1", [["Hallo"]])));
    renderPane(port);
    await sourcesListed("Tabelle1");
    await createReport();
    expect(screen.getByText("In dieser Arbeitsmappe wurden keine Grunddaten oder Budgetdaten erkannt.")).toBeTruthy();
    expect(screen.queryByText(/^Geschrieben:/)).toBeNull();
    expect(port.plans).toEqual([]);
  });
});

describe("in English", () => {
  it("the pane, its steps and the result speak English when Office does", async () => {
    renderPane(new FixturePort(workbook(grunddatenSheet(), zieleSheet())), en);
    await sourcesListed("Grunddaten", en);
    expect(screen.getByRole("heading", { name: "Sources" })).toBeTruthy();
    expect(screen.getByText("2 recognised – please confirm")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Confirm mapping" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Reporting month" })).toBeTruthy();
    await createReport("Create report");
    expect(screen.getByRole("heading", { name: "Result März 2022" })).toBeTruthy();
    for (const count of ["1 on track", "1 at risk", "1 monitoring", "2 no data"]) expect(screen.getByText(count)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Refresh" })).toBeTruthy();
    expect(screen.getByText(/^All data stays in this workbook\./)).toBeTruthy();
    expect(within(document.body).queryByText("Bericht erstellen")).toBeNull();
  });
});
