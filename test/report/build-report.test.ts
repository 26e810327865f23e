import { computeReport } from "../../src/pipeline/run-report";
import type { SheetPlan } from "../../src/report/plan";
import { grunddatenSheet, sheet, workbook, zieleSheet } from "../fixtures/workbook-read";

const indicator = (outcome: ReturnType<typeof computeReport>, code: string) => {
  const found = outcome.summary.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};

function rowOf(plan: SheetPlan, label: string) {
  const row = plan.cells.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

describe("Ziel-Ist-Vergleich from a controller's sheets", () => {
  const outcome = computeReport(workbook(grunddatenSheet(), zieleSheet()));

  it("takes the latest reported month as Berichtsmonat", () => {
    expect(outcome.summary.reportMonth).toBe("2022-03");
  });

  it("Integrationsquote: JFW 2,7 % against the linear Soll 3,0 % is −0,3 pp, inside the 0,5 pp band", () => {
    const k2 = indicator(outcome, "K2");
    expect(k2.actual).toBeCloseTo(2.7, 6);
    expect(k2.target).toBeCloseTo(3.0, 6); // 12 % × 3/12
    expect(k2.annualTarget).toBe(12);
    expect(k2.deltaPp).toBeCloseTo(-0.3, 6);
    expect(k2.attainmentPct).toBeCloseTo(90, 6);
    expect(k2.status).toBe("at-risk");
  });

  it("LZB: JDW 580 below the target 585 is on track for a lower-is-better stock", () => {
    const lzb = indicator(outcome, "LZB");
    expect(lzb.actual).toBeCloseTo(580, 6);
    expect(lzb.deltaAbs).toBeCloseTo(-5, 6);
    expect(lzb.deltaPp).toBeNull();
    expect(lzb.status).toBe("on-track");
  });

  it("LLU monitoring without a Zielwert is Beobachtung: no Soll, the previous year beside it (+5 %), never „verfehlt“", () => {
    const llu = indicator(outcome, "K1");
    expect(llu.actual).toBe(315_000);
    expect(llu.target).toBeNull();
    expect(llu.previousYear).toBe(300_000);
    expect(llu.annualTarget).toBeNull();
    expect(llu.deltaPreviousYear).toBeCloseTo(5, 6); // (315.000 ÷ 300.000 − 1) · 100
    expect(llu.deltaRel).toBeNull();
    expect(llu.status).toBe("monitoring");
    const sheet = outcome.plan.sheets.find((s) => s.key === "ziel-ist-vergleich") as SheetPlan;
    const row = rowOf(sheet, "Summe Leistungen zum Lebensunterhalt");
    expect(row[4]).toBe(300_000); // Ist VJ
    expect([row[6], row[7], row[8], row[11]]).toEqual(["–", "–", "–", "–"]); // no Zielwert, Soll, ΔSoll, Zielerreichung
    expect(row[12]).toBe("Beobachtung");
  });

  it("writes the indicators grouped by Ziel with traffic lights in words and quotas as real percentages", () => {
    const sheet = outcome.plan.sheets.find((s) => s.key === "ziel-ist-vergleich") as SheetPlan;
    const k2 = rowOf(sheet, "Integrationsquote");
    expect(k2[5]).toBeCloseTo(0.027, 9); // Ist stored as a fraction, shown with format 0.0%
    expect(k2[12]).toBe("gefährdet");
    const goals = sheet.cells.map((r) => r[0]);
    expect(goals.indexOf("Verringerung der Hilfebedürftigkeit")).toBeLessThan(goals.indexOf("Verbesserung der Integration in Erwerbstätigkeit"));
    expect(sheet.cells[1][0]).toContain("März 2022");
    expect(sheet.cells[1][0]).toContain("15.06.2022");
  });

  it("shows Integrationsquoten of the sexes as not computable ('–') when their Grunddaten are missing", () => {
    const women = indicator(outcome, "K2_F");
    expect(women.actual).toBeNull();
    expect(women.status).toBe("no-data");
    const sheet = outcome.plan.sheets[0];
    const row = rowOf(sheet, "Integrationsquote Frauen");
    expect(row[5]).toBe("–");
    expect(String(row[15])).toContain("„Integrationen (Frauen)“ fehlen");
  });

  it("never writes NaN or Infinity into a plan", () => {
    for (const plan of outcome.plan.sheets) {
      for (const row of plan.cells) for (const v of row) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
    }
  });
});

describe("blank is not zero", () => {
  it("an unreported LZB month leaves the Ist empty with the month named, instead of averaging a 0", () => {
    const outcome = computeReport(workbook(grunddatenSheet({ lzbMarch2022: null }), zieleSheet()), { reportMonth: "2022-03" });
    const lzb = outcome.summary.indicators.find((i) => i.code === "LZB");
    expect(lzb?.actual).toBeNull();
    expect(lzb?.status).toBe("no-data");
    const row = outcome.plan.sheets[0].cells.find((r) => r[0] === "Bestand Langzeitleistungsbeziehende");
    expect(String(row?.[15])).toContain("März 2022");
  });

  it("'k.A.' in a source cell is reported with sheet and cell and treated as missing", () => {
    const outcome = computeReport(workbook(grunddatenSheet({ lzbMarch2022: "k.A." }), zieleSheet()), { reportMonth: "2022-03" });
    const note = outcome.messages.find((m) => m.text.includes("k.A."));
    expect(note).toMatchObject({ sheet: "Grunddaten", cell: "Q7" });
    expect(outcome.summary.indicators.find((i) => i.code === "LZB")?.actual).toBeNull();
  });

  it("text that is not a number is an error naming the cell", () => {
    const outcome = computeReport(workbook(grunddatenSheet({ lzbMarch2022: "zwölf" }), zieleSheet()));
    expect(outcome.messages).toContainEqual(expect.objectContaining({ level: "error", sheet: "Grunddaten", cell: "Q7" }));
  });
});

describe("a workbook without anything recognisable", () => {
  it("produces no report sheet and a German error message", () => {
    const outcome = computeReport(workbook({ name: "Tabelle1", visibility: "visible", origin: { row: 0, col: 0 }, values: [["Hallo"]], tables: [] }));
    expect(outcome.plan.sheets).toHaveLength(0);
    expect(outcome.messages[0]).toMatchObject({ level: "error" });
    expect(outcome.messages[0].text).toMatch(/keine monatlichen Grunddaten/);
  });
});

describe("K2 denominator lag as a setting", () => {
  it("lag 0 uses Ø ELB of the same 12 months as the integrations", () => {
    const months = Array.from({ length: 24 }, (_, i) => `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
    const grid = sheet("Grunddaten", [
      ["Grunddatum", ...months],
      ["ELB", ...months.map((_, i) => 1000 + i * 10)],
      ["Integrationen", ...months.map(() => 20)],
    ]);
    const k2 = (lag: number) => computeReport(workbook(grid), { reportMonth: "2022-12", integrationDenominatorLag: lag }).summary.kennzahlen.find((k) => k.code === "K2")?.value;
    // 240 integrations; lag 1: Ø ELB Dec 2021…Nov 2022 = 1000 + 10·(11…22) → 1165; lag 0: Jan…Dec 2022 → 1175.
    expect(k2(1)).toBeCloseTo((100 * 240) / 1165, 3);
    expect(k2(0)).toBeCloseTo((100 * 240) / 1175, 3);
  });
});

describe("the report's default tolerance, for targets that come without one", () => {
  // Integrationsquote March 2022: JFW 27 / 1.000 = 2,7 % against a linear Soll of 12 % × 3/12 = 3,0 % → 0,3 pp short.
  // LZB: JDW March 2022 = 580 against 578 → 2 persons (0,35 %) too many.
  const withoutTolerance = sheet("Ziele", [
    ["Kennzahl", "Zielwert"],
    ["Integrationsquote", 12],
    ["Bestand Langzeitleistungsbeziehende", 578],
  ]);
  const status = (options: Parameters<typeof computeReport>[1], code: string) =>
    computeReport(workbook(grunddatenSheet(), withoutTolerance), { reportMonth: "2022-03", today: "2026-01-01", ...options }).summary.indicators.find((i) => i.code === code)?.status;

  it("without one, a narrow miss is 'verfehlt'", () => {
    expect(status({}, "K2")).toBe("off-track");
    expect(status({}, "LZB")).toBe("off-track");
  });

  it("with ± 0,5 pp for quotas and ± 1 % for the rest, the same misses are 'gefährdet'", () => {
    expect(status({ defaultTolerance: { pp: 0.5, percent: 1 } }, "K2")).toBe("at-risk");
    expect(status({ defaultTolerance: { pp: 0.5, percent: 1 } }, "LZB")).toBe("at-risk");
  });

  it("a band too narrow for the miss leaves it 'verfehlt'", () => {
    expect(status({ defaultTolerance: { pp: 0.2, percent: 0.3 } }, "K2")).toBe("off-track");
    expect(status({ defaultTolerance: { pp: 0.2, percent: 0.3 } }, "LZB")).toBe("off-track");
  });

  it("a tolerance written in the Zielwerte wins over the default", () => {
    const stated = sheet("Ziele", [
      ["Kennzahl", "Zielwert", "Toleranz"],
      ["Integrationsquote", 12, 0.2],
      ["Bestand Langzeitleistungsbeziehende", 578, null],
    ]);
    const outcome = computeReport(workbook(grunddatenSheet(), stated), { reportMonth: "2022-03", today: "2026-01-01", defaultTolerance: { pp: 5, percent: 1 } });
    // K2: its own ± 0,2 pp does not cover 0,3 pp; LZB has none of its own, so the default ± 1 % covers 0,35 %.
    expect(outcome.summary.indicators.find((i) => i.code === "K2")?.status).toBe("off-track");
    expect(outcome.summary.indicators.find((i) => i.code === "LZB")?.status).toBe("at-risk");
  });
});
