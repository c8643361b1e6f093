import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { systemUnzipTest } from '../reports/exports/zip-check.test-support.js';
import { ZipWriter } from './zip-stream.js';

/** A reader slower than the writer, with a small buffer; records the most it ever held. */
function slowSink(highWaterMark = 16 * 1024) {
  const chunks: Buffer[] = [];
  let peak = 0;
  const sink = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      setImmediate(cb);
    },
  });
  const origWrite = sink.write.bind(sink);
  sink.write = ((chunk: Buffer, ...rest: never[]) => {
    const ok = origWrite(chunk, ...rest);
    peak = Math.max(peak, sink.writableLength);
    return ok;
  }) as typeof sink.write;
  return { sink, bytes: () => Buffer.concat(chunks), peak: () => peak };
}

/** ~3 MB of text that compresses like a sheet, with some incompressible bytes in it. */
function sheetLike(): string {
  const parts: string[] = [];
  for (let i = 0; i < 40_000; i++) {
    parts.push(`<row r="${i}"><c r="A${i}"><v>${i}</v></c><c><is><t>Nguyễn Văn Ánh ${i % 97}</t>`);
    if (i % 5000 === 0) parts.push(randomBytes(3000).toString('base64'));
  }
  return parts.join('');
}

describe(ZipWriter.name, () => {
  it('writes small and streamed entries that two readers accept', async () => {
    const { sink, bytes, peak } = slowSink();
    const zip = new ZipWriter(sink, { modified: new Date('2025-03-30T09:15:42Z') });
    await zip.addFile('a.txt', 'xin chào');
    await zip.addFile('empty.bin', Buffer.alloc(0));
    const big = sheetLike();
    const entry = await zip.openEntry('thư mục/bảng tính.xml');
    // Uneven pieces: some smaller than a chunk, one much larger.
    let at = 0;
    for (const size of [10, 70_000, 1, 500_000, 33_000]) {
      await entry.write(big.slice(at, at + size));
      at += size;
    }
    while (at < big.length) {
      await entry.write(Buffer.from(big.slice(at, at + 20_000)));
      at += 20_000;
    }
    await entry.end();
    await zip.addFile('after.xml', '<x/>');
    await zip.finish();
    expect(sink.writableFinished).toBe(true);
    // Backpressure: the sink never held more than its buffer plus one compressed piece
    // (≤ 512 KB of input), far less than the archive.
    expect(peak()).toBeLessThan(16 * 1024 + 520 * 1024);
    expect(bytes().length).toBeGreaterThan(4 * peak());

    const buf = bytes();
    const jszip = await JSZip.loadAsync(buf);
    expect(Object.keys(jszip.files).sort()).toEqual(
      ['a.txt', 'after.xml', 'empty.bin', 'thư mục/bảng tính.xml'].sort(),
    );
    expect(await jszip.file('a.txt')!.async('string')).toBe('xin chào');
    expect(await jszip.file('empty.bin')!.async('string')).toBe('');
    expect(await jszip.file('thư mục/bảng tính.xml')!.async('string')).toBe(big);
    expect(await jszip.file('after.xml')!.async('string')).toBe('<x/>');
    expect(jszip.file('a.txt')!.date.toISOString()).toMatch(/^2025-03-30T\d\d:15:42/);

    const report = systemUnzipTest(buf);
    if (report !== null) expect(report).toMatch(/No errors detected/);
  });

  it('gets the CRC right when the data ends on a piece boundary', async () => {
    const { sink, bytes } = slowSink();
    const zip = new ZipWriter(sink);
    const data = Buffer.alloc(128 * 1024, 'xin chào ');
    const entry = await zip.openEntry('exact.txt');
    await entry.write(data); // compressed at once: nothing is left for end()
    await entry.end();
    await zip.finish();
    const jszip = await JSZip.loadAsync(bytes(), { checkCRC32: true });
    expect((await jszip.file('exact.txt')!.async('nodebuffer')).equals(data)).toBe(true);
    const report = systemUnzipTest(bytes());
    if (report !== null) expect(report).toMatch(/No errors detected/);
  });

  it('rejects, instead of hanging, when the destination fails midway', async () => {
    let written = 0;
    const sink = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, cb) {
        written += chunk.length;
        // Fails after some data, while the writer is waiting for 'drain'.
        setImmediate(() => cb(written > 100_000 ? new Error('disk full') : null));
      },
    });
    const zip = new ZipWriter(sink);
    const entry = await zip.openEntry('big.bin');
    const write = async () => {
      for (let i = 0; i < 1000; i++) await entry.write(randomBytes(64 * 1024));
    };
    await expect(write()).rejects.toThrow('disk full');
    await expect(entry.end()).rejects.toThrow('disk full');
  });

  it('rejects when the destination is destroyed while it waits', async () => {
    const { sink } = slowSink(1024);
    const zip = new ZipWriter(sink);
    const entry = await zip.openEntry('big.bin');
    setTimeout(() => sink.destroy(), 20);
    const write = async () => {
      for (;;) await entry.write(randomBytes(64 * 1024));
    };
    await expect(write()).rejects.toThrow(/closed/);
    await expect(zip.addFile('x', 'y')).rejects.toThrow();
  });

  it('keeps the API honest: one open entry, unique names, nothing after finish', async () => {
    const { sink } = slowSink();
    const zip = new ZipWriter(sink);
    const entry = await zip.openEntry('a');
    await expect(zip.addFile('b', 'x')).rejects.toThrow('still open');
    const first = entry.write(randomBytes(256 * 1024)); // waits for the slow sink
    await expect(entry.write('too soon')).rejects.toThrow('previous write');
    await first;
    await entry.end();
    await expect(entry.write('more')).rejects.toThrow('already ended');
    await expect(zip.addFile('a', 'x')).rejects.toThrow('duplicate');
    await zip.finish();
    await expect(zip.addFile('c', 'x')).rejects.toThrow('finished');
  });
});
