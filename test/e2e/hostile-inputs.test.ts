/**
 * Hostile workbooks end to end through the CLI (issue #8). The corpus is generated into a temp dir (hostile/generate.ts).
 * For every file: a clear German message or a correct report; the run ends within its time budget and the process
 * stays below 3 GB; the input's bytes are unchanged; no text cell of a report sheet is a formula.
 * "Correct report" is judged against the untouched sample: a change that a person would not see as a change in the
 * data (a protected sheet, an invisible character, a link that carries its value) must not change a single figure.
 */
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import * as corpus from "./hostile/generate";

const dir = mkdtempSync(join(tmpdir(), "sc-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const THREE_GB_IN_KB = 3 * 1024 * 1024;
/** Time a refusal may take: fail fast. Unpacking the disguised 1 GB bomb once is the slowest refusal (about 10 s). */
const REFUSAL_MS = 30_000;
/** Time a whole report of the sample-sized workbooks may take (about 3 s on the 2-core CI machine). */
const REPORT_MS = 30_000;
const JEST_TIMEOUT = 90_000;

interface Run {
  code: number;
  text: string;
  ms: number;
  output: string;
  json: string;
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
let runs = 0;

/** Runs `report` on the file and checks what holds for every hostile input, whatever the outcome. */
async function report(input: string, budgetMs: number): Promise<Run> {
  const n = ++runs;
  const output = join(dir, `bericht-${n}.xlsx`);
  const json = join(dir, `bericht-${n}.json`);
  const before = sha(input);
  const lines: string[] = [];
  const started = performance.now();
  const code = await main(["report", input, "--out", output, "--json", json], { out: (t) => lines.push(t), err: (t) => lines.push(t) });
  const ms = performance.now() - started;
  const text = lines.join("\n");

  expect(sha(input)).toBe(before);
  expect(ms).toBeLessThan(budgetMs);
  expect(process.resourceUsage().maxRSS).toBeLessThan(THREE_GB_IN_KB);
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  expect(text).not.toMatch(/NaN|undefined|\[object Object\]/);
  return { code, text, ms, output, json };
}

function expectRefused(run: Run, message: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.text).toMatch(/^Fehler: /);
  expect(run.text).toMatch(message);
  expect(existsSync(run.output)).toBe(false);
}

interface Summary {
  reportMonth: string;
  sources: Array<{ kind: string; sheet: string }>;
  indicators: Array<{ code: string; actual: number | null }>;
  kennzahlen: unknown;
  budget: unknown;
  messages: Array<{ level: string; text: string; sheet?: string; cell?: string }>;
}

/** Reads the report copy and returns the cells of the sheets the report added (those not in the input). */
async function reportCells(run: Run, input: string): Promise<Map<string, ExcelJS.Cell[]>> {
  expect(existsSync(run.output)).toBe(true);
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(input);
  const names = new Set(source.worksheets.map((w) => w.name));
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(run.output);
  const cells = new Map<string, ExcelJS.Cell[]>();
  for (const sheet of copy.worksheets.filter((w) => !names.has(w.name))) {
    const list: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => list.push(cell)));
    cells.set(sheet.name, list);
  }
  expect(cells.size).toBeGreaterThan(0);
  return cells;
}

/** The report must exist and none of its cells may be a formula. */
async function expectReportWithoutFormulas(run: Run, input: string): Promise<Map<string, ExcelJS.Cell[]>> {
  const cells = await reportCells(run, input);
  for (const [sheet, list] of cells) {
    const formulas = list.filter((cell) => cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined).map((c) => `${sheet}!${c.address}`);
    expect(formulas).toEqual([]);
  }
  return cells;
}

const summaryOf = (run: Run): Summary => JSON.parse(readFileSync(run.json, "utf8"));
/** The figures of a report: what a reader compares, without the wording of the messages. */
const figures = (s: Summary) => ({ reportMonth: s.reportMonth, indicators: s.indicators, kennzahlen: s.kennzahlen, budget: s.budget });

let clean: Summary;
beforeAll(async () => {
  const input = join(dir, "beispiel.xlsx");
  copyFileSync(corpus.SAMPLE, input);
  const run = await report(input, REPORT_MS);
  expect(run.code).toBe(0);
  clean = summaryOf(run);
  // The comparison below is only worth something if the sample produces figures.
  expect(clean.indicators.filter((i) => typeof i.actual === "number").length).toBeGreaterThan(3);
}, JEST_TIMEOUT);

