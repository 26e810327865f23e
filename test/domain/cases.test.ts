import { addMonthsToDate, measureCases, monthlyMedians, type CaseRecord } from "../../src/domain/processing/cases";
import { percentile } from "../../src/domain/processing/statistics";

const c = (start: string, end: string | null, category: string | null = null, outcome: CaseRecord["outcome"] = null): CaseRecord => ({ start, end, category, u25: null, outcome });

describe("case-list measures, by hand", () => {
  // Decided in March 2022 (Arbeitstage in brackets, Niedersachsen, start excluded, end included):
  //  1.3. → 3.3. (2) · 1.3. → 15.3. (10) · 7.3. → 28.3. (15) · 10.3. → 11.3. (1) · 14.2. → 4.3. (14)
  const cases = [
    c("2022-03-01", "2022-03-03", "Neuantrag"),
    c("2022-03-01", "2022-03-15", "Weiterbewilligung"),
    c("2022-03-07", "2022-03-28", "Neuantrag"),
    c("2022-03-10", "2022-03-11", "Weiterbewilligung"),
    c("2022-02-14", "2022-03-04", "Weiterbewilligung"),
    c("2022-02-01", "2022-02-10"), // decided in February: not in March's figures
    c("2022-01-03", null), // open since January
    c("2022-03-25", null), // open, young
    c("2022-03-30", "2022-04-05"), // decided after the month: open at the end of March
  ];
  const march = measureCases("leistungsantraege", cases, { from: "2022-03-01", to: "2022-03-31" });

  it("counts the cases decided in the period and averages their Arbeitstage", () => {
    expect(march.overall.count).toBe(5);
    expect(march.overall.meanWorkingDays).toBeCloseTo((2 + 10 + 15 + 1 + 14) / 5, 10);
    expect(march.overall.medianWorkingDays).toBe(10);
    // P90 of [1, 2, 10, 14, 15]: rank 0,9 × 4 = 3,6 → 14 + 0,6 × (15 − 14) = 14,6
    expect(march.overall.p90WorkingDays).toBeCloseTo(14.6, 10);
  });

  it("gives the share within 14 Arbeitstage (4 of 5 = 80 %) and calendar days", () => {
    expect(march.overall.shareWithinLimitPct).toBeCloseTo(80, 10);
    // calendar days: 2, 14, 21, 1, 18 → 11,2
    expect(march.overall.meanCalendarDays).toBeCloseTo(11.2, 10);
  });

  it("splits by category (Neuantrag / Weiterbewilligung)", () => {
    const byName = Object.fromEntries(march.byCategory.map((b) => [b.category, b.stats]));
    expect(byName.Neuantrag.meanWorkingDays).toBeCloseTo(8.5, 10); // (2 + 15) / 2
    expect(byName.Weiterbewilligung.meanWorkingDays).toBeCloseTo(25 / 3, 10); // (10 + 1 + 14) / 3
  });

  it("reports the backlog at the end of the month by age", () => {
    // Open on 31.3.: since 3.1. (63 AT), since 25.3. (4 AT), since 30.3. (1 AT; decided only in April)
    expect(march.backlog.open).toBe(3);
    const buckets = Object.fromEntries(march.backlog.buckets.map((b) => [b.label, b.count]));
    expect(buckets["bis 14 AT"]).toBe(2);
    expect(buckets["über 60 AT"]).toBe(1);
  });

  it("the January case is 63 Arbeitstage old at the end of March, so 'über 60 AT'", () => {
    // 4.1.–31.3.2022 (3.1. itself excluded): January 20, February 20, March 23 weekdays, no holiday in Niedersachsen = 63
    const open = measureCases("leistungsantraege", [c("2022-01-03", null)], { from: "2022-03-01", to: "2022-03-31" });
    expect(open.backlog.buckets.find((b) => b.label === "über 60 AT")?.count).toBe(1);
    expect(open.backlog.buckets.find((b) => b.label === "31–60 AT")?.count).toBe(0);
  });

  it("the histogram covers every decided case once", () => {
    expect(march.histogram.reduce((a, b) => a + b.count, 0)).toBe(5);
    expect(march.histogram.find((b) => b.label === "0–5")?.count).toBe(2);
  });

  it("median per month for the trend", () => {
    const trend = monthlyMedians(cases, ["2022-02", "2022-03", "2022-04"]);
    expect(trend.map((t) => t.count)).toEqual([1, 5, 1]);
    expect(trend[1].median).toBe(10);
  });
});

describe("Widersprüche", () => {
  const objections = [
    c("2022-01-10", "2022-03-15", null, "zurückgewiesen"),
    c("2022-01-10", "2022-04-11", null, "stattgegeben"), // more than three months
    c("2022-02-01", "2022-03-20", null, "teilweise"),
    c("2022-03-01", "2022-03-30", null, "sonstige"),
  ];
  const march = measureCases("widersprueche", objections, { from: "2022-03-01", to: "2022-03-31" });

  it("Stattgabequote from the outcome column: 1 teilweise of 3 decided in March = 33,3 %", () => {
    expect(march.upholdRatePct).toBeCloseTo(100 / 3, 10);
  });

  it("share settled within three months is measured in calendar months", () => {
    expect(march.overall.shareWithinLimitPct).toBe(100);
    expect(addMonthsToDate("2022-01-31", 1)).toBe("2022-02-28");
    expect(addMonthsToDate("2022-11-30", 3)).toBe("2023-02-28");
  });
});

describe("statistics", () => {
  it("percentiles interpolate like Excel's QUANTIL.INKL", () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([], 0.9)).toBeNull();
  });
});
