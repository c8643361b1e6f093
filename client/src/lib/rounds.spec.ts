import type { ParticipantRound } from '@cchc/contracts';
import { describe, expect, it } from 'vitest';
import {
  attemptsLeft,
  formatSpan,
  nextOpening,
  spanParts,
  startBlock,
  timeAvailable,
  wrongPositions,
} from './rounds';

const NOW = Date.parse('2025-06-02T15:49:17.000Z'); // 22:49:17 in Vietnam

function round(over: Partial<ParticipantRound> = {}): ParticipantRound {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    contestId: '00000000-0000-4000-8000-000000000002',
    contestTitle: 'Hội thi CCHC 2025',
    title: 'Tuần 1',
    opensAt: '2025-06-01T17:00:00.000Z',
    closesAt: '2025-06-08T16:59:59.000Z',
    durationSec: 900,
    questionCount: 15,
    maxAttempts: 1,
    attemptsUsed: 0,
    openAttemptId: null,
    phase: 'open',
    eligible: true,
    ineligibleReason: null,
    reviewOpen: false,
    bestAttemptId: null,
    predictionEnabled: true,
    ...over,
  };
}

// Vietnamese plural-free messages, as the app's vi messages read.
const vi = (key: string, n: number) =>
  `${n} ${{ days: 'ngày', hours: 'giờ', minutes: 'phút', seconds: 'giây' }[key.split('.').pop()!]}`;

describe('timeAvailable', () => {
  it('gives the full duration while the close is further away', () => {
    expect(timeAvailable(round(), NOW)).toEqual({ ms: 900_000, limitedByClose: false });
  });

  it('gives only the time to the close when the round closes first (the server deadline rule)', () => {
    const closesAt = new Date(NOW + 223_000).toISOString(); // 3 min 43 s
    expect(timeAvailable(round({ closesAt }), NOW)).toEqual({ ms: 223_000, limitedByClose: true });
    expect(timeAvailable(round({ closesAt }), NOW + 223_000).ms).toBe(0);
    expect(timeAvailable(round({ closesAt }), NOW + 300_000).ms).toBe(0);
  });
});

describe('startBlock', () => {
  it('lets an eligible person with attempts left start an open round', () => {
    expect(startBlock(round(), NOW)).toBeNull();
    expect(startBlock(round({ maxAttempts: 0, attemptsUsed: 7 }), NOW)).toBeNull();
  });

  it('names why the button stays off', () => {
    expect(startBlock(round({ eligible: false, ineligibleReason: 'track' }), NOW)).toBe(
      'ineligible',
    );
    expect(startBlock(round({ attemptsUsed: 1 }), NOW)).toBe('no_attempts');
    expect(
      startBlock(round({ phase: 'upcoming', opensAt: new Date(NOW + 60_000).toISOString() }), NOW),
    ).toBe('upcoming');
    expect(startBlock(round({ phase: 'closed' }), NOW)).toBe('closed');
  });

  it('follows the server clock past the close, whatever phase the page was loaded with', () => {
    const closesAt = new Date(NOW + 1_000).toISOString();
    expect(startBlock(round({ closesAt }), NOW)).toBeNull();
    expect(startBlock(round({ closesAt }), NOW + 1_000)).toBe('closed');
  });

  it('always lets a running attempt be resumed', () => {
    const running = round({
      attemptsUsed: 1,
      openAttemptId: '00000000-0000-4000-8000-00000000000a',
    });
    expect(startBlock(running, NOW)).toBeNull();
  });
});

describe('attemptsLeft and nextOpening', () => {
  it('counts attempts left, null when unlimited', () => {
    expect(attemptsLeft({ maxAttempts: 3, attemptsUsed: 1 })).toBe(2);
    expect(attemptsLeft({ maxAttempts: 1, attemptsUsed: 2 })).toBe(0);
    expect(attemptsLeft({ maxAttempts: 0, attemptsUsed: 9 })).toBeNull();
  });

  it('finds the soonest upcoming round the person may enter', () => {
    const later = round({ id: 'b', phase: 'upcoming', opensAt: '2025-06-20T01:00:00.000Z' });
    const sooner = round({ id: 'a', phase: 'upcoming', opensAt: '2025-06-10T01:00:00.000Z' });
    const notMine = round({
      id: 'c',
      phase: 'upcoming',
      opensAt: '2025-06-05T01:00:00.000Z',
      eligible: false,
    });
    expect(nextOpening([later, round(), notMine, sooner])?.id).toBe('a');
    expect(nextOpening([round(), notMine])).toBeNull();
  });
});

describe('formatSpan', () => {
  it('says minutes and seconds the way the start screen reads them', () => {
    expect(formatSpan(223_000, vi)).toBe('3 phút 43 giây');
    expect(formatSpan(900_000, vi)).toBe('15 phút');
    expect(formatSpan(45_000, vi)).toBe('45 giây');
    expect(formatSpan(0, vi)).toBe('0 giây');
  });

  it('rounds up to the second like the countdown, and drops seconds past an hour', () => {
    expect(formatSpan(222_001, vi)).toBe('3 phút 43 giây');
    expect(spanParts(3_723_000)).toEqual({ hours: 1, minutes: 2, seconds: 3 });
    expect(formatSpan(3_723_000, vi)).toBe('1 giờ 2 phút');
    expect(formatSpan(2 * 86_400_000 + 5 * 3_600_000, vi)).toBe('2 ngày 5 giờ');
  });
});

describe('wrongPositions', () => {
  it('lists the questions to look at again, in order', () => {
    expect(wrongPositions([{ correct: true }, { correct: false }, { correct: false }])).toEqual([
      1, 2,
    ]);
    expect(wrongPositions([{ correct: true }])).toEqual([]);
  });
});
