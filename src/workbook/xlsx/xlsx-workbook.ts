/**
 * The workbook port on .xlsx files (ExcelJS): used by the CLI, the standalone browser pane and all end-to-end tests.
 * Works on bytes only, so it runs in Node and in the browser; files on disk are node-files.ts.
 */
import ExcelJS from "exceljs";
import type { ChartPlan, ReportPlan } from "../../report/plan";
import { assertFiniteCells, resolveRender } from "../output-safety";
import type { AddinState, ReadRequest, RenderResult, WorkbookPort, WorkbookRead } from "../port";
import { findStateSheet, readState, writeState } from "./addin-state";
import { injectCharts } from "./charts";
import { assertUnpackedSize, assertXlsxSignature, UNPACKED_LIMITS, WorkbookOpenError } from "./open-errors";
import { readSheet } from "./read-sheet";
import { renderSheet, sheetOptions } from "./render-sheet";

export class XlsxWorkbook implements WorkbookPort {
  private charts = new Map<string, ChartPlan[]>();

  private constructor(private readonly workbook: ExcelJS.Workbook) {}

  static async fromBuffer(buffer: Uint8Array, name = "Arbeitsmappe", limits = UNPACKED_LIMITS): Promise<XlsxWorkbook> {
    assertXlsxSignature(buffer, name);
    await assertUnpackedSize(buffer, name, limits);
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw new WorkbookOpenError(`Die Datei „${name}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx) oder beschädigt.`);
    }
    return new XlsxWorkbook(workbook);
  }

  private get state(): AddinState {
    return readState(this.workbook);
  }

  async readSheets(request: ReadRequest): Promise<WorkbookRead> {
    const state = this.state;
    const stateSheet = findStateSheet(this.workbook);
    const owned = new Set(Object.values(state.ownedSheets).map((n) => n.toLowerCase()));
    const wanted = request.sheets ? new Set(request.sheets.map((n) => n.toLowerCase())) : null;
    const sheets = this.workbook.worksheets
      .filter((w) => w !== stateSheet)
      .filter((w) => (wanted ? wanted.has(w.name.toLowerCase()) : !owned.has(w.name.toLowerCase())))
      .map((w) => readSheet(w, request.numberFormats ?? false));
    return { sheets, sheetNames: this.workbook.worksheets.filter((w) => w !== stateSheet).map((w) => w.name), state };
  }

  async render(plan: ReportPlan): Promise<RenderResult> {
    const stateSheet = findStateSheet(this.workbook);
    const names = this.workbook.worksheets.filter((w) => w !== stateSheet).map((w) => w.name);
    const resolved = resolveRender(plan, names, this.state);
    for (const sheet of resolved.sheets) {
      assertFiniteCells(sheet.plan);
      const replaced = sheet.replaces ? this.workbook.getWorksheet(sheet.replaces) : undefined;
      const position = replaced ? orderOf(replaced).orderNo : undefined;
      if (replaced) {
        this.charts.delete(replaced.name);
        this.workbook.removeWorksheet(replaced.id);
      }
      const worksheet = this.workbook.addWorksheet(sheet.name, sheetOptions(sheet.plan));
      // Keep the report tab where the user last saw it.
      if (position !== undefined) orderOf(worksheet).orderNo = position;
      renderSheet(worksheet, sheet.plan);
      this.charts.set(sheet.name, sheet.plan.charts);
    }
    writeState(this.workbook, resolved.state);
    return {
      sheets: resolved.sheets.map((s) => ({ key: s.plan.key, name: s.name, ...(s.preferredName ? { preferredName: s.preferredName } : {}) })),
      notices: resolved.notices,
    };
  }

  async toBuffer(): Promise<Uint8Array> {
    const written = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    const charts = [...this.charts].flatMap(([sheetName, list]) => list.map((chart) => ({ sheetName, chart })));
    return charts.length > 0 ? injectCharts(written, charts) : written;
  }
}

/** ExcelJS orders sheets by this (untyped) property when it writes the workbook. */
function orderOf(worksheet: ExcelJS.Worksheet): { orderNo: number } {
  return worksheet as unknown as { orderNo: number };
}
