/**
 * Benchmark: the peer comparison on a 405-row all-Jobcenter table (403 Jobcenter, a Land and a Bund row, 41
 * Kennzahl columns; test/fixtures/cross-section-table.ts). Times reading the table, choosing the own Jobcenter,
 * the comparison over every Kennzahl, the "Vergleich" sheet plan and the summary — cold (first run) and the median of
 * warm runs. Target: under 1 s for the comparison. Part of `npm run bench` (`npm run bench:comparison` alone); never
 * part of `npm test`. The figures go into bench/results.json under "peerComparison".
 */
import { compareWithPeers } from "../src/domain/peers/compare-with-peers";
import { buildComparisonSheet } from "../src/report/comparison-sheet";
import { summarizeComparison } from "../src/report/comparison-summary";
import { chooseJobcenter, readCrossSection } from "../src/sources/cross-section";
import { SheetGrid } from "../src/sources/sheet-grid";
import { crossSectionSheet } from "../test/fixtures/cross-section-table";
import { recordResult } from "./record-result";
import { machine, median, ms as rounded } from "./stats";

const RUNS = 25;

interface Timing {
  read: number;
  compare: number;
  plan: number;
  total: number;
}

function once(): Timing {
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

const sheetRows = crossSectionSheet().values.length;
const cold = once();
const warm = Array.from({ length: RUNS }, once);
const warmMedian = (pick: (w: Timing) => number) => median(warm.map(pick));
const show = (v: number) => `${v.toFixed(1)} ms`;
process.stdout.write(
  [
    `Vergleich mit dem Vergleichstyp, Tabelle mit 405 Datenzeilen (${sheetRows} Zeilen mit Titel und Fußnoten), Node ${process.version}`,
    `  kalt:  lesen ${show(cold.read)} · vergleichen ${show(cold.compare)} · Blatt + Zusammenfassung ${show(cold.plan)} · gesamt ${show(cold.total)}`,
    `  warm (Median aus ${RUNS}):  lesen ${show(warmMedian((w) => w.read))} · vergleichen ${show(warmMedian((w) => w.compare))} · Blatt + Zusammenfassung ${show(warmMedian((w) => w.plan))} · gesamt ${show(warmMedian((w) => w.total))}`,
    `  Ziel: Vergleich unter 1 s — ${cold.total < 1000 ? "erreicht" : "VERFEHLT"}`,
  ].join("\n") + "\n",
);
recordResult("peerComparison", {
  name: "Peer comparison, 405-row all-Jobcenter table (403 Jobcenter, Land, Bund; 41 Kennzahl columns)",
  dataRows: 405,
  sheetRows,
  warmRuns: RUNS,
  clock: "in-process performance.now(); 'compare' = compareWithPeers alone, 'read' = readCrossSection + chooseJobcenter, 'plan' = Vergleich sheet plan + summary",
  coldMs: { read: rounded(cold.read), compare: rounded(cold.compare), plan: rounded(cold.plan), total: rounded(cold.total) },
  warmMedianMs: { read: rounded(warmMedian((w) => w.read)), compare: rounded(warmMedian((w) => w.compare)), plan: rounded(warmMedian((w) => w.plan)), total: rounded(warmMedian((w) => w.total)) },
  warmCompareRunsMs: warm.map((w) => rounded(w.compare)),
  targetMs: 1000,
  // Cold and whole: the first comparison a controller waits for, reading and sheet plan included.
  targetMet: cold.total < 1000,
  machine: machine(),
});
