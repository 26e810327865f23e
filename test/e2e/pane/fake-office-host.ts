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
const query = new URLSearchParams(location.search);

/**
 * Office dialogs as the Dialog API describes them (learn.microsoft.com/javascript/api/office/office.ui,
 * /office.dialog): displayDialogAsync(url, options, callback) answers an AsyncResult whose value is the Dialog, with
 * status "succeeded"; Dialog.messageChild (DialogApi 1.2) delivers a string to the page, Dialog.close() closes it.
 * Here a dialog only records what it was opened with and told; the page itself is opened by the test.
 */
interface FakeDialog {
  url: string;
  messages: string[];
  closed: boolean;
}
const dialogs: FakeDialog[] = [];
host.__dialogs = dialogs;
const commandHandlers: Record<string, (event: { completed: () => void }) => unknown> = {};
host.__commands = commandHandlers;
host.Office = {
  actions: { associate: (name: string, handler: (event: { completed: () => void }) => unknown) => (commandHandlers[name] = handler) },
  // Office.onReady resolves with { host, platform } (learn.microsoft.com/javascript/api/office#office-office-onready-function(1)).
  // Excel answers it at once; the workbook's data is waited for where the add-in reads it, in Excel.run below.
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: "Excel", platform: "PC" };
    callback?.(info);
    return Promise.resolve(info);
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived", DialogParentMessageReceived: "dialogParentMessageReceived" },
  context: {
    ui: {
      displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
        const dialog: FakeDialog = { url, messages: [], closed: false };
        dialogs.push(dialog);
        // The page as the real one behaves (src/commands/ribbon-dialog.ts): it says „bereit“ once it listens, and the
        // user closes it once it shows the end of the run.
        const received: Array<(arg: { message: string }) => void> = [];
        const fromPage = (message: string) => setTimeout(() => received.forEach((handler) => handler({ message })), 0);
        const value = {
          messageChild: (message: string) => {
            dialog.messages.push(message);
            if (!message.includes('"running"')) fromPage("close");
          },
          close: () => (dialog.closed = true),
          addEventHandler: (type: string, handler: (arg: { message: string }) => void) => {
            if (type === "dialogMessageReceived") received.push(handler);
          },
        };
        callback({ status: "succeeded", value });
        fromPage("bereit");
      },
      addHandlerAsync: () => undefined,
      messageParent: () => undefined,
    },
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
  // ?excel=fails: Excel refuses every batch, as when the workbook is locked by another user (a RichApi.Error code).
  run: async (_options: unknown, batch: (context: unknown) => Promise<unknown>) => {
    await ready;
    if (query.get("excel") === "fails") throw Object.assign(new Error("The workbook is locked."), { code: "AccessDenied" });
    return batch(new FakeContext(book));
  },
};
