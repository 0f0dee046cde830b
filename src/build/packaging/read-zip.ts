/**
 * A small zip reader, enough to check the packages this build writes: it reads the central
 * directory, each local header, inflates deflated entries and checks sizes and CRC-32. It
 * refuses anything {@link createZip} would not write (zip64, encryption, data descriptors,
 * multi-disk archives), so a test that reads a package back also checks its shape.
 */
import { inflateRawSync } from 'node:zlib';
import { crc32 } from './zip.js';

export interface ZipEntry {
  readonly path: string;
  readonly data: Buffer;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly flags: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly versionMadeBy: number;
  readonly externalAttributes: number;
  /** Byte offset of the entry's local header. */
  readonly offset: number;
}

/** The entries of a zip archive, in central-directory order. Throws on anything malformed. */
export function readZip(zip: Uint8Array): ZipEntry[] {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const endOffset = buffer.length - 22;
  if (endOffset < 0 || buffer.readUInt32LE(endOffset) !== 0x06054b50) {
    throw new Error('zip: no end-of-central-directory record at the end (or the archive has a comment)');
  }
  if (buffer.readUInt16LE(endOffset + 4) !== 0 || buffer.readUInt16LE(endOffset + 6) !== 0) throw new Error('zip: multi-disk archive');
  const count = buffer.readUInt16LE(endOffset + 10);
  if (buffer.readUInt16LE(endOffset + 8) !== count) throw new Error('zip: entry counts disagree');
  const centralSize = buffer.readUInt32LE(endOffset + 12);
  const centralOffset = buffer.readUInt32LE(endOffset + 16);
  if (centralOffset + centralSize !== endOffset) throw new Error('zip: the central directory does not end where the end record starts');

  const entries: ZipEntry[] = [];
  let at = centralOffset;
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip: bad central header signature at ${at}`);
    const versionMadeBy = buffer.readUInt16LE(at + 4);
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const dosTime = buffer.readUInt16LE(at + 12);
    const dosDate = buffer.readUInt16LE(at + 14);
    const crc = buffer.readUInt32LE(at + 16);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const externalAttributes = buffer.readUInt32LE(at + 38);
    const offset = buffer.readUInt32LE(at + 42);
    const path = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & ~(1 << 11)) throw new Error(`zip: ${path} uses flags ${flags.toString(16)} (encryption or data descriptors)`);

    if (buffer.readUInt32LE(offset) !== 0x04034b50) throw new Error(`zip: bad local header signature for ${path}`);
    const localName = buffer.toString('utf8', offset + 30, offset + 30 + buffer.readUInt16LE(offset + 26));
    if (localName !== path) throw new Error(`zip: local name ${localName} differs from central name ${path}`);
    if (
      buffer.readUInt16LE(offset + 6) !== flags ||
      buffer.readUInt16LE(offset + 8) !== method ||
      buffer.readUInt32LE(offset + 14) !== crc ||
      buffer.readUInt32LE(offset + 18) !== compressedSize ||
      buffer.readUInt32LE(offset + 22) !== size
    ) {
      throw new Error(`zip: local and central headers of ${path} disagree`);
    }
    const dataStart = offset + 30 + buffer.readUInt16LE(offset + 26) + buffer.readUInt16LE(offset + 28);
    const raw = buffer.subarray(dataStart, dataStart + compressedSize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw);
    else throw new Error(`zip: ${path} uses compression method ${method}`);
    if (data.length !== size) throw new Error(`zip: ${path} inflates to ${data.length} bytes, not ${size}`);
    if (crc32(data) !== crc) throw new Error(`zip: CRC-32 mismatch for ${path}`);
    entries.push({ path, data, method, crc32: crc, compressedSize, flags, dosTime, dosDate, versionMadeBy, externalAttributes, offset });
  }
  if (at !== endOffset) throw new Error('zip: the central directory has trailing bytes');
  return entries;
}
