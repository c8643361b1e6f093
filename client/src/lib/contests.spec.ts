import { describe, expect, it } from 'vitest';
import {
  blueprintOf,
  blueprintTotal,
  defaultRoundWindow,
  formatDurationMs,
  fromVnLocalInput,
  nextRound,
  parseExcludedLines,
  parseRulesText,
  prizeTotal,
  toVnLocalInput,
  viOrdinal,
} from './contests';

describe('defaultRoundWindow', () => {
  it('opens the next Monday 00:00 and closes Sunday 23:59:59, Vietnam time', () => {
    // Wednesday 29/10/2025 10:00 in Vietnam
    const window = defaultRoundWindow(new Date('2025-10-29T10:00:00+07:00'));
    expect(window).toEqual({ opensAt: '2025-11-03T00:00:00', closesAt: '2025-11-09T23:59:59' });
  });

  it('counts the day in Vietnam, not in UTC (Sunday 23:30 UTC is already Monday in Hà Nội)', () => {
    const window = defaultRoundWindow(new Date('2025-11-02T23:30:00Z')); // Mon 06:30 +07
    expect(window.opensAt).toBe('2025-11-10T00:00:00');
  });

  it('follows on from the previous round when it closes later than now', () => {
    const window = defaultRoundWindow(
      new Date('2025-10-29T10:00:00+07:00'),
      '2025-11-09T23:59:59+07:00',
    );
    expect(window).toEqual({ opensAt: '2025-11-10T00:00:00', closesAt: '2025-11-16T23:59:59' });
  });

  it('crosses month and year ends', () => {
    expect(defaultRoundWindow(new Date('2025-12-31T12:00:00+07:00'))).toEqual({
      opensAt: '2026-01-05T00:00:00',
      closesAt: '2026-01-11T23:59:59',
    });
  });
});

describe('Vietnam time in datetime-local fields', () => {
  it('sends what the organiser typed with the +07:00 offset', () => {
    expect(fromVnLocalInput('2025-11-03T00:00')).toBe('2025-11-03T00:00:00+07:00');
    expect(fromVnLocalInput('2025-11-09T23:59:59')).toBe('2025-11-09T23:59:59+07:00');
  });

  it('refuses empty, malformed and impossible dates', () => {
    expect(fromVnLocalInput('')).toBeNull();
    expect(fromVnLocalInput('03/11/2025 00:00')).toBeNull();
    expect(fromVnLocalInput('2025-02-30T00:00')).toBeNull();
  });

  it('shows a stored instant as Vietnam wall-clock time', () => {
    expect(toVnLocalInput('2025-11-02T17:00:00.000Z')).toBe('2025-11-03T00:00:00');
    expect(fromVnLocalInput(toVnLocalInput('2025-11-09T16:59:59.000Z'))).toBe(
      '2025-11-09T23:59:59+07:00',
    );
  });
});

describe('blueprint helpers', () => {
  it('totals the whole, positive counts', () => {
    expect(
      blueprintTotal([
        { area: 'the_che', difficulty: null, count: 10 },
        { area: 'chinh_quyen_so', difficulty: 2, count: '5' },
        { area: null, difficulty: null, count: -3 },
      ]),
    ).toBe(15);
  });

  it('builds the request only when every line is complete, dropping an unset difficulty', () => {
    expect(
      blueprintOf([
        { area: 'the_che', difficulty: null, count: 10 },
        { area: 'chinh_quyen_so', difficulty: 3, count: 5 },
      ]),
    ).toEqual([
      { area: 'the_che', count: 10 },
      { area: 'chinh_quyen_so', difficulty: 3, count: 5 },
    ]);
    expect(blueprintOf([{ area: null, difficulty: null, count: 10 }])).toBeNull();
    expect(blueprintOf([{ area: 'the_che', difficulty: null, count: 0 }])).toBeNull();
    expect(blueprintOf([{ area: 'the_che', difficulty: null, count: 1.5 }])).toBeNull();
    expect(blueprintOf([])).toBeNull();
  });
});

describe('prizeTotal', () => {
  it('counts every prize of the default table (1 + 1 + 1 + 5)', () => {
    expect(
      prizeTotal([
        { rank: 'Giải Nhất', count: 1 },
        { rank: 'Giải Nhì', count: 1 },
        { rank: 'Giải Ba', count: 1 },
        { rank: 'Giải Khuyến khích', count: 5 },
      ]),
    ).toBe(8);
  });
});

