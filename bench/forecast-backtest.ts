/**
 * Back-test of the Zielerreichungsprognose on the sample workbook: every December of the earlier years forecast from
 * each month January…November, mean absolute error per month of forecasting (printed as a Markdown table for
 * BENCHMARKS.md). Run: npx ts-node --transpile-only bench/forecast-backtest.ts [workbook.xlsx] [JJJJ-MM]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { backtest } from "../src/domain/forecast";
import { INDICATORS } from "../src/domain/indicators";
import { formatGermanNumber } from "../src/domain/rounding";
import { readSources } from "../src/sources/read-sources";
import { XlsxWorkbook } from "../src/workbook/xlsx";

async function run(): Promise<void> {
  const file = process.argv[2] ?? join(__dirname, "..", "assets", "beispiel-jobcenter.xlsx");
  const month = process.argv[3] ?? "2022-10";
  const read = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).readSheets({ numberFormats: true });
  const sources = readSources(read, { today: "2023-01-31" });
  const rows = INDICATORS.map((d) => ({ d, table: backtest(d, sources.baseSeries, month) })).filter((r) => r.table.length > 0);
  const unit = (u: string) => (u === "percent" ? "pp" : u === "persons" ? "Personen" : "€");
  console.log(`| Prognose aus | ${rows.map((r) => `${r.d.name} (${unit(r.d.unit)})`).join(" | ")} |`);
  console.log(`|---|${rows.map(() => "---:").join("|")}|`);
  for (let k = 1; k <= 11; k++) {
    const cells = rows.map((r) => {
      const row = r.table.find((t) => t.monthOfYear === k);
      return row ? formatGermanNumber(row.meanAbsoluteError, r.d.unit === "percent" ? 2 : 0) : "–";
    });
    console.log(`| ${k}. Monat | ${cells.join(" | ")} |`);
  }
  console.log(`\nJahre: ${[...new Set(rows.flatMap((r) => r.table.flatMap((t) => t.years)))].sort().join(", ")}`);
}

void run();
