import { Inject, Injectable } from '@nestjs/common';
import { ENV, type Env } from '../config/env.js';
import { Clock } from '../config/clock.js';

interface Window {
  failures: number[];
}

/**
 * Counts failed logins per IP and per account in a sliding window. Past the limit the caller
 * gets 429 until the oldest failure leaves the window: slows guessing, never locks the owner out
 * for good. A successful login clears the account's counter.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly byKey = new Map<string, Window>();

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly clock: Clock,
  ) {}

  /** Seconds to wait, or 0 when the attempt may go ahead. */
  retryAfter(ip: string, account: string): number {
    const now = this.clock.now().getTime();
    return Math.max(
      this.wait(`ip:${ip}`, this.env.LOGIN_MAX_FAILURES_PER_IP, now),
      this.wait(`acct:${account}`, this.env.LOGIN_MAX_FAILURES_PER_ACCOUNT, now),
    );
  }

  fail(ip: string, account: string): void {
    const now = this.clock.now().getTime();
    for (const key of [`ip:${ip}`, `acct:${account}`]) {
      const w = this.byKey.get(key) ?? { failures: [] };
      w.failures.push(now);
      this.byKey.set(key, w);
    }
  }

  succeed(account: string): void {
    this.byKey.delete(`acct:${account}`);
  }

  private wait(key: string, limit: number, now: number): number {
    const w = this.byKey.get(key);
    if (!w) return 0;
    const windowMs = this.env.LOGIN_WINDOW_SEC * 1000;
    w.failures = w.failures.filter((t) => now - t < windowMs);
    if (w.failures.length === 0) this.byKey.delete(key);
    if (w.failures.length < limit) return 0;
    const oldest = w.failures[w.failures.length - limit] ?? now;
    return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
  }
}
