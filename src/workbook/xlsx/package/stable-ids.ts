/**
 * Ids the add-in writes into a package that a file format asks to be GUIDs, derived from what they identify instead of
 * drawn at random: the same report written twice is the same file (a refresh must differ from the last only where the
 * report does): the x14 data bars' rule ids (writing/worksheet-xml.ts) are derived here.
 *
 * The GUID is shaped like a name-based UUID (RFC 9562 §5.5: SHA-1 of a name, version 5, variant 10), with the name
 * being what the id stands for. SHA-1 is written out below because this code runs in the browser pane as well, where
 * node:crypto is not; it serves uniqueness, not secrecy.
 */

/** A GUID in the form Excel writes ("{8-4-4-4-12}", upper case), the same for the same name. */
export function stableGuid(name: string): string {
  const hex = sha1Hex(new TextEncoder().encode(name));
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = `${hex.slice(0, 12)}5${hex.slice(13, 16)}${variant}${hex.slice(17, 32)}`;
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`.toUpperCase();
}

/**
 * A report worksheet whose x14 conditional-format ids (the data bars: `<x14:id>` in the rule, `id` on its
 * `<x14:cfRule>` extension, as [MS-XLSX] links the two) are derived from the sheet name and the rule's place in the sheet.
 * The two places that carry one id get the same new id; the extension URIs (fixed GUIDs of their own) stay.
 */
export function withStableRuleIds(worksheetXml: string, sheetName: string): string {
  const renamed = new Map<string, string>();
  const stable = (id: string) => {
    const known = renamed.get(id.toUpperCase());
    if (known) return known;
    const next = stableGuid(`steuerungscockpit:x14-rule:${sheetName}:${renamed.size}`);
    renamed.set(id.toUpperCase(), next);
    return next;
  };
  return worksheetXml
    .replace(/(<x14:id>)\s*(\{[0-9A-Fa-f-]{36}\})\s*(<\/x14:id>)/g, (_, open: string, id: string, close: string) => `${open}${stable(id)}${close}`)
    .replace(/(<x14:cfRule\b[^>]*\sid=")(\{[0-9A-Fa-f-]{36}\})(")/g, (_, before: string, id: string, after: string) => `${before}${stable(id)}${after}`);
}

/** SHA-1 (FIPS 180-4 §6.1) of `bytes`, as 40 hex digits. */
export function sha1Hex(bytes: Uint8Array): string {
  const length = bytes.length;
  const blocks = Math.ceil((length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(bytes);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
  view.setUint32(padded.length - 4, (length * 8) >>> 0);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let block = 0; block < blocks; block++) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(block * 64 + t * 4);
    for (let t = 16; t < 80; t++) w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    let [a, b, c, d, e] = h;
    for (let t = 0; t < 80; t++) {
      const [f, k] = t < 20 ? [(b & c) | (~b & d), 0x5a827999] : t < 40 ? [b ^ c ^ d, 0x6ed9eba1] : t < 60 ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc] : [b ^ c ^ d, 0xca62c1d6];
      const temp = (rotl(a, 5) + f + e + k + w[t]) >>> 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    h[0] = (h[0] + a) >>> 0;
    h[1] = (h[1] + b) >>> 0;
    h[2] = (h[2] + c) >>> 0;
    h[3] = (h[3] + d) >>> 0;
    h[4] = (h[4] + e) >>> 0;
  }
  return h.map((word) => word.toString(16).padStart(8, "0")).join("");
}

function rotl(value: number, bits: number): number {
  return ((value << bits) | (value >>> (32 - bits))) >>> 0;
}
