/** A case list in the workbook: bad rows reported with sheet and cell, only aggregates in the report, BD fed from it. */
import { computeReport } from "../../src/pipeline/run-report";
import type { RawCell } from "../../src/workbook/port";
import { sheet, workbook } from "../fixtures/workbook-read";

const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

const rows: RawCell[][] = [
  ["Fallliste Leistungsanträge (Export)"],
  [],
  ["Aktenzeichen", "Name", "Antragsart", "Antragseingang", "Bescheid"],
  ["LA-001", "Erika Beispiel", "Neuantrag", serial("2022-03-01"), serial("2022-03-03")], // 2 AT
  ["LA-002", "Max Muster", "Weiterbewilligung", "01.03.2022", "15.03.2022"], // 10 AT, German text dates
  ["LA-003", "Anna Test", "Neuantrag", serial("2022-03-07"), serial("2022-03-28")], // 15 AT
  ["LA-004", "Otto Probe", "Neuantrag", serial("2022-03-20"), serial("2022-03-10")], // end before start (row 7)
  ["LA-005", "Eva Fiktiv", "Neuantrag", null, serial("2022-03-10")], // missing start (row 8)
  ["LA-002", "Max Muster", "Weiterbewilligung", "01.03.2022", "15.03.2022"], // duplicate (row 9)
  ["LA-006", "Zora Zeitreise", "Neuantrag", serial("2022-03-01"), serial("2030-01-01")], // in the future (row 10)
  ["LA-007", "Ida Offen", "Neuantrag", serial("2022-03-28"), null], // open at the end of March
  ["LA-008", "Kurt Kaputt", "Neuantrag", "32.13.2022", serial("2022-03-11")], // not a date (row 12)
];

describe("Bearbeitungsdauer from a case list", () => {
  const outcome = computeReport(workbook(sheet("Fälle", rows)), { reportMonth: "2022-03", today: "2022-04-15" });
  const warnings = outcome.messages.filter((m) => m.sheet === "Fälle");

  it("reports each unusable row with sheet and cell and what was done", () => {
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ cell: "E7", text: expect.stringMatching(/vor dem Eingang.*nicht berücksichtigt/) }),
        expect.objectContaining({ cell: "D8", text: expect.stringMatching(/Eingangsdatum fehlt/) }),
        expect.objectContaining({ cell: "A9", text: expect.stringMatching(/doppelt/) }),
        expect.objectContaining({ cell: "E10", text: expect.stringMatching(/Zukunft \(nach dem 15\.04\.2022\)/) }),
        expect.objectContaining({ cell: "D12", text: expect.stringMatching(/„32\.13\.2022“ ist kein Datum/) }),
      ]),
    );
  });

  it("computes the Bearbeitungsdauer from the valid cases: (2 + 10 + 15) / 3 = 9,0 Arbeitstage; the norm of 14 is no Zielwert", () => {
    const bd = outcome.summary.indicators.find((i) => i.code === "BD");
    expect(bd?.actual).toBeCloseTo(9, 10);
    // The workbook agrees no target: the norm is shown as a norm with the share of cases within it (2 of 3 ≤ 14 AT).
    expect(bd?.target).toBeNull();
    expect(bd?.status).toBe("monitoring");
    expect(bd?.norm?.value).toBe(14);
    expect(bd?.norm?.shareWithinPct).toBeCloseTo(66.6667, 4);
    const sheet = outcome.plan.sheets.find((s) => s.key === "ziel-ist-vergleich");
    const row = sheet?.cells.find((r) => r[1] === "BD") ?? [];
    expect(String(row[15])).toContain("Norm: höchstens 14 Arbeitstage je Antrag – 66,7 % der im Berichtsmonat erledigten Fälle lagen innerhalb");
    expect(row.join(" ")).not.toMatch(/Sollvorgabe/);
  });

  it("writes the Bearbeitungszeiten sheet with the count of excluded cases in the footnote", () => {
    const processing = outcome.plan.sheets.find((s) => s.key === "bearbeitungszeiten");
    expect(processing).toBeDefined();
    const text = processing?.cells.flat().filter((v) => typeof v === "string").join("\n") ?? "";
    expect(text).toMatch(/5 Fälle wegen fehlender oder unplausibler Daten nicht berücksichtigt/);
    const totalRow = processing?.cells.find((r) => r[0] === "Insgesamt");
    expect(totalRow?.[1]).toBe(3);
  });

  it("never copies names or case numbers into any report sheet or the summary", () => {
    const everything = JSON.stringify(outcome.plan) + JSON.stringify(outcome.summary);
    for (const secret of ["LA-00", "Erika", "Muster", "Beispiel", "Zeitreise", "Kaputt"]) expect(everything).not.toContain(secret);
  });
});

describe("calendar settings and counts", () => {
  const cases = sheet("Fälle", [
    ["Antragseingang", "Bescheid"],
    ["2022-05-25", "2022-05-30"], // Wed → Mon, Himmelfahrt 26.5.: Fri 27.5. and Mon 30.5. = 2 AT
  ]);

  it("local closing days from a 'Schließtage' sheet are not Arbeitstage", () => {
    const withBridgeDay = computeReport(workbook(cases, sheet("Kalender", [["Schließtage"], ["27.05.2022"]])), { reportMonth: "2022-05", today: "2022-06-30" });
    const without = computeReport(workbook(cases), { reportMonth: "2022-05", today: "2022-06-30" });
    expect(without.summary.indicators.find((i) => i.code === "BD")?.actual).toBe(2);
    expect(withBridgeDay.summary.indicators.find((i) => i.code === "BD")?.actual).toBe(1);
  });

  it("another Land's holidays: Himmelfahrt is everywhere, but Fronleichnam 16.6.2022 only counts in NRW", () => {
    const june = sheet("Fälle", [["Antragseingang", "Bescheid"], ["2022-06-15", "2022-06-17"]]);
    const ni = computeReport(workbook(june), { reportMonth: "2022-06", today: "2022-07-31" });
    const nw = computeReport(workbook(june), { reportMonth: "2022-06", today: "2022-07-31", land: "NW" });
    expect(ni.summary.indicators.find((i) => i.code === "BD")?.actual).toBe(2);
    expect(nw.summary.indicators.find((i) => i.code === "BD")?.actual).toBe(1);
  });

  it("Widerspruchs- and Klagequote from monthly counts of Bescheide, Widersprüche and Klagen (T3 scale)", () => {
    const counts = sheet("Rechtsbehelfe", [
      ["Grunddatum", "Jan 22", "Feb 22", "Mär 22"],
      ["Bescheide", 2000, 1950, 2100],
      ["Widersprüche", 30, 31, 35],
      ["Klagen", 4, 5, 6],
    ]);
    const outcome = computeReport(workbook(counts), { reportMonth: "2022-03", today: "2022-06-30" });
    expect(outcome.summary.indicators.find((i) => i.code === "WSQ")?.actual).toBeCloseTo((100 * 35) / 2100, 3);
    expect(outcome.summary.indicators.find((i) => i.code === "KLQ")?.actual).toBeCloseTo((100 * 6) / 2100, 3);
  });
});
