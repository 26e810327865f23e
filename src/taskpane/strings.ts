/**
 * Every UI text in one place: German by default, English when Office's display language is English. Read as a
 * controller reads it: no internal codes, HÜL terms as the finance system uses them (Ist, Festlegungen, verfügbar),
 * amounts in euros with two decimals.
 */
import type { Status } from "../domain/direction";
import { STATUS_LABEL } from "../report/status-labels";
import type { RunStep } from "../pipeline/run-report";
import { type Confidence, type MappingStatus, SOURCE_KIND_NAMES, type SourceKind } from "../sources/source-mapping";
import type { OfficeJsSource } from "./office-js-source";

export type Severity = "error" | "warning" | "info" | "success";
/** The statuses the pane shows: the report's, and "monitoring" for indicators watched without a Zielwert. */
export type StatusShown = Status;

/** The editor of the table model in „Spalten prüfen“: each table's columns and rows with their dimensions. */
export interface ModelEditorStrings {
  title: string;
  table: (n: number, extent: string) => string;
  columnsTitle: string;
  rowsTitle: string;
  dimensions: { measure: string; subGroup: string; period: string; scenario: string; unit: string; scale: string };
  /** "Spalte C: Kennzahl", "Zeile 9: Szenario" — each control's accessible name. */
  control: (where: string, dimension: string) => string;
  column: (column: string, table: string | null) => string;
  row: (row: number) => string;
  none: string;
  asDetected: string;
  groups: { indicators: string; grunddaten: string; kennzahlen: string };
  family: (label: string) => string;
  scales: { one: string; thousand: string; million: string };
  rowsShown: (first: number, last: number, total: number) => string;
  previousRows: string;
  nextRows: string;
  leftOut: (reason: string) => string;
  leaveOut: (row: number) => string;
  unsaved: string;
  save: string;
  discard: string;
  /** The button that opens a column's or row's controls, and its accessible name. */
  change: string;
  changeFor: (where: string) => string;
}

