/**
 * Reading a number out of a cell the way a German controller typed it. Blank is not zero, and the usual
 * "no value" marks (k.A., –, x, #NV …) are not zero either.
 */
export type ParsedNumber =
  /** `scaled`: the text named its scale ("2,5 Mio. €", "1.310 T€"), and the value is in units already. */
  | { kind: "number"; value: number; percent: boolean; scaled?: boolean }
  | { kind: "blank" }
  | { kind: "no-value"; text: string }
  | { kind: "invalid"; text: string };

/**
 * Which way round "1,234" and "1.234" are meant. German sources are the rule; a sheet exported from an English Excel
 * writes "1,234" for one thousand two hundred thirty-four. Only such ambiguous cells depend on it.
 */
export type NumberConvention = "de" | "en";

/** Marks for "no figure here" — also the words a Zielwerte table uses where no target is agreed ("Monitoring"). */
const NO_VALUE_MARKS = new Set(["k.a.", "k. a.", "ka", "n.v.", "nv", "n/a", "-", "–", "—", "x", ".", "/", "…", "...", "keine angabe", "entfällt", "entfaellt", "monitoring", "beobachtung", "kein ziel", "kein zielwert", "ohne zielwert"]);
const EXCEL_ERRORS = /^#(N\/A|NV|DIV\/0!|WERT!|VALUE!|REF!|BEZUG!|NAME\?|NUM!|ZAHL!|NULL!|SPILL!|ÜBERLAUF!|CALC!|GETTING_DATA)$/i;

const MAX_NUMBER_TEXT = 120;

/** "n/a", "k. A.", and the same with what it means in brackets: "n/a (Monitoring)", "– (kein Ziel)". */
function isNoValueMark(text: string): boolean {
  const lower = text.toLowerCase();
  if (NO_VALUE_MARKS.has(lower)) return true;
  const bracketed = /^(.+?)\s*\((.+)\)$/.exec(lower);
  return bracketed !== null && NO_VALUE_MARKS.has(bracketed[1].trim()) && NO_VALUE_MARKS.has(bracketed[2].trim());
}

export function parseCellNumber(raw: unknown, convention: NumberConvention = "de"): ParsedNumber {
  if (raw === null || raw === undefined) return { kind: "blank" };
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { kind: "number", value: raw, percent: false } : { kind: "invalid", text: String(raw) };
  }
  if (typeof raw === "boolean") return { kind: "invalid", text: raw ? "WAHR" : "FALSCH" };
  // No number is long: a megabyte of text is no number, and is not scanned as one (hostile shared strings, issue 18).
  if (typeof raw === "string" && raw.length > MAX_NUMBER_TEXT) return { kind: "invalid", text: `${raw.trim().slice(0, 40)}…` };
  const text = String(raw).replace(/[\u00a0\u202f\u2009]/g, " ").trim();
  if (text === "") return { kind: "blank" };
  if (isNoValueMark(text) || EXCEL_ERRORS.test(text)) return { kind: "no-value", text };
  // A preliminary value ("7.412 (vorläufig)", "7412*" with the footnote "* vorläufig") is the number it says, not missing.
  const value = parseNumericText(text.replace(PRELIMINARY_MARK, ""), convention);
  return value === null ? { kind: "invalid", text } : value;
}

/** Marks behind a number that say it is preliminary or footnoted: stars, "(vorläufig)", "(vorl.)", "(geschätzt)". */
const PRELIMINARY_MARK = /(?<=\d|%)\s*(\*{1,3}|\(\s*(vorläufig|vorlaeufig|vorl\.?|geschätzt|geschaetzt|p)\s*\)|vorläufig|vorl\.)$/i;

