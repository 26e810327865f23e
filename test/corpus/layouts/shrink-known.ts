/**
 * Shrinks KNOWN_GAPS and KNOWN_WRONG (known.ts) to what still fails — never grows them: a workbook that
 * fails without being listed, or a figure newly wrong, is a regression, printed and left for a person to fix.
 * `npx ts-node --transpile-only test/corpus/layouts/shrink-known.ts`
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KNOWN_GAPS, KNOWN_WRONG } from "./known";
import { checkAll, wrongFailures } from "./check";
import { corpusLayouts } from "./generate";

const TEST_FILE = join(__dirname, "known.ts");

async function main(): Promise<void> {
  const results = await checkAll(corpusLayouts(), mkdtempSync(join(tmpdir(), "sc-shrink-")), 2);
  const failing = new Set(results.filter((r) => !r.passed).map((r) => r.file));
  const wrongNow = new Set(results.flatMap((r) => wrongFailures(r).map((f) => `${r.file}|${f.assertion}`)));
  const regressions = [
    ...[...failing].filter((f) => !KNOWN_GAPS.includes(f)).map((f) => `scheitert neu: ${f}`),
    ...[...wrongNow].filter((k) => !KNOWN_WRONG.some((w) => `${w.file}|${w.path}` === k)).map((k) => `neu falsch: ${k}`),
  ];
  const gaps = KNOWN_GAPS.filter((f) => failing.has(f));
  const wrong = KNOWN_WRONG.filter((w) => wrongNow.has(`${w.file}|${w.path}`));
  const source = readFileSync(TEST_FILE, "utf8");
  const gapsBlock = `export const KNOWN_GAPS: readonly string[] = [\n${gaps.map((f) => `  "${f}",`).join("\n")}\n];`;
  const byFile = new Map<string, string[]>();
  for (const w of wrong) byFile.set(w.file, [...(byFile.get(w.file) ?? []), w.path]);
  const wrongBlock = byFile.size === 0 ? "export const KNOWN_WRONG: ReadonlyArray<{ file: string; path: string }> = [];" : `export const KNOWN_WRONG: ReadonlyArray<{ file: string; path: string }> = [\n${[...byFile].map(([file, paths]) => `  ...wrong("${file}", [\n${paths.map((p) => `    "${p}",`).join("\n")}\n  ]),`).join("\n")}\n];`;
  const updated = source
    .replace(/export const KNOWN_GAPS: readonly string\[\] = \[[\s\S]*?\n\];/, gapsBlock)
    .replace(/export const KNOWN_WRONG: ReadonlyArray<\{ file: string; path: string \}> = \[(\];|[\s\S]*?\n\];)/, wrongBlock);
  writeFileSync(TEST_FILE, updated);
  console.log(`KNOWN_GAPS ${KNOWN_GAPS.length} → ${gaps.length}, KNOWN_WRONG ${KNOWN_WRONG.length} → ${wrong.length}`);
  for (const line of regressions) console.log(line);
  if (regressions.length > 0) process.exitCode = 1;
}

void main();
