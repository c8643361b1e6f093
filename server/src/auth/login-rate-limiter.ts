import { Inject, Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import {
  consumeOrWait,
  createRateLimiter,
  memoryKeyCount,
  opaqueKey,
} from '../common/rate-limiter-store.js';
import { ENV, type Env } from '../config/env.js';
import { REDIS, type RedisLike } from '../common/redis.js';

/**
 * Failed logins, counted three ways in LOGIN_WINDOW_SEC (shared by every process through Redis):
 * - per account and IP pair, the tight limit: a guesser is stopped after a few tries, yet the
 *   owner signing in from anywhere else is not (an attacker must not be able to lock the
 *   organiser out during a contest: OWASP ASVS "prevent malicious lockout");
 * - per IP, whatever the account: one address spraying many accounts;
 * - per account from all addresses, loose (or off): slows a guesser with many addresses, at the
 *   price that this many addresses together can hold the account for one window.
 * Past any of them the caller gets 429 until that window ends.
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

  /**
   * Counts a try before the password is checked, so a burst of tries sent at once cannot all slip
   * in before the first failure is recorded; `succeed` takes it back. Resolves to the seconds to
   * wait, or 0 when the try may go ahead. The counters are taken tightest first and a refused
   * try goes no further: a guesser hammering one account from one address fills only that
   * address's counters, never the account's across all addresses, which would lock the owner out.
   */
  async admit(ip: string, account: string): Promise<number> {
    const acct = opaqueKey(account);
    const counters: [RateLimiterAbstract | null, string][] = [
      [this.pair, `${acct}:${ip}`],
      [this.ip, ip],
      [this.account, acct],
    ];
    for (const [limiter, key] of counters) {
      const wait = limiter ? await consumeOrWait(limiter, key) : 0;
      if (wait > 0) return wait;
    }
    return 0;
  }

  /** A right password: the account's counters are cleared; the address's try is given back. */
  async succeed(ip: string, account: string): Promise<void> {
    const acct = opaqueKey(account);
    await Promise.all([
      this.pair.delete(`${acct}:${ip}`),
      this.ip.reward(ip),
      this.account?.delete(acct),
    ]);
  }

  /** Keys this process holds in memory (all of them without Redis): bounded by one window. */
  trackedKeys(): number {
    return [this.pair, this.ip, this.account].reduce(
      (n, limiter) => n + (limiter ? memoryKeyCount(limiter) : 0),
      0,
    );
  }
}
