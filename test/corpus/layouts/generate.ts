/**
 * The layout corpus: controller workbooks in layouts the product's own tests do not contain, each with the figures
 * a user should see (computed from the raw data with domain.md's formulas). `writeCorpus(dir)` writes every workbook
 * (sheets as declared) into `dir`; the checker also writes each with its sheets reversed. The .xlsx files are never
 * committed: run `npx ts-node --transpile-only test/corpus/layouts/generate.ts <dir>` to look at them.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { LayoutWorkbook } from "./model";
import { writeLayoutWorkbook } from "./write-workbook";
import { baStatistikLayouts } from "./ba-statistik";
import { caseListLayouts } from "./case-lists";
import { crossSectionLayouts } from "./cross-section";
import { diagnosticLayouts } from "./diagnostics";
import { financeExportLayouts } from "./finance-exports";
import { freshBudgetLayouts } from "./fresh-budget";
import { freshFaelleQuerschnittLayouts } from "./fresh-faelle-querschnitt";
import { freshGrunddatenLayouts } from "./fresh-grunddaten";
import { freshMischblaetterLayouts } from "./fresh-mischblaetter";
import { freshZieleQualitaetLayouts } from "./fresh-ziele-qualitaet";
import { fresh2BudgetLayouts } from "./fresh2-budget";
import { fresh2GrunddatenLayouts } from "./fresh2-grunddaten";
import { fresh2MischblaetterLayouts } from "./fresh2-mischblaetter";
import { fresh2QuerschnittFaelleLayouts } from "./fresh2-querschnitt-faelle";
import { fresh2ZieleQualitaetLayouts } from "./fresh2-ziele-qualitaet";
import { holdoutBudgetFaelleLayouts } from "./holdout-budget-faelle";
import { holdoutGrunddatenLayouts } from "./holdout-grunddaten";
import { holdout2BudgetFaelleLayouts } from "./holdout2-budget-faelle";
import { holdout2GrunddatenLayouts } from "./holdout2-grunddaten";
import { holdout2ZieleQualitaetLayouts } from "./holdout2-ziele-qualitaet";
import { holdoutZieleQualitaetLayouts } from "./holdout-ziele-qualitaet";
import { labelUnitLayouts } from "./labels-units";
import { periodLayouts } from "./periods";
import { sideBySideLayouts } from "./side-by-side";
import { yearSheetLayouts } from "./year-sheets";
import { zielIstLayouts } from "./ziel-ist-rows";

export function corpusLayouts(): LayoutWorkbook[] {
  const all = [
    ...zielIstLayouts(), ...yearSheetLayouts(), ...crossSectionLayouts(), ...financeExportLayouts(), ...periodLayouts(),
    ...sideBySideLayouts(), ...labelUnitLayouts(), ...caseListLayouts(), ...baStatistikLayouts(), ...diagnosticLayouts(),
    ...holdoutGrunddatenLayouts(), ...holdoutZieleQualitaetLayouts(), ...holdoutBudgetFaelleLayouts(),
    ...holdout2GrunddatenLayouts(), ...holdout2ZieleQualitaetLayouts(), ...holdout2BudgetFaelleLayouts(),
    // Fresh corpus of issue 21 (files f-…), written without reading src/sources.
    ...freshGrunddatenLayouts(), ...freshZieleQualitaetLayouts(), ...freshBudgetLayouts(), ...freshFaelleQuerschnittLayouts(), ...freshMischblaetterLayouts(),
    // Second fresh corpus (files fresh2-…), written without reading src/sources.
    ...fresh2GrunddatenLayouts(), ...fresh2ZieleQualitaetLayouts(), ...fresh2BudgetLayouts(), ...fresh2QuerschnittFaelleLayouts(),
    ...fresh2MischblaetterLayouts(),
  ];
  // Corpus-wide rules of the issue, asserted on every workbook: no message twice (point 7); every sheet's model is in
  // the summary's `mappings` (Done when).
  for (const layout of all) {
    layout.expect.push({ uniqueMessages: true });
    for (const sheet of layout.sheets) layout.expect.push({ path: `mappings[sheet=${sheet.name}]`, exists: true, why: "Zuordnung je Blatt in mappings" });
  }
  const names = new Set<string>();
  for (const layout of all) {
    if (names.has(layout.file)) throw new Error(`corpus: ${layout.file} twice`);
    names.add(layout.file);
  }
  return all;
}

export async function writeCorpus(dir: string): Promise<LayoutWorkbook[]> {
  mkdirSync(dir, { recursive: true });
  const layouts = corpusLayouts();
  for (const layout of layouts) await writeLayoutWorkbook(layout, join(dir, layout.file), "declared");
  return layouts;
}

if (require.main === module) {
  const dir = process.argv[2] ?? "out/layout-corpus";
  writeCorpus(dir).then((layouts) => console.log(`${layouts.length} Arbeitsmappen in ${dir}`));
}
