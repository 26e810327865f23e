/**
 * Headless entry point: reads a workbook, computes, writes a copy with the report sheets added. The input file is never
 * modified. Every failure ends with a German message and an exit code, never a stack trace.
 */
import { readFileSync, statSync } from "node:fs";
import { confirmAll } from "../sources/source-mapping";
import { basename, dirname, extname, join, resolve } from "node:path";
import { InvalidOptionsError } from "../pipeline/report-options";
import { checkedOptions, runReport as runPipeline } from "../pipeline/run-report";
import { inspectSources } from "../pipeline/inspect-sources";
import { openXlsxFile, WorkbookOpenError } from "../workbook/xlsx";
import { parseArguments, type ReportCommand, type SourcesCommand, type TemplateCommand, USAGE } from "./arguments";
import { mappingTable } from "./mapping-table";
import { buildTemplateSheets } from "../report/template-sheets";
import { summaryTable } from "./terminal-table";
import { assertNotInput, OutputFileError, sameFile, writeOutputFile } from "./output-files";

export const EXIT = { ok: 0, inputError: 1, usage: 2 } as const;

export interface Console {
  out(text: string): void;
  err(text: string): void;
}

const processConsole: Console = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export async function main(argv: string[], io: Console = processConsole): Promise<number> {
  const parsed = parseArguments(argv);
  if (parsed.command === "help") {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (parsed.command === "invalid") {
    io.err(`Fehler: ${parsed.error}\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    if (parsed.command === "vorlage") return await insertTemplate(parsed, io);
    if (parsed.command === "quellen") return await showSources(parsed, io);
    return await runReport(parsed, io);
  } catch (error) {
    if (error instanceof InvalidOptionsError) {
      io.err(`Fehler: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (error instanceof WorkbookOpenError) {
      io.err(`Fehler: ${error.message}`);
      return EXIT.inputError;
    }
    if (error instanceof OutputFileError) {
      io.err(`Fehler: ${error.message}`);
      return error.refused ? EXIT.usage : EXIT.inputError;
    }
    io.err(`Fehler: Der Bericht konnte nicht erstellt werden (${error instanceof Error ? error.message : String(error)}).`);
    return EXIT.inputError;
  }
}

async function runReport(command: ReportCommand, io: Console): Promise<number> {
  const { input, out } = paths(command, "bericht");
  const json = command.json && command.json !== "-" ? resolve(command.json) : undefined;
  assertNotInput(input, out, "Die Ausgabedatei");
  if (json) assertNotInput(input, json, "Die Zusammenfassung (--json)");
  if (json && (json === out || sameFile(json, out))) throw new OutputFileError(`Bericht und Zusammenfassung (--json) dürfen nicht dieselbe Datei sein („${out}“).`, true);
  // Human output goes to stderr when stdout carries the JSON.
  const say = command.json === "-" ? io.err : io.out;

  // Wrong options are refused before the workbook is opened.
  const mapping = command.mapping ? readMappingFile(command.mapping) : undefined;
  if (mapping instanceof Error) {
    io.err(`Fehler: ${mapping.message}`);
    return EXIT.usage;
  }
  const options = checkedOptions({ reportMonth: command.month, land: command.land, jobcenter: command.jobcenter, comparisonType: command.comparisonType, sourceMapping: mapping, cumulativeTargetPath: command.targetPath });
  const workbook = await openXlsxFile(input);
  // The choices of the run (Jobcenter, Vergleichstyp, Land …) are remembered in the output workbook, as the pane
  // remembers them in the open one: a later run on that file, or the ribbon in Excel, needs no flags.
  const outcome = await runPipeline(workbook, { ...options, rememberSettings: true });
  const errors = outcome.messages.filter((m) => m.level === "error");
  const rendered = outcome.rendered;

  // The summary is written also when there is nothing to report: a batch over 405 workbooks reads why from it.
  const summary = JSON.stringify(outcome.summary, null, 2);
  if (command.json === "-") io.out(summary);
  else if (json) writeOutputFile(json, `${summary}\n`);

  if (rendered === null) {
    io.err("Fehler: In der Arbeitsmappe wurden weder Grunddaten noch Budgetdaten erkannt – es gibt nichts auszuwerten.");
    for (const m of outcome.messages) io.err(`  ${describe(m)}`);
    return EXIT.inputError;
  }

  writeOutputFile(out, await workbook.toBuffer());

  say(summaryTable(outcome.summary, options.comparisonType));
  say("");
  for (const notice of rendered.notices) say(`Hinweis: ${notice}`);
  for (const m of outcome.messages.filter((m) => m.level !== "info")) say(describe(m));
  say(`Bericht geschrieben: ${out} (Blätter: ${rendered.sheets.map((s) => s.name).join(", ")})`);
  return errors.length > 0 ? EXIT.inputError : EXIT.ok;
}

async function insertTemplate(command: TemplateCommand, io: Console): Promise<number> {
  const { input, out } = paths(command, "vorlage");
  assertNotInput(input, out, "Die Ausgabedatei");
  const workbook = await openXlsxFile(input);
  const rendered = await workbook.render({ sheets: buildTemplateSheets(command.year ?? new Date().getFullYear()) });
  writeOutputFile(out, await workbook.toBuffer());
  for (const notice of rendered.notices) io.out(`Hinweis: ${notice}`);
  io.out(`Vorlage eingefügt: ${rendered.sheets.map((s) => s.name).join(", ")} → ${out}`);
  return EXIT.ok;
}

async function showSources(command: SourcesCommand, io: Console): Promise<number> {
  const workbook = await openXlsxFile(resolve(command.input));
  const inspection = await inspectSources(workbook);
  if (command.json) {
    // The file `report --zuordnung` takes: what each sheet was taken for, and the decisions that confirm it.
    io.out(JSON.stringify({ zuordnung: confirmAll(inspection.mappings), blaetter: inspection.mappings, meldungen: inspection.messages }, null, 2));
    return EXIT.ok;
  }
  io.out(mappingTable(inspection.mappings));
  const changed = inspection.mappings.filter((m) => m.status === "changed");
  for (const m of inspection.messages.filter((m) => m.level === "error")) io.out(describe(m));
  return changed.length > 0 || !inspection.mappings.some((m) => m.kind !== null) ? EXIT.inputError : EXIT.ok;
}

/**
 * A mapping file names sheets and columns: a few KB, a few hundred for a workbook of a thousand sheets. Its size is
 * checked before it is read (a file of 204 MB took 83 s and 3,4 GB to parse).
 */
export const MAX_MAPPING_BYTES = 16 * 1024 * 1024;

function readMappingFile(path: string): string | Error {
  try {
    const size = statSync(resolve(path)).size;
    if (size > MAX_MAPPING_BYTES) {
      const mb = (n: number) => Math.round(n / 1024 / 1024).toLocaleString("de-DE");
      return new Error(`Die Zuordnungsdatei „${path}“ ist ${mb(size)} MB groß; gelesen werden höchstens ${mb(MAX_MAPPING_BYTES)} MB.`);
    }
    return readFileSync(resolve(path), "utf8");
  } catch {
    return new Error(`Die Zuordnungsdatei „${path}“ ist nicht lesbar.`);
  }
}

/** Input and output paths; the output defaults to "<eingabe>-<suffix>.xlsx" beside the input. */
function paths(command: { input: string; out?: string }, suffix: string): { input: string; out: string } {
  const input = resolve(command.input);
  return { input, out: resolve(command.out ?? join(dirname(input), `${basename(input, extname(input))}-${suffix}.xlsx`)) };
}

function describe(m: { level: string; sheet?: string; cell?: string; text: string }): string {
  const level = m.level === "error" ? "Fehler" : m.level === "warning" ? "Warnung" : "Info";
  const where = m.sheet ? `${m.sheet}${m.cell ? `!${m.cell}` : ""}: ` : "";
  return `${level}: ${where}${m.text}`;
}
