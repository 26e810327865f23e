/**
 * The source mapping a controller confirms once: what each sheet is taken for and why, kept in the workbook, honoured on
 * the next refresh, and re-asked — never silently re-read — when a confirmed sheet's layout changes.
 */
import { computeReport } from "../../src/pipeline/run-report";
import { readSources } from "../../src/sources/read-sources";
import { confirmAll, correct, MAPPING_SETTING, serializeDecisions, type SheetDecision } from "../../src/sources/source-mapping";
import type { RawCell, SheetRead, WorkbookRead } from "../../src/workbook/port";
import { grunddatenSheet, sheet, workbook, zieleSheet } from "../fixtures/workbook-read";

const TODAY = { today: "2026-01-01" };

function withDecisions(read: WorkbookRead, decisions: SheetDecision[]): WorkbookRead {
  return { ...read, state: { ownedSheets: {}, settings: { [MAPPING_SETTING]: serializeDecisions(decisions) } } };
}

function zieleWithHeader(header: RawCell[], name = "Ziele 2022", target = 12): SheetRead {
  return sheet(name, [["Zielvereinbarung"], [], header, ["Integration", "Integrationsquote", target, "%", 0.5]]);
}

const notes = sheet("Notizen", [["Besprechung am Montag"], ["nichts Tabellarisches hier"]]);

describe("what each sheet is taken for, and why", () => {
  const data = readSources(workbook(grunddatenSheet(), zieleSheet(), notes), TODAY);
  const bySheet = new Map(data.mappings.map((m) => [m.sheet, m]));

  it("names the kind of every source sheet, with its header cell and no months in the fingerprint", () => {
    expect(bySheet.get("Grunddaten")).toMatchObject({ kind: "grunddaten", status: "detected", headerCell: "A4", header: ["Grunddatum", "Kürzel"] });
    expect(bySheet.get("Ziele 2022")).toMatchObject({ kind: "zielwerte", status: "detected", headerCell: "A3", header: ["Ziel", "Kennzahl", "Zielwert 2022", "Einheit", "Toleranz"] });
  });

  it("says why in German: which rows and months, how many Zielwerte", () => {
    expect(bySheet.get("Grunddaten")?.reasons.join(" · ")).toMatch(/4 Zeilen mit Monatswerten \(ELB, Integrationen, LZB, LLU\), Januar 2021 – März 2022/);
    expect(bySheet.get("Ziele 2022")?.reasons.join(" · ")).toMatch(/2 Zielwerte \(K2, LZB\)/);
  });

  it("is sure when a sheet read without complaint, less so when it had to skip cells", () => {
    expect(bySheet.get("Grunddaten")?.confidence).toBe("hoch");
    const shaky = readSources(workbook(grunddatenSheet({ lzbMarch2022: "zwölf" })), TODAY);
    expect(shaky.mappings[0].confidence).not.toBe("hoch");
  });

  it("lists a sheet it does not understand as unrecognised rather than guessing", () => {
    expect(bySheet.get("Notizen")).toMatchObject({ kind: null, status: "unrecognised" });
  });
});

