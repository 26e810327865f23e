/**
 * A report worksheet (writing/worksheet-xml.ts), made at home in the user's workbook: its style indices shifted to
 * where the merged styles put them, any shared strings written inline (so the workbook's own string table stays
 * untouched), and no tab selection of its own (two selected tabs would open the workbook in Excel's group-edit mode).
 */
import { attribute, withAttribute, withoutAttribute } from "./opc";
import type { StyleShift } from "./style-merge";

export function adoptWorksheet(xml: string, shift: StyleShift, strings: string[]): string {
  return xml
    .replace(/<c\b([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_, before: string, after: string, index: string) => {
      const content = strings[Number(index)] ?? "<t></t>";
      return `<c${before} t="inlineStr"${after}><is>${content}</is></c>`;
    })
    .replace(/<(?:c|row)\b[^>]*>/g, (tag) => shifted(tag, "s", shift.cellFormat))
    .replace(/<col\b[^>]*>/g, (tag) => shifted(tag, "style", shift.cellFormat))
    .replace(/<cfRule\b[^>]*>/g, (tag) => shifted(tag, "dxfId", shift.differentialFormat))
    .replace(/<sheetView\b[^>]*>/g, (tag) => withoutAttribute(tag, "tabSelected"));
}

function shifted(tag: string, name: string, shift: (index: number) => number): string {
  const value = attribute(tag, name);
  return value === undefined ? tag : withAttribute(tag, name, String(shift(Number(value))));
}
