/** Why a sheet with data was not read: said once, as specifically as the sheet allows, naming sheet and cell. */
import { readSources } from "../../src/sources/read-sources";
import { sheet, workbook } from "../fixtures/workbook-read";

const TODAY = { today: "2026-01-01" };
const warningsFor = (name: string, rows: Parameters<typeof sheet>[1]) => readSources(workbook(sheet(name, rows)), TODAY).messages.filter((m) => m.sheet === name);

describe("a sheet that is not read says why", () => {
  it("a CSV export left in column A: the separator and how to split it", () => {
    for (const separator of [";", "\t"]) {
      const rows = [["kuerzel", "2024-01", "2024-02", "2024-03"].join(separator), ["elb", "7412", "7398", "7401"].join(separator), ["int", "81", "77", "90"].join(separator)].map((t) => [t]);
      const messages = warningsFor("export", rows);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ level: "warning", cell: "A1" });
      expect(messages[0].text).toMatch(/CSV-Datei, die nicht in Spalten aufgeteilt ist.*Text in Spalten/);
    }
  });

  it("month names without any year: the cell, and where to add the year — no year is guessed", () => {
    const messages = warningsFor("Monatswerte", [["Monatswerte SGB II"], ["Merkmal", "Januar", "Februar", "März", "April"], ["ELB", 7412, 7398, 7401, 7390], ["Integrationen", 81, 77, 90, 85]]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ level: "warning", cell: "B2" });
    expect(messages[0].text).toMatch(/Monatsnamen ohne Jahr .*„Januar“.*Jahr ergänzen/);
  });

  it("other figures under no known header: the general hint, once", () => {
    const messages = warningsFor("Zahlen", [["a", "b"], [1, 2], [3, 4], [5, 6]]);
    expect(messages).toHaveLength(1);
    expect(messages[0].text).toMatch(/enthält Zahlen \(6 Zellen, ab A2\)/);
  });

  it("a few words in column A with commas are no CSV", () => {
    expect(warningsFor("Notizen", [["Besprechung am Montag, 10 Uhr, Raum 3, bitte"], ["nichts, weiter"]])).toEqual([]);
  });
});
