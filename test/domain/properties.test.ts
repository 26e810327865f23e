import fc from "fast-check";
import { yearToDateAverage } from "../../src/domain/kennzahlen";
import { monthRange } from "../../src/domain/months";
import { compareWithPlan } from "../../src/domain/variance";
import type { Direction } from "../../src/domain/direction";

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe("properties", () => {
  it("the JDW in December equals the mean of the twelve calendar months", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 12, maxLength: 12 }), (values) => {
        const stock = new Map(monthRange("2023-01", "2023-12").map((m, i) => [m, values[i]]));
        const mean = values.reduce((a, b) => a + b, 0) / 12;
        expect(yearToDateAverage(stock, "2023-12", "Bestand").value).toBeCloseTo(mean, 6);
      }),
    );
  });

  it("inverting an indicator's direction swaps on-track and off-track and changes no deviation", () => {
    fc.assert(
      fc.property(finite, finite, fc.boolean(), (actual, plan, isQuota) => {
        fc.pre(Math.abs(actual - plan) > 1e-6 * Math.max(1, Math.abs(plan)));
        const tolerance = { kind: "absolute", value: 0 } as const;
        const up = compareWithPlan({ actual, plan, direction: "up", isQuota, tolerance });
        const down = compareWithPlan({ actual, plan, direction: "down", isQuota, tolerance });
        expect([up.status, down.status].sort()).toEqual(["off-track", "on-track"]);
        expect(down.deltaAbs).toBe(up.deltaAbs);
        expect(down.deltaRel).toBe(up.deltaRel);
        expect(down.deltaPp).toBe(up.deltaPp);
      }),
    );
  });

  it("never yields NaN or Infinity, whatever the inputs", () => {
    fc.assert(
      fc.property(fc.option(finite), fc.option(finite), fc.constantFrom<Direction>("up", "down", "none"), (actual, plan, direction) => {
        const v = compareWithPlan({ actual, plan, direction, isQuota: false, tolerance: { kind: "relative", percent: 5 } });
        for (const n of [v.deltaAbs, v.deltaRel, v.deltaPp, v.attainmentPct]) if (n !== null) expect(Number.isFinite(n)).toBe(true);
      }),
    );
  });
});