describe("a confirmed mapping", () => {
  const first = readSources(workbook(grunddatenSheet(), zieleSheet()), TODAY);
  const confirmed = confirmAll(first.mappings);

  it("is honoured on the next refresh and gives the same records", () => {
    const again = readSources(withDecisions(workbook(grunddatenSheet(), zieleSheet()), confirmed), TODAY);
    expect(again.mappings.map((m) => m.status)).toEqual(["confirmed", "confirmed"]);
    expect(again.baseSeries).toEqual(first.baseSeries);
    expect(again.targets).toEqual(first.targets);
    expect(again.messages.filter((m) => m.level === "error")).toEqual([]);
  });

  it("still holds when a header label is only re-typed in other case or spacing", () => {
    const retyped = zieleWithHeader(["ZIEL", "Kennzahl ", "zielwert  2022", "Einheit", "Toleranz"]);
    const again = readSources(withDecisions(workbook(grunddatenSheet(), retyped), confirmed), TODAY);
    expect(again.mappings.find((m) => m.sheet === "Ziele 2022")?.status).toBe("confirmed");
  });

  it("still holds next month and next year: 'Ist Jan–Nov' after 'Ist Jan–Okt', 'Zielwert 2023' after 'Zielwert 2022'", () => {
    const nextYear = zieleWithHeader(["Ziel", "Kennzahl", "Zielwert 2023", "Einheit", "Toleranz"]);
    expect(readSources(withDecisions(workbook(grunddatenSheet(), nextYear), confirmed), TODAY).mappings[1].status).toBe("confirmed");
    const budget = (ist: string) => sheet("EGT", [["Zuteilung EGT", 1_000_000], [], ["Kategorie", "Instrument", "Plan 2022", ist, "Bindung"], ["Aktivierung", "Vermittlungsbudget", 400_000, 90_000, 10_000]]);
    const october = readSources(workbook(budget("Ist Jan–Okt")), TODAY);
    expect(october.mappings[0]).toMatchObject({ kind: "egt", header: ["Kategorie", "Instrument", "Plan 2022", "Ist Jan–Okt", "Bindung"] });
    const november = readSources(withDecisions(workbook(budget("Ist Jan–Nov")), confirmAll(october.mappings)), TODAY);
    expect(november.mappings[0].status).toBe("confirmed");
  });

  it("still holds when the Grunddaten grow by a month (a new column is not a new layout)", () => {
    const grown = grunddatenSheet();
    const values = grown.values.map((row, r) => (r === 3 ? [...row, "Apr 22"] : r >= 4 && r <= 7 ? [...row, 1] : row));
    const again = readSources(withDecisions(workbook({ ...grown, values }, zieleSheet()), confirmed), TODAY);
    expect(again.mappings[0].status).toBe("confirmed");
    expect(again.baseSeries.get("elb")?.get("2022-04")).toBe(1);
  });

  it("is re-asked when a confirmed sheet's header changed: the sheet is not used and the message names sheet and cell", () => {
    const renamed = zieleWithHeader(["Ziel", "Kennzahl", "Ziel 2023", "Einheit", "Toleranz"]);
    const again = readSources(withDecisions(workbook(grunddatenSheet(), renamed), confirmed), TODAY);
    const mapping = again.mappings.find((m) => m.sheet === "Ziele 2022");
    expect(mapping).toMatchObject({ kind: "zielwerte", status: "changed", confidence: "niedrig" });
    expect(again.targets.size).toBe(0);
    const error = again.messages.find((m) => m.level === "error" && m.sheet === "Ziele 2022");
    expect(error).toMatchObject({ cell: "A3" });
    expect(error?.text).toMatch(/Kopfzeile war „Ziel \| Kennzahl \| Zielwert 2022 \| Einheit \| Toleranz“, ist jetzt „Ziel \| Kennzahl \| Ziel 2023 \| Einheit \| Toleranz“/);
    expect(error?.text).toMatch(/unter „Quellen“ neu bestätigt/);
  });

  it("is re-asked when a confirmed sheet no longer holds what it was confirmed as", () => {
    const emptied = sheet("Ziele 2022", [["Zielvereinbarung – wird überarbeitet"]]);
    const again = readSources(withDecisions(workbook(grunddatenSheet(), emptied), confirmed), TODAY);
    expect(again.mappings.find((m) => m.sheet === "Ziele 2022")).toMatchObject({ status: "changed" });
    expect(again.messages.some((m) => m.sheet === "Ziele 2022" && /war als Zielwerte bestätigt, wird aber nicht mehr als Zielwerte erkannt/.test(m.text))).toBe(true);
  });

  it("after a new confirmation the changed sheet is read again", () => {
    const renamed = zieleWithHeader(["Ziel", "Kennzahl", "Ziel 2023", "Einheit", "Toleranz"]);
    const changed = readSources(withDecisions(workbook(grunddatenSheet(), renamed), confirmed), TODAY);
    const reconfirmed = confirmAll(changed.mappings);
    const again = readSources(withDecisions(workbook(grunddatenSheet(), renamed), reconfirmed), TODAY);
    expect(again.targets.get("K2")?.annualTarget).toBe(12);
  });
});

