/** Command-line arguments of `steuerungscockpit`, parsed without a library: the surface is small and stable. */
import { isMonthKey } from "../domain/months";
import { LAND_NAMES, type Land } from "../domain/processing/holidays";

export interface ReportCommand {
  command: "report";
  input: string;
  out?: string;
  month?: string;
  json?: string;
  /** Land for the public holidays of the Arbeitstage (default NI). */
  land?: Land;
}

export interface TemplateCommand {
  command: "vorlage";
  input: string;
  out?: string;
  year?: number;
}

export type ParsedArguments = ReportCommand | TemplateCommand | { command: "help" } | { command: "invalid"; error: string };

export const USAGE = `Steuerungscockpit – Ziel-Ist-Vergleich und EGT-Controlling für Jobcenter

Aufruf:
  steuerungscockpit report <eingabe.xlsx> [--out <bericht.xlsx>] [--month JJJJ-MM] [--json <datei>|-] [--land NI]
  steuerungscockpit vorlage <eingabe.xlsx> [--out <datei.xlsx>] [--year JJJJ]

  --out    Ausgabedatei (Standard: <eingabe>-bericht.xlsx neben der Eingabe). Die Eingabe wird nie verändert.
  --month  Berichtsmonat, z. B. 2022-10 (Standard: letzter Monat mit gemeldeten Werten)
  --json   maschinenlesbare Zusammenfassung in eine Datei, oder mit „-“ auf die Standardausgabe
  --land   Bundesland für die Feiertage der Arbeitstage (Standard: NI = Niedersachsen; BW, BY, BE, BB, HB, HH, HE,
           MV, NW, RP, SL, SN, ST, SH, TH)

  vorlage  fügt leere Blätter im Standardaufbau ein (Grunddaten, Ziele, EGT, Qualität); vorhandene Blätter bleiben unberührt

Exit-Codes: 0 = Bericht erstellt, 1 = Fehler in den Eingabedaten, 2 = falscher Aufruf`;

export function parseArguments(argv: string[]): ParsedArguments {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) return { command: "help" };
  const [command, ...rest] = argv;
  if (command === "vorlage") return parseTemplate(rest);
  if (command !== "report") return { command: "invalid", error: `Unbekannter Befehl „${command}“.` };
  const result: ReportCommand = { command: "report", input: "" };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const takeValue = (): string | null => {
      const value = rest[i + 1];
      if (value === undefined || (value.startsWith("--") && value !== "-")) return null;
      i++;
      return value;
    };
    if (arg === "--out" || arg === "--month" || arg === "--json" || arg === "--land") {
      const value = takeValue();
      if (value === null) return { command: "invalid", error: `Nach ${arg} fehlt ein Wert.` };
      if (arg === "--out") result.out = value;
      if (arg === "--month") {
        if (!isMonthKey(value)) return { command: "invalid", error: `„${value}“ ist kein Berichtsmonat im Format JJJJ-MM (z. B. 2022-10).` };
        result.month = value;
      }
      if (arg === "--json") result.json = value;
      if (arg === "--land") {
        const land = value.toUpperCase();
        if (!(land in LAND_NAMES)) return { command: "invalid", error: `„${value}“ ist kein Bundesland-Kürzel (z. B. NI, NW, BY).` };
        result.land = land as Land;
      }
    } else if (arg.startsWith("--")) {
      return { command: "invalid", error: `Unbekannte Option „${arg}“.` };
    } else if (result.input === "") {
      result.input = arg;
    } else {
      return { command: "invalid", error: `Überzähliges Argument „${arg}“.` };
    }
  }
  if (result.input === "") return { command: "invalid", error: "Es fehlt die Eingabedatei (.xlsx)." };
  return result;
}

function parseTemplate(rest: string[]): ParsedArguments {
  const result: TemplateCommand = { command: "vorlage", input: "" };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--out" || arg === "--year") {
      const value = rest[++i];
      if (value === undefined) return { command: "invalid", error: `Nach ${arg} fehlt ein Wert.` };
      if (arg === "--out") result.out = value;
      else if (/^\d{4}$/.test(value)) result.year = Number(value);
      else return { command: "invalid", error: `„${value}“ ist kein Jahr (JJJJ).` };
    } else if (arg.startsWith("--")) {
      return { command: "invalid", error: `Unbekannte Option „${arg}“.` };
    } else if (result.input === "") {
      result.input = arg;
    } else {
      return { command: "invalid", error: `Überzähliges Argument „${arg}“.` };
    }
  }
  if (result.input === "") return { command: "invalid", error: "Es fehlt die Arbeitsmappe (.xlsx), in die die Vorlage eingefügt wird." };
  return result;
}
