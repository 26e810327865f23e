import { bareMonthIn, implausibleMonths, isDayOrYear, looksLikeMonthLabel, parseMonthLabel } from "../../src/domain/month-labels";

describe("month labels (domain.md §6)", () => {
  it.each([
    ["Januar 2020", "2020-01"],
    ["März 2022", "2022-03"],
    ["Maerz 2022", "2022-03"],
    ["Sep 2019", "2019-09"],
    ["Jan.04", "2004-01"],
    ["Jan 22", "2022-01"],
    ["12/05", "2005-12"],
    ["05/2021", "2021-05"],
    ["05.2021", "2021-05"],
    ["2022-11", "2022-11"],
    ["202211", "2022-11"],
    ["Berichtsmonat Juni 2009", "2009-06"],
    [44562, "2022-01"], // Excel serial of 2022-01-01
    [44592, "2022-01"], // 2022-01-31 is still January
  ])("%p → %p", (raw, expected) => {
    expect(parseMonthLabel(raw)).toBe(expected);
  });

  it.each(["Kürzel", "Summe", 12, 2022, "13/2022", ""])("%p is not a month", (raw) => {
    expect(parseMonthLabel(raw)).toBeNull();
  });
});

describe("a two-digit number after a month name may be a day (Feb 30)", () => {
  it.each(["Feb 30", "Jan 22", "Jan.04", "mär-31"])("%p could be a day", (raw) => {
    expect(isDayOrYear(raw)).toBe(true);
  });

  it.each(["Feb 2030", "Feb 32", "02/30", "Feb 00", 44562, "Summe 22"])("%p cannot be a day", (raw) => {
    expect(isDayOrYear(raw)).toBe(false);
  });

  const header = (...labels: string[]) => labels.map((raw) => ({ raw, month: parseMonthLabel(raw) as string }));

  it("doubts only the label more than a year away from every other month of its header", () => {
    expect(implausibleMonths(header("Jan 22", "Feb 30", "Mär 22")).map((e) => e.raw)).toEqual(["Feb 30"]);
  });

  it("takes labels that agree with each other as written, even in 2030, and a year's step as a neighbour", () => {
    expect(implausibleMonths(header("Jan 30", "Feb 30", "Mär 30"))).toEqual([]);
    expect(implausibleMonths(header("Mär 21", "Mär 22"))).toEqual([]);
  });

  it("does not doubt a label with a four-digit year, nor a lone label with nothing to compare with", () => {
    expect(implausibleMonths(header("Jan 22", "Februar 2030", "Mär 22"))).toEqual([]);
    expect(implausibleMonths(header("Feb 30"))).toEqual([]);
  });

  it("counts the same month in another row as company (long format: two rows of Feb 30 agree)", () => {
    expect(implausibleMonths(header("Feb 30", "Feb 30"))).toEqual([]);
    expect(implausibleMonths(header("Feb 30", "03/2022")).map((e) => e.raw)).toEqual(["Feb 30"]);
  });
});

describe("labels meant as a month that are none", () => {
  it.each(["13/2022", "2022-13", "00.2022", "202213", "Febr 22", "Mär 2O22", "Janu. 2022"])("%p was meant as a month (and is none)", (raw) => {
    expect(looksLikeMonthLabel(raw)).toBe(true);
    expect(parseMonthLabel(raw)).toBeNull();
  });

  it.each(["Vorjahr 2021", "Summe 2022", "Gesamt", "Anteil in %", "Veränderung 2022 ggü. 2021", 13])("%p is no attempt at a month", (raw) => {
    expect(looksLikeMonthLabel(raw)).toBe(false);
  });
});

describe("a month named without a year, completed with the year the sheet says", () => {
  it.each([["Januar", "2024-01"], ["Mär.", "2024-03"], ["  Dezember ", "2024-12"]])("%p in 2024 → %s", (label, month) => {
    expect(bareMonthIn(label, 2024)).toBe(month);
  });

  it.each([["Jan 2023"], ["03/2024"], ["Summe"], [""], [45292]])("%p is no bare month name", (label) => {
    expect(bareMonthIn(label, 2024)).toBeNull();
  });
});
