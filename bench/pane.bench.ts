/**
 * Benchmark: the task pane's weight and start-up. Builds the production bundle (plus the fake Office host used by the
 * e2e tests), reports the gzipped JavaScript of the pane, and measures in headless Chromium the time from navigation to
 * the interactive "Bericht erstellen" button — median of five cold page loads. Microsoft's budget for add-in load: 500 ms.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { recordResult } from "./record-result";

const ROOT = join(__dirname, "..");
const RUNS = 5;

async function main(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), "sc-bench-pane-"));
  const build = spawnSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--env", `outDir=${out}`, "--env", "e2e"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(build.stderr || build.stdout);
  writeFileSync(join(out, "sample.json"), "[]"); // an empty workbook: start-up only
  const paneJs = readdirSync(out).filter((f) => /^taskpane\..*\.js$/.test(f));
  const gzipKb = paneJs.reduce((n, f) => n + gzipSync(readFileSync(join(out, f))).length, 0) / 1024;

  const server = createServer((req, res) => {
    const path = join(out, (req.url ?? "/").split("?")[0]);
    if (!existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": { ".html": "text/html", ".js": "text/javascript", ".json": "application/json" }[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  // In Excel (the fake Office host) and standalone (a plain browser; office.js unreachable, as without Office).
  const measure = async (path: string, button: string, blockOffice: boolean): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ locale: "de-DE" }); // cold cache every run
      if (blockOffice) await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${origin}/${path}`);
      await page.getByRole("button", { name: button }).waitFor();
      times.push(Date.now() - started);
      await context.close();
    }
    return times;
  };
  const times = await measure("pane-e2e.html", "Bericht erstellen", false);
  const standaloneTimes = await measure("taskpane.html", "Arbeitsmappe öffnen (.xlsx)", true);
  await browser.close();
  server.close();
  const medianOf = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  const median = medianOf(times);
  const standalone = medianOf(standaloneTimes);
  recordResult("taskPane", {
    name: "Task pane: bundle and time to interactive",
    gzipKb: Math.round(gzipKb),
    timeToInteractiveMs: { median, runs: times },
    standaloneTimeToInteractiveMs: { median: standalone, runs: standaloneTimes },
    budgetMs: 500,
  });
  process.stdout.write(`Aufgabenbereich: ${gzipKb.toFixed(0)} KB JavaScript (gzip), bedienbar nach ${median} ms in Excel (nachgebildeter Host), ${standalone} ms im Browser ohne Office (Median aus ${RUNS} Kaltstarts; Budget 500 ms)\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
