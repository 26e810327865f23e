/** Every UI text in one place: German by default, English when Office's display language is English. */
export interface Strings {
  title: string;
  subtitle: string;
  monthLabel: string;
  monthHint: string;
  monthInvalid: string;
  targetPathLabel: string;
  targetPathLinear: string;
  targetPathSeasonal: string;
  create: string;
  refresh: string;
  steps: Record<"lesen" | "berechnen" | "schreiben", string>;
  resultTitle: (month: string) => string;
  status: Record<"on-track" | "at-risk" | "off-track" | "no-data", string>;
  budgetLine: (plan: string, bound: string, available: string) => string;
  messagesTitle: string;
  noMessages: string;
  sheetsWritten: (names: string) => string;
  nothingFound: string;
  failed: string;
  privacy: string;
  sourcesTitle: string;
  insertTemplate: string;
  templateInserted: (names: string) => string;
  showCell: (where: string) => string;
  olderExcel: string;
  showIndicator: (name: string) => string;
  standalone: {
    intro: string;
    open: string;
    openOther: string;
    loadSample: string;
    opening: string;
    opened: (name: string) => string;
    download: string;
    privacy: string;
  };
}

const de: Strings = {
  title: "Steuerungscockpit",
  subtitle: "Ziel-Ist-Vergleich, Kennzahlen § 48a und EGT-Controlling aus den Blättern dieser Arbeitsmappe.",
  monthLabel: "Berichtsmonat",
  monthHint: "JJJJ-MM, leer = letzter Monat mit gemeldeten Werten",
  monthInvalid: "Bitte den Monat als JJJJ-MM eingeben, z. B. 2022-10.",
  targetPathLabel: "Zielpfad für Jahresfortschrittswerte",
  targetPathLinear: "linear (Zielwert × Monat ÷ 12)",
  targetPathSeasonal: "saisonal (Verlauf des Vorjahres)",
  create: "Bericht erstellen",
  refresh: "Aktualisieren",
  steps: { lesen: "Quellen lesen …", berechnen: "Kennzahlen berechnen …", schreiben: "Berichtsblätter schreiben …" },
  resultTitle: (month) => `Ergebnis ${month}`,
  status: { "on-track": "im Plan", "at-risk": "gefährdet", "off-track": "verfehlt", "no-data": "keine Daten" },
  budgetLine: (plan, bound, available) => `EGT: Plan ${plan}, gebunden ${bound}, verfügbar ${available}`,
  messagesTitle: "Hinweise zu den Quelldaten",
  noMessages: "Keine Auffälligkeiten in den Quelldaten.",
  sheetsWritten: (names) => `Geschrieben: ${names}`,
  nothingFound: "In dieser Arbeitsmappe wurden keine Grunddaten oder Budgetdaten erkannt.",
  failed: "Der Bericht konnte nicht erstellt werden.",
  privacy: "Alle Daten bleiben in dieser Arbeitsmappe. Das Add-in sendet nichts ins Netz und speichert keine personenbezogenen Daten.",
  sourcesTitle: "Gelesene Quellen",
  insertTemplate: "Vorlage einfügen",
  templateInserted: (names) => `Vorlage eingefügt: ${names}. Bitte die Werte eintragen und dann „Bericht erstellen“.`,
  showCell: (where) => `Zelle ${where} anzeigen`,
  olderExcel: "Ihre Excel-Version kann nicht alles zeigen; der Bericht funktioniert trotzdem:",
  showIndicator: (name) => `${name} im Bericht anzeigen`,
  standalone: {
    intro: "Ohne Excel: Öffnen Sie eine Arbeitsmappe (.xlsx) mit Ihren Grunddaten, Zielwerten und EGT-Zahlen. Der Bericht wird hier im Browser erstellt und als neue Datei heruntergeladen.",
    open: "Arbeitsmappe öffnen (.xlsx)",
    openOther: "Andere Arbeitsmappe öffnen",
    loadSample: "Beispiel laden",
    opening: "Arbeitsmappe wird gelesen …",
    opened: (name) => `Geöffnet: ${name}`,
    download: "Ergebnis herunterladen (.xlsx)",
    privacy: "Die Datei verlässt Ihren Rechner nicht: Sie wird nur in diesem Browserfenster gelesen, nichts wird gesendet. Ihre Originaldatei bleibt unverändert.",
  },
};

const en: Strings = {
  title: "Steering Cockpit",
  subtitle: "Target-versus-actual, § 48a indicators and integration budget controlling from the sheets of this workbook.",
  monthLabel: "Reporting month",
  monthHint: "YYYY-MM, empty = latest month with reported values",
  monthInvalid: "Please enter the month as YYYY-MM, e.g. 2022-10.",
  targetPathLabel: "Target path for year-to-date values",
  targetPathLinear: "linear (target × month ÷ 12)",
  targetPathSeasonal: "seasonal (previous year's profile)",
  create: "Create report",
  refresh: "Refresh",
  steps: { lesen: "Reading sources …", berechnen: "Computing indicators …", schreiben: "Writing report sheets …" },
  resultTitle: (month) => `Result ${month}`,
  status: { "on-track": "on track", "at-risk": "at risk", "off-track": "off track", "no-data": "no data" },
  budgetLine: (plan, bound, available) => `Budget: plan ${plan}, committed ${bound}, available ${available}`,
  messagesTitle: "Notes on the source data",
  noMessages: "No issues found in the source data.",
  sheetsWritten: (names) => `Written: ${names}`,
  nothingFound: "No base data or budget data was recognised in this workbook.",
  failed: "The report could not be created.",
  privacy: "All data stays in this workbook. The add-in sends nothing over the network and stores no personal data.",
  sourcesTitle: "Sources read",
  insertTemplate: "Insert template",
  templateInserted: (names) => `Template inserted: ${names}. Fill in the values, then "Create report".`,
  showCell: (where) => `Show cell ${where}`,
  olderExcel: "Your Excel version cannot show everything; the report still works:",
  showIndicator: (name) => `Show ${name} in the report`,
  standalone: {
    intro: "Without Excel: open a workbook (.xlsx) with your base data, targets and budget figures. The report is created here in the browser and downloaded as a new file.",
    open: "Open workbook (.xlsx)",
    openOther: "Open another workbook",
    loadSample: "Load sample",
    opening: "Reading workbook …",
    opened: (name) => `Open: ${name}`,
    download: "Download result (.xlsx)",
    privacy: "The file never leaves your computer: it is read in this browser tab only and nothing is sent. Your original file stays unchanged.",
  },
};

export function strings(displayLanguage: string | undefined): Strings {
  return displayLanguage?.toLowerCase().startsWith("en") ? en : de;
}
