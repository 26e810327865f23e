import { Button, Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Strings } from "../strings";
import { MessageCard } from "./MessageCard";
import { PaneFrame } from "./PaneFrame";

/** What the ribbon command says about its run: "running", then what was refreshed or what went wrong. */
export interface RibbonReport {
  kind: "running" | "done" | "failed";
  text: string;
}

/** The dialog page's messages to the command: it listens now (send the reports), and the user closed it. */
export const RIBBON_READY = "bereit";
export const RIBBON_CLOSE = "close";

export function parseRibbonReport(text: string | null): RibbonReport | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<RibbonReport>;
    if ((value.kind === "running" || value.kind === "done" || value.kind === "failed") && typeof value.text === "string") return { kind: value.kind, text: value.text };
  } catch {
    // Not a report: nothing to show.
  }
  return null;
}

/**
 * The ribbon's "Aktualisieren" has no user interface of its own; it opens this page in an Office dialog, and tells it
 * (DialogApi 1.2 messageChild) how the run ends, once the page has said RIBBON_READY. Without that channel the command
 * opens the dialog only once, with the end (src/commands/ribbon-dialog.ts).
 */
export interface RibbonMessageProps {
  t: Strings;
  initial: RibbonReport;
  /** Registers for the command's later reports. */
  subscribe?: (show: (report: RibbonReport) => void) => void;
  onClose?: () => void;
}

export function RibbonMessage({ t, initial, subscribe, onClose }: RibbonMessageProps) {
  const [report, setReport] = useState(initial);
  useEffect(() => subscribe?.(setReport), [subscribe]);
  return (
    <PaneFrame t={t} privacy={t.privacy}>
      <div role="status">
        {report.kind === "running" ? (
          <Spinner size="small" label={report.text} />
        ) : (
          <MessageCard t={t} intent={report.kind === "failed" ? "error" : "success"}>
            {report.text}
          </MessageCard>
        )}
      </div>
      {report.kind !== "running" && onClose && (
        <Button appearance="primary" onClick={onClose}>
          {t.ribbon.close}
        </Button>
      )}
    </PaneFrame>
  );
}
