/**
 * Terminal runner: `npx ts-node --transpile-only test/corpus/layouts/run.ts [dir|-] [filter] [--markdown] [--figures] [--cli]`
 * prints each workbook's result (with --markdown the README table, with --figures the count of figures reproduced,
 * missing and wrong with every wrong one listed). The report runs in this process like in the jest test; `--cli` runs
 * the built command line (`npm run build:cli`) as a child process per workbook instead.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkAll, runCli, runInProcess, wrongFailures, type WorkbookResult } from "./check";
import { corpusLayouts } from "./generate";
import type { LayoutWorkbook } from "./model";

/** A short German digest of what a workbook's expectations cover, for the README table. */
export function summariseExpectations(layout: LayoutWorkbook): string {
  const indicators = new Set<string>();
  const kennzahlen = new Set<string>();
  const parts: string[] = [];
  let budget = false;
  for (const e of layout.expect) {
    if ("path" in e) {
      const ind = /^indicators\[code=([^\]]+)\]/.exec(e.path);
      const kz = /^kennzahlen\[code=([^\]]+)\]/.exec(e.path);
      if (ind) indicators.add(ind[1]);
      else if (kz) kennzahlen.add(kz[1]);
      else if (e.path.startsWith("budget")) budget = true;
      else if (e.path === "reportMonth" && "equals" in e) parts.push(`Berichtsmonat ${e.equals}`);
    } else if ("message" in e && !e.present && e.message.levels?.join() === "error" && !e.message.text) {
      parts.push("keine Fehler");
    } else if ("message" in e && e.why) {
      parts.push(`${e.present ? "Meldung" : "keine Meldung"}: ${e.why}`);
    } else if ("exitCode" in e && e.exitCode !== 0) {
      parts.push(`Exit-Code ${e.exitCode}`);
    }
  }
  if (indicators.size) parts.unshift(`Ziel-Ist ${[...indicators].join(", ")}`);
  if (kennzahlen.size) parts.splice(indicators.size ? 1 : 0, 0, `Kennzahlen ${[...kennzahlen].join(", ")}`);
  if (budget) parts.push("Budget je Instrument und gesamt (Plan, Ist, Bindung, verfügbar)");
  return parts.join("; ");
}

function markdown(layouts: LayoutWorkbook[], results: WorkbookResult[]): string {
  const lines = ["| Arbeitsmappe | Familie: Layout | Erwartet | heute |", "|---|---|---|---|"];
  layouts.forEach((l, i) => {
    const r = results[i];
    const state = r.passed ? "besteht" : `scheitert (${r.failures.length} Zusicherungen)`;
    lines.push(`| \`${l.file}\`${l.args.length ? ` \`${l.args.join(" ")}\`` : ""} | ${l.family}: ${l.description} | ${summariseExpectations(l)} | ${state} |`);
  });
  return lines.join("\n");
}

/** Workbooks and figures (numeric `value` expectations) per order: passed, reproduced, missing, wrong; each wrong assertion listed. */
export function figureReport(results: WorkbookResult[]): string {
  const lines: string[] = [];
  for (const order of ["declared", "reversed"] as const) {
    const sum = (k: "total" | "reproduced" | "missing" | "wrong") => results.reduce((a, r) => a + r.figures[order][k], 0);
    const passed = results.filter((r) => !r.failures.some((f) => f.order === order)).length;
    lines.push(`${order === "declared" ? "Blätter wie deklariert" : "Blätter umgekehrt"}: ${passed} von ${results.length} Mappen bestehen; Zahlen ${sum("reproduced")} von ${sum("total")} reproduziert, ${sum("missing")} fehlen, ${sum("wrong")} falsch`);
  }
  lines.push(`beide Reihenfolgen: ${results.filter((r) => r.passed).length} von ${results.length} Mappen bestehen`);
  const wrong = results.flatMap((r) => wrongFailures(r).map((f) => `  falsch: ${r.file} [${f.order}] ${f.assertion}: erwartet ${f.expected}, erhalten ${f.got}`));
  return [...lines, ...wrong].join("\n");
}

async function main() {
  const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith("--")));
  const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const dir = args[0] && args[0] !== "-" ? args[0] : mkdtempSync(join(tmpdir(), "sc-layouts-"));
  mkdirSync(dir, { recursive: true });
  const filter = args[1];
  const layouts = corpusLayouts().filter((l) => !filter || l.file.includes(filter));
  const started = Date.now();
  const results = flags.has("--cli") ? await checkAll(layouts, dir, 2, runCli) : await checkAll(layouts, dir, 1, runInProcess);
  for (const r of results) {
    console.log(`${r.passed ? "PASS" : "FAIL"} ${r.file}`);
    for (const f of r.failures) console.log(`    [${f.order}] (${f.kind}) ${f.assertion}: expected ${f.expected}, got ${f.got}`);
  }
  console.log(`${results.filter((r) => r.passed).length}/${results.length} bestanden in ${((Date.now() - started) / 1000).toFixed(1)} s; Dateien in ${dir}`);
  if (flags.has("--figures")) console.log("\n" + figureReport(results));
  if (flags.has("--markdown")) console.log("\n" + markdown(layouts, results));
}

if (require.main === module) void main();
