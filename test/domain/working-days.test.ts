import { easterSunday, holidays } from "../../src/domain/processing/holidays";
import { calendarDaysBetween, isWorkingDay, workingDaysBetween, type WorkingCalendar } from "../../src/domain/processing/working-days";

describe("public holidays", () => {
  it("computes Easter Sunday", () => {
    expect([easterSunday(2022), easterSunday(2023), easterSunday(2024), easterSunday(2025)]).toEqual(["2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20"]);
  });

  it("knows the Niedersachsen holidays of 2022, Reformationstag included", () => {
    expect([...holidays(2022, "NI").keys()].sort()).toEqual([
      "2022-01-01", "2022-04-15", "2022-04-18", "2022-05-01", "2022-05-26", "2022-06-06", "2022-10-03", "2022-10-31", "2022-12-25", "2022-12-26",
    ]);
  });

  it("Reformationstag: Niedersachsen only since 2018, everywhere in 2017, never in Bayern otherwise", () => {
    expect(holidays(2016, "NI").has("2016-10-31")).toBe(false);
    expect(holidays(2017, "BY").has("2017-10-31")).toBe(true);
    expect(holidays(2019, "NI").has("2019-10-31")).toBe(true);
    expect(holidays(2019, "BY").has("2019-10-31")).toBe(false);
  });

  it("other Länder are selectable: Fronleichnam in NRW, Buß- und Bettag in Sachsen", () => {
    expect(holidays(2022, "NW").get("2022-06-16")).toBe("Fronleichnam");
    expect(holidays(2022, "SN").get("2022-11-16")).toBe("Buß- und Bettag");
    expect(holidays(2022, "NI").has("2022-06-16")).toBe(false);
  });
});

describe("Arbeitstage (start day excluded, end day included)", () => {
  it("Monday → Tuesday is 1, the same day 0, a week is 5", () => {
    expect(workingDaysBetween("2022-03-07", "2022-03-08")).toBe(1);
    expect(workingDaysBetween("2022-03-07", "2022-03-07")).toBe(0);
    expect(workingDaysBetween("2022-03-07", "2022-03-14")).toBe(5);
  });

  it("across Easter 2022: Thursday 14.4. → Wednesday 20.4. skips Karfreitag and Ostermontag (2 days)", () => {
    // 15.4. Karfreitag, 16./17. weekend, 18.4. Ostermontag, 19.4. Tue, 20.4. Wed
    expect(workingDaysBetween("2022-04-14", "2022-04-20")).toBe(2);
  });

  it("across Easter 2023: Thursday 6.4. → Tuesday 11.4. counts only the Tuesday", () => {
    expect(workingDaysBetween("2023-04-06", "2023-04-11")).toBe(1);
  });

  it("Reformationstag 2022 (Monday) in Niedersachsen: Friday 28.10. → Tuesday 1.11. is 1", () => {
    expect(workingDaysBetween("2022-10-28", "2022-11-01")).toBe(1);
    // Hessen has neither Reformationstag nor Allerheiligen: Monday and Tuesday count.
    expect(workingDaysBetween("2022-10-28", "2022-11-01", { land: "HE", closingDays: new Set() })).toBe(2);
  });

  it("a case spanning New Year: 22.12.2022 → 3.1.2023 skips both Weihnachtstage and Neujahr (Sunday)", () => {
    // 23.12. Fri, 27.–30.12. Tue–Fri, 2.1. Mon, 3.1. Tue = 7
    expect(workingDaysBetween("2022-12-22", "2023-01-03")).toBe(7);
    expect(calendarDaysBetween("2022-12-22", "2023-01-03")).toBe(12);
  });

  it("a leap day counts: 28.2.2024 (Wed) → 1.3.2024 (Fri) is 2", () => {
    expect(workingDaysBetween("2024-02-28", "2024-03-01")).toBe(2);
  });

  it("local closing days are not working days", () => {
    const calendar: WorkingCalendar = { land: "NI", closingDays: new Set(["2022-05-27"]) }; // Brückentag after Himmelfahrt
    expect(isWorkingDay("2022-05-27", calendar)).toBe(false);
    expect(workingDaysBetween("2022-05-25", "2022-05-30", calendar)).toBe(1);
  });

  it("a whole year: 2020 in Niedersachsen has 262 weekdays minus 7 weekday holidays = 255 Arbeitstage", () => {
    // Weekday holidays 2020: Neujahr (Wed), Karfreitag, Ostermontag, 1. Mai (Fri), Himmelfahrt, Pfingstmontag, 25.12. (Fri);
    // 3.10., 31.10. and 26.12. fall on Saturdays. The start day 1.1. is excluded but is a holiday anyway.
    expect(workingDaysBetween("2020-01-01", "2020-12-31")).toBe(255);
  });
});
