import { attainment, compareWithPlan } from "../../src/domain/variance";

describe("Ziel-Ist-Abweichung", () => {
  it("T2: LLU Ist 178,917 vs. Ziel 177,447 Mio € is +1,470 Mio € = +0,83 % and missed for a lower-is-better indicator", () => {
    const v = compareWithPlan({ actual: 178.917, plan: 177.447, direction: "down", isQuota: false, tolerance: { kind: "absolute", value: 0 } });
    expect(v.deltaAbs).toBeCloseTo(1.47, 10);
    expect(v.deltaRel).toBeCloseTo(0.8284, 3);
    expect(v.deltaPp).toBeNull();
    expect(v.status).toBe("off-track");
  });

  it("shows quota deviations in Prozentpunkten", () => {
    const v = compareWithPlan({ actual: 18.2, plan: 18.75, direction: "up", isQuota: true, tolerance: { kind: "absolute", value: 0.5 } });
    expect(v.deltaPp).toBeCloseTo(-0.55, 10);
    expect(v.status).toBe("off-track");
  });

  it("is amber inside the tolerance band and green at or above the Soll", () => {
    const within = compareWithPlan({ actual: 18.4, plan: 18.75, direction: "up", isQuota: true, tolerance: { kind: "absolute", value: 0.5 } });
    const above = compareWithPlan({ actual: 19.0, plan: 18.75, direction: "up", isQuota: true, tolerance: { kind: "absolute", value: 0.5 } });
    expect(within.status).toBe("at-risk");
    expect(above.status).toBe("on-track");
  });

  it("judges a falling stock as good for a lower-is-better indicator, with a relative band", () => {
    const below = compareWithPlan({ actual: 4500, plan: 4550, direction: "down", isQuota: false, tolerance: { kind: "relative", percent: 1 } });
    const slightlyAbove = compareWithPlan({ actual: 4590, plan: 4550, direction: "down", isQuota: false, tolerance: { kind: "relative", percent: 1 } });
    const wellAbove = compareWithPlan({ actual: 4700, plan: 4550, direction: "down", isQuota: false, tolerance: { kind: "relative", percent: 1 } });
    expect([below.status, slightlyAbove.status, wellAbove.status]).toEqual(["on-track", "at-risk", "off-track"]);
  });

  it("T12: a KZI grade falling from 2,33 to 2,12 is an improvement, rising 2,12 → 2,22 is not", () => {
    expect(compareWithPlan({ actual: 2.12, plan: 2.33, direction: "down", isQuota: false, tolerance: { kind: "absolute", value: 0 } }).status).toBe("on-track");
    expect(compareWithPlan({ actual: 2.22, plan: 2.12, direction: "down", isQuota: false, tolerance: { kind: "absolute", value: 0 } }).status).toBe("off-track");
  });

  it("has no relative deviation and no attainment for a Soll of 0, and no data without an Ist", () => {
    const zero = compareWithPlan({ actual: 3, plan: 0, direction: "up", isQuota: false, tolerance: { kind: "absolute", value: 0 } });
    expect(zero.deltaRel).toBeNull();
    expect(zero.attainmentPct).toBeNull();
    const blank = compareWithPlan({ actual: null, plan: 10, direction: "up", isQuota: false, tolerance: { kind: "absolute", value: 0 } });
    expect(blank.status).toBe("no-data");
    expect(blank.deltaAbs).toBeNull();
  });

  it("computes the Zielerreichungsgrad in the indicator's direction", () => {
    expect(attainment(20, 25, "up")).toBeCloseTo(80, 10);
    expect(attainment(4600, 4500, "down")).toBeCloseTo((4500 / 4600) * 100, 10);
    expect(attainment(0, 4500, "down")).toBeNull();
  });
});

describe("status at the displayed precision", () => {
  it("a Widerspruchsquote of 1,51 % against 1,50 % shows as ±0,0 pp and is not red", () => {
    const v = compareWithPlan({ actual: 1.51, plan: 1.5, direction: "down", isQuota: true, tolerance: { kind: "absolute", value: 0 }, resolution: 0.1 });
    expect(v.status).toBe("on-track");
    expect(v.deltaPp).toBeCloseTo(0.01, 10);
  });

  it("1,56 % against 1,50 % shows as +0,1 pp and is missed", () => {
    const v = compareWithPlan({ actual: 1.56, plan: 1.5, direction: "down", isQuota: true, tolerance: { kind: "absolute", value: 0 }, resolution: 0.1 });
    expect(v.status).toBe("off-track");
  });
});
