import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { lazy, Suspense, useState, type ReactNode } from "react";
import type { WorkbookPort } from "../workbook/port";
import { PaneFrame } from "./components/PaneFrame";
import { ReportForm } from "./components/ReportForm";
import { SourcesPanel } from "./components/SourcesPanel";
import type { Strings } from "./strings";
import { useReportRun } from "./use-report-run";
import { useSources } from "./use-sources";

/** A result exists only after a run, which has loaded the engine: the panel comes in the engine's chunk. */
const ResultPanel = lazy(() => import(/* webpackChunkName: "engine" */ "./components/ResultPanel").then((m) => ({ default: m.ResultPanel })));

export interface AppProps {
  port: WorkbookPort;
  t: Strings;
  /** What this Excel version cannot show (from the requirement-set table), told once at the top. */
  missingFeatures?: string[];
  /** Standalone mode: which file is open and how to open another, shown under the title. */
  workbookBar?: ReactNode;
  /** Standalone mode: what to do with a finished report (download). */
  resultActions?: ReactNode;
  privacy?: string;
}

/** The pane: what it does, the report settings, and the result. It talks to the workbook only through the port. */
export function App({ port, t, missingFeatures = [], workbookBar, resultActions, privacy = t.privacy }: AppProps) {
  const { state, run } = useReportRun(port, t.failed);
  const sources = useSources(port, t.sources.failed);
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const insertTemplate = async () => {
    try {
      const { buildTemplateSheets } = await import(/* webpackChunkName: "engine" */ "../report/template-sheets");
      const rendered = await port.render({ sheets: buildTemplateSheets(new Date().getFullYear()) });
      setNotice({ intent: "success", text: [t.templateInserted(rendered.sheets.map((s) => s.name).join(", ")), ...rendered.notices].join(" ") });
      void sources.reload();
    } catch (error) {
      setNotice({ intent: "error", text: error instanceof Error ? error.message : t.failed });
    }
  };
  const showCell = (sheet: string, cell: string) => {
    port.select?.(sheet, cell).catch((error: unknown) => setNotice({ intent: "error", text: error instanceof Error ? error.message : t.failed }));
  };
  return (
    <PaneFrame t={t} privacy={privacy}>
      {workbookBar}
      {missingFeatures.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t.olderExcel}
            <ul className="missing">
              {missingFeatures.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <SourcesPanel t={t} state={sources.state} saving={sources.saving} onConfirm={() => void sources.confirm()} onAssign={(sheet, kind) => void sources.assign(sheet, kind)} />
      <ReportForm t={t} state={state} onRun={run} />
      {state.kind === "failed" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && (
        <Suspense fallback={null}>
          <ResultPanel t={t} outcome={state.outcome} onShowCell={port.select ? showCell : undefined} />
          {state.outcome.rendered && resultActions}
        </Suspense>
      )}
      <Button appearance="secondary" onClick={insertTemplate}>
        {t.insertTemplate}
      </Button>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </PaneFrame>
  );
}
