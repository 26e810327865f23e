/**
 * The ribbon command's dialog, with a handshake in both directions:
 *  - A message sent with messageChild before the dialog page listens is lost (office-js#2372). So the page says
 *    READY once its handler is registered, and the command holds back every report until then (the last one wins).
 *  - event.completed() ends a function command's runtime when it is not shared (docs/design/add-in-commands.md,
 *    "completed must be called"), and with it the receiver of the dialog's messages. So the command completes the
 *    event only when the dialog is gone: closed through its „Schließen“ (CLOSE) or by the user (DialogEventReceived).
 *  - Without DialogApi 1.2 there is no messageChild, and closing a dialog to open another one can fail with 12007
 *    ("a dialog box is already opened from this host window"). So the dialog is opened once, with the final report.
 * Where no dialog can be opened at all, the command page's status line keeps the text and the event is completed.
 */
import type { RibbonReport } from "../taskpane/components/RibbonMessage";
import { RIBBON_CLOSE, RIBBON_READY } from "../taskpane/components/RibbonMessage";

export interface RibbonRun {
  /** The refresh; `progress` shows an intermediate report (such as waiting for a cell edit) while it runs. */
  refresh(progress: (report: RibbonReport) => void): Promise<RibbonReport>;
  running: RibbonReport;
  failed: (error: unknown) => RibbonReport;
  /** Where the dialog page is (taskpane.html next to the command page). */
  pageUrl: string;
}

export async function runFromRibbon(event: { completed(): void }, run: RibbonRun): Promise<void> {
  const refresh = (progress: (report: RibbonReport) => void) => run.refresh(progress).catch((error: unknown) => run.failed(error));
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.2")) {
    notify(run.running.text);
    const report = await refresh((r) => notify(r.text));
    notify(report.text);
    const dialog = await openDialog(run.pageUrl, report);
    if (dialog) await dialog.gone;
    event.completed();
    return;
  }
  notify(run.running.text);
  const dialog = await openDialog(run.pageUrl, run.running);
  const report = await refresh((r) => {
    notify(r.text);
    dialog?.tell(r);
  });
  notify(report.text);
  if (dialog) {
    dialog.tell(report);
    await dialog.gone;
  }
  event.completed();
}

interface OpenDialog {
  /** Sends the report once the page listens (the latest one only, if several wait). */
  tell(report: RibbonReport): void;
  /** Settles when the dialog is closed, by its button or by the user. */
  gone: Promise<void>;
}

function openDialog(pageUrl: string, first: RibbonReport): Promise<OpenDialog | null> {
  const url = new URL(pageUrl);
  url.searchParams.set("bericht", JSON.stringify(first));
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.href, { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        notify(`${first.text} (${result.error.message})`);
        resolve(null);
        return;
      }
      const dialog = result.value;
      let ready = false;
      let pending: RibbonReport | null = null;
      let closed = () => undefined as void;
      const gone = new Promise<void>((done) => (closed = done));
      const send = () => {
        if (!ready || !pending) return;
        dialog.messageChild(JSON.stringify(pending));
        pending = null;
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        const message = (arg as { message?: string }).message;
        if (message === RIBBON_READY) {
          ready = true;
          send();
        } else if (message === RIBBON_CLOSE) {
          dialog.close();
          closed();
        }
      });
      // The user closed the dialog themselves (12006), or it could not be shown.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => closed());
      resolve({
        tell(report) {
          pending = report;
          send();
        },
        gone,
      });
    });
  });
}

/** The function file's own page is never seen; its status line serves screen readers, tests and debugging. */
function notify(message: string): void {
  const status = typeof document === "undefined" ? null : document.getElementById("status");
  if (status) status.textContent = message;
}
