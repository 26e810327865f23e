/**
 * Held-out target and quality layouts: Zielwerte given as a change against the previous year (domain.md §2.3: "target
 * often communicated as +x % ggü. Vorjahr", LZB "Sinken um 1,0 Prozent"), a Zielerreichung sheet whose Soll is already
 * phased per month, KZI item grades beside the delivered index (domain.md §3: import the index as delivered), quality
 * indicators with the months as columns, and the Widerspruchsquote given as its counts (domain.md §3: eingelegte
 * Widersprüche ÷ versandte Leistungsbescheide · 100).
 */
import { MONTH_NAMES, germanNumber, makeJobcenter, monthDate, seededRandom } from "./data";
import { integrationRateYtd, linearTarget, monthsBetween, roundTo, ytdAverage, type MonthKey } from "./formulas";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { cellAddress, grunddatenWide } from "./sheets";
import { noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected } from "./standard";

const FAMILY = "Holdout Ziele und Qualität";
const M: MonthKey = "2024-06";

const QUOTAS = [["K2", "int", "elb"], ["K2_F", "int_f", "elb_f"], ["K2_M", "int_m", "elb_m"]] as const;

/** "+2,0 % ggü. Vorjahr" as a controller types it (German decimal comma, sign always written). */
const changeText = (pct: number) => `${pct >= 0 ? "+" : "−"}${germanNumber(Math.abs(pct), 1)} % ggü. Vorjahr`;

const RELATIVE_TARGETS = { K2: 2.0, K2_F: 3.0, K2_M: 1.5, LZB: -1.0 } as const;

function relativeTargetSheet(): SheetSpec {
  return {
    name: "Ziele 2024",
    rows: [
      ["Zielvereinbarung 2024 – Zielwerte als Veränderung gegenüber dem Vorjahresergebnis"],
      [],
      ["Ziel", "Kennzahl", "Zielwert 2024"],
      ["Verbesserung der Integration in Erwerbstätigkeit", "Integrationsquote", changeText(RELATIVE_TARGETS.K2)],
      ["Verbesserung der Integration in Erwerbstätigkeit", "Integrationsquote Frauen", changeText(RELATIVE_TARGETS.K2_F)],
      ["Verbesserung der Integration in Erwerbstätigkeit", "Integrationsquote Männer", changeText(RELATIVE_TARGETS.K2_M)],
      ["Vermeidung von langfristigem Leistungsbezug", "Bestand Langzeitleistungsbeziehende", changeText(RELATIVE_TARGETS.LZB)],
    ],
  };
}

/**
 * Zielwerte "+2,0 % ggü. Vorjahr" with Grunddaten back to December 2022: the previous year's result is computable
 * (K2 2023 = JFW December 2023 = the annual quota, domain.md §1.2; LZB 2023 = JDW December 2023 = Jahresdurchschnitt),
 * so the annual Zielwert is that result · (1 + x/100); the Soll follows the README conventions (linear for the quotas,
 * the annual JDW target itself for LZB).
 */
function targetsAsChangeWithHistory(): LayoutWorkbook {
  const data = makeJobcenter(221, "2022-12", M);
  const expect: Expectation[] = [{ exitCode: 0 }, reportMonthExpected(M)];
  for (const [code, num, den] of QUOTAS) {
    const annual = integrationRateYtd(data.series[num], data.series[den], "2023-12")! * (1 + RELATIVE_TARGETS[code] / 100);
    expect.push(
      { path: `indicators[code=${code}].actual`, value: integrationRateYtd(data.series[num], data.series[den], M)!, tolerance: TOLERANCE.quota },
      // 0,05: the product may round the derived Zielwert to the one decimal a Zielwert is written with.
      { path: `indicators[code=${code}].annualTarget`, value: annual, tolerance: 0.05, why: "Vorjahresquote · (1 + x/100)" },
      { path: `indicators[code=${code}].target`, value: linearTarget(annual, M), tolerance: 0.05 },
    );
  }
  const lzbTarget = ytdAverage(data.series.lzb, "2023-12")! * (1 + RELATIVE_TARGETS.LZB / 100);
  expect.push(
    { path: "indicators[code=LZB].actual", value: ytdAverage(data.series.lzb, M)!, tolerance: TOLERANCE.persons },
    { path: "indicators[code=LZB].annualTarget", value: lzbTarget, tolerance: 0.5, why: "Jahresdurchschnitt 2023 · 0,99 (ganze Personen)" },
    noErrors,
  );
  return {
    file: "ho-ziele-prozent-ggue-vorjahr.xlsx",
    family: FAMILY,
    description: "Zielwerte als Text „+2,0 % ggü. Vorjahr“ bzw. „−1,0 % ggü. Vorjahr“ (LZB), Grunddaten reichen bis Dezember 2022 zurück: Zielwert = Vorjahresergebnis · (1 + x/100)",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), relativeTargetSheet()],
    expect,
  };
}

