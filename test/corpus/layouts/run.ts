/**
 * Terminal runner: `npx ts-node --transpile-only test/corpus/layouts/run.ts [dir|-] [filter] [--markdown]` prints each
 * workbook's result (and with --markdown the README table).
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkAll, type WorkbookResult } from "./check";
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

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== "--markdown");
  const dir = args[0] && args[0] !== "-" ? args[0] : mkdtempSync(join(tmpdir(), "sc-layouts-"));
  mkdirSync(dir, { recursive: true });
  const filter = args[1];
  const layouts = corpusLayouts().filter((l) => !filter || l.file.includes(filter));
  const results = await checkAll(layouts, dir);
  for (const r of results) {
    console.log(`${r.passed ? "PASS" : "FAIL"} ${r.file}`);
    for (const f of r.failures) console.log(`    [${f.order}] ${f.assertion}: expected ${f.expected}, got ${f.got}`);
  }
  console.log(`${results.filter((r) => r.passed).length}/${results.length} bestanden; Dateien in ${dir}`);
  if (process.argv.includes("--markdown")) console.log("\n" + markdown(layouts, results));
}

if (require.main === module) void main();
