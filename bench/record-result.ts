/** Benchmarks write their figures into bench/results.json (one entry per benchmark, with machine info). */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const FILE = join(__dirname, "results.json");

export function recordResult(key: string, result: unknown): void {
  const all = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, "utf8")) as Record<string, unknown>) : {};
  all[key] = { ...(result as object), measuredAt: new Date().toISOString() };
  writeFileSync(FILE, `${JSON.stringify(all, null, 2)}\n`);
}
