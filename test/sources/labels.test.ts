/** Labels compared as a person reads them, without ever merging two different labels. */
import { bestAliasMatch, normalizeLabel } from "../../src/sources/labels";

describe("normalizeLabel", () => {
  it("ignores case, spacing, punctuation and invisible characters", () => {
    expect(normalizeLabel("ZIELWERT  2022")).toBe(normalizeLabel("Zielwert 2022"));
    expect(normalizeLabel("Ziel\u00adwert 2022")).toBe("zielwert 2022");
  });

  it("keeps umlauts and ß as letters: Ü25 is not U25, but the same as Ue25", () => {
    expect(normalizeLabel("Erstberatung Ü25")).not.toBe(normalizeLabel("Erstberatung U25"));
    expect(normalizeLabel("Erstberatung Ü25")).toBe(normalizeLabel("Erstberatung Ue25"));
    expect(normalizeLabel("Zugänge ELB")).toBe(normalizeLabel("Zugaenge ELB"));
    expect(normalizeLabel("Maßnahme")).toBe("massnahme");
    // Decomposed umlauts (as some exports write them) are the same letters.
    expect(normalizeLabel("Zuga\u0308nge")).toBe("zugaenge");
  });

  it("tells U25 and Ü25 apart in the indicator vocabulary", () => {
    const candidates = [
      { item: "EB_U25", aliases: ["erstberatung u25"] },
      { item: "EB_UE25", aliases: ["erstberatung ü25"] },
    ];
    expect(bestAliasMatch("Erstberatung Ü25", candidates)).toBe("EB_UE25");
    expect(bestAliasMatch("Erstberatung U25", candidates)).toBe("EB_U25");
  });

  it("reads only a bounded prefix, so a 1 MB cell costs no more than a header", () => {
    const huge = `Integrationen ${"x".repeat(1_000_000)}`;
    expect(normalizeLabel(huge)).toBe(normalizeLabel(huge.slice(0, 200)));
    expect(normalizeLabel(huge).length).toBeLessThanOrEqual(200);
  });
});
