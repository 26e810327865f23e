import { computeReport } from "../../src/pipeline/run-report";
import { grunddatenSheet, sheet, workbook, zieleSheet } from "../fixtures/workbook-read";

/** Quality figures in long format as controllers keep them: Kennzahl | Monat | Ist | Ziel | Einheit. */
const qualitaet = sheet("Qualität", [
  ["Qualitätskennzahlen"],
  [],
  ["Kennzahl", "Monat", "Ist", "Ziel", "Einheit"],
  ["Kundenzufriedenheit (KZI)", "05/2021", 2.31, 2.2, "Note"],
  ["Kundenzufriedenheit (KZI)", "11/2021", 2.24, 2.2, "Note"],
  ["Bearbeitungsdauer Leistungsanträge", "03/2022", 11.5, 10, "Arbeitstage"],
  ["Bearbeitungsdauer Leistungsanträge", "03/2021", 12.0, 10, "Arbeitstage"],
  ["Widerspruchsquote", "03/2022", "1,4 %", 1.5, "%"],
  ["Widerspruchsquote", "März 2022", "k.A.", 1.5, "%"],
]);

describe("quality indicators in the Ziel-Ist-Vergleich", () => {
  const outcome = computeReport(workbook(grunddatenSheet(), zieleSheet(), qualitaet), { reportMonth: "2022-03" });
  const get = (code: string) => outcome.summary.indicators.find((i) => i.code === code);

  it("KZI comes twice a year: the November survey counts in March, lower grades are better", () => {
    // Ist 2,24 (Nov 2021) vs. Ziel 2,20: 0,04 worse for a lower-is-better grade → missed.
    expect(get("KZI")).toMatchObject({ actual: 2.24, target: 2.2, unit: "Note", direction: "down", status: "off-track" });
    const row = outcome.plan.sheets[0].cells.find((r) => r[0] === "Kundenzufriedenheit (KZI)");
    expect(String(row?.[15])).toContain("November 2021");
  });

  it("Bearbeitungsdauer 11,5 Arbeitstage vs. Ziel 10 is 1,5 days too slow; ΔVJ −0,5 days", () => {
    expect(get("BD")).toMatchObject({ actual: 11.5, target: 10, deltaAbs: 1.5, status: "off-track" });
    const row = outcome.plan.sheets[0].cells.find((r) => r[0] === "Bearbeitungsdauer Leistungsanträge");
    expect(row?.[10]).toBeCloseTo(-0.5, 10);
  });

  it("Widerspruchsquote 1,4 % under the Ziel 1,5 % is on track and compared in Prozentpunkten", () => {
    const wsq = get("WSQ");
    expect(wsq?.actual).toBeCloseTo(1.4, 10);
    expect(wsq?.deltaPp).toBeCloseTo(-0.1, 10);
    expect(wsq?.status).toBe("on-track");
  });

  it("quality indicators without any figure are not listed", () => {
    expect(get("KLQ")).toBeUndefined();
    expect(get("EB_U25")).toBeUndefined();
  });

  it("groups them under 'Qualität' after the §48b goals", () => {
    const labels = outcome.plan.sheets[0].cells.map((r) => r[0]);
    expect(labels.indexOf("Qualität")).toBeGreaterThan(labels.indexOf("Vermeidung von langfristigem Leistungsbezug"));
  });
});

describe("a workbook of quality figures only", () => {
  const outcome = computeReport(workbook(qualitaet), { reportMonth: "2022-03" });

  it("shows what it holds, not „keine Daten“ cards for §48b indicators it never meant to hold", () => {
    const codes = outcome.summary.indicators.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["KZI", "BD"]));
    expect(codes).not.toContain("K2");
    expect(codes).not.toContain("LZB");
  });

  it("names the period of a reported Ist for the pane too: the KZI of November 2021 in March 2022", () => {
    expect(outcome.summary.indicators.find((i) => i.code === "KZI")?.periodNote).toBe("Ist: letzter Wert vom November 2021.");
  });
});
