/**
 * How a report sheet is known as the add-in's: a sheet-scoped defined name OWNERSHIP_MARK on the sheet, referring to
 * its own A1 (`='Ziel-Ist-Vergleich'!$A$1`), hidden from the Name Manager where the API allows. The add-in's state
 * says which sheet holds which report; the mark proves that the sheet under that name is still the one the add-in
 * made. A user sheet renamed to a report's name has no mark and is never cleared or deleted: the report goes to a
 * free name instead. The name travels with the sheet when it is renamed or moved, and Range.clear leaves it alone.
 * Both adapters (Office.js and the .xlsx package) write and check the same mark.
 *
 * Workbooks refreshed before the mark existed have report sheets without it. Their state lacks MARKS_IN_USE_SETTING,
 * and their sheets are taken as the state names them (once; the rewrite marks them). From the first marked refresh
 * on, the setting is "1" and a sheet without the mark is not the add-in's — with one exception: a sheet that is blank
 * (no cells, no charts), which is what a refresh leaves when it fails between adding a sheet and marking it;
 * clearing it loses nothing.
 */
export const OWNERSHIP_MARK = "SC_Berichtsblatt";

/** In the add-in state's settings: "1" once the report sheets carry OWNERSHIP_MARK. */
export const MARKS_IN_USE_SETTING = "berichtsblatt-markierung";

export interface SheetEvidence {
  marked: boolean;
  blank: boolean;
}

/** The state's claims that the workbook confirms (see the header). `evidence` is undefined for a missing sheet. */
export function confirmedOwnership(ownedSheets: Record<string, string>, settings: Record<string, string>, evidence: (sheetName: string) => SheetEvidence | undefined): Record<string, string> {
  const marksInUse = settings[MARKS_IN_USE_SETTING] === "1";
  return Object.fromEntries(
    Object.entries(ownedSheets).filter(([, name]) => {
      const sheet = evidence(name);
      return sheet !== undefined && (sheet.marked || sheet.blank || !marksInUse);
    }),
  );
}
