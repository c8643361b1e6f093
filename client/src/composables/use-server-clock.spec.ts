import { describe, expect, it } from 'vitest';
import { clockOffset, formatCountdown, formatDuration, remainingMs } from './use-server-clock';

const SERVER_NOW = '2025-06-02T03:00:00.000Z';
const DEADLINE = '2025-06-02T03:15:00.000Z'; // 15 minutes after the server's now

describe('server clock', () => {
  it('counts down the same on a phone whose clock is wrong by hours', () => {
    const serverMs = Date.parse(SERVER_NOW);
    for (const skew of [0, -3 * 3_600_000, 2 * 3_600_000 + 17_000, 86_400_000]) {
      const phoneAtReceipt = serverMs + skew;
      const offset = clockOffset(SERVER_NOW, phoneAtReceipt);
      expect(remainingMs(DEADLINE, offset, phoneAtReceipt)).toBe(15 * 60_000);
      // ten seconds later on the phone's (wrong) clock
      expect(remainingMs(DEADLINE, offset, phoneAtReceipt + 10_000)).toBe(15 * 60_000 - 10_000);
    }
  });

  it('never goes below zero once the deadline has passed', () => {
    const offset = clockOffset(SERVER_NOW, 0);
    expect(remainingMs(DEADLINE, offset, 20 * 60_000)).toBe(0);
  });

  it('takes server epoch milliseconds as well as ISO strings', () => {
    expect(clockOffset(Date.parse(SERVER_NOW), Date.parse(SERVER_NOW) - 1500)).toBe(1500);
    expect(clockOffset('not a date', 123)).toBe(0);
  });
});

describe('formatCountdown', () => {
  it('rounds up to whole seconds and shows hours only when needed', () => {
    expect(formatCountdown(15 * 60_000)).toBe('15:00');
    expect(formatCountdown(59_001)).toBe('01:00');
    expect(formatCountdown(59_000)).toBe('00:59');
    expect(formatCountdown(1)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-5)).toBe('00:00');
    expect(formatCountdown(2 * 3_600_000 + 5_000)).toBe('2:00:05');
  });
});

describe('formatDuration', () => {
  it('shows mm:ss, or mm:ss.s for the projector', () => {
    expect(formatDuration(83_456)).toBe('01:23');
    expect(formatDuration(83_456, true)).toBe('01:23.4');
    expect(formatDuration(600_000, true)).toBe('10:00.0');
    expect(formatDuration(0, true)).toBe('00:00.0');
  });
});
