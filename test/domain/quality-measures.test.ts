import { lawsuitRate, objectionRate, rejectionRate, upholdRate, weightedMean } from "../../src/domain/quality-measures";
import { roundCommercial } from "../../src/domain/rounding";

const published = (value: number | null, decimals: number) => roundCommercial(value as number, decimals);

describe("quality indicators reproduce the published figures (domain.md Appendix A)", () => {
  it("T3: 347.500 Widersprüche on 23,4 Mio Bescheide (2022) → Widerspruchsquote 1,5 %", () => {
    const rate = objectionRate(347_500, 23_400_000).value;
    expect(rate).toBeCloseTo(1.485, 3);
    expect(published(rate, 1)).toBe(1.5);
  });

  it("T4: 483.000 Widersprüche / 77.000 Klagen on 20,7 Mio Bescheide (2019) → 2,3 % and 0,4 %", () => {
    expect(published(objectionRate(483_000, 20_700_000).value, 1)).toBe(2.3);
    expect(published(lawsuitRate(77_000, 20_700_000).value, 1)).toBe(0.4);
  });

  it("T5: 170.474 stattgegeben + 43.600 teilweise of 611.847 erledigt → 34,99 %; 335.127 zurückgewiesen → 54,8 %", () => {
    expect(published(upholdRate(170_474, 43_600, 611_847).value, 2)).toBe(34.99);
    expect(published(rejectionRate(335_127, 611_847).value, 1)).toBe(54.8);
  });

  it("T11: Fürth 2015 Neuanträge 8,55 Tage (15 %), WBA 5,08 Tage (85 %) → case-weighted 5,60", () => {
    const mean = weightedMean([{ mean: 8.55, weight: 15 }, { mean: 5.08, weight: 85 }]).value;
    expect(published(mean, 2)).toBe(5.6);
  });

  it("a base of 0 Bescheide has no quota instead of Infinity", () => {
    expect(objectionRate(3, 0).value).toBeNull();
    expect(weightedMean([]).value).toBeNull();
  });
});

describe("kaufmännisches Runden", () => {
  it.each([
    [2.846, 1, 2.8],
    [1.005, 2, 1.01],
    [-0.25, 1, -0.3],
    [0.45, 1, 0.5],
    [24.6499, 1, 24.6],
    // Amounts keep their cents: no epsilon that grows with the amount.
    [315_000.0003, 4, 315_000.0003],
    [8_388_398.005, 2, 8_388_398.01],
    [-1_234_567.125, 2, -1_234_567.13],
  ])("%p to %p decimals → %p", (value, decimals, expected) => {
    expect(roundCommercial(value, decimals)).toBe(expected);
  });
});
