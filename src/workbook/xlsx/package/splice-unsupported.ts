/**
 * A package the sheet splice does not take apart (a workbook part without <sheets>, a styles part without its end tag,
 * a clashing table name). None of the 2.473 real-world workbooks of test/fixtures/real-world's sources gets here. The
 * caller then writes nothing and tells the user (xlsx-workbook.ts): re-writing the whole workbook would lose what no
 * writer of ours models.
 */
export class SpliceUnsupported extends Error {
  constructor(reason: string) {
    super(`Arbeitsmappe nicht teilweise schreibbar: ${reason}`);
    this.name = "SpliceUnsupported";
  }
}
