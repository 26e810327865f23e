/**
 * The source model at column level: what every column of a sheet was read as, for which period, under which header —
 * and the corrections a controller makes on it (leave a column out, read a header as another), which the same readers
 * then follow. Expected roles come from the layouts as a controller reads them, not from the output.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeReport } from "../../src/pipeline/run-report";
import { COLUMN_ROLE_NAMES, type ColumnModel } from "../../src/sources/column-model";
import { readSources } from "../../src/sources/read-sources";
import { confirmAll, correctColumn, MAPPING_SETTING, parseDecisions, serializeDecisions, type SheetDecision } from "../../src/sources/source-mapping";
import type { WorkbookRead } from "../../src/workbook/port";
import { grunddatenSheet, sheet, workbook } from "../fixtures/workbook-read";

const TODAY = { today: "2026-01-01" };

function columnsOf(read: WorkbookRead, name: string): ColumnModel[] {
  return readSources(read, TODAY).mappings.find((m) => m.sheet === name)?.columns ?? [];
}

function roles(columns: ColumnModel[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c.column, `${c.role}${c.period ? ` ${c.period}` : ""}`]));
}

function withDecisions(read: WorkbookRead, decisions: SheetDecision[]): WorkbookRead {
  return { ...read, state: { ownedSheets: {}, settings: { [MAPPING_SETTING]: serializeDecisions(decisions) } } };
}

/** Ziel-Ist rows kept by hand: the Zielwert, the months under a band "Ist 2024", March still to come, a deviation column. */
const zielIst = sheet("Zielnachhaltung", [
  ["Zielnachhaltung 2024"],
  [],
  ["Kennzahl", "Zielwert 2024", "Ist 2024", null, null, "Abweichung"],
  [null, null, "Jan", "Feb", "Mär", null],
  ["Integrationsquote", 25, 2.1, 4.0, null, -21],
  ["Kundenzufriedenheit (KZI)", 2.0, 2.2, 2.1, null, 0.1],
]);

/** A finance-system export: Ansatz and Verfügungsrahmen side by side, Festlegungen and Verfügbar. */
const budgetExport = sheet("Export HH", [
  ["Haushaltsüberwachung Kapitel 1101 Titel 685 11"],
  [],
  ["Finanzposition", "Maßnahme", "Ansatz", "Verfügungsrahmen", "Ist", "Festlegungen/Obligo", "Verfügbar"],
  ["1101.68511", "Förderung der beruflichen Weiterbildung", 100000, 110000, 40000, 20000, 50000],
  ["1101.68512", "Aktivierung und berufliche Eingliederung", 200000, 190000, 90000, 30000, 70000],
]);

