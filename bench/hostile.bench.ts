/**
 * The hostile corpus of issue #24, each case run as a whole CLI process (`node bin/steuerungscockpit.js report …`):
 * wall time, peak RSS (VmHWM from /proc, polled), exit code and the first line of the message. The target is an answer
 * within 5 s and 300 MB; the tests (test/e2e/hostile-limits.test.ts) assert the answer, this script the cost.
 *
 *   npm run build:cli && npx ts-node --transpile-only bench/hostile.bench.ts [label] [--timeout 30] [--only 1,2a] [--cli <bin/…js>]
 *
 * A case that runs past the timeout or above 3 GB is killed (the machine is shared) and reported as such. The figures
 * go to bench/results.json under "hostile.<label>".
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE } from "../test/e2e/hostile/generate";
import * as corpus from "../test/e2e/hostile/breaking-inputs";
import { recordResult } from "./record-result";
import { machine } from "./stats";

const ROOT = join(__dirname, "..");
const CLI = join(ROOT, "bin", "steuerungscockpit.js");
const KILL_ABOVE_KB = 3 * 1024 * 1024;

interface Case {
  id: string;
  what: string;
  /** The input workbook, any further arguments, and the output if not a fresh file in the temp dir. */
  make(dir: string): { input: string; args?: string[]; out?: string };
}

export const CASES: Case[] = [
  { id: "1", what: 'one cell r="A99999999999999999999"', make: (d) => ({ input: corpus.singleCellAt(d, "zeile-riesig.xlsx", "A99999999999999999999") }) },
  { id: "2a", what: "60.000 unclosed <c>", make: (d) => ({ input: corpus.unclosedCells(d, 60_000) }) },
  { id: "2b", what: "200.000 unclosed <c>", make: (d) => ({ input: corpus.unclosedCells(d, 200_000) }) },
  { id: "2c", what: "200.000 unclosed comments", make: (d) => ({ input: corpus.unclosedComments(d, 200_000) }) },
  { id: "3", what: "1.000 × <mergeCell ref=A1:XFD1048576> over 500.000 cells", make: (d) => ({ input: corpus.mergeBomb(d, 1000, 50_000, 10) }) },
  { id: "4a", what: "41 <sheet> entries pointing at one part of 700.000 cells", make: (d) => ({ input: corpus.sheetsSharingOnePart(d, 41, 70_000, 10) }) },
  { id: "4b", what: "800.000 cells written as <c-x>", make: (d) => ({ input: corpus.dashedCellTags(d, 80_000, 10) }) },
  { id: "4c", what: "800.000 cells in a part named in another case than its relationship", make: (d) => ({ input: corpus.partNamedInOtherCase(d, 80_000, 10) }) },
  { id: "5", what: "a 10.000-character number format on 500.000 cells", make: (d) => ({ input: corpus.longNumberFormat(d, 10_000, 50_000, 10) }) },
  { id: "6a", what: "1.000 MB of whitespace in one part (declared honestly)", make: (d) => ({ input: corpus.whitespacePart(d, 1000) }) },
  { id: "6b", what: "5.000.000 shared strings", make: (d) => ({ input: corpus.manySharedStrings(d, 5_000_000) }) },
  { id: "7a", what: "a DOCTYPE in sharedStrings whose entity holds an <sst> (the sample)", make: (d) => ({ input: corpus.sampleWithDoctypeIn(d, "dtd-texte.xlsx", "xl/sharedStrings.xml") }) },
  { id: "7b", what: "50.100 entries", make: (d) => ({ input: corpus.manyEntries(d, 50_100) }) },
  { id: "8a", what: "an entry named xl\\..\\..\\tmp\\pwned (the sample)", make: (d) => ({ input: corpus.sampleWithEntryNamed(d, "rueckwaerts.xlsx", "xl\\..\\..\\tmp\\pwned") }) },
  { id: "8b", what: "an entry named /tmp/pwned (the sample)", make: (d) => ({ input: corpus.sampleWithEntryNamed(d, "absolut.xlsx", "/tmp/pwned") }) },
  {
    id: "10",
    what: "a --zuordnung file of 204 MB (the sample)",
    make: (d) => ({ input: SAMPLE, args: ["--zuordnung", corpus.hugeMappingFile(d, 204, false)] }),
  },
  { id: "out", what: "--out /proc/nope/x.xlsx (the sample)", make: () => ({ input: SAMPLE, out: "/proc/nope/x.xlsx" }) },
  { id: "ods", what: "an OpenDocument spreadsheet named .xlsx", make: (d) => ({ input: corpus.openDocumentAsXlsx(d) }) },
  { id: "1024", what: "the sample with 1.024 sheets", make: (d) => ({ input: corpus.sampleWithSheets(d, 1024) }) },
];

interface Run {
  id: string;
  what: string;
  seconds: number;
  peakRssMb: number;
  exitCode: number | null;
  killed: string | null;
  message: string;
}

function peakKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function run(testCase: Case, dir: string, timeoutSeconds: number, cli: string): Promise<Run> {
  const made = testCase.make(dir);
  const { input, args = [] } = made;
  const out = made.out ?? join(dir, `bericht-${testCase.id}.xlsx`);
  const json = join(dir, `bericht-${testCase.id}.json`);
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, "report", input, "--out", out, "--json", json, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    let peak = 0;
    let killed: string | null = null;
    const poll = setInterval(() => {
      peak = Math.max(peak, peakKb(child.pid ?? 0));
      if (peak > KILL_ABOVE_KB) killed = "über 3 GB";
      else if (performance.now() - started > timeoutSeconds * 1000) killed = `über ${timeoutSeconds} s`;
      if (killed) child.kill("SIGKILL");
    }, 20);
    child.on("exit", (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      const message = output.split("\n").find((l) => /^(Fehler|Bericht geschrieben)|Error|FATAL/.test(l)) ?? output.split("\n")[0] ?? "";
      resolve({ id: testCase.id, what: testCase.what, seconds: Math.round(seconds * 100) / 100, peakRssMb: Math.round(peak / 1024), exitCode: code, killed, message: message.slice(0, 200) });
    });
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const label = argv.find((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--")) ?? "current";
  const timeout = Number(argv[argv.indexOf("--timeout") + 1]) || 30;
  const only = argv.includes("--only") ? new Set(argv[argv.indexOf("--only") + 1].split(",")) : null;
  // Another build of the CLI (an earlier commit, checked out and built elsewhere) for before → after.
  const cli = argv.includes("--cli") ? argv[argv.indexOf("--cli") + 1] : CLI;
  if (!existsSync(join(cli, "..", "..", "dist-node", "cli", "main.js"))) throw new Error("npm run build:cli first");
  const dir = mkdtempSync(join(tmpdir(), "sc-hostile-bench-"));
  const runs: Run[] = [];
  try {
    for (const testCase of CASES.filter((c) => !only || only.has(c.id))) {
      const result = await run(testCase, dir, timeout, cli);
      runs.push(result);
      const verdict = result.killed ? `abgebrochen (${result.killed})` : `exit ${result.exitCode}`;
      process.stdout.write(`${result.id.padEnd(5)} ${String(result.seconds).padStart(7)} s ${String(result.peakRssMb).padStart(6)} MB  ${verdict}  ${result.message}\n`);
      rmSync(join(dir, `bericht-${testCase.id}.xlsx`), { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  recordResult(`hostile.${label}`, { name: `Hostile corpus (issue #24), ${label}`, timeoutSeconds: timeout, runs, machine: machine() });
}

void main();
