/**
 * Held-out budget and case-list layouts. Budget (domain.md §4.4): plan and Ist per month as columns, Mittelbindung
 * beside Ausgabereste, amounts in Tausend Euro, SAP-style trailing minus ("1.250,00-"). Case lists (domain.md §3,
 * Bearbeitungsdauer in Arbeitstagen, convention of formulas.workingDaysNI): one sheet per team with "Datum Eingang" /
 * "Datum Erledigung" as German text dates, Widersprüche with the Ergebnis spelled out (Stattgabequote = stattgegeben +
 * teilweise ÷ erledigt, domain.md §3 and T5), dates with a time of day.
 */
import { germanNumber, makeJobcenter, seededRandom } from "./data";
import { budgetMeasures, monthsBetween, roundTo, utcDate, workingDaysNI, type MonthKey } from "./formulas";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { cellAddress, grunddatenWide } from "./sheets";
import { noErrors } from "./standard";

const FAMILY = "Holdout Budget und Falllisten";

const grunddaten = (seed: number, last: MonthKey): SheetSpec => {
  const data = makeJobcenter(seed, "2023-01", last);
  return grunddatenWide("Grunddaten", data, data.months);
};

interface Line {
  category: string;
  instrument: string;
  position: string;
  plan: number;
  ist: number;
  bindung: number;
}

/** EGT 2024 instruments of domain.md §4.3 (FbW still with the Jobcenter in 2024) with a plan in whole euros. */
const INSTRUMENTS_2024: Array<[string, string, string, number]> = [
  ["Aktivierung und berufliche Eingliederung", "Vermittlungsbudget (§ 44 SGB III)", "685 11-101", 240_000],
  ["Aktivierung und berufliche Eingliederung", "Maßnahmen zur Aktivierung und beruflichen Eingliederung (§ 45 SGB III)", "685 11-102", 1_420_000],
  ["Berufliche Weiterbildung", "Förderung der beruflichen Weiterbildung (FbW)", "685 11-301", 1_380_000],
  ["Aufnahme einer Erwerbstätigkeit", "Eingliederungszuschuss (EGZ)", "685 11-401", 760_000],
  ["Aufnahme einer Erwerbstätigkeit", "Leistungen zur Eingliederung von Selbständigen (§ 16c SGB II)", "685 11-403", 40_000],
  ["Beschäftigung schaffende Maßnahmen", "Arbeitsgelegenheiten (§ 16d SGB II)", "685 11-501", 390_000],
  ["Beschäftigung schaffende Maßnahmen", "Teilhabe am Arbeitsmarkt (§ 16i SGB II)", "685 11-503", 1_510_000],
  ["Freie Förderung", "Freie Förderung (§ 16f SGB II)", "685 11-601", 480_000],
];

function lines(seed: number, share: number): Line[] {
  const rnd = seededRandom(seed);
  return INSTRUMENTS_2024.map(([category, instrument, position, plan]) => ({
    category, instrument, position, plan,
    ist: roundTo(plan * (share + 0.15 * rnd()), 2),
    bindung: roundTo(plan * (0.05 + 0.1 * rnd()), 2),
  }));
}

const sumOf = (ls: Line[], f: (l: Line) => number) => roundTo(ls.reduce((a, l) => a + f(l), 0), 2);