describe("the column model says what each column was read as", () => {
  it("a Ziel-Ist sheet: the name column, the Zielwert of its year, each month's Ist under its band, the deviation not used", () => {
    const columns = columnsOf(workbook(zielIst), "Zielnachhaltung");
    expect(roles(columns)).toEqual({ A: "label", B: "target 2024", C: "actual Januar 2024", D: "actual Februar 2024", F: "unused" });
    expect(columns.find((c) => c.column === "C")).toMatchObject({ header: "Ist 2024 › Jan", headerCell: "C4", cells: "C5:C6", values: 2, roleName: "Ist" });
    expect(columns.find((c) => c.column === "F")).toMatchObject({ header: "Abweichung", roleName: "nicht verwendet", values: 0 });
  });

  it("a budget export: the Verfügungsrahmen is the plan, the Ansatz beside it is named as not used", () => {
    const columns = columnsOf(workbook(budgetExport), "Export HH");
    expect(roles(columns)).toEqual({ A: "account", B: "instrument", C: "unused", D: "plan", E: "spent", F: "committed", G: "available" });
    expect(columns.find((c) => c.column === "D")?.header).toBe("Verfügungsrahmen");
  });

  it("a budget export's group header, subtotal and total rows are named as not read, each with its reason", () => {
    const grouped = sheet("HÜL", [
      ["Haushaltsüberwachungsliste 2024"],
      ["Finanzposition", "Bezeichnung", "Verfügungsrahmen", "Ist", "Festlegungen"],
      [null, "Aktivierung und berufliche Eingliederung", null, null, null],
      ["1101.68511", "Maßnahmen nach § 45 SGB III", 100000, 40000, 20000],
      ["1101.68512", "Vermittlungsbudget", 20000, 5000, 1000],
      [null, "Zwischensumme Aktivierung", 120000, 45000, 21000],
      ["1101.68521", "Eingliederungszuschuss", 80000, 30000, 10000],
      [null, "Gesamtsumme", 200000, 75000, 31000],
    ]);
    const mapping = readSources(workbook(grouped), TODAY).mappings[0];
    expect(mapping.kind).toBe("egt");
    expect(mapping.excludedRows?.map((r) => [r.row, r.reason.split(":")[0]])).toEqual([[3, "Gruppenzeile"], [6, "Zwischensumme"], [8, "Gesamtsumme"]]);
    expect(mapping.columns.find((c) => c.column === "B")).toMatchObject({ role: "instrument", cells: "B4:B7" });
  });

  it("a long quality list: period per row, Ist and Ziel per row, the unit", () => {
    const quality = sheet("Qualität", [
      ["Kennzahl", "Monat", "Ist", "Ziel", "Einheit"],
      ["Kundenzufriedenheit", "Jan 2024", 2.1, 2.0, "Note"],
      ["Kundenzufriedenheit", "Feb 2024", 2.3, 2.0, "Note"],
      ["Kundenzufriedenheit", "Mär 2024", 2.2, 2.0, "Note"],
      ["Kundenzufriedenheit", "Apr 2024", 2.0, 2.0, "Note"],
    ]);
    const columns = columnsOf(workbook(quality), "Qualität");
    expect(roles(columns)).toEqual({ A: "label", B: "period", C: "actual je Zeile: Januar 2024 bis April 2024", D: "periodTarget je Zeile: Januar 2024 bis April 2024", E: "unit" });
  });

  it("an unrecognised sheet lists its header's columns as not used, for the user to correct", () => {
    const unknown = sheet("Vorgaben", [["Kennzahl", "Orientierungswert 2024"], ["Integrationsquote", 25], ["Kundenzufriedenheit", 2.0]]);
    const mapping = readSources(workbook(unknown), TODAY).mappings[0];
    expect(mapping.status).toBe("unrecognised");
    expect(mapping.columns.map((c) => [c.column, c.header, c.role])).toEqual([["A", "Kennzahl", "unused"], ["B", "Orientierungswert 2024", "unused"]]);
  });

  it("every role the model can give is in the summary schema, and nothing else", () => {
    const schema = JSON.parse(readFileSync(join(__dirname, "..", "..", "docs", "summary.schema.json"), "utf8"));
    expect([...schema.properties.mappings.items.properties.columns.items.properties.role.enum].sort()).toEqual(Object.keys(COLUMN_ROLE_NAMES).sort());
  });
});

