/**
 * Runs the built CLI on every corpus workbook — as declared and with its sheets in reverse order — and checks the
 * expected figures against the JSON summary. Returns, per workbook, passed or the list of failed assertions
 * (expected vs. got), so the jest test and a person at the terminal see the same thing.
 */
import { summarySchemaErrors } from "../../fixtures/summary-schema";
import { execFile } from "node:child_process";
import { join } from "node:path";
import type { Expectation, LayoutWorkbook, Level, MessageMatch } from "./model";
import { writeLayoutWorkbook, type SheetOrder } from "./write-workbook";

export const CLI = join(__dirname, "..", "..", "..", "bin", "steuerungscockpit.js");

export interface RunResult {
  exitCode: number;
  summary: Record<string, unknown> | null;
  stderr: string;
}

/**
 * How an assertion failed, for the "no silent wrong number" property: `missing` – the figure is not there (path not
 * found, null, no summary at all); `wrong` – a figure is there and differs from the expected one (a number, a status, a
 * month or a unit that is not the expected one, or a figure where none must be); `other` – messages, exit code,
 * schema, column model.
 */
export type FailureKind = "missing" | "wrong" | "other";

export interface Failure {
  order: SheetOrder;
  assertion: string;
  expected: string;
  got: string;
  kind: FailureKind;
}

/** Per order: the numeric figures (`value` expectations) of a workbook, and how many were reproduced, missing or wrong. */
export interface FigureCount {
  total: number;
  reproduced: number;
  missing: number;
  wrong: number;
}

export interface WorkbookResult {
  file: string;
  passed: boolean;
  failures: Failure[];
  figures: Record<SheetOrder, FigureCount>;
}

/**
 * The corpus checks what is read, with Soll expectations on the linear Zielpfad (formulas.ts linearTarget); the
 * default path (seasonal where the previous year is in the workbook) has hand-computed tests of its own.
 */
const LINEAR_PATH = ["--zielpfad", "linear"];

export function runCli(file: string, out: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, "report", file, "--out", out, "--json", "-", ...LINEAR_PATH, ...args],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        let summary: Record<string, unknown> | null = null;
        try {
          summary = stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : null;
        } catch {
          summary = null;
        }
        resolve({ exitCode, summary, stderr });
      },
    );
  });
}

/**
 * The CLI's own entry point (`main` of src/cli/main.ts, what bin/steuerungscockpit.js calls) run in this process with
 * the same arguments: stdout and stderr are collected instead of printed, the exit code is its return value. No child
 * process and no build step per workbook.
 */
export async function runInProcess(file: string, out: string, args: string[]): Promise<RunResult> {
  const { main } = await import("../../../src/cli/main");
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exitCode = await main(["report", file, "--out", out, "--json", "-", ...LINEAR_PATH, ...args], { out: (text) => stdout.push(text), err: (text) => stderr.push(text) });
  let summary: Record<string, unknown> | null = null;
  try {
    const text = stdout.join("\n").trim();
    summary = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    summary = null;
  }
  return { exitCode, summary, stderr: stderr.join("\n") };
}

export type Runner = (file: string, out: string, args: string[]) => Promise<RunResult>;

const emptyCount = (): FigureCount => ({ total: 0, reproduced: 0, missing: 0, wrong: 0 });

export async function checkWorkbook(layout: LayoutWorkbook, dir: string, run: Runner = runInProcess): Promise<WorkbookResult> {
  const failures: Failure[] = [];
  const figures: Record<SheetOrder, FigureCount> = { declared: emptyCount(), reversed: emptyCount() };
  for (const order of ["declared", "reversed"] as const) {
    const base = layout.file.replace(/\.xlsx$/, "");
    const input = join(dir, order === "declared" ? layout.file : `${base}.umgekehrt.xlsx`);
    await writeLayoutWorkbook(layout, input, order);
    const result = await run(input, join(dir, `${base}.${order}.bericht.xlsx`), layout.args);
    // Without a summary every figure fails alike: one line says why instead of one per assertion (each figure counts as missing).
    const expectations = result.summary ? layout.expect : layout.expect.filter((e) => "exitCode" in e);
    if (!result.summary) failures.push({ order, assertion: "JSON summary", expected: "a summary on stdout", got: `none (exit ${result.exitCode}: ${firstLine(result.stderr)})`, kind: "missing" });
    for (const expectation of layout.expect) if ("value" in expectation) figures[order].total++;
    if (!result.summary) figures[order].missing = figures[order].total;
    for (const expectation of expectations) {
      const outcome = evaluate(expectation, result);
      if (outcome) failures.push({ order, ...outcome });
      if (!("value" in expectation)) continue;
      if (!outcome) figures[order].reproduced++;
      else figures[order][outcome.kind === "wrong" ? "wrong" : "missing"]++;
    }
    // Every summary the corpus produces is held to the published contract (docs/summary.schema.json).
    const schemaErrors = result.summary ? summarySchemaErrors(result.summary) : [];
    if (schemaErrors.length > 0) failures.push({ order, assertion: "summary schema", expected: "conforms to docs/summary.schema.json", got: schemaErrors.slice(0, 3).join("; "), kind: "other" });
    // The column model (issue 14, Done when): every sheet that was read says, per column, what it was read from.
    const unmodelled = result.summary ? sheetsWithoutColumnModel(result.summary) : [];
    if (unmodelled.length > 0) failures.push({ order, assertion: "column model in mappings", expected: "every read sheet names the columns its values came from", got: unmodelled.join(", "), kind: "other" });
  }
  return { file: layout.file, passed: failures.length === 0, failures, figures };
}

