/**
 * One answer to one question: status, Ist, Soll and Prognose of every indicator are the same in the report sheet (read
 * back from the written .xlsx), the pane's figures, the CLI table and the JSON summary.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { DISPLAY_DECIMALS, type Unit } from "../../src/domain/indicators";
import { roundCommercial } from "../../src/domain/rounding";
import { STATUS_LABEL } from "../../src/report/status-labels";
import type { IndicatorSummary, ReportSummary } from "../../src/report/summary";
import { formatValue, statusShown } from "../../src/taskpane/figures";
import { strings } from "../../src/taskpane/strings";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

const SAMPLE = join(__dirname, "..", "..", "assets", "beispiel-jobcenter.xlsx");
const UNITS: Record<string, Unit> = { "%": "percent", EUR: "eur", Personen: "persons", Note: "grade", Arbeitstage: "days", Tage: "calendarDays" };
const de = strings("de-DE");

async function runSample(): Promise<{ summary: ReportSummary; printed: string; sheet: unknown[][] }> {
  const dir = mkdtempSync(join(tmpdir(), "sc-one-status-"));
  const out: string[] = [];
  expect(await main(["report", SAMPLE, "--out", join(dir, "b.xlsx"), "--json", join(dir, "b.json")], { out: (t) => out.push(t), err: () => undefined })).toBe(0);
  const summary = JSON.parse(readFileSync(join(dir, "b.json"), "utf8")) as ReportSummary;
  const read = await (await XlsxWorkbook.fromBuffer(readFileSync(join(dir, "b.xlsx")))).readSheets({ sheets: ["Ziel-Ist-Vergleich"] });
  return { summary, printed: out.join("\n"), sheet: read.sheets[0].values };
}

/** A level as the sheet stores it (quotas as fractions), back in the indicator's unit, rounded as shown. */
function shown(value: unknown, unit: Unit): number | null {
  if (typeof value !== "number") return null;
  return roundCommercial(unit === "percent" ? value * 100 : value, DISPLAY_DECIMALS[unit]);
}
const rounded = (value: number | null, unit: Unit) => (value === null ? null : roundCommercial(value, DISPLAY_DECIMALS[unit]));

describe("one status, one figure in every output (sample workbook)", () => {
  it("sheet, pane, CLI and JSON agree on status, Ist, Soll and Prognose of every indicator", async () => {
    const { summary, printed, sheet } = await runSample();
    expect(summary.indicators.length).toBeGreaterThanOrEqual(8);
    const cliLines = printed.split("\n");
    for (const indicator of summary.indicators as IndicatorSummary[]) {
      const unit = UNITS[indicator.unit];
      const row = sheet.find((r) => r[1] === indicator.code) ?? [];
      const label = STATUS_LABEL[indicator.status];
      // Sheet (read back from the file): status in words, Ist, Soll, Prognose as the JSON says.
      expect({ code: indicator.code, status: row[12] }).toEqual({ code: indicator.code, status: label });
      expect({ code: indicator.code, ist: shown(row[5], unit) }).toEqual({ code: indicator.code, ist: rounded(indicator.actual, unit) });
      expect({ code: indicator.code, soll: shown(row[7], unit) }).toEqual({ code: indicator.code, soll: rounded(indicator.target, unit) });
      expect({ code: indicator.code, prognose: shown(row[13], unit) }).toEqual({ code: indicator.code, prognose: rounded(indicator.forecast?.december ?? null, unit) });
      expect({ code: indicator.code, likely: row[14] }).toEqual({ code: indicator.code, likely: indicator.forecast?.likely ?? "–" });
      // Pane: the same word, and its Ist figure is the sheet's.
      expect(de.status[statusShown(indicator)]).toBe(label);
      if (indicator.actual !== null && unit === "percent") expect(formatValue(indicator.actual, indicator.unit, de.locale)).toBe(`${String(shown(row[5], unit)?.toFixed(1)).replace(".", ",")} %`);
      // CLI: the indicator's line ends its judgement with the same word.
      const line = cliLines.find((l) => l.startsWith(`${indicator.name} `)) ?? "";
      expect({ code: indicator.code, cli: line.includes(`  ${label}`) }).toEqual({ code: indicator.code, cli: true });
    }
  });

  it("the monitoring figure (Summe LLU) is „Beobachtung“ everywhere, with no Soll and the previous year beside it", async () => {
    const { summary, printed, sheet } = await runSample();
    const llu = summary.indicators.find((i) => i.code === "K1") as IndicatorSummary;
    expect(llu.status).toBe("monitoring");
    expect(llu.target).toBeNull();
    expect(llu.previousYear).not.toBeNull();
    const row = sheet.find((r) => r[1] === "K1") ?? [];
    expect(row[7]).toBe("–");
    expect(row[4]).toBe(llu.previousYear);
    const cli = printed.split("\n").find((l) => l.startsWith("Summe Leistungen zum Lebensunterhalt")) ?? "";
    expect(cli).toMatch(/Beobachtung/);
    expect(cli).not.toMatch(/verfehlt/);
  });
});
