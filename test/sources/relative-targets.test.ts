/**
 * Zielwerte written as a change against the previous year ("+2,0 % ggü. Vorjahr", "Sinken um 1,0 Prozent", domain.md
 * §2.3): read from the cell with a message naming it, and derived from the previous year's result (December: the JFW
 * of a quota, the Jahresdurchschnitt of a Bestand) — or, without that result, no Zielwert and a reason, never the
 * "2,0" taken as a level. Variants that differ from the holdout workbook: other wordings and signs, other years.
 */
import { compareIndicator } from "../../src/domain/goal-comparison";
import { INDICATORS } from "../../src/domain/indicators";
import { monthRange } from "../../src/domain/months";
import type { Message } from "../../src/domain/messages";
import { readTargetCell } from "../../src/sources/find-targets";
import { parseChangeVsPreviousYear } from "../../src/sources/relative-targets";
import { SheetGrid } from "../../src/sources/sheet-grid";
import { sheet } from "../fixtures/workbook-read";

const k2 = INDICATORS.find((d) => d.code === "K2")!;
const lzb = INDICATORS.find((d) => d.code === "LZB")!;

describe("a Zielwert as a change against the previous year", () => {
  it("reads the wordings controllers use, with their sign, and nothing else", () => {
    expect(parseChangeVsPreviousYear("+2,0 % ggü. Vorjahr")).toEqual({ percent: 2 });
    expect(parseChangeVsPreviousYear("−1,0 % ggü. Vorjahr")).toEqual({ percent: -1 });
    expect(parseChangeVsPreviousYear("-0,5% gegenüber dem Vorjahr")).toEqual({ percent: -0.5 });
    expect(parseChangeVsPreviousYear("3 Prozent zum VJ")).toEqual({ percent: 3 });
    expect(parseChangeVsPreviousYear("Sinken um 1,0 Prozent")).toEqual({ percent: -1 });
    expect(parseChangeVsPreviousYear("Steigerung um 1,5 % ggü. Vorjahr")).toEqual({ percent: 1.5 });
    expect(parseChangeVsPreviousYear("+0,5 Prozentpunkte ggü. Vorjahr")).toEqual({ points: 0.5 });
    expect(parseChangeVsPreviousYear("Anstieg um 1 pp")).toEqual({ points: 1 });
    expect(parseChangeVsPreviousYear("23,5 %")).toBeNull();
    expect(parseChangeVsPreviousYear("wie Vorjahr")).toBeNull();
    expect(parseChangeVsPreviousYear("+2 %")).toBeNull();
  });

  it("reads the cell as a change, not as a level, and says at the cell that the Zielwert is derived", () => {
    const grid = new SheetGrid(sheet("Ziele 2026", [["Kennzahl", "Zielwert"], ["Integrationsquote", "Sinken um 1,0 Prozent"], ["Integrationsquote", "25,0"]]));
    const messages: Message[] = [];
    expect(readTargetCell(grid, 1, 1, k2, messages)).toEqual({ annualTarget: null, changeVsPreviousYear: { percent: -1 } });
    expect(messages).toEqual([expect.objectContaining({ level: "info", sheet: "Ziele 2026", cell: "B2", text: expect.stringContaining("Vorjahresergebnis") })]);
    expect(readTargetCell(grid, 2, 1, k2, [])).toEqual({ annualTarget: 25 });
  });

  // ELB 1.000 from December 2024; 2025: 10 integrations a month → JFW December 2025 = 120 / 1.000 = 12 %.
  const months = monthRange("2024-12", "2026-12");
  const base = new Map([
    ["elb", new Map(months.map((m) => [m, 1000]))],
    ["int", new Map(months.filter((m) => m >= "2025-01").map((m) => [m, 10]))],
    ["lzb", new Map(months.filter((m) => m >= "2025-01").map((m) => [m, m < "2025-07" ? 400 : 500]))],
  ]);

  it("derives the quota's Zielwert from the previous year's JFW and the Bestand's from its Jahresdurchschnitt", () => {
    const quota = compareIndicator(k2, base, "2026-03", { annualTarget: null, changeVsPreviousYear: { percent: 2.5 } }, "linear");
    expect(quota.annualTarget).toBeCloseTo(12 * 1.025, 10);
    expect(quota.plan.value).toBeCloseTo((12 * 1.025 * 3) / 12, 10);
    expect(quota.note).toContain("Zielwert abgeleitet: Vorjahresergebnis Dezember 2025 + 2,5 %.");
    const stock = compareIndicator(lzb, base, "2026-02", { annualTarget: null, changeVsPreviousYear: { percent: -2 } });
    expect(stock.annualTarget).toBeCloseTo(450 * 0.98, 10);
    // Prozentpunkte add to a quota; for a Bestand they mean nothing and give no Zielwert, with the reason.
    expect(compareIndicator(k2, base, "2026-03", { annualTarget: null, changeVsPreviousYear: { points: 0.5 } }, "linear").annualTarget).toBeCloseTo(12.5, 10);
    const points = compareIndicator(lzb, base, "2026-02", { annualTarget: null, changeVsPreviousYear: { points: 1 } });
    expect(points.annualTarget).toBeNull();
    expect(points.plan.reason).toContain("Prozentpunkte passen nur zu einer Quote");
  });

  it("gives no Zielwert without the previous year's result, and says which month is missing", () => {
    const result = compareIndicator(k2, base, "2025-05", { annualTarget: null, changeVsPreviousYear: { percent: 2 } }, "linear");
    expect(result.annualTarget).toBeNull();
    expect(result.plan.value).toBeNull();
    expect(result.plan.reason).toContain("Vorjahresergebnis (Dezember 2024) fehlt");
    expect(result.note).toContain("Vorjahresergebnis (Dezember 2024) fehlt");
    expect(result.variance.status).toBe("no-data");
  });
});
