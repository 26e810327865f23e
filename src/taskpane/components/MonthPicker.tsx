import { Button, Combobox, Field, Option } from "@fluentui/react-components";
import { formatMonthLong, type MonthKey } from "../../domain/months";
import { parseMonthLabel } from "../../domain/month-labels";
import type { Strings } from "../strings";

export interface MonthChoice {
  /** What the user typed; null until they do (the field then shows the latest month with data), "" = that month too. */
  text: string | null;
  /** The month it reads as, or null while it reads as none. */
  month: MonthKey | null;
  problem: string | null;
}

/**
 * What the typed text means: German and numeric forms ("Oktober 2022", "Okt 2022", "10/2022", "2022-10") read as a
 * month; with data in the workbook, only a month that has data is one to report on.
 */
export function readMonthChoice(text: string | null, months: readonly MonthKey[], t: Strings): MonthChoice {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return { text, month: null, problem: null };
  const month = parseMonthLabel(trimmed);
  if (month === null) return { text, month: null, problem: t.month.invalid };
  if (months.length > 0 && !months.includes(month)) return { text, month, problem: t.month.outside(formatMonthLong(month), spanOf(months)) };
  return { text, month, problem: null };
}

export function spanOf(months: readonly MonthKey[]): string {
  return months.length === 0 ? "" : `${formatMonthLong(months[0])} – ${formatMonthLong(months[months.length - 1])}`;
}

export interface MonthPickerProps {
  t: Strings;
  months: readonly MonthKey[];
  choice: MonthChoice;
  onText(text: string): void;
}

/** The Berichtsmonat: a list of the months with data (newest first), previous/next, or typed in a German form. */
export function MonthPicker({ t, months, choice, onText }: MonthPickerProps) {
  const latest = months[months.length - 1] ?? null;
  const shown = choice.month ?? ((choice.text ?? "").trim() === "" ? latest : null);
  const index = shown === null ? -1 : months.indexOf(shown);
  const step = (delta: number) => onText(formatMonthLong(months[index + delta]));
  const value = choice.text ?? (latest ? formatMonthLong(latest) : "");
  return (
    <Field label={t.month.label} hint={t.month.hint(spanOf(months))} validationState={choice.problem ? "error" : "none"} validationMessage={choice.problem ?? undefined}>
      <div className="month-picker">
        <Button appearance="subtle" title={t.month.previous} disabled={index <= 0} onClick={() => step(-1)}>
          <span aria-hidden="true">‹</span>
          <span className="visually-hidden">{t.month.previous}</span>
        </Button>
        <Combobox
          freeform
          // Inside the pane's landmark, not in a portal at the end of the page.
          inlinePopup
          value={value}
          selectedOptions={shown && index >= 0 ? [shown] : []}
          onChange={(event) => onText(event.target.value)}
          onOptionSelect={(_, data) => data.optionText !== undefined && onText(data.optionText)}
          aria-label={t.month.label}
          // The list opens with Alt+↓ from the field; its chevron is not a Tab stop of its own.
          expandIcon={{ tabIndex: -1, "aria-label": t.month.openList }}
        >
          {[...months].reverse().map((month) => (
            <Option key={month} value={month}>
              {formatMonthLong(month)}
            </Option>
          ))}
        </Combobox>
        <Button appearance="subtle" title={t.month.next} disabled={index < 0 || index >= months.length - 1} onClick={() => step(1)}>
          <span aria-hidden="true">›</span>
          <span className="visually-hidden">{t.month.next}</span>
        </Button>
      </div>
    </Field>
  );
}
