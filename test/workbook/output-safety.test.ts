/** Output safety decided once for both adapters: formula-like text, sheet ownership, and cell-sized text. */
import type { SheetPlan } from "../../src/report/plan";
import { looksLikeFormula, MAX_CELL_TEXT, resolveRender, sanitizeSheetName } from "../../src/workbook/output-safety";
import { EMPTY_STATE } from "../../src/workbook/port";

function plan(cells: SheetPlan["cells"], name = "Ziel-Ist-Vergleich"): SheetPlan {
  return { key: "ziel-ist-vergleich", name, cells, styles: [], columnWidths: [], conditionalFormats: [], charts: [] };
}

describe("text Excel could take for a formula", () => {
  it.each([["=1+1"], ["+49 40 1234"], ["-Summe"], ["@SUM(A1)"], ["\t=1"], ["\r=1"], ["\0x"]])("%j is written as text", (text) => {
    expect(looksLikeFormula(text)).toBe(true);
    const resolved = resolveRender({ sheets: [plan([["Kennzahl"], [text]])] }, [], EMPTY_STATE);
    expect(resolved.sheets[0].forcedText).toEqual([[1, 0]]);
  });

  it("ordinary labels and negative numbers stay as they are", () => {
    const resolved = resolveRender({ sheets: [plan([["Integrationsquote", -3.5, "K2 – 1"]])] }, [], EMPTY_STATE);
    expect(resolved.sheets[0].forcedText).toEqual([]);
  });
});

describe("text longer than an Excel cell holds", () => {
  it("is shortened to the limit with an ellipsis, and the user is told where", () => {
    const long = "x".repeat(40_000);
    const resolved = resolveRender({ sheets: [plan([["Kennzahl"], [long, 1, `Hinweis: ${long}`]])] }, [], EMPTY_STATE);
    const row = resolved.sheets[0].plan.cells[1];
    expect((row[0] as string).length).toBe(MAX_CELL_TEXT);
    expect((row[0] as string).endsWith("…")).toBe(true);
    expect((row[2] as string).length).toBe(MAX_CELL_TEXT);
    expect(row[1]).toBe(1);
    expect(resolved.notices).toEqual(["Im Blatt „Ziel-Ist-Vergleich“ waren 2 Texte länger als die 32.767 Zeichen, die eine Excel-Zelle fasst, und wurden gekürzt."]);
  });

  it("a text of exactly the limit is left whole and nothing is said", () => {
    const exact = "y".repeat(MAX_CELL_TEXT);
    const resolved = resolveRender({ sheets: [plan([[exact]])] }, [], EMPTY_STATE);
    expect(resolved.sheets[0].plan.cells[0][0]).toBe(exact);
    expect(resolved.notices).toEqual([]);
  });
});

describe("sheet names", () => {
  it("are made acceptable to Excel", () => {
    expect(sanitizeSheetName("EGT [2022]: Plan/Ist?")).toBe("EGT  2022   Plan Ist");
    expect(sanitizeSheetName("'''")).toBe("Bericht");
    expect(sanitizeSheetName("A".repeat(40))).toHaveLength(31);
  });

  it("a user sheet with the report's name is never touched: the report takes another name and the user is told", () => {
    const resolved = resolveRender({ sheets: [plan([["x"]])] }, ["Ziel-Ist-Vergleich"], EMPTY_STATE);
    expect(resolved.sheets[0]).toMatchObject({ name: "Ziel-Ist-Vergleich (2)", replaces: undefined });
    expect(resolved.notices[0]).toMatch(/gehört nicht zum Steuerungscockpit und bleibt unverändert/);
  });
});
