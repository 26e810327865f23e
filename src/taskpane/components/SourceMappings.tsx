/**
 * The "Quellen" step's list: every sheet with what the add-in takes it for, how sure it is and why. It can only show
 * once the engine has inspected the workbook, so it travels in the engine's chunk, not in what the first screen needs.
 */
import { Badge, Body1Strong, Button, Caption1, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { lazy, type ReactNode, Suspense, useEffect, useState } from "react";
import type { SheetPreview } from "../../pipeline/inspect-sources";
import { SOURCE_KINDS, type SourceKind, type SourceMapping } from "../../sources/source-mapping";
import type { Strings } from "../strings";
import { MessageCard } from "./MessageCard";
import type { SourcesPanelProps } from "./SourcesPanel";

/** The mapping editor loads when a sheet's columns are first opened: most refreshes never need it. */
const ColumnEditor = lazy(() => import(/* webpackChunkName: "column-editor" */ "./ColumnEditor").then((m) => ({ default: m.ColumnEditor })));

const CONFIDENCE_COLOR = { hoch: "success", mittel: "warning", niedrig: "danger" } as const;

/** Open while something needs the user's eye; folded away once everything is confirmed. */
export function MappingList({ t, saving, confirmedNote, onConfirm, onAssign, onCorrectColumn, mappings, previews }: Omit<SourcesPanelProps, "state"> & { mappings: SourceMapping[]; previews: SheetPreview[] }) {
  const open = mappings.filter((m) => m.status === "detected" || m.status === "changed");
  const sources = mappings.filter((m) => m.kind !== null && m.status !== "ignored");
  const found = sources.length > 0;
  const needsAttention = open.length > 0 || !found;
  const [expanded, setExpanded] = useState(needsAttention);
  // Held here, not in the row: the sheet's editor stays open while its corrections are saved and the workbook re-read.
  const [editing, setEditing] = useState<string | null>(null);
  // Confirming folds the list to its one summary line; anything new to check opens it again.
  useEffect(() => setExpanded(needsAttention), [needsAttention]);
  const headline = !found ? t.sources.noneFound : mappings.some((m) => m.status === "changed") ? t.sources.changedCount(mappings.filter((m) => m.status === "changed").length) : open.length > 0 ? t.sources.toConfirm(sources.length) : t.sources.confirmedCount(sources.length);
  return (
    <details className="sources-step" open={expanded} onToggle={(e) => setExpanded(e.currentTarget.open)}>
      <summary>
        <Subtitle2 as="h2">{t.sources.title}</Subtitle2>
        <Caption1>{headline}</Caption1>
      </summary>
      {!found && (
        <MessageCard t={t} intent="info">
          {t.sources.empty}
        </MessageCard>
      )}
      <ul className="mappings">
        {mappings.map((m) => (
          <MappingRow key={m.sheet} t={t} mapping={m} disabled={saving} onAssign={onAssign} editing={editing === m.sheet} onEdit={(open) => setEditing(open ? m.sheet : null)}>
            {editing === m.sheet && (
              <Suspense fallback={<Spinner size="tiny" label={t.columns.reading} />}>
                <ColumnEditor t={t} mapping={m} preview={previews.find((p) => p.sheet === m.sheet)} saving={saving} onCorrect={(change) => onCorrectColumn(m.sheet, change)} onClose={() => setEditing(null)} />
              </Suspense>
            )}
          </MappingRow>
        ))}
      </ul>
      {found && (
        <div className="sources-actions">
          {open.length > 0 ? (
            <Button appearance="secondary" onClick={onConfirm} disabled={saving}>
              {t.sources.confirm}
            </Button>
          ) : (
            <Caption1>{confirmedNote ?? t.sources.allConfirmed}</Caption1>
          )}
          {saving && <Spinner size="tiny" label={t.sources.saving} />}
        </div>
      )}
    </details>
  );
}

interface MappingRowProps {
  t: Strings;
  mapping: SourceMapping;
  disabled: boolean;
  onAssign: SourcesPanelProps["onAssign"];
  editing: boolean;
  onEdit(open: boolean): void;
  /** The sheet's mapping editor, when open. */
  children?: ReactNode;
}

function MappingRow({ t, mapping, disabled, onAssign, editing, onEdit, children }: MappingRowProps) {
  const value = mapping.status === "ignored" ? "ignore" : (mapping.kind ?? "");
  return (
    <li className="mapping">
      <div className="mapping-head">
        <Body1Strong>{mapping.sheet}</Body1Strong>
        {mapping.kind !== null && mapping.status !== "ignored" && (
          <Badge appearance="tint" color={CONFIDENCE_COLOR[mapping.confidence]}>
            {t.sources.confidence[mapping.confidence]}
          </Badge>
        )}
        <Caption1>{t.sources.status[mapping.status]}</Caption1>
      </div>
      <Select
        aria-label={t.sources.kindLabel(mapping.sheet)}
        value={value}
        disabled={disabled}
        onChange={(_, data) => {
          if (data.value !== "") onAssign(mapping.sheet, data.value as SourceKind | "ignore");
        }}
      >
        {value === "" && (
          <option value="" disabled>
            {t.sources.unrecognised}
          </option>
        )}
        {SOURCE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t.sources.kinds[kind]}
          </option>
        ))}
        <option value="ignore">{t.sources.ignore}</option>
      </Select>
      {mapping.reasons.map((reason) => (
        <Caption1 key={reason} as="p">
          {reason}
        </Caption1>
      ))}
      {mapping.status !== "ignored" && (
        <div>
          <Button size="small" appearance="secondary" aria-expanded={editing} aria-label={t.columns.openFor(mapping.sheet)} onClick={() => onEdit(!editing)}>
            {t.columns.open}
          </Button>
        </div>
      )}
      {children}
    </li>
  );
}
