import { Button, Spinner } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { RawCell, WorkbookPort } from "../../workbook/port";
import type { Strings } from "../strings";
import { ModalDialog } from "./ModalDialog";

export interface PreviewTarget {
  sheet: string;
  /** 1-based row to show and mark. */
  row: number;
}

type Loaded = { kind: "loading" } | { kind: "ready"; rows: string[][]; firstRow: number } | { kind: "failed"; message: string };

/**
 * Outside Excel there is no sheet to jump to: the report sheet as written into the file, its indicator row marked and
 * scrolled into view.
 */
export function ReportPreview({ t, port, target, onClose }: { t: Strings; port: WorkbookPort; target: PreviewTarget | null; onClose(): void }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  const marked = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (!target) return;
    let live = true;
    setLoaded({ kind: "loading" });
    port
      .readSheets({ sheets: [target.sheet], numberFormats: true })
      .then((read) => {
        const sheet = read.sheets[0];
        if (!live) return;
        if (!sheet) throw new Error(t.failed);
        const rows = sheet.values.map((row, r) => row.map((cell, c) => cellText(cell, sheet.numberFormats?.[r]?.[c] ?? "", t.locale)));
        setLoaded({ kind: "ready", rows, firstRow: sheet.origin.row + 1 });
      })
      .catch((error: unknown) => live && setLoaded({ kind: "failed", message: error instanceof Error ? error.message : t.failed }));
    return () => {
      live = false;
    };
  }, [port, target, t]);
  useEffect(() => {
    if (loaded.kind === "ready") marked.current?.scrollIntoView?.({ block: "center" });
  }, [loaded]);
  const width = loaded.kind === "ready" ? Math.max(...loaded.rows.map((r) => r.length), 1) : 1;
  return (
    <ModalDialog
      title={target ? t.preview.title(target.sheet) : ""}
      open={target !== null}
      onClose={onClose}
      wide
      actions={
        <Button appearance="primary" onClick={onClose}>
          {t.preview.close}
        </Button>
      }
    >
      {loaded.kind === "loading" && <Spinner size="tiny" label={t.preview.loading} />}
      {loaded.kind === "failed" && <p>{loaded.message}</p>}
      {loaded.kind === "ready" && target && (
        <div className="preview-scroll" tabIndex={0} role="region" aria-label={t.preview.title(target.sheet)}>
          <table className="preview">
            <tbody>
              {loaded.rows.map((row, index) => {
                const number = loaded.firstRow + index;
                const isTarget = number === target.row;
                return (
                  <tr key={number} ref={isTarget ? marked : undefined} className={isTarget ? "marked" : undefined} aria-current={isTarget ? "true" : undefined}>
                    {Array.from({ length: width }, (_, c) => (
                      <td key={c}>{row[c] ?? ""}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </ModalDialog>
  );
}

/** Enough of the number format to read the figures: percent, decimals; the rest as it is. */
function cellText(cell: RawCell, format: string, locale: string): string {
  if (cell === null) return "";
  if (typeof cell !== "number") return String(cell);
  const decimals = /0\.(0+)/.exec(format)?.[1].length ?? (Number.isInteger(cell) ? 0 : 2);
  if (format.includes("%")) return `${(cell * 100).toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} %`;
  return cell.toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
