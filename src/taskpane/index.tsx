/**
 * Entry of the task pane. Only this file reads Office.context (language, theme); the workbook is reached through the
 * Office adapter, never from components.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { capabilities, createOfficeWorkbook, officeSupports } from "../workbook/office";
import { App } from "./App";
import { strings } from "./strings";
import css from "./taskpane.css";

function isDarkTheme(): boolean {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  if (!background) return false;
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (r * 299 + g * 587 + b * 114) / 1000 < 128;
}

Office.onReady(() => {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
  const container = document.getElementById("root");
  if (!container) return;
  const t = strings(Office.context.displayLanguage);
  createRoot(container).render(
    <FluentProvider theme={isDarkTheme() ? webDarkTheme : webLightTheme}>
      <App port={createOfficeWorkbook()} t={t} missingFeatures={capabilities(officeSupports).missing} />
    </FluentProvider>,
  );
});
