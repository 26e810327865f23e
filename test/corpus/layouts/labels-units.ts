/**
 * Labels and units (issue, point 6): normalisation never merges distinct labels (Ü25 ≠ U25), the unit comes from the
 * source (Tage vs. Arbeitstage, %, Note) and a percent target stays a percent. The quality sheets use the sample's
 * long layout (Kennzahl | Monat | Ist | Ziel | Einheit) so that only the label or unit is new.
 */
import { makeJobcenter, monthsOfYear } from "./data";
import { integrationRateYtd, ytdAverage, type MonthKey } from "./formulas";
import { TOLERANCE, type CellInput, type LayoutWorkbook, type SheetSpec } from "./model";
import { grunddatenWide } from "./sheets";
import { noErrors, reportMonthExpected, targetsFor } from "./standard";

const FAMILY = "Bezeichnungen und Einheiten";
const M: MonthKey = "2024-06";

const grunddaten = (seed: number) => {
  const data = makeJobcenter(seed, "2023-01", M);
  return grunddatenWide("Grunddaten", data, data.months);
};

const mmYYYY = (m: MonthKey) => `${m.slice(5)}/${m.slice(0, 4)}`;
const months2024 = monthsOfYear(makeJobcenter(1, "2024-01", M), 2024);

function qualitySheet(rows: Array<[string, number[], number | CellInput, string]>): SheetSpec {
  const body: CellInput[][] = [];
  for (const [label, values, target, unit] of rows) months2024.forEach((m, i) => body.push([label, mmYYYY(m), values[i], target, unit]));
  return { name: "Qualität", rows: [["Qualitätskennzahlen 2024"], [], ["Kennzahl", "Monat", "Ist", "Ziel", "Einheit"], ...body] };
}

function u25AndUe25(): LayoutWorkbook {
  const u25 = [11.2, 10.8, 10.1, 9.7, 9.9, 9.4];
  const ue25 = [16.4, 15.9, 17.2, 16.8, 17.5, 18.1];
  return {
    file: "erstberatung-u25-ue25.xlsx",
    family: FAMILY,
    description: "Erstberatung U25 und Erstberatung Ü25 nebeneinander im Langformat: zwei verschiedene Kennzahlen, keine „steht doppelt“-Meldung",
    args: [],
    sheets: [grunddaten(61), qualitySheet([["Erstberatung U25", u25, 10, "Tage"], ["Erstberatung Ü25", ue25, 15, "Tage"]])],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(M),
      { path: "indicators[code=EB_U25].actual", value: 9.4, tolerance: TOLERANCE.quota },
      { path: "indicators[code=EB_U25].target", value: 10, tolerance: TOLERANCE.quota },
      { path: "indicators[code=EB_UE25].actual", value: 18.1, tolerance: TOLERANCE.quota },
      { path: "indicators[code=EB_UE25].target", value: 15, tolerance: TOLERANCE.quota },
      { path: "indicators[code=EB_UE25].status", equals: "off-track" },
      { message: { text: ["doppelt"] }, present: false, why: "Ü25 ist nicht U25" },
      noErrors,
    ],
  };
}

function calendarDays(): LayoutWorkbook {
  const values = [9.8, 10.4, 12.1, 11.6, 10.9, 11.3];
  return {
    file: "bearbeitungsdauer-kalendertage.xlsx",
    family: FAMILY,
    description: "Bearbeitungsdauer Leistungsanträge als gemeldeter Monatswert in „Tage“ (Kalendertage): die Einheit bleibt Tage, nicht Arbeitstage",
    args: [],
    sheets: [grunddaten(62), qualitySheet([["Bearbeitungsdauer Leistungsanträge", values, 14, "Tage"]])],
    expect: [
      { exitCode: 0 },
      { path: "indicators[code=BD].actual", value: 11.3, tolerance: TOLERANCE.quota },
      { path: "indicators[code=BD].target", value: 14, tolerance: TOLERANCE.quota },
      { path: "indicators[code=BD].unit", equals: "Tage" },
      noErrors,
    ],
  };
}