export interface Strings {
  /** Number formats of the figures (de-DE: 1.234,50 €). */
  locale: string;
  title: string;
  subtitle: string;
  severity: Record<Severity, string>;
  month: {
    label: string;
    hint: (span: string) => string;
    invalid: string;
    outside: (month: string, span: string) => string;
    previous: string;
    next: string;
    openList: string;
  };
  moreSettings: string;
  /** chosen of all report sheets: with all chosen, only those the workbook's data allows are written, so no count is promised. */
  settingsSummary: (path: string, chosen: number, all: number) => string;
  targetPathLabel: string;
  targetPathAuto: string;
  targetPathLinear: string;
  targetPathSeasonal: string;
  targetPathShort: Record<"auto" | "linear" | "seasonal", string>;
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
  outdated: string;
  /** month "" when the workbook names none: the sentence must still read. */
  announceDone: (month: string, counts: string) => string;
  announceOutdated: string;
  status: Record<StatusShown, string>;
  figures: {
    actual: string;
    target: string;
    previousYear: string;
    delta: string;
    deltaPreviousYear: string;
    attainment: string;
    forecast: string;
    forecastReached: string;
    noData: { actual: (month: string) => string; target: string; reference: string };
  };
  budgetLine: (plan: string, bound: string, available: string) => string;
  messagesTitle: string;
  noMessages: string;
  sheetsWritten: string;
  showSheet: (name: string) => string;
  nothingFound: string;
  failed: string;
  privacy: string;
  sourcesTitle: string;
  template: {
    insert: string;
    download: string;
    confirmTitle: string;
    confirmText: (names: string) => string;
    alreadyThere: (names: string) => string;
    allThere: (names: string) => string;
    confirm: string;
    cancel: string;
    inserted: (names: string) => string;
    downloaded: string;
  };
  showCell: (where: string) => string;
  olderExcel: string;
  /** „Über das Steuerungscockpit“ at the foot of the pane: which Office.js runs, where the help is. */
  about: { title: string; officeJs: Record<OfficeJsSource, (copyVersion: string) => string>; help: string };
  showIndicator: (name: string) => string;
  preview: { title: (sheet: string) => string; close: string; loading: string };
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
  /** The mapping editor: one sheet's columns, its header row and rows left out. Role names are the model's (German). */
  columns: {
    open: string;
    title: (sheet: string) => string;
    intro: string;
    previewLabel: (sheet: string) => string;
    rowHeader: string;
    previousColumns: string;
    nextColumns: string;
    columnsShown: (first: string, last: string, total: number) => string;
    headerRowLabel: string;
    headerRowDetected: (row: number | null) => string;
    row: (row: number) => string;
    leaveRowOut: (row: number) => string;
    rowState: { header: string; aboveHeader: string; leftOut: string };
    cellRead: (cell: string, role: string, period: string | null) => string;
    cellHeader: (cell: string, column: string, readAs: string | undefined) => string;
    listTitle: string;
    column: (column: string) => string;
    roleLabel: (column: string, cells: string | null) => string;
    asDetected: string;
    leaveOut: string;
    noHeader: string;
    readAs: (written: string, readAs: string) => string;
    noHeaderText: string;
    values: (count: number, cells: string) => string;
    nothingRead: string;
    periodLabel: (column: string) => string;
    periodHint: string;
    periodApply: string;
    reading: string;
    close: string;
    empty: string;
    /** The button's accessible name: one per sheet, so a screen reader's list of buttons tells them apart. */
    openFor: (sheet: string) => string;
    model: ModelEditorStrings;
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
    allConfirmed: string;
    /** Shown above the file chooser when the user chose to go on without Excel (Office.js could not be loaded). */
    withoutOffice: string;
  };
  /** Before the pane knows whether Excel is there. */
  startup: { connecting: string; connectingHint: string; unreachable: string; continueWithout: string };
  peers: {
    /** The settings' group for an all-Jobcenter table. */
    legend: string;
    jobcenterLabel: string;
    jobcenterHint: string;
    typeLabel: string;
    typeHint: string;
    typeNone: string;
    typeNumbered: string;
    typeGrouped: string;
    cardTitle: string;
    group: (label: string, source: "table" | "chosen" | "all", month: string) => string;
    rank: (rank: number, count: number) => string;
    noRank: string;
    quartile: (quartile: number) => string;
    openSheet: (name: string) => string;
    showRow: (name: string, sheet: string) => string;
  };
  /** Before the first write of a session into the workbook open in Excel: no undo is promised that does not exist. */
  undo: { title: string; text: string; proceed: string; cancel: string };
  /** Excel calculates the workbook manually: the offer to calculate now, and what to do after. */
  calculate: { now: string; done: string };
  ribbon: {
    running: string;
    done: (sheets: string) => string;
    changed: (count: number) => string;
    nothing: string;
    failed: string;
    close: string;
  };
}

