/**
 * Case lists (Falllisten) of Leistungsanträge: one sheet per month, exports with a title block and a footer, dates as
 * text, open cases. Bearbeitungsdauer = mean Arbeitstage (Niedersachsen) of the cases decided in the Berichtsmonat
 * (domain.md §3: "Bearbeitungsdauer Leistungsanträge … Arbeitstage (Ø)"; which cases and how days count: see
 * formulas.workingDaysNI, read from the sample's JSON). Default target 14 Arbeitstage (domain.md §3, Sollvorgabe).
 */
import { MONTH_NAMES, makeJobcenter, seededRandom } from "./data";
import { utcDate, workingDaysNI, type MonthKey } from "./formulas";
import { TOLERANCE, type CellInput, type LayoutWorkbook, type SheetSpec } from "./model";
import { grunddatenWide } from "./sheets";
import { noErrors } from "./standard";

const FAMILY = "Falllisten";

interface Case {
  id: string;
  kind: "Neuantrag" | "Weiterbewilligung";
  received: Date;
  decided: Date | null;
}

/** Cases received in the given months; 8 % still open; durations 1–25 calendar days. */
function cases(seed: number, months: MonthKey[], perMonth: number): Case[] {
  const rnd = seededRandom(seed);
  const out: Case[] = [];
  for (const m of months) {
    const [y, mo] = m.split("-").map(Number);
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    for (let i = 0; i < perMonth; i++) {
      const received = utcDate(y, mo, 1 + Math.floor(rnd() * days));
      const kind = rnd() < 0.15 ? "Neuantrag" : "Weiterbewilligung";
      const length = kind === "Neuantrag" ? 5 + Math.floor(rnd() * 21) : 1 + Math.floor(rnd() * 12);
      const decided = rnd() < 0.08 ? null : new Date(received.getTime() + length * 86_400_000);
      out.push({ id: `LA-${String(y).slice(2)}-${String(out.length + 1).padStart(5, "0")}`, kind, received, decided });
    }
  }
  return out;
}

function meanWorkingDaysDecidedIn(list: Case[], m: MonthKey): number {
  const decided = list.filter((c) => c.decided && c.decided.toISOString().slice(0, 7) === m);
  return decided.reduce((s, c) => s + workingDaysNI(c.received, c.decided!), 0) / decided.length;
}