function percentTarget(): LayoutWorkbook {
  const pct = (x: number) => ({ value: x, numFmt: "0.0%" });
  const sheet: SheetSpec = {
    name: "Qualität",
    rows: [
      ["Kennzahl", "Monat", "Ist", "Ziel", "Einheit"],
      ...months2024.map((m, i) => ["Gültige Eingliederungsvereinbarungen / Kooperationspläne", mmYYYY(m), pct([0.71, 0.73, 0.74, 0.76, 0.77, 0.74][i]), { value: 0.8, numFmt: "0%" }, "%"] as CellInput[]),
      ...months2024.map((m, i) => ["Absolventenmanagement", mmYYYY(m), pct([0.82, 0.84, 0.85, 0.86, 0.88, 0.91][i]), { value: 0.85, numFmt: "0%" }, "%"] as CellInput[]),
    ],
  };
  return {
    file: "prozentziele-als-bruch.xlsx",
    family: FAMILY,
    description: "Ist und Ziel als Excel-Prozent (0,8 formatiert „80 %“) bei Eingliederungsvereinbarungen und Absolventenmanagement: das Ziel bleibt 80 %, nicht „0,8 AT“",
    args: [],
    sheets: [grunddaten(63), sheet],
    expect: [
      { exitCode: 0 },
      { path: "indicators[code=EINV].actual", value: 74, tolerance: TOLERANCE.quota },
      { path: "indicators[code=EINV].target", value: 80, tolerance: TOLERANCE.quota },
      { path: "indicators[code=EINV].unit", equals: "%" },
      { path: "indicators[code=EINV].status", equals: "off-track" },
      { path: "indicators[code=ABSM].actual", value: 91, tolerance: TOLERANCE.quota },
      { path: "indicators[code=ABSM].target", value: 85, tolerance: TOLERANCE.quota },
      { path: "indicators[code=ABSM].status", equals: "on-track" },
      noErrors,
    ],
  };
}

/** Pre-2019 wording ("Langzeitleistungsbezieher") and "der Frauen/der Männer" in the target and Grunddaten labels. */
function oldWording(): LayoutWorkbook {
  const data = makeJobcenter(64, "2023-01", M);
  const t = targetsFor(data, M);
  const gd = grunddatenWide("Grunddaten", data, data.months);
  gd.rows[10][0] = "Langzeitleistungsbezieher";
  const ziele: SheetSpec = {
    name: "Ziele",
    rows: [
      ["Zielwerte 2024"],
      ["Kennzahl", "Zielwert"],
      ["Integrationsquote der Frauen", t.K2_F],
      ["Integrationsquote der Männer", t.K2_M],
      ["Bestand an Langzeitleistungsbeziehern", t.LZB],
    ],
  };
  return {
    file: "alte-bezeichnungen.xlsx",
    family: FAMILY,
    description: "Bezeichnungen vor 2019 („Langzeitleistungsbezieher“, „Bestand an Langzeitleistungsbeziehern“) und „Integrationsquote der Frauen“",
    args: [],
    sheets: [gd, ziele],
    expect: [
      { exitCode: 0 },
      { path: "indicators[code=K2_F].actual", value: integrationRateYtd(data.series.int_f, data.series.elb_f, M)!, tolerance: TOLERANCE.quota },
      { path: "indicators[code=K2_F].annualTarget", value: t.K2_F, tolerance: TOLERANCE.quota },
      { path: "indicators[code=K2_M].annualTarget", value: t.K2_M, tolerance: TOLERANCE.quota },
      { path: "indicators[code=LZB].actual", value: ytdAverage(data.series.lzb, M)!, tolerance: TOLERANCE.persons },
      { path: "indicators[code=LZB].annualTarget", value: t.LZB, tolerance: TOLERANCE.persons },
      noErrors,
    ],
  };
}

export function labelUnitLayouts(): LayoutWorkbook[] {
  return [u25AndUe25(), calendarDays(), percentTarget(), oldWording()];
}