const de: Strings = {
  locale: "de-DE",
  title: "Steuerungscockpit",
  subtitle: "Ziel-Ist-Vergleich, Kennzahlen § 48a und EGT-Controlling aus den Blättern dieser Arbeitsmappe.",
  severity: { error: "Fehler", warning: "Warnung", info: "Hinweis", success: "Erledigt" },
  month: {
    label: "Berichtsmonat",
    hint: (span) => (span ? `Daten: ${span}. Auch „10/2022“ oder „Okt 2022“.` : "Zum Beispiel „Oktober 2022“, „10/2022“ oder „Okt 2022“."),
    invalid: "Bitte einen Monat wie „Oktober 2022“, „10/2022“ oder „Okt 2022“ eingeben.",
    outside: (month, span) => `Für ${month} enthält die Arbeitsmappe keine Daten (Daten: ${span}).`,
    previous: "Vorheriger Monat",
    next: "Nächster Monat",
    openList: "Monate mit Daten anzeigen",
  },
  moreSettings: "Weitere Einstellungen",
  settingsSummary: (path, chosen, all) => `Zielpfad ${path}, ${chosen === all ? "alle Berichtsblätter, für die Daten vorliegen" : `${chosen} von ${all} Berichtsblättern gewählt`}`,
  targetPathLabel: "Zielpfad für Jahresfortschrittswerte",
  targetPathAuto: "automatisch (saisonal, wo das Vorjahr vorliegt, sonst linear)",
  targetPathLinear: "linear (Zielwert × Monat ÷ 12)",
  targetPathSeasonal: "saisonal (Verlauf des Vorjahres)",
  targetPathShort: { auto: "automatisch", linear: "linear", seasonal: "saisonal" },
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
  outdated: "Veraltet: Arbeitsmappe, Zuordnung oder Einstellungen haben sich geändert. Bitte „Aktualisieren“.",
  announceDone: (month, counts) => `${month ? `Bericht für ${month} erstellt` : "Bericht erstellt"}${counts ? `: ${counts}` : ""}.`,
  announceOutdated: "Das Ergebnis ist veraltet.",
  status: STATUS_LABEL,
  figures: {
    actual: "Ist",
    target: "Soll",
    previousYear: "Vorjahr",
    delta: "Δ Soll",
    deltaPreviousYear: "Δ Vorjahr",
    attainment: "Zielerreichung",
    forecast: "Prognose Dez.",
    forecastReached: "Ziel erreicht voraussichtlich",
    noData: {
      actual: (month) => `kein Ist-Wert für ${month} in den Quellen`,
      target: "kein Soll zum Berichtsmonat (Zielwert fehlt)",
      reference: "weder Zielwert noch Vorjahreswert vorhanden",
    },
  },
  budgetLine: (plan, bound, available) => `EGT: Plan ${plan}, gebunden (Ist + Bindung) ${bound}, verfügbar ${available}`,
  messagesTitle: "Hinweise zu den Quelldaten",
  noMessages: "Keine Auffälligkeiten in den Quelldaten.",
  sheetsWritten: "Geschrieben:",
  showSheet: (name) => `Blatt ${name} anzeigen`,
  nothingFound: "In dieser Arbeitsmappe wurden keine Grunddaten oder Budgetdaten erkannt.",
  failed: "Der Bericht konnte nicht erstellt werden.",
  privacy: "Alle Daten bleiben in dieser Arbeitsmappe. Das Add-in sendet nichts ins Netz und speichert keine personenbezogenen Daten.",
  sourcesTitle: "Gelesene Quellen",
  template: {
    insert: "Vorlage einfügen",
    download: "Vorlage herunterladen (.xlsx)",
    confirmTitle: "Vorlage einfügen?",
    confirmText: (names) => `Diese leeren Blätter im Standardaufbau werden eingefügt: ${names}.`,
    alreadyThere: (names) => `Schon vorhanden und unverändert: ${names}.`,
    allThere: (names) => `Die Vorlagenblätter gibt es in dieser Arbeitsmappe schon (${names}); es wurde nichts eingefügt.`,
    confirm: "Einfügen",
    cancel: "Abbrechen",
    inserted: (names) => `Vorlage eingefügt: ${names}. Bitte die Werte eintragen und dann „Bericht erstellen“.`,
    downloaded: "Die leere Vorlage wurde heruntergeladen. Bitte die Werte eintragen und die Datei dann hier öffnen.",
  },
  showCell: (where) => `Zelle ${where} anzeigen`,
  olderExcel: "Ihre Excel-Version kann nicht alles zeigen; der Bericht funktioniert trotzdem:",
  about: {
    title: "Über das Steuerungscockpit",
    officeJs: {
      microsoft: () => "Office.js kommt von Microsoft (appsforoffice.microsoft.com).",
      copy: (v) => `Office.js kommt aus der mitgelieferten Kopie${v ? ` (Version ${v})` : ""} auf dem Server dieses Add-ins, weil Microsofts Server nicht erreichbar war.`,
      "copy-only": (v) => `Office.js kommt aus der mitgelieferten Kopie${v ? ` (Version ${v})` : ""} auf dem Server dieses Add-ins; so hat Ihre IT es eingerichtet.`,
      none: () => "Office.js ist nicht geladen: weder Microsofts Server noch der Server dieses Add-ins hat es geliefert.",
    },
    help: "Hilfe",
  },
  showIndicator: (name) => `${name} im Bericht anzeigen`,
  preview: { title: (sheet) => `Vorschau: ${sheet}`, close: "Schließen", loading: "Bericht wird geladen …" },
  sources: {
    title: "Quellen",
    loading: "Blätter werden geprüft …",
    saving: "Zuordnung wird gespeichert …",
    failed: "Die Blätter dieser Arbeitsmappe konnten nicht gelesen werden.",
    empty: "In dieser Arbeitsmappe wurden noch keine Quellen erkannt. Die Vorlage legt leere Blätter im Standardaufbau an.",
    confirm: "Zuordnung bestätigen",
    allConfirmed: "Zuordnung bestätigt – sie ist in der Arbeitsmappe gespeichert und gilt auch für Kolleginnen und Kollegen, die diese Mappe öffnen.",
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
  columns: {
    open: "Spalten prüfen",
    title: (sheet) => `Spalten im Blatt ${sheet}`,
    intro: "Jede Änderung wird sofort angewandt und das Blatt neu gelesen: Vorschau, Rollen und Tabellenmodell zeigen, was jetzt gelesen wird. Gespeichert wird erst mit „Änderungen speichern“. Ihr Blatt selbst bleibt unverändert.",
    previewLabel: (sheet) => `Vorschau der ersten Zeilen von ${sheet}`,
    rowHeader: "Zeile",
    previousColumns: "◀ Spalten davor",
    nextColumns: "Weitere Spalten ▶",
    columnsShown: (first, last, total) => `Spalten ${first}${last !== first ? `–${last}` : ""} von ${total}`,
    headerRowLabel: "Kopfzeile in Zeile",
    headerRowDetected: (row) => (row === null ? "wie erkannt (keine gefunden)" : `wie erkannt (Zeile ${row})`),
    row: (row) => `Zeile ${row}`,
    leaveRowOut: (row) => `Zeile ${row} nicht verwenden`,
    rowState: { header: "Kopfzeile", aboveHeader: "über der Kopfzeile", leftOut: "vom Benutzer ausgeschlossen" },
    cellRead: (cell, role, period) => `${cell}: gelesen als ${role}${period ? `, ${period}` : ""}`,
    cellHeader: (cell, column, readAs) => `${cell}: Kopf der Spalte ${column}${readAs ? `, gelesen als „${readAs}“` : ""}`,
    listTitle: "Spalten und ihre Rolle",
    column: (column) => `Spalte ${column}`,
    roleLabel: (column, cells) => `Rolle der Spalte ${column}${cells ? ` (${cells})` : ""}`,
    asDetected: "wie erkannt",
    leaveOut: "nicht verwenden",
    noHeader: "Ohne Kopfzeile kann die Rolle nicht geändert werden – bitte zuerst die Kopfzeile wählen.",
    readAs: (written, readAs) => `„${written}“ gelesen als „${readAs}“`,
    noHeaderText: "ohne Überschrift",
    values: (count, cells) => `${count.toLocaleString("de-DE")} ${count === 1 ? "Wert" : "Werte"} aus ${cells}`,
    nothingRead: "nichts gelesen",
    periodLabel: (column) => `Zeitraum der Spalte ${column}`,
    periodHint: "z. B. Juni 2024, 2. Halbjahr 2024 oder 2024",
    periodApply: "Zeitraum übernehmen",
    reading: "Blatt wird neu gelesen …",
    close: "Schließen",
    empty: "Das Blatt ist leer.",
    openFor: (sheet) => `Spalten prüfen: ${sheet}`,
    model: {
      title: "Tabellenmodell",
      table: (n, extent) => `Tabelle ${n} (${extent})`,
      columnsTitle: "Spalten",
      rowsTitle: "Zeilen",
      dimensions: { measure: "Kennzahl", subGroup: "Untergruppe", period: "Zeitraum", scenario: "Szenario", unit: "Einheit", scale: "Skala" },
      control: (where, dimension) => `${where}: ${dimension}`,
      column: (column, table) => `Spalte ${column}${table ? ` in ${table}` : ""}`,
      row: (row) => `Zeile ${row}`,
      none: "keine Angabe",
      asDetected: "wie erkannt",
      groups: { indicators: "Zielindikatoren und Qualitätskennzahlen", grunddaten: "Grunddaten", kennzahlen: "§48a-Kennzahlen" },
      family: (label) => `${label} (je Untergruppe)`,
      scales: { one: "wie geschrieben", thousand: "in Tausend (T€)", million: "in Millionen (Mio. €)" },
      rowsShown: (first, last, total) => `Zeilen ${first}–${last} von ${total}`,
      previousRows: "◀ Zeilen davor",
      nextRows: "Weitere Zeilen ▶",
      leftOut: (reason) => `nicht gelesen: ${reason}`,
      leaveOut: (row) => `Zeile ${row} im Tabellenmodell nicht verwenden`,
      unsaved: "Änderungen angewandt, noch nicht gespeichert.",
      save: "Änderungen speichern",
      discard: "Verwerfen",
      change: "ändern",
      changeFor: (where) => `${where} ändern`,
    },
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
    allConfirmed: "Zuordnung bestätigt – sie steht in der heruntergeladenen Datei; Ihre Originaldatei bleibt unverändert.",
    withoutOffice: "Ohne Excel: Office.js ist nicht geladen, daher öffnen Sie die Arbeitsmappe hier als Datei. Der Bericht kommt als neue Datei zurück.",
  },
  startup: {
    connecting: "Verbindung zu Excel wird hergestellt …",
    connectingHint: "Excel startet das Add-in. Bei langsamer Verbindung oder in einem virtuellen Desktop kann das eine Weile dauern; der Aufgabenbereich wartet, bis Excel bereit ist.",
    unreachable: "Excel ist nicht erreichbar: Office.js konnte weder von Microsoft noch vom Server dieses Add-ins geladen werden. Bitte prüfen Sie die Netzwerkverbindung oder wenden Sie sich an Ihre IT und öffnen Sie den Aufgabenbereich dann erneut.",
    continueWithout: "Ohne Excel weiterarbeiten (Arbeitsmappe als Datei öffnen)",
  },
  peers: {
    legend: "Vergleich mit anderen Jobcentern",
    jobcenterLabel: "Eigenes Jobcenter",
    jobcenterHint: "Regionalschlüssel (z. B. 03353) oder Name, wie in der Tabelle aller Jobcenter. Leer = das zuletzt gewählte.",
    typeLabel: "Vergleichstyp",
    typeHint: "Die Tabelle aller Jobcenter nennt keinen Vergleichstyp. Ohne Auswahl wird mit allen Jobcentern der Tabelle verglichen.",
    typeNone: "keiner (mit allen Jobcentern vergleichen)",
    typeNumbered: "Typ 1 bis 15",
    typeGrouped: "Ia bis IIIe",
    cardTitle: "Vergleichstyp",
    group: (label, source, month) =>
      `${source === "all" ? "Alle Jobcenter der Tabelle (kein Vergleichstyp)" : `${label}${source === "chosen" ? " (gewählt)" : ""}`}${month ? `, ${month}` : ""}`,
    rank: (rank, count) => `Rang ${rank.toLocaleString("de-DE")} von ${count.toLocaleString("de-DE")}`,
    noRank: "kein Rang (kein eigener Wert)",
    quartile: (quartile) => `${quartile}. Quartil`,
    openSheet: (name) => `Blatt „${name}“ öffnen`,
    showRow: (name, sheet) => `${name} im Blatt „${sheet}“ anzeigen`,
  },
  calculate: {
    now: "Jetzt berechnen",
    done: "Excel hat die Arbeitsmappe neu berechnet. Bitte erneut aktualisieren, damit der Bericht die neu berechneten Quellwerte zeigt.",
  },
  undo: {
    title: "Vor dem ersten Schreiben in diese Mappe",
    text: "Was das Steuerungscockpit in die Arbeitsmappe schreibt, lässt sich nicht mit Strg+Z rückgängig machen: Eine Aktualisierung besteht aus mehreren Schritten, und das Speichern seiner Einstellungen in der Mappe löscht den bisherigen Rückgängig-Verlauf von Excel. Ihre Quelldaten bleiben unverändert; geschrieben wird nur in die Blätter des Steuerungscockpits. Wer den jetzigen Stand behalten will, speichert die Mappe vorher oder nutzt den Versionsverlauf.",
    proceed: "Verstanden, fortfahren",
    cancel: "Abbrechen",
  },
  ribbon: {
    running: "Der Bericht wird aktualisiert …",
    done: (sheets) => `Aktualisiert: ${sheets}.`,
    changed: (count) => ` ${count === 1 ? "Eine Quelle hat" : `${count} Quellen haben`} einen geänderten Aufbau und ${count === 1 ? "wurde" : "wurden"} nicht verwendet – bitte im Aufgabenbereich unter „Quellen“ bestätigen.`,
    nothing: "Keine Grunddaten oder Budgetdaten erkannt – bitte den Aufgabenbereich öffnen.",
    failed: "Die Aktualisierung ist fehlgeschlagen.",
    close: "Schließen",
  },
};

const en: Strings = {
  locale: "en-GB",
  title: "Steering Cockpit",
  subtitle: "Target-versus-actual, § 48a indicators and integration budget controlling from the sheets of this workbook.",
  severity: { error: "Error", warning: "Warning", info: "Note", success: "Done" },
  month: {
    label: "Reporting month",
    hint: (span) => (span ? `Data: ${span}. "10/2022" or "Oct 2022" work too.` : `For example "October 2022", "10/2022" or "Oct 2022".`),
    invalid: `Please enter a month such as "October 2022", "10/2022" or "Oct 2022".`,
    outside: (month, span) => `The workbook has no data for ${month} (data: ${span}).`,
    previous: "Previous month",
    next: "Next month",
    openList: "Show months with data",
  },
  moreSettings: "More settings",
  settingsSummary: (path, chosen, all) => `Target path ${path}, ${chosen === all ? "every report sheet the data allows" : `${chosen} of ${all} report sheets chosen`}`,
  targetPathLabel: "Target path for year-to-date values",
  targetPathAuto: "automatic (seasonal where the previous year is there, else linear)",
  targetPathLinear: "linear (target × month ÷ 12)",
  targetPathSeasonal: "seasonal (previous year's profile)",
  targetPathShort: { auto: "automatic", linear: "linear", seasonal: "seasonal" },
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
  outdated: "Out of date: the workbook, the mapping or the settings have changed. Please \"Refresh\".",
  announceDone: (month, counts) => `${month ? `Report for ${month} created` : "Report created"}${counts ? `: ${counts}` : ""}.`,
  announceOutdated: "The result is out of date.",
  status: { "on-track": "on track", "at-risk": "at risk", "off-track": "off track", "no-data": "no data", monitoring: "monitoring" },
  figures: {
    actual: "Actual",
    target: "Target",
    previousYear: "Previous year",
    delta: "Δ target",
    deltaPreviousYear: "Δ previous year",
    attainment: "Attainment",
    forecast: "Forecast Dec.",
    forecastReached: "Target likely reached",
    noData: {
      actual: (month) => `no actual value for ${month} in the sources`,
      target: "no target for the reporting month (annual target missing)",
      reference: "neither a target nor a previous-year value",
    },
  },
  budgetLine: (plan, bound, available) => `Budget: plan ${plan}, actual + commitments ${bound}, available ${available}`,
  messagesTitle: "Notes on the source data",
  noMessages: "No issues found in the source data.",
  sheetsWritten: "Written:",
  showSheet: (name) => `Show sheet ${name}`,
  nothingFound: "No base data or budget data was recognised in this workbook.",
  failed: "The report could not be created.",
  privacy: "All data stays in this workbook. The add-in sends nothing over the network and stores no personal data.",
  sourcesTitle: "Sources read",
  template: {
    insert: "Insert template",
    download: "Download template (.xlsx)",
    confirmTitle: "Insert template?",
    confirmText: (names) => `These empty sheets in the standard layout will be inserted: ${names}.`,
    alreadyThere: (names) => `Already there and left unchanged: ${names}.`,
    allThere: (names) => `This workbook already has the template sheets (${names}); nothing was inserted.`,
    confirm: "Insert",
    cancel: "Cancel",
    inserted: (names) => `Template inserted: ${names}. Fill in the values, then "Create report".`,
    downloaded: "The empty template was downloaded. Fill in the values, then open the file here.",
  },
  showCell: (where) => `Show cell ${where}`,
  olderExcel: "Your Excel version cannot show everything; the report still works:",
  about: {
    title: "About the Steering Cockpit",
    officeJs: {
      microsoft: () => "Office.js comes from Microsoft (appsforoffice.microsoft.com).",
      copy: (v) => `Office.js comes from the copy${v ? ` (version ${v})` : ""} shipped on this add-in's server, because Microsoft's server could not be reached.`,
      "copy-only": (v) => `Office.js comes from the copy${v ? ` (version ${v})` : ""} shipped on this add-in's server, as your IT set it up.`,
      none: () => "Office.js is not loaded: neither Microsoft's server nor this add-in's server delivered it.",
    },
    help: "Help",
  },
  showIndicator: (name) => `Show ${name} in the report`,
  preview: { title: (sheet) => `Preview: ${sheet}`, close: "Close", loading: "Loading the report …" },
  sources: {
    title: "Sources",
    loading: "Checking sheets …",
    saving: "Saving the mapping …",
    failed: "The sheets of this workbook could not be read.",
    empty: "No sources were recognised in this workbook yet. The template adds empty sheets in the standard layout.",
    confirm: "Confirm mapping",
    allConfirmed: "Mapping confirmed – it is saved in the workbook and also applies to colleagues who open it.",
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
  columns: {
    open: "Check columns",
    title: (sheet) => `Columns in sheet ${sheet}`,
    intro: "Every change is applied at once and the sheet read again: the preview, the roles and the table model show what is read now. Nothing is saved until you choose “Save changes”. Your sheet itself stays unchanged.",
    previewLabel: (sheet) => `Preview of the first rows of ${sheet}`,
    rowHeader: "Row",
    previousColumns: "◀ Previous columns",
    nextColumns: "More columns ▶",
    columnsShown: (first, last, total) => `Columns ${first}${last !== first ? `–${last}` : ""} of ${total}`,
    headerRowLabel: "Header in row",
    headerRowDetected: (row) => (row === null ? "as recognised (none found)" : `as recognised (row ${row})`),
    row: (row) => `Row ${row}`,
    leaveRowOut: (row) => `Do not use row ${row}`,
    rowState: { header: "header", aboveHeader: "above the header", leftOut: "left out by the user" },
    cellRead: (cell, role, period) => `${cell}: read as ${role}${period ? `, ${period}` : ""}`,
    cellHeader: (cell, column, readAs) => `${cell}: header of column ${column}${readAs ? `, read as "${readAs}"` : ""}`,
    listTitle: "Columns and their role",
    column: (column) => `Column ${column}`,
    roleLabel: (column, cells) => `Role of column ${column}${cells ? ` (${cells})` : ""}`,
    asDetected: "as recognised",
    leaveOut: "do not use",
    noHeader: "Without a header row the role cannot be changed – please choose the header row first.",
    readAs: (written, readAs) => `"${written}" read as "${readAs}"`,
    noHeaderText: "no heading",
    values: (count, cells) => `${count.toLocaleString("en-GB")} ${count === 1 ? "value" : "values"} from ${cells}`,
    nothingRead: "nothing read",
    periodLabel: (column) => `Period of column ${column}`,
    periodHint: "e.g. Juni 2024, 2. Halbjahr 2024 or 2024",
    periodApply: "Apply period",
    reading: "Reading the sheet again …",
    close: "Close",
    empty: "The sheet is empty.",
    openFor: (sheet) => `Check columns: ${sheet}`,
    model: {
      title: "Table model",
      table: (n, extent) => `Table ${n} (${extent})`,
      columnsTitle: "Columns",
      rowsTitle: "Rows",
      dimensions: { measure: "Indicator", subGroup: "Sub-group", period: "Period", scenario: "Scenario", unit: "Unit", scale: "Scale" },
      control: (where, dimension) => `${where}: ${dimension}`,
      column: (column, table) => `Column ${column}${table ? ` in ${table}` : ""}`,
      row: (row) => `Row ${row}`,
      none: "not stated",
      asDetected: "as recognised",
      groups: { indicators: "Target and quality indicators", grunddaten: "Base data", kennzahlen: "§48a indicators" },
      family: (label) => `${label} (per sub-group)`,
      scales: { one: "as written", thousand: "in thousands (T€)", million: "in millions (Mio. €)" },
      rowsShown: (first, last, total) => `Rows ${first}–${last} of ${total}`,
      previousRows: "◀ Previous rows",
      nextRows: "More rows ▶",
      leftOut: (reason) => `not read: ${reason}`,
      leaveOut: (row) => `Do not use row ${row} in the table model`,
      unsaved: "Changes applied, not saved yet.",
      save: "Save changes",
      discard: "Discard",
      change: "change",
      changeFor: (where) => `Change ${where}`,
    },
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
    allConfirmed: "Mapping confirmed – it is saved in the downloaded file; your original file stays unchanged.",
    withoutOffice: "Without Excel: Office.js is not loaded, so open the workbook here as a file. The report comes back as a new file.",
  },
  startup: {
    connecting: "Connecting to Excel …",
    connectingHint: "Excel is starting the add-in. On a slow connection or in a virtual desktop this can take a while; the pane waits until Excel is ready.",
    unreachable: "Excel cannot be reached: Office.js could be loaded neither from Microsoft nor from this add-in's server. Please check the network connection or contact your IT, then open the pane again.",
    continueWithout: "Continue without Excel (open the workbook as a file)",
  },
  peers: {
    legend: "Comparison with other Jobcenter",
    jobcenterLabel: "Own Jobcenter",
    jobcenterHint: "Regional key (e.g. 03353) or name, as in the table of all Jobcenter. Empty = the one chosen last.",
    typeLabel: "Comparison type",
    typeHint: "The table of all Jobcenter names no comparison type (Vergleichstyp). Without a choice, the comparison is with every Jobcenter of the table.",
    typeNone: "none (compare with all Jobcenter)",
    typeNumbered: "Type 1 to 15",
    typeGrouped: "Ia to IIIe",
    cardTitle: "Comparison type",
    group: (label, source, month) =>
      `${source === "all" ? "All Jobcenter of the table (no comparison type)" : `${label}${source === "chosen" ? " (chosen)" : ""}`}${month ? `, ${month}` : ""}`,
    rank: (rank, count) => `Rank ${rank.toLocaleString("en-GB")} of ${count.toLocaleString("en-GB")}`,
    noRank: "no rank (no own value)",
    quartile: (quartile) => `Quartile ${quartile}`,
    openSheet: (name) => `Open sheet "${name}"`,
    showRow: (name, sheet) => `Show ${name} in the sheet "${sheet}"`,
  },
  calculate: {
    now: "Calculate now",
    done: "Excel has recalculated the workbook. Please refresh again so that the report shows the recalculated source values.",
  },
  undo: {
    title: "Before the first write into this workbook",
    text: "What the Steuerungscockpit writes into the workbook cannot be undone with Ctrl+Z: a refresh consists of several steps, and saving its settings in the workbook clears Excel's undo history. Your source data stay unchanged; only the Steuerungscockpit's own sheets are written. To keep the current state, save the workbook first or use its version history.",
    proceed: "Understood, continue",
    cancel: "Cancel",
  },
  ribbon: {
    running: "Refreshing the report …",
    done: (sheets) => `Refreshed: ${sheets}.`,
    changed: (count) => ` ${count === 1 ? "One source has" : `${count} sources have`} a changed layout and ${count === 1 ? "was" : "were"} not used – please confirm under "Sources" in the task pane.`,
    nothing: "No base data or budget data recognised – please open the task pane.",
    failed: "The refresh failed.",
    close: "Close",
  },
};

export function strings(displayLanguage: string | undefined): Strings {
  return displayLanguage?.toLowerCase().startsWith("en") ? en : de;
}
