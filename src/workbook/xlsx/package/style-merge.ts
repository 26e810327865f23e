/**
 * Merging the report's styles into the user's workbook: the report's number formats, fonts, fills, borders, cell
 * formats and conditional-format styles are appended to the workbook's own styles part (or mapped to an equal entry it
 * has), so that every style the user's sheets use keeps its index and the report's sheets only need theirs mapped.
 */
import { attribute, withAttribute } from "./opc";
import { childElements, findContainer, startTagOf } from "./xml-elements";
import { SpliceUnsupported } from "./splice-unsupported";
import { qualified, rootElement } from "./xml-namespaces";

/** CT_Stylesheet's element order: a section the workbook lacks is inserted before the first later one it has. */
const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
/** Custom number formats are numbered from here; lower ids are Excel's built-in formats. */
const FIRST_CUSTOM_FORMAT = 164;

export interface StyleShift {
  /** A report cell format index → the merged workbook's. */
  cellFormat(index: number): number;
  /** A report conditional-format style index → the merged workbook's. */
  differentialFormat(index: number): number;
}

/**
 * An entry the workbook already has (the same markup) is reused rather than added again: refreshing the report ten
 * times leaves the styles part as the first refresh made it, instead of growing it towards Excel's limits.
 */
export function mergeStyles(workbookStyles: string, reportStyles: string): { xml: string; shift: StyleShift } {
  // The OpenXML SDK writes <x:styleSheet>: sections are found, and the report's entries written, with that prefix.
  const prefix = rootElement(workbookStyles)?.prefix ?? "";
  const own = (name: string) => childElements(findContainer(workbookStyles, qualified(prefix, name))?.inner ?? "");
  const theirs = (name: string) => childElements(findContainer(reportStyles, name)?.inner ?? "").map((entry) => withPrefix(entry, prefix));

  const formats = numberFormatMap(own("numFmts"), theirs("numFmts"));
  const fonts = mergedSection(own("fonts"), theirs("fonts"));
  const fills = mergedSection(own("fills"), theirs("fills"));
  const borders = mergedSection(own("borders"), theirs("borders"));
  const cellXfs = mergedSection(own("cellXfs"), theirs("cellXfs").map((xf) => shiftCellFormat(xf, formats.ids, { fonts: fonts.index, fills: fills.index, borders: borders.index })));
  const dxfs = mergedSection(own("dxfs"), theirs("dxfs"));

  let xml = workbookStyles;
  xml = appendChildren(xml, prefix, "numFmts", formats.added);
  xml = appendChildren(xml, prefix, "fonts", fonts.added);
  xml = appendChildren(xml, prefix, "fills", fills.added);
  xml = appendChildren(xml, prefix, "borders", borders.added);
  xml = appendChildren(xml, prefix, "cellXfs", cellXfs.added);
  xml = appendChildren(xml, prefix, "dxfs", dxfs.added);
  return { xml, shift: { cellFormat: cellXfs.index, differentialFormat: dxfs.index } };
}

/** The report's entries of one section, each mapped to the workbook's equal entry or to its place after the last one. */
function mergedSection(own: string[], theirs: string[]): { index: (i: number) => number; added: string[] } {
  const existing = new Map<string, number>();
  own.forEach((entry, i) => {
    if (!existing.has(entry)) existing.set(entry, i);
  });
  const added: string[] = [];
  const indices = theirs.map((entry) => {
    let index = existing.get(entry);
    if (index === undefined) {
      index = own.length + added.length;
      added.push(entry);
      existing.set(entry, index);
    }
    return index;
  });
  return { index: (i) => indices[i] ?? i, added };
}

/** The report's custom number formats: reuse the workbook's id for the same format code, number the rest after its own. */
function numberFormatMap(own: string[], theirs: string[]): { ids: Map<number, number>; added: string[] } {
  const byCode = new Map<string, number>();
  let next = FIRST_CUSTOM_FORMAT;
  for (const format of own) {
    const id = Number(attribute(format, "numFmtId"));
    byCode.set(attribute(format, "formatCode") ?? "", id);
    if (id >= next) next = id + 1;
  }
  const ids = new Map<number, number>();
  const added: string[] = [];
  for (const format of theirs) {
    const id = Number(attribute(format, "numFmtId"));
    const code = attribute(format, "formatCode") ?? "";
    const existing = byCode.get(code);
    if (existing !== undefined) {
      ids.set(id, existing);
      continue;
    }
    ids.set(id, next);
    byCode.set(code, next);
    added.push(withAttribute(startTagOf(format), "numFmtId", String(next)).replace(/(?<!\/)>$/, "/>"));
    next++;
  }
  return { ids, added };
}

type IndexMap = (index: number) => number;

function shiftCellFormat(xf: string, formatIds: Map<number, number>, maps: { fonts: IndexMap; fills: IndexMap; borders: IndexMap }): string {
  const start = startTagOf(xf);
  let shifted = start;
  const numFmtId = Number(attribute(start, "numFmtId") ?? 0);
  shifted = withAttribute(shifted, "numFmtId", String(formatIds.get(numFmtId) ?? numFmtId));
  shifted = withAttribute(shifted, "fontId", String(maps.fonts(Number(attribute(start, "fontId") ?? 0))));
  shifted = withAttribute(shifted, "fillId", String(maps.fills(Number(attribute(start, "fillId") ?? 0))));
  shifted = withAttribute(shifted, "borderId", String(maps.borders(Number(attribute(start, "borderId") ?? 0))));
  // The report's formats derive from "Standard", which is the first cell style of every workbook.
  shifted = withAttribute(shifted, "xfId", "0");
  return shifted + xf.slice(start.length);
}

/** A report entry (written in the default namespace) with the workbook's prefix on every unprefixed element. */
function withPrefix(entry: string, prefix: string): string {
  return prefix ? entry.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`) : entry;
}

function appendChildren(xml: string, prefix: string, section: string, children: string[]): string {
  if (children.length === 0) return xml;
  const name = qualified(prefix, section);
  const container = findContainer(xml, name);
  if (!container) return insertSection(xml, prefix, section, children);
  const count = childElements(container.inner).length + children.length;
  const startTag = withAttribute(container.startTag.replace(/\s*\/>$/, ">"), "count", String(count));
  return `${xml.slice(0, container.start)}${startTag}${container.inner}${children.join("")}</${name}>${xml.slice(container.end)}`;
}

function insertSection(xml: string, prefix: string, section: string, children: string[]): string {
  const name = qualified(prefix, section);
  const markup = `<${name} count="${children.length}">${children.join("")}</${name}>`;
  for (const later of SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1)) {
    const found = findContainer(xml, qualified(prefix, later));
    if (found) return xml.slice(0, found.start) + markup + xml.slice(found.start);
  }
  const root = qualified(prefix, "styleSheet");
  const stylesheet = findContainer(xml, root);
  if (!stylesheet) throw new SpliceUnsupported("styles part without <styleSheet>");
  // An empty <styleSheet/> (POI's 47889.xlsx) opens up to take the section.
  if (stylesheet.startTag.endsWith("/>")) return `${xml.slice(0, stylesheet.start)}${stylesheet.startTag.replace(/\s*\/>$/, ">")}${markup}</${root}>${xml.slice(stylesheet.end)}`;
  const end = stylesheet.end - `</${root}>`.length;
  return xml.slice(0, end) + markup + xml.slice(end);
}
