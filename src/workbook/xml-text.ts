/**
 * Text inside XML as both adapters write and read it: the .xlsx package parts and the add-in's custom XML part, which
 * Excel hands over as a string. One rule for escaping and one for reading entities and character references; and
 * Excel's own escapes (`_xHHHH_`) for the characters XML 1.0 cannot hold at all.
 */

/** Characters XML 1.0 forbids (§2.2): C0 controls but tab, LF and CR; U+FFFE, U+FFFF; surrogates not in a pair. */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whether `text` holds a character no XML part may contain. */
export const hasCharacterXmlForbids = (text: string): boolean => new RegExp(NOT_IN_XML.source).test(text);

/**
 * Escapes for markup. A character XML forbids becomes U+FFFD: a part that holds one is refused by every strict parser
 * (Excel "repairs" the file). Cell text keeps such characters instead, written as Excel writes them (excelEscaped).
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(NOT_IN_XML, "\ufffd");
}

/**
 * Entities and character references decoded in one pass, as a parser does: "&#38;lt;" is the text "&lt;", not "<"
 * (decoding "&amp;" last, after the others, read it twice).
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(quot|apos|lt|gt|amp));/g, (entity, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex !== undefined) return character(parseInt(hex, 16));
    if (dec !== undefined) return character(Number(dec));
    return NAMED[name as keyof typeof NAMED] ?? entity;
  });
}

const NAMED = { quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" } as const;

/** A character reference's character; one beyond Unicode (only in a damaged file) becomes the replacement character. */
function character(codePoint: number): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : "\ufffd";
}

/**
 * Cell text as Excel writes it into a part (ECMA-376 Part 1, §22.9.2.19 ST_Xstring): a character XML forbids as
 * "_xHHHH_", and an "_xHHHH_" that is meant literally with its underscore escaped ("_x005F_xHHHH_"), so that reading
 * it back gives the same text. The reader (reading/string-items.ts) decodes both.
 */
export function excelEscaped(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(NOT_IN_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}
