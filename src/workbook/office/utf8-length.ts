/**
 * The size of text in UTF-8 bytes without encoding it: Office.js limits requests and responses to 5 MB in UTF-8
 * (office-and-anchors.md §2), and our blocks are sized by it.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return bytes;
}
