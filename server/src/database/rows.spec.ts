import { describe, expect, it } from 'vitest';
import { firstRow, mapRows, read, RowShapeError } from './rows.js';

describe('row readers', () => {
  it('read the shapes the driver and row_to_json give', () => {
    const row = {
      id: 'a',
      n: 3,
      big: '12',
      at: new Date('2026-01-01T00:00:00Z'),
      iso: '2026-01-01T00:00:00.000Z',
      none: null,
      ok: true,
      track: 'staff',
    };
    expect(read.str(row, 'id')).toBe('a');
    expect(read.int(row, 'n')).toBe(3);
    expect(read.int(row, 'big')).toBe(12);
    expect(read.date(row, 'iso').getTime()).toBe(read.date(row, 'at').getTime());
    expect(read.intOrNull(row, 'none')).toBeNull();
    expect(read.bool(row, 'ok')).toBe(true);
    expect(read.strs({ ids: ['a', 'b'] }, 'ids')).toEqual(['a', 'b']);
    expect(read.oneOf(row, 'track', ['staff', 'citizen'])).toBe('staff');
  });

  it('throw on a field the SQL did not promise', () => {
    const row = { id: 1, n: 'x', missing: undefined, track: 'other' };
    expect(() => read.str(row, 'id')).toThrow(RowShapeError);
    expect(() => read.int(row, 'n')).toThrow(/n should be an integer/);
    expect(() => read.strs({ ids: ['a', 1] }, 'ids')).toThrow(RowShapeError);
    expect(() => read.date(row, 'missing')).toThrow(RowShapeError);
    expect(() => read.intOrNull(row, 'gone')).toThrow(RowShapeError);
    expect(() => read.oneOf(row, 'track', ['staff', 'citizen'])).toThrow(/staff\|citizen/);
  });

  it('map a result, or its first row', () => {
    const map = (r: Record<string, unknown>) => read.int(r, 'n');
    expect(mapRows([{ n: 1 }, { n: 2 }], map)).toEqual([1, 2]);
    expect(firstRow([], map)).toBeNull();
    expect(() => mapRows({ n: 1 }, map)).toThrow(RowShapeError);
  });
});
