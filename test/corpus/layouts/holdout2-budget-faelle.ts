/**
 * Second held-out corpus, budget, case-list and published-table layouts. Budget (domain.md §4.4, verfügbar =
 * plan − (Ist + Bindung)): Soll and Ist per quarter band, Finanzposition and instrument name in one cell ("68511 – FbW"),
 * negative amounts in accounting brackets "(1.250,00)", the previous year's columns beside this year's. Case lists
 * (Bearbeitungsdauer = Ø Arbeitstage NI of the cases decided in the Berichtsmonat, formulas.workingDaysNI): dates as text
 * with a prefix "Eingang: 03.05.2024 14:32", a Status column with open cases without a date. A published sgb2.info table
 * with Kreis names ("Harburg, Landkreis") and Roman Vergleichstypen but no Regionalschlüssel (domain.md §1.6, §5.1).
 */
import { germanNumber, makeJobcenter, seededRandom } from "./data";
import { budgetMeasures, roundTo, utcDate, workingDaysNI, type MonthKey } from "./formulas";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { cellAddress, grunddatenWide } from "./sheets";
import { kennzahl, noErrors, reportMonthExpected } from "./standard";

const FAMILY = "Holdout 2 Budget, Falllisten, Veröffentlichungen";

const grunddaten = (seed: number, last: MonthKey): SheetSpec => {
  const data = makeJobcenter(seed, "2023-01", last);
  return grunddatenWide("Grunddaten", data, data.months);
};

interface Line {
  instrument: string;
  /** Finanzposition as the finance system writes it ("68511"). */
  position: string;
  /** A fragment that names the line whatever the product keeps of the cell (for `instrument~`). */
  key: string;
  plan: number;
  ist: number;
  bindung: number;
}

/** EGT 2024 instruments (domain.md §4.3) with a plan in whole euros. */
const INSTRUMENTS: Array<[string, string, string, number]> = [
  ["Vermittlungsbudget (§ 44 SGB III)", "68511", "Vermittlungsbudget", 250_000],
  ["Maßnahmen zur Aktivierung und beruflichen Eingliederung (§ 45 SGB III)", "68512", "Aktivierung", 1_360_000],
  ["Förderung der beruflichen Weiterbildung (FbW)", "68513", "Weiterbildung", 1_290_000],
  ["Eingliederungszuschuss (EGZ)", "68514", "EGZ", 720_000],
  ["Leistungen zur Eingliederung von Selbständigen (§ 16c SGB II)", "68515", "Selbständigen", 45_000],
  ["Arbeitsgelegenheiten (§ 16d SGB II)", "68516", "Arbeitsgelegenheiten", 410_000],
  ["Teilhabe am Arbeitsmarkt (§ 16i SGB II)", "68517", "Teilhabe", 1_480_000],
  ["Freie Förderung (§ 16f SGB II)", "68518", "Freie Förderung", 300_000],
];

function lines(seed: number, share: number): Line[] {
  const rnd = seededRandom(seed);
  return INSTRUMENTS.map(([instrument, position, key, plan]) => ({
    instrument, position, key, plan,
    ist: roundTo(plan * (share + 0.15 * rnd()), 2),
    bindung: roundTo(plan * (0.05 + 0.1 * rnd()), 2),
  }));
}

const sumOf = (ls: Line[], f: (l: Line) => number) => roundTo(ls.reduce((a, l) => a + f(l), 0), 2);

