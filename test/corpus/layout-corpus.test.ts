/**
 * The layout corpus (test/corpus/layouts): controller workbooks in layouts the product's tests did not contain, each
 * read without configuration — as declared and with its sheets reversed — against figures computed independently from
 * domain.md. Honest about today: KNOWN_GAPS lists the workbooks that currently fail; every other workbook must pass, and
 * every listed one must still fail (when the product improves, shrink the list). KNOWN_WRONG lists the figures that
 * are there but wrong ("no silent wrong number", issue 21): every other failed figure must be missing, not wrong.
 *
 * The CLI's entry point runs in this process (check.runInProcess), one workbook per test, each test with its own
 * timeout: no child process per workbook, no build step and no beforeAll that a loaded machine can run out of.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkWorkbook, evaluate, resolvePath, wrongFailures, type WorkbookResult } from "./layouts/check";
import { corpusLayouts } from "./layouts/generate";
import type { LayoutWorkbook } from "./layouts/model";

/**
 * Workbooks the product does not read to their expected figures yet. The first 112 (first corpus and both held-out
 * corpora) pass. The fresh corpus (fresh-*.ts, files f-…) was written for issue 21 without reading src/sources; its first
 * run, before any change in the product, is in test/corpus/layouts/README.md ("Frischer Korpus (f-…): erster Lauf"):
 * 9 of 45 read fully; these 36 fail.
 */
export const KNOWN_GAPS: readonly string[] = [
  "f-gd-formelnullen-ab-juli.xlsx",
  "f-gd-t0-hochrechnung-daneben.xlsx",
  "f-gd-monatsbaender-ist-vorjahr.xlsx",
  "f-gd-davon-zeilen.xlsx",
  "f-gd-jahr-senkrecht-verbunden.xlsx",
  "f-gd-geldleistungen-mio-euro.xlsx",
  "f-gd-excel-tabelle-te-textzahlen.xlsx",
  "f-gd-stichtag-und-zeitraum-bloecke.xlsx",
  "f-gd-vorjahr-ausgeblendet.xlsx",
  "f-gd-pivot-kopie.xlsx",
  "f-kzi-note-zwei-tabellen.xlsx",
  "f-erstberatung-anteil-neben-dauer.xlsx",
  "f-kzi-befragungszeitraum.xlsx",
  "f-qualitaet-halbjahr-datumsbereich.xlsx",
  "f-zielnachhaltung-kennzahlen-als-spalten.xlsx",
  "f-ziele-matrix-frauen-maenner.xlsx",
  "f-kzi-befragung-im-titel.xlsx",
  "f-kooperationsplaene-anzahl-und-anteil.xlsx",
  "f-qualitaet-jc-land-bund-zeilen.xlsx",
  "f-egt-vk-titel-in-einem-export.xlsx",
  "f-egt-mio-euro-zahlenformat.xlsx",
  "f-egt-monatsabfluss-formelnullen.xlsx",
  "f-egt-jahresbloecke-untereinander.xlsx",
  "f-egt-instrumente-als-spalten.xlsx",
  "f-egt-excel-tabelle-ergebniszeile.xlsx",
  "f-egt-mittelherleitung-waagerecht.xlsx",
  "f-egt-te-in-jeder-zelle.xlsx",
  "f-faelle-ausgeblendete-rohdaten.xlsx",
  "f-qs-jobcenter-als-spalten.xlsx",
  "f-qs-jobcenter-spalten-ohne-auswahl.xlsx",
  "f-qs-wert-vorjahr-veraenderung.xlsx",
  "f-qs-langliste-excel-tabelle.xlsx",
  "f-cockpit-drei-bloecke.xlsx",
  "f-gd-zeilen-ziele-rechts-tiefer.xlsx",
  "f-halbjahresbericht-ohne-grunddaten.xlsx",
  "f-gd-jc-land-bund-bloecke.xlsx",
];

const wrong = (file: string, paths: string[]) => paths.map((path) => ({ file, path }));

