/**
 * Ribbon command "Aktualisieren": refreshes the reports with the settings remembered in the workbook, without opening
 * the pane. A function command has no user interface of its own, so progress and the end of every run, success or
 * error, are shown in an Office dialog (the pane's page in its message view); event.completed() is always called.
 */
import type { RibbonReport } from "../taskpane/components/RibbonMessage";
import { strings, type Strings } from "../taskpane/strings";
import { createOfficeWorkbook } from "../workbook/office";
import { runReport } from "../pipeline/run-report";

async function refreshFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  const t = strings(Office.context.displayLanguage);
  const dialog = new RibbonDialog();
  try {
    await dialog.show({ kind: "running", text: t.ribbon.running });
    await dialog.show(await refresh(t));
  } catch (error) {
    await dialog.show({ kind: "failed", text: error instanceof Error && error.message ? error.message : t.ribbon.failed });
  } finally {
    event.completed();
  }
}

async function refresh(t: Strings): Promise<RibbonReport> {
  const outcome = await runReport(createOfficeWorkbook(), { useRememberedSettings: true, rememberSettings: true });
  const written = outcome.rendered?.sheets.map((s) => s.name).join(", ");
  const changed = outcome.summary.mappings.filter((m) => m.status === "changed").length;
  if (!written) return { kind: "failed", text: t.ribbon.nothing };
  return { kind: "done", text: t.ribbon.done(written) + (changed > 0 ? t.ribbon.changed(changed) : "") };
}

/**
 * One dialog per run: opened with the first report, told the next one through messageChild (DialogApi 1.2), or
 * closed and opened again with it where that is missing. Where no dialog can be opened at all (one is open already,
 * or the user blocks pop-ups), the status line of the command page keeps the text and the failure is not hidden.
 */
class RibbonDialog {
  private dialog: Office.Dialog | null = null;

  async show(report: RibbonReport): Promise<void> {
    notify(report.text);
    if (this.dialog && Office.context.requirements.isSetSupported("DialogApi", "1.2")) {
      this.dialog.messageChild(JSON.stringify(report));
      return;
    }
    this.dialog?.close();
    this.dialog = await openDialog(report, () => (this.dialog = null));
  }
}

function openDialog(report: RibbonReport, onGone: () => void): Promise<Office.Dialog | null> {
  const url = new URL("taskpane.html", location.href);
  url.searchParams.set("bericht", JSON.stringify(report));
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.href, { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        notify(`${report.text} (${result.error.message})`);
        resolve(null);
        return;
      }
      const dialog = result.value;
      // The dialog's "Schließen" button; the user closing it themselves arrives as DialogEventReceived (12006).
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        onGone();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, onGone);
      resolve(dialog);
    });
  });
}

/** The function file's own page is never seen; its status line serves screen readers, tests and debugging. */
function notify(message: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = message;
}

Office.onReady(() => {
  Office.actions.associate("refreshReport", refreshFromRibbon);
});
