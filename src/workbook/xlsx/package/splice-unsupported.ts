/**
 * A package the sheet splice does not take apart (a namespace-prefixed workbook, a clashing table name …). The caller
 * then writes the whole workbook with ExcelJS instead: slower and less faithful to the user's sheets, but never wrong.
 */
export class SpliceUnsupported extends Error {
  constructor(reason: string) {
    super(`Arbeitsmappe nicht teilweise schreibbar: ${reason}`);
    this.name = "SpliceUnsupported";
  }
}
