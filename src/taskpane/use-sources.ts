/** The "Quellen" step's state: inspect the workbook once, and after every confirmation or correction. */
import { useCallback, useEffect, useState } from "react";
import type { ColumnDecision } from "../sources/column-decisions";
import { confirmAll, correct, correctColumn, type SheetDecision, type SourceKind } from "../sources/source-mapping";
import type { WorkbookPort } from "../workbook/port";
import type { SourceInspection } from "../pipeline/inspect-sources";

/** The engine loads on first use: the pane is interactive before it has parsed it. */
const engine = () => import(/* webpackChunkName: "engine" */ "../pipeline/inspect-sources");

export type SourcesState = { kind: "loading" } | { kind: "ready"; inspection: SourceInspection } | { kind: "failed"; message: string };

export function useSources(port: WorkbookPort, fallbackError: string) {
  const [state, setState] = useState<SourcesState>({ kind: "loading" });
  const [saving, setSaving] = useState(false);

  const inspect = useCallback(async () => {
    try {
      const { inspectSources } = await engine();
      setState({ kind: "ready", inspection: await inspectSources(port) });
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
      await inspect();
    } catch (error) {
      setState({ kind: "failed", message: error instanceof Error && error.message ? error.message : fallbackError });
    } finally {
      setSaving(false);
    }
  };

  return {
    state,
    saving,
    reload: inspect,
    confirm: () => save((i) => confirmAll(i.mappings)),
    assign: (sheet: string, kind: SourceKind | "ignore") => save((i) => correct(i.decisions, i.mappings, sheet, kind)),
    /** One column or row correction made or taken back; the sheet is read again at once, so the editor shows what is now read. */
    correctColumn: (sheet: string, change: { set: ColumnDecision } | { unset: ColumnDecision }) => save((i) => correctColumn(i.decisions, i.mappings, sheet, change)),
  };
}