/** Per line (found by a name fragment) and in total: plan, Ist and, with a Bindung column, Bindung and verfügbar. */
function budgetExpected(ls: Line[], monthsElapsed: number, opts: { committed?: boolean } = {}): Expectation[] {
  const withBinding = opts.committed !== false;
  const out: Expectation[] = [{ path: "budget.lines.length", value: ls.length, tolerance: 0 }];
  for (const l of ls) {
    const p = `budget.lines[instrument~${l.key}]`;
    out.push({ path: `${p}.plan`, value: l.plan, tolerance: TOLERANCE.money }, { path: `${p}.actual`, value: l.ist, tolerance: TOLERANCE.money });
    if (withBinding) {
      out.push({ path: `${p}.committed`, value: l.bindung, tolerance: TOLERANCE.money });
      out.push({ path: `${p}.available`, value: budgetMeasures(l.plan, l.ist, l.bindung, monthsElapsed).available, tolerance: TOLERANCE.money });
    }
  }
  out.push({ path: "budget.total.plan", value: sumOf(ls, (l) => l.plan), tolerance: TOLERANCE.money });
  out.push({ path: "budget.total.actual", value: sumOf(ls, (l) => l.ist), tolerance: TOLERANCE.money });
  if (withBinding) {
    const total = budgetMeasures(sumOf(ls, (l) => l.plan), sumOf(ls, (l) => l.ist), sumOf(ls, (l) => l.bindung), monthsElapsed);
    out.push({ path: "budget.total.committed", value: sumOf(ls, (l) => l.bindung), tolerance: TOLERANCE.money });
    out.push({ path: "budget.total.available", value: total.available, tolerance: TOLERANCE.money });
  }
  return out;
}

function budgetWorkbook(file: string, description: string, m: MonthKey, seed: number, sheet: SheetSpec, expect: Expectation[]): LayoutWorkbook {
  return { file, family: FAMILY, description, args: ["--month", m], sheets: [grunddaten(seed, m), sheet], expect: [{ exitCode: 0 }, ...expect, noErrors] };
}

/**
 * Instruments as rows, a band per quarter ("I. Quartal" … "IV. Quartal") over "Soll | Ist". Like the monthly bands of
 * the first holdout corpus (README: Jahresplan = Summe der Monatspläne): the annual plan is the sum of the four quarterly
 * Soll, the Ist the sum of quarters I–III at September; the Ist of quarter IV is blank. No Bindung column.
 */
function sollIstPerQuarter(): LayoutWorkbook {
  const m = "2024-09";
  const rnd = seededRandom(501);
  const band: CellInput[] = ["Finanzposition", "Instrument"];
  const sub: CellInput[] = [null, null];
  const merges = ["A3:A4", "B3:B4"];
  ["I. Quartal", "II. Quartal", "III. Quartal", "IV. Quartal"].forEach((q, i) => {
    band.push(q, null);
    sub.push("Soll", "Ist");
    merges.push(`${cellAddress(2, 2 + 2 * i)}:${cellAddress(2, 3 + 2 * i)}`);
  });
  const ls: Line[] = [];
  const body: CellInput[][] = [];
  for (const [instrument, position, key, annual] of INSTRUMENTS) {
    const soll = [0, 1, 2, 3].map(() => Math.round((annual / 4) * (0.85 + 0.3 * rnd())));
    const ist = soll.map((s, q) => (q < 3 ? roundTo(s * (0.75 + 0.4 * rnd()), 2) : null));
    const row: CellInput[] = [position, instrument];
    soll.forEach((s, q) => row.push(s, ist[q]));
    body.push(row);
    ls.push({ instrument, position, key, plan: soll.reduce((a, b) => a + b, 0), ist: roundTo(ist.reduce<number>((a, b) => a + (b ?? 0), 0), 2), bindung: 0 });
  }
  return budgetWorkbook(
    "h2-egt-soll-ist-je-quartal.xlsx",
    "EGT-Blatt mit Bändern „I. Quartal“ … „IV. Quartal“ über „Soll / Ist“: Jahresplan = Summe der Quartals-Soll, Ist = Quartale I–III, IV leer",
    m,
    501,
    { name: "EGT Quartale 2024", rows: [["Mittelplanung EGT 2024 nach Quartalen"], [], band, sub, ...body], merges },
    budgetExpected(ls, 9, { committed: false }),
  );
}

