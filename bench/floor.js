#!/usr/bin/env node
"use strict";
/**
 * The floor for the paired runs (issue #24): the least any reader of a workbook must do — start Node, read the file,
 * inflate every part of the package once and scan every cell of every worksheet once (counting "<c" start tags).
 * Plain JavaScript with Node's own zlib, no dependencies, so its process costs only that.
 *
 *   node bench/floor.js <workbook.xlsx>      prints "<parts> parts, <bytes> bytes unpacked, <cells> cells"
 */
const { readFileSync } = require("node:fs");
const { inflateRawSync } = require("node:zlib");

const bytes = readFileSync(process.argv[2]);
const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
// End of central directory: the last "PK\x05\x06".
let end = bytes.length - 22;
while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
if (end < 0) throw new Error("no zip");
const entries = view.getUint16(end + 10, true);
let at = view.getUint32(end + 16, true);
let unpacked = 0;
let cells = 0;
for (let i = 0; i < entries; i++) {
  const method = view.getUint16(at + 10, true);
  const compressed = view.getUint32(at + 20, true);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  const local = view.getUint32(at + 42, true);
  const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
  at += 46 + nameLength + extraLength + commentLength;
  const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const raw = bytes.subarray(dataStart, dataStart + compressed);
  const part = method === 8 ? inflateRawSync(raw) : raw;
  unpacked += part.length;
  if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
  // "<c" followed by a space or ">": a cell's start tag (not <col>, <cfRule>, …).
  for (let p = part.indexOf("<c"); p >= 0; p = part.indexOf("<c", p + 2)) {
    const next = part[p + 2];
    if (next === 0x20 || next === 0x3e) cells++;
  }
}
process.stdout.write(`${entries} parts, ${unpacked} bytes unpacked, ${cells} cells\n`);
