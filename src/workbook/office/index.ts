/**
 * The workbook port inside Excel. This folder is the only place that knows Excel.run and context.sync().
 */
import type { ReadRequest, RenderResult, WorkbookPort, WorkbookRead } from "../port";
import type { ReportPlan } from "../../report/plan";
import { officeSupports, type SupportCheck } from "./capabilities";
import { toOfficeWorkbookError } from "./office-errors";
import { readWorkbook } from "./read-workbook";
import { renderWorkbook } from "./render-workbook";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Queues the batch until the user leaves cell edit mode instead of failing with InvalidOperationInCellEditMode. */
const excelRun: ExcelRunner = (batch) => Excel.run({ delayForCellEdit: true }, batch);

export function createOfficeWorkbook(options: { run?: ExcelRunner; supports?: SupportCheck } = {}): WorkbookPort {
  const run = options.run ?? excelRun;
  const supports = options.supports ?? officeSupports;
  return {
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
