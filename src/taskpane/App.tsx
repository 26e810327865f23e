import { Button } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { ReportOptions } from "../pipeline/report-options";
import type { WorkbookPort } from "../workbook/port";
import { MessageCard } from "./components/MessageCard";
import { PaneFrame } from "./components/PaneFrame";
import { ReportForm } from "./components/ReportForm";
import type { PreviewTarget } from "./components/ReportPreview";
import { SourcesPanel } from "./components/SourcesPanel";
import { TemplateInsert } from "./components/TemplateInsert";
import { announcement } from "./announcement";
import type { Severity, Strings } from "./strings";
import { useReportRun } from "./use-report-run";
import { useSources } from "./use-sources";
import { useUndoNotice } from "./use-undo-notice";

/** A result exists only after a run, which has loaded the engine: the panel comes in the engine's chunk. */
const ResultPanel = lazy(() => import(/* webpackChunkName: "engine" */ "./components/ResultPanel").then((m) => ({ default: m.ResultPanel })));
const ReportPreview = lazy(() => import(/* webpackChunkName: "engine" */ "./components/ReportPreview").then((m) => ({ default: m.ReportPreview })));

const REPORT_KEY = "ziel-ist-vergleich";

export interface AppProps {
  port: WorkbookPort;
  t: Strings;
  /** What this Excel version cannot show (from the requirement-set table), told once at the top. */
  missingFeatures?: string[];
  /** Standalone mode: which file is open and how to open another, shown under the title. */
  workbookBar?: ReactNode;
  /** Standalone mode: what to do with a finished report (download), enabled only while the result is current. */
  resultActions?: (current: boolean) => ReactNode;
  /** Standalone mode: the template as a file instead of sheets inserted into this workbook. */
  templateAction?: ReactNode;
  /** Standalone mode: where a confirmed mapping is kept (the downloaded file, not the user's). */
  confirmedNote?: string;
  privacy?: string;
  /** „Über das Steuerungscockpit“: which Office.js runs (index.tsx reads it from the page). */
  about?: string;
  /**
   * Inside Excel: the first write of a session asks first, because Excel cannot undo it (a refresh is several undo
   * steps, and writing a custom XML part clears the undo history, office-js#4484). The standalone mode writes a copy.
   */
  warnNoUndo?: boolean;
}

/**
 * The pane: Quellen and report settings beside (from 900 px) or above the result. It talks to the workbook only
 * through the port; every change of mapping, settings or sheets marks a shown result as outdated.
 */
