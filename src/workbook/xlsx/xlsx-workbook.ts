/**
 * The workbook port on .xlsx files: used by the CLI, the standalone browser pane and all end-to-end tests.
 * Works on bytes only, so it runs in Node and in the browser; files on disk are node-files.ts.
 *
 * The user's workbook is read straight from its package (reading/), never built into an object model; the report
 * sheets are written as parts of their own (writing/) and spliced into the user's package (package/sheet-splice.ts),
 * so the user's sheets are copied as they are instead of being re-written.
 *
 * The add-in's state lives in its custom XML part (package/state-part.ts), the store the Office adapter reads and
 * writes too. A workbook from before has it in the very hidden sheet "_Steuerungscockpit" instead, which the add-in
 * created: it is read when there is no part, and taken out with the next write, which writes the part.
 */
import type { ReportPlan } from "../../report/plan";
import { assertFiniteCells, type ResolvedRender, resolveRender } from "../output-safety";
import { type AddinState, EMPTY_STATE, type ReadRequest, type RenderResult, type SheetRead, type WorkbookPort, type WorkbookRead } from "../port";
import { confirmedOwnership, MARKS_IN_USE_SETTING, type SheetEvidence } from "../ownership-mark";
import { isStateSheet, STATE_SHEET_PREFIX, stateFromSheetValues } from "../state-sheet";
import { assertUnpackedSize, assertXlsxSignature, type UnpackedLimits } from "./open-errors";
import { READ_LIMITS, type ReadLimits } from "./reading/read-limits";
import { spliceSheets } from "./package/sheet-splice";
import { SpliceUnsupported } from "./package/splice-unsupported";
import { type SheetEntry, WorkbookPackage } from "./reading/workbook-package";
import { WorkbookOpenError } from "./workbook-open-error";
import { reportPackage } from "./writing/report-package";

export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    /** The workbook as opened, or with the last rendered report in it. */
    private bytes: Uint8Array,
    /** The package reader on `bytes`; dropped after a render (it no longer matches) and opened again only if read. */
    private contents: WorkbookPackage | null,
    private readonly name: string,
    private readonly limits: ReadLimits,
  ) {}

  /** `limits`: tests pass small ones; what they leave out is the product's (read-limits.ts). */
  static async fromBuffer(buffer: Uint8Array, name = "Arbeitsmappe", given: UnpackedLimits = READ_LIMITS): Promise<XlsxWorkbook> {
    const limits: ReadLimits = { ...READ_LIMITS, ...given };
    assertXlsxSignature(buffer, name);
    const checked = await assertUnpackedSize(buffer, name, limits);
    return new XlsxWorkbook(buffer, await WorkbookPackage.open(buffer, name, limits, checked), name, limits);
  }

  async readSheets(request: ReadRequest): Promise<WorkbookRead> {
    const contents = await this.current();
    // The same rule as for writing (../ownership-mark.ts): a sheet without the mark is the user's, and is read as a source.
    const { state, stateSheet } = await stateOf(contents);
    const owned = new Set(Object.values(state.ownedSheets).map((n) => n.toLowerCase()));
    const wanted = request.sheets ? new Set(request.sheets.map((n) => n.toLowerCase())) : null;
    const worksheets = contents.sheets.filter((s) => s !== stateSheet && s.part);
    const sheets: SheetRead[] = [];
    for (const sheet of worksheets) {
      const name = sheet.name.toLowerCase();
      if (wanted ? wanted.has(name) : !owned.has(name)) sheets.push(await contents.readSheet(sheet, request.numberFormats ?? false));
    }
    return { sheets, sheetNames: worksheets.map((s) => s.name), state };
  }

  /**
   * Renders the report and writes it into the workbook at once, so that whatever the writing had to tell the user (a
   * Strict workbook saved in the usual form) is among the notices.
   */
  async render(plan: ReportPlan): Promise<RenderResult> {
    const contents = await this.current();
    const { state, stateSheet } = await stateOf(contents);
    const names = contents.sheets.filter((s) => s !== stateSheet).map((s) => s.name);
    const resolved = resolveRender(plan, names, { ...state, settings: { ...state.settings, [MARKS_IN_USE_SETTING]: "1" } });
    const remove = [...resolved.sheets.flatMap((s) => (s.replaces ? [s.replaces] : [])), ...(stateSheet ? [stateSheet.name] : [])];
    const written = await this.write(resolved, remove);
    return {
      sheets: resolved.sheets.map((s) => ({ key: s.plan.key, name: s.name, ...(s.preferredName ? { preferredName: s.preferredName } : {}) })),
      notices: [...resolved.notices, ...written.notices],
    };
  }

  async toBuffer(): Promise<Uint8Array> {
    return this.bytes;
  }

  /**
   * Writes the report sheets and splices them into the workbook's package; what the user must know about it comes back
   * as notices. `remove`: the user's workbook's sheets that the report replaces (earlier report sheets, the old state
   * sheet).
   */
  private async write(resolved: ResolvedRender, remove: string[]): Promise<{ notices: string[] }> {
    for (const sheet of resolved.sheets) assertFiniteCells(sheet.plan);
    const report = await reportPackage(resolved.sheets);
    const takesPlaceOf = new Map(resolved.sheets.flatMap((s) => (s.replaces ? [[s.name, s.replaces] as const] : [])));
    try {
      const spliced = await spliceSheets(this.bytes, report, { remove, takesPlaceOf, state: resolved.state });
      this.bytes = spliced.bytes;
      this.contents = null;
      return { notices: spliced.madeTransitional ? [strictNotice(this.name)] : [] };
    } catch (error) {
      if (error instanceof SpliceUnsupported) throw spliceRefused(this.name);
      throw error;
    }
  }

  /** The package as it is now, with any rendered report in it. */
  private async current(): Promise<WorkbookPackage> {
    this.contents ??= await WorkbookPackage.open(this.bytes, this.name, this.limits);
    return this.contents;
  }
}

