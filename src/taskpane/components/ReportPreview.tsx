import { Button, Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { RawCell, WorkbookPort } from "../../workbook/port";
import type { Strings } from "../strings";
import { ModalDialog } from "./ModalDialog";
import { roundCommercial } from "../../domain/rounding";

export interface PreviewTarget {
  sheet: string;
  /** 1-based row to show and mark. */
  row: number;
}

type Loaded = { kind: "loading" } | { kind: "ready"; title: string; fields: Array<[string, string]> } | { kind: "failed"; message: string };

/**
 * Outside Excel there is no sheet to jump to: the indicator's row of the report sheet as written into the file, each
 * cell under its column heading (a narrow pane cannot show the sheet's full width without hiding part of it).
 */
export function ReportPreview({ t, port, target, onClose }: { t: Strings; port: WorkbookPort; target: PreviewTarget | null; onClose(): void }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
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
        const text = (r: number) => (sheet.values[r] ?? []).map((cell, c) => cellText(cell, sheet.numberFormats?.[r]?.[c] ?? "", t.locale));
        const index = target.row - 1 - sheet.origin.row;
        const header = headerRowAbove(sheet.values, index);
        const row = text(index);
        const headings = header === null ? [] : text(header);
        const fields = row.map((value, c): [string, string] => [headings[c] || `Spalte ${c + 1}`, value]).filter(([, value]) => value !== "");
        setLoaded({ kind: "ready", title: String(sheet.values[0]?.[0] ?? target.sheet), fields });
      })
      .catch((error: unknown) => live && setLoaded({ kind: "failed", message: error instanceof Error ? error.message : t.failed }));
    return () => {
      live = false;
    };
  }, [port, target, t]);
  return (
    <ModalDialog
      title={target ? t.preview.title(target.sheet) : ""}
      open={target !== null}
      onClose={onClose}
      actions={
        <Button appearance="primary" onClick={onClose}>
          {t.preview.close}
        </Button>
      }
    >
      {loaded.kind === "loading" && <Spinner size="tiny" label={t.preview.loading} />}
      {loaded.kind === "failed" && <p>{loaded.message}</p>}
      {loaded.kind === "ready" && target && (
        <>
          <p>{`${loaded.title}, Zeile ${target.row}`}</p>
          <table className="preview">
            <tbody>
              {loaded.fields.map(([heading, value], c) => (
                <tr key={c}>
                  <th scope="row">{heading}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ModalDialog>
  );
}

/** The nearest row above `index` that reads as column headings: three or more texts and no number. */
function headerRowAbove(values: RawCell[][], index: number): number | null {
  for (let r = index - 1; r >= 0; r--) {
    const cells = (values[r] ?? []).filter((cell) => cell !== null && cell !== "");
    if (cells.length >= 3 && cells.every((cell) => typeof cell === "string")) return r;
  }
  return null;
}

/**
 * Enough of the number format to read the figures as the sheet shows them: the section for the value's sign (a
 * deviation keeps its "+" and "−"), percent, decimals, quoted units (" pp"); the rest as it is.
 */
function cellText(cell: RawCell, format: string, locale: string): string {
  if (cell === null) return "";
  if (typeof cell !== "number") return String(cell);
  const sections = format.split(";");
  const section = (cell > 0 ? sections[0] : cell < 0 ? sections[1] ?? sections[0] : sections[2] ?? sections[0]) ?? "";
  const decimals = /0\.(0+)/.exec(section)?.[1].length ?? (Number.isInteger(cell) ? 0 : 2);
  const percent = section.includes("%");
  const magnitude = roundCommercial(Math.abs(percent ? cell * 100 : cell), decimals).toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const sign = cell < 0 ? "−" : section.trimStart().startsWith("+") && cell > 0 ? "+" : "";
  const unit = /"([^"]*)"/.exec(section)?.[1] ?? "";
  return `${sign}${magnitude}${percent ? " %" : ""}${unit}`;
}
