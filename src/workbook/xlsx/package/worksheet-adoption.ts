/**
 * A report worksheet (writing/worksheet-xml.ts), made at home in the user's workbook: its style indices shifted to
 * where the merged styles put them, any shared strings written inline (so the workbook's own string table stays
 * untouched), and no tab selection of its own (two selected tabs would open the workbook in Excel's group-edit mode).
 */
import { withoutAttribute } from "./opc";
import type { StyleShift } from "./style-merge";

export function adoptWorksheet(xml: string, shift: StyleShift, strings: string[]): string {
  return xml
    .replace(/<c\b([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_, before: string, after: string, index: string) => {
      const content = strings[Number(index)] ?? "<t></t>";
      return `<c${before} t="inlineStr"${after}><is>${content}</is></c>`;
    })
    .replace(/(<(?:c|row)\b[^>]*?\ss\s*=\s*)(["'])(\d+)\2/g, shifted(shift.cellFormat))
    .replace(/(<col\b[^>]*?\sstyle\s*=\s*)(["'])(\d+)\2/g, shifted(shift.cellFormat))
    .replace(/(<cfRule\b[^>]*?\sdxfId\s*=\s*)(["'])(\d+)\2/g, shifted(shift.differentialFormat))
    .replace(/<sheetView\b[^>]*>/g, (tag) => withoutAttribute(tag, "tabSelected"));
}

/** The index in one attribute shifted; one pattern per attribute, no parsing of each tag (a report sheet has 100.000s). */
function shifted(shift: (index: number) => number): (match: string, before: string, quote: string, index: string) => string {
  return (_, before, quote, index) => `${before}${quote}${shift(Number(index))}${quote}`;
}
