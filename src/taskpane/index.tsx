/**
 * Entry of the task pane. Only this file reads Office.context (language, theme); the workbook is reached through the
 * Office adapter, never from components. It waits for Office.onReady however long it takes, with progress on screen
 * (office-ready.ts), and starts in standalone mode only outside Office; opened by Office without any Office.js (CDN and
 * our own copy both failed) it says so and offers the standalone mode. The standalone start screen is a few kilobytes
 * and ships here, so it needs no second request before it shows, while the .xlsx reader and writer load only when a
 * workbook is opened.
 * Opened by the ribbon command in an Office dialog (?bericht=…), the page shows only how the command's run went.
 */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { capabilities, createOfficeWorkbook, officeSupports } from "../workbook/office";
import { App } from "./App";
import { parseRibbonReport, RIBBON_CLOSE, RIBBON_READY, RibbonMessage, type RibbonReport } from "./components/RibbonMessage";
import { OfficeUnreachable, StartupProgress } from "./components/StartupScreens";
import { officeJsInfo } from "./office-js-source";
import { browserEnvironment, officeStart } from "./office-ready";
import { standalonePane } from "./standalone/start";
import { strings, type Strings } from "./strings";
import css from "./taskpane.css";
import { isDarkBackground, paneTheme, prefers } from "./theme";

function mount(): Root | null {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
  const container = document.getElementById("root");
  return container ? createRoot(container) : null;
}

/** „Über das Steuerungscockpit“: which Office.js this page runs on. */
function about(t: Strings): string {
  const info = officeJsInfo(document, typeof Office !== "undefined");
  return t.about.officeJs[info.source](info.copyVersion ?? "");
}

function startInExcel(root: Root): void {
  const t = strings(Office.context.displayLanguage);
  const theme = paneTheme({ forcedColors: prefers("(forced-colors: active)"), dark: isDarkBackground(Office.context.officeTheme?.bodyBackgroundColor) });
  const report = parseRibbonReport(new URLSearchParams(location.search).get("bericht"));
  root.render(
    <FluentProvider theme={theme}>
      {report ? (
        <RibbonMessage t={t} initial={report} subscribe={fromRibbon} onClose={() => Office.context.ui.messageParent(RIBBON_CLOSE)} />
      ) : (
        <App port={createOfficeWorkbook()} t={t} missingFeatures={capabilities(officeSupports).missing} about={about(t)} warnNoUndo />
      )}
    </FluentProvider>,
  );
}

/**
 * The ribbon command's later reports (DialogApi 1.2). RIBBON_READY goes to the command only once the handler is
 * registered: a message sent before that would be lost (office-js#2372), so the command waits for it.
 */
function fromRibbon(show: (report: RibbonReport) => void): void {
  const ready = () => Office.context.ui.messageParent(RIBBON_READY);
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.2")) return ready();
  Office.context.ui.addHandlerAsync(
    Office.EventType.DialogParentMessageReceived,
    (arg) => {
      const report = parseRibbonReport((arg as { message?: string }).message ?? null);
      if (report) show(report);
    },
    ready,
  );
}

const browserStrings = () => strings(navigator.language);
const browserTheme = () => paneTheme({ forcedColors: prefers("(forced-colors: active)"), dark: prefers("(prefers-color-scheme: dark)") });

function startInBrowser(root: Root, note?: string): void {
  const t = browserStrings();
  root.render(standalonePane(t, browserTheme(), note, about(t)));
}

const root = mount();
if (root) {
  const t = browserStrings();
  const waiting = () =>
    root.render(
      <FluentProvider theme={browserTheme()}>
        <StartupProgress t={t} />
      </FluentProvider>,
    );
  void officeStart(browserEnvironment, waiting).then((start) => {
    if (start.kind === "excel") startInExcel(root);
    else if (start.kind === "browser") startInBrowser(root);
    else
      root.render(
        <FluentProvider theme={browserTheme()}>
          <OfficeUnreachable t={t} about={about(t)} onContinue={() => startInBrowser(root, t.standalone.withoutOffice)} />
        </FluentProvider>,
      );
  });
}
