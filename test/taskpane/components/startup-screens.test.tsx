/**
 * @jest-environment jsdom
 */
// What the pane shows before it knows where it runs: progress while Office.onReady has not answered (never a switch
// to standalone by itself), and, opened by Office without any Office.js, a clear German message with the way on.
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OfficeUnreachable, StartupProgress } from "../../../src/taskpane/components/StartupScreens";
import { de } from "./pane-fixtures";

const inFluent = (node: React.ReactNode) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe("the pane before Excel has answered", () => {
  it("shows progress in German and offers no standalone mode", () => {
    inFluent(<StartupProgress t={de} />);
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("Verbindung zu Excel wird hergestellt …")).toBeTruthy();
    expect(screen.getByText(/der Aufgabenbereich wartet, bis Excel bereit ist/)).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("without any Office.js inside Office: says Excel is unreachable and why, and lets the user open a file instead", async () => {
    const onContinue = jest.fn();
    inFluent(<OfficeUnreachable t={de} about={de.about.officeJs.none("1.1.110")} onContinue={onContinue} />);
    expect(screen.getByRole("alert").textContent).toMatch(/Excel ist nicht erreichbar: Office\.js konnte weder von Microsoft noch vom Server dieses Add-ins geladen werden/);
    await userEvent.click(screen.getByRole("button", { name: /Ohne Excel weiterarbeiten/ }));
    expect(onContinue).toHaveBeenCalledTimes(1);
  });
});
