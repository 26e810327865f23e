import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { SourceKind } from "../../sources/source-mapping";
import type { ColumnChange } from "./ColumnEditor";
import type { LayoutChange } from "./ModelEditor";
import type { Strings } from "../strings";
import type { SourcesState } from "../use-sources";
import { MessageCard } from "./MessageCard";

/** Shown only after the engine has inspected the workbook, so it comes in the engine's chunk (no request of its own). */
const MappingList = lazy(() => import(/* webpackChunkName: "engine" */ "./SourceMappings").then((m) => ({ default: m.MappingList })));

export interface SourcesPanelProps {
  t: Strings;
  state: SourcesState;
  saving: boolean;
  /** Where a confirmation is kept, in words (the standalone mode keeps it in the downloaded file). */
  confirmedNote?: string;
  onConfirm(): void;
  onAssign(sheet: string, kind: SourceKind | "ignore"): void;
  /** A correction from the mapping editor ("Spalten prüfen") of one sheet. */
  onCorrectColumn(sheet: string, change: ColumnChange): void;
  /** A change of a sheet's table model from the same editor. */
  onPatchLayout(sheet: string, change: LayoutChange): void;
  /** The editor's changes are applied but not saved. */
  unsaved: boolean;
  onSaveChanges(): void;
  onDiscardChanges(): void;
}

/**
 * "Quellen": every sheet with what the add-in takes it for, how sure it is and why. One click confirms the whole
 * mapping; a sheet is corrected by choosing its kind (or "nicht verwenden").
 */
export function SourcesPanel(props: SourcesPanelProps) {
  const { t, state } = props;
  const loading = <Spinner size="tiny" label={t.sources.loading} />;
  if (state.kind === "loading") return loading;
  if (state.kind === "failed") {
    return (
      <MessageCard t={t} intent="error">
        {state.message}
      </MessageCard>
    );
  }
  return (
    <Suspense fallback={loading}>
      <MappingList {...props} mappings={state.inspection.mappings} previews={state.inspection.previews} />
    </Suspense>
  );
}
