/**
 * The settings a run leaves in the workbook (Berichtsmonat, Zielpfad, sheets, tolerance, Land, the own Jobcenter and
 * its Vergleichstyp), so the ribbon's "Aktualisieren" and a colleague get the same report. Stored values go through
 * the same validation as given ones; one that no longer parses is ignored, never fatal.
 */
import { parseSheetSelection } from "../report/report-sheets";
import { OPTION_FIELDS, type OptionName, type ReportOptions } from "./report-options";

/** Setting keys in the workbook; values are plain strings. */
export const SETTING = { reportMonth: "berichtsmonat", targetPath: "zielpfad", sheets: "blaetter", tolerance: "toleranz", land: "bundesland", jobcenter: "jobcenter", comparisonType: "vergleichstyp" } as const;

/** Which option each stored setting feeds; the Berichtsmonat only when the run asks for remembered settings. */
const REMEMBERED: ReadonlyArray<{ option: OptionName; setting: string; onlyOnRequest: boolean }> = [
  { option: "reportMonth", setting: SETTING.reportMonth, onlyOnRequest: true },
  { option: "cumulativeTargetPath", setting: SETTING.targetPath, onlyOnRequest: false },
  { option: "sheets", setting: SETTING.sheets, onlyOnRequest: false },
  { option: "defaultTolerance", setting: SETTING.tolerance, onlyOnRequest: false },
  { option: "land", setting: SETTING.land, onlyOnRequest: false },
  // The own Jobcenter is chosen once and remembered: a Regionalschlüssel or a public name, never personal data.
  { option: "jobcenter", setting: SETTING.jobcenter, onlyOnRequest: false },
  // So is its Vergleichstyp, when the table does not name it: a public label of the Jobcenter, like its name.
  { option: "comparisonType", setting: SETTING.comparisonType, onlyOnRequest: false },
];

/** The options given, completed from the stored settings where the run did not say. */
export function withRememberedSettings(options: ReportOptions, stored: Readonly<Record<string, string>>): ReportOptions {
  const effective: Record<string, unknown> = { ...options };
  for (const { option, setting, onlyOnRequest } of REMEMBERED) {
    if (effective[option] !== undefined || (onlyOnRequest && !options.useRememberedSettings)) continue;
    const raw = setting === SETTING.sheets ? parseSheetSelection(stored[setting]) : stored[setting];
    if (raw === undefined || raw === "") continue;
    const parsed = OPTION_FIELDS[option].parse(raw);
    if (parsed.ok) effective[option] = parsed.value;
  }
  return effective as ReportOptions;
}

/**
 * What this run leaves in the workbook. A Berichtsmonat is kept only when it was chosen: a defaulted one would hold
 * the ribbon at an old month once newer figures arrive.
 */
export function settingsToRemember(options: ReportOptions): Record<string, string> {
  const tolerance = options.defaultTolerance;
  return {
    [SETTING.targetPath]: options.cumulativeTargetPath ?? "auto",
    ...(options.reportMonth ? { [SETTING.reportMonth]: options.reportMonth } : {}),
    [SETTING.sheets]: (options.sheets ?? []).join(","),
    [SETTING.tolerance]: tolerance ? `${tolerance.pp};${tolerance.percent}` : "",
    [SETTING.land]: options.land ?? "",
    [SETTING.jobcenter]: options.jobcenter ?? "",
    [SETTING.comparisonType]: options.comparisonType ?? "",
  };
}
