import { Button, Caption1, Checkbox, Field, Input, Label, Radio, RadioGroup, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { ReportOptions } from "../../pipeline/report-options";
import { REPORT_SHEETS, type ReportSheetKey } from "../../report/report-sheets";
import type { Strings } from "../strings";
import type { RunState } from "../run-state";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface ReportFormProps {
  t: Strings;
  state: RunState;
  onRun(options: ReportOptions): void;
}

/** Berichtsmonat, Zielpfad, which sheets, and the one primary button; progress replaces the button while a refresh runs. */
export function ReportForm({ t, state, onRun }: ReportFormProps) {
  const [month, setMonth] = useState("");
  const [path, setPath] = useState<"linear" | "seasonal">("linear");
  const [sheets, setSheets] = useState<ReportSheetKey[]>(REPORT_SHEETS.map((s) => s.key));
  const [tolerancePp, setTolerancePp] = useState("");
  const [tolerancePercent, setTolerancePercent] = useState("");
  const pp = parseTolerance(tolerancePp);
  const percent = parseTolerance(tolerancePercent);
  const invalidTolerance = pp === null || percent === null;
  const invalidMonth = month !== "" && !MONTH.test(month);
  const noSheet = sheets.length === 0;
  const running = state.kind === "running";
  const submit = () => {
    if (invalidMonth || noSheet || invalidTolerance) return;
    const defaultTolerance = pp || percent ? { pp: pp ?? 0, percent: percent ?? 0 } : undefined;
    onRun({ reportMonth: month || undefined, cumulativeTargetPath: path, sheets, defaultTolerance });
  };
  const toggle = (key: ReportSheetKey, on: boolean) => setSheets((current) => REPORT_SHEETS.map((s) => s.key).filter((k) => (k === key ? on : current.includes(k))));
  return (
    <form
      className="report-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Field label={t.monthLabel} hint={t.monthHint} validationState={invalidMonth ? "error" : "none"} validationMessage={invalidMonth ? t.monthInvalid : undefined}>
        <Input value={month} onChange={(_, data) => setMonth(data.value.trim())} placeholder="2022-10" inputMode="numeric" aria-label={t.monthLabel} />
      </Field>
      <Field label={t.targetPathLabel}>
        <RadioGroup value={path} onChange={(_, data) => setPath(data.value === "seasonal" ? "seasonal" : "linear")}>
          <Radio value="linear" label={t.targetPathLinear} />
          <Radio value="seasonal" label={t.targetPathSeasonal} />
        </RadioGroup>
      </Field>
      <fieldset className="tolerance" aria-describedby="tolerance-hint">
        <legend>
          <Label>{t.toleranceLabel}</Label>
        </legend>
        <Caption1 id="tolerance-hint">{t.toleranceHint}</Caption1>
        <div className="tolerance-inputs">
          <Field label={t.tolerancePp} validationState={pp === null ? "error" : "none"} validationMessage={pp === null ? t.toleranceInvalid : undefined}>
            <Input value={tolerancePp} onChange={(_, data) => setTolerancePp(data.value)} placeholder="0" inputMode="decimal" contentAfter="pp" />
          </Field>
          <Field label={t.tolerancePercent} validationState={percent === null ? "error" : "none"} validationMessage={percent === null ? t.toleranceInvalid : undefined}>
            <Input value={tolerancePercent} onChange={(_, data) => setTolerancePercent(data.value)} placeholder="0" inputMode="decimal" contentAfter="%" />
          </Field>
        </div>
      </fieldset>
      {/* A fieldset, not a Field: a Field hands its one control id to every checkbox inside it. */}
      <fieldset className="sheet-choice" aria-describedby={noSheet ? "sheets-none" : undefined}>
        <legend>
          <Label>{t.sheetsLabel}</Label>
        </legend>
        {REPORT_SHEETS.map((sheet) => (
          <Checkbox key={sheet.key} label={sheet.name} checked={sheets.includes(sheet.key)} onChange={(_, data) => toggle(sheet.key, data.checked === true)} />
        ))}
        {noSheet && (
          <Text id="sheets-none" role="alert" className="field-error">
            {t.sheetsNone}
          </Text>
        )}
      </fieldset>
      {running ? (
        <Spinner size="small" label={t.steps[state.step]} aria-live="polite" />
      ) : (
        <Button appearance="primary" type="submit" disabled={invalidMonth || noSheet || invalidTolerance}>
          {state.kind === "done" ? t.refresh : t.create}
        </Button>
      )}
    </form>
  );
}

/** "0,5" or "0.5" → 0.5; empty → undefined (no band); anything else or negative → null (invalid). */
function parseTolerance(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(trimmed)) return null;
  return Number(trimmed.replace(",", "."));
}
