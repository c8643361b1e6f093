import { Writable } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { buildSpreadsheet } from './spreadsheet.js';
import { checkArchive, type ArchiveLimits } from './zip-reader.js';
import { ZipWriter } from './zip-stream.js';

const MB = 1024 * 1024;
const LIMITS: ArchiveLimits = { maxInflatedBytes: 4 * MB, maxEntries: 20, maxEntryBytes: 2 * MB };

interface RawEntry {
  name: string;
  data: Buffer;
  method?: number;
  flags?: number;
  /** Written in the local header instead of the real size. */
  claimedSize?: number;
}

/**
 * A zip written by hand, so it can lie: entries one after another, then a directory that lists
 * `directoryEntries` of them (all by default) and an end record that claims as many.
 */
function handZip(entries: RawEntry[], directoryEntries = entries.length): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(e.data) : e.data;
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.claimedSize ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(crc32(e.data), 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(e.claimedSize ?? e.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(Buffer.concat([dir, name]));
    parts.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const listed = Buffer.concat(central.slice(0, directoryEntries));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(directoryEntries, 8);
  end.writeUInt16LE(directoryEntries, 10);
  end.writeUInt32LE(listed.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, listed, end]);
}

/** A zip as streaming writers make it: sizes unknown up front, in a data descriptor after. */
async function streamedZip(entries: { name: string; data: Buffer }[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _e, cb) {
      chunks.push(chunk);
      cb();
    },
  });
  const zip = new ZipWriter(out, { level: 6 });
  for (const e of entries) {
    const entry = await zip.openEntry(e.name);
    await entry.write(e.data);
    await entry.end();
  }
  await zip.finish();
  return Buffer.concat(chunks);
}

async function entriesOf(buf: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buf);
  const out: Record<string, string> = {};
  for (const f of Object.values(zip.files)) out[f.name] = await f.async('base64');
  return out;
}

async function refusal(p: Promise<unknown>): Promise<{ code: string; params: unknown }> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  const { code, params } = e as AppError;
  return { code, params };
}

const zeros = (n: number) => Buffer.alloc(n);

describe(checkArchive.name, () => {
  it('gives back every entry of a real workbook, byte for byte', async () => {
    const original = await buildSpreadsheet({
      sheetName: 'Đơn vị',
      header: ['Mã đơn vị', 'Tên đơn vị'],
      rows: [
        ['SNV', 'Sở Nội vụ'],
        ['UBND-MOLAO', 'Phường Mộ Lao'],
      ],
      format: 'xlsx',
      help: [['Mã đơn vị', 'Viết liền, không dấu']],
    });
    const checked = await checkArchive(original, LIMITS);
    expect(await entriesOf(checked)).toEqual(await entriesOf(original));
  });

  it('reads entries written with a data descriptor (sizes after the data)', async () => {
    const entries = [
      { name: 'a.xml', data: Buffer.from('<a>xin chào</a>'.repeat(5000)) },
      { name: 'empty.xml', data: Buffer.alloc(0) },
      { name: 'b.bin', data: Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251)) },
    ];
    const checked = await checkArchive(await streamedZip(entries), LIMITS);
    expect(await entriesOf(checked)).toEqual(
      Object.fromEntries(entries.map((e) => [e.name, e.data.toString('base64')])),
    );
  });

  it('reads a stored (uncompressed) entry', async () => {
    const data = Buffer.from('stored text');
    const checked = await checkArchive(handZip([{ name: 's.txt', data, method: 0 }]), LIMITS);
    expect(await entriesOf(checked)).toEqual({ 's.txt': data.toString('base64') });
  });

  it('inflates what a directory that claims 0 entries hides, and stops at the cap', async () => {
    const bomb = handZip([{ name: 'xl/sharedStrings.xml', data: zeros(8 * MB) }], 0);
    expect(await refusal(checkArchive(bomb, { ...LIMITS, maxEntryBytes: 16 * MB }))).toEqual({
      code: 'archive_too_large',
      params: { maxMb: 4, maxEntries: 20, maxEntryMb: 16 },
    });
  });

  it('parses only what was checked: a hidden entry is in the copy, an honest directory lists it', async () => {
    const hidden = handZip([{ name: 'a.txt', data: Buffer.from('hidden') }], 0);
    expect(await JSZip.loadAsync(hidden).then((z) => Object.keys(z.files))).toEqual([]);
    expect(await entriesOf(await checkArchive(hidden, LIMITS))).toEqual({
      'a.txt': Buffer.from('hidden').toString('base64'),
    });
  });

  it('does not believe a header that claims a small size', async () => {
    const lying = handZip([{ name: 'a.xml', data: zeros(3 * MB), claimedSize: 100 }]);
    expect((await refusal(checkArchive(lying, LIMITS))).code).toBe('archive_too_large');
  });

  it('refuses sizes that do not match the data, even under the caps', async () => {
    const lying = handZip([{ name: 'a.xml', data: zeros(1000), claimedSize: 100 }]);
    expect((await refusal(checkArchive(lying, LIMITS))).code).toBe('file_invalid');
  });

  it('caps one entry on its own', async () => {
    const bomb = handZip([{ name: 'a.xml', data: zeros(2 * MB + 1) }]);
    expect((await refusal(checkArchive(bomb, LIMITS))).code).toBe('archive_too_large');
    const fits = handZip([{ name: 'a.xml', data: zeros(2 * MB) }]);
    await expect(checkArchive(fits, LIMITS)).resolves.toBeInstanceOf(Buffer);
  });

  it('caps all entries together', async () => {
    const entries = [0, 1, 2].map((i) => ({ name: `${i}.xml`, data: zeros(1.5 * MB) }));
    expect((await refusal(checkArchive(handZip(entries), LIMITS))).code).toBe('archive_too_large');
    await expect(checkArchive(handZip(entries.slice(0, 2)), LIMITS)).resolves.toBeInstanceOf(
      Buffer,
    );
  });

  it('caps the number of entries, whatever the directory says', async () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `${i}.txt`, data: Buffer.from('x') }));
    expect((await refusal(checkArchive(handZip(many(21), 1), LIMITS))).code).toBe(
      'archive_too_large',
    );
    await expect(checkArchive(handZip(many(20)), LIMITS)).resolves.toBeInstanceOf(Buffer);
  });

  it('caps a bomb behind a data descriptor (no sizes in its header)', async () => {
    const bomb = await streamedZip([{ name: 'xl/sharedStrings.xml', data: zeros(3 * MB) }]);
    expect((await refusal(checkArchive(bomb, LIMITS))).code).toBe('archive_too_large');
  });

  it.each([
    ['not a zip at all', () => Buffer.from('PK\u0003\u0004 this is not really a workbook')],
    ['an empty archive', () => handZip([])],
    ['an encrypted entry', () => handZip([{ name: 'a', data: Buffer.from('x'), flags: 1 }])],
    ['an unknown method', () => handZip([{ name: 'a', data: Buffer.from('x'), method: 12 }])],
    [
      'a stored entry of unknown size',
      () => handZip([{ name: 'a', data: Buffer.from('x'), method: 0, flags: 8 }]),
    ],
    [
      'the same name twice',
      () =>
        handZip([
          { name: 'a', data: Buffer.from('x') },
          { name: 'a', data: Buffer.from('y') },
        ]),
    ],
    [
      'a truncated entry',
      () => handZip([{ name: 'a', data: Buffer.from('xin chào '.repeat(100)) }]).subarray(0, 45),
    ],
  ])('refuses %s as file_invalid', async (_what, build) => {
    expect((await refusal(checkArchive(build(), LIMITS))).code).toBe('file_invalid');
  });
});
