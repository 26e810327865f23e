/**
 * Output safety, decided once for both adapters:
 *  - text that Excel could read as a formula is marked to be written as text;
 *  - the add-in writes only to sheets it owns; a user sheet with the preferred name is never touched: another name is
 *    chosen and the user is told;
 *  - a refresh replaces the sheets the add-in created before (looked up by report key), so output is idempotent;
 *  - text longer than an Excel cell holds is shortened (Excel would call the file damaged), and the user is told.
 */
import type { PlanValue, ReportPlan, SheetPlan } from "../report/plan";
import type { AddinState } from "./port";

/** OWASP ASVS 1.2.10 / CWE-1236 trigger characters, plus CR. */
const FORMULA_TRIGGER = /^[=+\-@\t\r\0]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

export const MAX_SHEET_NAME_LENGTH = 31;
/** Excel's limit for the text in one cell. */
export const MAX_CELL_TEXT = 32_767;
const FORBIDDEN_CHARACTER = /[[\]:*?/\\]/;
const FORBIDDEN_IN_SHEET_NAME = new RegExp(FORBIDDEN_CHARACTER.source, "g");

/** Whether Excel accepts a sheet name as to its characters: none of []:*?/\ and no apostrophe at either end. */
export function hasAcceptableSheetNameCharacters(name: string): boolean {
  return !FORBIDDEN_CHARACTER.test(name) && !/^'|'$/.test(name);
}

/** Makes a name Excel accepts: no []:*?/\, no leading/trailing apostrophe, at most 31 characters, not empty. */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN_IN_SHEET_NAME, " ")
    .replace(/[\u0000-\u001f]/g, "")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, MAX_SHEET_NAME_LENGTH)
    .trim();
  return cleaned === "" ? "Bericht" : cleaned;
}

export interface ResolvedSheet {
  plan: SheetPlan;
  /** The name the sheet will have. */
  name: string;
  /** The add-in's own sheet from an earlier run that this one rewrites (in Excel cleared and refilled in place; in the .xlsx package replaced), if any. */
  replaces?: string;
  preferredName?: string;
  /** Cells whose text must be written as literal text, never parsed: [row, col] pairs. */
  forcedText: Array<[number, number]>;
}

export interface ResolvedRender {
  sheets: ResolvedSheet[];
  /** State to persist after the render. */
  state: AddinState;
  notices: string[];
}

/**
 * Decides sheet names and what gets replaced. `existingSheetNames` are all sheets in the workbook now; `state` is what
 * the add-in recorded last time. A sheet counts as ours only if the state says so *and* it still exists.
 */
export function resolveRender(plan: ReportPlan, existingSheetNames: string[], state: AddinState): ResolvedRender {
  const lower = (s: string) => s.toLocaleLowerCase("de-DE");
  const existing = new Set(existingSheetNames.map(lower));
  // Sheet names compare ignoring case, as in Excel: a report tab the user renamed only in case is still the add-in's,
  // and is replaced under its present spelling.
  const spelling = new Map(existingSheetNames.map((name) => [lower(name), name]));
  const ownedNow = new Map<string, string>();
  for (const [key, name] of Object.entries(state.ownedSheets)) {
    const present = spelling.get(lower(name));
    if (present !== undefined) ownedNow.set(key, present);
  }
  const ownedNames = new Set([...ownedNow.values()].map(lower));
  // Names that a new sheet must not take: every user sheet, plus names already handed out in this render.
  const taken = new Set([...existing].filter((n) => !ownedNames.has(n)));

  const notices: string[] = [];
  const sheets: ResolvedSheet[] = [];
  const nextOwned: Record<string, string> = { ...Object.fromEntries(ownedNow) };

  for (const planned of plan.sheets) {
    const sheetPlan = withCellSizedText(planned, notices);
    const preferred = sanitizeSheetName(sheetPlan.name);
    const name = freeName(preferred, taken);
    taken.add(lower(name));
    const replaces = sheetPlan.template ? undefined : ownedNow.get(sheetPlan.key);
    const renamed = lower(name) !== lower(preferred);
    if (renamed) {
      notices.push(
        sheetPlan.template
          ? `Das Blatt „${preferred}“ gibt es schon und bleibt unverändert; die Vorlage steht im Blatt „${name}“.`
          : `Das Blatt „${preferred}“ gehört nicht zum Steuerungscockpit und bleibt unverändert; der Bericht steht im Blatt „${name}“.`,
      );
    }
    sheets.push({
      plan: sheetPlan,
      name,
      replaces,
      preferredName: renamed ? preferred : undefined,
      forcedText: findFormulaLikeText(sheetPlan.cells),
    });
    if (!sheetPlan.template) nextOwned[sheetPlan.key] = name;
  }
  return { sheets, state: { ownedSheets: nextOwned, settings: { ...state.settings, ...(plan.settings ?? {}) } }, notices };
}

function freeName(preferred: string, taken: Set<string>): string {
  const lower = (s: string) => s.toLocaleLowerCase("de-DE");
  if (!taken.has(lower(preferred))) return preferred;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = preferred.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(lower(candidate))) return candidate;
  }
}

/** A copy of the plan whose texts fit in a cell; a user's 40.000-character label must not break the workbook. */
function withCellSizedText(plan: SheetPlan, notices: string[]): SheetPlan {
  let shortened = 0;
  const cells = plan.cells.map((row) =>
    row.map((value) => {
      if (typeof value !== "string" || value.length <= MAX_CELL_TEXT) return value;
      shortened++;
      return `${value.slice(0, MAX_CELL_TEXT - 1)}…`;
    }),
  );
  if (shortened === 0) return plan;
  notices.push(`Im Blatt „${plan.name}“ ${shortened === 1 ? "war ein Text" : `waren ${shortened} Texte`} länger als die ${MAX_CELL_TEXT.toLocaleString("de-DE")} Zeichen, die eine Excel-Zelle fasst, und wurde${shortened === 1 ? "" : "n"} gekürzt.`);
  return { ...plan, cells };
}

function findFormulaLikeText(cells: PlanValue[][]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === "string" && looksLikeFormula(value)) found.push([r, c]);
    }),
  );
  return found;
}

/**
 * Rejects values no report may contain: NaN and ±Infinity would show as errors or garbage in Excel. The engine must
 * turn them into null ("–") before; this guard makes a slip visible instead of writing it.
 */
export function assertFiniteCells(plan: SheetPlan): void {
  plan.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === "number" && !Number.isFinite(value)) {
        throw new Error(`Interner Fehler: Bericht „${plan.name}“ enthält in Zeile ${r + 1}, Spalte ${c + 1} keinen gültigen Zahlenwert.`);
      }
    }),
  );
}
