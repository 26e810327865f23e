/** The "Quellen" overview: what was read from which sheet, in words a controller checks at a glance. */
import { monthSpanText } from "../domain/months";
import { CASE_LIST_NAMES } from "../domain/processing/cases";
import type { SourceData } from "../sources/read-sources";
import type { SourceSummary } from "./summary";

export function summarizeSources(sources: SourceData): SourceSummary[] {
  const result: SourceSummary[] = [];
  if (sources.baseSeriesSheets.length > 0) {
    const span = monthSpanText(sources.baseSeries.values());
    const sheet = sources.baseSeriesSheets.join(", ");
    result.push({ kind: "grunddaten", sheet, description: `${sources.baseSeries.size} Grunddaten${span}` });
    if (sources.published.size > 0) result.push({ kind: "kennzahlen", sheet, description: `${sources.published.size} veröffentlichte Kennzahlen (§ 48a)` });
  }
  for (const set of sources.targetSets) {
    const locals = sources.localIndicators.length;
    result.push({ kind: "zielwerte", sheet: set.sheets.join(", "), description: `${set.targets.size} Zielwerte${set.year ? ` ${set.year}` : ""}${locals > 0 ? `, davon ${locals} lokale Kennzahlen` : ""}` });
  }
  for (const sheet of sources.reportedSheets) {
    result.push({ kind: "qualitaet", sheet, description: `Qualitätskennzahlen: ${sources.reported.size} Kennzahlen mit Monatswerten` });
  }
  if (sources.budget) {
    const year = sources.budget.year ? ` ${sources.budget.year}` : "";
    result.push({ kind: "egt", sheet: sources.budget.sheet, description: `Eingliederungstitel${year}: ${sources.budget.lines.length} Instrumente${sources.budget.derivation.allocation !== null ? ", Mittelherleitung" : ""}` });
  }
  if (sources.budgetMonths) {
    result.push({ kind: "mittelabfluss", sheet: sources.budgetMonths.sheet, description: `Mittelabfluss: ${sources.budgetMonths.months.length} Monate` });
  }
  for (const list of sources.caseLists) {
    const excluded = Object.values(list.excluded).reduce((a, b) => a + b, 0);
    result.push({ kind: "faelle", sheet: list.sheet, description: `${CASE_LIST_NAMES[list.kind]}: ${list.cases.length.toLocaleString("de-DE")} Fälle${excluded > 0 ? ` (${excluded} nicht verwendbar)` : ""}` });
  }
  if (sources.closingDaysSheet) result.push({ kind: "schliesstage", sheet: sources.closingDaysSheet, description: `${sources.closingDays.size} Schließtage` });
  return result;
}
