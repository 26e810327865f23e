/** The Vergleichstypen a user may name (domain.md §1.6: 15 types; "Typ 8" and "Ia … IIIe" spellings). */
import { COMPARISON_TYPES, parseComparisonType } from "../../src/domain/peers/comparison-types";

describe("the Vergleichstyp a user names", () => {
  it("accepts the 15 numbered and the 15 grouped labels, in the spellings tables and people use", () => {
    expect(COMPARISON_TYPES).toHaveLength(30);
    expect(parseComparisonType("IIIb")).toBe("IIIb");
    expect(parseComparisonType(" iiib ")).toBe("IIIb");
    expect(parseComparisonType("Typ Ie")).toBe("Ie");
    expect(parseComparisonType("SGB II-Vergleichstyp IIa")).toBe("IIa");
    expect(parseComparisonType("8")).toBe("Typ 8");
    expect(parseComparisonType("Typ 15")).toBe("Typ 15");
    expect(parseComparisonType("Vergleichstyp 1")).toBe("Typ 1");
  });

  it("refuses what is no type of the typology: a 16th, a fourth group, a sixth letter, a name", () => {
    for (const text of ["Typ 16", "0", "IV", "IVa", "If", "IIIf", "Harburg", "", "Typ"]) expect(parseComparisonType(text)).toBeNull();
  });
});
