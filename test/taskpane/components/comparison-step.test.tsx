/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Why the options: see result-step.test.tsx (uuid's ES module build under the "browser" condition).
/**
 * The peer comparison in the pane: the own Jobcenter and — only when the table names none — the Vergleichstyp under
 * "Weitere Einstellungen", remembered through the run; after the run the card "Vergleichstyp" with rank and quartile
 * of K1, K2 and K3 (not their _F/_M) and the button that activates the sheet through the port.
 * Figures are Typ 8's of test/fixtures/cross-section-table.ts, worked out by hand in test/domain/peers.test.ts.
 */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { computeReport } from "../../../src/pipeline/run-report";
import { ComparisonCard } from "../../../src/taskpane/components/ComparisonCard";
import type { WorkbookRead } from "../../../src/workbook/port";
import { crossSectionSheet, FIRST_DATA_ROW } from "../../fixtures/cross-section-table";
import { grunddatenSheet, workbook, zieleSheet } from "../../fixtures/workbook-read";
import { de, renderPane, resultShown, SelectingPort, SLOW, sourcesListed } from "./pane-fixtures";

const TABLE = "Kennzahlen Juni 2024";
const withSettings = (read: WorkbookRead, settings: Record<string, string>): WorkbookRead => ({ ...read, state: { ...read.state, settings } });
/** The table with the own row's Vergleichstyp cell emptied: every other Jobcenter keeps its type. */
function ownRowUntyped(): WorkbookRead {
  const table = crossSectionSheet();
  return workbook({ ...table, values: table.values.map((row, r) => (r === FIRST_DATA_ROW ? row.map((v, c) => (c === 3 ? "" : v)) : row)) });
}

async function openSettings(): Promise<void> {
  await userEvent.click(screen.getByText("Weitere Einstellungen"));
}

async function createReport(): Promise<void> {
  await userEvent.click(screen.getByText("Bericht erstellen").closest("button") as HTMLButtonElement);
  await resultShown();
}

describe("the card Vergleichstyp", () => {
  const { summary, plan } = computeReport(workbook(crossSectionSheet()), { today: "2026-01-01", jobcenter: "03353" });
  const renderCard = (props: Partial<Parameters<typeof ComparisonCard>[0]> = {}) =>
    render(
      <FluentProvider theme={webLightTheme}>
        <ComparisonCard t={de} entries={summary.comparison} {...props} />
      </FluentProvider>,
    );

  it("shows rank and quartile of K1, K2 and K3 in Typ 8 — not the _F/_M variants or Ergänzungsgrößen", () => {
    renderCard({ sheet: "Vergleich" });
    const card = screen.getByRole("region", { name: "Vergleichstyp" });
    expect(within(card).getByText("Typ 8, Juni 2024")).toBeTruthy();
    const items = within(card).getAllByRole("listitem").map((li) => li.textContent);
    // K1: Harburg has no value ("."); K2 and K3: rank 2 of the six with a value, 1 + ⌊4 · 1 / 6⌋ = the best quarter.
    expect(items).toEqual([
      "K1 Veränderung Leistungen zum Lebensunterhaltkein Rang (kein eigener Wert)",
      "K2 IntegrationsquoteRang 2 von 61. Quartil",
      "K3 Veränderung Bestand LZBRang 2 von 61. Quartil",
    ]);
    expect(within(card).queryByText(/Frauen|Männer|K2E|K3E/)).toBeNull();
  });

  it("opens the sheet through the given port path, by click and by keyboard", async () => {
    const opened: string[] = [];
    renderCard({ sheet: "Vergleich", onShowSheet: (sheet) => opened.push(sheet) });
    const button = screen.getByRole("button", { name: "Blatt „Vergleich“ öffnen" });
    await userEvent.click(button);
    button.blur();
    // The button is the card's only control without a row link: one Tab reaches it, Enter presses it.
    await userEvent.tab();
    expect(document.activeElement).toBe(button);
    await userEvent.keyboard("{Enter}");
    expect(opened).toEqual(["Vergleich", "Vergleich"]);
  });

  it("each Kennzahl leads to its own row of the sheet (Excel selects it, standalone previews it)", async () => {
    const rows: Array<[string, number]> = [];
    renderCard({ sheet: "Vergleich", onShowRow: (sheet, row) => rows.push([sheet, row]) });
    await userEvent.click(screen.getByRole("button", { name: "Integrationsquote im Blatt „Vergleich“ anzeigen" }));
    const [sheet, row] = rows[0];
    expect(sheet).toBe("Vergleich");
    // The row the link names is K2's row of the sheet that was planned.
    expect(plan.sheets.find((s) => s.key === "vergleich")?.cells[row - 1]?.[0]).toBe("K2");
  });

  it("without the sheet written or a way to show it, no button that would lead nowhere", () => {
    renderCard({ onShowSheet: () => undefined });
    expect(screen.queryByRole("button")).toBeNull();
  });
});

describe("the peer settings and the card in the pane", () => {
  it("a table without Vergleichstyp: the choice is offered, sent with the run, remembered, and the card follows it", async () => {
    const port = new SelectingPort(workbook(crossSectionSheet({ withoutTypes: true })));
    renderPane(port);
    await sourcesListed(TABLE);
    await openSettings();
    await userEvent.type(screen.getByLabelText("Eigenes Jobcenter"), "Harburg");
    const type = screen.getByLabelText("Vergleichstyp") as HTMLSelectElement;
    expect([...type.options].map((o) => o.value)).toHaveLength(31);
    await userEvent.selectOptions(type, "IIIb");
    await createReport();
    // The pane remembers what it ran with, for the ribbon and colleagues.
    expect(port.plans[0].settings).toMatchObject({ jobcenter: "Harburg", vergleichstyp: "IIIb" });
    // The table cannot say who else is IIIb: the card says the ranks are among all Jobcenter.
    const card = screen.getByRole("region", { name: "Vergleichstyp" });
    expect(within(card).getByText("Alle Jobcenter der Tabelle (kein Vergleichstyp), Juni 2024")).toBeTruthy();
    await userEvent.click(within(card).getByRole("button", { name: "Blatt „Vergleich“ öffnen" }));
    expect(port.selected).toContainEqual(["Vergleich", "A1"]);
  }, 30_000);

  it("shows the remembered choice, and 'keiner' replaces it instead of leaving it in force", async () => {
    const port = new SelectingPort(withSettings(workbook(crossSectionSheet({ withoutTypes: true })), { jobcenter: "03353", vergleichstyp: "IIIb" }));
    renderPane(port);
    await sourcesListed(TABLE);
    await openSettings();
    const field = screen.getByLabelText("Eigenes Jobcenter") as HTMLInputElement;
    expect(field.placeholder).toBe("03353");
    // The table's Jobcenter are offered while typing: by Regionalschlüssel, labelled with their names; Land and Bund not.
    const suggestions = [...(document.getElementById(field.getAttribute("list") ?? "")?.querySelectorAll("option") ?? [])];
    expect(suggestions.find((o) => o.value === "03353")?.textContent).toBe("Jobcenter Landkreis Harburg (03353)");
    expect(suggestions.length).toBeGreaterThan(300);
    expect(suggestions.some((o) => /^(Niedersachsen|Deutschland)\b/.test(o.textContent ?? ""))).toBe(false);
    const type = screen.getByLabelText("Vergleichstyp") as HTMLSelectElement;
    expect(type.value).toBe("IIIb");
    await userEvent.selectOptions(type, "keiner (mit allen Jobcentern vergleichen)");
    await createReport();
    expect(port.plans[0].settings).toMatchObject({ jobcenter: "03353", vergleichstyp: "" });
    // No choice left to name as not applied: the sheet says only that no type was given.
    const sheet = port.plans[0].sheets.find((s) => s.key === "vergleich");
    expect(sheet?.cells.flat()).toContainEqual(expect.stringContaining("kein Vergleichstyp angegeben"));
  }, 30_000);

  it("only the own row untyped: the remembered Jobcenter and Vergleichstyp give Typ 8's ranks", async () => {
    const port = new SelectingPort(withSettings(ownRowUntyped(), { jobcenter: "03353", vergleichstyp: "Typ 8" }));
    renderPane(port);
    await sourcesListed(TABLE);
    await createReport();
    const card = screen.getByRole("region", { name: "Vergleichstyp" });
    expect(within(card).getByText("Typ 8 (gewählt), Juni 2024")).toBeTruthy();
    expect(within(card).getAllByText("Rang 2 von 6")).toHaveLength(2);
  }, 30_000);

  it("a table that names the types: no Vergleichstyp to choose, the own Jobcenter still", async () => {
    renderPane(new SelectingPort(workbook(crossSectionSheet())));
    await sourcesListed(TABLE);
    await openSettings();
    expect(screen.getByLabelText("Eigenes Jobcenter")).toBeTruthy();
    expect(screen.queryByLabelText("Vergleichstyp")).toBeNull();
  }, SLOW.timeout);

  it("a workbook without an all-Jobcenter table: neither choice, and no card after the run", async () => {
    renderPane(new SelectingPort(workbook(grunddatenSheet(), zieleSheet())));
    await sourcesListed("Grunddaten");
    await openSettings();
    expect(screen.queryByLabelText("Eigenes Jobcenter")).toBeNull();
    expect(screen.queryByLabelText("Vergleichstyp")).toBeNull();
    await createReport();
    expect(screen.queryByText("Rang", { exact: false })).toBeNull();
  }, SLOW.timeout);
});
