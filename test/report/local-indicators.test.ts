import { computeReport } from "../../src/pipeline/run-report";
import { grunddatenSheet, sheet, workbook } from "../fixtures/workbook-read";

/** A Jobcenter's own goal: "Anteil Erstgespräche innerhalb 10 Tagen", higher is better, 85 % ± 2 pp. */
const ziele = sheet("Ziele", [
  ["Kennzahl", "Zielwert", "Einheit", "Richtung", "Toleranz"],
  ["Integrationsquote", 12, "%", "↑", 0.5],
  ["Anteil Erstgespräche innerhalb 10 Tagen", 85, "%", "höher", 2],
  ["Wartezeit Eingangszone", 20, "Minuten", "niedriger", null],
  ["Ohne Richtung", 5, "Stück", null, null],
]);

const werte = sheet("Lokale Werte", [
  ["Kennzahl", "Monat", "Ist"],
  ["Anteil Erstgespräche innerhalb 10 Tagen", "03/2022", "83,6 %"],
  ["Wartezeit Eingangszone", "03/2022", 18],
  ["Unbekannte Zeile", "03/2022", 1],
]);

describe("local indicators", () => {
  const outcome = computeReport(workbook(grunddatenSheet(), ziele, werte), { reportMonth: "2022-03" });
  const get = (name: string) => outcome.summary.indicators.find((i) => i.name === name);

  it("are defined by a Zielwerte row with a Richtung and evaluated like any other indicator", () => {
    // 83,6 % vs 85 %: −1,4 pp, inside the 2 pp band → gefährdet
    expect(get("Anteil Erstgespräche innerhalb 10 Tagen")).toMatchObject({ unit: "%", direction: "up", target: 85, status: "at-risk" });
    expect(get("Anteil Erstgespräche innerhalb 10 Tagen")?.deltaPp).toBeCloseTo(-1.4, 10);
    expect(get("Wartezeit Eingangszone")).toMatchObject({ direction: "down", actual: 18, target: 20, status: "on-track" });
  });

  it("appear under 'Lokale Ziele' in the report", () => {
    const labels = outcome.plan.sheets[0].cells.map((r) => r[0]);
    expect(labels.indexOf("Lokale Ziele")).toBeGreaterThan(0);
    expect(labels.indexOf("Wartezeit Eingangszone")).toBeGreaterThan(labels.indexOf("Lokale Ziele"));
  });

  it("need a direction: a row without one is explained, not guessed", () => {
    expect(get("Ohne Richtung")).toBeUndefined();
    expect(outcome.messages).toContainEqual(expect.objectContaining({ sheet: "Ziele", cell: "A5", text: expect.stringMatching(/Spalte „Richtung“/) }));
    expect(outcome.messages).toContainEqual(expect.objectContaining({ sheet: "Lokale Werte", cell: "A4", text: expect.stringMatching(/Unbekannte Zeile/) }));
  });
});

describe("a Richtung in the Zielwerte table overrides the catalogue", () => {
  it("turns the LZB stock into a higher-is-better indicator when the user says so", () => {
    const ziele = sheet("Ziele", [
      ["Kennzahl", "Zielwert", "Einheit", "Richtung"],
      ["Bestand Langzeitleistungsbeziehende", 585, "Personen", "höher"],
    ]);
    const outcome = computeReport(workbook(grunddatenSheet(), ziele), { reportMonth: "2022-03" });
    // JDW 580 against 585: on track when lower is better (default), missed when the user declares higher is better.
    expect(outcome.summary.indicators.find((i) => i.code === "LZB")).toMatchObject({ direction: "up", status: "off-track" });
  });
});
