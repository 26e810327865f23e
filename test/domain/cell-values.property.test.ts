import fc from "fast-check";
import { parseCellNumber } from "../../src/domain/cell-values";

/**
 * Whatever a controller's Excel printed — German or English separators, with or without grouping, signs, percent — reads
 * back as the number. Grouped English numbers are only unambiguous with two or more groups or a decimal part.
 */
describe("number text round trip (fast-check)", () => {
  const amount = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((n) => Math.round(n * 100) / 100);

  it("de-DE with thousands separators and two decimals", () => {
    fc.assert(
      fc.property(amount, (n) => {
        const text = n.toLocaleString("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        const parsed = parseCellNumber(text);
        expect(parsed.kind === "number" && parsed.value).toBeCloseTo(n, 6);
      }),
    );
  });

  it("en-US with thousands separators and two decimals", () => {
    fc.assert(
      fc.property(amount, (n) => {
        const text = n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        const parsed = parseCellNumber(text);
        expect(parsed.kind === "number" && parsed.value).toBeCloseTo(n, 6);
      }),
    );
  });

  it("de-DE percentages with one decimal", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), (tenths) => {
        const value = tenths / 10;
        const text = `${value.toLocaleString("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
        const parsed = parseCellNumber(text);
        expect(parsed).toMatchObject({ kind: "number", percent: true });
        expect(parsed.kind === "number" && parsed.value).toBeCloseTo(value, 9);
      }),
    );
  });

  it("whole numbers grouped the German way (7.490, 8.388.398)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2_000_000_000 }), (n) => {
        const parsed = parseCellNumber(n.toLocaleString("de-DE"));
        expect(parsed.kind === "number" && parsed.value).toBe(n);
      }),
    );
  });
});
