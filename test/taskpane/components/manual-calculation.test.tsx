/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The options: see report-step.test.tsx.
/** Excel calculates the workbook manually: after a refresh the pane offers to calculate, and then to refresh again. */
import "./setup";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReportPlan } from "../../../src/report/plan";
import type { RenderResult } from "../../../src/workbook/port";
import { grunddatenSheet, workbook, zieleSheet } from "../../fixtures/workbook-read";
import { de, FixturePort, renderPane, resultShown, sourcesListed } from "./pane-fixtures";

class ManualPort extends FixturePort {
  calculations = 0;
  override async render(plan: ReportPlan): Promise<RenderResult> {
    return { ...(await super.render(plan)), manualCalculation: true };
  }
  async calculate(): Promise<void> {
    this.calculations++;
  }
}

it("offers „Jetzt berechnen“ after a refresh in manual calculation mode, calculates, and asks for a refresh", async () => {
  const port = new ManualPort(workbook(grunddatenSheet(), zieleSheet()));
  renderPane(port);
  await sourcesListed("Grunddaten");
  await userEvent.click(screen.getByText("Bericht erstellen").closest("button") as HTMLButtonElement);
  await resultShown();
  await userEvent.click(screen.getByText(de.calculate.now));
  expect(port.calculations).toBe(1);
  expect(await screen.findByText(de.calculate.done)).toBeTruthy();
});

class EditingPort extends FixturePort {
  watcher: ((waiting: string | null) => void) | null = null;
  watchWaiting(watcher: (waiting: string | null) => void): () => void {
    this.watcher = watcher;
    return () => (this.watcher = null);
  }
}

it("says „Bitte die Zellbearbeitung beenden“ while Excel waits for a cell edit, and no longer once it goes on", async () => {
  const port = new EditingPort(workbook(grunddatenSheet(), zieleSheet()));
  renderPane(port);
  await sourcesListed("Grunddaten");
  act(() => port.watcher?.("Bitte die Zellbearbeitung beenden (Eingabetaste oder Esc)."));
  expect(screen.getByText(/^Bitte die Zellbearbeitung beenden/)).toBeTruthy();
  act(() => port.watcher?.(null));
  expect(screen.queryByText(/^Bitte die Zellbearbeitung beenden/)).toBeNull();
});
