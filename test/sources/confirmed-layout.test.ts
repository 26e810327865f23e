/**
 * "Zuordnung bestätigen" keeps what was read: a confirmed sheet is read by the same table model as before the
 * confirmation — every table on it — and never falls back to a reading of its kind that loses one (the quality sheet
 * with two tables of the issue: KZI left, Erstberatung right).
 */
import { readSources } from "../../src/sources/read-sources";
import { confirmAll, MAPPING_SETTING, serializeDecisions } from "../../src/sources/source-mapping";
import type { WorkbookRead } from "../../src/workbook/port";
import { sheet, workbook } from "../fixtures/workbook-read";

const TODAY = { today: "2026-01-01" };

const QUALITY = sheet("Qualität 2024", [
  ["Qualitätskennzahlen 2024"],
  [],
  ["Kennzahl", "Zielwert 2024", "1. Halbjahr 2024", null, "Kennzahl", "Einheit", "Zielwert 2024", "2. Quartal 2024"],
  ["Kundenzufriedenheit (KZI)", 2.2, 2.08, null, "Erstberatung U25", "Tage", 10, 9.1],
  [null, null, null, null, "Erstberatung Ü25", "Tage", 15, 18.6],
]);

function confirmed(read: WorkbookRead): WorkbookRead {
  const decisions = confirmAll(readSources(read, TODAY).mappings);
  return { ...read, state: { ownedSheets: {}, settings: { [MAPPING_SETTING]: serializeDecisions(decisions) } } };
}

describe("a confirmed sheet with two tables", () => {
  it("reads both before the confirmation", () => {
    const data = readSources(workbook(QUALITY), TODAY);
    expect(data.reported.get("KZI")?.get("2024-06")).toBe(2.08);
    expect(data.reported.get("EB_UE25")?.get("2024-06")).toBe(18.6);
  });

  it("still reads both after it, with the same Zielwerte: the KZI against its own Soll, not the Erstberatung's", () => {
    const data = readSources(confirmed(workbook(QUALITY)), TODAY);
    expect(data.mappings[0].status).toBe("confirmed");
    expect(data.reported.get("KZI")?.get("2024-06")).toBe(2.08);
    expect(data.reported.get("EB_U25")?.get("2024-06")).toBe(9.1);
    expect(data.reported.get("EB_UE25")?.get("2024-06")).toBe(18.6);
    expect(data.targetSets.find((t) => t.year === 2024)?.targets.get("KZI")?.annualTarget).toBe(2.2);
    expect(data.targetSets.find((t) => t.year === 2024)?.targets.get("EB_UE25")?.annualTarget).toBe(15);
    expect(data.units.get("EB_U25")).toBe("calendarDays");
  });
});