describe("corrections the user makes once", () => {
  it("keeps the Zielwerte of each year apart, and an ignored year's sheet is not read", () => {
    const read = workbook(grunddatenSheet(), zieleWithHeader(["Ziel", "Kennzahl", "Zielwert", "Einheit", "Toleranz"], "Ziele 2021", 10), zieleWithHeader(["Ziel", "Kennzahl", "Zielwert", "Einheit", "Toleranz"], "Ziele 2022", 12));
    const detected = readSources(read, TODAY);
    expect(detected.targetSets.map((t) => [t.year, t.targets.get("K2")?.annualTarget])).toEqual([[2021, 10], [2022, 12]]);
    expect(detected.targets.get("K2")?.annualTarget).toBe(12);
    const decisions = correct([], detected.mappings, "Ziele 2022", "ignore");
    const corrected = readSources(withDecisions(read, decisions), TODAY);
    expect(corrected.targets.get("K2")?.annualTarget).toBe(10);
    expect(corrected.mappings.find((m) => m.sheet === "Ziele 2022")).toMatchObject({ status: "ignored" });
  });

  it("a sheet the user assigns a kind is read only as that kind", () => {
    const read = workbook(grunddatenSheet(), zieleSheet());
    const decisions = correct([], readSources(read, TODAY).mappings, "Ziele 2022", "egt");
    const corrected = readSources(withDecisions(read, decisions), TODAY);
    expect(corrected.targets.size).toBe(0);
    expect(corrected.mappings.find((m) => m.sheet === "Ziele 2022")).toMatchObject({ kind: "egt", status: "changed" });
  });

  it("a stored mapping that cannot be read is reported and the sheets are detected afresh", () => {
    const read = { ...workbook(grunddatenSheet()), state: { ownedSheets: {}, settings: { [MAPPING_SETTING]: "{kaputt" } } };
    const data = readSources(read, TODAY);
    expect(data.mappings[0]).toMatchObject({ kind: "grunddaten", status: "detected" });
    expect(data.messages.some((m) => m.level === "warning" && /gespeicherte Zuordnung der Quellen ist nicht lesbar/.test(m.text))).toBe(true);
  });
});

describe("a report refreshed while a confirmed sheet has changed", () => {
  it("says in the Ziel-Ist-Vergleich which sheet was left out and where to confirm it", () => {
    const confirmed = confirmAll(readSources(workbook(grunddatenSheet(), zieleSheet()), TODAY).mappings);
    const renamed = zieleWithHeader(["Ziel", "Kennzahl", "Sollwert", "Einheit", "Toleranz"]);
    const outcome = computeReport(withDecisions(workbook(grunddatenSheet(), renamed), confirmed), { today: "2026-01-01", reportMonth: "2022-03" });
    const sheetText = outcome.plan.sheets.find((s) => s.key === "ziel-ist-vergleich")?.cells.flat().filter((v) => typeof v === "string").join("\n") ?? "";
    expect(sheetText).toContain("Nicht verwendet, weil sich der Aufbau seit der Bestätigung geändert hat: Blatt „Ziele 2022“ – bitte im Aufgabenbereich unter „Quellen“ neu bestätigen.");
    const unchanged = computeReport(withDecisions(workbook(grunddatenSheet(), zieleSheet()), confirmed), { today: "2026-01-01", reportMonth: "2022-03" });
    expect(unchanged.plan.sheets[0].cells.flat().join("\n")).not.toContain("Nicht verwendet");
  });
});
