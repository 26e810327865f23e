/**
 * The workbook port on .xlsx files (ExcelJS): used by the CLI, the standalone browser pane and all end-to-end tests.
 * Works on bytes only, so it runs in Node and in the browser; files on disk are node-files.ts.
 *
 * The user's workbook is read straight from its package (reading/), never built into an object model; the report is
 * written by ExcelJS into a workbook of its own and spliced into the user's package (package/sheet-splice.ts), so the
 * user's sheets are copied as they are instead of being re-written.
 *
 * The add-in's state lives in its custom XML part (package/state-part.ts), the store the Office adapter reads and
 * writes too. A workbook from before has it in the very hidden sheet "_Steuerungscockpit" instead, which the add-in
 * created: it is read when there is no part, and taken out with the next write, which writes the part.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ChartPlan, ReportPlan } from "../../report/plan";
import { assertFiniteCells, resolveRender, type ResolvedRender } from "../output-safety";
import { type AddinState, EMPTY_STATE, type ReadRequest, type RenderResult, type SheetRead, type WorkbookPort, type WorkbookRead } from "../port";
import { isStateSheet, STATE_SHEET_PREFIX, stateFromSheetValues } from "../state-sheet";
import { injectCharts } from "./charts";
import { assertUnpackedSize, assertXlsxSignature, type UnpackedLimits, unreadableFile } from "./open-errors";
import { READ_LIMITS, type ReadLimits } from "./reading/read-limits";
import { spliceSheets } from "./package/sheet-splice";
import { assertWrittenPackage } from "./package/written-package-check";
import { ContentTypes, relationshipsOf, serializeRelationships, relsPathOf, workbookPartOf } from "./package/opc";
import { lostInRewrite, rewriteNotice } from "./package/rewrite-losses";
import { SpliceUnsupported } from "./package/splice-unsupported";
import { writeStatePart } from "./package/state-part";
import { type SheetEntry, WorkbookPackage } from "./reading/workbook-package";
import { renderSheet, sheetOptions } from "./render-sheet";

interface RenderedReport {
  resolved: ResolvedRender;
  /** The report sheets, rendered into a workbook of their own. */
  report: ExcelJS.Workbook;
  charts: ChartCollection;
  /** The user's workbook's sheets that the report replaces (earlier report sheets, the old state sheet). */
  remove: string[];
}

