import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS, reportOutages, type RedisLike } from '../common/redis.js';

/** Sessions that just ended: one (logout) or all of a person's but the one making the change. */
export type Revocation =
  | { kind: 'session'; sessionId: string }
  | { kind: 'user'; userId: string; exceptSessionId: string | null };

export function revokes(r: Revocation, session: { id: string; sessionId: string }): boolean {
  return r.kind === 'session'
    ? session.sessionId === r.sessionId
    : session.id === r.userId && session.sessionId !== r.exceptSessionId;
}

/** Every process listens here; `npm run admin -- reset-password` publishes here too. */
export const REVOCATIONS_CHANNEL = 'cchc:revocations';

export function revocationMessage(origin: string, revocation: Revocation): string {
  return JSON.stringify({ origin, revocation });
}

/**
 * Tells every process that sessions ended, so each drops them from its token cache and closes
 * their sockets within a moment, not after AUTH_CACHE_MS. The process that revoked applies it at
 * once; with Redis, the others hear it on a channel. Listeners subscribe, so auth never has to
 * know who holds sockets.
 */
@Injectable()
export class SessionRevocations implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(SessionRevocations.name);
  private readonly origin = randomUUID();
  private readonly listeners: ((r: Revocation) => void)[] = [];
  private sub: Redis | null = null;

  constructor(@Inject(REDIS) private readonly redis: RedisLike | null) {}

  onRevoked(listener: (r: Revocation) => void): void {
    this.listeners.push(listener);
  }

  /** Called once the revocation is committed. */
  revoked(revocation: Revocation): void {
    this.deliver(revocation);
    if (!this.redis) return;
    (this.redis as unknown as Redis)
      .publish(REVOCATIONS_CHANNEL, revocationMessage(this.origin, revocation))
      .catch((e: unknown) => this.log.error(e));
  }

  async onModuleInit(): Promise<void> {
    if (!this.redis) return;
    this.sub = (this.redis as unknown as Redis).duplicate();
    reportOutages(this.sub, 'session revocations', (m) => this.log.warn(m));
    this.sub.on('message', (_channel: string, message: string) => {
      try {
        const { origin, revocation } = JSON.parse(message) as {
          origin: string;
          revocation: Revocation;
        };
        if (origin !== this.origin) this.deliver(revocation);
      } catch (e) {
        this.log.error(e);
      }
    });
    await this.sub.subscribe(REVOCATIONS_CHANNEL);
  }

  async onModuleDestroy(): Promise<void> {
    await this.sub?.quit().catch(() => undefined);
  }

  private deliver(revocation: Revocation): void {
    for (const listener of this.listeners) {
      try {
        listener(revocation);
      } catch (e) {
        this.log.error(e);
      }
    }
  }
}
