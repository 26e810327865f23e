/**
 * The "Vergleich" sheet a controller shows the Trägerversammlung: the own Jobcenter's row per Kennzahl beside its
 * Vergleichstyp, a footnote that says how missing values were treated, a ranking chart per headline Kennzahl with the
 * own bar in colour, the monthly path when several months are present — and the same figures in the JSON summary.
 * Figures are those of "Typ 8" in test/fixtures/cross-section-table.ts, computed by hand in test/domain/peers.test.ts.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { compareWithPeers } from "../../src/domain/peers/compare-with-peers";
import { buildComparisonSheet, COMPARISON_KEY, OWN_COLOR, PEER_COLOR } from "../../src/report/comparison-sheet";
import { summarizeComparison } from "../../src/report/comparison-summary";
import type { CellRange, PlanValue, SheetPlan } from "../../src/report/plan";
import { REPORT_SHEETS } from "../../src/report/report-sheets";
import { combineMonths, readCrossSection } from "../../src/sources/cross-section";
import { SheetGrid } from "../../src/sources/sheet-grid";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { crossSectionSheet, OWN } from "../fixtures/cross-section-table";

const june = readCrossSection(new SheetGrid(crossSectionSheet()))!;
const comparison = compareWithPeers(june, OWN);
const context = { sourceSheet: june.sheet, sourceNotes: june.footnotes };
const plan = buildComparisonSheet(comparison, context);

const rowOf = (sheet: SheetPlan, code: string) => sheet.cells.find((cells) => cells[0] === code) as PlanValue[];
const cellsIn = (sheet: SheetPlan, range: CellRange): PlanValue[] => {
  const values: PlanValue[] = [];
  for (let r = range.row; r < range.row + range.rows; r++) for (let c = range.col; c < range.col + range.cols; c++) values.push(sheet.cells[r]?.[c] ?? null);
  return values;
};
const allText = (sheet: SheetPlan) => sheet.cells.flat().filter((v): v is string => typeof v === "string").join("\n");

describe("the Vergleich sheet", () => {
  it("is a report sheet a controller can choose, named Vergleich", () => {
    expect(plan.key).toBe(COMPARISON_KEY);
    expect(plan.name).toBe("Vergleich");
    expect(REPORT_SHEETS.map((s) => s.key)).toContain(COMPARISON_KEY);
  });

  it("shows K2 with own value, rank, quartile, type statistics, Land, Bund and the counts", () => {
    const k2 = rowOf(plan, "K2");
    const [code, name, direction, own, rank, quarter, median, delta, mean, min, q1, q3, max, land, bund, withValue, withoutValue] = k2;
    expect([code, name, direction]).toEqual(["K2", "Integrationsquote", "↑"]);
    expect(own).toBeCloseTo(0.279, 12);
    expect([rank, quarter, withValue, withoutValue]).toEqual([2, 1, 6, 1]);
    // Published with one decimal, kaufmännisch gerundet: median 26,25 % → 26,3 %; Δ 27,9 − 26,25 = 1,65 pp → 1,7 pp
    // (Excel's binary display would show 1,6); mean 151,7 ÷ 6 = 25,283 % → 25,3 %; Q1 22,125 % → 22,1 %.
    expect(median).toBeCloseTo(0.263, 12);
    expect(delta).toBeCloseTo(1.7, 12);
    expect(mean).toBeCloseTo(0.253, 12);
    expect([min, q1, q3, max].map((v) => Number((v as number).toFixed(6)))).toEqual([0.198, 0.221, 0.279, 0.302]);
    expect(land).toBeCloseTo(0.221, 12);
    expect(bund).toBeCloseTo(0.234, 12);
  });

  it("shows K3 as lower-is-better, and K1 without own value as „–“ rather than 0", () => {
    expect(rowOf(plan, "K3").slice(2, 5)).toEqual(["↓", -0.035, 2]);
    expect(rowOf(plan, "K1").slice(3, 6)).toEqual(["–", "–", "–"]);
    expect(rowOf(plan, "K1")[15]).toBe(5);
  });

  it("has a row for every Kennzahl and _F/_M variant, the women's and men's rows named so", () => {
    expect(plan.cells.filter((cells) => typeof cells[0] === "string" && /^K[123](E[1-4])?(_[FM])?$/.test(cells[0])).length).toBe(41);
    expect(rowOf(plan, "K2_F")[1]).toBe("Integrationsquote (Frauen)");
  });

  it("says in its footnote the month, the Vergleichstyp, how missing values were treated, and the table's source", () => {
    const text = allText(plan);
    expect(text).toContain("Veröffentlichungsmonat (Berichtsmonat der Tabelle): Juni 2024. Vergleichsgruppe: Vergleichstyp Typ 8 (7 Jobcenter); Land: Niedersachsen.");
    expect(text).toContain("Fehlende Werte („x“, „.“, „–“, „k.A.“ oder leer) zählen nicht als 0: Jobcenter ohne Wert sind aus Mittelwert, Median, Quartilen, Minimum, Maximum und Rang ausgeschlossen");
    expect(text).toContain("gleiche Werte teilen sich einen Rang (1, 2, 2, 4)");
    expect(text).toContain("Quelle: Statistik der Bundesagentur für Arbeit");
  });

  it("draws one ranking chart per headline Kennzahl: the own bar in colour at its place, the peers grey", () => {
    expect(plan.charts.map((c) => [c.kind, c.title])).toEqual([
      ["columnStacked", "K1 Veränderung Leistungen zum Lebensunterhalt: Rangfolge (bester Wert links)"],
      ["columnStacked", "K2 Integrationsquote: Rangfolge (bester Wert links)"],
      ["columnStacked", "K3 Veränderung Bestand LZB: Rangfolge (bester Wert links)"],
    ]);
    const k2 = plan.charts[1];
    expect(k2.series.map((s) => s.color)).toEqual([OWN_COLOR, PEER_COLOR]);
    expect(cellsIn(plan, k2.categories)).toEqual(["Elbtal", "Essen-Süd", "Landkreis Harburg", "Uckermark-Ost", "Dithmarschen", "Saale-Nord"]);
    const fixed = (values: PlanValue[]) => values.map((v) => (v === null ? null : Number((v as number).toFixed(4))));
    expect(fixed(cellsIn(plan, k2.series[0].values))).toEqual([null, null, 0.279, null, null, null]);
    expect(fixed(cellsIn(plan, k2.series[1].values))).toEqual([0.302, 0.279, null, 0.246, 0.213, 0.198]);
    // K3: lower is better, so the lowest change stands left
    expect(cellsIn(plan, plan.charts[2].series[1].values)[0]).toBeCloseTo(-0.05, 12);
    // K1: the own Jobcenter has no value and so no bar
    expect(cellsIn(plan, plan.charts[0].series[0].values).every((v) => v === null)).toBe(true);
  });

  it("places the charts below the table and the chart data, side by side, without overlapping", () => {
    const lastDataRow = Math.max(...plan.charts.flatMap((c) => c.series.map((s) => s.values.row)));
    for (const chart of plan.charts) expect(chart.anchor.row).toBeGreaterThan(lastDataRow);
    const [a, b, c] = plan.charts.map((ch) => ch.anchor);
    expect(a.row).toBe(b.row);
    expect(a.col + a.cols).toBeLessThanOrEqual(b.col);
    expect(c.row).toBeGreaterThanOrEqual(a.row + a.rows);
  });

  it("with two months adds own value against the type median over time as line charts", () => {
    const july = readCrossSection(new SheetGrid(crossSectionSheet({ name: "Juli", title: ["Berichtsmonat Juli 2024"], shift: 0.5 })))!;
    const both = buildComparisonSheet(compareWithPeers(combineMonths([june, july])!, OWN), context);
    const lines = both.charts.filter((c) => c.kind === "line");
    expect(lines.map((c) => c.title)).toEqual([
      "K1 Veränderung Leistungen zum Lebensunterhalt: eigener Wert und Median des Typs",
      "K2 Integrationsquote: eigener Wert und Median des Typs",
      "K3 Veränderung Bestand LZB: eigener Wert und Median des Typs",
    ]);
    const k2 = lines[1];
    expect(cellsIn(both, k2.categories)).toEqual(["Jun 24", "Jul 24"]);
    expect(cellsIn(both, k2.series[0].values).map((v) => Number((v as number).toFixed(4)))).toEqual([0.279, 0.284]);
    expect(cellsIn(both, k2.series[1].values).map((v) => Number((v as number).toFixed(4)))).toEqual([0.2625, 0.2675]);
    expect(plan.charts.some((c) => c.kind === "line")).toBe(false);
  });

  it("names the group honestly when the table has no Vergleichstyp", () => {
    const untyped = readCrossSection(new SheetGrid(crossSectionSheet({ withoutTypes: true })))!;
    const sheet = buildComparisonSheet(compareWithPeers(untyped, OWN), context);
    expect(sheet.cells[1][0]).toBe(`Berichtsmonat: Juni 2024 · Vergleichsgruppe: alle Jobcenter der Tabelle (403 Jobcenter; kein Vergleichstyp angegeben) · Quelle: ${june.sheet}`);
  });
});

describe("the Vergleich sheet without a Vergleichstyp", () => {
  const untyped = readCrossSection(new SheetGrid(crossSectionSheet({ withoutTypes: true })))!;
  const untypedContext = { sourceSheet: untyped.sheet, sourceNotes: untyped.footnotes };

  it("says in its title, its group line and a footnote that it compares with all 403 Jobcenter, not a type", () => {
    const sheet = buildComparisonSheet(compareWithPeers(untyped, OWN), untypedContext);
    const text = allText(sheet);
    expect(sheet.cells[0][0]).toBe("Vergleich mit allen Jobcentern der Tabelle – Jobcenter Landkreis Harburg");
    expect(text).toContain("Vergleichsgruppe: alle Jobcenter der Tabelle (403 Jobcenter; kein Vergleichstyp angegeben)");
    expect(text).toContain("Ohne Vergleichstyp: Rang, Quartil und Median beziehen sich auf alle Jobcenter der Tabelle");
    expect(text).not.toContain("Vergleich mit dem SGB II-Vergleichstyp");
  });

  it("names a chosen type it could not apply, so the ranks are not read as that type's", () => {
    const text = allText(buildComparisonSheet(compareWithPeers(untyped, OWN, { label: "IIIb" }), untypedContext));
    expect(text).toContain("der gewählte Vergleichstyp „IIIb“ ist nicht anwendbar, weil die Tabelle nicht sagt, welche Jobcenter dazugehören");
  });

  it("a type the user chose and the table names is marked as chosen", () => {
    const blankOwnType = { ...june, rows: june.rows.map((r) => (r.key === OWN.key ? { ...r, type: null } : r)) };
    const text = allText(buildComparisonSheet(compareWithPeers(blankOwnType, OWN, { label: "Typ 8" }), context));
    expect(text).toContain("Vergleichstyp Typ 8 (7 Jobcenter, vom Anwender gewählt)");
    expect(text).not.toContain("Ohne Vergleichstyp");
  });
});

describe("comparison[] in the JSON summary", () => {
  const entries = summarizeComparison(comparison, plan);

  it("holds the sheet's figures in % and pp, with the sheet row to jump to", () => {
    const k2 = entries.find((e) => e.code === "K2");
    expect(k2).toEqual({
      code: "K2", name: "Integrationsquote", direction: "up", month: "2024-06", peerGroup: "Typ 8", peerGroupSource: "table",
      own: 27.9, rank: 2, quartile: 1, mean: 25.2833, median: 26.25, min: 19.8, max: 30.2, q1: 22.125, q3: 27.9,
      land: 22.1, bund: 23.4, deltaToMedianPp: 1.65, withValue: 6, withoutValue: 1, reportRow: plan.cells.findIndex((c) => c[0] === "K2") + 1,
    });
    expect(entries.find((e) => e.code === "K3")).toMatchObject({ direction: "down", rank: 2, median: -2.35, q3: -0.3, deltaToMedianPp: -1.15 });
    expect(entries).toHaveLength(41);
  });
});

const available = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const haveTools = available("soffice") && available("pdftotext");
const describeIfTools = haveTools || process.env.CI ? describe : describe.skip;

/** The sheet as a manager opens it without the add-in: LibreOffice renders the table and the native charts. */
describeIfTools("the Vergleich sheet rendered by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-vergleich-"));
  let text = "";
  let chartParts: string[] = [];

  beforeAll(async () => {
    const source = new ExcelJS.Workbook();
    const table = crossSectionSheet();
    source.addWorksheet(table.name).addRows(table.values);
    const workbook = await XlsxWorkbook.fromBuffer(new Uint8Array(await source.xlsx.writeBuffer()), "kennzahlen.xlsx");
    await workbook.render({ sheets: [plan] });
    const xlsx = join(dir, "vergleich.xlsx");
    const bytes = await workbook.toBuffer();
    writeFileSync(xlsx, bytes);
    const zip = await JSZip.loadAsync(bytes);
    chartParts = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async("string")));
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], {
      env: { ...process.env, LC_ALL: "de_DE.UTF-8", LANG: "de_DE.UTF-8" },
      timeout: 120_000,
      stdio: "ignore",
    });
    expect(existsSync(join(dir, "vergleich.pdf"))).toBe(true);
    text = execFileSync("pdftotext", ["-layout", join(dir, "vergleich.pdf"), "-"], { encoding: "utf8" });
  }, 180_000);

  it("writes three native stacked column charts, the own series in its colour", () => {
    expect(chartParts).toHaveLength(3);
    for (const xml of chartParts) {
      expect(xml).toContain('<c:grouping val="stacked"/>');
      expect(xml).toContain(`<a:srgbClr val="${OWN_COLOR}"/>`);
      expect(xml).toContain(`<a:srgbClr val="${PEER_COLOR}"/>`);
    }
  });

  it("shows the title, the own Integrationsquote as a percentage and the Vergleichstyp", () => {
    expect(text).toContain("Vergleich mit dem SGB II-Vergleichstyp");
    expect(text).toMatch(/27[.,]9\s?%/);
    expect(text).toContain("Typ 8");
  });

  it("shows the charts: their titles are drawn", () => {
    expect(text).toContain("K2 Integrationsquote: Rangfolge");
    expect(text).toContain("K3 Veränderung Bestand LZB: Rangfolge");
  });
});

describe("the Vergleich sheet's section titles", () => {
  it("are the Zielbereiche in German, never internal keys", () => {
    const texts = plan.cells.map((r) => r[0]).filter((v): v is string => typeof v === "string");
    expect(texts).toContain("Verbesserung der Integration in Erwerbstätigkeit");
    expect(texts.filter((t) => /^(hilfebeduerftigkeit|integration|langzeitbezug)$/.test(t))).toEqual([]);
  });
});