/** Per line and in total: plan, Ist, Bindung and verfügbar (§4.4: plan − (Ist + Bindung)). */
function budgetExpected(ls: Line[], monthsElapsed: number, opts: { committed?: boolean } = {}): Expectation[] {
  const out: Expectation[] = [{ path: "budget.lines.length", value: ls.length, tolerance: 0 }];
  const withBinding = opts.committed !== false;
  for (const l of ls) {
    const p = `budget.lines[instrument=${l.instrument}]`;
    out.push({ path: `${p}.plan`, value: l.plan, tolerance: TOLERANCE.money }, { path: `${p}.actual`, value: l.ist, tolerance: TOLERANCE.money });
    if (withBinding) {
      out.push({ path: `${p}.committed`, value: l.bindung, tolerance: TOLERANCE.money });
      out.push({ path: `${p}.available`, value: budgetMeasures(l.plan, l.ist, l.bindung, monthsElapsed).available, tolerance: TOLERANCE.money });
    }
  }
  out.push({ path: "budget.total.plan", value: sumOf(ls, (l) => l.plan), tolerance: TOLERANCE.money });
  out.push({ path: "budget.total.actual", value: sumOf(ls, (l) => l.ist), tolerance: TOLERANCE.money });
  if (withBinding) {
    const t = budgetMeasures(sumOf(ls, (l) => l.plan), sumOf(ls, (l) => l.ist), sumOf(ls, (l) => l.bindung), monthsElapsed);
    out.push({ path: "budget.total.committed", value: sumOf(ls, (l) => l.bindung), tolerance: TOLERANCE.money });
    out.push({ path: "budget.total.available", value: t.available, tolerance: TOLERANCE.money });
  }
  return out;
}

/**
 * Instruments as rows, one band per month ("Januar" … "Dezember") over "Plan | Ist": the controller's own phasing.
 * Expected: the annual plan is the sum of the twelve monthly plans, the Ist the sum of Januar–Juni; July–December Ist
 * blank. No Bindung column, so no Bindung is asserted.
 */
function planAndIstPerMonth(): LayoutWorkbook {
  const m = "2024-06";
  const rnd = seededRandom(231);
  const months = monthsBetween("2024-01", "2024-12");
  const names = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
  const band: CellInput[] = ["Kategorie", "Instrument"];
  const sub: CellInput[] = [null, null];
  const merges = ["A3:A4", "B3:B4"];
  months.forEach((_, i) => {
    band.push(names[i], null);
    sub.push("Plan", "Ist");
    merges.push(`${cellAddress(2, 2 + 2 * i)}:${cellAddress(2, 3 + 2 * i)}`);
  });
  const ls: Line[] = [];
  const body: CellInput[][] = [];
  for (const [category, instrument, position, annual] of INSTRUMENTS_2024) {
    const plans = months.map(() => Math.round((annual / 12) * (0.8 + 0.4 * rnd())));
    const ists = months.map((mm, i) => (mm <= m ? roundTo(plans[i] * (0.7 + 0.5 * rnd()), 2) : null));
    const row: CellInput[] = [category, instrument];
    months.forEach((_, i) => row.push(plans[i], ists[i]));
    body.push(row);
    ls.push({ category, instrument, position, plan: plans.reduce((a, b) => a + b, 0), ist: roundTo(ists.reduce<number>((a, b) => a + (b ?? 0), 0), 2), bindung: 0 });
  }
  return {
    file: "ho-egt-plan-ist-je-monat.xlsx",
    family: FAMILY,
    description: "EGT-Blatt mit Instrumenten als Zeilen und je Monat einem Band („Januar“ … „Dezember“) über „Plan / Ist“: Jahresplan = Summe der Monatspläne, Ist = Januar–Juni",
    args: ["--month", m],
    sheets: [grunddaten(231, m), { name: "Mittelabfluss 2024", rows: [["Mittelabflussplanung EGT 2024"], [], band, sub, ...body], merges }],
    expect: [{ exitCode: 0 }, ...budgetExpected(ls, 6, { committed: false }), noErrors],
  };
}

/**
 * Soll 2024 | Ausgabereste 2023 | Ist-Ausgaben | Mittelbindung | Verfügbar. Per-Jobcenter carry-over is not a rule in
 * SGB II (domain.md §4.1: "Übertrag Vorjahr" only as a manual line), and the sheet's own Verfügbar is Soll − Ist −
 * Mittelbindung: the plan is the Soll, the Ausgabereste do not add to it, Mittelbindung is the Bindung.
 */
