/**
 * Why a sheet with data was not read, said as specifically as the sheet allows — one message per sheet: a CSV export
 * left in one column, month names that no year completes, or, in general, figures under no header the add-in knows.
 */
import { bareMonthIn } from "../domain/month-labels";
import { type Message, message } from "../domain/messages";
import type { SheetGrid } from "./sheet-grid";

const SEARCH_ROWS = 50;

export function unreadSheetHint(grid: SheetGrid): Message | null {
  return csvInOneColumn(grid) ?? administrationCosts(grid) ?? monthsWithoutYear(grid) ?? unusedNumbers(grid);
}

/** A budget of Titel 636 13 (Verwaltungskosten): figures, but not the Eingliederungstitel the report controls. */
function administrationCosts(grid: SheetGrid): Message | null {
  for (let r = 0; r < Math.min(grid.rowCount, SEARCH_ROWS); r++) {
    for (let c = 0; c < grid.colCount; c++) {
      if (!/\b636\s?13\b|^verwaltungskosten\b/i.test(grid.text(r, c))) continue;
      return message("info", `Das Blatt „${grid.name}“ enthält Verwaltungskosten (Titel 636 13); sie gehören nicht zum Eingliederungstitel und werden nicht ausgewertet.`, grid.name, grid.address(r, c));
    }
  }
  return null;
}

/** "elb;7412;7398;…" in column A, row after row: a CSV file opened without splitting it into columns. */
function csvInOneColumn(grid: SheetGrid): Message | null {
  let rows = 0;
  let separator: string | null = null;
  for (let r = 0; r < Math.min(grid.rowCount, SEARCH_ROWS); r++) {
    const text = grid.text(r, 0);
    if (text === "") continue;
    for (let c = 1; c < grid.colCount; c++) if (grid.value(r, c) !== null && grid.value(r, c) !== "") return null;
    const found = [";", "\t", "|"].find((s) => text.split(s).length >= 4);
    if (!found) continue;
    separator ??= found;
    rows++;
  }
  if (rows < 3 || separator === null) return null;
  const shown = separator === "\t" ? "Tabulator" : `„${separator}“`;
  return message(
    "warning",
    `Das Blatt „${grid.name}“ hat seine Werte als Text in Spalte A, getrennt durch ${shown} – eine CSV-Datei, die nicht in Spalten aufgeteilt ist; es wird nicht ausgewertet. In Excel: Daten → Text in Spalten (Trennzeichen ${shown}), dann den Bericht neu erstellen.`,
    grid.name,
    grid.address(0, 0),
  );
}

/** A header of bare month names ("Januar | Februar | …") over figures, and nothing on the sheet says the year. */
function monthsWithoutYear(grid: SheetGrid): Message | null {
  for (let r = 0; r < Math.min(grid.rowCount, SEARCH_ROWS); r++) {
    const months: number[] = [];
    for (let c = 0; c < grid.colCount; c++) {
      if (bareMonthIn(grid.text(r, c), 2000) !== null) months.push(c);
    }
    if (months.length < 3) continue;
    const figuresBelow = typeof grid.value(r + 1, months[0]) === "number" || grid.number(r + 1, months[0]).kind === "number";
    if (!figuresBelow) continue;
    return message(
      "warning",
      `Das Blatt „${grid.name}“ hat Monatsnamen ohne Jahr (ab ${grid.address(r, months[0])}: „${grid.text(r, months[0])}“ …), und weder der Blattname noch der Titel nennt das Jahr: die Werte werden nicht ausgewertet, statt ein Jahr zu raten. Bitte das Jahr ergänzen – im Kopf („Januar 2024“), im Blattnamen („Grunddaten 2024“) oder in einer Titelzeile.`,
      grid.name,
      grid.address(r, months[0]),
    );
  }
  return null;
}

/**
 * A sheet with figures that nothing reads is said, never passed over in silence: which sheet, how many numbers, and
 * what would make it readable.
 */
function unusedNumbers(grid: SheetGrid): Message | null {
  let numbers = 0;
  let first: string | null = null;
  for (let r = 0; r < grid.rowCount && numbers < 1000; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      if (typeof grid.value(r, c) !== "number") continue;
      numbers++;
      first ??= grid.address(r, c);
    }
  }
  if (numbers < 4 || first === null) return null;
  return message(
    "warning",
    `Das Blatt „${grid.name}“ enthält Zahlen (${numbers >= 1000 ? "über 1.000" : numbers.toLocaleString("de-DE")} Zellen, ab ${first}), wird aber nicht ausgewertet: es wurde keine Kopfzeile erkannt – weder Monate (Grunddaten), noch „Kennzahl | Zielwert“, noch „Instrument | Plan“ (EGT), noch Eingangs- und Erledigungsdatum (Fallliste). Unter „Quellen“ lässt sich festlegen, was das Blatt enthält, oder „nicht verwenden“ wählen.`,
    grid.name,
    first,
  );
}
