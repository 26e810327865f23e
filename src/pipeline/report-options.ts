/**
 * Every option a report run takes, validated once for every entry point (CLI, pane, ribbon, standalone mode,
 * benchmarks). `ReportOptions` is derived from OPTION_FIELDS: adding an option here is the only way to add one.
 */
import { parseMonthLabel } from "../domain/month-labels";
import { parseComparisonType } from "../domain/peers/comparison-types";
import { LAND_NAMES, type Land } from "../domain/processing/holidays";
import { isReportSheetKey, type ReportSheetKey } from "../report/report-sheets";
import { parseDecisions, type SheetDecision } from "../sources/source-mapping";
import { booleanField, customField, type FieldValue, integerField, oneOf } from "./option-fields";

const LANDS = Object.keys(LAND_NAMES) as Land[];

export const OPTION_FIELDS = {
  /** Berichtsmonat: "2022-10", "10/2022", "Okt 2022", "Oktober 2022". Omitted = the latest month with data. */
  reportMonth: customField(
    (v) => (typeof v === "string" ? parseMonthLabel(v) : null),
    (v) => `„${String(v)}“ ist kein Berichtsmonat (z. B. 2022-10, 10/2022 oder Oktober 2022).`,
  ),
  /** Zielpfad for cumulative indicators: auto (seasonal where the previous year is in the workbook), linear, seasonal. */
  cumulativeTargetPath: oneOf(["auto", "linear", "seasonal"] as const, (v) => `Zielpfad „${v}“ ist unbekannt (auto, linear oder seasonal).`),
  /** Tolerance for targets without one: "0,5;2" or { pp: 0.5, percent: 2 }. */
  defaultTolerance: customField(parseTolerance, (v) => `Toleranz „${typeof v === "string" ? v : JSON.stringify(v)}“ ist keine Angabe „pp;Prozent“ mit Zahlen ab 0 (z. B. 0,5;2).`),
  /** Report sheets to write (keys), as a list or "ziel-ist-vergleich,egt-controlling". */
  sheets: customField(parseSheets, (v) => `Die Blattauswahl „${String(v)}“ nennt kein bekanntes Berichtsblatt.`),
  /** Fill options not given from the settings remembered in the workbook (ribbon "Aktualisieren"). */
  useRememberedSettings: booleanField("Gespeicherte Einstellungen verwenden"),
  /** Remember this run's settings in the workbook, so the ribbon and colleagues get the same report. */
  rememberSettings: booleanField("Einstellungen speichern"),
  /** Today's date (ISO), for tests and reproducible runs; case dates after it are reported. */
  today: customField(
    (v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : null),
    (v) => `„${String(v)}“ ist kein Datum im Format JJJJ-MM-TT.`,
  ),
  /** Months the K2 denominator lags (BIAJ: 1). */
  integrationDenominatorLag: integerField("Verzögerung des K2-Nenners", 0, 12),
  /** Land whose public holidays count for Arbeitstage. */
  land: oneOf(LANDS, (v) => `„${v}“ ist kein Bundesland-Kürzel (z. B. NI, NW, BY).`),
  /**
   * The source mapping to read by (what `quellen --json` prints, corrected by hand), instead of the one stored in the
   * workbook: a Regionaldirektion fixes a layout once and runs it over many workbooks.
   */
  sourceMapping: customField(parseMappingFile, () => "Die Zuordnungsdatei ist nicht lesbar: erwartet wird, was „quellen --json“ ausgibt ({ \"zuordnung\": [{ \"sheet\": …, \"kind\": … }] })."),
  /** The own Jobcenter in an all-Jobcenter table: Regionalschlüssel ("03353") or a name fragment ("Harburg"). */
  jobcenter: customField(
    (v) => (typeof v === "string" && v.trim() !== "" && v.trim().length <= 120 ? v.trim() : null),
    (v) => `„${String(v)}“ ist kein Jobcenter (Regionalschlüssel, z. B. 03353, oder Name, z. B. Harburg).`,
  ),
  /**
   * The own SGB II-Vergleichstyp ("IIIb", "Typ 8"), for a table that names none for the own Jobcenter; a table that
   * names one wins. Only the 15 types of domain.md §1.6 are accepted, so a typo cannot become an empty peer group.
   * Blank ("") is the pane's "keiner": no type, chosen on purpose — it replaces a remembered one instead of reviving it.
   */
  comparisonType: customField(
    (v) => (typeof v !== "string" ? null : v.trim() === "" ? "" : parseComparisonType(v)),
    (v) => `„${String(v)}“ ist kein SGB II-Vergleichstyp (Typ 1 bis Typ 15 oder Ia bis IIIe, z. B. IIIb).`,
  ),
} as const;

export type OptionName = keyof typeof OPTION_FIELDS;

export type ReportOptions = { readonly [K in OptionName]?: FieldValue<(typeof OPTION_FIELDS)[K]> };

/** Options as an entry point hands them over: anything, to be validated. */
export type ReportOptionsInput = { readonly [K in OptionName]?: unknown };

export type ValidatedOptions = { ok: true; options: ReportOptions } | { ok: false; errors: string[] };

/** Validates every given option; unknown names and undefined values are errors and ignored, respectively. */
export function validateOptions(input: ReportOptionsInput): ValidatedOptions {
  const options: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!(name in OPTION_FIELDS)) {
      errors.push(`Unbekannte Einstellung „${name}“.`);
      continue;
    }
    const parsed = OPTION_FIELDS[name as OptionName].parse(value);
    if (parsed.ok) options[name] = parsed.value;
    else errors.push(parsed.error);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, options: options as ReportOptions };
}

/** A run refused because of its options: the pane shows the text, the CLI exits with 2. */
export class InvalidOptionsError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join(" "));
    this.name = "InvalidOptionsError";
  }
}

function parseTolerance(value: unknown): { pp: number; percent: number } | null {
  if (typeof value === "object" && value !== null) {
    const { pp, percent } = value as { pp?: unknown; percent?: unknown };
    return typeof pp === "number" && typeof percent === "number" && pp >= 0 && percent >= 0 ? { pp, percent } : null;
  }
  if (typeof value !== "string") return null;
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*;\s*(\d+(?:[.,]\d+)?)\s*$/.exec(value);
  return match ? { pp: Number(match[1].replace(",", ".")), percent: Number(match[2].replace(",", ".")) } : null;
}

function parseSheets(value: unknown): ReportSheetKey[] | null {
  const list = typeof value === "string" ? value.split(",").map((k) => k.trim()).filter((k) => k !== "") : Array.isArray(value) ? value : null;
  if (list === null || list.length === 0) return null;
  const keys = list.filter((k): k is ReportSheetKey => typeof k === "string" && isReportSheetKey(k));
  return keys.length === list.length ? keys : null;
}

/** The decisions of a mapping file: `{ "zuordnung": [...] }` as `quellen --json` prints it, or the bare list. */
function parseMappingFile(value: unknown): SheetDecision[] | null {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  try {
    const parsed: unknown = JSON.parse(text);
    const list = Array.isArray(parsed) ? parsed : (parsed as { zuordnung?: unknown })?.zuordnung;
    if (!Array.isArray(list)) return null;
    const { decisions, valid } = parseDecisions(JSON.stringify(list));
    return valid ? decisions : null;
  } catch {
    return null;
  }
}
