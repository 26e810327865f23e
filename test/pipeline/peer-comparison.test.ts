/**
 * The all-Jobcenter table through the whole pipeline: without a choice the user is told how many Jobcenter the sheet
 * holds and how to choose; with `--jobcenter` the own figures become published Kennzahlen and the "Vergleich" sheet
 * and `comparison[]` appear — and the choice is remembered for the ribbon.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { inspectSources } from "../../src/pipeline/inspect-sources";
import { withRememberedSettings } from "../../src/pipeline/remembered-settings";
import { InvalidOptionsError, validateOptions } from "../../src/pipeline/report-options";
import { checkedOptions, computeReport, runReport } from "../../src/pipeline/run-report";
import type { WorkbookPort, WorkbookRead } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { crossSectionSheet, FIRST_DATA_ROW, JOBCENTER_COUNT, OWN } from "../fixtures/cross-section-table";
import { summarySchemaErrors } from "../fixtures/summary-schema";
import { workbook } from "../fixtures/workbook-read";

const TODAY = { today: "2026-01-01" };

describe("an all-Jobcenter table", () => {
  const read = workbook(crossSectionSheet());

  it("without a choice: a message with the number of Jobcenter and how to choose, no comparison", () => {
    const outcome = computeReport(read, TODAY);
    expect(outcome.summary.mappings[0]).toMatchObject({ kind: "querschnitt" });
    expect(outcome.messages).toContainEqual(expect.objectContaining({ text: expect.stringContaining(`${JOBCENTER_COUNT.toLocaleString("de-DE")} Jobcenter`) }));
    expect(outcome.messages.some((m) => m.text.includes("--jobcenter"))).toBe(true);
    expect(outcome.summary.comparison).toEqual([]);
  });

  it("with the Regionalschlüssel: published Kennzahlen of the own Jobcenter, the Vergleich sheet and comparison[]", () => {
    const outcome = computeReport(read, { ...TODAY, jobcenter: "3353" });
    expect(outcome.plan.sheets.map((s) => s.key)).toContain("vergleich");
    const k2 = outcome.summary.kennzahlen.find((k) => k.code === "K2");
    expect(k2).toMatchObject({ value: OWN.K2, source: "published" });
    const comparison = outcome.summary.comparison.find((c) => c.code === "K2");
    expect(comparison).toMatchObject({ own: OWN.K2, peerGroupSource: "table" });
    expect(summarySchemaErrors(outcome.summary)).toEqual([]);
  });

  it("an unknown Jobcenter is said, with no comparison", () => {
    const outcome = computeReport(read, { ...TODAY, jobcenter: "Atlantis" });
    expect(outcome.messages.some((m) => m.text.includes("Atlantis"))).toBe(true);
    expect(outcome.summary.comparison).toEqual([]);
  });

  it("through the CLI with --jobcenter, and remembered for the next refresh", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-peers-"));
    const input = join(dir, "alle-jobcenter.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(read.sheets[0].name);
    for (const row of read.sheets[0].values) ws.addRow(row);
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const json = join(dir, "bericht.json");
    const io = { out: () => undefined, err: () => undefined };
    expect(await main(["report", input, "--out", join(dir, "bericht.xlsx"), "--json", json, "--jobcenter", "Harburg"], io)).toBe(0);
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(summary.comparison.length).toBeGreaterThan(0);
    expect(summarySchemaErrors(summary)).toEqual([]);

    const port = await XlsxWorkbook.fromBuffer(readFileSync(input));
    await runReport(port, { jobcenter: "03353", rememberSettings: true, ...TODAY });
    const again = await runReport(await XlsxWorkbook.fromBuffer(await port.toBuffer()), { useRememberedSettings: true, ...TODAY });
    expect(again.summary.comparison.find((c) => c.code === "K2")?.own).toBe(OWN.K2);
  });
});

/** The fixture with the own row's Vergleichstyp cell emptied: the table types every other Jobcenter. */
function withoutOwnType() {
  const table = crossSectionSheet();
  const values = table.values.map((row, r) => (r === FIRST_DATA_ROW ? row.map((v, c) => (c === 3 ? "" : v)) : row));
  expect(table.values[FIRST_DATA_ROW][1]).toBe(OWN.name);
  return workbook({ ...table, values });
}

