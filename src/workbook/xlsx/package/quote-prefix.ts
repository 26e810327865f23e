/**
 * Excel's quote prefix for the report's text cells. A text that starts like a formula ("=cmd|…", "+1", "@SUM(A1)") is
 * a plain string in the part, but once a user edits its cell (F2, Enter) Excel parses it again — and a label from the
 * user's sheet becomes a live formula. The quote prefix (quotePrefix="1" on the cell format, what typing a leading
 * apostrophe gives) keeps it text, as the Office adapter does with "'" in Range.values. ExcelJS cannot write it: the
 * report's cells in the Text format (render-sheet.ts gives it to those cells) get it here, in the report's own styles
 * before they are merged into the user's; on a text cell it changes nothing else.
 */
import { withAttribute, attribute } from "./opc";
import { findContainer } from "./xml-elements";

/** Built-in number format 49: "@", Text. */
const TEXT_FORMAT_ID = "49";

export function withQuotePrefixOnText(stylesXml: string): string {
  const cellXfs = findContainer(stylesXml, "cellXfs");
  if (!cellXfs) return stylesXml;
  const inner = cellXfs.inner.replace(/<xf\b(?:[^>"']|"[^"]*"|'[^']*')*>/g, (tag) => (attribute(tag, "numFmtId") === TEXT_FORMAT_ID ? withAttribute(tag, "quotePrefix", "1") : tag));
  return stylesXml.slice(0, cellXfs.innerStart) + inner + stylesXml.slice(cellXfs.innerStart + cellXfs.inner.length);
}
