import { waterfallSteps } from "../../src/report/waterfall";

/**
 * The stacked-column waterfall: Excel stacks positives up from 0 and negatives down from 0, so a step has an invisible
 * base and a visible part above and/or below zero. Hand-computed: Zuteilung 100, Umschichtung −150 (→ −50),
 * Vorbelastungen −30 (→ −80), Neugeschäft −80.
 */
describe("waterfall steps", () => {
  const steps = waterfallSteps([
    { label: "Zuteilung", amount: 100, kind: "total" },
    { label: "Umschichtung", amount: -150, kind: "change" },
    { label: "Vorbelastungen", amount: -30, kind: "change" },
    { label: "Neugeschäft", amount: -80, kind: "total" },
  ]);

  it("a total above zero stands on the axis", () => {
    expect(steps[0]).toEqual({ label: "Zuteilung", base: 0, up: 100, down: 0 });
  });

  it("a change that crosses zero is drawn from +100 down to −50: 100 above, 50 below the axis", () => {
    expect(steps[1]).toEqual({ label: "Umschichtung", base: 0, up: 100, down: -50 });
  });

  it("a change below zero floats from −50 to −80: an invisible −50 and a visible −30 under it", () => {
    expect(steps[2]).toEqual({ label: "Vorbelastungen", base: -50, up: 0, down: -30 });
  });

  it("a negative total hangs from the axis", () => {
    expect(steps[3]).toEqual({ label: "Neugeschäft", base: 0, up: 0, down: -80 });
  });

  it("above zero nothing changes: 100 − 20 floats from 80 to 100", () => {
    const [, change] = waterfallSteps([{ label: "A", amount: 100, kind: "total" }, { label: "B", amount: -20, kind: "change" }]);
    expect(change).toEqual({ label: "B", base: 80, up: 20, down: 0 });
  });
});
