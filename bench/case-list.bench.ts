/**
 * Benchmark: the CLI on a workbook with a 100.000-row case list (issue: processing times at scale).
 * Writes the workbook with ExcelJS' streaming writer, then runs the compiled CLI in a child process five times and
 * records wall time and peak RSS (median). Run with `npm run bench`; never part of `npm test`.
 */
import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { addDays } from "../src/domain/processing/holidays";
import { recordResult } from "./record-result";

const ROWS = 100_000;
const RUNS = 5;

async function writeCaseList(path: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const sheet = writer.addWorksheet("Fälle");
  sheet.addRow(["Aktenzeichen", "Antragsart", "Antragseingang", "Bescheid"]).commit();
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < ROWS; i++) {
    const received = addDays("2022-01-03", Math.floor(random() * 290));
    const decided = random() < 0.03 ? null : addDays(received, Math.floor(random() * 30));
    sheet.addRow([`LA-${i}`, random() < 0.15 ? "Neuantrag" : "Weiterbewilligung", new Date(`${received}T00:00:00Z`), decided ? new Date(`${decided}T00:00:00Z`) : null]).commit();
  }
  await writer.commit();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sc-bench-cases-"));
  const input = join(dir, "fallliste-100000.xlsx");
  await writeCaseList(input);
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: join(__dirname, ".."), stdio: "inherit" });
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(join(__dirname, "..", "dist-node", "cli", "main.js"))}).main(["report",${JSON.stringify(input)},"--out",${JSON.stringify(join(dir, "out.xlsx"))},"--month","2022-10"],{out(){},err(){}}).then(c=>{process.stderr.write(JSON.stringify({code:c,ms:Number(process.hrtime.bigint()-t)/1e6,maxRssKb:process.resourceUsage().maxRSS})+"\\n");process.exit(0)})`;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const started = Date.now();
    const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    const stats = JSON.parse(child.stderr.trim().split("\n").pop() as string) as { code: number; ms: number; maxRssKb: number };
    runs.push({ wallMs: Date.now() - started, ...stats });
  }
  const result = {
    name: "CLI, 100.000-row case list",
    rows: ROWS,
    runs: RUNS,
    medianWallSeconds: median(runs.map((r) => r.wallMs)) / 1000,
    medianPeakRssMb: median(runs.map((r) => r.maxRssKb)) / 1024,
    exitCodes: [...new Set(runs.map((r) => r.code))],
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  };
  recordResult("caseList100k", result);
  process.stdout.write(`${result.name}: ${result.medianWallSeconds.toFixed(2)} s, Spitze ${result.medianPeakRssMb.toFixed(0)} MB RSS (Median aus ${RUNS} Läufen)\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
