import { Body1, Button, Spinner } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { App } from "../App";
import { MessageCard } from "../components/MessageCard";
import { PaneFrame } from "../components/PaneFrame";
import type { Strings } from "../strings";
import type { OpenWorkbook } from "./workbook-file";

/** The .xlsx reader and writer load when the first workbook is opened, not before the first screen. */
const files = () => import(/* webpackChunkName: "xlsx-files" */ "./workbook-file");

export interface StandaloneAppProps {
  t: Strings;
  /** Why the pane runs without Excel although it was opened as an add-in (no Office.js could be loaded). */
  note?: string;
  /** „Über das Steuerungscockpit“: which Office.js the page has (none, or one outside Office). */
  about?: string;
}

/**
 * The pane without Excel: the user opens an .xlsx, the same pipeline runs on the .xlsx adapter in this tab, and the
 * workbook with the report sheets comes back as a download. Every opening is a new workbook, even under the same file
 * name (next month's export): nothing of the previous one's result survives it.
 */
export function StandaloneApp({ t, note, about }: StandaloneAppProps) {
  const [open, setOpen] = useState<{ file: OpenWorkbook; opening: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const opened = useRef<HTMLParagraphElement>(null);
  const openings = useRef(0);

  const failure = (caught: unknown) => setError(caught instanceof Error && caught.message ? caught.message : t.failed);
  const load = async (opening: () => Promise<OpenWorkbook>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const file = await opening();
      openings.current += 1;
      setOpen({ file, opening: openings.current });
    } catch (caught) {
      failure(caught);
    } finally {
      setBusy(false);
    }
  };
  // Focus follows the user to what they opened instead of falling to the page.
  useEffect(() => {
    if (open) opened.current?.focus();
  }, [open]);
  const onPicked = (picked: FileList | null) => {
    const file = picked?.[0];
    if (file) void load(async () => (await files()).openPickedFile(file));
    if (picker.current) picker.current.value = "";
  };
  const download = () => {
    if (open) files().then(({ downloadResult }) => downloadResult(open.file)).catch(failure);
  };
  const downloadTemplate = () => {
    files()
      .then(({ downloadTemplate: save }) => save())
      .then(() => setDone(t.template.downloaded))
      .catch(failure);
  };

  const chooser = (
    <div className="workbook-bar">
      <input ref={picker} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden aria-hidden="true" tabIndex={-1} onChange={(e) => onPicked(e.target.files)} />
      <Button appearance={open ? "secondary" : "primary"} onClick={() => picker.current?.click()} disabled={busy}>
        {open ? t.standalone.openOther : t.standalone.open}
      </Button>
      <Button appearance="secondary" onClick={() => void load(async () => (await files()).openSample())} disabled={busy}>
        {t.standalone.loadSample}
      </Button>
      {busy && <Spinner size="tiny" label={t.standalone.opening} />}
      {error && (
        <MessageCard t={t} intent="error" alert>
          {error}
        </MessageCard>
      )}
    </div>
  );
  const template = (
    <>
      <Button appearance="secondary" onClick={downloadTemplate}>
        {t.template.download}
      </Button>
      {done && (
        <MessageCard t={t} intent="success">
          {done}
        </MessageCard>
      )}
    </>
  );
  const officeNote = note && (
    <MessageCard t={t} intent="info">
      {note}
    </MessageCard>
  );

  if (!open) {
    return (
      <PaneFrame t={t} privacy={t.standalone.privacy} about={about}>
        {officeNote}
        <Body1 as="p">{t.standalone.intro}</Body1>
        {chooser}
        <div className="template-action">{template}</div>
      </PaneFrame>
    );
  }
  return (
    <App
      key={open.opening}
      port={open.file.workbook}
      t={t}
      workbookBar={
        <>
          {officeNote}
          <p ref={opened} tabIndex={-1} className="opened">
            <Body1>{t.standalone.opened(open.file.name)}</Body1>
          </p>
          {chooser}
        </>
      }
      resultActions={(current) => (
        <Button appearance="primary" onClick={download} disabled={!current}>
          {t.standalone.download}
        </Button>
      )}
      templateAction={template}
      confirmedNote={t.standalone.allConfirmed}
      privacy={t.standalone.privacy}
      about={about}
    />
  );
}