/**
 * The same Zielwerte with Grunddaten only from December 2023: the previous year's result cannot be computed. Expected:
 * no invented Zielwert (annualTarget null, never the "2,0" read as a quota) and a message naming the Ziele sheet that
 * says the Vorjahr is missing; the Ist is still computed.
 */
function targetsAsChangeWithoutHistory(): LayoutWorkbook {
  const data = makeJobcenter(222, "2023-12", M);
  return {
    file: "ho-ziele-prozent-ohne-vorjahr.xlsx",
    family: FAMILY,
    description: "Zielwerte „+2,0 % ggü. Vorjahr“, aber Grunddaten erst ab Dezember 2023: kein erfundener Zielwert, eine Meldung zum Zielblatt, die den fehlenden Vorjahreswert nennt",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), relativeTargetSheet()],
    expect: [
      reportMonthExpected(M),
      { path: "indicators[code=K2].actual", value: integrationRateYtd(data.series.int, data.series.elb, M)!, tolerance: TOLERANCE.quota },
      { path: "indicators[code=K2].annualTarget", equals: null, why: "„+2,0 %“ ist keine Quote von 2,0 %" },
      { path: "indicators[code=LZB].annualTarget", equals: null, why: "„−1,0 %“ ist kein Bestand" },
      { message: { sheets: ["Ziele 2024"], text: ["Vorjahr"] }, present: true, why: "sagt, warum der Zielwert fehlt" },
    ],
  };
}

/**
 * "Zielerreichung 2024": one band per month ("Januar 2024" …) over "Ist | Soll | Abweichung", the Soll already phased
 * by the controller (seasonal profile of the 2023 integrations, domain.md §2.4 option b; the JDW target for LZB).
 * Expected: the Ist and the Soll of the Berichtsmonat as stated – the controller's own phasing, not a linear path.
 */
function phasedSollSheet(): LayoutWorkbook {
  const data = makeJobcenter(223, "2022-12", M);
  const targets = targetsFor(data, M);
  const months = monthsBetween("2024-01", "2024-12");
  const share = (code: string, m: MonthKey) => {
    const sum = (to: MonthKey) => monthsBetween("2023-01", to).reduce((a, k) => a + (data.series[code][k] as number), 0);
    return sum(`2023-${m.slice(5)}`) / sum("2023-12");
  };
  const band: CellInput[] = ["Kennzahl", "Jahresziel 2024"];
  const sub: CellInput[] = [null, null];
  const merges = ["A3:A4", "B3:B4"];
  months.forEach((m, i) => {
    band.push(`${MONTH_NAMES[i]} 2024`, null, null);
    sub.push("Ist", "Soll", "Abweichung");
    merges.push(`${cellAddress(2, 2 + 3 * i)}:${cellAddress(2, 4 + 3 * i)}`);
  });
  const stated: Record<string, { ist: number; soll: number }> = {};
  const quotaRow = (label: string, code: "K2" | "K2_F" | "K2_M", num: string, den: string): CellInput[] => {
    const row: CellInput[] = [label, targets[code]];
    for (const m of months) {
      if (m > M) { row.push(null, null, null); continue; }
      const ist = roundTo(integrationRateYtd(data.series[num], data.series[den], m)!, 2);
      const soll = roundTo(targets[code] * share(num, m), 2);
      row.push(ist, soll, roundTo(ist - soll, 2));
      if (m === M) stated[code] = { ist, soll };
    }
    return row;
  };
  const lzbRow: CellInput[] = ["Bestand Langzeitleistungsbeziehende (JDW)", targets.LZB];
  for (const m of months) {
    if (m > M) { lzbRow.push(null, null, null); continue; }
    const ist = Math.round(ytdAverage(data.series.lzb, m)!);
    lzbRow.push(ist, targets.LZB, ist - targets.LZB);
    if (m === M) stated.LZB = { ist, soll: targets.LZB };
  }
  const rows: CellInput[][] = [
    ["Zielerreichung 2024 – Soll nach saisonalem Verlauf 2023"],
    [],
    band,
    sub,
    quotaRow("Integrationsquote (JFW)", "K2", "int", "elb"),
    quotaRow("Integrationsquote Frauen (JFW)", "K2_F", "int_f", "elb_f"),
    quotaRow("Integrationsquote Männer (JFW)", "K2_M", "int_m", "elb_m"),
    lzbRow,
  ];
  const expect: Expectation[] = [{ exitCode: 0 }, reportMonthExpected(M)];
  for (const code of ["K2", "K2_F", "K2_M", "LZB"] as const) {
    const tol = code === "LZB" ? 0.5 : 0.006;
    expect.push(
      { path: `indicators[code=${code}].actual`, value: stated[code].ist, tolerance: tol },
      { path: `indicators[code=${code}].target`, value: stated[code].soll, tolerance: tol, why: "das Soll des Blatts, nicht linear" },
      { path: `indicators[code=${code}].annualTarget`, value: targets[code], tolerance: TOLERANCE.quota },
    );
  }
  expect.push(noErrors);
  return {
    file: "ho-zielerreichung-soll-je-monat.xlsx",
    family: FAMILY,
    description: "Blatt „Zielerreichung“: je Monat ein Band („Juni 2024“) über „Ist / Soll / Abweichung“, das Soll schon saisonal phasiert; erwartet wird das Soll des Blatts",
    args: [],
    sheets: [{ name: "Zielerreichung", rows, merges }],
    expect,
  };
}