type ChartCollection = Array<{ sheetName: string; chart: ChartPlan }>;

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
    await assertUnpackedSize(buffer, name, limits);
    return new XlsxWorkbook(buffer, await WorkbookPackage.open(buffer, name, limits), name, limits);
  }

  async readSheets(request: ReadRequest): Promise<WorkbookRead> {
    const contents = await this.current();
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
   * Strict workbook saved in the usual form, a workbook that had to be re-written whole) is among the notices.
   */
  async render(plan: ReportPlan): Promise<RenderResult> {
    const contents = await this.current();
    const { state, stateSheet } = await stateOf(contents);
    const names = contents.sheets.filter((s) => s !== stateSheet).map((s) => s.name);
    const resolved = resolveRender(plan, names, state);
    const remove = [...resolved.sheets.flatMap((s) => (s.replaces ? [s.replaces] : [])), ...(stateSheet ? [stateSheet.name] : [])];
    const report = new ExcelJS.Workbook();
    const charts = addReportSheets(report, resolved);
    this.contents = null;
    const written = await this.write({ resolved, report, charts, remove });
    return {
      sheets: resolved.sheets.map((s) => ({ key: s.plan.key, name: s.name, ...(s.preferredName ? { preferredName: s.preferredName } : {}) })),
      notices: [...resolved.notices, ...written.notices],
    };
  }

  async toBuffer(): Promise<Uint8Array> {
    return this.bytes;
  }

  /** Splices the rendered report into the workbook's package; what the user must know about it comes back as notices. */
  private async write(rendered: RenderedReport): Promise<{ notices: string[] }> {
    // The report's own package is only an intermediate: unpacked, it costs no compression that the splice would undo.
    const unpacked = { zip: { compression: "STORE" } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;
    const reportBytes = await injectCharts(new Uint8Array(await rendered.report.xlsx.writeBuffer(unpacked)), rendered.charts, "STORE");
    const takesPlaceOf = new Map(rendered.resolved.sheets.flatMap((s) => (s.replaces ? [[s.name, s.replaces] as const] : [])));
    try {
      const spliced = await spliceSheets(this.bytes, reportBytes, { remove: rendered.remove, takesPlaceOf, state: rendered.resolved.state });
      this.bytes = spliced.bytes;
      return { notices: spliced.madeTransitional ? [strictNotice(this.name)] : [] };
    } catch (error) {
      if (!(error instanceof SpliceUnsupported)) throw error;
      // The lossy way, never without saying what it costs.
      const losses = await lostInRewrite(this.bytes);
      this.bytes = await rewriteWhole(await load(this.bytes, this.name), rendered.resolved, rendered.remove);
      return { notices: [rewriteNotice(this.name, losses)] };
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
 * named like it that carries its marker: then the add-in made it, and the next write takes it out).
 */
async function stateOf(contents: WorkbookPackage): Promise<{ state: AddinState; stateSheet?: SheetEntry }> {
  const fromPart = await contents.statePart();
  for (const sheet of contents.sheets.filter((s) => s.name.startsWith(STATE_SHEET_PREFIX) && s.part)) {
    const { values } = await contents.readSheet(sheet, false);
    // A damaged state only means the add-in forgets which sheets it made; it then never overwrites them (safe side).
    if (isStateSheet(sheet.name, values)) return { state: fromPart ?? stateFromSheetValues(values) ?? EMPTY_STATE, stateSheet: sheet };
  }
  return { state: fromPart ?? EMPTY_STATE };
}

function strictNotice(name: string): string {
  return `Die Arbeitsmappe „${name}“ ist im Format „Strict Open XML“ gespeichert; mit dem Bericht wird sie als übliche Excel-Arbeitsmappe (.xlsx) gespeichert, mit denselben Inhalten.`;
}

async function load(bytes: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadableFile(name);
  }
  return workbook;
}

/**
 * Adds the resolved report sheets to `target`: a replaced sheet's tab position is kept. Used for the report's own
 * workbook and, when the splice cannot take a package apart, for the whole user workbook.
 */
function addReportSheets(target: ExcelJS.Workbook, resolved: ResolvedRender): ChartCollection {
  const charts: ChartCollection = [];
  for (const sheet of resolved.sheets) {
    assertFiniteCells(sheet.plan);
    const replaced = sheet.replaces ? target.getWorksheet(sheet.replaces) : undefined;
    const position = replaced ? orderOf(replaced).orderNo : undefined;
    if (replaced) target.removeWorksheet(replaced.id);
    const worksheet = target.addWorksheet(sheet.name, sheetOptions(sheet.plan));
    // Keep the report tab where the user last saw it.
    if (position !== undefined) orderOf(worksheet).orderNo = position;
    renderSheet(worksheet, sheet.plan, sheet.forcedText);
    charts.push(...sheet.plan.charts.map((chart) => ({ sheetName: sheet.name, chart })));
  }
  return charts;
}

/**
 * The slow, lossy way: ExcelJS re-writes every sheet of the user's workbook with the report added (ExcelJS keeps no
 * custom XML part, so the state part is written afresh); checked like a splice. `remove`: the old state sheet.
 */
async function rewriteWhole(workbook: ExcelJS.Workbook, resolved: ResolvedRender, remove: string[]): Promise<Uint8Array> {
  const stateSheet = remove.map((name) => workbook.getWorksheet(name)).find((w) => w !== undefined && isStateSheet(w.name, [[w.getCell("A1").value]]));
  if (stateSheet) workbook.removeWorksheet(stateSheet.id);
  const charts = addReportSheets(workbook, resolved);
  const zip = await JSZip.loadAsync(await injectCharts(new Uint8Array(await workbook.xlsx.writeBuffer()), charts));
  const types = await ContentTypes.of(zip);
  const workbookPath = await workbookPartOf(zip);
  const relationships = await relationshipsOf(zip, workbookPath);
  await writeStatePart(zip, workbookPath, relationships, types, resolved.state);
  zip.file(relsPathOf(workbookPath), serializeRelationships(relationships));
  types.save(zip);
  await assertWrittenPackage(zip, Object.keys(zip.files).filter((name) => !zip.files[name].dir), types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** ExcelJS orders sheets by this (untyped) property when it writes the workbook. */
function orderOf(worksheet: ExcelJS.Worksheet): { orderNo: number } {
  return worksheet as unknown as { orderNo: number };
}
