/**
 * Ribbon command "Aktualisieren": refreshes the reports with the settings remembered in the workbook, without opening
 * the pane. The refreshed sheets are the visible result; event.completed() is always called.
 */
import { createOfficeWorkbook } from "../workbook/office";
import { runReport } from "../pipeline/run-report";

async function refreshFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const outcome = await runReport(createOfficeWorkbook(), { useRememberedSettings: true, rememberSettings: true });
    const written = outcome.rendered?.sheets.map((s) => s.name).join(", ");
    const changed = outcome.summary.mappings.filter((m) => m.status === "changed").length;
    const ask = changed > 0 ? ` ${changed} Quelle(n) mit geändertem Aufbau nicht verwendet – bitte im Aufgabenbereich bestätigen.` : "";
    notify(written ? `Aktualisiert: ${written}.${ask}` : "Keine Grunddaten oder Budgetdaten erkannt – bitte den Aufgabenbereich öffnen.");
  } catch (error) {
    notify(error instanceof Error ? error.message : "Die Aktualisierung ist fehlgeschlagen.");
  } finally {
    event.completed();
  }
}

/** The function file has no visible page; the status line serves screen readers and debugging. Details: the pane. */
function notify(message: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = message;
}

Office.onReady(() => {
  Office.actions.associate("refreshReport", refreshFromRibbon);
});