/**
 * Figures that are present but wrong (kind `wrong` in check.ts): file and assertion path. This list may only shrink: a
 * listed figure that is no longer wrong (right, or absent with a reason) fails the test until it is removed here. First
 * run of the fresh corpus (before any change in the product): 142 numbers and 17 other figures (Berichtsmonat, Ampel,
 * Einheit, a line that must not be there) wrong in 12 workbooks, the same in both sheet orders.
 */
export const KNOWN_WRONG: ReadonlyArray<{ file: string; path: string }> = [
  ...wrong("f-gd-formelnullen-ab-juli.xlsx", [
    "reportMonth",
    "indicators[code=K2].actual",
    "indicators[code=K2].target",
    "indicators[code=K2].status",
    "indicators[code=K2_F].actual",
    "indicators[code=K2_F].target",
    "indicators[code=K2_M].actual",
    "indicators[code=K2_M].target",
    "indicators[code=K2_M].status",
    "indicators[code=LZB].actual",
    "indicators[code=LZB].status",
    "indicators[code=K1].target",
    "kennzahlen[code=K1].value",
    "kennzahlen[code=K1E1].value",
    "kennzahlen[code=K1E2].value",
    "kennzahlen[code=K2].value",
    "kennzahlen[code=K2_F].value",
    "kennzahlen[code=K2_M].value",
    "kennzahlen[code=K3].value",
  ]),
  ...wrong("f-gd-t0-hochrechnung-daneben.xlsx", [
    "reportMonth",
    "indicators[code=K2].actual",
    "indicators[code=K2].target",
    "indicators[code=K2_F].actual",
    "indicators[code=K2_F].target",
    "indicators[code=K2_M].actual",
    "indicators[code=K2_M].target",
    "indicators[code=LZB].actual",
    "indicators[code=K1].actual",
    "indicators[code=K1].target",
    "kennzahlen[code=K1].value",
    "kennzahlen[code=K1E1].value",
    "kennzahlen[code=K1E2].value",
    "kennzahlen[code=K1E3].value",
    "kennzahlen[code=K1E4].value",
    "kennzahlen[code=K2].value",
    "kennzahlen[code=K2_F].value",
    "kennzahlen[code=K2_M].value",
    "kennzahlen[code=K3].value",
  ]),
  ...wrong("f-gd-jahr-senkrecht-verbunden.xlsx", [
    "reportMonth",
    "indicators[code=K2].target",
    "indicators[code=K2_F].target",
    "indicators[code=K2_M].target",
    "indicators[code=LZB].actual",
    "indicators[code=K1].actual",
    "indicators[code=K1].target",
    "kennzahlen[code=K1].value",
    "kennzahlen[code=K1E1].value",
    "kennzahlen[code=K1E2].value",
    "kennzahlen[code=K3].value",
  ]),
  ...wrong("f-gd-geldleistungen-mio-euro.xlsx", [
    "indicators[code=K1].actual",
    "indicators[code=K1].target",
  ]),
  ...wrong("f-gd-pivot-kopie.xlsx", [
    "reportMonth",
    "indicators[code=LZB].actual",
    "indicators[code=K1].actual",
  ]),
  ...wrong("f-erstberatung-anteil-neben-dauer.xlsx", [
    "indicators[code=EB_U25].actual",
    "indicators[code=EB_U25].target",
    "indicators[code=EB_U25].status",
    "indicators[code=EB_U25].unit",
    "indicators[code=EB_UE25].actual",
    "indicators[code=EB_UE25].target",
    "indicators[code=EB_UE25].status",
    "indicators[code=EB_UE25].unit",
  ]),
  ...wrong("f-kooperationsplaene-anzahl-und-anteil.xlsx", [
    "indicators[code=EINV].actual",
    "indicators[code=EINV].status",
  ]),
  ...wrong("f-egt-vk-titel-in-einem-export.xlsx", [
    "budget.lines.length",
    "budget.total.plan",
    "budget.total.actual",
    "budget.total.linearPlan",
    "budget.total.committed",
    "budget.total.available",
    "budget.lines[instrument~Personalausgaben]",
    "budget.lines[instrument~Informationstechnik]",
    "budget.lines[instrument~Miete]",
    "budget.lines[instrument~Sonstige Verwaltungsausgaben]",
  ]),
  ...wrong("f-egt-mio-euro-zahlenformat.xlsx", [
    "budget.lines[instrument~Vermittlungsbudget].plan",
    "budget.lines[instrument~Vermittlungsbudget].actual",
    "budget.lines[instrument~Vermittlungsbudget].committed",
    "budget.lines[instrument~Vermittlungsbudget].available",
    "budget.lines[instrument~Aktivierung].plan",
    "budget.lines[instrument~Aktivierung].actual",
    "budget.lines[instrument~Aktivierung].committed",
    "budget.lines[instrument~Aktivierung].available",
    "budget.lines[instrument~Weiterbildung].plan",
    "budget.lines[instrument~Weiterbildung].actual",
    "budget.lines[instrument~Weiterbildung].committed",
    "budget.lines[instrument~Weiterbildung].available",
    "budget.lines[instrument~Eingliederungszuschuss].plan",
    "budget.lines[instrument~Eingliederungszuschuss].actual",
    "budget.lines[instrument~Eingliederungszuschuss].committed",
    "budget.lines[instrument~Eingliederungszuschuss].available",
    "budget.lines[instrument~Einstiegsgeld].plan",
    "budget.lines[instrument~Einstiegsgeld].actual",
    "budget.lines[instrument~Einstiegsgeld].committed",
    "budget.lines[instrument~Einstiegsgeld].available",
    "budget.lines[instrument~Arbeitsgelegenheiten].plan",
    "budget.lines[instrument~Arbeitsgelegenheiten].actual",
    "budget.lines[instrument~Arbeitsgelegenheiten].committed",
    "budget.lines[instrument~Arbeitsgelegenheiten].available",
    "budget.lines[instrument~Teilhabe].plan",
    "budget.lines[instrument~Teilhabe].actual",
    "budget.lines[instrument~Teilhabe].committed",
    "budget.lines[instrument~Teilhabe].available",
    "budget.lines[instrument~Freie Förderung].plan",
    "budget.lines[instrument~Freie Förderung].actual",
    "budget.lines[instrument~Freie Förderung].committed",
    "budget.lines[instrument~Freie Förderung].available",
    "budget.total.plan",
    "budget.total.actual",
    "budget.total.linearPlan",
    "budget.total.committed",
    "budget.total.available",
  ]),
  ...wrong("f-egt-jahresbloecke-untereinander.xlsx", [
    "budget.year",
    "budget.lines[instrument~Vermittlungsbudget].plan",
    "budget.lines[instrument~Vermittlungsbudget].actual",
    "budget.lines[instrument~Vermittlungsbudget].committed",
    "budget.lines[instrument~Vermittlungsbudget].available",
    "budget.lines[instrument~Aktivierung].plan",
    "budget.lines[instrument~Aktivierung].actual",
    "budget.lines[instrument~Aktivierung].committed",
    "budget.lines[instrument~Aktivierung].available",
    "budget.lines[instrument~Weiterbildung].plan",
    "budget.lines[instrument~Weiterbildung].actual",
    "budget.lines[instrument~Weiterbildung].committed",
    "budget.lines[instrument~Weiterbildung].available",
    "budget.lines[instrument~Eingliederungszuschuss].plan",
    "budget.lines[instrument~Eingliederungszuschuss].actual",
    "budget.lines[instrument~Eingliederungszuschuss].committed",
    "budget.lines[instrument~Eingliederungszuschuss].available",
    "budget.lines[instrument~Einstiegsgeld].plan",
    "budget.lines[instrument~Einstiegsgeld].actual",
    "budget.lines[instrument~Einstiegsgeld].committed",
    "budget.lines[instrument~Einstiegsgeld].available",
    "budget.lines[instrument~Arbeitsgelegenheiten].plan",
    "budget.lines[instrument~Arbeitsgelegenheiten].actual",
    "budget.lines[instrument~Arbeitsgelegenheiten].committed",
    "budget.lines[instrument~Arbeitsgelegenheiten].available",
    "budget.lines[instrument~Teilhabe].plan",
    "budget.lines[instrument~Teilhabe].actual",
    "budget.lines[instrument~Teilhabe].committed",
    "budget.lines[instrument~Teilhabe].available",
    "budget.lines[instrument~Freie Förderung].plan",
    "budget.lines[instrument~Freie Förderung].actual",
    "budget.lines[instrument~Freie Förderung].committed",
    "budget.lines[instrument~Freie Förderung].available",
    "budget.total.plan",
    "budget.total.actual",
    "budget.total.committed",
    "budget.total.available",
  ]),
  ...wrong("f-egt-excel-tabelle-ergebniszeile.xlsx", [
    "budget.lines.length",
    "budget.total.plan",
    "budget.total.actual",
    "budget.total.linearPlan",
    "budget.total.committed",
    "budget.total.available",
    "budget.lines[instrument~Ergebnis]",
  ]),
  ...wrong("f-qs-langliste-excel-tabelle.xlsx", [
    "kennzahlen[code=K2].value",
    "kennzahlen[code=K2_F].value",
    "kennzahlen[code=K2_M].value",
    "kennzahlen[code=K3].value",
  ]),
];

