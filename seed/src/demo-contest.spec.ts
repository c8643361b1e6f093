import { describe, expect, it } from 'vitest';
import { mondayOf } from './demo-contest.js';

describe(mondayOf.name, () => {
  it('finds Monday 00:00 Vietnam time, also late on Sunday and early on Monday', () => {
    // Monday 23 Nov 2026, 12:00 UTC = 19:00 in Vietnam.
    expect(mondayOf(new Date('2026-11-23T12:00:00Z')).toISOString()).toBe(
      '2026-11-22T17:00:00.000Z',
    );
    // Sunday 22 Nov 2026 16:59:59 UTC = 23:59:59 Sunday in Vietnam: still the previous week.
    expect(mondayOf(new Date('2026-11-22T16:59:59Z')).toISOString()).toBe(
      '2026-11-15T17:00:00.000Z',
    );
    // Monday 00:00:00 in Vietnam exactly.
    expect(mondayOf(new Date('2026-11-22T17:00:00Z')).toISOString()).toBe(
      '2026-11-22T17:00:00.000Z',
    );
  });
});