/** Finanzposition and name in one cell ("68513 – FbW …") as a finance report prints them; amounts as numbers. */
function positionAndNameInOneCell(): LayoutWorkbook {
  const m = "2024-06";
  const ls = lines(502, 0.35);
  const rows: CellInput[][] = [
    ["Berichtsliste Haushaltsüberwachung – Kapitel 1101 Titel 685 11"],
    ["Buchungsstand: 30.06.2024"],
    [],
    ["Finanzposition / Bezeichnung", "Verfügungsrahmen", "Ist", "Festlegungen", "Verfügbar"],
    ...ls.map((l) => [`${l.position} – ${l.instrument}`, l.plan, l.ist, l.bindung, roundTo(l.plan - l.ist - l.bindung, 2)] as CellInput[]),
  ];
  return budgetWorkbook(
    "h2-egt-finanzposition-und-name-in-einer-zelle.xlsx",
    "Finanzsystem-Bericht: Finanzposition und Bezeichnung in einer Zelle („68513 – Förderung der beruflichen Weiterbildung (FbW)“), Beträge als Zahlen",
    m,
    502,
    { name: "HÜL Juni", rows },
    budgetExpected(ls, 6),
  );
}

/** Negative amounts in accounting brackets "(1.250,00)" as text: § 16c repayments exceed payments, EGZ overdrawn. */
function bracketNegatives(): LayoutWorkbook {
  const m = "2024-10";
  const ls = lines(503, 0.6);
  const selbst = ls.find((l) => l.key === "Selbständigen")!;
  selbst.ist = -1250;
  const egz = ls.find((l) => l.key === "EGZ")!;
  egz.ist = 700_000;
  egz.bindung = 55_000;
  const text = (x: number) => (x < 0 ? `(${germanNumber(-x, 2)})` : germanNumber(x, 2));
  const rows: CellInput[][] = [
    ["Eingliederungstitel 2024 – Stand 31.10.2024 (Beträge in EUR, negative Werte in Klammern)"],
    ["Finanzposition", "Instrument", "Soll", "Ist", "Bindungen", "Verfügbar"],
    ...ls.map((l) => [l.position, l.instrument, text(l.plan), text(l.ist), text(l.bindung), text(roundTo(l.plan - l.ist - l.bindung, 2))] as CellInput[]),
  ];
  return budgetWorkbook(
    "h2-egt-negativ-in-klammern.xlsx",
    "EGT-Export mit negativen Beträgen in Klammern als Text („(1.250,00)“): Rückflüsse § 16c, EGZ überzogen (Verfügbar „(35.000,00)“)",
    m,
    503,
    { name: "EGT Oktober", rows },
    [
      ...budgetExpected(ls, 10),
      { path: "budget.lines[instrument~Selbständigen].actual", value: -1250, tolerance: TOLERANCE.money, why: "Klammer heißt negativ" },
      { path: "budget.lines[instrument~EGZ].available", value: -35_000, tolerance: TOLERANCE.money, why: "überzogen" },
    ],
  );
}

/**
 * The previous year's columns beside this year's: Soll 2023 | Ist 2023 | Soll 2024 | Ist 2024 | Festlegungen 2024.
 * With --month 2024-06 the 2024 columns are the budget; the 2023 ones are a comparison, not the plan.
 */
function previousYearColumnsBeside(): LayoutWorkbook {
  const m = "2024-06";
  const ls = lines(504, 0.4);
  const rnd = seededRandom(5040);
  const rows: CellInput[][] = [
    ["EGT im Vorjahresvergleich"],
    [],
    ["Instrument", "Soll 2023", "Ist 2023", "Soll 2024", "Ist 2024", "Festlegungen 2024"],
    ...ls.map((l) => {
      const previousPlan = Math.round(l.plan * (0.9 + 0.2 * rnd()));
      return [l.instrument, previousPlan, roundTo(previousPlan * (0.93 + 0.06 * rnd()), 2), l.plan, l.ist, l.bindung] as CellInput[];
    }),
  ];
  return budgetWorkbook(
    "h2-egt-vorjahr-daneben.xlsx",
    "EGT-Blatt mit Vorjahresspalten daneben (Soll 2023 / Ist 2023 / Soll 2024 / Ist 2024 / Festlegungen 2024), Berichtsmonat Juni 2024: es gelten die Spalten 2024",
    m,
    504,
    { name: "EGT", rows },
    budgetExpected(ls, 6),
  );
}