/** "1.234.567,89", "1,234,567.89", "24,6 %", "−3,5", "(1.200)", "1.234,56-", "1.200 €", "EUR 1.200", "2,5 Mio" */
function parseNumericText(input: string, convention: NumberConvention): ParsedNumber | null {
  let text = input.replace(/[\u2212\u2012\u2013]/g, "-");
  let sign = 1;
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised) {
    sign = -1;
    text = parenthesised[1].trim();
  }
  let percent = false;
  if (/(%|prozent)$/i.test(text)) {
    percent = true;
    text = text.replace(/(%|prozent)$/i, "").trim();
  }
  let scale = 1;
  // "1.310,0 T€" and "1.310,0 TEUR" are thousands of euros as much as "1.310,0 Tsd. €".
  const scaled = /^(.*?)\s*(tsd\.?|tausend|mio\.?|millionen|mrd\.?|milliarden|t(?=€)|teur)\s*(€|eur)?$/i.exec(text);
  if (scaled) {
    const word = scaled[2].toLowerCase();
    scale = /^(mio|million)/.test(word) ? 1e6 : /^(mrd|milliard)/.test(word) ? 1e9 : 1e3;
    text = scaled[1];
  }
  text = text.replace(/^(€|eur)\s*/i, "").replace(/\s*(€|eur)$/i, "").replace(/\s/g, "");
  if (text.startsWith("-")) {
    sign = -sign;
    text = text.slice(1);
  } else if (/^\d[\d.,]*-$/.test(text)) {
    // Finance systems (SAP, HKR exports) write a credit with the minus behind: "1.234,56-".
    sign = -sign;
    text = text.slice(0, -1);
  } else if (text.startsWith("+")) {
    text = text.slice(1);
  }
  const value = parseUnsigned(text, convention);
  if (value === null) return null;
  return { kind: "number", value: sign * value * scale, percent, ...(scale !== 1 ? { scaled: true } : {}) };
}

/** Decides which of '.' and ',' is the decimal separator. */
function parseUnsigned(text: string, convention: NumberConvention): number | null {
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the later one is the decimal separator.
    normalized = lastComma > lastDot ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  } else if (lastComma >= 0) {
    normalized = isThousandsGrouping(text, ",", convention) ? text.replace(/,/g, "") : text.replace(",", ".");
  } else if (lastDot >= 0) {
    // German sources write "1.234" for one thousand two hundred thirty-four.
    normalized = isThousandsGrouping(text, ".", convention) ? text.replace(/\./g, "") : text;
  } else {
    normalized = text;
  }
  if ((normalized.match(/\./g) ?? []).length > 1) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** "1.234" / "12.345.678" (groups of three after the first) — but not "1.5" or "24,6". */
function isThousandsGrouping(text: string, separator: "." | ",", convention: NumberConvention): boolean {
  const parts = text.split(separator);
  if (parts.length < 2) return false;
  if (parts.length > 2) return parts.slice(1).every((p) => p.length === 3) && parts[0].length <= 3;
  // A single separator: in German "1.234" is a thousands group and "1,234" a decimal; in English the other way round.
  const grouping = convention === "de" ? "." : ",";
  return separator === grouping && parts[1].length === 3 && parts[0].length <= 3 && parts[0] !== "0";
}

/**
 * The convention of a sheet's text numbers, from the cells that can only be read one way: "1,234.5" or "1,234,567"
 * are English, "1.234,5", "1.234.567" or "24,6" German. English only when English cells are there and German ones
 * are not: a single stray "12.5" must not turn every "1.234" of a German sheet into 1,234.
 */
export function detectNumberConvention(cells: Iterable<unknown>): NumberConvention {
  let english = false;
  for (const raw of cells) {
    // A text longer than any number is read as none (parseCellNumber), so it says nothing of the convention either.
    if (typeof raw !== "string" || raw.length > MAX_NUMBER_TEXT) continue;
    const core = /\d[\d.,\s\u00a0\u202f]*\d/.exec(raw)?.[0].replace(/[\s\u00a0\u202f]/g, "");
    if (!core || !/^[\d.,]+$/.test(core)) continue;
    if (/^\d{1,3}(,\d{3})+\.\d+$/.test(core) || /^\d{1,3}(,\d{3}){2,}$/.test(core)) english = true;
    else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(core) || /^\d{1,3}(\.\d{3}){2,}$/.test(core) || /^\d+,(\d{1,2}|\d{4,})$/.test(core)) return "de";
  }
  return english ? "en" : "de";
}

/**
 * Whether an Excel number format shows a date or time ("dd.mm.yyyy", "mm-dd-yy", "[$-407]mmmm yy", "hh:mm"): a
 * number under such a format is a date serial, not an amount. Quoted text, [brackets] and escaped or padding
 * characters ("\d", "_)", "* ") are no format codes.
 */
export function isDateFormat(format: string): boolean {
  if (format.trim().toLowerCase() === "general") return false;
  const codes = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/[\\_*]./g, "");
  return /[dmyhs]/i.test(codes);
}

/** "250 %", "22,5 %": a share as the user reads it in a message. */
export function formatPercent(value: number): string {
  return `${value.toLocaleString("de-DE", { maximumFractionDigits: 2 })} %`;
}
