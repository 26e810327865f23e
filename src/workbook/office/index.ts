/**
 * The workbook port inside Excel. This folder is the only place that knows Excel.run and context.sync().
 */
import type { ReadRequest, RenderResult, WorkbookPort, WorkbookRead } from "../port";
import type { ReportPlan } from "../../report/plan";
import { officeSupports, type SupportCheck } from "./capabilities";
import { errorCode, toOfficeWorkbookError } from "./office-errors";
import { readWorkbook } from "./read-workbook";
import { renderWorkbook } from "./render-workbook";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { delayForCellEdit?: boolean }) => Promise<T>;

const excelRun: ExcelRunner = (batch, options = {}) => Excel.run(options, batch);

/** Shown while a refresh waits for the user to leave a cell they are editing. */
export const CELL_EDIT_NOTICE = "Bitte die Zellbearbeitung beenden (Eingabetaste oder Esc) – die Aktualisierung wartet darauf und läuft dann weiter.";

export function createOfficeWorkbook(options: { run?: ExcelRunner; supports?: SupportCheck } = {}): WorkbookPort {
  const excel = options.run ?? excelRun;
  const supports = options.supports ?? officeSupports;
  const watchers = new Set<(waiting: string | null) => void>();
  const tell = (waiting: string | null) => watchers.forEach((watcher) => watcher(waiting));
  /**
   * Every batch waits while the user edits a cell (delayForCellEdit, docs/excel/excel-add-ins-delay-in-cell-edit.md)
   * rather than failing half way. So that the wait is not silent, a small request without the delay goes first when
   * someone is watching (the pane, the ribbon's dialog): if Excel refuses it for cell edit mode, the user is asked to
   * finish editing while the real batch waits.
   */
  const run: ExcelRunner = async (batch) => {
    if (watchers.size > 0) {
      const editing = await excel(async (context) => {
        context.workbook.application.load("calculationMode");
        await context.sync();
        return false;
      }).catch((error: unknown) => (errorCode(error) === "InvalidOperationInCellEditMode" ? true : Promise.reject(error)));
      if (editing) tell(CELL_EDIT_NOTICE);
    }
    try {
      return await excel(batch, { delayForCellEdit: true });
    } finally {
      if (watchers.size > 0) tell(null);
    }
  };
  return {
    watchWaiting(watcher) {
      watchers.add(watcher);
      return () => void watchers.delete(watcher);
    },
    async readSheets(request: ReadRequest): Promise<WorkbookRead> {
      try {
        return await run((context) => readWorkbook(context, request, supports));
      } catch (error) {
        throw toOfficeWorkbookError(error);
      }
    },
    async select(sheet: string, cell: string): Promise<void> {
      try {
        await run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          worksheet.getRange(cell).select();
          await context.sync();
        });
      } catch (error) {
        throw toOfficeWorkbookError(error, sheet);
      }
    },
    async calculate(): Promise<void> {
      try {
        await run(async (context) => {
          context.workbook.application.calculate("Full");
          await context.sync();
        });
      } catch (error) {
        throw toOfficeWorkbookError(error);
      }
    },
    async render(plan: ReportPlan): Promise<RenderResult> {
      try {
        return await run((context) => renderWorkbook(context, plan, supports));
      } catch (error) {
        throw toOfficeWorkbookError(error);
      }
    },
  };
}

export { capabilities, FEATURES, officeSupports } from "./capabilities";
export { OfficeWorkbookError, officeErrorMessage } from "./office-errors";
