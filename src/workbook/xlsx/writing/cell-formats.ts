/**
 * The report's styles part: every distinct cell format and conditional-format style of the report sheets, each font,
 * fill, border and number format written once (ECMA-376 Part 1, §18.8 Styles). The splice then merges these entries
 * into the user's styles part (package/style-merge.ts), reusing an equal entry the workbook already has.
 *
 * Indices are handed out in the order of first use, so the same report gives the same part, byte for byte.
 */
import type { CellStyle } from "../../../report/plan";
import { escapeXml } from "../../xml-text";
import { builtInFormatId } from "../reading/number-formats";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * A cell's formatting after every style run over it: later runs set the properties they name and leave the others,
 * as Office.js does when the Office adapter sets range formats one after another.
 */
export interface CellFormat extends CellStyle {
  /** Any alignment set: the report aligns such cells to the top, so that wrapped neighbours read from one line. */
  alignTop?: boolean;
}

/** `format` with a style run's properties laid over it. */
export function overlaid(format: CellFormat, style: CellStyle): CellFormat {
  const next: CellFormat = { ...format };
  if (style.numberFormat) next.numberFormat = style.numberFormat;
  if (style.bold !== undefined) next.bold = style.bold;
  if (style.italic !== undefined) next.italic = style.italic;
  if (style.fontSize) next.fontSize = style.fontSize;
  if (style.fontColor) next.fontColor = style.fontColor;
  if (style.fill) next.fill = style.fill;
  if (style.horizontalAlignment) next.horizontalAlignment = style.horizontalAlignment;
  if (style.wrapText !== undefined) next.wrapText = style.wrapText;
  if (style.indent !== undefined) next.indent = style.indent;
  if (style.horizontalAlignment || style.wrapText !== undefined || style.indent !== undefined) next.alignTop = true;
  if (style.borderTop) next.borderTop = style.borderTop;
  if (style.borderBottom) next.borderBottom = style.borderBottom;
  return next;
}

/** Excel's Text format. Cells in it get the quote prefix too (see `xf`). */
export const TEXT_FORMAT = "@";
const FIRST_CUSTOM_FORMAT = 164;
/** The default font of the report's own package; the merged workbook keeps its own default. */
const DEFAULT_FONT_SIZE = 11;

export type DifferentialStyle = Pick<CellStyle, "fill" | "fontColor" | "bold">;

export class CellFormats {
  private readonly cellXfs = new Entries();
  private readonly fonts = new Entries();
  private readonly fills = new Entries();
  private readonly borders = new Entries();
  private readonly dxfs = new Entries();
  private readonly customFormats = new Map<string, number>();

  constructor() {
    this.fonts.index(font({}));
    this.fills.index('<fill><patternFill patternType="none"/></fill>');
    this.fills.index('<fill><patternFill patternType="gray125"/></fill>');
    this.borders.index(border({}));
    this.cellXfs.index(this.xf({}));
  }

  /** The cell-format index (`s` of a cell) for `format`; 0 is the default format. */
  cellFormat(format: CellFormat): number {
    return this.cellXfs.index(this.xf(format));
  }

  /** The differential-format index (`dxfId` of a conditional-format rule) for a rule's style. */
  differentialFormat(style: DifferentialStyle): number {
    const fontPart = style.bold || style.fontColor ? `<font>${style.bold ? "<b/>" : ""}${style.fontColor ? color(style.fontColor) : ""}</font>` : "";
    const fillPart = style.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(style.fill)}"/></patternFill></fill>` : "";
    return this.dxfs.index(`<dxf>${fontPart}${fillPart}</dxf>`);
  }

  xml(): string {
    const section = (name: string, entries: string[]) => `<${name} count="${entries.length}">${entries.join("")}</${name}>`;
    const formats = [...this.customFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
      (formats.length > 0 ? section("numFmts", formats) : "") +
      section("fonts", this.fonts.all()) +
      section("fills", this.fills.all()) +
      section("borders", this.borders.all()) +
      section("cellStyleXfs", ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']) +
      section("cellXfs", this.cellXfs.all()) +
      section("cellStyles", ['<cellStyle name="Normal" xfId="0" builtinId="0"/>']) +
      section("dxfs", this.dxfs.all()) +
      "</styleSheet>"
    );
  }

  private xf(format: CellFormat): string {
    const numFmtId = this.numberFormatId(format.numberFormat);
    const fontId = this.fonts.index(font(format));
    const fillId = format.fill ? this.fills.index(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(format.fill)}"/></patternFill></fill>`) : 0;
    const borderId = this.borders.index(border(format));
    const alignment = alignmentOf(format);
    const applied = [
      numFmtId !== 0 ? ' applyNumberFormat="1"' : "",
      fontId !== 0 ? ' applyFont="1"' : "",
      fillId !== 0 ? ' applyFill="1"' : "",
      borderId !== 0 ? ' applyBorder="1"' : "",
      alignment ? ' applyAlignment="1"' : "",
      // Excel's quote prefix: a text that starts like a formula stays text when the user edits its cell (F2, Enter),
      // as the Office adapter keeps it with a leading apostrophe.
      format.numberFormat === TEXT_FORMAT ? ' quotePrefix="1"' : "",
    ].join("");
    const start = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    return alignment ? `${start}>${alignment}</xf>` : `${start}/>`;
  }

  private numberFormatId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = builtInFormatId(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.customFormats.size;
      this.customFormats.set(code, id);
    }
    return id;
  }
}

/** A section's entries, each markup once, indexed in the order of first use. */
class Entries {
  private readonly indices = new Map<string, number>();

  index(markup: string): number {
    let index = this.indices.get(markup);
    if (index === undefined) {
      index = this.indices.size;
      this.indices.set(markup, index);
    }
    return index;
  }

  all(): string[] {
    return [...this.indices.keys()];
  }
}

const argb = (hex: string) => `FF${hex.toUpperCase()}`;
const color = (hex: string) => `<color rgb="${argb(hex)}"/>`;

function font(format: CellFormat): string {
  return `<font>${format.bold ? "<b/>" : ""}${format.italic ? "<i/>" : ""}<sz val="${format.fontSize ?? DEFAULT_FONT_SIZE}"/>${format.fontColor ? color(format.fontColor) : ""}<name val="Calibri"/><family val="2"/></font>`;
}

function border(format: CellFormat): string {
  const edge = (name: string, weight: string | undefined) => (weight ? `<${name} style="${weight}"/>` : `<${name}/>`);
  return `<border><left/><right/>${edge("top", format.borderTop)}${edge("bottom", format.borderBottom)}<diagonal/></border>`;
}

function alignmentOf(format: CellFormat): string {
  if (!format.alignTop) return "";
  const horizontal = format.horizontalAlignment ? ` horizontal="${format.horizontalAlignment}"` : "";
  const indent = format.indent !== undefined ? ` indent="${format.indent}"` : "";
  const wrap = format.wrapText ? ' wrapText="1"' : "";
  return `<alignment${horizontal} vertical="top"${wrap}${indent}/>`;
}