/**
 * KZI with the item grades of each survey wave and the index as delivered ("Gesamtindex (KZI)", not the mean of the
 * items: the weights are not published, domain.md §3). Berichtsmonat August 2024: the 1. Halbjahr 2024 is the latest
 * ended wave.
 */
function kziItemsAndIndex(): LayoutWorkbook {
  const data = makeJobcenter(224, "2023-01", "2024-08");
  const sheet: SheetSpec = {
    name: "Kundenbefragung",
    rows: [
      ["Kundenbefragung SGB II – Ergebnisse nach Befragungswelle (Schulnoten 1–6)"],
      [],
      ["Befragungswelle", "Erreichbarkeit", "Freundlichkeit", "Verständlichkeit", "Kompetenz", "Wartezeit", "Gesamtindex (KZI)", "Zielwert"],
      ["1. Halbjahr 2023", 2.0, 1.8, 2.3, 2.1, 2.9, 2.28, 2.2],
      ["2. Halbjahr 2023", 2.1, 1.7, 2.4, 2.2, 3.0, 2.31, 2.2],
      ["1. Halbjahr 2024", 1.9, 1.6, 2.4, 2.0, 2.8, 2.17, 2.2],
      [],
      ["Gesamtindex gewichtet nach Bedeutung der Items (Angabe des Befragungsinstituts)"],
    ],
  };
  return {
    file: "ho-kzi-items-gesamtindex.xlsx",
    family: FAMILY,
    description: "KZI mit Noten je Item (Erreichbarkeit, Freundlichkeit …) und gelieferter Spalte „Gesamtindex (KZI)“ je Befragungswelle als Zeile: der Index zählt, nicht der Mittelwert der Items",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), sheet],
    expect: [
      { exitCode: 0 },
      reportMonthExpected("2024-08"),
      { path: "indicators[code=KZI].actual", value: 2.17, tolerance: TOLERANCE.quota, why: "Index wie geliefert (Mittel der Items wäre 2,14)" },
      { path: "indicators[code=KZI].target", value: 2.2, tolerance: TOLERANCE.quota },
      { path: "indicators[code=KZI].status", equals: "on-track" },
      noErrors,
    ],
  };
}

