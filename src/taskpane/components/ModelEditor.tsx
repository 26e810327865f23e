/**
 * The table model of one sheet as the add-in reads it now, table by table: what every column and every row is —
 * Kennzahl, Untergruppe, Zeitraum, Szenario, Einheit, Skala — each changeable from the lists of the lexicon and the
 * catalogue. A change is a patch of the layout (sources/layout/patch-layout.ts): applied at once and the sheet read
 * again, so what shows is what is read; saved only when the user says so. All rows are reachable, a page at a time.
 */
import { Body1Strong, Button, Caption1, Checkbox, Field, Select } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { SCENARIO_NAMES } from "../../sources/lexicon/scenarios";
import { UNIT_NAMES } from "../../sources/lexicon/units";
import type { Dimensions } from "../../sources/layout/dimensions";
import { EXCLUSION_NAMES } from "../../sources/layout/block-layout";
import type { LayoutPatch } from "../../sources/layout/patch-layout";
import { periodSetting } from "../../sources/layout/patch-layout";
import { notAPeriodText } from "../column-roles";
import type { StoredBlock } from "../../sources/layout/stored-layout";
import type { SourceMapping } from "../../sources/source-mapping";
import { AS_DETECTED, choicesOf, DIMENSION_KEYS, type DimensionKey, isSetByUser, leaveOutChange, NONE, type PatchPlace, patchChange, shownValue } from "../dimension-choices";
import type { Strings } from "../strings";
import { TypedPeriodField } from "./TypedPeriodField";

export type LayoutChange = { set: LayoutPatch[]; unset: LayoutPatch[] };

export interface ModelEditorProps {
  t: Strings;
  mapping: SourceMapping;
  onPatch(change: LayoutChange): void;
}

/** Rows per page: enough to see a table's shape, few enough to stay in view in a 350 px pane. */
export const ROWS_PER_PAGE = 10;

export function ModelEditor({ t, mapping, onPatch }: ModelEditorProps) {
  const blocks = mapping.layout ?? [];
  if (blocks.length === 0) return null;
  return (
    <div className="model-editor">
      <Body1Strong as="h4">{t.columns.model.title}</Body1Strong>
      {blocks.map((block, i) => (
        <BlockEditor key={block.extent} t={t} mapping={mapping} block={block} name={t.columns.model.table(i + 1, block.extent)} table={blocks.length > 1 ? block.extent.split(":")[0] : null} onPatch={onPatch} />
      ))}
    </div>
  );
}

interface BlockEditorProps extends ModelEditorProps {
  block: StoredBlock;
  name: string;
  /** The table's top-left cell where the sheet has several: a column's patch is then of this table only. */
  table: string | null;
}

function BlockEditor({ t, mapping, block, name, table, onPatch }: BlockEditorProps) {
  const patches = mapping.patches ?? [];
  const m = t.columns.model;
  return (
    <section className="model-block" aria-label={name}>
      <Body1Strong as="h5">{name}</Body1Strong>
      <Caption1 as="h6">{m.columnsTitle}</Caption1>
      <ul className="model-places">
        {block.columns.map(({ column, dimensions }) => {
          const where = m.column(column, table ? block.extent : null);
          const read = mapping.columns.find((c) => c.column === column && c.values > 0);
          return (
            <Place key={column} t={t} where={where} dims={dimensions} place={table ? { column, block: table } : { column }} patches={patches} onPatch={onPatch}>
              <Caption1 as="p">{read ? `${t.columns.values(read.values, read.cells)}${read.period ? `, ${read.period}` : ""}` : t.columns.nothingRead}</Caption1>
            </Place>
          );
        })}
      </ul>
      <RowPages t={t} block={block} patches={patches} onPatch={onPatch} />
    </section>
  );
}

type RowEntry = { row: number; dimensions: Dimensions; leftOut: null } | { row: number; dimensions: Dimensions; leftOut: StoredBlock["leftOut"][number]["reason"] };

function RowPages({ t, block, patches, onPatch }: { t: Strings; block: StoredBlock; patches: readonly LayoutPatch[]; onPatch(change: LayoutChange): void }) {
  const m = t.columns.model;
  const rows: RowEntry[] = [...block.rows.map((r): RowEntry => ({ ...r, leftOut: null })), ...block.leftOut.map((e): RowEntry => ({ row: e.row, dimensions: {}, leftOut: e.reason }))].sort((a, b) => a.row - b.row);
  const [first, setFirst] = useState(0);
  const start = Math.min(first, Math.max(0, rows.length - 1));
  const shown = rows.slice(start, start + ROWS_PER_PAGE);
  if (rows.length === 0) return null;
  return (
    <>
      <Caption1 as="h6">{m.rowsTitle}</Caption1>
      {rows.length > ROWS_PER_PAGE && (
        <div className="preview-pages">
          <Button size="small" disabledFocusable={start === 0} onClick={() => setFirst(Math.max(0, start - ROWS_PER_PAGE))}>
            {m.previousRows}
          </Button>
          <Caption1 aria-live="polite">{m.rowsShown(shown[0].row, shown[shown.length - 1].row, rows.length)}</Caption1>
          <Button size="small" disabledFocusable={start + ROWS_PER_PAGE >= rows.length} onClick={() => setFirst(start + ROWS_PER_PAGE)}>
            {m.nextRows}
          </Button>
        </div>
      )}
      <ul className="model-places">
        {shown.map((entry) => {
          const where = m.row(entry.row);
          // A row's name the model does not know ("Glücksquote"); a known one is in its summary already.
          const label = entry.dimensions.label ?? "";
          return (
            <Place key={entry.row} t={t} where={where} dims={entry.dimensions} place={{ row: entry.row }} patches={patches} onPatch={onPatch} editable={entry.leftOut !== "user"}>
              {label !== "" && <Caption1 as="p">{`„${label}“`}</Caption1>}
              {entry.leftOut && <Caption1 as="p">{m.leftOut(EXCLUSION_NAMES[entry.leftOut])}</Caption1>}
              {(entry.leftOut === null || entry.leftOut === "user") && <Checkbox label={m.leaveOut(entry.row)} checked={entry.leftOut === "user"} onChange={(_, data) => onPatch(leaveOutChange(patches, entry.row, data.checked === true))} />}
            </Place>
          );
        })}
      </ul>
    </>
  );
}

