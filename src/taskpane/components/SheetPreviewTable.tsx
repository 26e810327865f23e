/**
 * The first rows of a sheet as Excel shows them (column letters, row numbers, German numbers), with what the add-in
 * reads marked: the cells read, the header cells, the rows not read greyed with their reason. Each row can be left out
 * here and taken back.
 *
 * 40 columns never fit 350 px. The table shows as many columns as fit its width and pages through the rest, rather
 * than scrolling sideways in a frame: a cell cut by a scroll frame's edge is half-readable, and its contrast cannot be
 * checked (axe reports it); the pane itself must never scroll sideways.
 */
import { Button, Caption1, Checkbox } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { PreviewGrid, PreviewRow } from "../sheet-preview";
import { cellText } from "../sheet-preview";
import type { Strings } from "../strings";

export interface SheetPreviewTableProps {
  t: Strings;
  sheet: string;
  grid: PreviewGrid;
  /** The column whose role the user is looking at: the preview turns to the page that shows it. */
  focusColumn: string | null;
  onLeaveRowOut(row: number, leaveOut: boolean): void;
}

/** Room for a column of figures or a short label (px), and for the row number with its checkbox. */
const COLUMN_WIDTH = 76;
const ROW_HEADER_WIDTH = 80;

export function SheetPreviewTable({ t, sheet, grid, focusColumn, onLeaveRowOut }: SheetPreviewTableProps) {
  const frame = useRef<HTMLDivElement>(null);
  const perPage = useColumnsThatFit(frame, grid.columns.length);
  const [first, setFirst] = useState(0);
  const focusIndex = focusColumn === null ? -1 : grid.columns.indexOf(focusColumn);
  useEffect(() => {
    if (focusIndex >= 0) setFirst((current) => (focusIndex >= current && focusIndex < current + perPage ? current : Math.floor(focusIndex / perPage) * perPage));
  }, [focusIndex, perPage]);
  const start = Math.min(first, Math.max(0, grid.columns.length - perPage));
  const shown = grid.columns.slice(start, start + perPage);
  const paged = shown.length < grid.columns.length;
  return (
    <div className="sheet-preview" role="region" aria-label={t.columns.previewLabel(sheet)} ref={frame}>
      {paged && (
        <div className="preview-pages">
          {/* disabledFocusable: at either end the button keeps the keyboard focus instead of dropping it. */}
          <Button size="small" disabledFocusable={start === 0} onClick={() => setFirst(Math.max(0, start - perPage))}>
            {t.columns.previousColumns}
          </Button>
          <Caption1 aria-live="polite">{t.columns.columnsShown(shown[0], shown[shown.length - 1], grid.columns.length)}</Caption1>
          <Button size="small" disabledFocusable={start + perPage >= grid.columns.length} onClick={() => setFirst(start + perPage)}>
            {t.columns.nextColumns}
          </Button>
        </div>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col" className="row-head">
              {t.columns.rowHeader}
            </th>
            {shown.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <PreviewRowView key={row.number} t={t} row={row} columns={grid.columns} from={start} count={shown.length} onLeaveRowOut={onLeaveRowOut} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How many columns fit the frame's width; all of them where nothing can be measured (jsdom, the first render). */
function useColumnsThatFit(frame: React.RefObject<HTMLDivElement>, total: number): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = frame.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, [frame]);
  if (width <= 0) return total;
  return Math.max(1, Math.min(total, Math.floor((width - ROW_HEADER_WIDTH) / COLUMN_WIDTH)));
}

interface PreviewRowViewProps {
  t: Strings;
  row: PreviewRow;
  columns: string[];
  from: number;
  count: number;
  onLeaveRowOut: SheetPreviewTableProps["onLeaveRowOut"];
}

function PreviewRowView({ t, row, columns, from, count, onLeaveRowOut }: PreviewRowViewProps) {
  const notRead = row.state.kind === "aboveHeader" || row.state.kind === "leftOut";
  // An empty row is read as nothing already: leaving it out would change nothing.
  const filled = row.cells.some((cell) => cell.value !== null && cell.value !== "");
  return (
    <tr className={notRead ? "not-read" : row.state.kind === "header" ? "header-row" : undefined}>
      <th scope="row" className="row-head">
        <span className="row-number">{row.number}</span>
        {((row.state.kind === "read" && filled) || row.state.kind === "leftOut") && (
          <Checkbox aria-label={t.columns.leaveRowOut(row.number)} checked={row.state.kind === "leftOut"} onChange={(_, data) => onLeaveRowOut(row.number, data.checked === true)} />
        )}
        {row.state.kind !== "read" && <span className="row-reason">{t.columns.rowState[row.state.kind]}</span>}
      </th>
      {row.cells.slice(from, from + count).map((cell, i) => {
        const address = `${columns[from + i]}${row.number}`;
        const title = cell.headerOf ? t.columns.cellHeader(address, cell.headerOf.column, cell.headerOf.readAs) : cell.readBy ? t.columns.cellRead(address, cell.readBy.roleName, cell.readBy.period) : undefined;
        const classes = [cell.headerOf ? "header-cell" : "", cell.readBy ? "read" : "", typeof cell.value === "number" ? "number" : ""].filter(Boolean).join(" ");
        return (
          <td key={address} className={classes || undefined} title={title}>
            {cellText(cell, t.locale)}
          </td>
        );
      })}
    </tr>
  );
}
