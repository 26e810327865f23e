/**
 * Ribbon command "Aktualisieren": refreshes the reports with the settings remembered in the workbook, without opening
 * the pane. A function command has no user interface of its own, so progress and the end of every run, success or
 * error, are shown in an Office dialog (the pane's page in its message view, ribbon-dialog.ts).
 */
import type { RibbonReport } from "../taskpane/components/RibbonMessage";
import { strings, type Strings } from "../taskpane/strings";
import { createOfficeWorkbook } from "../workbook/office";
import { runReport } from "../pipeline/run-report";
import { runFromRibbon } from "./ribbon-dialog";

async function refresh(t: Strings, progress: (report: RibbonReport) => void): Promise<RibbonReport> {
  const port = createOfficeWorkbook();
  // A cell the user is editing makes the refresh wait: the dialog says so instead of spinning silently.
  const stop = port.watchWaiting?.((waiting) => progress({ kind: "running", text: waiting ?? t.ribbon.running }));
  try {
    const outcome = await runReport(port, { useRememberedSettings: true, rememberSettings: true });
    const written = outcome.rendered?.sheets.map((s) => s.name).join(", ");
    const changed = outcome.summary.mappings.filter((m) => m.status === "changed").length;
    if (!written) return { kind: "failed", text: t.ribbon.nothing };
    return { kind: "done", text: t.ribbon.done(written) + (changed > 0 ? t.ribbon.changed(changed) : "") };
  } finally {
    stop?.();
  }
}

Office.onReady(() => {
  Office.actions.associate("refreshReport", (event: Office.AddinCommands.Event) => {
    const t = strings(Office.context.displayLanguage);
    return runFromRibbon(event, {
      refresh: (progress) => refresh(t, progress),
      running: { kind: "running", text: t.ribbon.running },
      failed: (error) => ({ kind: "failed", text: error instanceof Error && error.message ? error.message : t.ribbon.failed }),
      pageUrl: new URL("taskpane.html", location.href).href,
    });
  });
});
