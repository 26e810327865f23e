/**
 * Entry of the task pane. Only this file reads Office.context (language, theme); the workbook is reached through the
 * Office adapter, never from components. Outside Office (a plain browser, or Office.js not reachable) the same pane
 * starts in standalone mode on the ExcelJS adapter, loaded as a separate chunk.
 */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { capabilities, createOfficeWorkbook, officeSupports } from "../workbook/office";
import { App } from "./App";
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

async function startInBrowser(): Promise<void> {
  const container = mount();
  if (!container) return;
  const t = strings(navigator.language);
  const theme = paneTheme({ forcedColors: prefers("(forced-colors: active)"), dark: prefers("(prefers-color-scheme: dark)") });
  const { startStandalone } = await import(/* webpackChunkName: "standalone" */ "./standalone/start");
  startStandalone(container, t, theme);
}

if (typeof Office === "undefined") {
  void startInBrowser();
} else {
  void Office.onReady((info) => (info.host ? startInExcel() : void startInBrowser()));
}
