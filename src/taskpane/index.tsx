/**
 * Entry of the task pane. Only this file reads Office.context (language, theme); the workbook is reached through the
 * Office adapter, never from components. Outside Office (a plain browser, or Office.js not answering within 3 s) the
 * same pane starts in standalone mode; its start screen is a few kilobytes and ships here, so it needs no second
 * request before it shows, while ExcelJS loads only when a workbook is opened. Opened by the ribbon command in an
 * Office dialog (?bericht=…), the page shows only how the command's run went.
 */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { capabilities, createOfficeWorkbook, officeSupports } from "../workbook/office";
import { App } from "./App";
import { parseRibbonReport, RibbonMessage, type RibbonReport } from "./components/RibbonMessage";
import { officeJsInfo } from "./office-js-source";
import { browserEnvironment, officeStart } from "./office-ready";
import { startStandalone } from "./standalone/start";
import { strings, type Strings } from "./strings";
import css from "./taskpane.css";
import { isDarkBackground, paneTheme, prefers } from "./theme";

function mount(): HTMLElement | null {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
  return document.getElementById("root");
}

/** „Über das Steuerungscockpit“: which Office.js this page runs on. */
function about(t: Strings): string {
  const info = officeJsInfo(document, typeof Office !== "undefined");
  return t.about.officeJs[info.source](info.copyVersion ?? "");
}

function startInExcel(): void {
  const container = mount();
  if (!container) return;
  const t = strings(Office.context.displayLanguage);
  const theme = paneTheme({ forcedColors: prefers("(forced-colors: active)"), dark: isDarkBackground(Office.context.officeTheme?.bodyBackgroundColor) });
  const report = parseRibbonReport(new URLSearchParams(location.search).get("bericht"));
  createRoot(container).render(
    <FluentProvider theme={theme}>
      {report ? (
        <RibbonMessage t={t} initial={report} subscribe={fromRibbon} onClose={() => Office.context.ui.messageParent("close")} />
      ) : (
        <App port={createOfficeWorkbook()} t={t} missingFeatures={capabilities(officeSupports).missing} about={about(t)} />
      )}
    </FluentProvider>,
  );
}

/** The ribbon command's later reports (DialogApi 1.2); without that requirement set it reopens the dialog instead. */
function fromRibbon(show: (report: RibbonReport) => void): void {
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.2")) return;
  Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (arg) => {
    const report = parseRibbonReport((arg as { message?: string }).message ?? null);
    if (report) show(report);
  });
}

function startInBrowser(note?: string): void {
  const container = mount();
  if (!container) return;
  const t = strings(navigator.language);
  const theme = paneTheme({ forcedColors: prefers("(forced-colors: active)"), dark: prefers("(prefers-color-scheme: dark)") });
  startStandalone(container, t, theme, note, about(t));
}

void officeStart(browserEnvironment).then((start) => {
  if (start.kind === "excel") startInExcel();
  else startInBrowser(start.kind === "silent" ? strings(navigator.language).standalone.officeSilent : undefined);
});
