/**
 * Number format codes of a workbook's cell formats, as Excel shows them: the workbook's own codes, or Excel's built-in
 * codes for the ids below 164 (the same table ExcelJS uses, so that both readers agree on every cell).
 */

const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

const BUILT_IN_ID = new Map(Object.entries(BUILT_IN).map(([id, code]) => [code, Number(id)]));

/** The built-in id of a format code, for writing: a report cell in "#,##0" refers to id 3 instead of a custom format. */
export function builtInFormatId(code: string): number | undefined {
  return BUILT_IN_ID.get(code);
}

/** A format code as written in styles.xml, with Excel's escaping backslashes removed ("#,##0\ €" → "#,##0 €"). */
export function unescapedFormatCode(code: string): string {
  return code.replace(/\\(.)/g, "$1");
}
