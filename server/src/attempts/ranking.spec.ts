import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocatePrizes,
  compareEntries,
  computeActual,
  countedBetterSql,
  countedOrderSql,
  rankingOrderSql,
  rankEntries,
  type RankedEntry,
  type RankingOptions,
} from './ranking.js';

const entry = (userId: string, over: Partial<RankedEntry> = {}): RankedEntry => ({
  userId,
  track: 'staff',
  correctCount: 15,
  durationMs: 300_000,
  submittedAt: Date.parse('2025-03-10T09:00:00Z'),
  prediction: 100,
  attemptsUsed: 1,
  ...over,
});
const final: RankingOptions = { actual: 120, multipleAttempts: true };
const order = (entries: RankedEntry[], opts = final) =>
  rankEntries(entries, opts).map((e) => e.userId);

describe(compareEntries.name, () => {
  it('(1) more correct answers rank first, whatever the other rules say', () => {
    expect(
      order([entry('a', { correctCount: 14, prediction: 120, durationMs: 1 }), entry('b')]),
    ).toEqual(['b', 'a']);
  });
  it('(2) then the smaller prediction error, above or below the actual value', () => {
    expect(
      order([
        entry('a', { prediction: 100 }),
        entry('b', { prediction: 130 }),
        entry('c', { prediction: 119 }),
      ]),
    ).toEqual(['c', 'b', 'a']);
  });
  it('(2) a missing prediction ranks after every prediction', () => {
    expect(
      order([
        entry('a', { prediction: null, durationMs: 1 }),
        entry('b', { prediction: 1_000_000 }),
      ]),
    ).toEqual(['b', 'a']);
  });
  it('(2) is skipped while the round is open (actual not yet frozen)', () => {
    const live = { actual: null, multipleAttempts: false };
    expect(
      order(
        [
          entry('a', { prediction: 120, durationMs: 2 }),
          entry('b', { prediction: 0, durationMs: 1 }),
        ],
        live,
      ),
    ).toEqual(['b', 'a']);
  });
  it('(3) then the shorter duration, to the millisecond', () => {
    expect(
      order([entry('a', { durationMs: 300_001 }), entry('b', { durationMs: 300_000 })]),
    ).toEqual(['b', 'a']);
  });
  it('(4) then the earlier submission', () => {
    const t = Date.parse('2025-03-10T09:00:00Z');
    expect(order([entry('a', { submittedAt: t + 1 }), entry('b', { submittedAt: t })])).toEqual([
      'b',
      'a',
    ]);
  });
  it('(5) then fewer attempts, only when several attempts are allowed', () => {
    expect(order([entry('a', { attemptsUsed: 3 }), entry('b', { attemptsUsed: 2 })])).toEqual([
      'b',
      'a',
    ]);
    const single = { actual: 120, multipleAttempts: false };
    const ranked = rankEntries(
      [entry('a', { attemptsUsed: 3 }), entry('b', { attemptsUsed: 2 })],
      single,
    );
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });
  it('gives a true tie the same rank and skips the next (1, 1, 3)', () => {
    const ranked = rankEntries(
      [entry('b'), entry('a'), entry('c', { durationMs: 300_500 })],
      final,
    );
    expect(ranked.map((r) => [r.userId, r.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
  });
});

const arbEntry = fc.record({
  userId: fc.uuid(),
  track: fc.constant('staff'),
  correctCount: fc.integer({ min: 0, max: 3 }),
  durationMs: fc.integer({ min: 1, max: 5 }),
  submittedAt: fc.integer({ min: 0, max: 3 }),
  prediction: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  attemptsUsed: fc.integer({ min: 1, max: 2 }),
});
const arbOpts = fc.record({
  actual: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  multipleAttempts: fc.boolean(),
});

describe(rankEntries.name, () => {
  it('never depends on the input order (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbEntry, { selector: (e) => e.userId, maxLength: 40 }),
        arbOpts,
        fc.nat(),
        (entries, opts, seed) => {
          const shuffled = fc.sample(
            fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }),
            { numRuns: 1, seed },
          )[0]!;
          expect(rankEntries(shuffled, opts)).toEqual(rankEntries(entries, opts));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('orders every adjacent pair by the rules and ranks agree with the order (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbEntry, { selector: (e) => e.userId, maxLength: 40 }),
        arbOpts,
        (entries, opts) => {
          const ranked = rankEntries(entries, opts);
          for (let i = 1; i < ranked.length; i++) {
            const c = compareEntries(ranked[i - 1]!, ranked[i]!, opts);
            expect(c).toBeLessThanOrEqual(0);
            expect(ranked[i]!.rank).toBe(c === 0 ? ranked[i - 1]!.rank : i + 1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe(rankingOrderSql.name, () => {
  // Agreement with compareEntries on random entries is proven against PostgreSQL in
  // tests/e2e/rule-agreement.spec.ts; these pin which steps apply when.
  it('leaves out step (2) until actual is frozen and step (5) for a single attempt', () => {
    expect(rankingOrderSql('e', { actual: null, multipleAttempts: false })).toBe(
      'e.correct_count DESC, e.duration_ms ASC, e.submitted_at ASC',
    );
    expect(rankingOrderSql('x', { actual: 120, multipleAttempts: true })).toBe(
      'x.correct_count DESC, abs(x.prediction::bigint - 120) ASC NULLS LAST, x.duration_ms ASC, ' +
        'x.submitted_at ASC, x.attempts_used ASC',
    );
  });
  it('refuses an actual value that is not an integer (it is written into the SQL)', () => {
    expect(() => rankingOrderSql('e', { actual: 1.5, multipleAttempts: false })).toThrow();
  });
});

describe(countedBetterSql.name, () => {
  it('counts the most correct, then the shortest, then the earliest attempt', () => {
    expect(countedBetterSql('b', 'e')).toBe(
      '(b.correct_count > e.correct_count OR (b.correct_count = e.correct_count AND ' +
        '(b.duration_ms < e.duration_ms OR (b.duration_ms = e.duration_ms AND ' +
        'b.submitted_at < e.submitted_at))))',
    );
  });
});

describe(countedOrderSql.name, () => {
  it('orders attempts as the counted rule does: most correct, then shortest, then earliest', () => {
    // the first row in this order is the attempt countedBetterSql would have kept
    expect(countedOrderSql('a')).toBe(
      'a.correct_count DESC, a.duration_ms ASC, a.submitted_at ASC',
    );
  });
});

describe(computeActual.name, () => {
  it('counts perfect entries or all entries', () => {
    const e = [
      { correctCount: 15, total: 15 },
      { correctCount: 14, total: 15 },
      { correctCount: 20, total: 20 },
    ];
    expect(computeActual(e, 'perfect_count')).toBe(2);
    expect(computeActual(e, 'participant_count')).toBe(3);
  });
});

describe(allocatePrizes.name, () => {
  const table = [
    { rank: 'Nhất', count: 1 },
    { rank: 'Nhì', count: 1 },
    { rank: 'Khuyến khích', count: 2 },
  ];
  it('hands out the table in ranking order', () => {
    const ranked = ['a', 'b', 'c', 'd', 'e'].map((userId, i) => ({ userId, rank: i + 1 }));
    expect(allocatePrizes(ranked, table).map((a) => `${a.prize}:${a.userId}`)).toEqual([
      'Nhất:a',
      'Nhì:b',
      'Khuyến khích:c',
      'Khuyến khích:d',
    ]);
  });
  it('gives a tie on the last place of a tier the same prize, and skips people already awarded', () => {
    const ranked = [
      { userId: 'a', rank: 1 },
      { userId: 'b', rank: 2 },
      { userId: 'c', rank: 2 },
      { userId: 'd', rank: 4 },
      { userId: 'e', rank: 5 },
    ];
    expect(
      allocatePrizes(ranked, table, new Set(['a'])).map((a) => `${a.prize}:${a.userId}`),
    ).toEqual(['Nhất:b', 'Nhất:c', 'Nhì:d', 'Khuyến khích:e']);
  });
});
