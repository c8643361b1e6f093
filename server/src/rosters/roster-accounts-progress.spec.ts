import { describe, expect, it } from 'vitest';
import { RosterAccountsProgressTracker } from './roster-accounts-progress.js';

const OWNER = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const MINUTE = 60_000;

describe('RosterAccountsProgressTracker', () => {
  it('tells the owner how far the call is, keeps it a while after the end, then forgets', () => {
    let now = 1_000_000;
    const t = new RosterAccountsProgressTracker(5 * MINUTE, () => now);
    expect(t.start('p1', OWNER, 2500)).toBe(true);
    expect(t.start('p1', OTHER, 1)).toBe(false);
    expect(t.get('p1', OWNER)).toEqual({ phase: 'accounts', done: 0, total: 2500 });
    expect(t.get('p1', OTHER)).toBeNull();
    t.update('p1', { done: 1000 });
    expect(t.get('p1', OWNER)).toEqual({ phase: 'accounts', done: 1000, total: 2500 });
    // a long call is never forgotten while it runs
    now += 60 * MINUTE;
    t.update('p1', { done: 2500 });
    t.update('p1', { phase: 'slips' });
    expect(t.get('p1', OWNER)).toEqual({ phase: 'slips', done: 2500, total: 2500 });
    t.update('p1', { phase: 'done' });
    now += 5 * MINUTE;
    expect(t.get('p1', OWNER)).toEqual({ phase: 'done', done: 2500, total: 2500 });
    now += 1;
    expect(t.get('p1', OWNER)).toBeNull();
    // forgotten entries are swept on the next start, and their id is free again
    expect(t.start('p1', OTHER, 3)).toBe(true);
    expect(t.get('p1', OTHER)).toEqual({ phase: 'accounts', done: 0, total: 3 });
  });
});