describe('parseExcludedLines', () => {
  it('reads pasted "Họ tên; CCCD; SĐT; vai trò" lines and spreadsheet tabs', () => {
    const { persons, invalid } = parseExcludedLines(
      'Nguyễn Văn An; 001085012345; 0912 345 678; BTC\nTrần Thị Bình\t\t+84987654321\tngười ra đề\n',
    );
    expect(invalid).toEqual([]);
    expect(persons).toEqual([
      { fullName: 'Nguyễn Văn An', citizenId: '001085012345', phone: '0912345678', role: 'BTC' },
      { fullName: 'Trần Thị Bình', citizenId: '', phone: '0987654321', role: 'người ra đề' },
    ]);
  });

  it('finds the CCCD and phone by shape when a column is left out', () => {
    const { persons } = parseExcludedLines('Lê Văn Cường; 0912345678; giám khảo');
    expect(persons[0]).toEqual({
      fullName: 'Lê Văn Cường',
      citizenId: '',
      phone: '0912345678',
      role: 'giám khảo',
    });
  });

  it('reports lines that cannot be matched (no CCCD, no phone) by line number', () => {
    const { persons, invalid } = parseExcludedLines('Chỉ có tên; kỹ thuật\n\nAn; 001085012345');
    expect(invalid).toEqual([1]);
    expect(persons).toHaveLength(1);
  });
});

describe('parseRulesText', () => {
  it('splits headings, list items and paragraphs', () => {
    const blocks = parseRulesText(
      '# THỂ LỆ\n\nĐơn vị tổ chức: UBND.\n\n# 4. Cách xếp hạng\nNgười dự thi được xếp hạng:\n- (1) Số câu đúng;\n- (2) Dự đoán;\nDòng cuối.',
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'THỂ LỆ' },
      { kind: 'paragraph', text: 'Đơn vị tổ chức: UBND.' },
      { kind: 'heading', text: '4. Cách xếp hạng' },
      { kind: 'paragraph', text: 'Người dự thi được xếp hạng:' },
      { kind: 'list', items: ['(1) Số câu đúng;', '(2) Dự đoán;'] },
      { kind: 'paragraph', text: 'Dòng cuối.' },
    ]);
  });

  it('takes any line ending, deeper headings and bulleted or indented list items', () => {
    expect(parseRulesText('## Giải thưởng\r- Nhất\r\n  • Nhì\nKết thúc.')).toEqual([
      { kind: 'heading', text: 'Giải thưởng' },
      { kind: 'list', items: ['Nhất', 'Nhì'] },
      { kind: 'paragraph', text: 'Kết thúc.' },
    ]);
  });

  it('keeps markup as text (it is never rendered as HTML)', () => {
    expect(parseRulesText('<script>alert(1)</script>')).toEqual([
      { kind: 'paragraph', text: '<script>alert(1)</script>' },
    ]);
  });
});

describe('formatDurationMs', () => {
  it('shows minutes, seconds and milliseconds', () => {
    expect(formatDurationMs(83_456)).toBe('1:23.456');
    expect(formatDurationMs(5_007)).toBe('0:05.007');
    expect(formatDurationMs(null)).toBe('');
  });
});

describe('viOrdinal', () => {
  it('names the first ten weeks in words', () => {
    expect(viOrdinal(1)).toBe('nhất');
    expect(viOrdinal(4)).toBe('tư');
    expect(viOrdinal(12)).toBe('12');
  });
});

describe('nextRound', () => {
  const round = (id: string, phase: string, opensAt: string) =>
    ({ id, phase, opensAt }) as unknown as Parameters<typeof nextRound>[0]['rounds'][number];
  it('prefers the open round, then the earliest upcoming one', () => {
    expect(
      nextRound({
        rounds: [
          round('a', 'finalized', '2025-10-01T00:00:00Z'),
          round('c', 'upcoming', '2025-11-10T00:00:00Z'),
          round('b', 'upcoming', '2025-11-03T00:00:00Z'),
        ],
      })?.id,
    ).toBe('b');
    expect(
      nextRound({
        rounds: [
          round('b', 'upcoming', '2025-11-03T00:00:00Z'),
          round('o', 'open', '2025-10-27T00:00:00Z'),
        ],
      })?.id,
    ).toBe('o');
    expect(nextRound({ rounds: [] })).toBeNull();
  });
});
