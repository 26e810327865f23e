/**
 * The sources stage now against an earlier checkout, in one process on one read of the scale workbook, runs
 * alternating so that the machine's load hits both alike. Used for the BENCHMARKS.md figure of detection + reading.
 *
 *   node --expose-gc -r ts-node/register/transpile-only bench/sources-compare.ts <baseline checkout> <workbook.xlsx>
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readSources } from "../src/sources/read-sources";
import type { WorkbookRead } from "../src/sources/workbook-read";
import { XlsxWorkbook } from "../src/workbook/xlsx";

type ReadSources = (read: WorkbookRead, options: { today: string }) => unknown;
const RUNS = 21;
const WARM_UP = 3;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function main(): Promise<void> {
  const [baselineDir, workbookPath] = process.argv.slice(2);
  const baseline = (require(resolve(join(baselineDir, "src", "sources", "read-sources"))) as { readSources: ReadSources }).readSources;
  const read = await (await XlsxWorkbook.fromBuffer(readFileSync(workbookPath), "skalierung-jobcenter.xlsx")).readSheets({ numberFormats: true });
  const time = (run: ReadSources) => {
    gc();
    const started = performance.now();
    run(read, { today: "2026-12-01" });
    return performance.now() - started;
  };
  const now: number[] = [];
  const before: number[] = [];
  for (let i = 0; i < WARM_UP; i++) {
    time(baseline);
    time(readSources as ReadSources);
  }
  for (let i = 0; i < RUNS; i++) {
    before.push(time(baseline));
    now.push(time(readSources as ReadSources));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // Each pair ran back to back under the same load: the median of the pairs' ratios is the figure that counts.
  const pairRatio = median(now.map((n, i) => n / before[i]));
  const result = { runs: RUNS, baselineMedianMs: Math.round(median(before)), nowMedianMs: Math.round(median(now)), ratioOfMedians: Math.round((median(now) / median(before)) * 100) / 100, medianPairRatio: Math.round(pairRatio * 100) / 100 };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
