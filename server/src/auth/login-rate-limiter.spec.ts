import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseEnv } from '../config/env.js';
import { LoginRateLimiter } from './login-rate-limiter.js';

// rate-limiter-flexible keeps its windows with Date.now() and setTimeout: fake timers move both.
beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2025-06-01T08:00:00+07:00') });
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(env: Record<string, string> = {}) {
  return new LoginRateLimiter(
    parseEnv({
      LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '3',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '10',
      LOGIN_MAX_FAILURES_PER_IP: '5',
      LOGIN_WINDOW_SEC: '600',
      ...env,
    }),
    null,
  );
}

/** Tries that all fail (admit without succeed); the seconds each was told to wait. */
async function failures(
  limiter: LoginRateLimiter,
  n: number,
  ip: (i: number) => string,
  account: (i: number) => string,
) {
  const waits: number[] = [];
  for (let i = 0; i < n; i++) waits.push(await limiter.admit(ip(i), account(i)));
  return waits;
}

describe(LoginRateLimiter.name, () => {
  it('stops one address guessing one account, but not the owner signing in elsewhere', async () => {
    const limiter = setup();
    const waits = await failures(
      limiter,
      4,
      () => '1.1.1.1',
      () => 'btc@demo.local',
    );
    expect(waits).toEqual([0, 0, 0, 600]);
    expect(await limiter.admit('2.2.2.2', 'btc@demo.local')).toBe(0);
    // the same address may still sign in to another account
    expect(await limiter.admit('1.1.1.1', 'other@demo.local')).toBe(0);
    vi.advanceTimersByTime(599_000);
    expect(await limiter.admit('1.1.1.1', 'btc@demo.local')).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(await limiter.admit('1.1.1.1', 'btc@demo.local')).toBe(0);
  });

  it('blocks one IP across many accounts without touching other IPs', async () => {
    const limiter = setup();
    const waits = await failures(
      limiter,
      6,
      () => '1.2.3.4',
      (i) => `acct${i}`,
    );
    expect(waits.map((w) => w > 0)).toEqual([false, false, false, false, false, true]);
    expect(await limiter.admit('5.6.7.8', 'fresh')).toBe(0);
  });

  it('holds an account guessed from many addresses, when that limit is on', async () => {
    const limiter = setup();
    await failures(
      limiter,
      10,
      (i) => `10.0.0.${i}`,
      () => 'acct',
    );
    expect(await limiter.admit('10.0.1.1', 'acct')).toBeGreaterThan(0);
    const off = setup({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '0' });
    await failures(
      off,
      10,
      (i) => `10.0.0.${i}`,
      () => 'acct',
    );
    expect(await off.admit('10.0.1.1', 'acct')).toBe(0);
  });

  it('a guesser hammering past its own limit never fills the account-wide one', async () => {
    const limiter = setup();
    const waits = await failures(
      limiter,
      50,
      () => '6.6.6.6',
      () => 'btc@demo.local',
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(3);
    // 50 tries, 3 counted for the account: the owner is far from its limit of 10
    await failures(
      limiter,
      6,
      (i) => `10.0.0.${i}`,
      () => 'btc@demo.local',
    );
    expect(await limiter.admit('7.7.7.7', 'btc@demo.local')).toBe(0);
  });

  it("a right password clears the account's counters and gives the address its try back", async () => {
    const limiter = setup();
    await failures(
      limiter,
      2,
      () => 'a',
      () => 'acct',
    );
    expect(await limiter.admit('a', 'acct')).toBe(0);
    await limiter.succeed('a', 'acct');
    // 2 failures from 'a' remain on the address; the pair starts again
    expect(
      await failures(
        limiter,
        3,
        () => 'a',
        () => 'acct',
      ),
    ).toEqual([0, 0, 0]);
    expect(await limiter.admit('a', 'other')).toBeGreaterThan(0); // 5 failures from 'a'
  });

  it('keeps memory bounded: 100k failures on distinct accounts and addresses are all let go one window later', async () => {
    // Real timers here: the fake ones cost too much per timer for 300k of them. The bound is
    // counted in keys, never in time: whatever the pace, nothing outlives its window.
    vi.useRealTimers();
    const limiter = setup({ LOGIN_WINDOW_SEC: '1' });
    let most = 0;
    for (let batch = 0; batch < 100; batch++) {
      await Promise.all(
        Array.from({ length: 1000 }, (_, j) => {
          const i = batch * 1000 + j;
          return limiter.admit(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, `g${i}@x.vn`);
        }),
      );
      most = Math.max(most, limiter.trackedKeys());
      await new Promise((r) => setImmediate(r)); // let ended windows go, as a server would
    }
    console.log(`login limiter: at most ${most} keys held during 100000 failures (window 1 s)`);
    expect(most).toBeGreaterThan(0); // the keys were held, so letting them go is measured
    await new Promise((r) => setTimeout(r, 1100));
    expect(limiter.trackedKeys()).toBe(0);
  }, 60_000);
});
