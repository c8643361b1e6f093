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

describe(LoginRateLimiter.name, () => {
  it('stops one address guessing one account, but not the owner signing in elsewhere', async () => {
    const limiter = setup();
    for (let i = 0; i < 3; i++) {
      expect(await limiter.retryAfter('1.1.1.1', 'btc@demo.local')).toBe(0);
      await limiter.fail('1.1.1.1', 'btc@demo.local');
    }
    expect(await limiter.retryAfter('1.1.1.1', 'btc@demo.local')).toBe(600);
    expect(await limiter.retryAfter('2.2.2.2', 'btc@demo.local')).toBe(0);
    // the same address may still sign in to another account
    expect(await limiter.retryAfter('1.1.1.1', 'other@demo.local')).toBe(0);
    vi.advanceTimersByTime(599_000);
    expect(await limiter.retryAfter('1.1.1.1', 'btc@demo.local')).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(await limiter.retryAfter('1.1.1.1', 'btc@demo.local')).toBe(0);
  });

  it('blocks one IP across many accounts without touching other IPs', async () => {
    const limiter = setup();
    for (let i = 0; i < 5; i++) await limiter.fail('1.2.3.4', `acct${i}`);
    expect(await limiter.retryAfter('1.2.3.4', 'fresh')).toBeGreaterThan(0);
    expect(await limiter.retryAfter('5.6.7.8', 'fresh')).toBe(0);
  });

  it('holds an account guessed from many addresses, when that limit is on', async () => {
    const limiter = setup();
    for (let i = 0; i < 10; i++) await limiter.fail(`10.0.0.${i}`, 'acct');
    expect(await limiter.retryAfter('10.0.1.1', 'acct')).toBeGreaterThan(0);
    const off = setup({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '0' });
    for (let i = 0; i < 10; i++) await off.fail(`10.0.0.${i}`, 'acct');
    expect(await off.retryAfter('10.0.1.1', 'acct')).toBe(0);
  });

  it("a right password clears the account's counters but not the address's", async () => {
    const limiter = setup();
    await limiter.fail('a', 'acct');
    await limiter.fail('a', 'acct');
    await limiter.succeed('a', 'acct');
    await limiter.fail('a', 'acct');
    await limiter.fail('a', 'acct');
    expect(await limiter.retryAfter('a', 'acct')).toBe(0);
    await limiter.fail('a', 'acct');
    expect(await limiter.retryAfter('a', 'other')).toBeGreaterThan(0); // 5 failures from 'a'
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
          return limiter.fail(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, `g${i}@x.vn`);
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
