/**
 * The region as a dimension of the table model: whose figures a row or column holds. One Jobcenter beside its Land
 * and the Bund is the Jobcenter's data and two comparisons; several named Jobcenter are a cross-section, read as an
 * all-Jobcenter table whose own row is chosen, never guessed. Figures are made up by hand for each case.
 */
import { readLayout } from "../../src/sources/layout/read-layout";
import { regionOf } from "../../src/sources/lexicon/regions";
import type { RawCell } from "../../src/workbook/port";
import { sheet } from "../fixtures/workbook-read";

function read(name: string, values: RawCell[][]) {
  const reading = readLayout(sheet(name, values));
  if (!reading) throw new Error("nothing read");
  return reading;
}

describe("regions in the lexicon", () => {
  it.each([
    ["JC Landkreis Harburg (03353)", { kind: "jobcenter", key: "03353", name: "JC Landkreis Harburg" }],
    ["03353 Landkreis Harburg", { kind: "jobcenter", key: "03353", name: "Landkreis Harburg" }],
    ["Land Niedersachsen", { kind: "land", key: null, name: "Niedersachsen" }],
    ["03 Niedersachsen", { kind: "land", key: "03", name: "Niedersachsen" }],
    ["Bund (Deutschland)", { kind: "bund", key: null, name: "Bund (Deutschland)" }],
    ["Land", { kind: "land", key: null, name: "" }],
    ["Jobcenter", { kind: "jobcenter", key: null, name: "" }],
  ])("„%s“ names a region", (text, region) => {
    expect(regionOf(text)).toEqual(region);
  });

  it.each(["Insgesamt", "Gesamt", "Integrationsquote", "Zielwert 2024", "Landesweite Aktion zur Aktivierung der Langzeitleistungsbeziehenden im Jahr 2024 und 2025 mit allen Trägern"])(
    "„%s“ names none (a total is no Bund)",
    (text) => {
      expect(regionOf(text)).toBeNull();
    },
  );
});

describe("one Jobcenter beside Land and Bund", () => {
  it("reads the Jobcenter's column and leaves the Land and Bund columns out as comparisons", () => {
    const reading = read("Qualität", [
      ["Qualitätskennzahlen Juni 2024"],
      ["Kennzahl", "Jobcenter", "Land", "Bund"],
      ["Widerspruchsquote (%)", 1.4, 1.7, 1.8],
      ["Bearbeitungsdauer Leistungsanträge (Arbeitstage)", 9.8, 11.4, 12.1],
    ]);
    expect(reading.crossSection).toBeNull();
    const reported = reading.answers.reported.map((f) => [f.key, f.month, f.value]);
    expect(reported).toEqual(expect.arrayContaining([["WSQ", "2024-06", 1.4], ["BD", "2024-06", 9.8]]));
    expect(reported).toHaveLength(2);
    // A reader that took the Land's 1,7 as the Jobcenter's would be wrong there.
    expect(reading.refused.has("C3")).toBe(true);
    expect(reading.refused.has("D4")).toBe(true);
    expect(reading.messages.some((m) => /keine Werte des ganzen Jobcenters/.test(m.text))).toBe(true);
  });

  it("reads the block titled with the Jobcenter and not the Land's block beside it", () => {
    const block = (title: string, elb: number[]) => [[title, null], ["Monat", "ELB"], ["Mai 2024", elb[0]], ["Juni 2024", elb[1]]];
    const own = block("Jobcenter Landkreis Harburg (03353)", [7344, 7348]);
    const land = block("Land Niedersachsen", [301_491, 312_338]);
    const reading = read("Vergleich", own.map((row, r) => [...row, null, ...land[r]]));
    expect(reading.answers.grunddaten.map((f) => [f.month, f.value])).toEqual([["2024-05", 7344], ["2024-06", 7348]]);
  });
});

describe("several Jobcenter: a cross-section", () => {
  it("reads Jobcenter as columns into an all-Jobcenter table with the Land and Bund apart", () => {
    const reading = read("Nachbarn", [
      ["Kennzahlen nach § 48a SGB II, Berichtsmonat Juni 2024"],
      ["Kennzahl", "JC Landkreis Harburg (03353)", "JC Celle (03351)", "Niedersachsen", "Deutschland"],
      ["K2", "22,6", "21,0", "20,3", "17,2"],
      ["K3", "0,9", "-1,4", "0,2", "0,5"],
    ]);
    const table = reading.crossSection;
    expect(table?.month).toBe("2024-06");
    expect(table?.rows.map((r) => [r.key, r.values.get("K2")])).toEqual([["03353", 22.6], ["03351", 21]]);
    expect(table?.landRows.map((r) => [r.land, r.values.get("K2")])).toEqual([["Niedersachsen", 20.3]]);
    expect(table?.bundRows.map((r) => r.values.get("K3"))).toEqual([0.5]);
    // Nothing of any one Jobcenter is taken as the workbook's own Kennzahl before the user chooses.
    expect(reading.answers.published).toHaveLength(0);
  });

  it("keeps the value and the Vorjahr of each Jobcenter apart under a band per Kennzahl, and no change as a value", () => {
    const reading = read("Kennzahlen", [
      ["Regionalschlüssel", "Jobcenter", "Integrationsquote (K2)", null, null],
      [null, null, "Juni 2024", "Juni 2023", "Veränderung (pp)"],
      ["03353", "Landkreis Harburg", 22.4, 22.0, 0.4],
      ["03351", "Celle", 21.0, 21.5, -0.5],
    ]);
    const harburg = reading.crossSection?.rows.filter((r) => r.key === "03353").map((r) => [r.month, r.values.get("K2")]);
    expect(harburg).toEqual(expect.arrayContaining([["2024-06", 22.4], ["2023-06", 22]]));
    expect(harburg).toHaveLength(2);
    expect(reading.refused.has("E3")).toBe(true);
  });

  it("takes the Vergleichstyp from the group row above the Jobcenter", () => {
    const reading = read("Typen", [
      ["Regionalschlüssel", "Jobcenter", "K2"],
      ["SGB II-Vergleichstyp 3", null, null],
      ["03353", "Landkreis Harburg", 22.1],
      ["03351", "Celle", 20.4],
      ["SGB II-Vergleichstyp 5", null, null],
      ["03101", "Braunschweig", 19.0],
    ]);
    const table = reading.crossSection;
    expect(table?.hasTypes).toBe(true);
    expect(table?.rows.map((r) => [r.key, r.type])).toEqual([["03353", "3"], ["03351", "3"], ["03101", "5"]]);
  });

  it("makes no all-Jobcenter table of a team's Kennzahlen beside two Jobcenter's Grunddaten", () => {
    const reading = read("Gemischt", [
      ["Berichtsmonat Juni 2024"],
      ["Region", "ELB", "K2"],
      ["JC Celle (03351)", 7_000, null],
      ["JC Landkreis Harburg (03353)", 7_300, null],
      ["Team Nord", null, 22.1],
    ]);
    expect(reading.crossSection).toBeNull();
    expect(reading.answers.published).toEqual([]);
  });
});
