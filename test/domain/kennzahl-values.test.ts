import { kennzahlValue } from "../../src/domain/kennzahl-values";
import { KENNZAHLEN, kennzahlFor } from "../../src/domain/kennzahlen-catalogue";
import { monthRange } from "../../src/domain/months";

/** Series from 2021-01 with the given monthly values. */
function series(values: number[]): Map<string, number> {
  return new Map(monthRange("2021-01", "2030-12").slice(0, values.length).map((m, i) => [m, values[i]]));
}
const months24 = (f: (i: number) => number) => Array.from({ length: 24 }, (_, i) => f(i));

describe("§48a catalogue", () => {
  it("has every Kennzahl and Ergänzungsgröße of the 2019 Verordnung", () => {
    expect(KENNZAHLEN.map((k) => k.code)).toEqual([
      "K1", "K1E1", "K1E2", "K1E3", "K1E4", "K2", "K2E1", "K2E2", "K2E3", "K2E4", "K3", "K3E1", "K3E2", "K3E3", "K3E4",
    ]);
  });

  it("knows the gender variants and rejects unknown codes", () => {
    expect(kennzahlFor("K3E1_F")?.sex).toBe("F");
    expect(kennzahlFor("K1_M")).toBeNull(); // LLU has no gender split
    expect(kennzahlFor("K4")).toBeNull();
  });

  it("K1, K1E1 and K3 are lower-is-better, K2 and K3E1 higher-is-better", () => {
    const dir = (code: string) => kennzahlFor(code)?.definition.direction;
    expect([dir("K1"), dir("K1E1"), dir("K3"), dir("K2"), dir("K3E1"), dir("K2E1")]).toEqual(["down", "down", "down", "up", "up", "none"]);
  });
});

describe("each family computed by hand", () => {
  it("Veränderungsrate across a year boundary: LLU Jan 2022 110 vs Jan 2021 100 → K1 = +10 %", () => {
    const base = new Map([["llu", series(months24((i) => (i < 12 ? 100 : 110)))]]);
    expect(kennzahlValue("K1", base, "2022-01").value).toBeCloseTo(10, 10);
  });

  it("K2 rolling quota: 12 × 20 integrations over Ø ELB 1.000 (Jan–Dec 2021, lag 1) for Jan 2022 → 24 %", () => {
    const base = new Map([
      ["int", series(months24(() => 20))],
      ["elb", series(months24(() => 1000))],
    ]);
    expect(kennzahlValue("K2", base, "2022-01").value).toBeCloseTo(24, 10);
  });

  it("K2 gender variant reads int_f / elb_f: 12 × 6 over 400 → 18 %", () => {
    const base = new Map([
      ["int_f", series(months24(() => 6))],
      ["elb_f", series(months24(() => 400))],
    ]);
    expect(kennzahlValue("K2_F", base, "2022-01").value).toBeCloseTo(18, 10);
  });

  it("K2E3 divides the 12-month sums: 60 continuous of 120 svB integrations → 50 %", () => {
    const base = new Map([
      ["kont", series(months24(() => 5))],
      ["int_svb", series(months24(() => 10))],
    ]);
    expect(kennzahlValue("K2E3", base, "2021-12").value).toBeCloseTo(50, 10);
  });

  it("K1E3 averages 12 monthly Zugangsraten on the same month's stock; K1E4 divides by the Vormonat", () => {
    // ELB 1000 in 2021-01…2021-12 except 2021-06 = 800; Zugänge 50, Abgänge 40 each month.
    const elb = series(months24((i) => (i === 5 ? 800 : 1000)));
    const base = new Map([["elb", elb], ["zug_elb", series(months24(() => 50))], ["abg_elb", series(months24(() => 40))]]);
    // K1E3 Dec 2021: eleven months 5 % and June 50/800 = 6,25 % → (11·5 + 6,25) / 12
    expect(kennzahlValue("K1E3", base, "2021-12").value).toBeCloseTo((11 * 5 + 6.25) / 12, 10);
    // K1E4 Jan 2022: rates for Feb 2021…Jan 2022 on the Vormonat; July 2021 divides by June = 800 → 5 %, others 4 %.
    expect(kennzahlValue("K1E4", base, "2022-01").value).toBeCloseTo((11 * 4 + 5) / 12, 10);
    // K1E4 Dec 2021 needs ELB Dec 2020, which is missing.
    expect(kennzahlValue("K1E4", base, "2021-12").value).toBeNull();
  });

  it("K3E2 is a month quota: 300 LZB in Maßnahmen of 4.000 → 7,5 %", () => {
    const base = new Map([["lzb_amp", series([300])], ["lzb", series([4000])]]);
    expect(kennzahlValue("K3E2", base, "2021-01").value).toBeCloseTo(7.5, 10);
  });

  it("a zero denominator gives no value with a reason", () => {
    const base = new Map([["lzb_amp", series([3])], ["lzb", series([0])]]);
    const result = kennzahlValue("K3E2", base, "2021-01");
    expect(result.value).toBeNull();
    expect(result.reason).toMatch(/Nenner ist 0/);
  });

  it("missing Grunddaten name the series", () => {
    expect(kennzahlValue("K3E1", new Map(), "2021-12").reason).toMatch(/„Integrationen von Langzeitleistungsbeziehenden“ fehlen/);
  });
});
