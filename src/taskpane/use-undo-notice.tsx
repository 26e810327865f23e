/**
 * The undo notice: the first write of a pane session into the workbook waits until the user has read that Excel
 * cannot undo it. Said once per session, and never the promise of an undo that does not exist.
 */
import { Button } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { ModalDialog } from "./components/ModalDialog";
import type { Strings } from "./strings";

export function useUndoNotice(enabled: boolean) {
  const acknowledged = useRef(!enabled);
  const [pending, setPending] = useState<(() => void) | null>(null);
  const beforeWrite = (write: () => void) => {
    if (acknowledged.current) write();
    else setPending(() => write);
  };
  const dialog = (t: Strings) =>
    pending && (
      <ModalDialog
        title={t.undo.title}
        open
        onClose={() => setPending(null)}
        actions={
          <>
            <Button
              appearance="primary"
              onClick={() => {
                acknowledged.current = true;
                setPending(null);
                pending();
              }}
            >
              {t.undo.proceed}
            </Button>
            <Button appearance="secondary" onClick={() => setPending(null)}>
              {t.undo.cancel}
            </Button>
          </>
        }
      >
        <p>{t.undo.text}</p>
      </ModalDialog>
    );
  return { beforeWrite, dialog };
}
