import { Injectable } from '@nestjs/common';
import type { Ack, ClientToServerEvents } from '@cchc/contracts';
import { AppError } from '../common/app-error.js';
import type { Actor } from '../common/auth.decorators.js';
import type { IoSocket } from './realtime.emitter.js';

type AckData<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[1] extends
  ((res: Ack<infer T>) => void) | undefined
  ? T
  : never;

/** Answers one client event for a signed-in socket; throws AppError to refuse. */
export type SocketHandler<E extends keyof ClientToServerEvents> = (
  socket: IoSocket,
  actor: Actor,
  body: unknown,
) => Promise<Ack<AckData<E>>>;

/**
 * What each client event does is decided by the feature it belongs to (leaderboard watches by
 * the leaderboard, dashboard watches by reports), registered here when their modules start;
 * the gateway keeps the door: the handshake, the rate limits and the language of refusals.
 */
@Injectable()
export class SocketHandlers {
  private readonly handlers = new Map<string, SocketHandler<keyof ClientToServerEvents>>();

  handle<E extends keyof ClientToServerEvents>(event: E, handler: SocketHandler<E>): void {
    this.handlers.set(event, handler as unknown as SocketHandler<keyof ClientToServerEvents>);
  }

  run<E extends keyof ClientToServerEvents>(
    event: E,
    socket: IoSocket,
    actor: Actor,
    body: unknown,
  ): Promise<Ack<AckData<E>>> {
    const handler = this.handlers.get(event) as SocketHandler<E> | undefined;
    if (!handler) throw new AppError('internal_error');
    return handler(socket, actor, body);
  }
}
