/**
 * The ribbon's „Aktualisieren“ on strict fake dialogs (fake-dialog-host.ts): the end of the run reaches a dialog page
 * that starts listening late, the event is completed only when the dialog is closed, and without DialogApi 1.2 one
 * dialog is opened, with the result, instead of a close-and-reopen that fails with 12007.
 */
import type { RibbonReport } from "../../src/taskpane/components/RibbonMessage";
import { runFromRibbon, type RibbonRun } from "../../src/commands/ribbon-dialog";
import { FakeDialogHost, FakePage, pause } from "./fake-dialog-host";

const DONE: RibbonReport = { kind: "done", text: "Aktualisiert: Ziel-Ist-Vergleich." };

function run(result: RibbonReport | Error, refreshMs = 1): RibbonRun {
  return {
    refresh: async () => {
      await pause(refreshMs);
      if (result instanceof Error) throw result;
      return result;
    },
    running: { kind: "running", text: "Der Bericht wird aktualisiert …" },
    failed: (error) => ({ kind: "failed", text: error instanceof Error ? error.message : "fehlgeschlagen" }),
    pageUrl: "https://intranet.example/sc/taskpane.html",
  };
}

const kinds = (shown: string[]) => shown.map((s) => (JSON.parse(s) as RibbonReport).kind);

describe("with DialogApi 1.2", () => {
  it("tells the result to a dialog page that listens only after the refresh has ended (office-js#2372)", async () => {
    const host = new FakeDialogHost(true, 30);
    host.install();
    const finished = runFromRibbon(host.event(), run(DONE, 1));
    await pause(60);
    const [page] = host.pages;
    expect(page.lost).toEqual([]);
    expect(kinds(page.shown)).toEqual(["running", "done"]);
    page.clickClose();
    await finished;
  });

  it("completes the event only when the dialog is closed, so that its „Schließen“ still has a receiver", async () => {
    const host = new FakeDialogHost(true, 5);
    host.install();
    const finished = runFromRibbon(host.event(), run(DONE, 20));
    await pause(60);
    expect(host.completed).toBe(0);
    host.pages[0].clickClose();
    await finished;
    expect(host.undelivered).toEqual([]);
    expect(host.pages[0].closed).toBe(true);
    expect(host.completed).toBe(1);
  });

  it("completes the event when the user closes the dialog with its X", async () => {
    const host = new FakeDialogHost(true, 5);
    host.install();
    const finished = runFromRibbon(host.event(), run(new Error("Die Arbeitsmappe ist gesperrt."), 5));
    await pause(40);
    expect(JSON.parse(host.pages[0].shown[1]) as RibbonReport).toEqual({ kind: "failed", text: "Die Arbeitsmappe ist gesperrt." });
    host.pages[0].closeByUser();
    await finished;
    expect(host.completed).toBe(1);
  });

  it("completes the event at once when no dialog can be opened (one is open already: 12007)", async () => {
    const host = new FakeDialogHost(true, 5);
    host.install();
    host.open = new FakePage(host, "https://intranet.example/sc/other.html");
    await runFromRibbon(host.event(), run(DONE, 1));
    expect(host.refusals).toEqual(["12007"]);
    expect(host.completed).toBe(1);
  });
});

describe("without DialogApi 1.2", () => {
  it("opens one dialog, with the result, and completes the event when it is closed (no close-and-reopen, no 12007)", async () => {
    const host = new FakeDialogHost(false, 5);
    host.install();
    const finished = runFromRibbon(host.event(), run(DONE, 5));
    await pause(40);
    expect(host.refusals).toEqual([]);
    expect(host.pages).toHaveLength(1);
    expect(kinds(host.pages[0].shown)).toEqual(["done"]);
    expect(host.completed).toBe(0);
    host.pages[0].clickClose();
    await finished;
    expect(host.completed).toBe(1);
  });
});
