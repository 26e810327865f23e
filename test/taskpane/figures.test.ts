import type { IndicatorSummary } from "../../src/report/summary";
import { formatDelta, formatDeltaPreviousYear, formatEuro, formatValue, noDataReason, statusShown, varianceBar } from "../../src/taskpane/figures";
import { strings } from "../../src/taskpane/strings";

const de = strings("de-DE");

/** Integrationsquote Frauen of the sample (Oktober 2022): Ist 16,09 % against the Soll 16,83 %, higher is better. */
const quota: IndicatorSummary = { code: "K2_F", name: "Integrationsquote Frauen", unit: "%", direction: "up", actual: 16.0898, target: 16.8333, previousYear: 15.4297, deltaPreviousYear: 0.6601, annualTarget: 20.2, deltaAbs: -0.7436, deltaRel: -4.4172, deltaPp: -0.7436, attainmentPct: 95.5828, status: "off-track", forecast: null };
/** Summe LLU: no Zielwert (Monitoring): no Soll, the previous year's 43.391.809 € beside it (+0,36 %). */
const monitoring: IndicatorSummary = { code: "K1", name: "Summe Leistungen zum Lebensunterhalt", unit: "EUR", direction: "down", actual: 43546457, target: null, previousYear: 43391809, deltaPreviousYear: 0.3564, annualTarget: null, deltaAbs: null, deltaRel: null, deltaPp: null, attainmentPct: null, status: "monitoring", forecast: null };

describe("an indicator's figures as the pane shows them", () => {
  it("quotas in percent with one decimal, their Δ in percentage points with its sign", () => {
    expect(formatValue(quota.actual, quota.unit, de.locale)).toBe("16,1 %");
    expect(formatDelta(quota, de.locale)).toBe("−0,74 pp");
  });

  it("amounts as the finance system shows them, with two decimals", () => {
    expect(formatEuro(81200.5, de.locale)).toBe("81.200,50 €");
    expect(formatValue(monitoring.actual, monitoring.unit, de.locale)).toBe("43.546.457,00 €");
    expect(formatDelta({ ...quota, unit: "EUR", deltaAbs: 154648, deltaPp: null }, de.locale)).toBe("+154.648,00 €");
  });

  it("blank stays blank, never zero", () => {
    expect(formatValue(null, "%", de.locale)).toBe("–");
    expect(formatEuro(null, de.locale)).toBe("–");
  });

  it("a monitoring indicator is watched, neutral, even when it moved the wrong way: no bar, its Δ against the previous year", () => {
    expect(statusShown(monitoring)).toBe("monitoring");
    expect(de.status[statusShown(monitoring)]).toBe("Beobachtung");
    expect(varianceBar(monitoring)).toBeNull();
    expect(formatDeltaPreviousYear(monitoring, de.locale)).toBe("+0,4 %");
    expect(statusShown(quota)).toBe("off-track");
  });

  it("rounds commercially: 1,85 % shows as 1,9 %, −0,05 pp as −0,1 pp", () => {
    expect(formatValue(1.85, "%", de.locale)).toBe("1,9 %");
    expect(formatDeltaPreviousYear({ ...quota, deltaPreviousYear: -0.05 }, de.locale)).toBe("−0,1 pp");
    expect(formatValue(2.675, "Note", de.locale)).toBe("2,68");
  });

  it("the variance bar: a shortfall where higher is better is red and points left; it is capped at ±25 %", () => {
    expect(varianceBar(quota)).toEqual({ extent: 4.4172 / 25, side: "left", tone: "bad" });
    expect(varianceBar({ ...quota, deltaRel: 60, status: "on-track" })).toEqual({ extent: 1, side: "right", tone: "good" });
    // Lower is better: above the Soll is bad.
    expect(varianceBar({ ...quota, direction: "down", deltaRel: 3 })?.tone).toBe("bad");
  });

  it("says why there are no figures: no Ist, or nothing to compare with", () => {
    expect(noDataReason({ ...quota, actual: null, status: "no-data" }, de, "Oktober 2022")).toBe("kein Ist-Wert für Oktober 2022 in den Quellen");
    expect(noDataReason({ ...quota, target: null, status: "no-data" }, de, "Oktober 2022")).toBe("kein Soll zum Berichtsmonat (Zielwert fehlt)");
    expect(noDataReason(quota, de, "Oktober 2022")).toBeNull();
  });
});
