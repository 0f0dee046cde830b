import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { readZip } from '../../src/build/packaging/read-zip.js';
import { crc32, createZip, zipEntryDosDate, zipEntryDosTime, zipEntryMode } from '../../src/build/packaging/zip.js';

const text = (value: string) => Buffer.from(value, 'utf8');

const files = new Map<string, Uint8Array>([
  ['index.html', text('<!doctype html>\n<title>Leading Innovation</title>\n'.repeat(20))],
  ['assets/course-abc.js', text('export const answer = 42;\n'.repeat(200))],
  ['imsmanifest.xml', text('<?xml version="1.0"?><manifest/>')],
  ['a.txt', text('A')],
  ['empty.txt', new Uint8Array(0)],
  ['assets/noise.bin', randomBytes(4096)],
  ['assets/café.txt', text('unicode name')],
]);

describe('crc32', () => {
  it('matches the standard check values', () => {
    assert.equal(crc32(new Uint8Array(0)), 0);
    assert.equal(crc32(text('123456789')), 0xcbf43926);
    assert.equal(crc32(text('The quick brown fox jumps over the lazy dog')), 0x414fa339);
  });
});

describe('createZip', () => {
  const zip = createZip(files);

  it('gives the same bytes for the same files, in any order', () => {
    const reversed = [...files].reverse().map(([path, data]) => ({ path, data }));
    assert.ok(createZip(reversed).equals(zip));
    assert.ok(createZip(new Map(files)).equals(zip));
    const copied = new Map([...files].map(([path, data]) => [path, Uint8Array.from(data)]));
    assert.ok(createZip(copied).equals(zip));
  });

  it('writes stored-only archives byte for byte as expected (golden hash)', () => {
    // One-byte files are never smaller deflated, so this archive depends on no zlib version.
    // The hash is also what Python's zipfile writes for the same two files given the same
    // date (1980-01-01), mode (0o100644), create_system 3, create_version 20, extract_version 10.
    const tiny = createZip(new Map([['b.txt', text('B')], ['a.txt', text('A')]]));
    assert.equal(tiny.length, 2 * (30 + 5 + 1) + 2 * (46 + 5) + 22);
    assert.equal(createHash('sha256').update(tiny).digest('hex'), '292ae3f2f7c21e709f57a80019d9557a8c33451b4b2c765095e3725e95de7185');
    // Local header of a.txt, field by field (APPNOTE 4.3.7).
    assert.equal(tiny.readUInt32LE(0), 0x04034b50);
    assert.equal(tiny.readUInt16LE(4), 10); // version needed: stored
    assert.equal(tiny.readUInt16LE(6), 0); // flags
    assert.equal(tiny.readUInt16LE(8), 0); // method: stored
    assert.equal(tiny.readUInt16LE(10), 0); // 00:00:00
    assert.equal(tiny.readUInt16LE(12), 0x21); // 1980-01-01
    assert.equal(tiny.readUInt32LE(14), crc32(text('A')));
    assert.equal(tiny.toString('utf8', 30, 35), 'a.txt');
    assert.equal(tiny.toString('utf8', 35, 36), 'A');
  });

  it('sorts entries by path', () => {
    const paths = readZip(zip).map((entry) => entry.path);
    assert.deepEqual(paths, ['a.txt', 'assets/café.txt', 'assets/course-abc.js', 'assets/noise.bin', 'empty.txt', 'imsmanifest.xml', 'index.html']);
    assert.deepEqual(paths, [...paths].sort());
  });

  it('reads back to the same files, with matching CRC-32s', () => {
    const entries = readZip(zip);
    assert.equal(entries.length, files.size);
    for (const entry of entries) {
      const original = files.get(entry.path);
      assert.ok(original, entry.path);
      assert.ok(entry.data.equals(original), entry.path);
      assert.equal(entry.crc32, crc32(original), entry.path);
    }
  });

  it('inflates with plain node:zlib, independent of the reader', () => {
    // Walk the local headers directly: signature, sizes, then inflateRaw the data.
    let offset = 0;
    let count = 0;
    while (zip.readUInt32LE(offset) === 0x04034b50) {
      const method = zip.readUInt16LE(offset + 8);
      const crc = zip.readUInt32LE(offset + 14);
      const compressedSize = zip.readUInt32LE(offset + 18);
      const size = zip.readUInt32LE(offset + 22);
      const nameLength = zip.readUInt16LE(offset + 26);
      const name = zip.toString('utf8', offset + 30, offset + 30 + nameLength);
      const start = offset + 30 + nameLength + zip.readUInt16LE(offset + 28);
      const raw = zip.subarray(start, start + compressedSize);
      const data = method === 8 ? inflateRawSync(raw) : raw;
      assert.equal(data.length, size, name);
      assert.equal(crc32(data), crc, name);
      assert.ok(Buffer.from(files.get(name)!).equals(data), name);
      offset = start + compressedSize;
      count++;
    }
    assert.equal(count, files.size);
  });

  it('deflates what compresses and stores what does not', () => {
    const methods = Object.fromEntries(readZip(zip).map((entry) => [entry.path, entry.method]));
    assert.equal(methods['assets/course-abc.js'], 8);
    assert.equal(methods['index.html'], 8);
    assert.equal(methods['assets/noise.bin'], 0);
    assert.equal(methods['a.txt'], 0);
    assert.equal(methods['empty.txt'], 0);
  });

  it('gives every entry the same timestamp and permissions, and no directory entries', () => {
    for (const entry of readZip(zip)) {
      assert.equal(entry.dosDate, zipEntryDosDate);
      assert.equal(entry.dosTime, zipEntryDosTime);
      assert.equal(entry.dosDate, (1 << 5) | 1, '1980-01-01');
      assert.equal(entry.externalAttributes >>> 16, zipEntryMode);
      assert.equal(entry.externalAttributes >>> 16, 0o100644);
      assert.equal(entry.versionMadeBy >> 8, 3, 'made by Unix');
      assert.ok(!entry.path.endsWith('/'));
    }
  });

  it('marks non-ASCII names as UTF-8', () => {
    const flags = Object.fromEntries(readZip(zip).map((entry) => [entry.path, entry.flags]));
    assert.equal(flags['assets/café.txt'], 1 << 11);
    assert.equal(flags['index.html'], 0);
  });

  it('writes an empty archive as just the end record', () => {
    const empty = createZip([]);
    assert.equal(empty.length, 22);
    assert.deepEqual(readZip(empty), []);
  });

  it('refuses duplicate and unsafe paths', () => {
    assert.throws(() => createZip([{ path: 'a.txt', data: text('1') }, { path: 'a.txt', data: text('2') }]), /given twice/);
    for (const bad of ['../evil.txt', '/abs.txt', 'a\\b.txt', 'dir/', '']) {
      assert.throws(() => createZip([{ path: bad, data: text('x') }]), /not a relative package path/, bad);
    }
  });

  it('is refused by the reader when corrupted', () => {
    const corrupt = Buffer.from(zip);
    const entry = readZip(zip).find((candidate) => candidate.path === 'a.txt')!;
    const at = entry.offset + 30 + 'a.txt'.length; // the stored byte
    corrupt.writeUInt8(corrupt.readUInt8(at) ^ 0xff, at);
    assert.throws(() => readZip(corrupt), /CRC-32 mismatch for a\.txt/);
    assert.throws(() => readZip(zip.subarray(0, zip.length - 1)), /end-of-central-directory/);
  });
});
