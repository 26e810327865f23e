/** Every UI text in one place: German by default, English when Office's display language is English. */
import type { Status } from "../domain/direction";
import type { RunStep } from "../pipeline/run-report";
import { type Confidence, type MappingStatus, SOURCE_KIND_NAMES, type SourceKind } from "../sources/source-mapping";
export interface Strings {
  title: string;
  subtitle: string;
  monthLabel: string;
  monthHint: string;
  monthInvalid: string;
  targetPathLabel: string;
  targetPathLinear: string;
  targetPathSeasonal: string;
  toleranceLabel: string;
  toleranceHint: string;
  tolerancePp: string;
  tolerancePercent: string;
  toleranceInvalid: string;
  sheetsLabel: string;
  sheetsNone: string;
  create: string;
  refresh: string;
  steps: Record<RunStep, string>;
  resultTitle: (month: string) => string;
  status: Record<Status, string>;
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
  sources: {
    title: string;
    loading: string;
    saving: string;
    failed: string;
    empty: string;
    confirm: string;
    allConfirmed: string;
    kindLabel: (sheet: string) => string;
    noneFound: string;
    toConfirm: (count: number) => string;
    confirmedCount: (count: number) => string;
    changedCount: (count: number) => string;
    unrecognised: string;
    ignore: string;
    kinds: Record<SourceKind, string>;
    confidence: Record<Confidence, string>;
    status: Record<MappingStatus, string>;
  };
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
  toleranceLabel: "Toleranz für „gefährdet“",
  toleranceHint: "Gilt für Ziele ohne eigene Toleranz in den Zielwerten: knapp verfehlt innerhalb der Toleranz = gefährdet.",
  tolerancePp: "Quoten (Prozentpunkte)",
  tolerancePercent: "übrige Kennzahlen (% vom Soll)",
  toleranceInvalid: "Bitte eine Zahl wie 0,5 eingeben.",
  sheetsLabel: "Berichtsblätter",
  sheetsNone: "Bitte mindestens ein Berichtsblatt wählen.",
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
  sources: {
    title: "Quellen",
    loading: "Blätter werden geprüft …",
    saving: "Zuordnung wird gespeichert …",
    failed: "Die Blätter dieser Arbeitsmappe konnten nicht gelesen werden.",
    empty: "In dieser Arbeitsmappe wurden noch keine Quellen erkannt. „Vorlage einfügen“ legt leere Blätter im Standardaufbau an.",
    confirm: "Zuordnung bestätigen",
    allConfirmed: "Zuordnung bestätigt – sie gilt auch für Kolleginnen und Kollegen, die diese Mappe öffnen.",
    kindLabel: (sheet) => `Art der Quelle im Blatt ${sheet}`,
    noneFound: "keine erkannt",
    toConfirm: (count) => `${count} erkannt – bitte bestätigen`,
    confirmedCount: (count) => `${count} bestätigt`,
    changedCount: (count) => `${count === 1 ? "ein Blatt" : `${count} Blätter`} geändert – bitte prüfen`,
    unrecognised: "– nicht erkannt –",
    ignore: "nicht verwenden",
    kinds: SOURCE_KIND_NAMES,
    confidence: { hoch: "sicher", mittel: "wahrscheinlich", niedrig: "unsicher" },
    status: { detected: "erkannt, nicht bestätigt", confirmed: "bestätigt", changed: "Aufbau geändert – bitte prüfen und bestätigen", ignored: "wird nicht verwendet", unrecognised: "nicht erkannt" },
  },
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
  toleranceLabel: "Tolerance for \"at risk\"",
  toleranceHint: "Applies to targets without their own tolerance: a narrow miss within it counts as at risk.",
  tolerancePp: "Quotas (percentage points)",
  tolerancePercent: "Other indicators (% of target)",
  toleranceInvalid: "Please enter a number such as 0.5.",
  sheetsLabel: "Report sheets",
  sheetsNone: "Please choose at least one report sheet.",
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
  sources: {
    title: "Sources",
    loading: "Checking sheets …",
    saving: "Saving the mapping …",
    failed: "The sheets of this workbook could not be read.",
    empty: "No sources were recognised in this workbook yet. \"Insert template\" adds empty sheets in the standard layout.",
    confirm: "Confirm mapping",
    allConfirmed: "Mapping confirmed – it also applies to colleagues who open this workbook.",
    kindLabel: (sheet) => `Kind of source in sheet ${sheet}`,
    noneFound: "none recognised",
    toConfirm: (count) => `${count} recognised – please confirm`,
    confirmedCount: (count) => `${count} confirmed`,
    changedCount: (count) => `${count === 1 ? "one sheet" : `${count} sheets`} changed – please check`,
    unrecognised: "– not recognised –",
    ignore: "do not use",
    kinds: { grunddaten: "Base data", zielwerte: "Targets", qualitaet: "Quality indicators", querschnitt: "Indicators of all Jobcenter", egt: "Integration budget", mittelabfluss: "Budget outflow", faelle: "Case list", schliesstage: "Closing days" },
    confidence: { hoch: "certain", mittel: "likely", niedrig: "uncertain" },
    status: { detected: "recognised, not confirmed", confirmed: "confirmed", changed: "layout changed – please check and confirm", ignored: "not used", unrecognised: "not recognised" },
  },
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
