/**
 * The first rows of a sheet as Excel shows them (column letters, row numbers, German numbers), with what the add-in
 * reads marked: the cells read, the header cells, the rows not read greyed with their reason. Each row can be left out
 * here and taken back. The table scrolls in its own frame: 40 columns never fit 350 px, and the pane must not scroll
 * sideways.
 */
import { Checkbox } from "@fluentui/react-components";
import type { PreviewGrid, PreviewRow } from "../sheet-preview";
import { cellText } from "../sheet-preview";
import type { Strings } from "../strings";

export interface SheetPreviewTableProps {
  t: Strings;
  sheet: string;
  grid: PreviewGrid;
  onLeaveRowOut(row: number, leaveOut: boolean): void;
}

export function SheetPreviewTable({ t, sheet, grid, onLeaveRowOut }: SheetPreviewTableProps) {
  return (
    // Focusable so that a keyboard user can scroll it (axe: scrollable-region-focusable).
    <div className="sheet-preview" role="region" aria-label={t.columns.previewLabel(sheet)} tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.columns.rowHeader}</th>
            <th scope="col">{t.columns.useHeader}</th>
            {grid.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <PreviewRowView key={row.number} t={t} row={row} columns={grid.columns} onLeaveRowOut={onLeaveRowOut} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PreviewRowView({ t, row, columns, onLeaveRowOut }: { t: Strings; row: PreviewRow; columns: string[]; onLeaveRowOut: SheetPreviewTableProps["onLeaveRowOut"] }) {
  const notRead = row.state.kind === "aboveHeader" || row.state.kind === "leftOut";
  // An empty row is read as nothing already: leaving it out would change nothing.
  const filled = row.cells.some((cell) => cell.value !== null && cell.value !== "");
  return (
    <tr className={notRead ? "not-read" : row.state.kind === "header" ? "header-row" : undefined}>
      <th scope="row">{row.number}</th>
      <td className="row-use">
        {((row.state.kind === "read" && filled) || row.state.kind === "leftOut") && (
          <Checkbox aria-label={t.columns.leaveRowOut(row.number)} checked={row.state.kind === "leftOut"} onChange={(_, data) => onLeaveRowOut(row.number, data.checked === true)} />
        )}
        {row.state.kind !== "read" && <span className="row-reason">{t.columns.rowState[row.state.kind]}</span>}
      </td>
      {row.cells.map((cell, c) => {
        const address = `${columns[c]}${row.number}`;
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
