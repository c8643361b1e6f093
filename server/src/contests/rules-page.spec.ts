import { describe, expect, it } from 'vitest';
import { formatViDateTime, generateRules } from './rules-page.js';

const base = {
  title: 'Hội thi trực tuyến tìm hiểu công tác cải cách hành chính năm 2025',
  organizerUnitName: 'UBND xã Phú Thái',
  eligibleUnitNames: ['UBND xã Phú Thái'],
  tracks: ['staff'],
  legalBasis: 'Kế hoạch số 06/KH-UBND',
  prizeTable: [{ rank: 'Giải Nhất', count: 1 }],
  onePrizePerPersonPerContest: false,
  areaNames: new Map([['the_che', 'Cải cách thể chế']]),
  rounds: [
    {
      title: 'Tuần thi thứ nhất',
      opensAt: new Date('2025-11-02T17:00:00Z'),
      closesAt: new Date('2025-11-09T16:59:59Z'),
      durationSec: 900,
      maxAttempts: 1,
      blueprint: [{ area: 'the_che', count: 15 }],
      prediction: {
        enabled: true,
        target: 'perfect_count',
        prompt: 'Có bao nhiêu người đúng hết?',
      },
      reviewAfterClose: true,
    },
  ],
};

describe(generateRules.name, () => {
  it('states the schedule in Vietnam time and the tie-break order, in the order the ranking applies it', () => {
    const text = generateRules(base);
    expect(text).toContain('từ 00:00, 03/11/2025 đến 23:59, 09/11/2025');
    expect(text).toContain('Có bao nhiêu người đúng hết? Kết quả thực tế');
    expect(text).not.toContain('?.');
    const steps = ['(1) Số câu', '(2) Dự đoán', '(3) Thời gian', '(4) Thời điểm'].map((s) =>
      text.indexOf(s),
    );
    expect(steps.every((i) => i > 0)).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(text).not.toContain('(5)');
  });

  it('leaves the prediction step out when the round has none, and adds attempts when several are allowed', () => {
    const text = generateRules({
      ...base,
      rounds: [
        {
          ...base.rounds[0]!,
          maxAttempts: 3,
          prediction: { enabled: false, target: 'perfect_count' },
        },
      ],
    });
    expect(text).not.toContain('(2) Dự đoán');
    expect(text).toContain('(5) Số lượt thi');
  });
});

describe(formatViDateTime.name, () => {
  it('formats in Asia/Ho_Chi_Minh whatever the machine zone', () => {
    expect(formatViDateTime(new Date('2025-12-31T17:30:00Z'))).toBe('00:30, 01/01/2026');
  });
});
