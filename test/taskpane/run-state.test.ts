import { canDownload, initialRunState, runReducer, statusCounts } from "../../src/taskpane/run-state";
import { strings } from "../../src/taskpane/strings";
import type { RunOutcome } from "../../src/pipeline/run-report";

const outcome = (statuses: Array<"on-track" | "at-risk" | "off-track" | "monitoring" | "no-data">, annualTarget: number | null = 1): RunOutcome => ({
  summary: {
    reportMonth: "2022-10",
    sources: [],
    mappings: [],
    indicators: statuses.map((status, i) => ({ code: `X${i}`, name: `K ${i}`, unit: "%", direction: "up", actual: 1, target: 1, previousYear: 1, deltaPreviousYear: 0, deltaAbs: 0, deltaRel: 0, deltaPp: 0, attainmentPct: 100, status, annualTarget, forecast: null })),
    kennzahlen: [],
    budget: null,
    processing: [],
    comparison: [],
    land: "NI",
    messages: [],
  },
  rendered: { sheets: [{ key: "ziel-ist-vergleich", name: "Ziel-Ist-Vergleich" }], notices: [] },
  messages: [],
});

describe("task pane state", () => {
  it("goes idle → running (with steps) → done", () => {
    let state = runReducer(initialRunState, { type: "start" });
    expect(state).toEqual({ kind: "running", step: "lesen" });
    state = runReducer(state, { type: "step", step: "schreiben" });
    expect(state).toEqual({ kind: "running", step: "schreiben" });
    state = runReducer(state, { type: "finish", outcome: outcome(["on-track"]) });
    expect(state.kind).toBe("done");
  });

  it("ignores a second start while a refresh runs", () => {
    const running = runReducer(initialRunState, { type: "start" });
    const stepped = runReducer(running, { type: "step", step: "berechnen" });
    expect(runReducer(stepped, { type: "start" })).toBe(stepped);
  });

  it("shows a failure with its message, and a new start clears it", () => {
    const failed = runReducer(runReducer(initialRunState, { type: "start" }), { type: "fail", message: "Das Blatt „Ziele“ ist geschützt." });
    expect(failed).toEqual({ kind: "failed", message: "Das Blatt „Ziele“ ist geschützt." });
    expect(runReducer(failed, { type: "start" }).kind).toBe("running");
  });

  it("counts indicators per status for the dashboard", () => {
    expect(statusCounts(outcome(["on-track", "off-track", "off-track", "no-data"]).summary.indicators)).toEqual({ "on-track": 1, "at-risk": 0, "off-track": 2, monitoring: 0, "no-data": 1 });
  });

  it("counts a monitoring indicator (no Zielwert) as watched, never as missed", () => {
    expect(statusCounts(outcome(["monitoring", "monitoring", "off-track"], null).summary.indicators)).toEqual({ "on-track": 0, "at-risk": 0, "off-track": 1, monitoring: 2, "no-data": 0 });
  });

  it("marks a result outdated on any change after the run, and only a current result with sheets can be downloaded", () => {
    const done = runReducer(runReducer(initialRunState, { type: "start" }), { type: "finish", outcome: outcome(["on-track"]) });
    expect(canDownload(done)).toBe(true);
    const outdated = runReducer(done, { type: "changed" });
    expect(outdated).toEqual({ ...done, current: false });
    expect(canDownload(outdated)).toBe(false);
    // A change before any result changes nothing; the next run is current again.
    expect(runReducer(initialRunState, { type: "changed" })).toBe(initialRunState);
    const rerun = runReducer(runReducer(outdated, { type: "start" }), { type: "finish", outcome: outcome(["on-track"]) });
    expect(canDownload(rerun)).toBe(true);
    const nothing = runReducer(runReducer(initialRunState, { type: "start" }), { type: "finish", outcome: { ...outcome([]), rendered: null } });
    expect(canDownload(nothing)).toBe(false);
  });

  it("speaks German by default and English when Office runs in English", () => {
    expect(strings("de-DE").create).toBe("Bericht erstellen");
    expect(strings(undefined).create).toBe("Bericht erstellen");
    expect(strings("en-US").create).toBe("Create report");
    expect(strings("fr-FR").status["off-track"]).toBe("verfehlt");
  });
});

describe("the live region's sentence", () => {
  it("reads as a sentence without a Berichtsmonat", () => {
    const de = strings("de-DE");
    expect(de.announceDone("", "1 im Plan")).toBe("Bericht erstellt: 1 im Plan.");
    expect(de.announceDone("Oktober 2022", "")).toBe("Bericht für Oktober 2022 erstellt.");
  });
});
