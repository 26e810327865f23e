/** Terminal runner: `npx ts-node --transpile-only test/corpus/layouts/run.ts [dir] [filter]` prints each workbook's result. */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkAll } from "./check";
import { corpusLayouts } from "./generate";

async function main() {
  const dir = process.argv[2] && process.argv[2] !== "-" ? process.argv[2] : mkdtempSync(join(tmpdir(), "sc-layouts-"));
  mkdirSync(dir, { recursive: true });
  const filter = process.argv[3];
  const layouts = corpusLayouts().filter((l) => !filter || l.file.includes(filter));
  const results = await checkAll(layouts, dir);
  for (const r of results) {
    console.log(`${r.passed ? "PASS" : "FAIL"} ${r.file}`);
    for (const f of r.failures) console.log(`    [${f.order}] ${f.assertion}: expected ${f.expected}, got ${f.got}`);
  }
  console.log(`${results.filter((r) => r.passed).length}/${results.length} bestanden; Dateien in ${dir}`);
}

void main();
