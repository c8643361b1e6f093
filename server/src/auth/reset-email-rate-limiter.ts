import { Inject, Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../common/app-error.js';
import { consumeOrWait, createRateLimiter, opaqueKey } from '../common/rate-limiter-store.js';
import { ENV, type Env } from '../config/env.js';
import { REDIS, type RedisLike } from '../common/redis.js';

/**
 * Reset emails asked for in RESET_EMAIL_WINDOW_SEC, shared by every process through Redis: per
 * IP address (one address asking for many accounts) and per username (one inbox flooded from
 * many addresses). Every request counts, whether or not an email goes out, so the limit tells a
 * stranger nothing about which accounts exist.
 */
@Injectable()
export class ResetEmailRateLimiter {
  private readonly perIp: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;

  constructor(@Inject(ENV) env: Env, @Inject(REDIS) redis: RedisLike | null) {
    const limit = (name: string, points: number) =>
      createRateLimiter(redis, {
        name,
        prefix: env.RATE_LIMIT_PREFIX,
        points,
        durationSec: env.RESET_EMAIL_WINDOW_SEC,
      });
    this.perIp = limit('reset-email:ip', env.RESET_EMAIL_MAX_PER_IP);
    this.perAccount = limit('reset-email:account', env.RESET_EMAIL_MAX_PER_ACCOUNT);
  }

  /** Counts one request, address first; throws `rate_limited` past either limit. */
  async admit(ip: string, account: string): Promise<void> {
    for (const [limiter, key] of [
      [this.perIp, ip],
      [this.perAccount, opaqueKey(account)],
    ] as const) {
      const wait = await consumeOrWait(limiter, key);
      if (wait > 0) throw new AppError('rate_limited', undefined, { seconds: wait });
    }
  }
}
