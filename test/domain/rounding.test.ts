import { formatGermanNumber, roundCommercial } from "../../src/domain/rounding";

/**
 * Kaufmännisches Runden (domain §6: publish rounded, compute in full precision): half away from zero on the decimal
 * figure a reader sees. Expected values by hand from the decimal digits, not from a run of the code.
 */
describe("kaufmännisches Runden", () => {
  it("rounds a half up, away from zero, on the decimal figure", () => {
    expect(roundCommercial(1.85, 1)).toBe(1.9); // binary 1.8500000000000000888
    expect(roundCommercial(-0.05, 1)).toBe(-0.1);
    expect(roundCommercial(2.675, 2)).toBe(2.68); // binary 2.67499999999999982236 — toFixed gives 2.67
    expect(roundCommercial(1.005, 2)).toBe(1.01);
    expect(roundCommercial(0.125, 2)).toBe(0.13);
    expect(roundCommercial(-2.5, 0)).toBe(-3);
  });

  it("rounds a computed difference as the decimal it stands for", () => {
    // 20,1 − 18,25 = 1,85 exactly in decimals; in binary the difference is 1.8500000000000014 or …99996 by order.
    expect(roundCommercial(20.1 - 18.25, 1)).toBe(1.9);
    expect(roundCommercial(0.1 + 0.2 - 0.3, 1)).toBe(0);
    expect(roundCommercial(18.2 - 18.25, 1)).toBe(-0.1); // −0,05
  });

  it("leaves large amounts and whole numbers as they are", () => {
    expect(roundCommercial(315000, 2)).toBe(315000);
    expect(roundCommercial(6488398, 0)).toBe(6488398);
    expect(roundCommercial(43546457.495, 2)).toBe(43546457.5);
  });

  it("never shows a negative zero", () => {
    expect(Object.is(roundCommercial(-0.04, 1), 0)).toBe(true);
    expect(formatGermanNumber(-0.04, 1)).toBe("0,0");
  });

  it("writes German notation with the minus sign", () => {
    expect(formatGermanNumber(1.85, 1)).toBe("1,9");
    expect(formatGermanNumber(-0.05, 1)).toBe("−0,1");
    expect(formatGermanNumber(2.675, 2)).toBe("2,68");
    expect(formatGermanNumber(4679, 0)).toBe("4.679");
  });
});
