/**
 * Honest diagnostics (issue, point 7): every sheet that holds numbers and is not used gets one message naming it;
 * unrelated sheets never change the figures; a workbook reads the same whatever the order of its sheets (the checker
 * also runs every workbook reversed).
 */
import { makeJobcenter } from "./data";
import type { MonthKey } from "./formulas";
import type { CellInput, LayoutWorkbook, SheetSpec } from "./model";
import { deckblatt, grunddatenWide, zieleSheet } from "./sheets";
import { kennzahlenExpected, llaMonitoringExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected } from "./standard";

const FAMILY = "Hinweise";
const M: MonthKey = "2024-06";

/** A pivot-like analysis of the previous year: numbers, but no layout the product reads. */
function pivotSheet(name: string): SheetSpec {
  const rows: CellInput[][] = [["Auswertung 2023 nach Teams"], [], ["Team", "Q1", "Q2", "Q3", "Q4", "Gesamt"]];
  for (let t = 1; t <= 6; t++) rows.push([`Team ${t}`, 40 + t, 38 + 2 * t, 45 - t, 41, 164 + 2 * t]);
  return { name, rows };
}

/** A holiday plan with day counts: numbers, unrelated to controlling. */
function urlaubsplanung(): SheetSpec {
  return {
    name: "Urlaubsplanung",
    rows: [["Mitarbeitende", "Resturlaub", "geplant", "genommen"], ["Frau A.", 12, 8, 4], ["Herr B.", 30, 20, 10], ["Frau C.", 5, 5, 0]],
  };
}

function unusedDataSheet(): LayoutWorkbook {
  const data = makeJobcenter(101, "2022-12", M);
  const t = targetsFor(data, M);
  return {
    file: "unbenutztes-datenblatt.xlsx",
    family: FAMILY,
    description: "Standardmappe plus ein Blatt mit Zahlen („Auswertung Teams“), das nichts Lesbares enthält: genau ein Hinweis, der es nennt",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), pivotSheet("Auswertung Teams"), zieleSheet("Ziele 2024", 2024, t)],
    expect: [
      { exitCode: 0 },
      ...zielindikatorenExpected(data, M, t),
      { message: { levels: ["warning", "info"], sheets: ["Auswertung Teams"] }, present: true, why: "ein Blatt mit Zahlen wird nicht verwendet" },
      noErrors,
    ],
  };
}

function unrelatedSheetsBetween(): LayoutWorkbook {
  const data = makeJobcenter(102, "2022-12", M);
  const t = targetsFor(data, M);
  return {
    file: "fremde-blaetter-dazwischen.xlsx",
    family: FAMILY,
    description: "Deckblatt, Urlaubsplanung und Notizen zwischen Grunddaten und Zielen: die Zahlen bleiben dieselben, die Urlaubsplanung wird genannt",
    args: [],
    sheets: [deckblatt(), grunddatenWide("Grunddaten", data, data.months), urlaubsplanung(), { name: "Notizen", rows: [["Rückfragen an die RD bis 15.07."]] }, zieleSheet("Ziele 2024", 2024, t)],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(M),
      ...zielindikatorenExpected(data, M, t),
      ...llaMonitoringExpected(data, M),
      ...kennzahlenExpected(data, M, ["K1", "K2", "K3"]),
      { message: { sheets: ["Urlaubsplanung"] }, present: true, why: "Blatt mit Zahlen, nicht verwendet" },
      noErrors,
    ],
  };
}

/** The previous year's target sheet next to this year's: "Ziele 2023" must not displace "Ziele 2024" in June 2024. */
function previousYearTargets(): LayoutWorkbook {
  const data = makeJobcenter(103, "2022-12", M);
  const t = targetsFor(data, M);
  const old = { K2: t.K2 - 1.1, K2_F: t.K2_F - 0.9, K2_M: t.K2_M - 1.4, LZB: t.LZB + 120 };
  return {
    file: "ziele-vorjahr-und-jahr.xlsx",
    family: FAMILY,
    description: "Zielblätter „Ziele 2023“ und „Ziele 2024“ nebeneinander: im Juni 2024 gelten die Ziele 2024, gleich in welcher Reihenfolge",
    args: [],
    sheets: [zieleSheet("Ziele 2023", 2023, old), grunddatenWide("Grunddaten", data, data.months), zieleSheet("Ziele 2024", 2024, t)],
    expect: [{ exitCode: 0 }, reportMonthExpected(M), ...zielindikatorenExpected(data, M, t), noErrors],
  };
}

export function diagnosticLayouts(): LayoutWorkbook[] {
  return [unusedDataSheet(), unrelatedSheetsBetween(), previousYearTargets()];
}
