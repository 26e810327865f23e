/**
 * Office.js error codes (not localised; docs/testing/application-specific-api-error-handling.md) turned into German
 * sentences a controller can act on. An error without an Office code is the add-in's own, and says so: it never
 * reads "Excel meldet …".
 */
export class OfficeWorkbookError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "OfficeWorkbookError";
  }
}

/** Our own code: the workbook's structure is protected and a report sheet would have to be added or renamed. */
export const WORKBOOK_PROTECTED = "WorkbookStructureProtected";

const RETRY = "Bitte in einem Moment erneut aktualisieren.";

const MESSAGES: Record<string, (detail: string) => string> = {
  ItemNotFound: () => "Ein Blatt oder eine Tabelle wurde nicht gefunden – wurde es während der Aktualisierung umbenannt oder gelöscht?",
  ItemAlreadyExists: () => `Ein Berichtsblatt wurde gleichzeitig von anderer Seite angelegt – etwa vom Aufgabenbereich und der Schaltfläche „Aktualisieren“ zugleich oder von einer Person, die die Mappe mitbearbeitet. ${RETRY}`,
  InvalidArgument: () => "Excel hat einen Wert oder ein Format abgelehnt. Bitte den Bericht erneut erstellen; bleibt der Fehler, die Meldung an den Support geben.",
  AccessDenied: (detail) =>
    detail
      ? `Das Blatt „${detail}“ ist geschützt. Heben Sie den Blattschutz auf (Überprüfen → Blattschutz aufheben) und aktualisieren Sie erneut.`
      : "Excel verweigert den Zugriff: Ein Berichtsblatt oder die Arbeitsmappe ist geschützt (Überprüfen → Blattschutz aufheben bzw. Arbeitsmappe schützen), oder die Datei ist schreibgeschützt geöffnet.",
  [WORKBOOK_PROTECTED]: (detail) =>
    `Die Struktur der Arbeitsmappe ist geschützt; das Steuerungscockpit kann ${detail ? `das Berichtsblatt „${detail}“` : "kein Berichtsblatt"} anlegen oder umbenennen. Heben Sie den Schutz unter Überprüfen → Arbeitsmappe schützen auf und aktualisieren Sie erneut.`,
  InvalidOperationInCellEditMode: () => `Bitte die Zellbearbeitung beenden (Eingabetaste oder Esc). ${RETRY}`,
  InvalidOperation: () => `Excel hat einen Schritt der Aktualisierung in diesem Zustand der Mappe nicht ausgeführt (etwa während eines offenen Dialogs oder einer Bearbeitung). ${RETRY}`,
  GeneralException: () => `Excel hat die Aktualisierung mit einem allgemeinen Fehler abgebrochen. ${RETRY} Bleibt der Fehler, Excel neu starten.`,
  Conflict: () => `Die Mappe wurde gleichzeitig von einer anderen Person geändert. ${RETRY}`,
  InactiveWorkbook: () => "Die Arbeitsmappe ist nicht mehr aktiv (geschlossen oder in einem anderen Fenster). Bitte die Mappe wieder öffnen und erneut aktualisieren.",
  // No promise of an undo: a refresh cannot be undone in Excel (see the pane's undo notice).
  UndoNotSupported: () => `Excel hat einen Schritt der Aktualisierung abgelehnt, der sich nicht rückgängig machen ließe. ${RETRY}`,
  EmptyChartSeries: () => "Ein Diagramm hätte keine Werte. Bitte prüfen, ob für den Berichtszeitraum Monatswerte vorliegen.",
  MemoryLimitReached: () => "Excel hat nicht genug Arbeitsspeicher für die Aktualisierung. Bitte andere Mappen schließen und erneut aktualisieren.",
  RequestPayloadSizeLimitExceeded: () => "Der Bericht ist für eine einzelne Übertragung zu groß. Bitte weniger Berichtsblätter auf einmal erstellen.",
  ResponsePayloadSizeLimitExceeded: () => "Die Quelldaten sind für eine einzelne Übertragung zu groß. Bitte die Quellbereiche verkleinern.",
  MergedRangeConflict: () => "Im Ausgabebereich gibt es verbundene Zellen. Bitte keine Zellen im Berichtsblatt verbinden und erneut aktualisieren.",
  FilteredRangeConflict: () => "Im Ausgabebereich ist ein Filter aktiv. Bitte den Filter im Berichtsblatt entfernen und erneut aktualisieren.",
  ApiNotFound: () => "Ihre Excel-Version unterstützt eine benötigte Funktion nicht. Bitte Excel aktualisieren (mindestens Office 2019 / ExcelApi 1.7).",
  RangeExceedsLimit: () => "Ein Quellbereich ist größer als 5 Millionen Zellen und kann nicht gelesen werden.",
};

export function officeErrorMessage(error: unknown, detail = ""): string {
  const code = errorCode(error);
  const text = error instanceof Error ? error.message : String(error);
  if (!code) return text.startsWith("Interner Fehler") ? text : `Interner Fehler im Steuerungscockpit: ${text}`;
  const known = MESSAGES[code];
  return known ? known(detail) : `Excel meldet einen Fehler (${code}): ${text}`;
}

export function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
}

export function toOfficeWorkbookError(error: unknown, detail = ""): OfficeWorkbookError {
  if (error instanceof OfficeWorkbookError) return error;
  return new OfficeWorkbookError(officeErrorMessage(error, detail), errorCode(error) || "Internal");
}
