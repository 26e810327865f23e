/**
 * Corrections patch the table model (issue 21, item 5): a column's or a row's dimensions set by the user, rows left out,
 * a table's range given — and the same extractor reads the patched layout. Each sheet here is one the model misses or
 * misreads as written; the expected figures are the ones a controller reads off the sheet, and each test shows the
 * sheet read without its patch first, so it fails without the patch.
 */
import { readSources } from "../../src/sources/read-sources";
import { confirmAll, correct, correctLayout, MAPPING_SETTING, parseDecisions, serializeDecisions, type SheetDecision } from "../../src/sources/source-mapping";
import type { LayoutPatch } from "../../src/sources/layout/patch-layout";
import type { WorkbookRead } from "../../src/workbook/port";
import { sheet, workbook } from "../fixtures/workbook-read";

const TODAY = { today: "2026-01-01" };

function withDecisions(read: WorkbookRead, decisions: SheetDecision[]): WorkbookRead {
  return { ...read, state: { ownedSheets: {}, settings: { [MAPPING_SETTING]: serializeDecisions(decisions) } } };
}

function patched(read: WorkbookRead, sheetName: string, patches: LayoutPatch[]): WorkbookRead {
  return withDecisions(read, correctLayout([], readSources(read, TODAY).mappings, sheetName, { set: patches, unset: [] }));
}

/** Days to the Erstberatung of the young, per month, under a header that names no Kennzahl. */
const UNNAMED = sheet("Tabelle1", [
  ["Monat", "Wert"],
  ["Jan 2024", 9.1],
  ["Feb 2024", 8.7],
]);

describe("a column's dimensions set by the user", () => {
  it("column B = Kennzahl Erstberatung U25 in Tage: the month figures are read as its Ist", () => {
    expect(readSources(workbook(UNNAMED), TODAY).reported.get("EB_U25")).toBeUndefined();
    const read = patched(workbook(UNNAMED), "Tabelle1", [{ column: "B", set: { measure: { indicator: "EB_U25" }, unit: "calendarDays" } }]);
    const data = readSources(read, TODAY);
    expect(data.reported.get("EB_U25")?.get("2024-01")).toBe(9.1);
    expect(data.reported.get("EB_U25")?.get("2024-02")).toBe(8.7);
    expect(data.units.get("EB_U25")).toBe("calendarDays");
    expect(data.mappings[0].patches).toHaveLength(1);
  });

  it("a column set to Ziel of a year: the figures are Zielwerte, not Ist", () => {
    const targets = sheet("Vorgaben", [
      ["Kennzahl", "Orientierung"],
      ["Integrationsquote", 25],
      ["Kundenzufriedenheit (KZI)", 2.0],
    ]);
    expect(readSources(workbook(targets), TODAY).targets.get("K2")).toBeUndefined();
    const data = readSources(patched(workbook(targets), "Vorgaben", [{ column: "B", set: { scenario: "target", period: "2024" } }]), TODAY);
    expect(data.targetSets.find((t) => t.year === 2024)?.targets.get("K2")?.annualTarget).toBe(25);
    expect(data.targetSets.find((t) => t.year === 2024)?.targets.get("KZI")?.annualTarget).toBe(2.0);
  });

  it("a unit the sheet states wrongly set right: a share read as a duration is refused, set to % it is read", () => {
    const shares = sheet("Quoten", [
      ["Kennzahl", "Jan 2024 (Tage)"],
      ["Widerspruchsquote", 12.5],
    ]);
    expect(readSources(workbook(shares), TODAY).reported.get("WSQ")).toBeUndefined();
    const data = readSources(patched(workbook(shares), "Quoten", [{ column: "B", set: { unit: "percent" } }]), TODAY);
    expect(data.reported.get("WSQ")?.get("2024-01")).toBe(12.5);
  });

  it("a patched sheet set to a kind keeps its patch", () => {
    const read = patched(workbook(UNNAMED), "Tabelle1", [{ column: "B", set: { measure: { indicator: "EB_U25" }, unit: "calendarDays" } }]);
    const assigned = correct(parseDecisions(read.state.settings[MAPPING_SETTING]).decisions, readSources(read, TODAY).mappings, "Tabelle1", "qualitaet");
    const data = readSources(withDecisions(workbook(UNNAMED), assigned), TODAY);
    expect(data.mappings[0]).toMatchObject({ kind: "qualitaet", status: "confirmed" });
    expect(data.reported.get("EB_U25")?.get("2024-01")).toBe(9.1);
  });
});

describe("a row's dimensions set by the user", () => {
  it("row 4 = Ist: a row the sheet calls Prognose, which the model never reads as Ist, is read as Ist", () => {
    const kzi = sheet("Befragung", [
      ["Kundenzufriedenheit (KZI)"],
      [null, "1. Halbjahr 2024", "2. Halbjahr 2024"],
      ["Ziel", 2.2, 2.2],
      ["Prognose", 2.08, 2.1],
    ]);
    expect(readSources(workbook(kzi), TODAY).reported.get("KZI")).toBeUndefined();
    const data = readSources(patched(workbook(kzi), "Befragung", [{ row: 4, set: { scenario: "actual" } }]), TODAY);
    expect(data.reported.get("KZI")?.get("2024-06")).toBe(2.08);
    expect(data.reported.get("KZI")?.get("2024-12")).toBe(2.1);
  });
});

