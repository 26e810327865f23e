/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Why the options: under jsdom, jest resolves packages with the "browser" export condition, which picks uuid's ES module
// build (pulled in by ExcelJS) that jest cannot load. The node build is what the CLI runs; React and Fluent are the same.
/**
 * The pane in a plain browser: before a workbook is open it offers only to open one or the sample; a file that is not
 * a workbook is refused in German; the sample opens and the report is created in the tab; the result is handed to
 * the browser as an .xlsx download holding the user's sheets and the report sheets.
 */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StandaloneApp } from "../../../src/taskpane/standalone/StandaloneApp";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { de, resultShown, SLOW, sourcesListed } from "./pane-fixtures";

// workbook-file.ts imports the sample as webpack turns it into (asset/inline): a data URL string. Jest has no such
// loader and jest.config.js is not ours to change, so the import is replaced by the same data URL built from the
// file on disk. "Beispiel laden" then runs the real openSample: decode the data URL, open it with ExcelJS.
jest.mock("../../../assets/beispiel-jobcenter.xlsx", () => {
  const { readFileSync } = jest.requireActual<typeof import("node:fs")>("node:fs");
  const { join } = jest.requireActual<typeof import("node:path")>("node:path");
  const bytes = readFileSync(join(__dirname, "..", "..", "..", "assets", "beispiel-jobcenter.xlsx"));
  return `data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,${bytes.toString("base64")}`;
});

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function renderStandalone() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <StandaloneApp t={de} />
    </FluentProvider>,
  );
}

/** Clicks "Arbeitsmappe öffnen" and returns the file chooser the browser would show (jsdom has no dialog). */
async function openFileChooser(): Promise<HTMLInputElement> {
  const click = jest.spyOn(HTMLInputElement.prototype, "click").mockImplementation(() => undefined);
  await userEvent.click(screen.getByRole("button", { name: "Arbeitsmappe öffnen (.xlsx)" }));
  const chooser = click.mock.contexts[0] as HTMLInputElement | undefined;
  click.mockRestore();
  if (!chooser) throw new Error("no file chooser opened");
  return chooser;
}

async function loadSample(): Promise<void> {
  await userEvent.click(screen.getByRole("button", { name: "Beispiel laden" }));
  await screen.findByText("Geöffnet: beispiel-jobcenter.xlsx", {}, SLOW);
  await sourcesListed("Grunddaten");
}