export function App({ port, t, missingFeatures = [], workbookBar, resultActions, templateAction, confirmedNote, privacy = t.privacy, about, warnNoUndo = false }: AppProps) {
  const { state, run, changed } = useReportRun(port, t.failed);
  const sources = useSources(port, t.sources.failed);
  const [notice, setNotice] = useState<{ intent: Severity; text: string } | null>(null);
  const [preview, setPreview] = useState<PreviewTarget | null>(null);
  /** After a run: Excel shows the report, and focus moves to the result's heading. */
  const activate = useRef(false);
  const focus = useRef(false);

  const fail = useCallback((error: unknown) => setNotice({ intent: "error", text: error instanceof Error && error.message ? error.message : t.failed }), [t]);
  const undo = useUndoNotice(warnNoUndo);
  /** What Excel makes the run wait for (a cell the user is editing), said while it waits. */
  const [waiting, setWaiting] = useState<string | null>(null);
  useEffect(() => port.watchWaiting?.(setWaiting), [port]);
  const runReport = (options: ReportOptions) => undo.beforeWrite(() => startReport(options));
  const startReport = (options: ReportOptions) => {
    activate.current = true;
    focus.current = true;
    setNotice(null);
    void run(options);
  };
  const afterChange = (change: Promise<void>) => void change.then(changed);

  useEffect(() => {
    if (state.kind !== "done" || !state.current || !activate.current) return;
    activate.current = false;
    const report = state.outcome.rendered?.sheets.find((s) => s.key === REPORT_KEY);
    if (report && port.select) port.select(report.name, "A1").catch(fail);
  }, [state, port, fail]);
  const focusHeading = useCallback((heading: HTMLHeadingElement | null) => {
    if (heading && focus.current) {
      focus.current = false;
      heading.focus();
    }
  }, []);

  const select = port.select?.bind(port);
  const showCell = select ? (sheet: string, cell: string) => void select(sheet, cell).catch(fail) : undefined;
  const showRow = (sheet: string, row: number) => (showCell ? showCell(sheet, `A${row}`) : setPreview({ sheet, row }));
  const months = sources.state.kind === "ready" ? sources.state.inspection.reportMonths : [];
  const peerTable = sources.state.kind === "ready" ? sources.state.inspection.peerTable : null;

  return (
    <PaneFrame t={t} privacy={privacy} about={about}>
      {workbookBar}
      {missingFeatures.length > 0 && (
        <MessageCard t={t} intent="info">
          {t.olderExcel}
          <ul className="missing">
            {missingFeatures.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </MessageCard>
      )}
      <div className="pane-columns">
        <div className="pane-column">
          <ReportForm t={t} state={state} months={months} peerTable={peerTable} onRun={runReport} onChange={changed} />
          <SourcesPanel
            t={t}
            state={sources.state}
            saving={sources.saving}
            confirmedNote={confirmedNote}
            onConfirm={() => afterChange(sources.confirm())}
            onAssign={(sheet, kind) => afterChange(sources.assign(sheet, kind))}
            onCorrectColumn={(sheet, change) => void sources.correctColumn(sheet, change)}
            onPatchLayout={(sheet, change) => void sources.patchLayout(sheet, change)}
            unsaved={sources.unsaved}
            onSaveChanges={() => afterChange(sources.saveChanges())}
            onDiscardChanges={() => void sources.discardChanges()}
          />
        </div>
        <div className="pane-column">
          <div role="status" className="visually-hidden">
            {announcement(state, t)}
          </div>
          {waiting && (
            <MessageCard t={t} intent="warning" alert>
              {waiting}
            </MessageCard>
          )}
          {state.kind === "failed" && (
            <MessageCard t={t} intent="error" alert>
              {state.message}
            </MessageCard>
          )}
          {state.kind === "done" && (
            <Suspense fallback={null}>
              <ResultPanel
                ref={focusHeading}
                t={t}
                outcome={state.outcome}
                current={state.current}
                onShowCell={showCell}
                onShowSheet={showCell ? (sheet) => showCell(sheet, "A1") : undefined}
                onShowRow={showRow}
                actions={resultActions}
              />
            </Suspense>
          )}
          {state.kind === "done" && state.outcome.rendered?.manualCalculation && port.calculate && (
            <Button
              appearance="secondary"
              onClick={() =>
                void port
                  .calculate?.()
                  .then(() => {
                    setNotice({ intent: "success", text: t.calculate.done });
                    changed();
                  })
                  .catch(fail)
              }
            >
              {t.calculate.now}
            </Button>
          )}
          <div className="template-action">
            {templateAction ?? (
              <TemplateInsert
                t={t}
                port={port}
                beforeWrite={undo.beforeWrite}
                onNotice={(intent, text) => setNotice({ intent, text })}
                onInserted={(names, notices) => {
                  setNotice({ intent: "success", text: [t.template.inserted(names.join(", ")), ...notices].join(" ") });
                  changed();
                  void sources.reload();
                }}
              />
            )}
          </div>
          {notice && (
            <MessageCard t={t} intent={notice.intent}>
              {notice.text}
            </MessageCard>
          )}
        </div>
      </div>
      {undo.dialog(t)}
      {preview && (
        <Suspense fallback={null}>
          <ReportPreview t={t} port={port} target={preview} onClose={() => setPreview(null)} />
        </Suspense>
      )}
    </PaneFrame>
  );
}
