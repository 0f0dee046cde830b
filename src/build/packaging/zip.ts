/**
 * A deterministic zip writer: the same files always give the same bytes. Entries are sorted by
 * path, every entry has the same timestamp (1980-01-01 00:00, the earliest a zip can hold) and
 * the same permissions (a regular file, rw-r--r--), and nothing about the machine, the clock or
 * the file system is recorded. Files are deflated (zlib level 9, Node's bundled zlib) unless
 * that would not make them smaller, in which case they are stored. Only what SCORM packages
 * need: no directory entries, no zip64, no comments, no extra fields.
 */
import { deflateRawSync } from 'node:zlib';
import { checkPackagePath, sortPaths } from './xml.js';

/** DOS date of 1980-01-01: (year − 1980) << 9 | month << 5 | day. */
export const zipEntryDosDate = (0 << 9) | (1 << 5) | 1;
/** DOS time 00:00:00. */
export const zipEntryDosTime = 0;
/** Unix mode of every entry: a regular file, rw-r--r--. */
export const zipEntryMode = 0o100644;

const localHeaderSignature = 0x04034b50;
const centralHeaderSignature = 0x02014b50;
const endOfCentralDirectorySignature = 0x06054b50;
/** "Made by" Unix (3), spec version 2.0, so readers take the mode from the external attributes. */
const versionMadeBy = (3 << 8) | 20;
const utf8NameFlag = 1 << 11;
const methodStored = 0;
const methodDeflated = 8;
const maxSize = 0xffffffff;
const maxEntries = 0xffff;

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as zip uses it). */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipInput {
  /** Package path, `/`-separated, relative. */
  readonly path: string;
  readonly data: Uint8Array;
}

/** The zip archive of the given files, sorted by path whatever order they come in. */
export function createZip(files: Iterable<ZipInput> | ReadonlyMap<string, Uint8Array>): Buffer {
  const entries = files instanceof Map ? [...files].map(([path, data]) => ({ path, data })) : [...(files as Iterable<ZipInput>)];
  const byPath = new Map<string, Uint8Array>();
  for (const entry of entries) {
    checkPackagePath(entry.path);
    if (byPath.has(entry.path)) throw new Error(`zip: ${entry.path} is given twice`);
    byPath.set(entry.path, entry.data);
  }
  if (byPath.size > maxEntries) throw new Error(`zip: ${byPath.size} files is more than a zip without zip64 can hold`);

  const localParts: Buffer[] = [];
  const centralParts: Buffer[] = [];
  let offset = 0;
  for (const path of sortPaths(byPath.keys())) {
    const data = byPath.get(path)!;
    const name = Buffer.from(path, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const method = deflated.length < data.length ? methodDeflated : methodStored;
    const stored = method === methodDeflated ? deflated : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (data.length > maxSize || stored.length > maxSize) throw new Error(`zip: ${path} is too large for a zip without zip64`);
    const versionNeeded = method === methodDeflated ? 20 : 10;
    const flags = /[^\x20-\x7e]/.test(path) ? utf8NameFlag : 0;
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(localHeaderSignature, 0);
    local.writeUInt16LE(versionNeeded, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(zipEntryDosTime, 10);
    local.writeUInt16LE(zipEntryDosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(centralHeaderSignature, 0);
    central.writeUInt16LE(versionMadeBy, 4);
    central.writeUInt16LE(versionNeeded, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(zipEntryDosTime, 12);
    central.writeUInt16LE(zipEntryDosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra field length
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt16LE(0, 34); // disk number
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((zipEntryMode << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);

    localParts.push(local, name, stored);
    centralParts.push(central, name);
    offset += local.length + name.length + stored.length;
    if (offset > maxSize) throw new Error('zip: the archive is too large for a zip without zip64');
  }

  const centralSize = centralParts.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(endOfCentralDirectorySignature, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk with the central directory
  end.writeUInt16LE(byPath.size, 8);
  end.writeUInt16LE(byPath.size, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // comment length
  return Buffer.concat([...localParts, ...centralParts, end]);
}
