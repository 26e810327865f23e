/**
 * "Datenstand" as each source sheet writes it in its title block: "Stand: 31.10.2022", "Datenstand 20.01.2023",
 * "Buchungsstand 31.08.2023". The report states it per source, never the day of the run.
 */
const AS_OF = /^(?:daten|buchungs)?stand(?:\s+vom)?\s*:?\s*(\d{1,2}\.\d{1,2}\.\d{4})\b/i;
const TITLE_ROWS = 10;

/** The first date written as a Stand in the sheet's first rows (a label and its date in one cell or side by side). */
export function statedDataAsOf(values: ReadonlyArray<ReadonlyArray<unknown>>): string | null {
  for (const row of values.slice(0, TITLE_ROWS)) {
    for (let c = 0; c < row.length; c++) {
      const text = typeof row[c] === "string" ? (row[c] as string).trim() : "";
      if (text === "") continue;
      const inCell = AS_OF.exec(text);
      if (inCell) return inCell[1];
      const beside = row[c + 1];
      if (/^(?:daten|buchungs)?stand\s*:?$/i.test(text) && typeof beside === "string" && /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(beside.trim())) return beside.trim();
    }
  }
  return null;
}

/** Datenstand per sheet, for the sheets that state one. */
export function dataAsOfBySheet(sheets: ReadonlyArray<{ name: string; values: ReadonlyArray<ReadonlyArray<unknown>> }>): Map<string, string> {
  const found = new Map<string, string>();
  for (const sheet of sheets) {
    const stated = statedDataAsOf(sheet.values);
    if (stated) found.set(sheet.name, stated);
  }
  return found;
}
