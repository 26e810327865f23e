/**
 * Detection + reading on the scale workbook (scripts/make-scale-workbook.ts): what `readSources` costs, cells →
 * records, now that every sheet is read for every kind and cut into its tables. Median of seven runs on one read of
 * the workbook; `--baseline <dir>` times the same step of an older checkout in the same process conditions (run it
 * there with the same file), so the comparison does not depend on the machine's load of the day.
 *
 *   node --expose-gc -r ts-node/register/transpile-only bench/sources.bench.ts [workbook.xlsx]
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSources } from "../src/sources/read-sources";
import { XlsxWorkbook } from "../src/workbook/xlsx";
import { SCALE_WORKBOOK, writeScaleWorkbook } from "../scripts/make-scale-workbook";

const RUNS = 7;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function main(): Promise<void> {
  const given = process.argv[2];
  const path = given && existsSync(given) ? given : join(mkdtempSync(join(tmpdir(), "sc-sources-")), "skalierung-jobcenter.xlsx");
  if (!given || !existsSync(given)) await writeScaleWorkbook(path, SCALE_WORKBOOK);
  const workbook = await XlsxWorkbook.fromBuffer(readFileSync(path), "skalierung-jobcenter.xlsx");
  const read = await workbook.readSheets({ numberFormats: true });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    gc();
    const started = performance.now();
    readSources(read, { today: "2026-12-01" });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  process.stdout.write(`${JSON.stringify({ workbook: path, runs: RUNS, medianMs: Math.round(median), minMs: Math.round(times[0]), maxMs: Math.round(times[times.length - 1]) })}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
