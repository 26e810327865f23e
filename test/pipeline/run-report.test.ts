/**
 * The pipeline on the .xlsx port: read → compute → render, remembered settings, steps reported in order — the same run
 * for the CLI, the pane, the ribbon and the standalone mode.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { runReport, type RunStep } from "../../src/pipeline/run-report";
import type { ReportOptionsInput } from "../../src/pipeline/report-options";
import type { WorkbookPort } from "../../src/workbook/port";

/** A run as the pane and the ribbon make it: what they set is remembered in the workbook. */
const refreshReport = (port: WorkbookPort, options: ReportOptionsInput, onStep?: (step: RunStep) => void) => runReport(port, { rememberSettings: true, ...options }, onStep);

const SAMPLE = readFileSync(join(__dirname, "..", "..", "assets", "beispiel-jobcenter.xlsx"));

describe("runReport", () => {
  it("reports its steps in order and writes the report sheets", async () => {
    const steps: RunStep[] = [];
    const workbook = await XlsxWorkbook.fromBuffer(SAMPLE);
    const outcome = await refreshReport(workbook, {}, (s) => steps.push(s));
    expect(steps).toEqual(["lesen", "berechnen", "schreiben"]);
    expect(outcome.rendered?.sheets.map((s) => s.name)).toEqual(["Ziel-Ist-Vergleich", "Kennzahlen §48a", "Bearbeitungszeiten", "EGT-Controlling"]);
  });

  it("remembers the Berichtsmonat in the workbook, and the ribbon refresh uses it", async () => {
    const first = await XlsxWorkbook.fromBuffer(SAMPLE);
    await refreshReport(first, { reportMonth: "2022-06" });
    const reopened = await XlsxWorkbook.fromBuffer(await first.toBuffer());
    const outcome = await refreshReport(reopened, { useRememberedSettings: true });
    expect(outcome.summary.reportMonth).toBe("2022-06");
  });

  it("writes only the report sheets the controller chose, and the ribbon refresh keeps that choice", async () => {
    const first = await XlsxWorkbook.fromBuffer(SAMPLE);
    const chosen = await refreshReport(first, { sheets: ["ziel-ist-vergleich", "egt-controlling"] });
    expect(chosen.rendered?.sheets.map((s) => s.name)).toEqual(["Ziel-Ist-Vergleich", "EGT-Controlling"]);
    expect(chosen.summary.indicators.some((i) => i.reportRow !== undefined)).toBe(true);
    const reopened = await XlsxWorkbook.fromBuffer(await first.toBuffer());
    const ribbon = await refreshReport(reopened, { useRememberedSettings: true });
    expect(ribbon.rendered?.sheets.map((s) => s.name)).toEqual(["Ziel-Ist-Vergleich", "EGT-Controlling"]);
    expect((await reopened.readSheets({})).sheetNames).not.toContain("Kennzahlen §48a");
  });

  it("remembers the default tolerance, so the ribbon refresh judges 'gefährdet' the same way", async () => {
    const first = await XlsxWorkbook.fromBuffer(SAMPLE);
    // September 2022: the Widerspruchsquote 1,58 % misses its Ziel 1,5 % by 0,1 pp — "verfehlt" without a band, "gefährdet" within 50 pp.
    const chosen = await refreshReport(first, { reportMonth: "2022-09", defaultTolerance: { pp: 50, percent: 50 } });
    const plain = await refreshReport(await XlsxWorkbook.fromBuffer(SAMPLE), { reportMonth: "2022-09" });
    const atRisk = (o: typeof plain) => o.summary.indicators.filter((i) => i.status === "at-risk").length;
    expect(atRisk(chosen)).toBeGreaterThan(atRisk(plain));
    const ribbon = await refreshReport(await XlsxWorkbook.fromBuffer(await first.toBuffer()), { useRememberedSettings: true });
    expect(ribbon.summary.indicators.map((i) => i.status)).toEqual(chosen.summary.indicators.map((i) => i.status));
  });

  it("without the Ziel-Ist-Vergleich, the pane has no report row to jump to", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(SAMPLE);
    const outcome = await refreshReport(workbook, { sheets: ["egt-controlling"] });
    expect(outcome.rendered?.sheets.map((s) => s.name)).toEqual(["EGT-Controlling"]);
    expect(outcome.summary.indicators.every((i) => i.reportRow === undefined)).toBe(true);
  });

  it("does not render anything for a workbook without data", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Leer").getCell("A1").value = "nichts";
    const workbook = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    const outcome = await refreshReport(workbook, {});
    expect(outcome.rendered).toBeNull();
    expect(outcome.messages[0].level).toBe("error");
  });
});