/**
 * One column or row: what the model says it is, in a line, and its controls behind "ändern" — a table of twenty
 * columns with six lists each would bury the pane.
 */
function Place({ t, where, dims, place, patches, onPatch, editable = true, children }: DimensionControlsProps & { editable?: boolean; children: ReactNode }) {
  const m = t.columns.model;
  const [open, setOpen] = useState(false);
  return (
    <li className="model-place">
      <div className="model-place-head">
        <Body1Strong>{where}</Body1Strong>
        <Caption1>{summaryOf(dims) || m.none}</Caption1>
        {editable && (
          <Button size="small" appearance="subtle" aria-label={m.changeFor(where)} aria-expanded={open} onClick={() => setOpen(!open)}>
            {m.change}
          </Button>
        )}
      </div>
      {children}
      {open && editable && <DimensionControls t={t} where={where} dims={dims} place={place} patches={patches} onPatch={onPatch} />}
    </li>
  );
}

/** "Erstberatung U25 · Ist · Tage": the dimensions in the words of the lexicon and the catalogue. */
function summaryOf(dims: Dimensions): string {
  const period = dims.period?.label ?? (dims.year !== undefined ? String(dims.year) : undefined);
  const scale = dims.scale === 1e3 ? "in Tausend" : dims.scale === 1e6 ? "in Millionen" : undefined;
  return [dims.measure?.label, dims.subGroup, period, dims.scenario && SCENARIO_NAMES[dims.scenario], dims.unit && UNIT_NAMES[dims.unit], scale].filter((p) => p !== undefined && p !== "").join(" · ");
}

interface DimensionControlsProps {
  t: Strings;
  where: string;
  dims: Dimensions;
  place: PatchPlace;
  patches: readonly LayoutPatch[];
  onPatch(change: LayoutChange): void;
}

function DimensionControls({ t, where, dims, place, patches, onPatch }: DimensionControlsProps) {
  const m = t.columns.model;
  return (
    <div className="model-dimensions">
      {DIMENSION_KEYS.map((key) => {
        const label = m.control(where, m.dimensions[key]);
        const byUser = isSetByUser(patches, place, key);
        const change = (value: string) => onPatch(patchChange(patches, place, key, value));
        if (key === "period") return <PeriodInput key={`${key}|${shownValue(dims, key)}`} t={t} label={label} value={shownValue(dims, key)} byUser={byUser} onChange={change} />;
        return <DimensionSelect key={key} t={t} label={label} dimension={key} value={shownValue(dims, key)} dims={dims} byUser={byUser} onChange={change} />;
      })}
    </div>
  );
}

function DimensionSelect({ t, label, dimension, value, dims, byUser, onChange }: { t: Strings; label: string; dimension: Exclude<DimensionKey, "period">; value: string; dims: Dimensions; byUser: boolean; onChange(value: string): void }) {
  const m = t.columns.model;
  const groups = choicesOf(dimension, m);
  const listed = value === NONE || groups.some((g) => g.choices.some((c) => c.value === value));
  return (
    <Field label={m.dimensions[dimension]} size="small">
      <Select aria-label={label} size="small" value={value} onChange={(_, data) => data.value !== value && onChange(data.value)}>
        {byUser && <option value={AS_DETECTED}>{m.asDetected}</option>}
        {!listed && <option value={value}>{m.family(dims.measure?.label ?? value)}</option>}
        {dimension !== "scale" && <option value={NONE}>{m.none}</option>}
        {groups.map((group) =>
          group.label ? (
            <optgroup key={group.label} label={group.label}>
              {group.choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          ) : (
            group.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))
          ),
        )}
      </Select>
    </Field>
  );
}

/** A dimension's period, typed; empty gives the detected period back (or none, where the user had set one). */
function PeriodInput({ t, label, value, byUser, onChange }: { t: Strings; label: string; value: string; byUser: boolean; onChange(value: string): void }) {
  const take = (text: string): string | null => {
    const typed = text.trim();
    if (typed === "") onChange(byUser ? AS_DETECTED : NONE);
    else if (!periodSetting(typed)) return notAPeriodText(typed);
    else onChange(typed);
    return null;
  };
  return <TypedPeriodField t={t} label={t.columns.model.dimensions.period} inputLabel={label} initial={value} small take={take} />;
}