describe("rows left out by the user", () => {
  it("rows 5–6 (a copy of two months with other figures) left out: the months are read from rows 2–4", () => {
    const elb = sheet("ELB", [
      ["Monat", "ELB"],
      ["Jan 2024", 1000],
      ["Feb 2024", 1010],
      ["Mär 2024", 1020],
      ["Jan 2024", 990],
      ["Feb 2024", 995],
    ]);
    expect(readSources(workbook(elb), TODAY).baseSeries.get("elb")?.get("2024-01")).toBeUndefined();
    const data = readSources(patched(workbook(elb), "ELB", [{ rows: { from: 5, to: 6 }, leaveOut: true }]), TODAY);
    expect(data.baseSeries.get("elb")?.get("2024-01")).toBe(1000);
    expect(data.baseSeries.get("elb")?.get("2024-03")).toBe(1020);
    expect(data.mappings[0].reasons.join(" ")).toMatch(/5 vom Benutzer ausgelassen/);
  });
});

describe("a header row chosen by the user", () => {
  it("a line above the header („Stand | Prognose“) is read as a band saying the figures are a forecast; with the header in row 2 they are the Ist", () => {
    const kzi = sheet("KZI", [
      ["Stand", "Prognose"],
      ["Kennzahl", "1. Halbjahr 2024"],
      ["Kundenzufriedenheit (KZI)", 2.08],
    ]);
    expect(readSources(workbook(kzi), TODAY).reported.get("KZI")).toBeUndefined();
    const data = readSources(patched(workbook(kzi), "KZI", [{ headerRow: 2 }]), TODAY);
    expect(data.reported.get("KZI")?.get("2024-06")).toBe(2.08);
  });
});

describe("a table's range given by the user", () => {
  it("two years one under another without a blank row: each range is its own table with its own months", () => {
    const years = sheet("Grunddaten", [
      ["Grunddatum", "Jan 2023", "Feb 2023"],
      ["ELB", 900, 910],
      ["Grunddatum", "Jan 2024", "Feb 2024"],
      ["ELB", 1000, 1010],
    ]);
    expect(readSources(workbook(years), TODAY).baseSeries.get("elb")?.get("2024-02")).toBeUndefined();
    const data = readSources(patched(workbook(years), "Grunddaten", [{ table: "A1:C2" }, { table: "A3:C4" }]), TODAY);
    expect(data.baseSeries.get("elb")?.get("2023-02")).toBe(910);
    expect(data.baseSeries.get("elb")?.get("2024-02")).toBe(1010);
  });
});

describe("a correction that changes nothing", () => {
  it("says so, in German, naming the sheet", () => {
    const data = readSources(patched(workbook(UNNAMED), "Tabelle1", [{ rows: { from: 1, to: 1 }, leaveOut: true }]), TODAY);
    expect(data.messages.map((m) => m.text)).toContain("Die Berichtigung „Zeile 1 nicht verwenden“ ändert nichts: das Tabellenmodell liest diese Zeilen auf dem Blatt „Tabelle1“ schon so (keine Datenzeilen).");
  });

  it("a column set to what it already is says so too", () => {
    const kzi = sheet("KZI", [
      ["Monat", "Kundenzufriedenheit (KZI)"],
      ["Jan 2024", 2.1],
    ]);
    const data = readSources(patched(workbook(kzi), "KZI", [{ column: "B", set: { measure: { indicator: "KZI" } } }]), TODAY);
    expect(data.messages.some((m) => /^Die Berichtigung „Spalte B: Kundenzufriedenheit \(KZI\)“ ändert nichts/.test(m.text))).toBe(true);
    expect(data.reported.get("KZI")?.get("2024-01")).toBe(2.1);
  });
});

