/**
 * Reporting periods longer than a month, as controllers write them: KZI per half-year ("2. Halbjahr 2024",
 * "HJ 1/2024"), Erstberatung per quarter ("Q3 2024", "III/2024", "3. Quartal 2024"). A period's value is filed under
 * its last month; the report compares it once that month has ended and names the period.
 */
import { parseMonthLabel } from "./month-labels";
import { formatMonthLong, monthKey, type MonthKey } from "./months";

export type PeriodKind = "month" | "quarter" | "half-year";

export interface Period {
  kind: PeriodKind;
  /** The period's last month: where its value is filed. */
  last: MonthKey;
  /** "2. Halbjahr 2024", "3. Quartal 2024", "Oktober 2024" */
  label: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** A month, quarter or half-year label; null for anything else. */
export function parsePeriodLabel(raw: unknown): Period | null {
  const month = parseMonthLabel(raw);
  if (month) return { kind: "month", last: month, label: formatMonthLong(month) };
  if (typeof raw !== "string" || raw.length > 60) return null;
  const text = raw.trim().toLowerCase().replace(/\s+/g, " ");
  return halfYear(text) ?? quarter(text);
}

function halfYear(text: string): Period | null {
  const forms = [
    /^(\d)\s*\.?\s*(?:halbjahr|hj|hbj)\.?\s*[/ -]?\s*(\d{4})$/, // 2. Halbjahr 2024, 1. HJ 2024, 2.Hj. 2024
    /^(?:halbjahr|hj|h)\s*\.?\s*(\d)\s*[/ -]?\s*(\d{4})$/, // HJ 1/2024, H2 2024, Halbjahr 2 2024
  ];
  for (const form of forms) {
    const m = form.exec(text);
    if (m) return period("half-year", Number(m[2]), Number(m[1]));
  }
  const yearFirst = /^(\d{4})\s*[/ -]?\s*(?:h|hj)\s*(\d)$/.exec(text); // 2024-H1, 2024 HJ2
  return yearFirst ? period("half-year", Number(yearFirst[1]), Number(yearFirst[2])) : null;
}

function quarter(text: string): Period | null {
  const forms: Array<[RegExp, (m: RegExpExecArray) => [number, number]]> = [
    [/^q\s*([1-4])\s*[/ -]?\s*(\d{4})$/, (m) => [Number(m[2]), Number(m[1])]], // Q3 2024, Q3/2024
    [/^([1-4])\s*\.\s*(?:quartal|qu\.?|q)\s*[/ -]?\s*(\d{4})$/, (m) => [Number(m[2]), Number(m[1])]], // 3. Quartal 2024
    [/^(i{1,3}|iv)\s*\.?\s*(?:quartal\s*)?[/ -]?\s*(\d{4})$/, (m) => [Number(m[2]), ROMAN[m[1]]]], // III/2024, III. Quartal 2024
    [/^(\d{4})\s*[/ -]?\s*q\s*([1-4])$/, (m) => [Number(m[1]), Number(m[2])]], // 2024-Q3
    // A two-digit year as in month labels ("Mai 23"), only after a separator: "Q2/24", "Q2 24", "II/24".
    [/^q\s*([1-4])\s*[/ -]\s*(\d{2})$/, (m) => [2000 + Number(m[2]), Number(m[1])]],
    [/^(i{1,3}|iv)\s*\/\s*(\d{2})$/, (m) => [2000 + Number(m[2]), ROMAN[m[1]]]],
  ];
  for (const [form, parts] of forms) {
    const m = form.exec(text);
    if (m) {
      const [year, n] = parts(m);
      return period("quarter", year, n);
    }
  }
  return null;
}

function period(kind: "quarter" | "half-year", year: number, n: number): Period | null {
  const count = kind === "quarter" ? 4 : 2;
  if (n < 1 || n > count || year < 1990 || year >= 2100) return null;
  const last = monthKey(year, (12 / count) * n);
  return { kind, last, label: kind === "quarter" ? `${n}. Quartal ${year}` : `${n}. Halbjahr ${year}` };
}
