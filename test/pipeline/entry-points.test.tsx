/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The options: under jsdom, jest would resolve uuid (in ExcelJS) to its ES module build; the Node build is the one
// the CLI runs.
/**
 * One pipeline behind every entry point: the same workbook through the CLI and through the pane's entry
 * (useReportRun, as the standalone mode and Excel use it) gives the same summary, Bundesland included; options are
 * validated once, with the same German messages for both.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { main } from "../../src/cli/main";
import { validateOptions } from "../../src/pipeline/report-options";
import { useReportRun } from "../../src/taskpane/use-report-run";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { summarySchemaErrors } from "../fixtures/summary-schema";

// ExcelJS and JSZip expect Node's text codecs, which jsdom does not provide.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const SAMPLE = join(__dirname, "..", "..", "assets", "beispiel-jobcenter.xlsx");

function silent() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe("the CLI and the pane run the same pipeline", () => {
  it("give identical summaries for the same workbook, month and Land", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-entry-"));
    const json = join(dir, "bericht.json");
    const code = await main(["report", SAMPLE, "--out", join(dir, "bericht.xlsx"), "--json", json, "--month", "Juni 2022", "--land", "by"], silent().io);
    expect(code).toBe(0);
    const fromCli = JSON.parse(readFileSync(json, "utf8"));

    const port = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE));
    const { result } = renderHook(() => useReportRun(port, "Fehler"));
    await act(() => result.current.run({ reportMonth: "2022-06", land: "BY" }));
    await waitFor(() => expect(result.current.state.kind).toBe("done"));
    const state = result.current.state;
    if (state.kind !== "done") throw new Error("the pane's run did not finish");
    const fromPane = JSON.parse(JSON.stringify(state.outcome.summary));

    expect(fromCli.land).toBe("BY");
    expect(fromCli.reportMonth).toBe("2022-06");
    expect(summarySchemaErrors(fromCli)).toEqual([]);
    expect(fromPane).toEqual(fromCli);
  });
});

describe("options are validated once, in German", () => {
  it("accepts the Berichtsmonat in the forms controllers write", () => {
    for (const month of ["2022-10", "10/2022", "10.2022", "Okt 2022", "Oktober 2022"]) {
      expect(validateOptions({ reportMonth: month })).toEqual({ ok: true, options: { reportMonth: "2022-10" } });
    }
  });

  it("refuses what is not an option value, naming the value", () => {
    const result = validateOptions({ reportMonth: "demnächst", land: "XY", integrationDenominatorLag: 40, sheets: "alles" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.stringContaining("„demnächst“ ist kein Berichtsmonat"),
      expect.stringContaining("„XY“ ist kein Bundesland-Kürzel"),
      expect.stringContaining("„40“ ist keine ganze Zahl von 0 bis 12"),
      expect.stringContaining("„alles“ nennt kein bekanntes Berichtsblatt"),
    ]);
  });

  it("the CLI says the same and exits with 2 before opening the workbook", async () => {
    const c = silent();
    expect(await main(["report", "/gibt/es/nicht.xlsx", "--month", "13/2022"], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain("„13/2022“ ist kein Berichtsmonat");
  });
});
