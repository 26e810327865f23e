import { type BudgetInput, type BudgetLineInput, computeBudget, ratio } from "../../src/domain/budget";
import { roundCommercial } from "../../src/domain/rounding";
import { matchInstrument } from "../../src/domain/instruments";

const at = (cell: string) => ({ sheet: "EGT 2022", cell });
const line = (instrument: string, plan: number | null, actual: number | null, committed: number | null, cell = "B12", category = "Kategorie"): BudgetLineInput => ({
  category, instrument, plan, actual, committed, source: at(cell),
});
const input = (overrides: Partial<BudgetInput>): BudgetInput => ({
  year: 2022,
  monthsElapsed: 10,
  derivation: { allocation: 1_000_000, shift: 200_000, priorCommitments: 300_000, reserve: 0, newBusiness: 500_000 },
  lines: [],
  ...overrides,
});

describe("published budget figures (domain.md Appendix A)", () => {
  it("T6: Ausgaben 3,080 Mrd ÷ Zuteilung 3,836 Mrd = 80,3 %", () => {
    expect(roundCommercial(ratio(3.080e9, 3.836e9) as number, 1)).toBe(80.3);
  });

  it("T7: VK +361,1 Mio on 4,285 Mrd = +8,43 %; EGL −636,4 Mio on 3,591 Mrd = −17,72 %; total −275,3 Mio on 7,876 Mrd = −3,50 %", () => {
    expect(roundCommercial(ratio(361.1e6, 4.285e9) as number, 2)).toBe(8.43);
    expect(roundCommercial(ratio(-636.4e6, 3.591e9) as number, 2)).toBe(-17.72);
    expect(roundCommercial(ratio(-275.3e6, 7.876e9) as number, 2)).toBe(-3.5);
  });

  it("T8: Leipzig 2016 ausgegeben 42,9 of verfügbar 43,9 Mio → Ausschöpfung 97,7 %", () => {
    const result = computeBudget(input({ derivation: { allocation: 43.9e6, shift: 0, priorCommitments: 0, reserve: 0, newBusiness: null }, lines: [line("Alle", 43.9e6, 42.9e6, 0)] }));
    expect(roundCommercial(result.total.utilisationPct as number, 1)).toBe(97.7);
  });

  it("T9: verfügbar 44,4 Mio, Ist + Bindung 40,7 Mio → frei 3,7 Mio, Bindungsquote 91,7 %", () => {
    const result = computeBudget(input({ derivation: { allocation: 44.4e6, shift: 0, priorCommitments: 0, reserve: 0, newBusiness: null }, lines: [line("Alle", 44.4e6, 30.0e6, 10.7e6)] }));
    expect(result.total.available).toBeCloseTo(3.7e6, 2);
    expect(roundCommercial(result.total.bindingRatePct as number, 1)).toBe(91.7);
  });

  it("T10: AmIP 2022 Zuteilung 8.388.398 €, Neugeschäft 3.083.000 € → Umschichtung + Vorbelastungen + Reserve = 5.305.398 €", () => {
    const result = computeBudget(input({ derivation: { allocation: 8_388_398, shift: 1_900_000, priorCommitments: 3_105_398, reserve: 300_000, newBusiness: 3_083_000 } }));
    expect(result.newBusinessComputed).toBe(3_083_000);
    expect(8_388_398 - (result.newBusinessComputed as number)).toBe(5_305_398);
    expect(result.checks.filter((c) => c.text.includes("Mittelherleitung"))).toHaveLength(0);
  });
});