const allLayouts = corpusLayouts();
/** `LAYOUT_FILTER=jahres npx jest test/corpus` checks only the workbooks whose file name contains the filter. */
const filter = process.env.LAYOUT_FILTER;
const layouts = filter ? allLayouts.filter((l) => l.file.includes(filter)) : allLayouts;

/** Per workbook a generous timeout of its own (two reads and two reports; CI has run at four times the load). */
const PER_WORKBOOK_MS = 180_000;

const dir = mkdtempSync(join(tmpdir(), "sc-layout-corpus-"));
const pending = new Map<string, Promise<WorkbookResult>>();
/** Each workbook is checked once, by whichever of its two tests comes first. */
function resultFor(layout: LayoutWorkbook): Promise<WorkbookResult> {
  let result = pending.get(layout.file);
  if (!result) {
    result = checkWorkbook(layout, dir);
    pending.set(layout.file, result);
  }
  return result;
}

const knownWrongOf = (file: string) => KNOWN_WRONG.filter((k) => k.file === file).map((k) => k.path);

describe("layout corpus: workbooks controllers really have", () => {
  it("holds at least 40 workbooks, KNOWN_GAPS and KNOWN_WRONG name only corpus workbooks", () => {
    expect(allLayouts.length).toBeGreaterThanOrEqual(40);
    const files = new Set(allLayouts.map((l) => l.file));
    expect(KNOWN_GAPS.filter((g) => !files.has(g))).toEqual([]);
    expect(KNOWN_WRONG.filter((w) => !files.has(w.file))).toEqual([]);
    // A workbook with a wrong figure does not pass: it is a known gap as well.
    expect(KNOWN_WRONG.filter((w) => !KNOWN_GAPS.includes(w.file))).toEqual([]);
  });

  describe.each(layouts.map((l) => [l.file, KNOWN_GAPS.includes(l.file) ? "bekannte Lücke" : "wird gelesen", l] as const))("%s (%s)", (file, _state, layout) => {
    it(
      `liest die erwarteten Zahlen – ${layout.description}`,
      async () => {
        const result = await resultFor(layout);
        const failures = result.failures.map((f) => `[${f.order}] ${f.assertion}: erwartet ${f.expected}, erhalten ${f.got}`);
        if (KNOWN_GAPS.includes(file)) {
          if (result.passed) throw new Error(`${file} liest jetzt alle erwarteten Zahlen: remove ${file} from KNOWN_GAPS`);
        } else {
          expect(failures).toEqual([]);
        }
      },
      PER_WORKBOOK_MS,
    );

    it(
      "keine stille falsche Zahl: jede erwartete Zahl stimmt oder fehlt",
      async () => {
        const result = await resultFor(layout);
        const known = knownWrongOf(file);
        const wrong = wrongFailures(result);
        const unexpected = wrong.filter((f) => !known.includes(f.assertion)).map((f) => `[${f.order}] ${f.assertion}: erwartet ${f.expected}, erhalten ${f.got}`);
        expect(unexpected).toEqual([]);
        const fixed = known.filter((path) => !wrong.some((f) => f.assertion === path));
        if (fixed.length > 0) throw new Error(`${file}: ${fixed.join(", ")} ist nicht mehr falsch: remove from KNOWN_WRONG`);
      },
      PER_WORKBOOK_MS,
    );
  });
});

