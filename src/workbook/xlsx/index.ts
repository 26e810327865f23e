export { XlsxWorkbook } from "./xlsx-workbook";
export { WorkbookOpenError } from "./open-errors";
/** The very hidden sheet in which workbooks from before the state part keep the add-in state (read, then removed). */
export { STATE_SHEET_PREFIX as STATE_SHEET } from "../state-sheet";
export { openXlsxFile, saveXlsxFile, readWorkbookFile, MAX_FILE_BYTES } from "./node-files";