/** Quality indicators as rows, the months of 2024 as date columns, a column "Ziel 2024"; July–December blank. */
function qualityMonthColumns(): LayoutWorkbook {
  const data = makeJobcenter(225, "2023-01", M);
  const months = monthsBetween("2024-01", "2024-12");
  const pct = (x: number) => ({ value: x, numFmt: "0.0%" });
  const wsq = [1.8, 1.7, 1.9, 1.6, 1.5, 1.4];
  const klq = [0.3, 0.2, 0.3, 0.2, 0.2, 0.3];
  const einv = [0.68, 0.7, 0.69, 0.71, 0.73, 0.72];
  const bd = [9.5, 10.1, 12.4, 11.0, 10.6, 11.2];
  const row = (label: string, unit: string, target: CellInput, values: CellInput[]): CellInput[] => [label, unit, target, ...months.map((_, i) => values[i] ?? null)];
  const sheet: SheetSpec = {
    name: "Qualität 2024",
    rows: [
      ["Qualitätskennzahlen 2024"],
      ["Kennzahl", "Einheit", "Ziel 2024", ...months.map(monthDate)],
      row("Widerspruchsquote", "%", 1.5, wsq),
      row("Klagequote", "%", 0.25, klq),
      row("Gültige Kooperationspläne", "%", pct(0.75), einv.map(pct)),
      row("Bearbeitungsdauer Leistungsanträge", "Arbeitstage", 14, bd),
    ],
  };
  return {
    file: "ho-qualitaet-monatsspalten.xlsx",
    family: FAMILY,
    description: "Qualitätskennzahlen als Zeilen (Widerspruchsquote, Klagequote, Kooperationspläne als Excel-Prozent, Bearbeitungsdauer), Monate 2024 als Datumsspalten, Spalte „Ziel 2024“",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), sheet],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(M),
      { path: "indicators[code=WSQ].actual", value: 1.4, tolerance: TOLERANCE.quota },
      { path: "indicators[code=WSQ].target", value: 1.5, tolerance: TOLERANCE.quota },
      { path: "indicators[code=WSQ].status", equals: "on-track" },
      { path: "indicators[code=KLQ].actual", value: 0.3, tolerance: TOLERANCE.quota },
      { path: "indicators[code=KLQ].target", value: 0.25, tolerance: TOLERANCE.quota },
      { path: "indicators[code=EINV].actual", value: 72, tolerance: TOLERANCE.quota },
      { path: "indicators[code=EINV].target", value: 75, tolerance: TOLERANCE.quota },
      { path: "indicators[code=EINV].status", equals: "off-track" },
      { path: "indicators[code=BD].actual", value: 11.2, tolerance: TOLERANCE.quota },
      { path: "indicators[code=BD].target", value: 14, tolerance: TOLERANCE.quota },
      { path: "indicators[code=BD].unit", equals: "Arbeitstage" },
      noErrors,
    ],
  };
}

/**
 * Rechtsbehelfe as counts per month: eingelegte Widersprüche, erhobene Klagen, versandte Leistungsbescheide. The quota
 * of the Berichtsmonat is Widersprüche (Klagen) ÷ Bescheide · 100 of that month (domain.md §3; a monthly value like
 * every reported quality indicator, README "Soll = Zielwert in every month"); the Ziel is in the last row.
 */
function objectionRateFromCounts(): LayoutWorkbook {
  const data = makeJobcenter(226, "2023-01", M);
  const rnd = seededRandom(226);
  const months = monthsBetween("2024-01", M);
  const counts = months.map(() => {
    const bescheide = 2300 + Math.floor(rnd() * 400);
    return { bescheide, widersprueche: Math.round(bescheide * (0.013 + 0.006 * rnd())), klagen: Math.round(bescheide * (0.002 + 0.002 * rnd())) };
  });
  const last = counts[counts.length - 1];
  const sheet: SheetSpec = {
    name: "Rechtsbehelfe",
    rows: [
      ["Rechtsbehelfsstatistik 2024"],
      ["Monat", "Eingelegte Widersprüche", "Erhobene Klagen", "Versandte Leistungsbescheide"],
      ...months.map((m, i) => [`${MONTH_NAMES[Number(m.slice(5)) - 1]} 2024`, counts[i].widersprueche, counts[i].klagen, counts[i].bescheide] as CellInput[]),
      [],
      ["Ziel: Widerspruchsquote höchstens 1,5 %, Klagequote höchstens 0,3 %"],
    ],
  };
  return {
    file: "ho-widerspruchsquote-aus-anzahlen.xlsx",
    family: FAMILY,
    description: "Rechtsbehelfe als Anzahlen je Monat (eingelegte Widersprüche, erhobene Klagen, versandte Leistungsbescheide): Widerspruchs- und Klagequote = Anzahl ÷ Bescheide · 100 im Berichtsmonat",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), sheet],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(M),
      { path: "indicators[code=WSQ].actual", value: (100 * last.widersprueche) / last.bescheide, tolerance: TOLERANCE.quota },
      { path: "indicators[code=KLQ].actual", value: (100 * last.klagen) / last.bescheide, tolerance: TOLERANCE.quota },
      { path: "indicators[code=WSQ].unit", equals: "%" },
      noErrors,
    ],
  };
}

