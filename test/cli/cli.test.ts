/**
 * The CLI end to end on real .xlsx files: input → engine → plan → ExcelJS adapter → report workbook.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync, copyFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { summarySchemaErrors } from "../fixtures/summary-schema";

const SAMPLE = join(__dirname, "..", "..", "assets", "beispiel-jobcenter.xlsx");

function captureConsole() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("steuerungscockpit report on the sample workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-cli-"));
  const input = join(dir, "beispiel.xlsx");
  const out = join(dir, "bericht.xlsx");
  const json = join(dir, "bericht.json");
  let code: number;
  let console_: ReturnType<typeof captureConsole>;
  let inputHash: string;

  beforeAll(async () => {
    copyFileSync(SAMPLE, input);
    inputHash = sha(input);
    console_ = captureConsole();
    code = await main(["report", input, "--out", out, "--json", json], console_.io);
  });

  it("succeeds and never modifies the input file", () => {
    expect(code).toBe(0);
    expect(sha(input)).toBe(inputHash);
  });

  it("writes a copy with the report sheets added and the source sheets unchanged", async () => {
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(input);
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(out);
    const names = report.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Ziel-Ist-Vergleich", "EGT-Controlling"]));
    for (const sheet of source.worksheets) {
      const copy = report.getWorksheet(sheet.name);
      expect(copy).toBeDefined();
      const values = (ws: ExcelJS.Worksheet) => JSON.stringify(ws.getSheetValues());
      expect(values(copy as ExcelJS.Worksheet)).toBe(values(sheet));
    }
  });

  it("writes the JSON summary with the fields of the contract", () => {
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(summarySchemaErrors(summary)).toEqual([]);
    // The processing times of the case list, which a Regionaldirektion batching workbooks needs.
    expect(summary.processing).toHaveLength(1);
    expect(summary.processing[0]).toEqual(expect.objectContaining({ kind: "leistungsantraege", sheet: "Fälle Leistungsanträge" }));
    expect(summary.processing[0].overall.count).toBeGreaterThan(0);
    expect(summary.processing[0].overall.medianWorkingDays).not.toBeNull();
    expect(summary.land).toBe("NI");
    expect(summary.reportMonth).toBe("2022-10");
    const codes = summary.indicators.map((i: { code: string }) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["K2", "K2_F", "K2_M", "LZB", "K1"]));
    for (const indicator of summary.indicators) {
      expect(Object.keys(indicator)).toEqual(
        expect.arrayContaining(["code", "name", "unit", "direction", "actual", "target", "deltaAbs", "deltaRel", "deltaPp", "attainmentPct", "status"]),
      );
      expect(["on-track", "at-risk", "off-track", "monitoring", "no-data"]).toContain(indicator.status);
    }
    expect(summary.budget.derivation.newBusiness).toBe(3_083_000);
    expect(summary.budget.total.plan).toBe(6_488_398);
    expect(Array.isArray(summary.messages)).toBe(true);
  });

  it("prints a short German summary table", () => {
    const printed = console_.out.join("\n");
    expect(printed).toContain("Berichtsmonat Oktober 2022");
    expect(printed).toContain("Integrationsquote");
    expect(printed).toMatch(/Bericht geschrieben: .*bericht\.xlsx/);
  });

  it("is idempotent: running on its own output replaces the report sheets instead of adding more", async () => {
    const again = join(dir, "bericht-2.xlsx");
    expect(await main(["report", out, "--out", again], captureConsole().io)).toBe(0);
    const first = new ExcelJS.Workbook();
    await first.xlsx.readFile(out);
    const second = new ExcelJS.Workbook();
    await second.xlsx.readFile(again);
    expect(second.worksheets.map((w) => w.name)).toEqual(first.worksheets.map((w) => w.name));
  });

  it("prints the JSON on stdout with --json -", async () => {
    const c = captureConsole();
    expect(await main(["report", input, "--out", join(dir, "b3.xlsx"), "--json", "-"], c.io)).toBe(0);
    expect(JSON.parse(c.out.join("\n")).reportMonth).toBe("2022-10");
  });

  it("writes report and JSON into folders that do not exist yet, as `npm run demo` does on a fresh clone", async () => {
    const fresh = join(dir, "neu", "out");
    expect(await main(["report", input, "--out", join(fresh, "bericht.xlsx"), "--json", join(fresh, "bericht.json")], captureConsole().io)).toBe(0);
    expect(existsSync(join(fresh, "bericht.xlsx"))).toBe(true);
    expect(JSON.parse(readFileSync(join(fresh, "bericht.json"), "utf8")).reportMonth).toBe("2022-10");
  });

  it("writes the JSON summary, with the reason, also when there is nothing to report (exit 1, no report file)", async () => {
    const empty = join(dir, "nur-notizen.xlsx");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Notizen").getCell("A1").value = "Besprechung am Montag";
    await book.xlsx.writeFile(empty);
    const target = join(dir, "leer", "bericht.json");
    expect(await main(["report", empty, "--out", join(dir, "leer", "bericht.xlsx"), "--json", target], captureConsole().io)).toBe(1);
    const summary = JSON.parse(readFileSync(target, "utf8"));
    expect(summarySchemaErrors(summary)).toEqual([]);
    expect(summary.messages.some((m: { level: string; text: string }) => m.level === "error" && /keine monatlichen Grunddaten/.test(m.text))).toBe(true);
    expect(existsSync(join(dir, "leer", "bericht.xlsx"))).toBe(false);
  });
});

describe("bad input ends with a German message and an exit code, never a stack trace", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-bad-"));

  it("a missing file → 1", async () => {
    const c = captureConsole();
    expect(await main(["report", join(dir, "fehlt.xlsx")], c.io)).toBe(1);
    expect(c.err.join("\n")).toMatch(/nicht gefunden/);
    expect(c.err.join("\n")).not.toMatch(/at .*\.ts:\d+/);
  });

  it("a text file named .xlsx → 1", async () => {
    const path = join(dir, "text.xlsx");
    writeFileSync(path, "das ist keine Arbeitsmappe");
    const c = captureConsole();
    expect(await main(["report", path], c.io)).toBe(1);
    expect(c.err.join("\n")).toMatch(/keine lesbare Excel-Arbeitsmappe/);
  });

  it("a workbook without any recognised sheet → 1 and no output file", async () => {
    const path = join(dir, "leer.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Tabelle1").getCell("A1").value = "Einkaufsliste";
    await wb.xlsx.writeFile(path);
    const c = captureConsole();
    const out = join(dir, "leer-bericht.xlsx");
    expect(await main(["report", path, "--out", out], c.io)).toBe(1);
    expect(c.err.join("\n")).toMatch(/weder Grunddaten noch Budgetdaten/);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [[], 0],
    [["bericht"], 2],
    [["report"], 2],
    [["report", "a.xlsx", "--month", "Oktober"], 2],
    [["report", "a.xlsx", "--unbekannt"], 2],
  ])("arguments %p → exit %p", async (argv, expected) => {
    expect(await main(argv as string[], captureConsole().io)).toBe(expected);
  });

  it("refuses to write the report over the input", async () => {
    const c = captureConsole();
    expect(await main(["report", SAMPLE, "--out", SAMPLE], c.io)).toBe(2);
    expect(c.err.join("\n")).toMatch(/nie verändert/);
  });
});
