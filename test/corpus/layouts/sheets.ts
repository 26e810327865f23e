/** Sheet builders in the plain layouts the product already knows, used next to the new layouts under test. */
import { GRUNDDATEN_LABELS, GRUNDDATEN_UNITS, monthDate, type JobcenterData } from "./data";
import type { MonthKey } from "./formulas";
import type { CellInput, SheetSpec } from "./model";
import type { Targets } from "./standard";

export const STANDARD_CODES = ["elb", "elb_f", "elb_m", "int", "int_f", "int_m", "lzb", "llu", "luh", "zug_elb", "abg_elb"];

/** Grunddaten wide: title, Stand, then Grunddatum | Kürzel | Einheit | one column per month (dates). */
export function grunddatenWide(name: string, data: JobcenterData, months: MonthKey[], codes: string[] = STANDARD_CODES, title = "Grunddaten SGB II"): SheetSpec {
  const rows: CellInput[][] = [[`${data.name} – ${title}`], ["Stand: 20.08.2024"], []];
  rows.push(["Grunddatum", "Kürzel", "Einheit", ...months.map(monthDate)]);
  for (const code of codes) rows.push([GRUNDDATEN_LABELS[code], code, GRUNDDATEN_UNITS[code], ...months.map((m) => data.series[code][m] ?? null)]);
  rows.push([], ["Quelle: Statistik der BA, eigene Berechnungen (synthetisch)"]);
  return { name, rows };
}

/** Zielwerte: Ziel | Kennzahl | Zielwert <Jahr> | Einheit (the sample's layout). */
export function zieleSheet(name: string, year: number, targets: Targets): SheetSpec {
  return {
    name,
    rows: [
      [`Zielvereinbarung ${year} nach § 48b SGB II`],
      [],
      ["Ziel", "Kennzahl", `Zielwert ${year}`, "Einheit"],
      ["Verbesserung der Integration in Erwerbstätigkeit", "Integrationsquote", targets.K2, "%"],
      ["Verbesserung der Integration in Erwerbstätigkeit", "Integrationsquote Frauen", targets.K2_F, "%"],
      ["Verbesserung der Integration in Erwerbstätigkeit", "Integrationsquote Männer", targets.K2_M, "%"],
      ["Vermeidung von langfristigem Leistungsbezug", "Bestand Langzeitleistungsbeziehende", targets.LZB, "Personen"],
      ["Verringerung der Hilfebedürftigkeit", "Summe Leistungen zum Lebensunterhalt", null, "EUR"],
    ],
  };
}

/** A title sheet without figures (Deckblatt); unrelated to any kind. */
export function deckblatt(name = "Deckblatt"): SheetSpec {
  return { name, rows: [["Controllingbericht Jobcenter Landkreis Harburg"], [], ["Erstellt von: Controlling (Team 61)"], ["Vertraulich – nur für den Dienstgebrauch"]] };
}

/** "P5" for the 0-based row 4 and column 15 of a sheet's `rows`. */
export function cellAddress(rowIndex: number, columnIndex: number): string {
  let n = columnIndex + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${rowIndex + 1}`;
}
