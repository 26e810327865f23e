import { compareIndicator } from "../../src/domain/goal-comparison";
import { INDICATORS } from "../../src/domain/indicators";
import { monthRange } from "../../src/domain/months";

const k2 = INDICATORS.find((d) => d.code === "K2")!;
const lzb = INDICATORS.find((d) => d.code === "LZB")!;

describe("Zielpfad (Soll zum Berichtsmonat)", () => {
  // ELB 1.000 from Dec 2020; integrations 2021: 5 in Jan–Mar, 10 in Apr–Dec → JFW 2021: March 1,5 %, December 10,5 %.
  const months = monthRange("2020-12", "2022-12");
  const elb = new Map(months.map((m) => [m, 1000]));
  const int = new Map(months.filter((m) => m >= "2021-01").map((m) => [m, m <= "2021-03" ? 5 : 10]));
  const base = new Map([["elb", elb], ["int", int]]);
  const target = { annualTarget: 12, tolerance: { kind: "absolute" as const, value: 0 } };

  it("linear: 12 % × 3/12 = 3 % in March", () => {
    expect(compareIndicator(k2, base, "2022-03", target, "linear").plan.value).toBeCloseTo(3, 10);
  });

  it("seasonal: 12 % × JFW_VJ(März) 1,5 ÷ JFW_VJ(Dez) 10,5 = 1,714 % in March", () => {
    expect(compareIndicator(k2, base, "2022-03", target, "seasonal").plan.value).toBeCloseTo((12 * 1.5) / 10.5, 10);
  });

  it("seasonal without a complete previous year gives no Soll and says why", () => {
    const result = compareIndicator(k2, base, "2021-03", target, "seasonal");
    expect(result.plan.value).toBeNull();
    expect(result.plan.reason).toMatch(/Saisonaler Zielpfad/);
    expect(result.variance.status).toBe("no-data");
  });

  it("annual: a JDW stock is compared with the annual target in every month", () => {
    const stock = new Map([["lzb", new Map(monthRange("2022-01", "2022-12").map((m) => [m, 500]))]]);
    const result = compareIndicator(lzb, stock, "2022-02", { annualTarget: 480, tolerance: { kind: "relative", percent: 1 } });
    expect(result.plan.value).toBe(480);
    expect(result.variance.status).toBe("off-track"); // 500 vs 480 is 4,2 % above, beyond the 1 % band
  });
});
