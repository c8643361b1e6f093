import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { RedisLike } from './redis.js';

export interface LimitOptions {
  /** Short name of the limit, part of every key ('login:ip'). */
  name: string;
  /** Redis key prefix (RATE_LIMIT_PREFIX), so installs sharing one Redis do not mix. */
  prefix: string;
  points: number;
  durationSec: number;
}

/**
 * A fixed-window counter: in Redis when REDIS_URL is set, so every process counts together;
 * in this process's memory otherwise, where each key is dropped when its window ends (memory
 * holds at most the keys touched within one window). Should Redis stop answering, each process
 * counts on in memory until it is back rather than failing logins.
 */
export function createRateLimiter(
  redis: RedisLike | null,
  opts: LimitOptions,
): RateLimiterAbstract {
  const common = {
    keyPrefix: `${opts.prefix}:${opts.name}`,
    points: opts.points,
    duration: opts.durationSec,
  };
  if (!redis) return new RateLimiterMemory(common);
  return new RateLimiterRedis({
    ...common,
    storeClient: redis as unknown as Redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(common),
  });
}

/** Keys a limiter holds in this process's memory (its own or its insurance's), for bounds and metrics. */
export function memoryKeyCount(limiter: RateLimiterAbstract): number {
  const holder = limiter as unknown as {
    _memoryStorage?: { _storage: Map<string, unknown> };
    insuranceLimiter?: RateLimiterAbstract;
  };
  const own = holder._memoryStorage?._storage.size ?? 0;
  return own + (holder.insuranceLimiter ? memoryKeyCount(holder.insuranceLimiter) : 0);
}

/** Whole seconds until a limiter's window lets the key through again; at least 1. */
const secondsToWait = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** Consumes one point; resolves to the seconds to wait when the limit was already spent, else 0. */
export async function consumeOrWait(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (rejected) {
    if (rejected instanceof RateLimiterRes) return secondsToWait(rejected);
    throw rejected;
  }
}

/**
 * Personal identifiers (a phone, an email) never go into a limiter's key as such: Redis keys are
 * listed by anyone with `redis-cli`.
 */
export const opaqueKey = (value: string) =>
  createHash('sha256').update(value).digest('base64url').slice(0, 22);
