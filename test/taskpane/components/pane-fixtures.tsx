/**
 * What the component tests share: the pane rendered as index.tsx renders it (inside a FluentProvider), the sample
 * workbook on the real ExcelJS port, and small hand-written ports for what the sample cannot show (a failing Excel,
 * a cell to jump to, a run held in the middle). Not a test file itself (jest only runs *.test.tsx).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReportPlan } from "../../../src/report/plan";
import { App } from "../../../src/taskpane/App";
import { strings, type Strings } from "../../../src/taskpane/strings";
import type { RenderResult, WorkbookPort, WorkbookRead } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";

export const SAMPLE_PATH = join(__dirname, "..", "..", "..", "assets", "beispiel-jobcenter.xlsx");
export const SAMPLE_BYTES = new Uint8Array(readFileSync(SAMPLE_PATH));
export const de = strings("de-DE");

/** Reading, computing and writing the sample takes about a second each on a quiet machine; the CI box is shared. */
export const SLOW = { timeout: 20_000 };

export function renderPane(port: WorkbookPort, t: Strings = de, options: { warnNoUndo?: boolean } = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} t={t} warnNoUndo={options.warnNoUndo} />
    </FluentProvider>,
  );
}

export function openSampleWorkbook(): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(SAMPLE_BYTES, "beispiel-jobcenter.xlsx");
}

/*
 * Waiting goes by text and label, not by role: a role query asks jsdom for the computed style of every candidate and its
 * ancestors against all of Fluent's style rules, and a findBy* repeats that every 50 ms while the workbook is being
 * read. Once something is there, the assertions use roles.
 */

/** The "Quellen" step has finished looking at the workbook once it shows the kind chooser of `sheet`. */
export async function sourcesListed(sheet: string, t: Strings = de): Promise<void> {
  await screen.findByLabelText(t.sources.kindLabel(sheet), {}, SLOW);
}

/** A refresh has finished once the result (or what went wrong) is shown. */
export async function resultShown(t: Strings = de): Promise<void> {
  await screen.findByText(new RegExp(`^(${t.resultTitle("")}\\S+ \\d{4}$|${t.nothingFound}$)`), {}, SLOW);
}

/** One sheet's entry in the "Quellen" step: its name, badge, status, kind chooser and reasons. */
export function sourceEntry(sheet: string, t: Strings = de): HTMLElement {
  const entry = screen.getByLabelText(t.sources.kindLabel(sheet)).closest("li");
  if (!entry) throw new Error(`no entry for ${sheet}`);
  return entry;
}

export function kindShownFor(sheet: string): string {
  const chooser = within(sourceEntry(sheet)).getByLabelText(de.sources.kindLabel(sheet)) as HTMLSelectElement;
  return chooser.selectedOptions[0]?.textContent ?? "";
}

/**
 * A port over a hand-made read (test/fixtures/workbook-read.ts), so expected figures can be worked out by hand.
 * render() writes nothing; it answers with the sheet names the plan asked for and keeps the plan for inspection.
 */
export class FixturePort implements WorkbookPort {
  readonly plans: ReportPlan[] = [];

  constructor(private readonly read: WorkbookRead) {}

  async readSheets(): Promise<WorkbookRead> {
    return this.read;
  }

  async render(plan: ReportPlan): Promise<RenderResult> {
    this.plans.push(plan);
    return { sheets: plan.sheets.map((s) => ({ key: s.key, name: s.name })), notices: [] };
  }
}

/** A FixturePort in Excel: it can show the user a cell. */
export class SelectingPort extends FixturePort {
  readonly selected: Array<[string, string]> = [];

  async select(sheet: string, cell: string): Promise<void> {
    this.selected.push([sheet, cell]);
  }
}

/** A promise the test resolves when it wants the port to answer. */
export function gate(): { opened: Promise<void>; open(): void } {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}
