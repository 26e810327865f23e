/** Command-line arguments of `steuerungscockpit`, parsed without a library: the surface is small and stable. */

/** Report options stay text here: the pipeline validates them, with the same messages as for the pane. */
export interface ReportCommand {
  command: "report";
  input: string;
  out?: string;
  month?: string;
  json?: string;
  /** Land for the public holidays of the Arbeitstage (default NI). */
  land?: string;
  /** The own Jobcenter in an all-Jobcenter table. */
  jobcenter?: string;
  /** Its SGB II-Vergleichstyp, for a table that names none. */
  comparisonType?: string;
  /** --zielpfad auto|linear|saisonal */
  targetPath?: string;
  /** A mapping file (`quellen --json`) to read the sheets by, instead of the one stored in the workbook. */
  mapping?: string;
}

export interface TemplateCommand {
  command: "vorlage";
  input: string;
  out?: string;
  year?: number;
}

export interface SourcesCommand {
  command: "quellen";
  input: string;
  /** Print the mapping as JSON (the file `report --zuordnung` takes). */
  json: boolean;
}

export type ParsedArguments = ReportCommand | TemplateCommand | SourcesCommand | { command: "help" } | { command: "invalid"; error: string };

export const USAGE = `Steuerungscockpit – Ziel-Ist-Vergleich und EGT-Controlling für Jobcenter

Aufruf:
  steuerungscockpit report <eingabe.xlsx> [--out <bericht.xlsx>] [--month JJJJ-MM] [--json <datei>|-] [--land NI] [--jobcenter <Schlüssel oder Name>]
           [--vergleichstyp <Typ>]
  steuerungscockpit vorlage <eingabe.xlsx> [--out <datei.xlsx>] [--year JJJJ]
  steuerungscockpit quellen <eingabe.xlsx> [--json]

  --out    Ausgabedatei (Standard: <eingabe>-bericht.xlsx neben der Eingabe). Die Eingabe wird nie verändert.
  --zielpfad  Zielpfad der Jahresfortschrittswerte: auto (Standard: saisonal nach dem Vorjahresverlauf, wo das Vorjahr
           in der Arbeitsmappe steht, sonst linear), linear (Zielwert × Monat ÷ 12) oder saisonal
  --month  Berichtsmonat, z. B. 2022-10, 10/2022 oder "Oktober 2022" (Standard: letzter Monat mit gemeldeten Werten)
  --json   maschinenlesbare Zusammenfassung in eine Datei, oder mit „-“ auf die Standardausgabe
  --land   Bundesland für die Feiertage der Arbeitstage (Standard: NI = Niedersachsen; BW, BY, BE, BB, HB, HH, HE,
           MV, NW, RP, SL, SN, ST, SH, TH)
  --jobcenter  das eigene Jobcenter in einer Tabelle aller Jobcenter (Regionalschlüssel, z. B. 03353, oder Name,
           z. B. Harburg): seine veröffentlichten Kennzahlen und der Vergleich mit dem Vergleichstyp
  --vergleichstyp  der SGB II-Vergleichstyp des eigenen Jobcenters (Typ 1 bis Typ 15 oder Ia bis IIIe, z. B. IIIb),
           wenn die Tabelle ihn nicht nennt; nennt sie ihn, gilt der Typ der Tabelle. Ohne beides wird mit allen
           Jobcentern der Tabelle verglichen
  --zuordnung  Zuordnungsdatei (aus „quellen --json“, von Hand korrigiert): welche Blätter wie gelesen werden und je
           Spalte, was ausgelassen ({"column":"F","ignore":true}) oder anders gelesen wird ({"cell":"C4","readAs":
           "Zielwert"}) – für einen Stapellauf über viele Mappen gleichen Aufbaus; gilt statt der gespeicherten Zuordnung

  quellen  zeigt, wofür jedes Blatt und jede Spalte gehalten wird (Art, Kopfzeile, Zeitraum, Sicherheit, Gründe)
           und ob die Zuordnung bestätigt ist; bestätigt wird sie im Aufgabenbereich unter „Quellen“
  vorlage  fügt leere Blätter im Standardaufbau ein (Grunddaten, Ziele, EGT, Qualität); vorhandene Blätter bleiben unberührt

Exit-Codes: 0 = Bericht erstellt, 1 = Fehler in den Eingabedaten, 2 = falscher Aufruf`;

type Invalid = { command: "invalid"; error: string };
const invalid = (error: string): Invalid => ({ command: "invalid", error });

export function parseArguments(argv: string[]): ParsedArguments {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) return { command: "help" };
  const [command, ...rest] = argv;
  if (command === "report") return parseReport(rest);
  if (command === "vorlage") return parseTemplate(rest);
  if (command === "quellen") return parseSources(rest);
  return invalid(`Unbekannter Befehl „${command}“.`);
}

function parseReport(rest: string[]): ParsedArguments {
  const parsed = tokenize(rest, ["--out", "--month", "--json", "--land", "--jobcenter", "--vergleichstyp", "--zuordnung", "--zielpfad"], "Es fehlt die Eingabedatei (.xlsx).");
  if ("error" in parsed) return parsed;
  const { input, options } = parsed;
  return { command: "report", input, out: options.get("--out"), json: options.get("--json"), month: options.get("--month"), land: options.get("--land"), jobcenter: options.get("--jobcenter"), comparisonType: options.get("--vergleichstyp"), mapping: options.get("--zuordnung"), targetPath: targetPathWord(options.get("--zielpfad")) };
}

function parseTemplate(rest: string[]): ParsedArguments {
  const parsed = tokenize(rest, ["--out", "--year"], "Es fehlt die Arbeitsmappe (.xlsx), in die die Vorlage eingefügt wird.");
  if ("error" in parsed) return parsed;
  const { input, options } = parsed;
  const year = options.get("--year");
  if (year !== undefined && !/^\d{4}$/.test(year)) return invalid(`„${year}“ ist kein Jahr (JJJJ).`);
  return { command: "vorlage", input, out: options.get("--out"), year: year === undefined ? undefined : Number(year) };
}

function parseSources(rest: string[]): ParsedArguments {
  const json = rest.includes("--json");
  const parsed = tokenize(rest.filter((a) => a !== "--json"), [], "Es fehlt die Arbeitsmappe (.xlsx), deren Quellen gezeigt werden sollen.");
  return "error" in parsed ? parsed : { command: "quellen", input: parsed.input, json };
}

/** The German words of --zielpfad as the option values ("saisonal" → "seasonal"); anything else is checked by the pipeline. */
function targetPathWord(value: string | undefined): string | undefined {
  return value === "saisonal" ? "seasonal" : value;
}

/** One positional input file plus `--option value` pairs; "-" is a value (stdout), "--x" is not. */
function tokenize(rest: string[], allowed: string[], missingInput: string): { input: string; options: Map<string, string> } | Invalid {
  let input = "";
  const options = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (allowed.includes(arg)) {
      const value = rest[i + 1];
      if (value === undefined || (value.startsWith("--") && value !== "-")) return invalid(`Nach ${arg} fehlt ein Wert.`);
      options.set(arg, value);
      i++;
    } else if (arg.startsWith("--")) {
      return invalid(`Unbekannte Option „${arg}“.`);
    } else if (input === "") {
      input = arg;
    } else {
      return invalid(`Überzähliges Argument „${arg}“.`);
    }
  }
  return input === "" ? invalid(missingInput) : { input, options };
}