/**
 * The add-in's state, from its part or else from the old state sheet, and that sheet if there is one (the first sheet
 * named like it that carries its marker: then the add-in made it, and the next write takes it out). The sheets the
 * state claims count as the add-in's only where the workbook confirms it: by the mark on the sheet (../ownership-mark.ts),
 * so a user's sheet that happens to have a report's name is never replaced or removed.
 */
async function stateOf(contents: WorkbookPackage): Promise<{ state: AddinState; stateSheet?: SheetEntry }> {
  const fromPart = await contents.statePart();
  for (const sheet of contents.sheets.filter((s) => s.name.startsWith(STATE_SHEET_PREFIX) && s.part)) {
    const { values } = await contents.readSheet(sheet, false);
    // A damaged state only means the add-in forgets which sheets it made; it then never overwrites them (safe side).
    if (isStateSheet(sheet.name, values)) return { state: await confirmed(contents, fromPart ?? stateFromSheetValues(values) ?? EMPTY_STATE), stateSheet: sheet };
  }
  return { state: await confirmed(contents, fromPart ?? EMPTY_STATE) };
}

async function confirmed(contents: WorkbookPackage, state: AddinState): Promise<AddinState> {
  const lower = (name: string) => name.toLocaleLowerCase("de-DE");
  const claimed = new Set(Object.values(state.ownedSheets).map(lower));
  const evidence = new Map<string, SheetEvidence>();
  for (const sheet of contents.sheets.filter((s) => claimed.has(lower(s.name)))) {
    // Only an unmarked sheet needs to be looked into: blank, it is what a failed refresh left behind.
    evidence.set(lower(sheet.name), { marked: sheet.marked, blank: !sheet.marked && (await contents.isBlank(sheet)) });
  }
  return { ...state, ownedSheets: confirmedOwnership(state.ownedSheets, state.settings, (name) => evidence.get(lower(name))) };
}

function strictNotice(name: string): string {
  return `Die Arbeitsmappe „${name}“ ist im Format „Strict Open XML“ gespeichert; mit dem Bericht wird sie als übliche Excel-Arbeitsmappe (.xlsx) gespeichert, mit denselben Inhalten.`;
}

/**
 * A package the splice cannot take apart (none of the real-world corpus's workbooks is one). Re-writing the whole
 * workbook would lose what no writer of ours models, so nothing is written and the user is told how to go on.
 */
function spliceRefused(name: string): WorkbookOpenError {
  return new WorkbookOpenError(
    `Der Bericht lässt sich nicht in die Arbeitsmappe „${name}“ einfügen: Ihr innerer Aufbau ist ungewöhnlich (etwa ohne Blattliste oder mit unvollständigen Formatvorlagen). Es wurde nichts geschrieben. Bitte die Arbeitsmappe in Excel öffnen, neu speichern und den Bericht erneut erstellen.`,
  );
}
