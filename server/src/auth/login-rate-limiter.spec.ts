import { describe, expect, it } from 'vitest';
import { Clock } from '../config/clock.js';
import { parseEnv } from '../config/env.js';
import { LoginRateLimiter } from './login-rate-limiter.js';

class FakeClock extends Clock {
  t = Date.parse('2025-06-01T08:00:00+07:00');
  now() {
    return new Date(this.t);
  }
}

function setup() {
  const clock = new FakeClock();
  const env = parseEnv({
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
    LOGIN_MAX_FAILURES_PER_IP: '5',
    LOGIN_WINDOW_SEC: '600',
  });
  return { clock, limiter: new LoginRateLimiter(env, clock) };
}

describe(LoginRateLimiter.name, () => {
  it('blocks an account after the limit and frees it when the window has passed', () => {
    const { clock, limiter } = setup();
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter(`ip${i}`, 'acct')).toBe(0);
      limiter.fail(`ip${i}`, 'acct');
    }
    expect(limiter.retryAfter('ip9', 'acct')).toBe(600);
    clock.t += 599_000;
    expect(limiter.retryAfter('ip9', 'acct')).toBe(1);
    clock.t += 1_000;
    expect(limiter.retryAfter('ip9', 'acct')).toBe(0);
  });

  it('blocks one IP across many accounts without touching other IPs', () => {
    const { limiter } = setup();
    for (let i = 0; i < 5; i++) limiter.fail('1.2.3.4', `acct${i}`);
    expect(limiter.retryAfter('1.2.3.4', 'fresh')).toBeGreaterThan(0);
    expect(limiter.retryAfter('5.6.7.8', 'fresh')).toBe(0);
  });

  it('a successful login clears the account counter', () => {
    const { limiter } = setup();
    limiter.fail('a', 'acct');
    limiter.fail('b', 'acct');
    limiter.succeed('acct');
    limiter.fail('c', 'acct');
    limiter.fail('d', 'acct');
    expect(limiter.retryAfter('e', 'acct')).toBe(0);
  });
});
