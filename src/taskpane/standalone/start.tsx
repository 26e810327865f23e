/** The pane outside Office. The .xlsx reader and writer and the sample workbook are not in here: they load when a workbook is opened. */
import { FluentProvider } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Strings } from "../strings";
import type { PaneTheme } from "../theme";
import { StandaloneApp } from "./StandaloneApp";

export function standalonePane(t: Strings, theme: PaneTheme, note?: string, about?: string): ReactElement {
  return (
    <FluentProvider theme={theme}>
      <StandaloneApp t={t} note={note} about={about} />
    </FluentProvider>
  );
}
