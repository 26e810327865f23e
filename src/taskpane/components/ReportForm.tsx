import { Button, Field, Input, Radio, RadioGroup, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { ReportOptions } from "../../report/build-report";
import type { Strings } from "../strings";
import type { RunState } from "../run-state";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface ReportFormProps {
  t: Strings;
  state: RunState;
  onRun(options: ReportOptions): void;
}

/** Berichtsmonat, Zielpfad and the one primary button; progress replaces the button while a refresh runs. */
export function ReportForm({ t, state, onRun }: ReportFormProps) {
  const [month, setMonth] = useState("");
  const [path, setPath] = useState<"linear" | "seasonal">("linear");
  const invalid = month !== "" && !MONTH.test(month);
  const running = state.kind === "running";
  const submit = () => {
    if (!invalid) onRun({ reportMonth: month || undefined, cumulativeTargetPath: path });
  };
  return (
    <form
      className="report-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Field label={t.monthLabel} hint={t.monthHint} validationState={invalid ? "error" : "none"} validationMessage={invalid ? t.monthInvalid : undefined}>
        <Input value={month} onChange={(_, data) => setMonth(data.value.trim())} placeholder="2022-10" inputMode="numeric" aria-label={t.monthLabel} />
      </Field>
      <Field label={t.targetPathLabel}>
        <RadioGroup value={path} onChange={(_, data) => setPath(data.value === "seasonal" ? "seasonal" : "linear")}>
          <Radio value="linear" label={t.targetPathLinear} />
          <Radio value="seasonal" label={t.targetPathSeasonal} />
        </RadioGroup>
      </Field>
      {running ? (
        <Spinner size="small" label={t.steps[state.step]} aria-live="polite" />
      ) : (
        <Button appearance="primary" type="submit" disabled={invalid}>
          {state.kind === "done" ? t.refresh : t.create}
        </Button>
      )}
    </form>
  );
}