/** Bounded concurrency: the machine has two cores shared with others (in process, the CPU work runs one at a time anyway). */
export async function checkAll(layouts: LayoutWorkbook[], dir: string, concurrency = 1, run: Runner = runInProcess): Promise<WorkbookResult[]> {
  const results: WorkbookResult[] = new Array(layouts.length);
  let next = 0;
  const worker = async () => {
    while (next < layouts.length) {
      const i = next++;
      results[i] = await checkWorkbook(layouts[i], dir, run);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** The assertions of a result that failed as `wrong`: a figure present that is not the expected one. */
export const wrongFailures = (result: WorkbookResult): Failure[] => result.failures.filter((f) => f.kind === "wrong");

type Outcome = { assertion: string; expected: string; got: string; kind: FailureKind } | null;

/**
 * A value that was found: null (or undefined, or the status "no-data") is a missing figure, anything else a figure that
 * is there. "monitoring" where a judged status is expected means the workbook's Zielwert was not read: a missing
 * figure too (the Ist is shown as Beobachtung, never judged against a target it does not have).
 */
const presentKind = (got: unknown): FailureKind => (got === null || got === undefined || got === "no-data" || got === "monitoring" ? "missing" : "wrong");

/** A status or unit of a figure that is not there (its `actual` null or not found) belongs to the missing figure, not a wrong one. */
function ofMissingFigure(summary: Record<string, unknown>, path: string): boolean {
  const match = /^(.*)\.(status|unit)$/.exec(path);
  if (!match) return false;
  const actual = resolvePath(summary, `${match[1]}.actual`);
  return !actual.found || actual.value === null || actual.value === undefined;
}

export function evaluate(expectation: Expectation, run: RunResult): Outcome {
  if ("exitCode" in expectation) {
    return run.exitCode === expectation.exitCode ? null : { assertion: "exit code", expected: String(expectation.exitCode), got: `${run.exitCode} ${firstLine(run.stderr)}`, kind: "other" };
  }
  if (!run.summary) {
    const kind: FailureKind = "path" in expectation && !("absent" in expectation) ? "missing" : "other";
    return { assertion: describe(expectation), expected: "a JSON summary", got: `none (exit ${run.exitCode}: ${firstLine(run.stderr)})`, kind };
  }
  if ("uniqueMessages" in expectation) {
    const seen = new Set<string>();
    // budget.checks repeats, by design, the reconciliation messages of messages[]: "twice" is within one list.
    const twice = ((run.summary.messages as SummaryMessage[] | undefined) ?? []).map((m) => JSON.stringify([m.level, m.sheet, m.cell, m.text])).filter((key) => seen.has(key) || !seen.add(key));
    return twice.length === 0 ? null : { assertion: "no message twice", expected: "each message once", got: twice.slice(0, 3).join(" | "), kind: "other" };
  }
  if ("message" in expectation) {
    const found = findMessages(run.summary, expectation.message);
    if (expectation.present === found.length > 0) return null;
    return {
      assertion: describe(expectation),
      expected: expectation.present ? "such a message" : "no such message",
      got: expectation.present ? `messages: ${messageDigest(run.summary)}` : found.map((m) => JSON.stringify(m)).join(" | "),
      kind: "other",
    };
  }
  const resolved = resolvePath(run.summary, expectation.path);
  // Absent: not there at all, or there without a value (null) – a figure that must not be given is not given.
  if ("absent" in expectation) return resolved.found && resolved.value !== null && resolved.value !== undefined ? { assertion: expectation.path, expected: "absent", got: JSON.stringify(resolved.value), kind: "wrong" } : null;
  if ("exists" in expectation) return resolved.found ? null : { assertion: expectation.path, expected: "present", got: `not found (${resolved.reason})`, kind: "missing" };
  if (!resolved.found) return { assertion: expectation.path, expected: expectedText(expectation), got: `not found (${resolved.reason})`, kind: "missing" };
  if ("equals" in expectation) {
    if (resolved.value === expectation.equals) return null;
    // Expected no value (null) and got one: a figure where none must be is wrong, not missing.
    const kind: FailureKind = expectation.equals === null ? "wrong" : ofMissingFigure(run.summary, expectation.path) ? "missing" : presentKind(resolved.value);
    return { assertion: expectation.path, expected: JSON.stringify(expectation.equals), got: JSON.stringify(resolved.value), kind };
  }
  const tolerance = expectation.tolerance ?? 0.001;
  const got = resolved.value;
  if (typeof got === "number" && Number.isFinite(got) && Math.abs(got - expectation.value) <= tolerance) return null;
  return { assertion: expectation.path, expected: expectedText(expectation), got: JSON.stringify(got), kind: presentKind(got) };
}

const firstLine = (text: string): string => text.split("\n").find((l) => l.trim()) ?? "";

function expectedText(e: Expectation): string {
  if ("value" in e) return `${e.value} ± ${e.tolerance ?? 0.001}`;
  if ("equals" in e) return JSON.stringify(e.equals);
  return "";
}

function describe(e: Expectation): string {
  if ("message" in e) return `message ${JSON.stringify(e.message)}${e.why ? ` (${e.why})` : ""}`;
  if ("path" in e) return e.path;
  if ("uniqueMessages" in e) return "no message twice";
  return "exit code";
}

interface Resolved {
  found: boolean;
  value?: unknown;
  reason?: string;
}

/** `indicators[code=K2].actual`, `budget.lines[instrument~EGZ].plan`, `budget.lines.length`. */
export function resolvePath(root: unknown, path: string): Resolved {
  let current: unknown = root;
  for (const segment of path.split(/\.(?![^[]*\])/)) {
    const match = /^([^[]+)(?:\[([^=~\]]+)([=~])([^\]]*)\])?$/.exec(segment);
    if (!match) return { found: false, reason: `bad path segment ${segment}` };
    const [, key, filterKey, operator, filterValue] = match;
    if (key === "length" && Array.isArray(current)) {
      current = current.length;
      continue;
    }
    if (current === null || typeof current !== "object" || !(key in (current as object))) return { found: false, reason: `no ${key}` };
    current = (current as Record<string, unknown>)[key];
    if (filterKey) {
      if (!Array.isArray(current)) return { found: false, reason: `${key} is not a list` };
      const wanted = filterValue.toLowerCase();
      const hit = current.find((item: Record<string, unknown>) => {
        const v = String(item?.[filterKey] ?? "");
        return operator === "=" ? v === filterValue : v.toLowerCase().includes(wanted);
      });
      if (hit === undefined) return { found: false, reason: `no ${key} with ${filterKey}${operator}${filterValue}` };
      current = hit;
    }
  }
  return { found: true, value: current };
}

interface SummaryMessage {
  level?: Level;
  text?: string;
  sheet?: string;
  cell?: string;
}

function allMessages(summary: Record<string, unknown>): SummaryMessage[] {
  const messages = (summary.messages as SummaryMessage[] | undefined) ?? [];
  const checks = ((summary.budget as { checks?: SummaryMessage[] } | null)?.checks as SummaryMessage[] | undefined) ?? [];
  return [...messages, ...checks];
}

export function findMessages(summary: Record<string, unknown>, match: MessageMatch): SummaryMessage[] {
  return allMessages(summary).filter((m) => {
    const text = (m.text ?? "").toLowerCase();
    if (match.levels && !match.levels.includes(m.level as Level)) return false;
    if (match.text && !match.text.every((t) => text.includes(t.toLowerCase()))) return false;
    if (match.sheets && !match.sheets.every((sheet) => m.sheet === sheet || text.includes(sheet.toLowerCase()))) return false;
    if (match.cell && m.cell !== match.cell && !new RegExp(`\\b${match.cell}\\b`, "i").test(m.text ?? "")) return false;
    return true;
  });
}

function messageDigest(summary: Record<string, unknown>): string {
  const list = allMessages(summary);
  if (list.length === 0) return "(none)";
  return list
    .slice(0, 6)
    .map((m) => `[${m.level}] ${m.sheet ?? ""}${m.cell ? "!" + m.cell : ""} ${m.text}`)
    .join(" | ")
    .concat(list.length > 6 ? ` … (+${list.length - 6})` : "");
}

/** Sheets read as a kind whose column model names no column of values (a Zielwert column of Monitoring rows counts, with 0 values). */
function sheetsWithoutColumnModel(summary: unknown): string[] {
  const mappings = (summary as { mappings?: Array<{ sheet: string; kind: string | null; columns?: Array<{ role: string; values: number }> }> }).mappings ?? [];
  const descriptive = new Set(["label", "code", "unit", "direction", "period", "category", "account", "unused", "excluded"]);
  return mappings.filter((m) => m.kind !== null && !(m.columns ?? []).some((c) => !descriptive.has(c.role))).map((m) => m.sheet);
}