function bindingAndCarryOver(): LayoutWorkbook {
  const m = "2024-09";
  const ls = lines(232, 0.55);
  const rnd = seededRandom(2320);
  const rows: CellInput[][] = [
    ["Eingliederungstitel 2024 – Stand 30.09.2024"],
    [],
    ["Kategorie", "Instrument", "Soll 2024", "Ausgabereste 2023", "Ist-Ausgaben", "Mittelbindung", "Verfügbar"],
    ...ls.map((l) => [l.category, l.instrument, l.plan, Math.round(l.plan * 0.02 * rnd()), l.ist, l.bindung, roundTo(l.plan - l.ist - l.bindung, 2)] as CellInput[]),
  ];
  return {
    file: "ho-egt-mittelbindung-ausgabereste.xlsx",
    family: FAMILY,
    description: "EGT-Blatt Soll 2024 / Ausgabereste 2023 / Ist-Ausgaben / Mittelbindung / Verfügbar: Planbasis ist das Soll, Mittelbindung die Bindung, die Ausgabereste zählen nicht zum Plan",
    args: ["--month", m],
    sheets: [grunddaten(232, m), { name: "EGT 2024", rows }],
    expect: [{ exitCode: 0 }, ...budgetExpected(ls, 9), noErrors],
  };
}

/** The sample's EGT layout, but amounts in Tausend Euro with one decimal ("Plan 2024 (T€)", title "Beträge in Tsd. €"). */
function thousandEuro(): LayoutWorkbook {
  const m = "2024-06";
  const ls = lines(233, 0.35).map((l) => ({ ...l, ist: roundTo(l.ist, -2), bindung: roundTo(l.bindung, -2) }));
  const k = (x: number) => roundTo(x / 1000, 1);
  const rows: CellInput[][] = [
    ["Eingliederungstitel 2024 – Beträge in Tsd. €"],
    [],
    ["Kategorie", "Instrument", "Plan 2024 (T€)", "Ist Jan–Jun (T€)", "Bindung (T€)"],
    ...ls.map((l) => [l.category, l.instrument, { value: k(l.plan), numFmt: "#,##0.0" }, { value: k(l.ist), numFmt: "#,##0.0" }, { value: k(l.bindung), numFmt: "#,##0.0" }] as CellInput[]),
  ];
  return {
    file: "ho-egt-tausend-euro.xlsx",
    family: FAMILY,
    description: "EGT-Blatt im Standardaufbau, aber Beträge in Tausend Euro („Plan 2024 (T€)“, Titel „Beträge in Tsd. €“): im Bericht in Euro (1.420,0 T€ = 1.420.000 €)",
    args: ["--month", m],
    sheets: [grunddaten(233, m), { name: "EGT 2024", rows }],
    expect: [{ exitCode: 0 }, ...budgetExpected(ls, 6), noErrors],
  };
}

/** SAP-style negative amounts with a trailing minus: "1.250,00-" (repayments of § 16c loans exceed payments; EGZ overdrawn). */
function trailingMinus(): LayoutWorkbook {
  const m = "2024-10";
  const ls = lines(234, 0.6);
  const selbst = ls.find((l) => l.instrument.includes("§ 16c"))!;
  selbst.ist = -1250;
  const egz = ls.find((l) => l.instrument.includes("EGZ"))!;
  egz.ist = 730_000;
  egz.bindung = 60_000;
  const sap = (x: number) => (x < 0 ? `${germanNumber(-x, 2)}-` : germanNumber(x, 2));
  const rows: CellInput[][] = [
    ["Haushaltsüberwachung EGT 2024 – Buchungsstand 31.10.2024"],
    ["Finanzposition", "Bezeichnung", "Verfügungsrahmen", "Ist", "Festlegungen", "Verfügbar"],
    ...ls.map((l) => [l.position, l.instrument, sap(l.plan), sap(l.ist), sap(l.bindung), sap(roundTo(l.plan - l.ist - l.bindung, 2))] as CellInput[]),
  ];
  return {
    file: "ho-egt-sap-minus-hinten.xlsx",
    family: FAMILY,
    description: "Finanzsystem-Export mit nachgestelltem Minus wie in SAP („1.250,00-“): Rückflüsse § 16c übersteigen die Auszahlungen, EGZ überzogen (Verfügbar „30.000,00-“)",
    args: ["--month", m],
    sheets: [grunddaten(234, m), { name: "HÜL Oktober", rows }],
    expect: [
      { exitCode: 0 },
      ...budgetExpected(ls, 10),
      { path: `budget.lines[instrument=${egz.instrument}].available`, value: -30_000, tolerance: TOLERANCE.money, why: "überzogen" },
      noErrors,
    ],
  };
}