describe("each measure by hand", () => {
  // Plan 120.000, Ist Jan–Okt 70.000, Bindung 20.000 → gebunden 90.000, verfügbar 30.000, Bindungsquote 75 %,
  // Ausschöpfung 58,33 %, linearer Plan 120.000 × 10/12 = 100.000, Abweichung −30.000,
  // Hochrechnungen (domain §4.4): Ist + Bindung 90.000 (Untergrenze); 70.000 × 12/10 = 84.000 (run rate);
  // Erwartung = max(90.000, 84.000) = 90.000; Ausgaberest = 120.000 − 90.000 = 30.000.
  const result = computeBudget(input({ derivation: { allocation: 320_000, shift: 200_000, priorCommitments: 0, reserve: 0, newBusiness: 120_000 }, lines: [line("EGZ", 120_000, 70_000, 20_000)] }));
  const egz = result.lines[0];

  it("computes gebunden, verfügbar, Bindungsquote and Ausschöpfung", () => {
    expect(egz).toMatchObject({ bound: 90_000, available: 30_000 });
    expect(egz.bindingRatePct).toBeCloseTo(75, 10);
    expect(egz.utilisationPct).toBeCloseTo(58.333, 3);
  });

  it("compares the Ist with the linear Mittelabflussplan", () => {
    expect(egz.linearPlan).toBeCloseTo(100_000, 6);
    expect(egz.deviationFromLinear).toBeCloseTo(-30_000, 6);
  });

  it("gives the year-end projections — none of them the plan by construction — and the Ausgaberest", () => {
    expect(egz.projections).toEqual({ commitments: 90_000, "run-rate": 84_000, expected: 90_000 });
    expect(egz.remainder).toBe(30_000);
    expect(result.headlineProjection).toBe("expected");
  });

  it("a run rate above the commitments is the Erwartung: Ist 100.000 in 10 months → 120.000, Ausgaberest 150.000 − 120.000 = 30.000", () => {
    const fast = computeBudget(input({ lines: [line("AGH", 150_000, 100_000, 5_000)] })).lines[0];
    expect(fast.projections).toEqual({ commitments: 105_000, "run-rate": 120_000, expected: 120_000 });
    expect(fast.remainder).toBe(30_000);
  });

  it("the run rate with the previous year's Mittelabfluss: 40 % had flowed by October, Ist 70.000 ÷ 0,4 = 175.000", () => {
    // Previous year: 40.000 by October of 100.000 in December.
    const previousYearMonthly = [{ month: "2021-10", cumulative: 40_000 }, { month: "2021-12", cumulative: 100_000 }];
    const withProfile = computeBudget(input({ lines: [line("EGZ", 120_000, 70_000, 20_000)], previousYearMonthly }));
    expect(withProfile.runRatePreviousYear?.value).toBeCloseTo(175_000, 6);
    expect(withProfile.runRatePreviousYear?.shareAtMonthPct).toBeCloseTo(40, 10);
    expect(result.runRatePreviousYear).toBeNull();
  });

  it("the Gesamt is the sum of its lines for every amount, the projections and the Ausgaberest included", () => {
    // Reha is overplanned (Ist + Bindung 48.600 > Plan 45.000): its Erwartung 48.600 counts in the Gesamt.
    const two = computeBudget(input({ lines: [line("Reha", 45_000, 40_500, 8_100), line("EGZ", 120_000, 70_000, 20_000)] }));
    expect(two.total.projections.expected).toBe(48_600 + 90_000);
    expect(two.total.remainder).toBe(-3_600 + 30_000);
    expect(two.total.plan).toBe(165_000);
  });
});

