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
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { INSTRUMENTS } from "../../../scripts/sample/budget";
import { strings } from "../../../src/taskpane/strings";
import type { RenderResult } from "../../../src/workbook/port";
import { grunddatenSheet, sheet, workbook, zieleSheet } from "../../fixtures/workbook-read";
import { FixturePort, openSampleWorkbook, renderPane, resultShown, SelectingPort, sourcesListed } from "./pane-fixtures";

const en = strings("en-US");

async function createReport(label = "Bericht erstellen"): Promise<void> {
  await userEvent.click(screen.getByRole("button", { name: label }));
  await resultShown(label === "Bericht erstellen" ? undefined : en);
}

/** The badge shown beside an indicator in the attention list. */
function statusBeside(name: string): string {
  const entry = screen.getByText(name).closest("li");
  return entry?.textContent?.replace(name, "").trim() ?? "";
}

/**
 * The fixture's figures for March 2022 (test/fixtures/workbook-read.ts, worked out in test/report/build-report.test.ts):
 * Integrationsquote 2,7 % against the linear Soll 3,0 %, inside the 0,5 pp band → gefährdet; LZB 580 against 585,
 * lower is better → im Plan; LLU 315.000 € against 300.000 € a year before → verfehlt; the quotas of women and men
 * have no Grunddaten → keine Daten. No quality figures, so no further indicator is shown.
 */
describe("the result of a controller's sheets", () => {
  it("counts the indicators per status and lists the ones that need attention", async () => {
    renderPane(new FixturePort(workbook(grunddatenSheet(), zieleSheet())));
    await sourcesListed("Grunddaten");
    await createReport();
    expect(screen.getByRole("heading", { name: "Ergebnis 2022-03" })).toBeTruthy();
    for (const count of ["1 im Plan", "1 gefährdet", "1 verfehlt", "2 keine Daten"]) expect(screen.getByText(count)).toBeTruthy();
    expect(statusBeside("Integrationsquote")).toBe("gefährdet");
    expect(statusBeside("Summe Leistungen zum Lebensunterhalt")).toBe("verfehlt");
    expect(screen.queryByText("Bestand Langzeitleistungsbeziehende")).toBeNull();
    expect(screen.queryByText("Integrationsquote Frauen")).toBeNull();
    // No EGT sheet in this workbook: no budget headline.
    expect(screen.queryByText(/^EGT: /)).toBeNull();
  });

  it("in Excel, a note names its cell and a click shows it; an indicator jumps to its row in the report", async () => {
    // "zwölf" in LZB March 2022: row 7 (two title lines, a blank, the header, ELB, Integrationen, LZB), column Q
    // (label, Kürzel, then Jan 2021 in C … March 2022, the 15th month, in Q).
    const port = new SelectingPort(workbook(grunddatenSheet({ lzbMarch2022: "zwölf" }), zieleSheet()));
    renderPane(port);
    await sourcesListed("Grunddaten");
    await createReport();
    await userEvent.click(screen.getByRole("button", { name: "Zelle Grunddaten!Q7 anzeigen" }));
    expect(port.selected).toEqual([["Grunddaten", "Q7"]]);

    await userEvent.click(screen.getByRole("button", { name: "Integrationsquote im Bericht anzeigen" }));
    const [sheetName, cell] = port.selected[1];
    expect(sheetName).toBe("Ziel-Ist-Vergleich");
    const written = port.plans[port.plans.length - 1].sheets.find((s) => s.name === "Ziel-Ist-Vergleich");
    const row = Number(/^A(\d+)$/.exec(cell)?.[1]);
    expect(written?.cells[row - 1][0]).toBe("Integrationsquote");
  });

  it("outside Excel (no way to show a cell), the same note is plain text and indicators are not links", async () => {
    renderPane(new FixturePort(workbook(grunddatenSheet({ lzbMarch2022: "zwölf" }), zieleSheet())));
    await sourcesListed("Grunddaten");
    await createReport();
    expect(screen.getByText(/Grunddaten!Q7/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /anzeigen$/ })).toBeNull();
    expect(screen.getByText("Integrationsquote")).toBeTruthy();
  });
});

describe("the result on the sample workbook", () => {
  it("shows the EGT headline, the quotas the sample was built to miss, and its two case slips by cell", async () => {
    renderPane(await openSampleWorkbook());
    await sourcesListed("Grunddaten");
    await createReport();
    // scripts/sample/budget.ts: gebunden = Ist Jan–Okt + Bindung of every instrument, verfügbar = Plan − gebunden.
    const plan = INSTRUMENTS.reduce((sum, i) => sum + i.plan, 0);
    const bound = INSTRUMENTS.reduce((sum, i) => sum + Math.round(i.plan * i.paid) + Math.round(i.plan * i.bound), 0);
    expect(plan).toBe(6_488_398);
    expect(screen.getByText(`EGT: Plan ${euro(plan)}, gebunden ${euro(bound)}, verfügbar ${euro(plan - bound)}`)).toBeTruthy();
    // make-sample-workbook.ts sets the women's target clearly above their path and the men's just inside the
    // tolerance; the overall Integrationsquote is ahead of its path and needs no attention.
    expect(statusBeside("Integrationsquote Frauen")).toBe("verfehlt");
    expect(statusBeside("Integrationsquote Männer")).toBe("gefährdet");
    expect(screen.queryByText("Integrationsquote")).toBeNull();
    // Case 120 (row 124) has its Bescheid before the Eingang, case 240 (row 244) no Eingang; the .xlsx port cannot
    // select a cell, so both are named as text.
    expect(screen.getByText(/^Fälle Leistungsanträge!D124/)).toBeTruthy();
    expect(screen.getByText(/^Fälle Leistungsanträge!C244/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Zelle .* anzeigen$/ })).toBeNull();
  });
});

/** "6488398" → "6.488.398 €", written out here rather than with the pane's own formatter. */
function euro(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+$)/g, ".")} €`;
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
    expect(screen.getByRole("textbox", { name: "Reporting month" })).toBeTruthy();
    await createReport("Create report");
    expect(screen.getByRole("heading", { name: "Result 2022-03" })).toBeTruthy();
    for (const count of ["1 on track", "1 at risk", "1 off track", "2 no data"]) expect(screen.getByText(count)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Refresh" })).toBeTruthy();
    expect(screen.getByText(/^All data stays in this workbook\./)).toBeTruthy();
    expect(within(document.body).queryByText("Bericht erstellen")).toBeNull();
  });
});