describe("standalone pane", () => {
  it("before a workbook is open, offers only to open one or the sample", () => {
    renderStandalone();
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual(["Arbeitsmappe öffnen (.xlsx)", "Beispiel laden", "Vorlage herunterladen (.xlsx)"]);
    expect(screen.getByText(de.standalone.privacy)).toBeTruthy();
    expect(screen.queryByText("Quellen")).toBeNull();
  });

  it("refuses a file that is not a workbook, in German and naming the file, and stays usable", async () => {
    renderStandalone();
    const chooser = await openFileChooser();
    expect(chooser.type).toBe("file");
    expect(chooser.accept).toContain(".xlsx");
    await userEvent.upload(chooser, new File(["Monat;Wert\n2022-01;5\n"], "keine-mappe.xlsx", { type: "text/csv" }));
    const alert = await screen.findByRole("alert", {}, SLOW);
    expect(alert.textContent).toMatch(/^Fehler Die Datei „keine-mappe\.xlsx“ ist keine lesbare Excel-Arbeitsmappe \(\.xlsx\)/);
    expect(screen.queryByRole("button", { name: "Bericht erstellen" })).toBeNull();
    expect((screen.getByRole("button", { name: "Beispiel laden" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("'Beispiel laden' opens the sample, and the report is created from it", async () => {
    renderStandalone();
    await loadSample();
    // Focus follows to what was opened instead of falling to the page.
    expect(document.activeElement?.textContent).toBe("Geöffnet: beispiel-jobcenter.xlsx");
    expect(screen.getByRole("button", { name: "Andere Arbeitsmappe öffnen" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Ergebnis herunterladen/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Bericht erstellen" }));
    await resultShown();
    // The sample's Grunddaten are reported through October 2022 (scripts/sample/series.ts, REPORTED_MONTHS = 34).
    expect(screen.getByRole("heading", { name: "Ergebnis Oktober 2022" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Ergebnis herunterladen (.xlsx)" })).toBeTruthy();
  });

  describe("download", () => {
    const created: Blob[] = [];
    const saved: string[] = [];
    beforeEach(() => {
      created.length = 0;
      saved.length = 0;
      // jsdom has no object URLs and no downloads: record what the pane hands to the browser instead.
      Object.assign(URL, { createObjectURL: (blob: Blob) => (created.push(blob), "blob:ergebnis"), revokeObjectURL: () => undefined });
      jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
        saved.push(this.download);
      });
    });
    afterEach(() => jest.restoreAllMocks());

    it("'Ergebnis herunterladen' hands the browser an .xlsx with the user's sheets and the report sheets", async () => {
      renderStandalone();
      await loadSample();
      await userEvent.click(screen.getByRole("button", { name: "Bericht erstellen" }));
      await resultShown();
      await userEvent.click(screen.getByRole("button", { name: "Ergebnis herunterladen (.xlsx)" }));
      // The bytes are written asynchronously after the click.
      await waitFor(() => expect(saved).toHaveLength(1), SLOW);
      expect(saved).toEqual(["beispiel-jobcenter – Steuerungscockpit.xlsx"]);
      expect(created).toHaveLength(1);
      expect(created[0].type).toBe(XLSX_TYPE);
      const result = await XlsxWorkbook.fromBuffer(new Uint8Array(await created[0].arrayBuffer()), "Ergebnis");
      const { sheetNames } = await result.readSheets({ sheets: [] });
      expect(sheetNames).toEqual(expect.arrayContaining(["Grunddaten", "Ziele 2022", "EGT 2022", "Ziel-Ist-Vergleich", "EGT-Controlling"]));
    });

    it("the stale-result sequence: after a report, opening a workbook of the same name drops the old result, and a changed setting disables the download", async () => {
      renderStandalone();
      await loadSample();
      await userEvent.click(screen.getByRole("button", { name: "Bericht erstellen" }));
      await resultShown();
      // Next month's export has the same file name: the old Ergebnis must not stay beside the new Quellen.
      await loadSample();
      expect(screen.queryByText(/^Ergebnis /)).toBeNull();
      expect(screen.queryByRole("button", { name: "Ergebnis herunterladen (.xlsx)" })).toBeNull();
      await userEvent.click(screen.getByRole("button", { name: "Bericht erstellen" }));
      await resultShown();
      await userEvent.click(screen.getByRole("button", { name: "Vorheriger Monat" }));
      expect(screen.getByText(de.outdated)).toBeTruthy();
      expect((screen.getByRole("button", { name: "Ergebnis herunterladen (.xlsx)" }) as HTMLButtonElement).disabled).toBe(true);
      await userEvent.click(screen.getByRole("button", { name: "Aktualisieren" }));
      await screen.findByText("Ergebnis September 2022", {}, SLOW);
      await userEvent.click(screen.getByRole("button", { name: "Ergebnis herunterladen (.xlsx)" }));
      await waitFor(() => expect(created).toHaveLength(1), SLOW);
      const result = await XlsxWorkbook.fromBuffer(new Uint8Array(await created[0].arrayBuffer()), "Ergebnis");
      expect((await result.readSheets({ sheets: [] })).sheetNames).toContain("Ziel-Ist-Vergleich");
    });

    it("'Vorlage herunterladen' hands the browser an empty workbook in the standard layout", async () => {
      renderStandalone();
      await userEvent.click(screen.getByRole("button", { name: "Vorlage herunterladen (.xlsx)" }));
      await waitFor(() => expect(saved).toHaveLength(1), SLOW);
      expect(saved).toEqual(["Steuerungscockpit – Vorlage.xlsx"]);
      const template = await XlsxWorkbook.fromBuffer(new Uint8Array(await created[0].arrayBuffer()), "Vorlage");
      const year = new Date().getFullYear();
      const read = await template.readSheets({});
      expect(read.sheetNames).toEqual(["Grunddaten", `Ziele ${year}`, `EGT ${year}`, "Qualität"]);
      // Empty: the header rows are there, no value is.
      const grunddaten = read.sheets.find((s) => s.name === "Grunddaten");
      expect(grunddaten?.values[3].slice(0, 2)).toEqual(["Grunddatum", "Kürzel"]);
      expect(grunddaten?.values.slice(4).every((row) => row.slice(2).every((cell) => cell === null))).toBe(true);
      expect(await screen.findByText(de.template.downloaded)).toBeTruthy();
    });
  });
});
