import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { SheetPlan } from "../../report/plan";
import type { WorkbookPort } from "../../workbook/port";
import type { Strings } from "../strings";
import { ModalDialog } from "./ModalDialog";

export interface TemplateInsertProps {
  t: Strings;
  port: WorkbookPort;
  onInserted(names: string[], notices: string[]): void;
  onNotice(intent: "info" | "error", text: string): void;
  /** Runs a write once the user knows it cannot be undone (App's undo notice); without it, at once. */
  beforeWrite?(write: () => void): void;
}

interface Proposal {
  add: SheetPlan[];
  existing: string[];
}

/**
 * "Vorlage einfügen" in Excel: it says which empty sheets it would add and asks first; a sheet of that name that is
 * already there is left alone (never a "Grunddaten (2)").
 */
export function TemplateInsert({ t, port, onInserted, onNotice, beforeWrite = (write) => write() }: TemplateInsertProps) {
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [busy, setBusy] = useState(false);
  const fail = (error: unknown) => onNotice("error", error instanceof Error && error.message ? error.message : t.failed);
  const propose = async () => {
    try {
      const { buildTemplateSheets } = await import(/* webpackChunkName: "engine" */ "../../report/template-sheets");
      const { sheetNames } = await port.readSheets({ sheets: [] });
      const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
      const plans = buildTemplateSheets(new Date().getFullYear());
      const add = plans.filter((p) => !taken.has(p.name.toLowerCase()));
      const existing = plans.filter((p) => taken.has(p.name.toLowerCase())).map((p) => p.name);
      if (add.length === 0) onNotice("info", t.template.allThere(existing.join(", ")));
      else setProposal({ add, existing });
    } catch (error) {
      fail(error);
    }
  };
  const insert = async (chosen: Proposal) => {
    setBusy(true);
    try {
      const rendered = await port.render({ sheets: chosen.add });
      onInserted(
        rendered.sheets.map((s) => s.name),
        rendered.notices,
      );
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
      setProposal(null);
    }
  };
  return (
    <>
      <Button appearance="secondary" onClick={() => void propose()}>
        {t.template.insert}
      </Button>
      {proposal && (
        <ModalDialog
          title={t.template.confirmTitle}
          open
          onClose={() => setProposal(null)}
          actions={
            <>
              <Button appearance="primary" disabled={busy} onClick={() => beforeWrite(() => void insert(proposal))}>
                {t.template.confirm}
              </Button>
              <Button appearance="secondary" onClick={() => setProposal(null)}>
                {t.template.cancel}
              </Button>
            </>
          }
        >
          <p>{t.template.confirmText(proposal.add.map((p) => p.name).join(", "))}</p>
          {proposal.existing.length > 0 && <p>{t.template.alreadyThere(proposal.existing.join(", "))}</p>}
        </ModalDialog>
      )}
    </>
  );
}
