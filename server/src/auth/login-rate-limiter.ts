import { Inject, Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import {
  consumeOrWait,
  createRateLimiter,
  memoryKeyCount,
  opaqueKey,
  secondsToWait,
} from '../common/rate-limiter-store.js';
import { ENV, type Env } from '../config/env.js';
import { REDIS, type RedisLike } from '../health/redis.js';

/**
 * Failed logins, counted three ways in LOGIN_WINDOW_SEC (shared by every process through Redis):
 * - per account and IP pair, the tight limit: a guesser is stopped after a few tries, yet the
 *   owner signing in from anywhere else is not (an attacker must not be able to lock the
 *   organiser out during a contest: OWASP ASVS "prevent malicious lockout");
 * - per IP, whatever the account: one address spraying many accounts;
 * - per account from all addresses, loose (or off): slows a guesser with many addresses, at the
 *   price that this many addresses together can hold the account for one window.
 * Past any of them the caller gets 429 until that window ends. A right password clears the
 * account's counters, never the IP's: a guesser's own account would otherwise reset it.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly pair: RateLimiterAbstract;
  private readonly ip: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract | null;

  constructor(@Inject(ENV) env: Env, @Inject(REDIS) redis: RedisLike | null) {
    const limit = (name: string, points: number) =>
      createRateLimiter(redis, {
        name,
        prefix: env.RATE_LIMIT_PREFIX,
        points,
        durationSec: env.LOGIN_WINDOW_SEC,
      });
    this.pair = limit('login:account-ip', env.LOGIN_MAX_FAILURES_PER_ACCOUNT_IP);
    this.ip = limit('login:ip', env.LOGIN_MAX_FAILURES_PER_IP);
    this.account =
      env.LOGIN_MAX_FAILURES_PER_ACCOUNT > 0
        ? limit('login:account', env.LOGIN_MAX_FAILURES_PER_ACCOUNT)
        : null;
  }

  /** Seconds to wait, or 0 when the attempt may go ahead. */
  async retryAfter(ip: string, account: string): Promise<number> {
    const waits = await Promise.all(
      this.counters(ip, account).map(async ([limiter, key]) => {
        const res = await limiter.get(key);
        return res && res.consumedPoints >= limiter.points ? secondsToWait(res) : 0;
      }),
    );
    return Math.max(0, ...waits);
  }

  async fail(ip: string, account: string): Promise<void> {
    await Promise.all(
      this.counters(ip, account).map(([limiter, key]) => consumeOrWait(limiter, key)),
    );
  }

  async succeed(ip: string, account: string): Promise<void> {
    const acct = opaqueKey(account);
    await Promise.all([this.pair.delete(`${acct}:${ip}`), this.account?.delete(acct)]);
  }

  /** Keys this process holds in memory (all of them without Redis): bounded by one window. */
  trackedKeys(): number {
    return [this.pair, this.ip, this.account].reduce(
      (n, limiter) => n + (limiter ? memoryKeyCount(limiter) : 0),
      0,
    );
  }

  private counters(ip: string, account: string): [RateLimiterAbstract, string][] {
    const acct = opaqueKey(account);
    // the pair key is the one `succeed` clears
    const all: [RateLimiterAbstract, string][] = [
      [this.pair, `${acct}:${ip}`],
      [this.ip, ip],
    ];
    if (this.account) all.push([this.account, acct]);
    return all;
  }
}
