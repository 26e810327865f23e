import { parseMonthLabel } from "../../src/domain/month-labels";

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
