import { thirteenMonths } from "../../src/domain/thirteen-months";
import { monthRange } from "../../src/domain/months";

/**
 * The 13-month view, by hand: ELB 1.000 in every month, 10 Integrationen a month → K2 over 12 months = 120 ÷ 1.000 =
 * 12,0 %; LZB 500 in 2021 rising by 10 a month from January 2022 → October 2022 = 600, K3 = 600 ÷ 500 − 1 = +20 %.
 */
describe("the last 13 months", () => {
  const months = monthRange("2020-09", "2022-10");
  const elb = new Map(months.map((m) => [m, 1000]));
  const int = new Map(months.map((m) => [m, 10]));
  const lzb = new Map(months.map((m) => [m, m < "2022-01" ? 500 : 500 + 10 * Number(m.slice(5, 7))]));
  const view = thirteenMonths(new Map([["elb", elb], ["int", int], ["lzb", lzb]]), "2022-10", 1);

  it("covers the Berichtsmonat and the twelve months before it", () => {
    expect(view?.months[0]).toBe("2021-10");
    expect(view?.months[12]).toBe("2022-10");
    expect(view?.months).toHaveLength(13);
  });

  it("shows the Bestände as they are and the K-values per month", () => {
    const row = (label: string) => view?.rows.find((r) => r.label.startsWith(label))?.values ?? [];
    expect(row("Bestand Langzeit")[12]).toBe(600);
    expect(row("Bestand Langzeit")[0]).toBe(500);
    expect(row("K2")[12]).toBeCloseTo(12, 10);
    expect(row("K3")[12]).toBeCloseTo(20, 10);
    expect(row("K3")[0]).toBeCloseTo(0, 10); // October 2021 against October 2020: 500 ÷ 500 − 1
  });

  it("is left out without Grunddaten", () => {
    expect(thirteenMonths(new Map(), "2022-10", 1)).toBeNull();
  });
});
