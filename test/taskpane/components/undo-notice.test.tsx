/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The options: see report-step.test.tsx.
/**
 * Inside Excel, the first write of a session waits until the user has read that it cannot be undone (a refresh is
 * several undo steps, and writing the add-in's custom XML part clears Excel's undo history, office-js#4484).
 */
import "./setup";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { grunddatenSheet, workbook, zieleSheet } from "../../fixtures/workbook-read";
import { de, FixturePort, renderPane, resultShown, sourcesListed } from "./pane-fixtures";

const createButton = () => screen.getByText("Bericht erstellen").closest("button") as HTMLButtonElement;

describe("the undo notice", () => {
  it("asks before the first refresh of the session, writes nothing on „Abbrechen“, and asks only once", async () => {
    const port = new FixturePort(workbook(grunddatenSheet(), zieleSheet()));
    renderPane(port, de, { warnNoUndo: true });
    await sourcesListed("Grunddaten");
    await userEvent.click(createButton());
    expect(screen.getByText(/nicht mit Strg\+Z rückgängig machen/)).toBeTruthy();
    expect(screen.queryByText(/Rückgängig-Gruppe|lässt sich rückgängig machen/)).toBeNull();
    await userEvent.click(screen.getByText(de.undo.cancel));
    expect(port.plans).toHaveLength(0);

    await userEvent.click(createButton());
    await userEvent.click(screen.getByText(de.undo.proceed));
    await resultShown();
    expect(port.plans).toHaveLength(1);

    await userEvent.click(screen.getByText("Aktualisieren").closest("button") as HTMLButtonElement);
    expect(screen.queryByText(de.undo.proceed)).toBeNull();
  });

  it("is not shown where the pane writes a copy (standalone)", async () => {
    const port = new FixturePort(workbook(grunddatenSheet(), zieleSheet()));
    renderPane(port);
    await sourcesListed("Grunddaten");
    await userEvent.click(createButton());
    await resultShown();
    expect(port.plans).toHaveLength(1);
  });
});
