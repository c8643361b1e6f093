import { Injectable } from '@nestjs/common';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '@cchc/contracts';
import type { Server, Socket } from 'socket.io';
import type { Actor } from '../common/auth.decorators.js';

export type IoServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData & { actor: Actor }
>;
export type IoSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData & { actor: Actor }
>;

/**
 * The one way out to sockets. The gateway hands over the socket.io server when it is up; the
 * features that push (the leaderboard, the participation dashboards) are told then, and emit
 * through `to(room)` (typed by ServerToClientEvents, rooms named by `rooms` in contracts).
 */
@Injectable()
export class RealtimeEmitter {
  private server: IoServer | null = null;
  private readonly waiting: ((io: IoServer) => void)[] = [];

  /** Called once by the gateway (afterInit). */
  attach(server: IoServer): void {
    this.server = server;
    for (const ready of this.waiting.splice(0)) ready(server);
  }

  /** Runs `ready` when the socket server is up (at once if it already is). */
  onAttach(ready: (io: IoServer) => void): void {
    if (this.server) ready(this.server);
    else this.waiting.push(ready);
  }

  /** Emits to a room on every process (through the Redis adapter when there is one). */
  to(room: string) {
    return this.server?.to(room) ?? null;
  }
}
