/** Loaded only when the pane runs outside Office: ExcelJS and the sample travel in this chunk, not in the add-in's. */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Strings } from "../strings";
import type { PaneTheme } from "../theme";
import { StandaloneApp } from "./StandaloneApp";

export function startStandalone(container: HTMLElement, t: Strings, theme: PaneTheme): void {
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <StandaloneApp t={t} />
    </FluentProvider>,
  );
}
