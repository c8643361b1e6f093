import { Readable, Writable } from 'node:stream';
import type { Response } from 'express';
import { describe, expect, it } from 'vitest';
import { safeCell, sendFile, unescapeCell } from './spreadsheet.js';

/** Just enough of express's Response: headers, send(), and a writable body. */
class FakeResponse extends Writable {
  headers: Record<string, string> = {};
  chunks: Buffer[] = [];
  setHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
    return this;
  }
  send(body: Buffer) {
    this.chunks.push(body);
    this.end();
    return this;
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void) {
    this.chunks.push(chunk);
    cb();
  }
  body() {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

describe(sendFile.name, () => {
  it.each([
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['csv', 'text/csv; charset=utf-8'],
    ['pdf', 'application/pdf'],
  ] as const)('sends %s with its content type', async (format, type) => {
    const res = new FakeResponse();
    await sendFile(res as unknown as Response, Buffer.from('x'), 'bieu-01_SNV', format);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['content-disposition']).toBe(`attachment; filename=bieu-01_SNV.${format}`);
  });

  it('names a Vietnamese file in UTF-8 with an ASCII fallback', async () => {
    const res = new FakeResponse();
    await sendFile(
      res as unknown as Response,
      Buffer.from('x'),
      'Biểu 01 – Sở Nội vụ.xlsx',
      'xlsx',
    );
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Bieu 01 - So Noi vu.xlsx"; ` +
        `filename*=UTF-8''Bi%E1%BB%83u%2001%20%E2%80%93%20S%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5.xlsx`,
    );
  });

  it('streams a file body', async () => {
    const res = new FakeResponse();
    await sendFile(res as unknown as Response, Readable.from(['a,b\n', '1,2\n']), 'x', 'csv');
    expect(res.body()).toBe('a,b\n1,2\n');
    expect(res.writableFinished).toBe(true);
  });

  it('ends only this transfer when the file fails mid-stream', async () => {
    const res = new FakeResponse();
    const failing = new Readable({
      read() {
        this.destroy(new Error('disk gone'));
      },
    });
    await expect(
      sendFile(res as unknown as Response, failing, 'x', 'csv'),
    ).resolves.toBeUndefined();
    expect(res.destroyed).toBe(true);
  });
});

describe(safeCell.name, () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'])(
    'escapes %j and unescapeCell gives it back',
    (v) => {
      expect(safeCell(v)).toBe(`'${v}`);
      expect(unescapeCell(String(safeCell(v)))).toBe(v);
    },
  );

  it('leaves ordinary text and numbers alone', () => {
    expect(safeCell('Sở Nội vụ')).toBe('Sở Nội vụ');
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(null)).toBe('');
  });
});