describe("reconciliation checks", () => {
  it("a negative Umschichtung strengthens the EGT: V = A + |U|", () => {
    const result = computeBudget(input({ derivation: { allocation: 1_000_000, shift: -150_000, priorCommitments: 400_000, reserve: 0, newBusiness: 750_000 } }));
    expect(result.availableForIntegration).toBe(1_150_000);
    expect(result.newBusinessComputed).toBe(750_000);
    expect(result.checks.some((c) => c.text.includes("Mittelherleitung"))).toBe(false);
  });

  it("an instrument with Ist but no plan is named with its cell", () => {
    const result = computeBudget(input({ lines: [line("Freie Förderung", null, 12_500, null, "B20")] }));
    expect(result.checks).toContainEqual(expect.objectContaining({ sheet: "EGT 2022", cell: "B20", text: expect.stringMatching(/Freie Förderung.*keinen Planansatz/) }));
    expect(result.lines[0].available).toBe(-12_500);
  });

  it("instrument rows that do not add up to the stated total name the total cell and the row span", () => {
    const result = computeBudget(input({
      lines: [line("VB", 100, 50, 0, "B12"), line("EGZ", 200, 80, 0, "B13")],
      statedTotal: { plan: 310, actual: 130, committed: 0, source: at("C15") },
    }));
    const check = result.checks.find((c) => c.cell === "C15");
    expect(check?.text).toMatch(/Zeilen B12 bis B13/);
    expect(check?.text).toMatch(/Plan 300 €.*310 €.*Differenz 10 €/);
  });

  it("Überplanung: Ist + Bindung above the plan", () => {
    const result = computeBudget(input({ lines: [line("AGH", 100_000, 90_000, 15_000, "B16")] }));
    expect(result.checks).toContainEqual(expect.objectContaining({ cell: "B16", text: expect.stringMatching(/überplant.*5\.000 €/) }));
  });

  it("a month whose cumulative Ist decreases is flagged at its cell", () => {
    const monthlyActual = [
      { month: "2022-01", cumulative: 100, source: at("B4") },
      { month: "2022-02", cumulative: 90, source: at("B5") },
    ];
    const result = computeBudget(input({ lines: [line("VB", 1000, 90, 0)], monthlyActual }));
    expect(result.checks).toContainEqual(expect.objectContaining({ cell: "B5", text: expect.stringMatching(/sinken/) }));
  });

  it("a December with pulled-forward payments is pointed out, and the run-rate made in November underestimates it", () => {
    // 100 per month Jan–Nov (cumulative 1.100), then 400 in December (January-due payments paid early).
    const monthlyActual = Array.from({ length: 12 }, (_, i) => ({ month: `2022-${String(i + 1).padStart(2, "0")}`, cumulative: i < 11 ? 100 * (i + 1) : 1500, source: at(`B${4 + i}`) }));
    const result = computeBudget(input({ monthsElapsed: 12, lines: [line("VB", 1200, 1500, 0)], monthlyActual }));
    expect(result.checks).toContainEqual(expect.objectContaining({ level: "info", cell: "B15", text: expect.stringMatching(/vorgezogene Zahlungen/) }));
    const november = computeBudget(input({ monthsElapsed: 11, lines: [line("VB", 1200, 1100, 0)] }));
    expect(november.lines[0].projections["run-rate"]).toBe(1200);
    expect(result.lines[0].actual).toBe(1500);
  });

  it("a negative Bindung is an error at the Bindung cell when known, else at the instrument, like a negative plan", () => {
    const withCell = computeBudget(input({ lines: [{ ...line("AGH", 100_000, 20_000, -10_000, "B16"), cells: { committed: "E16" } }] }));
    expect(withCell.checks).toContainEqual(expect.objectContaining({ level: "error", cell: "E16", text: "„AGH“ hat eine negative Bindung (-10.000 €)." }));
    const withoutCell = computeBudget(input({ lines: [line("AGH", 100_000, 20_000, -10_000, "B16")] }));
    expect(withoutCell.checks).toContainEqual(expect.objectContaining({ level: "error", cell: "B16", text: expect.stringMatching(/negative Bindung/) }));
    const positive = computeBudget(input({ lines: [line("AGH", 100_000, 20_000, 10_000, "B16")] }));
    expect(positive.checks.filter((c) => /Bindung \(/.test(c.text))).toEqual([]);
  });

  it("FbW is not financed from the EGT from 2025 on", () => {
    const result = computeBudget(input({ year: 2025, lines: [line("FbW (Bildungsgutschein)", 1000, 0, 0, "B30")] }));
    expect(result.checks).toContainEqual(expect.objectContaining({ cell: "B30", text: expect.stringMatching(/2025 nicht aus dem Eingliederungstitel/) }));
  });
});

describe("instrument catalogue", () => {
  it("recognises instruments by their usual names", () => {
    expect(matchInstrument("Eingliederungszuschuss (EGZ)")?.id).toBe("egz");
    expect(matchInstrument("Teilhabe am Arbeitsmarkt § 16i")?.id).toBe("taam");
    expect(matchInstrument("AGH (Mehraufwandsvariante)")?.id).toBe("agh");
    expect(matchInstrument("Lokale Sonderposition Mobilität")).toBeNull();
  });
});
