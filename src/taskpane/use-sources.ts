/** The "Quellen" step's state: inspect the workbook once, and after every confirmation or correction. */
import { useCallback, useEffect, useState } from "react";
import type { ColumnDecision } from "../sources/column-decisions";
import { confirmAll, correct, correctColumn, correctLayout, type SheetDecision, type SourceKind } from "../sources/source-mapping";
import type { LayoutPatch } from "../sources/layout/patch-layout";
import type { WorkbookPort } from "../workbook/port";
import type { SourceInspection } from "../pipeline/inspect-sources";

/** The engine loads on first use: the pane is interactive before it has parsed it. */
const engine = () => import(/* webpackChunkName: "engine" */ "../pipeline/inspect-sources");

export type SourcesState = { kind: "loading" } | { kind: "ready"; inspection: SourceInspection } | { kind: "failed"; message: string };

export function useSources(port: WorkbookPort, fallbackError: string) {
  const [state, setState] = useState<SourcesState>({ kind: "loading" });
  const [saving, setSaving] = useState(false);
  /** The editor's corrections, applied and shown but not saved yet: null when there are none. */
  const [pending, setPending] = useState<SheetDecision[] | null>(null);

  const inspect = useCallback(async (decisions?: SheetDecision[]) => {
    try {
      const { inspectSources } = await engine();
      setState({ kind: "ready", inspection: await inspectSources(port, undefined, decisions) });
    } catch (error) {
      setState({ kind: "failed", message: error instanceof Error && error.message ? error.message : fallbackError });
    }
  }, [port, fallbackError]);

  useEffect(() => {
    void inspect();
  }, [inspect]);

  const save = async (decide: (inspection: SourceInspection) => SheetDecision[]) => {
    if (state.kind !== "ready") return;
    setSaving(true);
    try {
      const { saveDecisions } = await engine();
      await saveDecisions(port, decide(state.inspection));
      setPending(null);
      await inspect();
    } catch (error) {
      setState({ kind: "failed", message: error instanceof Error && error.message ? error.message : fallbackError });
    } finally {
      setSaving(false);
    }
  };

  /** A correction applied at once — the workbook read again as if it were stored — and kept until saved or discarded. */
  const apply = async (decide: (inspection: SourceInspection) => SheetDecision[]) => {
    if (state.kind !== "ready") return;
    const decisions = decide(state.inspection);
    setPending(decisions);
    setSaving(true);
    try {
      await inspect(decisions);
    } finally {
      setSaving(false);
    }
  };

  return {
    state,
    saving,
    unsaved: pending !== null,
    reload: () => inspect(pending ?? undefined),
    confirm: () => save((i) => confirmAll(i.mappings)),
    assign: (sheet: string, kind: SourceKind | "ignore") => save((i) => correct(i.decisions, i.mappings, sheet, kind)),
    /** One column or row correction made or taken back; the sheet is read again at once, so the editor shows what is now read. */
    correctColumn: (sheet: string, change: { set: ColumnDecision } | { unset: ColumnDecision }) => apply((i) => correctColumn(i.decisions, i.mappings, sheet, change)),
    /** Patches of a sheet's table model made or taken back; applied at once, saved with saveChanges. */
    patchLayout: (sheet: string, change: { set: LayoutPatch[]; unset: LayoutPatch[] }) => apply((i) => correctLayout(i.decisions, i.mappings, sheet, change)),
    /** The applied corrections kept in the workbook. */
    saveChanges: () => save((i) => i.decisions),
    /** The applied corrections dropped: the workbook read as stored. */
    discardChanges: async () => {
      setPending(null);
      await inspect();
    },
  };
}
