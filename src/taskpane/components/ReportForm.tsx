import { Button, Caption1, Checkbox, Field, Input, Label, Radio, RadioGroup, Select, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { MonthKey } from "../../domain/months";
import { GROUPED_TYPES, NUMBERED_TYPES } from "../../domain/peers/comparison-types";
import type { SourceInspection } from "../../pipeline/inspect-sources";
import type { ReportOptions } from "../../pipeline/report-options";
import { REPORT_SHEETS, type ReportSheetKey } from "../../report/report-sheets";
import type { RunState } from "../run-state";
import type { Strings } from "../strings";
import { MonthPicker, readMonthChoice } from "./MonthPicker";

export interface ReportFormProps {
  t: Strings;
  state: RunState;
  /** Months with data in the workbook (ascending); empty while unknown. */
  months: readonly MonthKey[];
  /** An all-Jobcenter table in the workbook, whether it names Vergleichstypen, what is remembered; null without one. */
  peerTable?: SourceInspection["peerTable"];
  onRun(options: ReportOptions): void;
  /** A setting changed: a result made with the old ones is no longer current. */
  onChange(): void;
}

/**
 * The Berichtsmonat in view, everything else folded under "Weitere Einstellungen", and the one primary button, which
 * stays in view (sticky) however long the pane is. Progress replaces the button while a refresh runs.
 */
export function ReportForm({ t, state, months, peerTable = null, onRun, onChange }: ReportFormProps) {
  const [monthText, setMonthText] = useState<string | null>(null);
  const [path, setPath] = useState<"auto" | "linear" | "seasonal">("auto");
  const [sheets, setSheets] = useState<ReportSheetKey[]>(REPORT_SHEETS.map((s) => s.key));
  const [tolerancePp, setTolerancePp] = useState("");
  const [tolerancePercent, setTolerancePercent] = useState("");
  const [jobcenter, setJobcenter] = useState("");
  /** null = untouched: the list shows the remembered type, and the run leaves it in force. "" = "keiner". */
  const [comparisonType, setComparisonType] = useState<string | null>(null);
  const shownType = comparisonType ?? peerTable?.remembered.comparisonType ?? "";
  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    onChange();
  };
  const choice = readMonthChoice(monthText, months, t);
  const pp = parseTolerance(tolerancePp);
  const percent = parseTolerance(tolerancePercent);
  const invalidTolerance = pp === null || percent === null;
  const noSheet = sheets.length === 0;
  const blocked = choice.problem !== null || noSheet || invalidTolerance;
  const running = state.kind === "running";
  const submit = () => {
    if (blocked) return;
    const defaultTolerance = pp || percent ? { pp: pp ?? 0, percent: percent ?? 0 } : undefined;
    // An empty Jobcenter field and an untouched list leave the remembered choice in force; the table's type always wins.
    const peers = peerTable ? { jobcenter: jobcenter.trim() || undefined, comparisonType: peerTable.hasTypes || comparisonType === null ? undefined : comparisonType } : {};
    onRun({ reportMonth: choice.month ?? undefined, cumulativeTargetPath: path, sheets, defaultTolerance, ...peers });
  };
  const toggle = (key: ReportSheetKey, on: boolean) => changed(setSheets)(REPORT_SHEETS.map((s) => s.key).filter((k) => (k === key ? on : sheets.includes(k))));
  return (
    <form
      className="report-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <MonthPicker t={t} months={months} choice={choice} onText={changed<string | null>(setMonthText)} />
      <details className="more-settings">
        <summary>
          <Text weight="semibold">{t.moreSettings}</Text> <Caption1>{t.settingsSummary(t.targetPathShort[path], sheets.length, REPORT_SHEETS.length)}</Caption1>
        </summary>
        <div className="more-settings-body">
          <Field label={t.targetPathLabel}>
            <RadioGroup value={path} onChange={(_, data) => changed(setPath)(data.value === "seasonal" ? "seasonal" : data.value === "linear" ? "linear" : "auto")}>
              <Radio value="auto" label={t.targetPathAuto} />
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
                <Input value={tolerancePp} onChange={(_, data) => changed(setTolerancePp)(data.value)} placeholder="0" inputMode="decimal" contentAfter="pp" />
              </Field>
              <Field label={t.tolerancePercent} validationState={percent === null ? "error" : "none"} validationMessage={percent === null ? t.toleranceInvalid : undefined}>
                <Input value={tolerancePercent} onChange={(_, data) => changed(setTolerancePercent)(data.value)} placeholder="0" inputMode="decimal" contentAfter="%" />
              </Field>
            </div>
          </fieldset>
          {peerTable && (
            <fieldset className="peer-choice">
              <legend>
                <Label>{t.peers.legend}</Label>
              </legend>
              <Field label={t.peers.jobcenterLabel} hint={t.peers.jobcenterHint}>
                <Input value={jobcenter} onChange={(_, data) => changed(setJobcenter)(data.value)} placeholder={peerTable.remembered.jobcenter ?? "03353"} list="jobcenter-list" autoComplete="off" />
              </Field>
              {/* The table's ~400 Jobcenter as suggestions while typing: a name or a Regionalschlüssel, one keystroke each. */}
              <datalist id="jobcenter-list">
                {peerTable.jobcenters.map((jc) => (
                  <option key={`${jc.key ?? ""}|${jc.name}`} value={jc.key ?? jc.name}>
                    {jc.key ? `${jc.name} (${jc.key})` : jc.name}
                  </option>
                ))}
              </datalist>
              {!peerTable.hasTypes && (
                <Field label={t.peers.typeLabel} hint={t.peers.typeHint}>
                  <Select value={shownType} onChange={(_, data) => changed(setComparisonType)(data.value)}>
                    <option value="">{t.peers.typeNone}</option>
                    <optgroup label={t.peers.typeNumbered}>
                      {NUMBERED_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {type}
                        </option>
                      ))}
                    </optgroup>
                    <optgroup label={t.peers.typeGrouped}>
                      {GROUPED_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {type}
                        </option>
                      ))}
                    </optgroup>
                  </Select>
                </Field>
              )}
            </fieldset>
          )}
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
        </div>
      </details>
      <div className="primary-action">
        {running ? (
          <Spinner size="small" label={t.steps[state.step]} />
        ) : (
          <Button appearance="primary" type="submit" disabled={blocked}>
            {state.kind === "done" ? t.refresh : t.create}
          </Button>
        )}
        {noSheet && !running && <Caption1 className="field-error">{t.sheetsNone}</Caption1>}
      </div>
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
