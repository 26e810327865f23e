import { backtest, forecastDecember, likelyReached } from "../../src/domain/forecast";
import { compareIndicator } from "../../src/domain/goal-comparison";
import { INDICATORS } from "../../src/domain/indicators";
import { monthRange, type MonthKey } from "../../src/domain/months";

/**
 * Zielerreichungsprognose and seasonal Zielpfad, computed by hand from domain.md §2.3/§2.4 on small series:
 * ELB constant 1.000, so the Integrationsquote JFW is Σ Integrationen Jan–m ÷ 1.000 · 100.
 */
const k2 = INDICATORS.find((d) => d.code === "K2")!;
const lzb = INDICATORS.find((d) => d.code === "LZB")!;
const llu = INDICATORS.find((d) => d.code === "K1")!;

const series = (from: MonthKey, values: number[]) => new Map(monthRange(from, monthRange(from, "2099-12")[values.length - 1]).map((m, i) => [m, values[i]]));
const elb = series("2020-12", Array(23).fill(1000)); // Dez 2020 … Okt 2022
// 2021: 5 Integrationen a month, then 20 in November and 30 in December: 50 by October (5,0 %), 100 by December (10,0 %).
const int2021 = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 20, 30];
// 2022: 6 a month → 60 by October (6,0 %).
const int = series("2021-01", [...int2021, ...Array(10).fill(6)]);
const base = new Map([["elb", elb], ["int", int]]);

describe("seasonal Zielpfad (domain §2.4 b)", () => {
  it("phases the Zielwert by the previous year's cumulative share: 11 % × 5,0 ÷ 10,0 = 5,5 % in October", () => {
    const seasonal = compareIndicator(k2, base, "2022-10", { annualTarget: 11 }, "seasonal");
    expect(seasonal.plan.value).toBeCloseTo(5.5, 10);
    const linear = compareIndicator(k2, base, "2022-10", { annualTarget: 11 }, "linear");
    expect(linear.plan.value).toBeCloseTo((11 * 10) / 12, 10); // 9,1667 %
    // The same Ist of 6,0 % is ahead of the seasonal path and behind the linear one.
    expect(seasonal.variance.status).toBe("on-track");
    expect(linear.variance.status).toBe("off-track");
  });
});

describe("forecast of December", () => {
  it("Integrationsquote: this year's JFW scaled by the previous year's course, 6,0 % × 10,0 ÷ 5,0 = 12,0 %", () => {
    const f = forecastDecember(k2, base, "2022-10");
    expect(f.method).toBe("seasonal");
    expect(f.value.value).toBeCloseTo(12, 10);
  });

  it("without the previous year: linear, 6,0 % × 12 ÷ 10 = 7,2 %", () => {
    const onlyThisYear = new Map([["elb", elb], ["int", series("2022-01", Array(10).fill(6))]]);
    const f = forecastDecember(k2, onlyThisYear, "2022-10");
    expect(f.method).toBe("linear");
    expect(f.value.value).toBeCloseTo(7.2, 10);
  });

  it("LZB Jahresdurchschnitt: the stock continues with last year's movement, (10 · 200 + 210 + 220) ÷ 12 = 202,5", () => {
    const stock = series("2021-01", [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 110, 120, ...Array(10).fill(200)]);
    const f = forecastDecember(lzb, new Map([["lzb", stock]]), "2022-10");
    expect(f.method).toBe("stock-seasonal");
    expect(f.value.value).toBeCloseTo(202.5, 10);
    const flat = forecastDecember(lzb, new Map([["lzb", series("2022-01", Array(10).fill(200))]]), "2022-10");
    expect(flat.value.value).toBeCloseTo(200, 10);
  });

  it("LLU: run rate, 10.000 € Jan–Okt × 12 ÷ 10 = 12.000 €", () => {
    const f = forecastDecember(llu, new Map([["llu", series("2022-01", Array(10).fill(1000))]]), "2022-10");
    expect(f.method).toBe("run-rate");
    expect(f.value.value).toBeCloseTo(12000, 10);
  });

  it("ja / knapp / nein against the Zielwert, by direction and band", () => {
    expect(likelyReached(12, 11, "up", 0.5)).toBe("ja");
    expect(likelyReached(11.3, 11, "up", 0.5)).toBe("knapp");
    expect(likelyReached(10.4, 11, "up", 0.5)).toBe("nein");
    expect(likelyReached(4600, 4510, "down", 45.1)).toBe("nein");
    expect(likelyReached(4480, 4510, "down", 10)).toBe("ja");
    expect(likelyReached(1, 1, "none", 0)).toBeNull();
  });
});

describe("back-test of the forecast", () => {
  it("forecasts each earlier December from each month before it: from October 2021 (no 2020, so linear) 5,0 × 12 ÷ 10 = 6,0 against 10,0 → error 4,0 pp", () => {
    const rows = backtest(k2, base, "2022-10");
    const october = rows.find((r) => r.monthOfYear === 10);
    expect(october?.years).toEqual([2021]);
    expect(october?.meanAbsoluteError).toBeCloseTo(4, 10);
    // November 2021: 70 Integrationen → 7,0 × 12 ÷ 11 = 7,636 against 10,0.
    expect(rows.find((r) => r.monthOfYear === 11)?.meanAbsoluteError).toBeCloseTo(10 - (7 * 12) / 11, 10);
  });
});
