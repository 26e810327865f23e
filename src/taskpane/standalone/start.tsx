/** The pane outside Office. ExcelJS and the sample workbook are not in here: they load when a workbook is opened. */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Strings } from "../strings";
import type { PaneTheme } from "../theme";
import { StandaloneApp } from "./StandaloneApp";

export function startStandalone(container: HTMLElement, t: Strings, theme: PaneTheme, note?: string, about?: string): void {
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <StandaloneApp t={t} note={note} about={about} />
    </FluentProvider>,
  );
}
