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
import { computeReport, runReport } from "../../src/pipeline/run-report";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { crossSectionSheet, JOBCENTER_COUNT, OWN } from "../fixtures/cross-section-table";
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