describe("a controller corrects single columns", () => {
  const unknown = sheet("Vorgaben", [["Kennzahl", "Orientierungswert 2024"], ["Integrationsquote", 25], ["Kundenzufriedenheit", 2.0]]);

  it("a header read as another: „Orientierungswert 2024“ read as „Zielwert 2024“ makes the Zielwerte count, the sheet itself unchanged", () => {
    const before = JSON.stringify(unknown);
    const read = withDecisions(workbook(unknown), [{ sheet: "Vorgaben", kind: "columns", columns: [{ cell: "B1", readAs: "Zielwert 2024" }] }]);
    const data = readSources(read, TODAY);
    expect(data.targets.get("K2")?.annualTarget).toBe(25);
    expect(data.mappings[0]).toMatchObject({ kind: "zielwerte" });
    expect(data.mappings[0].reasons.join(" ")).toMatch(/B1 „Orientierungswert 2024“ gelesen als „Zielwert 2024“/);
    expect(data.mappings[0].columns.find((c) => c.column === "B")).toMatchObject({ role: "target", header: "Orientierungswert 2024", readAs: "Zielwert 2024", period: "2024" });
    expect(JSON.stringify(unknown)).toBe(before);
  });

  it("a column left out is not read, and the model says the user excluded it", () => {
    const quality = sheet("Qualität", [
      ["Kennzahl", "Monat", "Ist", "Ziel"],
      ["Kundenzufriedenheit", "Jan 2024", 2.1, 2.0],
      ["Kundenzufriedenheit", "Feb 2024", 2.3, 2.0],
    ]);
    const plain = readSources(workbook(quality), TODAY);
    expect(plain.monthlyTargets.get("KZI")?.get("2024-02")).toBe(2.0);
    const corrected = readSources(withDecisions(workbook(quality), [{ sheet: "Qualität", kind: "columns", columns: [{ column: "D", ignore: true }] }]), TODAY);
    expect(corrected.monthlyTargets.get("KZI")).toBeUndefined();
    expect(corrected.reported.get("KZI")?.get("2024-02")).toBe(2.3);
    expect(corrected.mappings[0].columns.find((c) => c.column === "D")).toMatchObject({ role: "excluded", roleName: "vom Benutzer ausgeschlossen" });
  });

  it("confirming keeps the corrections, and they survive the round trip through the workbook setting", () => {
    const read = withDecisions(workbook(unknown), [{ sheet: "Vorgaben", kind: "columns", columns: [{ cell: "B1", readAs: "Zielwert 2024" }] }]);
    const confirmed = confirmAll(readSources(read, TODAY).mappings);
    // The layout fingerprint is the header as written: the correction is no change of the sheet's layout.
    // Confirming keeps the whole layout as read (its one table), with the corrections it was read by.
    expect(confirmed).toMatchObject([{ sheet: "Vorgaben", kind: "zielwerte", header: ["Kennzahl", "Orientierungswert 2024"], columns: [{ cell: "B1", readAs: "Zielwert 2024" }], blocks: [{ extent: "A1:B3" }] }]);
    const again = readSources(withDecisions(workbook(unknown), parseDecisions(serializeDecisions(confirmed)).decisions), TODAY);
    expect(again.mappings[0]).toMatchObject({ kind: "zielwerte", status: "confirmed" });
    expect(again.targets.get("K2")?.annualTarget).toBe(25);
  });

  it("a correction is added and taken back one column at a time, the others kept", () => {
    const mappings = readSources(workbook(zielIst), TODAY).mappings;
    const one = correctColumn([], mappings, "Zielnachhaltung", { set: { column: "F", ignore: true } });
    expect(one).toEqual([{ sheet: "Zielnachhaltung", kind: "columns", columns: [{ column: "F", ignore: true }] }]);
    const corrected = readSources(withDecisions(workbook(zielIst), one), TODAY).mappings;
    const two = correctColumn(one, corrected, "Zielnachhaltung", { set: { cell: "B3", readAs: "Zielwert" } });
    expect(two[0]).toMatchObject({ columns: [{ column: "F", ignore: true }, { cell: "B3", readAs: "Zielwert" }] });
    const back = correctColumn(two, readSources(withDecisions(workbook(zielIst), two), TODAY).mappings, "Zielnachhaltung", { unset: { column: "F", ignore: true } });
    expect(back[0]).toMatchObject({ columns: [{ cell: "B3", readAs: "Zielwert" }] });
  });

  it("a correction that cannot apply says so, in German, naming sheet and cell", () => {
    const read = withDecisions(workbook(unknown), [{ sheet: "Vorgaben", kind: "columns", columns: [{ cell: "Z99", readAs: "Zielwert" }, { column: "Q", ignore: true }] }]);
    const texts = readSources(read, TODAY).messages.map((m) => `${m.sheet}!${m.cell ?? ""} ${m.text}`);
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^Vorgaben!Z99 .*„Z99 als „Zielwert“ lesen“ greift nicht/), expect.stringMatching(/^Vorgaben! .*Spalte Q nicht verwenden“ greift nicht: die Spalte ist .* leer/)]));
  });

  it("malformed column corrections make the stored mapping unreadable, never half-applied", () => {
    for (const columns of [[{ cell: "B1:C2", readAs: "Zielwert" }], [{ cell: "B1", readAs: "x".repeat(121) }], [{ column: "1", ignore: true }], [{ cell: "B1", readAs: "" }], "B"]) {
      expect(parseDecisions(JSON.stringify([{ sheet: "Vorgaben", kind: "columns", columns }])).valid).toBe(false);
    }
  });

  it("a mapping file with column corrections changes the report's figures the same way (report --zuordnung)", () => {
    const read = workbook(grunddatenSheet(), sheet("Vorgaben", [["Kennzahl", "Orientierungswert 2022"], ["Integrationsquote", 25]]));
    const plain = computeReport(read, { today: "2026-01-01", reportMonth: "2022-03" });
    const mapped = computeReport(read, { today: "2026-01-01", reportMonth: "2022-03", sourceMapping: [{ sheet: "Vorgaben", kind: "columns", columns: [{ cell: "B1", readAs: "Zielwert 2022" }] }] });
    const k2 = (summary: typeof plain.summary) => summary.indicators.find((i) => i.code === "K2");
    expect(k2(plain.summary)?.annualTarget ?? null).toBeNull();
    expect(k2(mapped.summary)?.annualTarget).toBe(25);
    expect(mapped.summary.mappings.find((m) => m.sheet === "Vorgaben")?.columns.find((c) => c.column === "B")?.readAs).toBe("Zielwert 2022");
  });

  it("a chosen header row leaves the rows above it unread, a single row can be left out, and both are kept on confirming", () => {
    // A title row that looks like a header ("Kennzahl | Zielwert" in a note) above the real table.
    const noted = sheet("Ziele", [
      ["Hinweis", "Kennzahl und Zielwert werden jährlich vereinbart", "siehe Protokoll"],
      [],
      ["Kennzahl", "Zielwert 2024"],
      ["Integrationsquote", 25],
      ["Kundenzufriedenheit", 2.0],
      ["Summe (nicht auswerten)", 27],
    ]);
    const decisions: SheetDecision[] = [{ sheet: "Ziele", kind: "columns", columns: [{ headerRow: 3 }, { row: 5, ignore: true }] }];
    const data = readSources(withDecisions(workbook(noted), decisions), TODAY);
    expect(data.targets.get("K2")?.annualTarget).toBe(25);
    expect(data.targets.get("KZI")).toBeUndefined();
    expect(data.mappings[0].reasons.join(" ")).toMatch(/Zeilen 1, 5 nicht verwendet/);
    expect(confirmAll(data.mappings)[0]).toMatchObject({ sheet: "Ziele", kind: "zielwerte", columns: [{ headerRow: 3 }, { row: 5, ignore: true }] });
    const moved = correctColumn(decisions, data.mappings, "Ziele", { set: { headerRow: 4 } });
    expect(moved[0]).toMatchObject({ columns: [{ row: 5, ignore: true }, { headerRow: 4 }] });
  });

  it("a column corrected on a confirmed sheet keeps it confirmed and read, the correction applied", () => {
    const confirmed = confirmAll(readSources(workbook(zielIst), TODAY).mappings);
    const mappings = readSources(withDecisions(workbook(zielIst), confirmed), TODAY).mappings;
    expect(mappings[0].status).toBe("confirmed");
    const corrected = correctColumn(confirmed, mappings, "Zielnachhaltung", { set: { column: "F", ignore: true } });
    const after = readSources(withDecisions(workbook(zielIst), corrected), TODAY);
    expect(after.mappings[0]).toMatchObject({ status: "confirmed", kind: "zielwerte" });
    expect(after.mappings[0].columns.find((c) => c.column === "F")?.role).toBe("excluded");
    expect(after.targets.get("K2")?.annualTarget).toBe(25);
  });
});
