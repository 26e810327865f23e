/**
 * Text inside XML as both adapters write and read it: the .xlsx package parts and the add-in's custom XML part, which
 * Excel hands over as a string. One rule for escaping and one for reading entities and character references.
 */

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => character(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => character(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** A character reference's character; one beyond Unicode (only in a damaged file) becomes the replacement character. */
function character(codePoint: number): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : "\ufffd";
}