describe("the user's Vergleichstyp (--vergleichstyp, the pane's choice)", () => {
  it("is validated against the 15 types, with a German message for a wrong one", () => {
    expect(validateOptions({ comparisonType: "iiib" })).toEqual({ ok: true, options: { comparisonType: "IIIb" } });
    expect(validateOptions({ comparisonType: " " })).toEqual({ ok: true, options: { comparisonType: "" } });
    expect(validateOptions({ comparisonType: "IV" })).toEqual({ ok: false, errors: ["„IV“ ist kein SGB II-Vergleichstyp (Typ 1 bis Typ 15 oder Ia bis IIIe, z. B. IIIb)."] });
    expect(() => computeReport(workbook(crossSectionSheet()), checkedOptions({ comparisonType: "Typ 16" }))).toThrow(InvalidOptionsError);
  });

  it("a table that names the own type wins; the differing choice gets an info message", () => {
    const outcome = computeReport(workbook(crossSectionSheet()), { ...TODAY, jobcenter: "03353", comparisonType: "IIIb" });
    expect(outcome.summary.comparison.find((c) => c.code === "K2")).toMatchObject({ peerGroup: "Typ 8", peerGroupSource: "table", rank: 2, withValue: 6 });
    expect(outcome.messages).toContainEqual(expect.objectContaining({ level: "info", text: "Die Tabelle ordnet Jobcenter Landkreis Harburg dem Vergleichstyp „Typ 8“ zu; verglichen wird mit diesem Typ, nicht mit „IIIb“." }));
  });

  it("used when the table has no type for the own Jobcenter: the seven of Typ 8, as computed by hand", () => {
    const outcome = computeReport(withoutOwnType(), { ...TODAY, jobcenter: "03353", comparisonType: "Typ 8" });
    // test/domain/peers.test.ts: K2 in Typ 8 — rank 2 of the six with a value, median 26,25, 1. Quartil.
    expect(outcome.summary.comparison.find((c) => c.code === "K2")).toMatchObject({ peerGroup: "Typ 8", peerGroupSource: "chosen", rank: 2, quartile: 1, median: 26.25, withValue: 6, withoutValue: 1 });
    expect(summarySchemaErrors(outcome.summary)).toEqual([]);
  });

  it("without a type in the table and without a choice: all Jobcenter, said in a warning and on the sheet", () => {
    const outcome = computeReport(workbook(crossSectionSheet({ withoutTypes: true })), { ...TODAY, jobcenter: "03353" });
    expect(outcome.summary.comparison.find((c) => c.code === "K2")).toMatchObject({ peerGroup: "alle Jobcenter", peerGroupSource: "all", withValue: expect.any(Number) });
    expect(outcome.summary.comparison.find((c) => c.code === "K2")?.withValue).toBeGreaterThan(300);
    expect(outcome.messages).toContainEqual(expect.objectContaining({ level: "warning", text: expect.stringContaining(`verglichen wird mit allen ${JOBCENTER_COUNT} Jobcentern`) }));
    const sheet = outcome.plan.sheets.find((s) => s.key === "vergleich");
    // A footnote is written as rows of the table's width (print-ready): read the sheet's first column as one text.
    expect(sheet?.cells.map((r) => r[0]).filter((v) => typeof v === "string").join(" ")).toContain("Ohne Vergleichstyp: Rang, Quartil und Median beziehen sich auf alle Jobcenter der Tabelle, nicht auf Jobcenter mit ähnlichen Rahmenbedingungen. Für einen Vergleich im eigenen Typ den Vergleichstyp wählen (Aufgabenbereich „Weitere Einstellungen“, Kommandozeile --vergleichstyp).");
  });

  it("is remembered in the workbook like the own Jobcenter and used by the next refresh", async () => {
    const port = await XlsxWorkbook.fromBuffer(await xlsxOf(withoutOwnType()));
    await runReport(port, { jobcenter: "03353", comparisonType: "typ 8", rememberSettings: true, ...TODAY });
    const reopened = await XlsxWorkbook.fromBuffer(await port.toBuffer());
    expect((await reopened.readSheets({})).state.settings).toMatchObject({ jobcenter: "03353", vergleichstyp: "Typ 8" });
    const again = await runReport(reopened, { useRememberedSettings: true, ...TODAY });
    expect(again.summary.comparison.find((c) => c.code === "K2")).toMatchObject({ peerGroup: "Typ 8", peerGroupSource: "chosen", rank: 2 });
    // A stored value that is no type (edited by hand) is ignored, not fatal: the comparison falls back to all Jobcenter.
    expect(withRememberedSettings({}, { vergleichstyp: "IV" }).comparisonType).toBeUndefined();

    // "keiner" (blank), chosen on purpose, replaces the remembered type instead of reviving it.
    const none = await runReport(await XlsxWorkbook.fromBuffer(await reopened.toBuffer()), { comparisonType: "", rememberSettings: true, useRememberedSettings: true, ...TODAY });
    expect(none.summary.comparison.find((c) => c.code === "K2")).toMatchObject({ peerGroupSource: "all" });
    expect(none.rendered?.sheets.map((s) => s.key)).toContain("vergleich");
  });

  it("the inspection tells the pane whether the table names types and what the workbook remembers", async () => {
    const untyped = withSettings(workbook(crossSectionSheet({ withoutTypes: true })), { jobcenter: "03353", vergleichstyp: "IIIb" });
    expect((await inspectSources(portOf(untyped), TODAY.today)).peerTable).toMatchObject({ hasTypes: false, remembered: { jobcenter: "03353", comparisonType: "IIIb" } });
    const typed = (await inspectSources(portOf(workbook(crossSectionSheet())), TODAY.today)).peerTable;
    expect(typed).toMatchObject({ hasTypes: true, remembered: { jobcenter: null, comparisonType: null } });
    // The list to choose from: every Jobcenter row once, by name, without the Land and Bund rows.
    expect(typed?.jobcenters).toContainEqual({ key: "03353", name: "Jobcenter Landkreis Harburg" });
    expect(typed?.jobcenters.some((j) => j.name === "Niedersachsen" || j.name === "Deutschland")).toBe(false);
    expect(typed?.jobcenters.map((j) => j.name)).toEqual([...(typed?.jobcenters.map((j) => j.name) ?? [])].sort((a, b) => a.localeCompare(b, "de")));
    expect((await inspectSources(portOf(withSettings(workbook(crossSectionSheet()), { vergleichstyp: "" })), TODAY.today)).peerTable?.remembered.comparisonType).toBeNull();
  });
});

async function xlsxOf(read: ReturnType<typeof workbook>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(read.sheets[0].name);
  for (const row of read.sheets[0].values) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function withSettings(read: WorkbookRead, settings: Record<string, string>): WorkbookRead {
  return { ...read, state: { ...read.state, settings } };
}

/** A port that only reads: the inspection never writes. */
function portOf(read: WorkbookRead): WorkbookPort {
  return { readSheets: async () => read, render: async () => Promise.reject(new Error("inspection must not write")) };
}
