/**
 * Paired whole-process runs (issue #24): `steuerungscockpit report` on a workbook against the floor (bench/floor.js:
 * inflate every part once, scan every cell once) on the same workbook, run back to back, the order alternating, so
 * that both of a pair see the same load on a shared machine. Wall time, CPU (user + system) and peak RSS from
 * /usr/bin/time -v; the ratio is taken per pair, its median reported.
 *
 *   npm run build:cli && npx ts-node --transpile-only bench/paired.bench.ts <label> <workbook.xlsx>… [--pairs 5] [--cli bin/…js]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { performance } from "node:perf_hooks";
import { recordResult } from "./record-result";
import { machine, median } from "./stats";

interface Run {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
}

function measured(args: string[]): Run {
  const started = performance.now();
  const result = spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(" ")}: exit ${result.status}\n${result.stderr.slice(-2000)}`);
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(result.stderr)?.[1]);
  return { wallMs, cpuMs: (field("User time \\(seconds\\)") + field("System time \\(seconds\\)")) * 1000, peakRssMb: field("Maximum resident set size \\(kbytes\\)") / 1024 };
}

function main(): void {
  const argv = process.argv.slice(2);
  const option = (name: string) => (argv.includes(name) ? argv.splice(argv.indexOf(name), 2)[1] : undefined);
  const pairs = Number(option("--pairs") ?? 5);
  const cli = option("--cli") ?? join(__dirname, "..", "bin", "steuerungscockpit.js");
  const [label, ...workbooks] = argv;
  const out = mkdtempSync(join(tmpdir(), "sc-paired-"));
  const results: Record<string, unknown> = {};
  for (const workbook of workbooks) {
    const runs: Array<{ report: Run; floor: Run }> = [];
    for (let i = 0; i < pairs; i++) {
      const report = () => measured([cli, "report", workbook, "--out", join(out, `bericht-${i}.xlsx`)]);
      const floor = () => measured([join(__dirname, "floor.js"), workbook]);
      if (i % 2 === 0) {
        const r = report();
        runs.push({ report: r, floor: floor() });
      } else {
        const f = floor();
        runs.push({ report: report(), floor: f });
      }
    }
    const of = (pick: (pair: { report: Run; floor: Run }) => number) => Math.round(median(runs.map(pick)) * 100) / 100;
    const summary = {
      pairs,
      reportWallMs: of((p) => p.report.wallMs),
      floorWallMs: of((p) => p.floor.wallMs),
      wallRatio: of((p) => p.report.wallMs / p.floor.wallMs),
      reportCpuMs: of((p) => p.report.cpuMs),
      floorCpuMs: of((p) => p.floor.cpuMs),
      cpuRatio: of((p) => p.report.cpuMs / p.floor.cpuMs),
      reportPeakRssMb: of((p) => p.report.peakRssMb),
      floorPeakRssMb: of((p) => p.floor.peakRssMb),
      runs,
    };
    results[basename(workbook)] = summary;
    const { runs: _, ...shown } = summary;
    console.log(basename(workbook), JSON.stringify(shown));
  }
  recordResult(`paired.${label}`, { cli, machine: machine(), workbooks: results });
}

main();
