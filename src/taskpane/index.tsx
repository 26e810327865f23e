/**
 * Entry of the task pane. Only this file reads Office.context (language, theme); the workbook is reached through the
 * Office adapter, never from components. Outside Office (a plain browser, or Office.js not reachable) the same pane
 * starts in standalone mode; its start screen is a few kilobytes and ships here, so it needs no second request before
 * it shows, while ExcelJS loads only when a workbook is opened.
 */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { capabilities, createOfficeWorkbook, officeSupports } from "../workbook/office";
import { App } from "./App";
import { startStandalone } from "./standalone/start";
import { strings } from "./strings";
import css from "./taskpane.css";
import { isDarkBackground, paneTheme, prefers } from "./theme";

function mount(): HTMLElement | null {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
  return document.getElementById("root");
}

function startInExcel(): void {
  const container = mount();
  if (!container) return;
  const t = strings(Office.context.displayLanguage);
  const theme = paneTheme({ forcedColors: prefers("(forced-colors: active)"), dark: isDarkBackground(Office.context.officeTheme?.bodyBackgroundColor) });
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <App port={createOfficeWorkbook()} t={t} missingFeatures={capabilities(officeSupports).missing} />
    </FluentProvider>,
  );
}

function startInBrowser(): void {
  const container = mount();
  if (!container) return;
  const t = strings(navigator.language);
  const theme = paneTheme({ forcedColors: prefers("(forced-colors: active)"), dark: prefers("(prefers-color-scheme: dark)") });
  startStandalone(container, t, theme);
}

if (typeof Office === "undefined") {
  startInBrowser();
} else {
  void Office.onReady((info) => (info.host ? startInExcel() : startInBrowser()));
}
