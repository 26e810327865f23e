import { kennzahlenOverview } from "../../src/domain/kennzahlen-overview";
import { monthRange } from "../../src/domain/months";

const constant = (value: number, from = "2021-01", to = "2022-12") => new Map(monthRange(from, to).map((m) => [m, value]));

describe("§48a overview: computed, published, and both checked against each other", () => {
  // 20 integrations per month on 1.000 ELB → K2 = 24 % (12 × 20 / 1.000) in every month with a full window.
  const base = new Map([["int", constant(20)], ["elb", constant(1000)]]);

  it("computes K2 from Grunddaten and marks the source", () => {
    const row = kennzahlenOverview(base, new Map(), "2022-06").rows.find((r) => r.code === "K2");
    expect(row).toMatchObject({ value: 24, source: "berechnet" });
    expect(row?.previousYear).toBeNull(); // 2021-06 needs ELB from 2020
  });

  it("takes a published value when no Grunddaten are given", () => {
    const published = new Map([["K3", new Map([["2022-06", -2.4], ["2021-06", 1.1]])]]);
    const row = kennzahlenOverview(new Map(), published, "2022-06").rows.find((r) => r.code === "K3");
    expect(row).toMatchObject({ value: -2.4, previousYear: 1.1, source: "veröffentlicht" });
    expect(row?.deltaPp).toBeCloseTo(-3.5, 10);
  });

  it("accepts a published value that differs only by rounding, and warns beyond it", () => {
    const close = new Map([["K2", new Map([["2022-06", 24.0]])]]);
    expect(kennzahlenOverview(base, close, "2022-06").messages).toHaveLength(0);
    const far = new Map([["K2", new Map([["2022-06", 24.3]])]]);
    const { messages } = kennzahlenOverview(base, far, "2022-06");
    expect(messages).toHaveLength(1);
    expect(messages[0].text).toMatch(/K2 Juni 2022: veröffentlicht 24,3 %, aus den Grunddaten berechnet 24,0 %/);
  });

  it("lists every Kennzahl once, with a reason where nothing is known, and gender rows only with data", () => {
    const { rows } = kennzahlenOverview(base, new Map(), "2022-06");
    expect(rows.filter((r) => r.sex === null)).toHaveLength(15);
    expect(rows.some((r) => r.sex !== null)).toBe(false);
    expect(rows.find((r) => r.code === "K1")?.reason).toMatch(/„Summe Leistungen zum Lebensunterhalt \(LLU\)“ fehlen/);
  });
});
