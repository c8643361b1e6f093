import { Inject, Injectable } from '@nestjs/common';
import { ENV, type Env } from '../config/env.js';
import { TokenBuckets } from '../common/token-bucket.js';

export type Admission = { ok: true } | { ok: false; waitSec: number; disconnect: boolean };

/**
 * Socket events cost a database read or a room join each: every event kind has a token bucket
 * per socket and one per person (across their tabs and devices). A refused event is answered
 * with `rate_limited`; a socket refused SOCKET_FLOOD_DISCONNECT_AFTER times is a flood, and is
 * closed, so it stops costing anything.
 */
@Injectable()
export class SocketRateLimiter {
  private readonly perSocket: TokenBuckets;
  private readonly perUser: TokenBuckets;
  private readonly refusals = new Map<string, number>();

  constructor(@Inject(ENV) private readonly env: Env) {
    this.perSocket = new TokenBuckets({
      ratePerSec: env.SOCKET_RATE_PER_SEC,
      burst: env.SOCKET_BURST,
    });
    this.perUser = new TokenBuckets({
      ratePerSec: env.SOCKET_USER_RATE_PER_SEC,
      burst: env.SOCKET_USER_BURST,
    });
  }

  admit(socketId: string, userId: string, event: string, nowMs: number): Admission {
    const socketKey = `${socketId}|${event}`;
    const userKey = `${userId}|${event}`;
    // the socket's own bucket first: a flooding tab must not drain its owner's other tabs
    if (this.perSocket.take(socketKey, nowMs) && this.perUser.take(userKey, nowMs))
      return { ok: true };
    const refused = (this.refusals.get(socketId) ?? 0) + 1;
    this.refusals.set(socketId, refused);
    return {
      ok: false,
      waitSec: Math.max(
        1,
        this.perSocket.waitSec(socketKey, nowMs),
        this.perUser.waitSec(userKey, nowMs),
      ),
      disconnect: refused >= this.env.SOCKET_FLOOD_DISCONNECT_AFTER,
    };
  }

  /** A socket closed: its buckets and refusals go (the person's buckets stay). */
  forget(socketId: string, events: readonly string[]): void {
    this.refusals.delete(socketId);
    for (const event of events) this.perSocket.delete(`${socketId}|${event}`);
  }
}
