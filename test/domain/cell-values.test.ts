import { isDateFormat, parseCellNumber } from "../../src/domain/cell-values";

const valueOf = (raw: unknown) => {
  const parsed = parseCellNumber(raw);
  return parsed.kind === "number" ? parsed.value : parsed.kind;
};

describe("numbers as controllers type them", () => {
  it.each([
    [1234.5, 1234.5],
    ["1.234.567,89", 1234567.89],
    ["1,234,567.89", 1234567.89],
    ["24,6 %", 24.6],
    ["24.6%", 24.6],
    ["−3,5", -3.5],
    ["(1.200)", -1200],
    ["1.234,56-", -1234.56],
    ["1.234,56- €", -1234.56],
    ["1.200 €", 1200],
    ["EUR 1.200", 1200],
    ["2,5 Mio", 2_500_000],
    ["8.388.398", 8_388_398],
    ["0.246", 0.246],
    ["  7 490 ", 7490],
    // Preliminary values are the numbers they say: the mark behind them is a note, not a reason to drop them.
    ["7.412 (vorläufig)", 7412],
    ["7412*", 7412],
    ["24,5 %*", 24.5],
    ["1.250 (vorl.)", 1250],
  ])("%p → %p", (raw, expected) => {
    expect(valueOf(raw)).toBeCloseTo(expected as number, 6);
  });

  it("marks percentages", () => {
    const parsed = parseCellNumber("24,6 %");
    expect(parsed.kind === "number" && parsed.percent).toBe(true);
  });

  it.each(["k.A.", "-", "–", "x", ".", "#NV", "#N/A", "#DIV/0!"])("%p is no value, never 0", (raw) => {
    expect(parseCellNumber(raw).kind).toBe("no-value");
  });

  it("a mark alone is no number", () => {
    expect(valueOf("*")).toBe("invalid");
    expect(valueOf("vorläufig")).toBe("invalid");
    expect(valueOf("(vorläufig)")).toBe("invalid");
  });

  it("blank is blank, not zero", () => {
    expect(parseCellNumber(null).kind).toBe("blank");
    expect(parseCellNumber("   ").kind).toBe("blank");
  });

  it.each(["zwölf", "1,2,3,4", "12abc", true])("%p is not a number", (raw) => {
    expect(parseCellNumber(raw).kind).toBe("invalid");
  });
});

describe("number formats that show a date or time (a number under them is a date serial, not an amount)", () => {
  it.each(["mm-dd-yy", "dd.mm.yyyy", "d. mmmm yyyy", "[$-407]mmm yy", "hh:mm", "yyyy-mm-dd hh:mm:ss"])("%p is a date format", (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each(["General", "#,##0", '#,##0 "€"', "0.0 %", '#,##0.00 [$€-407]', '_-* #,##0 €_-;-* #,##0 €_-', '0 "Tage"', "0.00E+00"])("%p is no date format", (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});
