import { Inject, Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../common/app-error.js';
import { consumeOrWait, createRateLimiter } from '../common/rate-limiter-store.js';
import { ENV, type Env } from '../config/env.js';
import { REDIS, type RedisLike } from '../common/redis.js';

/**
 * Registrations tried from one IP address in REGISTER_WINDOW_SEC, shared by every process
 * through Redis. Every try counts, taken or not, so the form cannot be used to probe which
 * phones are on file either. No limit across all addresses: on contest day thousands register
 * at once, and such a limit would let one flood shut everyone out.
 */
@Injectable()
export class RegistrationRateLimiter {
  private readonly perIp: RateLimiterAbstract;

  constructor(@Inject(ENV) env: Env, @Inject(REDIS) redis: RedisLike | null) {
    this.perIp = createRateLimiter(redis, {
      name: 'register:ip',
      prefix: env.RATE_LIMIT_PREFIX,
      points: env.REGISTER_MAX_PER_IP,
      durationSec: env.REGISTER_WINDOW_SEC,
    });
  }

  /** Counts one try; throws `registration_limited` past the limit. */
  async admit(ip: string): Promise<void> {
    const wait = await consumeOrWait(this.perIp, ip);
    if (wait > 0) throw new AppError('registration_limited', undefined, { seconds: wait });
  }
}
