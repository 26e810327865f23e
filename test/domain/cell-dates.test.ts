/** Dates from cells: what counts as a date a case can start or end on, and what is a typo. */
import { parseCellDate } from "../../src/domain/cell-dates";

describe("parseCellDate", () => {
  it.each([
    [44_910, "2022-12-15"],
    ["15.12.2022", "2022-12-15"],
    ["15.12.22", "2022-12-15"],
    ["2022-12-15", "2022-12-15"],
    ["2022-12-15T08:30:00", "2022-12-15"],
    ["01.01.1900", "1900-01-01"],
    ["31.12.9999", "9999-12-31"],
    // Protocol exports put the column's name before the date.
    ["Eingang: 14.04.2024 15:34", "2024-04-14"],
    ["erledigt am: 2024-05-02", "2024-05-02"],
  ])("%j is the date %s", (raw, iso) => {
    expect(parseCellDate(raw)).toEqual({ kind: "date", date: iso });
  });

  it.each([["15.03.1899"], ["01.01.10000"], ["31.04.2022"], ["29.02.2023"], [-5], [0], [3_000_000], ["morgen"], ["Eingang: morgen"], ["14: 04.2024"]])("%j is not a date", (raw) => {
    expect(parseCellDate(raw)).toMatchObject({ kind: "invalid" });
  });

  it("an empty cell is blank, not a date and not an error", () => {
    expect(parseCellDate(null)).toEqual({ kind: "blank" });
    expect(parseCellDate("  ")).toEqual({ kind: "blank" });
  });
});