interface Case {
  id: string;
  received: Date;
  decided: Date | null;
}

/** Cases received in the given months; 12 % still open; durations 1–maxDays calendar days. */
function cases(seed: number, months: MonthKey[], perMonth: number, maxDays: number): Case[] {
  const rnd = seededRandom(seed);
  const out: Case[] = [];
  for (const m of months) {
    const [y, mo] = m.split("-").map(Number);
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    for (let i = 0; i < perMonth; i++) {
      const received = utcDate(y, mo, 1 + Math.floor(rnd() * days));
      const length = 1 + Math.floor(rnd() * maxDays);
      const decided = rnd() < 0.12 ? null : new Date(received.getTime() + length * 86_400_000);
      out.push({ id: `${String(y).slice(2)}-${String(out.length + 1).padStart(5, "0")}`, received, decided });
    }
  }
  return out;
}

const meanWorkingDays = (list: Case[], m: MonthKey) => {
  const decided = list.filter((c) => c.decided && c.decided.toISOString().slice(0, 7) === m);
  return decided.reduce((s, c) => s + workingDaysNI(c.received, c.decided!), 0) / decided.length;
};
const germanDate = (d: Date) => `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;

function caseWorkbook(file: string, description: string, m: MonthKey, seed: number, sheet: SheetSpec, list: Case[]): LayoutWorkbook {
  return {
    file, family: FAMILY, description, args: ["--month", m], sheets: [grunddaten(seed, m), sheet],
    expect: [{ exitCode: 0 }, { path: "indicators[code=BD].actual", value: meanWorkingDays(list, m), tolerance: TOLERANCE.quota }, { path: "indicators[code=BD].unit", equals: "Arbeitstage" }, noErrors],
  };
}

/** Dates as text with the event as prefix, as a Fachverfahren's protocol export writes them: "Eingang: 03.05.2024 14:32". */
function prefixedDateText(): LayoutWorkbook {
  const m = "2024-05";
  const list = cases(511, ["2024-04", "2024-05"], 120, 15);
  const rnd = seededRandom(5110);
  const time = () => `${String(7 + Math.floor(rnd() * 10)).padStart(2, "0")}:${String(Math.floor(rnd() * 60)).padStart(2, "0")}`;
  const rows: CellInput[][] = [
    ["Protokollauszug Leistungsanträge"],
    ["Aktenzeichen", "Antragsart", "Eingang", "Bescheid"],
    ...list.map((c) => [`BG ${c.id}`, "Neuantrag", `Eingang: ${germanDate(c.received)} ${time()}`, c.decided ? `Bescheid: ${germanDate(c.decided)} ${time()}` : null] as CellInput[]),
  ];
  return caseWorkbook(
    "h2-faelle-datum-mit-praefix.xlsx",
    "Fallliste mit Datum und Uhrzeit als Text mit Vorsatz („Eingang: 03.05.2024 14:32“, „Bescheid: 17.05.2024 09:05“): gezählt werden Arbeitstage",
    m,
    511,
    { name: "Anträge", rows },
    list,
  );
}

/** A Status column ("erledigt", "offen", "in Bearbeitung"); open cases have no Bescheid date and do not count. */
function statusColumnOpenCases(): LayoutWorkbook {
  const m = "2024-06";
  const list = cases(512, ["2024-04", "2024-05", "2024-06"], 90, 18);
  const rnd = seededRandom(5120);
  const rows: CellInput[][] = [
    ["Antragsbearbeitung – Auszug aus dem Fachverfahren"],
    [],
    ["Lfd. Nr.", "BG-Nummer", "Antragsdatum", "Status", "Bescheiddatum"],
    ...list.map((c, i) => [i + 1, `BG ${c.id}`, c.received, c.decided ? "erledigt" : rnd() < 0.5 ? "offen" : "in Bearbeitung", c.decided] as CellInput[]),
  ];
  return caseWorkbook(
    "h2-faelle-status-offen.xlsx",
    "Fallliste mit Spalte „Status“ („erledigt“, „offen“, „in Bearbeitung“), offene Fälle ohne Bescheiddatum; Bearbeitungsdauer über die im Juni erledigten",
    m,
    512,
    { name: "Anträge", rows },
    list,
  );
}

/** Vergleichstypen in the old Roman notation (domain.md §1.6: "Ia … IIIe"), opaque labels. */
const ROMAN_TYPES = ["Ia", "Ib", "Ic", "IIa", "IIb", "IIc", "IId", "IIIa", "IIIb", "IIIc", "IIId", "IIIe"];
const CODES = ["K1", "K1E1", "K1E2", "K2", "K2_F", "K2_M", "K3"] as const;

/**
 * A published Kennzahlen table with Kreis names in the Statistik's style ("Harburg, Landkreis", "Musterstadt, Stadt"),
 * Roman Vergleichstypen and no Regionalschlüssel: the own Jobcenter is chosen by name (--jobcenter Harburg). Its values
 * are the Kennzahlen computed from its Grunddaten, rounded to one decimal as published (domain.md §6).
 */
function sgb2infoKreisNames(): LayoutWorkbook {
  const m = "2024-06";
  const data = makeJobcenter(520);
  const rnd = seededRandom(520);
  const ours: Record<string, number> = Object.fromEntries(CODES.map((c) => [c, roundTo(kennzahl(data, c, m)!, 1)]));
  const others = Array.from({ length: 60 }, (_, i) => [
    `${["Nordheide", "Elbmarsch", "Geest", "Wesertal", "Heideland", "Moorkreis"][i % 6]} ${Math.floor(i / 6) + 1}, ${i % 3 === 0 ? "Stadt" : "Landkreis"}`,
    ROMAN_TYPES[Math.floor(rnd() * ROMAN_TYPES.length)],
    ...CODES.map((c) => roundTo((c.startsWith("K2") ? 5 : -5) + 25 * rnd(), 1)),
  ] as CellInput[]);
  others.splice(23, 0, ["Harburg, Landkreis", "IIIb", ...CODES.map((c) => ours[c])]);
  const rows: CellInput[][] = [
    ["Kennzahlen nach § 48a SGB II – Berichtsmonat Juni 2024"],
    ["Kreis", "Vergleichstyp", ...CODES],
    ...others,
    [],
    ["Quelle: Statistik der Bundesagentur für Arbeit, www.sgb2.info (synthetisch)"],
  ];
  const expect: Expectation[] = [{ exitCode: 0 }, reportMonthExpected(m)];
  for (const c of CODES) {
    expect.push({ path: `kennzahlen[code=${c}].value`, value: ours[c], tolerance: TOLERANCE.quota }, { path: `kennzahlen[code=${c}].source`, equals: "published" });
  }
  expect.push(noErrors);
  return {
    file: "h2-sgb2info-kreisnamen-roemische-typen.xlsx",
    family: FAMILY,
    description: "Veröffentlichte Kennzahlentabelle mit Kreisnamen („Harburg, Landkreis“), Vergleichstyp römisch („IIIb“), ohne Regionalschlüssel; eigenes Jobcenter per --jobcenter Harburg",
    args: ["--month", m, "--jobcenter", "Harburg"],
    sheets: [{ name: "Kennzahlen Juni 2024", rows }],
    expect,
  };
}

export function holdout2BudgetFaelleLayouts(): LayoutWorkbook[] {
  return [sollIstPerQuarter(), positionAndNameInOneCell(), bracketNegatives(), previousYearColumnsBeside(), prefixedDateText(), statusColumnOpenCases(), sgb2infoKreisNames()];
}