const receivedIn = (list: Case[], m: MonthKey) => list.filter((c) => c.received.toISOString().slice(0, 7) === m);
const germanDate = (d: Date) => `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;

function grunddaten(seed: number, last: MonthKey): SheetSpec {
  const data = makeJobcenter(seed, "2023-01", last);
  return grunddatenWide("Grunddaten", data, data.months);
}

/** "Anträge April 2024", "Anträge Mai 2024", "Anträge Juni 2024": cases filed by Eingang month. */
function perMonthSheets(): LayoutWorkbook {
  const m = "2024-06";
  const months = ["2024-04", "2024-05", "2024-06"];
  const list = cases(81, months, 120);
  const sheets = months.map((mm): SheetSpec => ({
    name: `Anträge ${MONTH_NAMES[Number(mm.slice(5)) - 1]} 2024`,
    rows: [["Aktenzeichen", "Antragsart", "Antragseingang", "Bescheid"], ...receivedIn(list, mm).map((c) => [c.id, c.kind, c.received, c.decided] as CellInput[])],
  }));
  return {
    file: "faelle-monatsblaetter.xlsx",
    family: FAMILY,
    description: "Fallliste je Monat auf eigenem Blatt („Anträge Mai 2024“, „Anträge Juni 2024“): die im Juni entschiedenen Fälle stehen in drei Blättern",
    args: ["--month", m],
    sheets: [grunddaten(81, m), ...sheets],
    expect: [
      { exitCode: 0 },
      { path: "indicators[code=BD].actual", value: meanWorkingDaysDecidedIn(list, m), tolerance: TOLERANCE.quota },
      { path: "indicators[code=BD].norm.value", value: 14, tolerance: TOLERANCE.quota },
      { path: "indicators[code=BD].unit", equals: "Arbeitstage" },
      noErrors,
    ],
  };
}

/** Export with title block, dates as text "03.06.2024", open cases marked "offen", a footer with the record count. */
function exportWithTitleAndFooter(): LayoutWorkbook {
  const m = "2024-05";
  const list = cases(82, ["2024-03", "2024-04", "2024-05"], 150);
  const rows: CellInput[][] = [
    ["Auswertung Leistungsanträge – Export aus dem Fachverfahren"],
    ["Zeitraum: 01.03.2024 – 31.05.2024", null, null, null, "Erstellt: 03.06.2024"],
    [],
    ["Lfd. Nr.", "Aktenzeichen", "Art des Antrags", "Eingangsdatum", "Bescheiddatum"],
    ...list.map((c, i) => [i + 1, c.id, c.kind, germanDate(c.received), c.decided ? germanDate(c.decided) : "offen"] as CellInput[]),
    [],
    [`Anzahl Datensätze: ${list.length}`],
    ["Ende der Liste"],
  ];
  return {
    file: "faelle-export-titel-fusszeile.xlsx",
    family: FAMILY,
    description: "Fallexport mit Titelblock, laufender Nummer, Datum als Text „03.06.2024“, „offen“ für fehlenden Bescheid und Fußzeilen „Anzahl Datensätze“",
    args: ["--month", m],
    sheets: [grunddaten(82, m), { name: "Export Anträge", rows }],
    expect: [
      { exitCode: 0 },
      { path: "indicators[code=BD].actual", value: meanWorkingDaysDecidedIn(list, m), tolerance: TOLERANCE.quota },
      { path: "indicators[code=BD].norm.value", value: 14, tolerance: TOLERANCE.quota },
      { message: { text: ["Anzahl Datensätze"], levels: ["error", "warning"] }, present: false, why: "die Fußzeile ist kein Fall" },
      noErrors,
    ],
  };
}

/** An Excel table (ListObject) of cases with the Bescheid in a column headed "Erledigung" and an extra Sachbearbeitung column. */
function excelTableCases(): LayoutWorkbook {
  const m = "2024-09";
  const list = cases(83, ["2024-08", "2024-09"], 160);
  const rows: CellInput[][] = [
    ["Leistungsanträge 3. Quartal"],
    [],
    ["Team", "Antragsnummer", "Eingang", "Erledigung", "Antragsart"],
    ...list.map((c, i) => [`Team ${1 + (i % 4)}`, c.id, c.received, c.decided, c.kind] as CellInput[]),
  ];
  return {
    file: "faelle-excel-tabelle.xlsx",
    family: FAMILY,
    description: "Fallliste als Excel-Tabelle (Als Tabelle formatiert) mit den Spalten Team | Antragsnummer | Eingang | Erledigung | Antragsart",
    args: ["--month", m],
    sheets: [grunddaten(83, m), { name: "Anträge Q3", rows, table: { name: "Antraege", headerRow: 3 } }],
    expect: [
      { exitCode: 0 },
      { path: "indicators[code=BD].actual", value: meanWorkingDaysDecidedIn(list, m), tolerance: TOLERANCE.quota },
      noErrors,
    ],
  };
}

/**
 * A case list next to a quality sheet that reports the share of Anträge decided within 14 Arbeitstage as a percent
 * (Ist 83 %, Ziel 80 %): that share is its own percent indicator; the Bearbeitungsdauer stays in Arbeitstage with its
 * Sollvorgabe of 14 (the issue: "a percent target is shown as 0,8 AT").
 */
function shareWithinFourteenDays(): LayoutWorkbook {
  const m = "2024-06";
  const list = cases(84, ["2024-05", "2024-06"], 140);
  const pct = (x: number) => ({ value: x, numFmt: "0%" });
  const share: SheetSpec = {
    name: "Qualität",
    rows: [
      // A local indicator (domain.md §3 "Anteil Anträge ≤ N Arbeitstage", % ↑) with the "Richtung" column the product asks for.
      ["Kennzahl", "Monat", "Ist", "Ziel", "Einheit", "Richtung"],
      ["Anteil Leistungsanträge bearbeitet innerhalb von 14 Arbeitstagen", "05/2024", pct(0.81), pct(0.8), "%", "höher"],
      ["Anteil Leistungsanträge bearbeitet innerhalb von 14 Arbeitstagen", "06/2024", pct(0.83), pct(0.8), "%", "höher"],
    ],
  };
  return {
    file: "faelle-und-anteil-14-tage.xlsx",
    family: FAMILY,
    description: "Fallliste plus Qualitätszeile „Anteil … innerhalb von 14 Arbeitstagen“ (Ist 83 %, Ziel 80 %): eigene Prozent-Kennzahl, die Bearbeitungsdauer behält 14 Arbeitstage",
    args: ["--month", m],
    sheets: [
      grunddaten(84, m),
      { name: "Fälle", rows: [["Aktenzeichen", "Antragsart", "Antragseingang", "Bescheid"], ...list.map((c) => [c.id, c.kind, c.received, c.decided] as CellInput[])] },
      share,
    ],
    expect: [
      { exitCode: 0 },
      { path: "indicators[code=BD].actual", value: meanWorkingDaysDecidedIn(list, m), tolerance: TOLERANCE.quota },
      { path: "indicators[code=BD].norm.value", value: 14, tolerance: TOLERANCE.quota, why: "nicht 0,8" },
      { path: "indicators[code=BD].unit", equals: "Arbeitstage" },
      { path: "indicators[name~innerhalb von 14].actual", value: 83, tolerance: TOLERANCE.quota },
      { path: "indicators[name~innerhalb von 14].target", value: 80, tolerance: TOLERANCE.quota },
      { path: "indicators[name~innerhalb von 14].unit", equals: "%" },
      noErrors,
    ],
  };
}

export function caseListLayouts(): LayoutWorkbook[] {
  return [perMonthSheets(), exportWithTitleAndFooter(), excelTableCases(), shareWithinFourteenDays()];
}
