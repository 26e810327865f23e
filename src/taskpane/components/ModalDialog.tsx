import { Subtitle2 } from "@fluentui/react-components";
import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal dialog on the browser's own <dialog> (focus kept inside, Escape closes, focus returns to the opener).
 * Not Fluent's Dialog: its focus trap makes tabster put focusable aria-hidden guards around the whole page for good,
 * which screen readers may land on and axe-core rightly reports.
 */
export function ModalDialog({ title, open, onClose, children, actions, wide = false }: { title: string; open: boolean; onClose(): void; children: ReactNode; actions: ReactNode; wide?: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      // jsdom has no showModal; the open attribute shows the same content there.
      if (typeof element.showModal === "function") element.showModal();
      else element.setAttribute("open", "");
    } else if (!open && element.open) {
      if (typeof element.close === "function") element.close();
      else element.removeAttribute("open");
    }
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className={wide ? "modal-dialog wide" : "modal-dialog"}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="modal-title">
        <Subtitle2>{title}</Subtitle2>
      </h2>
      <div className="modal-body">{children}</div>
      <div className="modal-actions">{actions}</div>
    </dialog>
  );
}