/**
 * sgb2.info Kennzahlen of the own Jobcenter as a long list (one row per Kennzahl and month: Regionalschlüssel |
 * Jobcenter | Kennzahl | Berichtsmonat JJJJMM | Wert), no Grunddaten: the values are published Kennzahlen.
 */
function publishedLongList(): LayoutWorkbook {
  const values: Record<string, number[]> = {
    K1: [-1.9, -2.3, -2.1], K1E1: [2.4, 2.2, 2.6], K2: [22.4, 22.1, 21.9], K2_F: [18.3, 18.1, 17.8], K2_M: [26.0, 25.7, 25.6],
    K3: [-0.9, -1.2, -1.4], K3E1: [12.6, 12.4, 12.3], K3E2: [14.8, 15.1, 15.6],
  };
  const months = ["2024-04", "2024-05", "2024-06"];
  const rows: CellInput[][] = [["Kennzahlen nach § 48a SGB II – Download sgb2.info"], ["Regionalschlüssel", "Jobcenter", "Kennzahl", "Berichtsmonat", "Wert"]];
  for (const code of Object.keys(values)) months.forEach((m, i) => rows.push(["03353", "Jobcenter Landkreis Harburg", code, Number(m.replace("-", "")), values[code][i]]));
  rows.push([], ["Quelle: Statistik der Bundesagentur für Arbeit, www.sgb2.info"]);
  const expect: Expectation[] = [{ exitCode: 0 }, reportMonthExpected(M)];
  for (const code of Object.keys(values)) {
    expect.push({ path: `kennzahlen[code=${code}].value`, value: values[code][2], tolerance: TOLERANCE.quota }, { path: `kennzahlen[code=${code}].source`, equals: "published" });
  }
  expect.push(noErrors);
  return {
    file: "ho-sgb2info-langliste.xlsx",
    family: FAMILY,
    description: "sgb2.info-Kennzahlen des eigenen Jobcenters als lange Liste (Regionalschlüssel / Jobcenter / Kennzahl / Berichtsmonat JJJJMM / Wert), ohne Grunddaten",
    args: [],
    sheets: [{ name: "Kennzahlen", rows }],
    expect,
  };
}

/**
 * One Zielwerte table for several years: "Zielwert 2023 | Zielwert 2024 | Planung 2025" as columns. In June 2024 the
 * 2024 column counts, whatever stands left or right of it.
 */
function targetYearsAsColumns(): LayoutWorkbook {
  const data = makeJobcenter(227, "2022-12", M);
  const t = targetsFor(data, M);
  const old = { K2: t.K2 - 1.1, K2_F: t.K2_F - 0.9, K2_M: t.K2_M - 1.4, LZB: t.LZB + 120 };
  const next = { K2: t.K2 + 0.8, K2_F: t.K2_F + 0.6, K2_M: t.K2_M + 0.9, LZB: t.LZB - 90 };
  const row = (label: string, code: keyof typeof t, unit: string): CellInput[] => [label, unit, roundTo(old[code], 1), t[code], roundTo(next[code], 1)];
  const sheet: SheetSpec = {
    name: "Zielwerte",
    rows: [
      ["Zielvereinbarungen nach § 48b SGB II"],
      [],
      ["Kennzahl", "Einheit", "Zielwert 2023", "Zielwert 2024", "Planung 2025"],
      row("Integrationsquote", "K2", "%"),
      row("Integrationsquote Frauen", "K2_F", "%"),
      row("Integrationsquote Männer", "K2_M", "%"),
      row("Bestand Langzeitleistungsbeziehende", "LZB", "Personen"),
    ],
  };
  return {
    file: "ho-ziele-jahre-als-spalten.xlsx",
    family: FAMILY,
    description: "Eine Zieltabelle für mehrere Jahre: Spalten „Zielwert 2023 / Zielwert 2024 / Planung 2025“ – im Juni 2024 gilt die Spalte 2024",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), sheet],
    expect: [{ exitCode: 0 }, reportMonthExpected(M), ...zielindikatorenExpected(data, M, t), noErrors],
  };
}

export function holdoutZieleQualitaetLayouts(): LayoutWorkbook[] {
  return [targetYearsAsColumns(), targetsAsChangeWithHistory(), targetsAsChangeWithoutHistory(), phasedSollSheet(), kziItemsAndIndex(), qualityMonthColumns(), objectionRateFromCounts(), publishedLongList()];
}

