/**
 * Writes the add-in icons (assets/icon-*.png): a traffic light on the product blue. Plain PNG encoding with node's
 * zlib, so no image tool is needed. Regenerate with `npx ts-node --transpile-only scripts/make-icons.ts`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = [number, number, number, number];
const BLUE: Rgba = [0x1f, 0x4e, 0x79, 255];
const LIGHTS: Rgba[] = [[0xe0, 0x4b, 0x4b, 255], [0xf2, 0xb1, 0x34, 255], [0x3f, 0xa3, 0x5b, 255]];

export function iconPixels(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const radius = size * 0.18;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let color: Rgba = [0, 0, 0, 0];
      if (insideRoundedSquare(x + 0.5, y + 0.5, size, radius)) color = BLUE;
      LIGHTS.forEach((light, i) => {
        const cy = size * (0.24 + i * 0.26);
        if (Math.hypot(x + 0.5 - size / 2, y + 0.5 - cy) <= size * 0.105) color = light;
      });
      pixels.set(color, (y * size + x) * 4);
    }
  }
  return pixels;
}

function insideRoundedSquare(x: number, y: number, size: number, r: number): boolean {
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

if (require.main === module) {
  for (const size of ICON_SIZES) writeFileSync(join(__dirname, "..", "assets", `icon-${size}.png`), encodePng(size, iconPixels(size)));
  process.stdout.write(`Symbole geschrieben: ${ICON_SIZES.map((s) => `icon-${s}.png`).join(", ")}\n`);
}
