/**
 * Benchmark: the peer comparison on a 405-row all-Jobcenter table (403 Jobcenter, a Land and a Bund row, 41
 * Kennzahl columns; test/fixtures/cross-section-table.ts). Times reading the table, choosing the own Jobcenter,
 * the comparison over every Kennzahl, the "Vergleich" sheet plan and the summary — cold (first run) and the median of
 * warm runs. Target: under 1 s for the comparison. Run with `npx ts-node --transpile-only bench/comparison.bench.ts`;
 * never part of `npm test`.
 */
import { cpus } from "node:os";
import { compareWithPeers } from "../src/domain/peers/compare-with-peers";
import { buildComparisonSheet } from "../src/report/comparison-sheet";
import { summarizeComparison } from "../src/report/comparison-summary";
import { chooseJobcenter, readCrossSection } from "../src/sources/cross-section";
import { SheetGrid } from "../src/sources/sheet-grid";
import { crossSectionSheet } from "../test/fixtures/cross-section-table";

const RUNS = 25;

function once(): { read: number; compare: number; plan: number; total: number } {
  const sheet = crossSectionSheet();
  const t0 = performance.now();
  const table = readCrossSection(new SheetGrid(sheet));
  if (!table) throw new Error("Tabelle nicht erkannt");
  const choice = chooseJobcenter(table, "03353");
  if (choice.kind !== "found") throw new Error(choice.message.text);
  const t1 = performance.now();
  const comparison = compareWithPeers(table, choice.row);
  const t2 = performance.now();
  summarizeComparison(comparison, buildComparisonSheet(comparison, { sourceSheet: table.sheet, sourceNotes: table.footnotes }));
  const t3 = performance.now();
  return { read: t1 - t0, compare: t2 - t1, plan: t3 - t2, total: t3 - t0 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const rows = crossSectionSheet().values.length;
const cold = once();
const warm = Array.from({ length: RUNS }, once);
const ms = (v: number) => `${v.toFixed(1)} ms`;
process.stdout.write(
  [
    `Vergleich mit dem Vergleichstyp, Tabelle mit 405 Datenzeilen (${rows} Zeilen mit Titel und Fußnoten), ${cpus().length} Kerne, Node ${process.version}`,
    `  kalt:  lesen ${ms(cold.read)} · vergleichen ${ms(cold.compare)} · Blatt + Zusammenfassung ${ms(cold.plan)} · gesamt ${ms(cold.total)}`,
    `  warm (Median aus ${RUNS}):  lesen ${ms(median(warm.map((w) => w.read)))} · vergleichen ${ms(median(warm.map((w) => w.compare)))} · Blatt + Zusammenfassung ${ms(median(warm.map((w) => w.plan)))} · gesamt ${ms(median(warm.map((w) => w.total)))}`,
    `  Ziel: Vergleich unter 1 s — ${cold.total < 1000 ? "erreicht" : "VERFEHLT"}`,
  ].join("\n") + "\n",
);