describe("files that are refused with a message, quickly", () => {
  const cases: Array<[string, () => string | Promise<string>, RegExp]> = [
    ["an empty 0-byte file", () => corpus.writeBytes(dir, "leer.xlsx", ""), /„leer\.xlsx“ ist leer \(0 Bytes\)/],
    ["a CSV export renamed to .xlsx", () => corpus.writeBytes(dir, "export.xlsx", corpus.CSV_TEXT), /„export\.xlsx“ .*sondern eine Textdatei \(CSV\).*als Excel-Arbeitsmappe \(\.xlsx\) speichern/],
    ["an HTML page renamed to .xlsx", () => corpus.writeBytes(dir, "seite.xlsx", corpus.HTML_TEXT), /„seite\.xlsx“ .*sondern eine Webseite \(HTML\)/],
    ["a password-protected (OLE/CFB) workbook", () => corpus.passwordProtected(dir), /„kennwort\.xlsx“ ist kennwortgeschützt.*ohne Kennwort als \.xlsx speichern/],
    ["a corrupt .xlsx", () => corpus.corruptSample(dir), /„kaputt\.xlsx“ ist keine lesbare Excel-Arbeitsmappe \(\.xlsx\) oder beschädigt/],
    ["a truncated .xlsx", () => corpus.truncatedSample(dir), /„abgeschnitten\.xlsx“ ist keine lesbare Excel-Arbeitsmappe \(\.xlsx\) oder beschädigt/],
    ["a zip bomb that declares its 1,1 GB", () => corpus.zipBomb(dir, 1100, true), /„bombe\.xlsx“ ist entpackt zu groß \(1\.100 MB.*höchstens 1\.024 MB/],
    [
      "a zip bomb whose directory claims 4 KB for its 1,1 GB",
      () => corpus.zipBomb(dir, 1100, false),
      /„bombe-getarnt\.xlsx“ hat einen Teil \(„xl\/worksheets\/sheet1\.xml“\), der entpackt mehr als 128 MB groß ist; gelesen werden höchstens 128 MB je Teil/,
    ],
    ["a zip directory that claims 4 GB", () => corpus.zipBombDeclaredOnly(dir), /„bombe-verzeichnis\.xlsx“ ist entpackt zu groß \(4\.096 MB/],
    ["10,000 sheets", () => corpus.manySheets(dir, 10_000), /„blaetter-10000\.xlsx“ hat 10\.000 Blätter; gelesen werden höchstens 4\.096/],
    ["two cells in opposite corners (A1, XFD1048576)", () => corpus.farCornerSheet(dir), /Das Blatt „Ecken“ reicht von A1 bis XFD1048576 \(17\.179\.869\.184 Zellen\)/],
    [
      "sheet names with brackets and a leading apostrophe",
      () => corpus.sampleWithRenamedSheets(dir, "klammern.xlsx", { Grunddaten: "Grunddaten [2022]", "Ziele 2022": "'Ziele 2022'" }),
      /Das Blatt „Grunddaten \[2022\]“ hat einen Namen, den Excel nicht zulässt.*umbenennen/,
    ],
  ];

  it.each(cases)(
    "%s",
    async (_label, make, message) => {
      const run = await report(await make(), REFUSAL_MS);
      expectRefused(run, message);
    },
    JEST_TIMEOUT,
  );
});

describe("a sheet with 1,000,000 rows", () => {
  let input: string;
  beforeAll(async () => {
    input = await corpus.caseListWithRows(dir, 999_999); // + header row
  }, JEST_TIMEOUT);

  it(
    "is refused with a message naming the sheet and its row count",
    async () => {
      const run = await report(input, REFUSAL_MS);
      expectRefused(run, /Das Blatt „Fälle Export“ hat 1\.000\.000 Zeilen; gelesen werden höchstens 150\.000 Zeilen je Blatt/);
    },
    JEST_TIMEOUT,
  );
});

describe("workbooks that still give the sample's report", () => {
  const cases: Array<[string, () => Promise<string>]> = [
    ["an extra sheet using all 16,384 columns", () => corpus.sampleWithFullWidthSheet(dir)],
    ["every sheet protected with a password", () => corpus.sampleWithProtectedSheets(dir)],
    ["Grunddaten as links into another workbook ([Jobcenter 2022.xlsx]), values cached", () => corpus.sampleWithExternalLinks(dir)],
    ["Grunddaten hidden, and a very hidden decoy copy with other numbers in front of it", () => corpus.sampleWithHiddenSheets(dir)],
    [
      "zero-width space, BOM and right-to-left override in headers and labels",
      () =>
        corpus.sampleWithInvisibleCharacters(dir, [
          ["Grunddaten", "A4"],
          ["Grunddaten", "A5"],
          ["Grunddaten", "A8"],
          ["Ziele 2022", "B3"],
          ["Ziele 2022", "C3"],
          ["Ziele 2022", "B4"],
          ["EGT 2022", "A5"],
          ["Fälle Leistungsanträge", "C3"],
          ["Fälle Leistungsanträge", "D3"],
        ]),
    ],
  ];

  it.each(cases)(
    "%s",
    async (_label, make) => {
      const input = await make();
      const run = await report(input, REPORT_MS);
      expect(run.code).toBe(0);
      expect(figures(summaryOf(run))).toEqual(figures(clean));
      await expectReportWithoutFormulas(run, input);
    },
    JEST_TIMEOUT,
  );

  it(
    "sheet names with quotes and apostrophes inside are read and named as they are",
    async () => {
      const names = { Grunddaten: `Grund'daten "2022"`, "Ziele 2022": `Ziele 'Kopie' (2022)` };
      const input = await corpus.sampleWithRenamedSheets(dir, "anfuehrungszeichen.xlsx", names);
      const run = await report(input, REPORT_MS);
      expect(run.code).toBe(0);
      const summary = summaryOf(run);
      expect(figures(summary)).toEqual(figures(clean));
      expect(summary.sources).toEqual(
        expect.arrayContaining([expect.objectContaining({ sheet: names.Grunddaten }), expect.objectContaining({ sheet: names["Ziele 2022"] })]),
      );
      await expectReportWithoutFormulas(run, input);
    },
    JEST_TIMEOUT,
  );
});

describe("formula injection", () => {
  it(
    "instrument names that are injection payloads come out in the EGT report as the same plain text",
    async () => {
      const cells: Array<[string, string, string]> = ["B12", "B13", "B15", "B17", "B19", "B20"].map((cell, i) => ["EGT 2022", cell, corpus.INJECTION_PAYLOADS[i]]);
      const input = await corpus.sampleWithInjectedLabels(dir, cells);
      const run = await report(input, REPORT_MS);
      const report_ = await expectReportWithoutFormulas(run, input);
      const texts = (report_.get("EGT-Controlling") ?? []).filter((c) => c.type === ExcelJS.ValueType.String).map((c) => String(c.value).trim());
      for (const payload of corpus.INJECTION_PAYLOADS) expect(texts).toContain(payload.trim());
    },
    JEST_TIMEOUT,
  );

  it(
    "with a payload in front of every text cell of the sample, whatever reaches the report is text",
    async () => {
      const input = await corpus.sampleWithInjectedText(dir);
      const run = await report(input, REPORT_MS);
      expect([0, 1]).toContain(run.code);
      const report_ = await expectReportWithoutFormulas(run, input);
      // Here the report names rows from its catalogue, not from the prefixed cells; whatever in it starts like a
      // formula must still be a string cell. The test above shows payloads that do travel into the report staying text.
      const formulaLike = [...report_.values()].flat().filter((c) => typeof c.value === "string" && /^[=+\-@\t\r]/.test(c.value));
      for (const cell of formulaLike) expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(run.text).toMatch(/Bericht geschrieben/);
    },
    JEST_TIMEOUT,
  );
});

describe("values a person would not take at face value", () => {
  it(
    "formula cells without a cached value (a circular pair, a self-reference) are missing values named by cell, not zeros",
    async () => {
      const input = await corpus.sampleWithCircularFormulas(dir);
      const run = await report(input, REPORT_MS);
      const summary = summaryOf(run);
      for (const cell of ["AK5", "AK8"]) {
        expect(summary.messages).toContainEqual(expect.objectContaining({ sheet: "Grunddaten", cell, text: expect.stringMatching(/fehlend/) }));
      }
      // AK8 holds the Integrationen of the report month: the Integrationsquote cannot be computed, so it shows none.
      expect(summary.reportMonth).toBe(clean.reportMonth);
      expect(summary.indicators.find((i) => i.code === "K2")?.actual).toBeNull();
      await expectReportWithoutFormulas(run, input);
    },
    JEST_TIMEOUT,
  );

  const dates: Array<[string, Date | string]> = [
    ["C5", new Date(Date.UTC(1850, 2, 1))],
    ["D6", new Date(Date.UTC(10000, 0, 1))],
    ["D8", "01.01.10000"],
  ];

  it(
    "dates before 1900 and after 9999 in the case list are named by cell and the cases left out",
    async () => {
      const input = await corpus.sampleWithOutOfRangeDates(dir, dates);
      const run = await report(input, REPORT_MS);
      const summary = summaryOf(run);
      for (const [cell] of dates) {
        expect(summary.messages).toContainEqual(
          expect.objectContaining({ sheet: "Fälle Leistungsanträge", cell, text: expect.stringMatching(/kein Datum; der Fall wird nicht berücksichtigt/) }),
        );
      }
      await expectReportWithoutFormulas(run, input);
    },
    JEST_TIMEOUT,
  );

  it(
    "a text date before 1900 is named by cell as well",
    async () => {
      const input = await corpus.sampleWithOutOfRangeDates(dir, [["C7", "15.03.1899"]]);
      const summary = summaryOf(await report(input, REPORT_MS));
      expect(summary.messages).toContainEqual(expect.objectContaining({ sheet: "Fälle Leistungsanträge", cell: "C7" }));
    },
    JEST_TIMEOUT,
  );
});
