import { Body1, Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { App } from "../App";
import { PaneFrame } from "../components/PaneFrame";
import type { Strings } from "../strings";
import type { OpenWorkbook } from "./workbook-file";

/** ExcelJS (a megabyte) loads when the first workbook is opened, not before the first screen. */
const files = () => import(/* webpackChunkName: "xlsx-files" */ "./workbook-file");

export interface StandaloneAppProps {
  t: Strings;
}

/**
 * The pane without Excel: the user opens an .xlsx, the same pipeline runs on the ExcelJS adapter in this tab, and the
 * workbook with the report sheets comes back as a download.
 */
export function StandaloneApp({ t }: StandaloneAppProps) {
  const [open, setOpen] = useState<OpenWorkbook | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const load = async (opening: () => Promise<OpenWorkbook>) => {
    setBusy(true);
    setError(null);
    try {
      setOpen(await opening());
    } catch (failure) {
      setError(failure instanceof Error && failure.message ? failure.message : t.failed);
    } finally {
      setBusy(false);
    }
  };
  const onPicked = (picked: FileList | null) => {
    const file = picked?.[0];
    if (file) void load(async () => (await files()).openPickedFile(file));
    if (picker.current) picker.current.value = "";
  };
  const download = () => {
    if (open) files().then(({ downloadResult }) => downloadResult(open)).catch((failure: unknown) => setError(failure instanceof Error ? failure.message : t.failed));
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
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );

  if (!open) {
    return (
      <PaneFrame t={t} privacy={t.standalone.privacy}>
        <Body1 as="p">{t.standalone.intro}</Body1>
        {chooser}
      </PaneFrame>
    );
  }
  return (
    <App
      key={open.name}
      port={open.workbook}
      t={t}
      workbookBar={
        <>
          <Body1 as="p">{t.standalone.opened(open.name)}</Body1>
          {chooser}
        </>
      }
      resultActions={
        <Button appearance="primary" onClick={download}>
          {t.standalone.download}
        </Button>
      }
      privacy={t.standalone.privacy}
    />
  );
}
