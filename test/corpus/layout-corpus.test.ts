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
import { KNOWN_GAPS, KNOWN_WRONG } from "./layouts/known";

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
