export { XlsxWorkbook } from "./xlsx-workbook";
export { WorkbookOpenError } from "./open-errors";
export { STATE_SHEET } from "./addin-state";
export { openXlsxFile, saveXlsxFile, readWorkbookFile, MAX_FILE_BYTES } from "./node-files";
