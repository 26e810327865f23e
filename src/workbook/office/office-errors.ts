/** Office.js error codes (not localised) turned into German sentences a controller can act on. */
export class OfficeWorkbookError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "OfficeWorkbookError";
  }
}

const MESSAGES: Record<string, (detail: string) => string> = {
  ItemNotFound: () => "Ein Blatt oder eine Tabelle wurde nicht gefunden – wurde es während der Aktualisierung umbenannt oder gelöscht?",
  InvalidArgument: () => "Excel hat einen Wert oder ein Format abgelehnt. Bitte den Bericht erneut erstellen; bleibt der Fehler, die Meldung an den Support geben.",
  AccessDenied: (detail) =>
    `Das Blatt${detail ? ` „${detail}“` : ""} ist geschützt. Heben Sie den Blattschutz auf (Überprüfen → Blattschutz aufheben) oder lassen Sie das Steuerungscockpit den Bericht in ein neues Blatt schreiben.`,
  InvalidOperationInCellEditMode: () => "Sie bearbeiten gerade eine Zelle. Beenden Sie die Eingabe (Eingabetaste oder Esc), dann startet die Aktualisierung.",
  RequestPayloadSizeLimitExceeded: () => "Der Bericht ist für eine einzelne Übertragung zu groß. Bitte weniger Berichtsblätter auf einmal erstellen.",
  ResponsePayloadSizeLimitExceeded: () => "Die Quelldaten sind für eine einzelne Übertragung zu groß. Bitte die Quellbereiche verkleinern.",
  MergedRangeConflict: () => "Im Ausgabebereich gibt es verbundene Zellen. Das Berichtsblatt wird neu angelegt; bitte keine Zellen darin verbinden.",
  FilteredRangeConflict: () => "Im Ausgabebereich ist ein Filter aktiv. Bitte den Filter im Berichtsblatt entfernen und erneut aktualisieren.",
  ApiNotFound: () => "Ihre Excel-Version unterstützt eine benötigte Funktion nicht. Bitte Excel aktualisieren (mindestens Office 2019 / ExcelApi 1.7).",
  RangeExceedsLimit: () => "Ein Quellbereich ist größer als 5 Millionen Zellen und kann nicht gelesen werden.",
};

export function officeErrorMessage(error: unknown, detail = ""): string {
  const code = errorCode(error);
  const known = MESSAGES[code];
  if (known) return known(detail);
  const text = error instanceof Error ? error.message : String(error);
  return `Excel meldet einen Fehler (${code || "unbekannt"}): ${text}`;
}

export function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
}

export function toOfficeWorkbookError(error: unknown, detail = ""): OfficeWorkbookError {
  if (error instanceof OfficeWorkbookError) return error;
  return new OfficeWorkbookError(officeErrorMessage(error, detail), errorCode(error));
}
