/**
 * The mapping editor of one sheet, column by column: the first rows as written with what is read marked, the header
 * row, each column's role and period. Every change is one correction (column-decisions.ts), saved at once; the pane
 * then reads the workbook again, so what this shows is always what the readers now take — never what the editor
 * hopes they take.
 *
 * Inline below the sheet's entry, not in a dialog: in Excel the task pane is about 350 px wide whatever the screen, so
 * a dialog inside it gains no room; inline, the sheet's kind and reasons above stay in view and change with each
 * correction, and at 1366 px the editor simply has the Quellen column's width. The preview scrolls in its own frame.
 */
import { Body1Strong, Button, Caption1, Field, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { SheetPreview } from "../../pipeline/inspect-sources";
import type { ColumnDecision } from "../../sources/column-decisions";
import type { SourceMapping } from "../../sources/source-mapping";
import { AS_DETECTED, decisionFor, type EditorColumn, editorColumns, headerRowOf, LEAVE_OUT, periodDecision, periodEditable, ROLE_CHOICES, roleValue } from "../column-roles";
import { filledColumns, previewGrid } from "../sheet-preview";
import type { Strings } from "../strings";
import { SheetPreviewTable } from "./SheetPreviewTable";
import { TypedPeriodField } from "./TypedPeriodField";
import { type LayoutChange, ModelEditor } from "./ModelEditor";

export type ColumnChange = { set: ColumnDecision } | { unset: ColumnDecision };

export interface ColumnEditorProps {
  t: Strings;
  mapping: SourceMapping;
  preview: SheetPreview | undefined;
  /** A correction is being saved and the sheet read again: further changes wait for it. */
  saving: boolean;
  onCorrect(change: ColumnChange): void;
  /** A change of the table model (a column's or row's dimension, a row left out): applied at once, not yet saved. */
  onPatch(change: LayoutChange): void;
  /** Changes are applied but not saved: the editor offers to save or discard them. */
  unsaved: boolean;
  onSave(): void;
  onDiscard(): void;
  onClose(): void;
}

export function ColumnEditor({ t, mapping, preview, saving, onCorrect, onPatch, unsaved, onSave, onDiscard, onClose }: ColumnEditorProps) {
  const grid = previewGrid(preview ?? { sheet: mapping.sheet, origin: { row: 0, col: 0 }, rows: [] }, mapping);
  const headerRow = headerRowOf(mapping);
  const columns = editorColumns(mapping, filledColumns(grid, headerRow));
  // Controls stay enabled while saving (a disabled control drops the keyboard focus); a change then is not taken.
  const correct = (change: ColumnChange | null) => {
    if (change && !saving) onCorrect(change);
  };
  const patch = (change: LayoutChange) => {
    if (!saving) onPatch(change);
  };
  const [focusColumn, setFocusColumn] = useState<string | null>(null);
  const titleId = useId();
  return (
    <section className="column-editor" aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t.columns.title(mapping.sheet)}
      </Subtitle2>
      <Caption1 as="p">{t.columns.intro}</Caption1>
      {grid.rows.length === 0 ? (
        <Caption1 as="p">{t.columns.empty}</Caption1>
      ) : (
        <>
          <HeaderRowPicker t={t} mapping={mapping} rows={grid.rows.map((r) => r.number)} onCorrect={correct} />
          <SheetPreviewTable t={t} sheet={mapping.sheet} grid={grid} focusColumn={focusColumn} onLeaveRowOut={(row, leaveOut) => correct(leaveOut ? { set: { row, ignore: true } } : { unset: { row, ignore: true } })} />
        </>
      )}
      <ModelEditor t={t} mapping={mapping} onPatch={patch} />
      {columns.length > 0 && (
        <>
          <Body1Strong as="h4">{t.columns.listTitle}</Body1Strong>
          <ul className="editor-columns">
            {columns.map((column, i) => {
              const several = columns.filter((c) => c.model.column === column.model.column).length > 1;
              return <ColumnRow key={`${column.model.column}-${columns.slice(0, i).filter((c) => c.model.column === column.model.column).length}`} t={t} column={column} several={several} onCorrect={correct} onFocus={() => setFocusColumn(column.model.column)} />;
            })}
          </ul>
        </>
      )}
      <div className="column-editor-actions">
        {saving && <Spinner size="tiny" label={t.columns.reading} />}
        {unsaved && (
          <>
            <Caption1 role="status">{t.columns.model.unsaved}</Caption1>
            <Button appearance="primary" onClick={onSave}>
              {t.columns.model.save}
            </Button>
            <Button appearance="secondary" onClick={onDiscard}>
              {t.columns.model.discard}
            </Button>
          </>
        )}
        <Button appearance="subtle" onClick={onClose}>
          {t.columns.close}
        </Button>
      </div>
    </section>
  );
}