describe("Bestätigen keeps the whole layout", () => {
  const QUALITY = sheet("Qualität 2024", [
    ["Qualitätskennzahlen 2024"],
    [],
    ["Kennzahl", "Zielwert 2024", "1. Halbjahr 2024", null, "Kennzahl", "Einheit", "Zielwert 2024", "2. Quartal 2024"],
    ["Kundenzufriedenheit (KZI)", 2.2, 2.08, null, "Erstberatung U25", "Tage", 10, 9.1],
    [null, null, null, null, "Erstberatung Ü25", "Tage", 15, 18.6],
  ]);

  it("stores every table of the sheet, not only its kind", () => {
    const decisions = confirmAll(readSources(workbook(QUALITY), TODAY).mappings);
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ sheet: "Qualität 2024", blocks: [{ extent: "A3:C4" }, { extent: "E3:H5" }] });
  });

  it("reads the same next time even where detection would now read it otherwise", () => {
    const confirmed = confirmAll(readSources(workbook(QUALITY), TODAY).mappings);
    // The row's name is no Kennzahl the lexicon knows any more: detection alone would not read the KZI.
    const renamed = sheet("Qualität 2024", QUALITY.values.map((row, r) => (r === 3 ? ["Zufriedenheit der Kunden gesamt", ...row.slice(1)] : row)));
    expect(readSources(workbook(renamed), TODAY).reported.get("KZI")).toBeUndefined();
    const data = readSources(withDecisions(workbook(renamed), confirmed), TODAY);
    expect(data.mappings[0].status).toBe("confirmed");
    expect(data.reported.get("KZI")?.get("2024-06")).toBe(2.08);
    expect(data.reported.get("EB_UE25")?.get("2024-06")).toBe(18.6);
  });

  it("a header that says something else now is a changed layout: the sheet is not read until confirmed again", () => {
    const confirmed = confirmAll(readSources(workbook(QUALITY), TODAY).mappings);
    const changed = sheet("Qualität 2024", QUALITY.values.map((row, r) => (r === 2 ? row.map((v) => (v === "Einheit" ? "Bemerkung" : v)) : row)));
    const data = readSources(withDecisions(workbook(changed), confirmed), TODAY);
    expect(data.mappings[0].status).toBe("changed");
    expect(data.reported.get("EB_UE25")).toBeUndefined();
    expect(data.messages.some((m) => m.level === "error" && /Kopfzeile „Kennzahl \| Einheit \| Zielwert 2024“, jetzt „Kennzahl \| Bemerkung \| Zielwert 2024“/.test(m.text))).toBe(true);
  });

  it("a confirmed table that grew by a month reads the new month too", () => {
    const rows = sheet("ELB", [
      ["Monat", "ELB"],
      ["Jan 2024", 1000],
      ["Feb 2024", 1010],
    ]);
    const confirmed = confirmAll(readSources(workbook(rows), TODAY).mappings);
    const grown = sheet("ELB", [...rows.values, ["Mär 2024", 1020]]);
    const data = readSources(withDecisions(workbook(grown), confirmed), TODAY);
    expect(data.mappings[0].status).toBe("confirmed");
    expect(data.baseSeries.get("elb")?.get("2024-03")).toBe(1020);
  });

  it("a patch made before confirming is kept with the layout and still read", () => {
    const read = patched(workbook(UNNAMED), "Tabelle1", [{ column: "B", set: { measure: { indicator: "EB_U25" }, unit: "calendarDays" } }]);
    const confirmed = confirmAll(readSources(read, TODAY).mappings);
    const again = readSources(withDecisions(workbook(UNNAMED), parseDecisions(serializeDecisions(confirmed)).decisions), TODAY);
    expect(again.mappings[0].status).toBe("confirmed");
    expect(again.reported.get("EB_U25")?.get("2024-02")).toBe(8.7);
    expect(again.messages.filter((m) => /ändert nichts/.test(m.text))).toEqual([]);
  });
});

describe("mappings stored before layouts were kept (old workbooks, old mapping files)", () => {
  // As the previous version stored them: a kind with its header, and corrections of header text, columns and rows.
  const ZIELE = sheet("Vorgaben", [
    ["Hinweis: vorläufig"],
    ["Kennzahl", "Orientierung", "Abweichung"],
    ["Integrationsquote", 25, -1],
    ["Kundenzufriedenheit (KZI)", 2.0, 0.1],
  ]);
  const OLD = JSON.stringify([{ sheet: "Vorgaben", kind: "zielwerte", header: ["Kennzahl", "Orientierung", "Abweichung"], columns: [{ headerRow: 2 }, { cell: "B2", readAs: "Zielwert 2024" }, { column: "C", ignore: true }] }]);

  it("are still read as they say, and confirmed", () => {
    const { decisions, valid } = parseDecisions(OLD);
    expect(valid).toBe(true);
    const data = readSources(withDecisions(workbook(ZIELE), decisions), TODAY);
    expect(data.mappings[0]).toMatchObject({ status: "confirmed", kind: "zielwerte" });
    expect(data.targetSets.find((t) => t.year === 2024)?.targets.get("K2")?.annualTarget).toBe(25);
  });

  it("become a whole layout when confirmed again, their corrections kept, and read the same from it", () => {
    const read = withDecisions(workbook(ZIELE), parseDecisions(OLD).decisions);
    const migrated = confirmAll(readSources(read, TODAY).mappings);
    expect(migrated[0]).toMatchObject({ kind: "zielwerte", columns: [{ headerRow: 2 }, { cell: "B2", readAs: "Zielwert 2024" }, { column: "C", ignore: true }], blocks: [{ extent: "A1:C4" }] });
    const again = readSources(withDecisions(workbook(ZIELE), parseDecisions(serializeDecisions(migrated)).decisions), TODAY);
    expect(again.mappings[0].status).toBe("confirmed");
    expect(again.targetSets.find((t) => t.year === 2024)?.targets.get("KZI")?.annualTarget).toBe(2.0);
  });
});
