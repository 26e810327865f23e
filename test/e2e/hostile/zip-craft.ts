/**
 * A minimal zip writer for files no spreadsheet program would write: declared sizes that lie, deflate streams that
 * expand a thousandfold. Only what the hostile corpus needs (no zip64, no data descriptors).
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface CraftedEntry {
  name: string;
  /** Raw deflate data (method 8) as it goes into the archive. */
  compressed: Buffer;
  /** What the central directory claims the entry unpacks to; may be a lie. */
  declaredSize: number;
  crc32?: number;
  /** 8 (deflate, the default) or 0 (stored: `compressed` is then the data itself, as ODF wants its "mimetype"). */
  method?: 0 | 8;
}

export function deflated(name: string, text: string | Uint8Array): CraftedEntry {
  const data = typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text);
  return { name, compressed: deflateRawSync(data), declaredSize: data.length, crc32: crc32(data) };
}

export function stored(name: string, text: string): CraftedEntry {
  const data = Buffer.from(text, "utf8");
  return { name, compressed: data, declaredSize: data.length, crc32: crc32(data), method: 0 };
}

/**
 * A deflate stream that unpacks to `prefix + filler × repeat + suffix` without ever holding the expanded bytes: each
 * piece is compressed on its own with a full flush (self-contained, byte-aligned, not final), so the pieces can be
 * concatenated, and the suffix closes the stream.
 */
export function repeatedDeflate(prefix: string, filler: Buffer, repeat: number, suffix: string): { compressed: Buffer; size: number } {
  const piece = (data: Buffer) => deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
  const body = piece(filler);
  const parts = [piece(Buffer.from(prefix)), ...Array.from({ length: repeat }, () => body), deflateRawSync(Buffer.from(suffix))];
  return { compressed: Buffer.concat(parts), size: prefix.length + filler.length * repeat + suffix.length };
}

export function craftZip(entries: CraftedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const crc = entry.crc32 ?? 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.method ?? 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(entry.compressed.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, entry.compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method ?? 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(entry.compressed.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