/** "Kopfzeile in Zeile [n]": the rows above are not read; "wie erkannt" takes the choice back. */
function HeaderRowPicker({ t, mapping, rows, onCorrect }: { t: Strings; mapping: SourceMapping; rows: number[]; onCorrect(change: ColumnChange | null): void }) {
  const chosen = mapping.rowCorrections?.find((d): d is { headerRow: number } => "headerRow" in d)?.headerRow ?? null;
  const detected = chosen === null ? headerRowOf(mapping) : null;
  const choices = chosen !== null && !rows.includes(chosen) ? [...rows, chosen] : rows;
  return (
    <Field label={t.columns.headerRowLabel}>
      <Select
        value={chosen === null ? "" : String(chosen)}
        onChange={(_, data) => {
          if (data.value === "") onCorrect(chosen === null ? null : { unset: { headerRow: chosen } });
          else onCorrect({ set: { headerRow: Number(data.value) } });
        }}
      >
        <option value="">{chosen === null ? t.columns.headerRowDetected(detected) : t.columns.asDetected}</option>
        {choices.map((row) => (
          <option key={row} value={String(row)}>
            {t.columns.row(row)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

interface ColumnRowProps {
  t: Strings;
  column: EditorColumn;
  several: boolean;
  onCorrect(change: ColumnChange | null): void;
  /** The user is at this column's controls: the preview shows its cells. */
  onFocus(): void;
}

function ColumnRow({ t, column, several, onCorrect, onFocus }: ColumnRowProps) {
  const { model } = column;
  const value = roleValue(column);
  const listed = ROLE_CHOICES.some((c) => c.role === model.role);
  const excluded = model.role === "excluded";
  const header = model.header === "" ? t.columns.noHeaderText : model.readAs !== undefined ? t.columns.readAs(model.header, model.readAs) : `„${model.header}“`;
  return (
    <li className="editor-column" onFocus={onFocus}>
      <div className="editor-column-head">
        <Body1Strong>{t.columns.column(model.column)}</Body1Strong>
        <Caption1>{header}</Caption1>
      </div>
      <Select aria-label={t.columns.roleLabel(model.column, several ? model.cells : null)} value={value} onChange={(_, data) => onCorrect(decisionFor(column, data.value))}>
        {!listed && !excluded && <option value={value}>{model.roleName}</option>}
        {column.corrected && <option value={AS_DETECTED}>{t.columns.asDetected}</option>}
        {!excluded &&
          ROLE_CHOICES.map((choice) => (
            <option key={choice.role} value={choice.role} disabled={!column.headerCell}>
              {choice.name}
            </option>
          ))}
        <option value={LEAVE_OUT}>{t.columns.leaveOut}</option>
      </Select>
      <Caption1 as="p">{model.values > 0 ? `${t.columns.values(model.values, model.cells)}${model.period ? `, ${model.period}` : ""}` : t.columns.nothingRead}</Caption1>
      {!column.headerCell && !excluded && <Caption1 as="p">{t.columns.noHeader}</Caption1>}
      {periodEditable(column) && <PeriodField key={`${model.period ?? ""}|${model.readAs ?? ""}`} t={t} column={column} onCorrect={onCorrect} />}
    </li>
  );
}

/** The period of a value column, typed as a controller writes it. */
function PeriodField({ t, column, onCorrect }: { t: Strings; column: EditorColumn; onCorrect(change: ColumnChange | null): void }) {
  const take = (text: string): string | null => {
    const outcome = periodDecision(column, text);
    if ("error" in outcome) return outcome.error;
    onCorrect(outcome);
    return null;
  };
  return <TypedPeriodField t={t} label={t.columns.periodLabel(column.model.column)} initial={column.model.period ?? ""} take={take} />;
}
