import { parsePeriodLabel } from "../../src/domain/periods";

describe("periods as controllers write them", () => {
  it.each([
    ["2. Halbjahr 2024", "2024-12", "2. Halbjahr 2024"],
    ["1. HJ 2024", "2024-06", "1. Halbjahr 2024"],
    ["HJ 1/2024", "2024-06", "1. Halbjahr 2024"],
    ["H2 2023", "2023-12", "2. Halbjahr 2023"],
    ["2024-H1", "2024-06", "1. Halbjahr 2024"],
    ["Q3 2024", "2024-09", "3. Quartal 2024"],
    ["Q1/2025", "2025-03", "1. Quartal 2025"],
    ["III/2024", "2024-09", "3. Quartal 2024"],
    ["IV. Quartal 2023", "2023-12", "4. Quartal 2023"],
    ["3. Quartal 2024", "2024-09", "3. Quartal 2024"],
    ["2024-Q2", "2024-06", "2. Quartal 2024"],
    ["Oktober 2024", "2024-10", "Oktober 2024"],
  ])("%s ends in %s and is named %s", (text, last, label) => {
    expect(parsePeriodLabel(text)).toMatchObject({ last, label });
  });

  it.each(["3. Halbjahr 2024", "Q5 2024", "V/2024", "Halbjahr", "Quartal 2024", "Ziel 2024"])("%s is no period", (text) => {
    expect(parsePeriodLabel(text)).toBeNull();
  });

  it.each([
    ["Q1/24", "2024-03"],
    ["Q2 24", "2024-06"],
    ["II/24", "2024-06"],
  ])("%s: a quarter with a two-digit year, as months are written („Mai 23“)", (text, last) => {
    expect(parsePeriodLabel(text)).toMatchObject({ kind: "quarter", last });
  });

  it.each(["Q1", "II 24", "Q124"])("%s names no quarter with its year", (text) => {
    expect(parsePeriodLabel(text)).toBeNull();
  });
});