describe("layout corpus checker", () => {
  const summary = {
    reportMonth: "2024-06",
    indicators: [
      { code: "K2", actual: 11.2345, status: "on-track" },
      { code: "K1", actual: null, status: "no-data" },
    ],
    budget: { lines: [{ instrument: "Eingliederungszuschuss (EGZ)", plan: 820000 }], checks: [] },
    messages: [{ level: "warning", text: "Blatt „Alt“ wird nicht verwendet.", sheet: "Alt" }],
  };
  const run = { exitCode: 0, summary, stderr: "" };

  it("addresses list elements by exact key and by substring", () => {
    expect(resolvePath(summary, "indicators[code=K2].actual")).toEqual({ found: true, value: 11.2345 });
    expect(resolvePath(summary, "budget.lines[instrument~egz].plan")).toEqual({ found: true, value: 820000 });
    expect(resolvePath(summary, "budget.lines.length")).toEqual({ found: true, value: 1 });
    expect(resolvePath(summary, "indicators[code=K2_F].actual").found).toBe(false);
  });

  it("fails a figure outside its tolerance, a wrong status, a missing or an unwanted message", () => {
    expect(evaluate({ path: "indicators[code=K2].actual", value: 11.23, tolerance: 0.01 }, run)).toBeNull();
    expect(evaluate({ path: "indicators[code=K2].actual", value: 11.3, tolerance: 0.01 }, run)).not.toBeNull();
    expect(evaluate({ path: "indicators[code=K2].status", equals: "off-track" }, run)).not.toBeNull();
    expect(evaluate({ message: { levels: ["warning"], sheets: ["Alt"] }, present: true }, run)).toBeNull();
    expect(evaluate({ message: { levels: ["error"] }, present: true }, run)).not.toBeNull();
    expect(evaluate({ message: { levels: ["warning"] }, present: false }, run)).not.toBeNull();
    expect(evaluate({ path: "budget.lines[instrument~summe]", absent: true }, run)).toBeNull();
    expect(evaluate({ exitCode: 1 }, run)).not.toBeNull();
  });

  it("tells a missing figure from a wrong one", () => {
    const kind = (e: Parameters<typeof evaluate>[0]) => evaluate(e, run)?.kind;
    expect(kind({ path: "indicators[code=K2].actual", value: 11.3, tolerance: 0.01 })).toBe("wrong");
    expect(kind({ path: "indicators[code=K1].actual", value: 5 })).toBe("missing");
    expect(kind({ path: "indicators[code=K2_F].actual", value: 5 })).toBe("missing");
    expect(kind({ path: "indicators[code=K2].status", equals: "off-track" })).toBe("wrong");
    expect(kind({ path: "indicators[code=K1].status", equals: "on-track" })).toBe("missing");
    expect(kind({ path: "indicators[code=K2].actual", equals: null })).toBe("wrong");
    expect(kind({ path: "budget.lines[instrument~EGZ].plan", absent: true })).toBe("wrong");
    expect(kind({ path: "indicators[code=K1].actual", absent: true })).toBeUndefined();
    expect(kind({ message: { levels: ["error"] }, present: true })).toBe("other");
    expect(kind({ exitCode: 1 })).toBe("other");
    expect(evaluate({ path: "indicators[code=K2].actual", value: 5 }, { exitCode: 1, summary: null, stderr: "" })?.kind).toBe("missing");
  });
});
