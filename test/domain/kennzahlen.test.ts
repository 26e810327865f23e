import { integrationRateRolling, integrationRateYearToDate, yearToDateAverage, changeVersusPreviousYear } from "../../src/domain/kennzahlen";
import { monthRange } from "../../src/domain/months";
import { pctChange, quota } from "../../src/domain/windows";
import { ok } from "../../src/domain/computed";

function series(from: string, values: number[]): Map<string, number> {
  const months = monthRange(from, "2099-12").slice(0, values.length);
  return new Map(months.map((m, i) => [m, values[i]]));
}

describe("Jahresdurchschnitt (T1, BA Methodische Hinweise)", () => {
  it("averages the twelve monthly stocks of 2020 to 101,50", () => {
    const stock = series("2020-01", [78, 81, 83, 93, 103, 110, 114, 118, 113, 107, 108, 110]);
    expect(yearToDateAverage(stock, "2020-12", "Bestand").value).toBeCloseTo(101.5, 10);
  });

  it("uses only January to the Berichtsmonat for the JDW in July", () => {
    const stock = series("2020-01", [78, 81, 83, 93, 103, 110, 114, 118, 113, 107, 108, 110]);
    expect(yearToDateAverage(stock, "2020-07", "Bestand").value).toBeCloseTo((78 + 81 + 83 + 93 + 103 + 110 + 114) / 7, 10);
  });

  it("gives no value, with the missing month named, when a month of the window was not reported", () => {
    const stock = series("2020-01", [78, 81, 83]);
    stock.delete("2020-02");
    const result = yearToDateAverage(stock, "2020-03", "LZB-Bestand");
    expect(result.value).toBeNull();
    expect(result.reason).toContain("Februar 2020");
  });
});

describe("Integrationsquote windows (T14, BIAJ)", () => {
  // Integrations: 10 per month from 2014-01; ELB stock: the month index (Jan 2014 = 1, …) × 100 so each window's mean
  // tells which months it used.
  const months = monthRange("2014-01", "2015-12");
  const integrations = new Map(months.map((m) => [m, 10]));
  const elb = new Map(months.map((m, i) => [m, (i + 1) * 100]));

  it("K2 for 2015-03 sums INT 2014-04…2015-03 over Ø ELB 2014-03…2015-02", () => {
    // ELB 2014-03 is index 3 → 300 … 2015-02 index 14 → 1400; mean = 850; sum INT = 12 × 10 = 120.
    expect(integrationRateRolling(integrations, elb, "2015-03").value).toBeCloseTo((100 * 120) / 850, 10);
  });

  it("the JFW for 2015-03 sums INT 2015-01…03 over Ø ELB 2014-12…2015-02", () => {
    // ELB 2014-12 = 1200, 2015-01 = 1300, 2015-02 = 1400 → mean 1300; INT = 30.
    expect(integrationRateYearToDate(integrations, elb, "2015-03").value).toBeCloseTo((100 * 30) / 1300, 10);
  });

  it("the JFW in December equals the rolling 12-month K2", () => {
    expect(integrationRateYearToDate(integrations, elb, "2015-12").value).toBeCloseTo(
      integrationRateRolling(integrations, elb, "2015-12").value as number,
      10,
    );
  });

  it("reproduces the federal plausibility vector: 1,081 Mio Integrationen on Ø 4,39 Mio ELB ≈ 24,6 %", () => {
    expect(quota(ok(1_081_000), ok(4_394_000)).value).toBeCloseTo(24.6, 1);
  });
});

describe("Veränderungsrate (K1, K3)", () => {
  it("T2: LLU 178,917 Mio € after 178,518 Mio € is +0,22 %", () => {
    expect(pctChange(ok(178.917), ok(178.518)).value).toBeCloseTo(0.2235, 3);
  });

  it("T13: Harburg 64.693 → 66.534 SV-Arbeitsplätze is +2,846 %", () => {
    expect(pctChange(ok(66_534), ok(64_693)).value).toBeCloseTo(2.846, 3);
  });

  it("a previous-year value of 0 has no rate instead of Infinity", () => {
    const result = pctChange(ok(5), ok(0));
    expect(result.value).toBeNull();
    expect(result.reason).toMatch(/Vorjahreswert ist 0/);
  });

  it("K1 compares the month with the same month a year before", () => {
    const llu = series("2021-01", [...Array(12).fill(100), 103]);
    expect(changeVersusPreviousYear(llu, "2022-01", "LLU").value).toBeCloseTo(3, 10);
  });
});
