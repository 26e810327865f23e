/**
 * A fake Office host for running the real task pane in plain Chromium: Office.onReady, Office.context and Excel.run
 * backed by the fake Excel object model of the adapter tests, filled with the sample workbook (sample.json).
 * Test-only code: it never ships in the add-in bundle.
 */
import { FakeContext, FakeWorkbook } from "../../workbook/office/fake-excel";

interface SheetJson {
  name: string;
  origin: { row: number; col: number };
  values: unknown[][];
}

const book = new FakeWorkbook();
const ready = fetch("sample.json")
  .then((response) => response.json() as Promise<SheetJson[]>)
  .then((sheets) => {
    for (const sheet of sheets) {
      const rows = [...Array(sheet.origin.row).fill([]), ...sheet.values.map((row) => [...Array(sheet.origin.col).fill(null), ...row])];
      book.addSheet(sheet.name, rows);
    }
  });

const host = window as unknown as Record<string, unknown>;
host.__book = book;
const commandHandlers: Record<string, (event: { completed: () => void }) => unknown> = {};
host.__commands = commandHandlers;
host.Office = {
  actions: { associate: (name: string, handler: (event: { completed: () => void }) => unknown) => (commandHandlers[name] = handler) },
  onReady: (callback?: (info: { host: string }) => void) => ready.then(() => callback?.({ host: "Excel" })),
  context: {
    displayLanguage: new URLSearchParams(location.search).get("lang") ?? "de-DE",
    // ?theme=dark: Office's dark theme, as Office reports it to add-ins.
    officeTheme: new URLSearchParams(location.search).get("theme") === "dark" ? { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" } : undefined,
    // ?api=1.7 simulates Office 2019 (ExcelApi 1.7): newer sets are reported as missing.
    requirements: {
      isSetSupported: (_set: string, version: string) => {
        const max = new URLSearchParams(location.search).get("api");
        return max === null || Number(version.split(".")[1]) <= Number(max.split(".")[1]);
      },
    },
  },
};
host.Excel = {
  run: async (_options: unknown, batch: (context: unknown) => Promise<unknown>) => batch(new FakeContext(book)),
};
