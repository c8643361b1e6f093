import type {
  ClientToServerEvents,
  ServerToClientEvents,
  SocketData as WireSocketData,
} from '@cchc/contracts';
import type { Server, Socket } from 'socket.io';
import type { Actor } from './auth.decorators.js';

/** What the gateway keeps on a socket once its handshake is checked. */
export type SocketData = WireSocketData & { actor: Actor };

/**
 * The socket.io server as every emitter sees it: event names and payloads are checked against
 * `ServerToClientEvents` from contracts, so a wrong payload is a compile error, not a client bug.
 */
export type IoServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
export type IoSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