interface Case {
  id: string;
  received: Date;
  decided: Date | null;
  outcome?: string;
}

function cases(seed: number, months: MonthKey[], perMonth: number, maxDays: number): Case[] {
  const rnd = seededRandom(seed);
  const out: Case[] = [];
  for (const m of months) {
    const [y, mo] = m.split("-").map(Number);
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    for (let i = 0; i < perMonth; i++) {
      const received = utcDate(y, mo, 1 + Math.floor(rnd() * days));
      const length = 1 + Math.floor(rnd() * maxDays);
      const decided = rnd() < 0.1 ? null : new Date(received.getTime() + length * 86_400_000);
      out.push({ id: `${String(y).slice(2)}-${String(out.length + 1).padStart(5, "0")}`, received, decided });
    }
  }
  return out;
}

const decidedIn = (list: Case[], m: MonthKey) => list.filter((c) => c.decided && c.decided.toISOString().slice(0, 7) === m);
const meanWorkingDays = (list: Case[], m: MonthKey) => {
  const d = decidedIn(list, m);
  return d.reduce((s, c) => s + workingDaysNI(c.received, c.decided!), 0) / d.length;
};
const germanDate = (d: Date) => `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;

/** One sheet per Leistungsteam, "Datum Eingang" / "Datum Erledigung" as text "03.05.2024": all teams together make the Bearbeitungsdauer. */
function casesPerTeam(): LayoutWorkbook {
  const m = "2024-06";
  const months = ["2024-04", "2024-05", "2024-06"];
  const teams = [1, 2, 3].map((t) => ({ name: `Team ${t} Leistung`, list: cases(240 + t, months, 60 + 20 * t, 16) }));
  const all = teams.flatMap((t) => t.list);
  const sheets = teams.map(({ name, list }): SheetSpec => ({
    name,
    rows: [["Lfd. Nr.", "Aktenzeichen", "Datum Eingang", "Datum Erledigung"], ...list.map((c, i) => [i + 1, `BG ${c.id}`, germanDate(c.received), c.decided ? germanDate(c.decided) : null] as CellInput[])],
  }));
  return {
    file: "ho-faelle-je-team.xlsx",
    family: FAMILY,
    description: "Fallliste je Team auf eigenem Blatt („Team 1 Leistung“ … „Team 3 Leistung“), Spalten „Datum Eingang“ / „Datum Erledigung“ als Text „03.05.2024“: alle Teams zusammen ergeben die Bearbeitungsdauer",
    args: ["--month", m],
    sheets: [grunddaten(240, m), ...sheets],
    expect: [
      { exitCode: 0 },
      { path: "indicators[code=BD].actual", value: meanWorkingDays(all, m), tolerance: TOLERANCE.quota, why: "über alle drei Teamblätter" },
      { path: "indicators[code=BD].unit", equals: "Arbeitstage" },
      noErrors,
    ],
  };
}

const OUTCOMES = ["stattgegeben", "teilweise stattgegeben", "zurückgewiesen", "zurückgewiesen", "zurückgewiesen", "zurückgenommen"];

/**
 * Widersprüche with the Ergebnis spelled out ("stattgegeben", "teilweise stattgegeben", "zurückgewiesen",
 * "zurückgenommen"); open ones have no Erledigung and no Ergebnis. Expected for the Widersprüche decided in June:
 * the counts per outcome, Stattgabequote (stattgegeben + teilweise) ÷ erledigt and Zurückweisungsquote (domain.md §3, T5).
 */
function objectionsWithOutcome(): LayoutWorkbook {
  const m = "2024-06";
  const rnd = seededRandom(245);
  const list = cases(245, ["2024-03", "2024-04", "2024-05", "2024-06"], 45, 80).map((c) => ({ ...c, outcome: c.decided ? OUTCOMES[Math.floor(rnd() * OUTCOMES.length)] : undefined }));
  const decided = decidedIn(list, m);
  const count = (o: string) => decided.filter((c) => c.outcome === o).length;
  const upheld = count("stattgegeben");
  const partly = count("teilweise stattgegeben");
  const rejected = count("zurückgewiesen");
  const rows: CellInput[][] = [
    ["Widerspruchsstelle – Eingänge und Erledigungen 2024"],
    [],
    ["Aktenzeichen", "Eingang Widerspruch", "Erledigt am", "Ergebnis"],
    ...list.map((c) => [`W ${c.id}`, c.received, c.decided, c.outcome ?? null] as CellInput[]),
  ];
  return {
    file: "ho-widersprueche-ergebnis-ausgeschrieben.xlsx",
    family: FAMILY,
    description: "Widerspruchsliste mit ausgeschriebenem Ergebnis („stattgegeben“, „teilweise stattgegeben“, „zurückgewiesen“, „zurückgenommen“): Stattgabe- und Zurückweisungsquote der im Juni erledigten",
    args: ["--month", m],
    sheets: [grunddaten(245, m), { name: "Widersprüche", rows }],
    expect: [
      { exitCode: 0 },
      { path: "processing[kind=widersprueche].overall.count", value: decided.length, tolerance: 0 },
      { path: "processing[kind=widersprueche].outcomes.upheld", value: upheld, tolerance: 0 },
      { path: "processing[kind=widersprueche].outcomes.partly", value: partly, tolerance: 0 },
      { path: "processing[kind=widersprueche].outcomes.rejected", value: rejected, tolerance: 0 },
      { path: "processing[kind=widersprueche].outcomes.upholdRatePct", value: (100 * (upheld + partly)) / decided.length, tolerance: TOLERANCE.quota },
      { path: "processing[kind=widersprueche].outcomes.rejectionRatePct", value: (100 * rejected) / decided.length, tolerance: TOLERANCE.quota },
      noErrors,
    ],
  };
}

/** Eingang and Bescheid with a time of day: Excel date-times and text "03.05.2024 14:32" from the Fachverfahren. */
function datesWithTime(): LayoutWorkbook {
  const m = "2024-05";
  const list = cases(246, ["2024-04", "2024-05"], 150, 14);
  const rnd = seededRandom(2460);
  const withTime = (d: Date) => new Date(d.getTime() + (7 + Math.floor(rnd() * 10)) * 3_600_000 + Math.floor(rnd() * 60) * 60_000);
  const text = (d: Date) => `${germanDate(d)} ${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
  const rows: CellInput[][] = [
    ["Aktenzeichen", "Antragsart", "Eingang", "Bescheid"],
    ...list.map((c, i) => [
      `LA ${c.id}`,
      "Weiterbewilligung",
      i % 2 === 0 ? { value: withTime(c.received), numFmt: "dd.mm.yyyy hh:mm" } : text(withTime(c.received)),
      c.decided ? (i % 2 === 0 ? { value: withTime(c.decided), numFmt: "dd.mm.yyyy hh:mm" } : text(withTime(c.decided))) : null,
    ] as CellInput[]),
  ];
  return {
    file: "ho-faelle-datum-mit-uhrzeit.xlsx",
    family: FAMILY,
    description: "Fallliste mit Uhrzeit an Eingang und Bescheid (Excel-Datum „dd.mm.yyyy hh:mm“ und Text „03.05.2024 14:32“): gezählt werden Arbeitstage, die Uhrzeit ändert nichts",
    args: ["--month", m],
    sheets: [grunddaten(246, m), { name: "Anträge", rows }],
    expect: [
      { exitCode: 0 },
      { path: "indicators[code=BD].actual", value: meanWorkingDays(list, m), tolerance: TOLERANCE.quota },
      noErrors,
    ],
  };
}

export function holdoutBudgetFaelleLayouts(): LayoutWorkbook[] {
  return [planAndIstPerMonth(), bindingAndCarryOver(), thousandEuro(), trailingMinus(), casesPerTeam(), objectionsWithOutcome(), datesWithTime()];
}
