/**
 * Local closing days (Brückentage, Betriebsversammlung …): a column headed "Schließtag" / "Schließtage" with dates.
 * They are not Arbeitstage for the Bearbeitungsdauer.
 */
import { parseCellDate } from "../domain/cell-dates";
import { type Message, message } from "../domain/messages";
import type { IsoDate } from "../domain/processing/holidays";
import { normalizeLabel } from "./labels";
import type { SheetGrid } from "./sheet-grid";

/** `cells`: where the days stand (A1), for the column model. */
export function findClosingDays(grid: SheetGrid): { days: IsoDate[]; cells: string[]; messages: Message[] } | null {
  for (let r = 0; r < Math.min(grid.rowCount, 20); r++) {
    for (let c = 0; c < grid.colCount; c++) {
      if (!/^schliesstag(e)?( des jobcenters)?$/.test(normalizeLabel(grid.value(r, c)))) continue;
      const days: IsoDate[] = [];
      const cells: string[] = [];
      const messages: Message[] = [];
      for (let rr = r + 1; rr < grid.rowCount; rr++) {
        const parsed = parseCellDate(grid.value(rr, c));
        if (parsed.kind === "date") {
          days.push(parsed.date);
          cells.push(grid.address(rr, c));
        }
        else if (parsed.kind === "invalid") messages.push(message("warning", `„${parsed.text}“ ist kein Datum; der Schließtag wird nicht berücksichtigt.`, grid.name, grid.address(rr, c)));
      }
      return { days, cells, messages };
    }
  }
  return null;
}
