import type { ClientToServerEvents, ServerToClientEvents } from '@cchc/contracts';
import { io, type Socket } from 'socket.io-client';
import { currentLocale } from '@/i18n';
import { getToken, tokenRejected } from './http';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: AppSocket | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
/** The token the current connection was authenticated with. */
let handshakeToken: string | null = null;

/** A refused handshake (bad token, server restarting) is not retried by socket.io itself. */
const REFUSED_RETRY_MS = 5000;

/**
 * The one socket of the app, opened on first use. The token is read at every (re)connection,
 * so signing in again or a renewed token is picked up without a page reload.
 */
export function useSocket(): AppSocket {
  if (socket) return socket;
  const s: AppSocket = io(location.origin, {
    path: '/socket.io',
    auth: (cb) => {
      handshakeToken = getToken();
      cb({ token: handshakeToken });
    },
    // Refusals in acks come in the handshake's language, as HTTP errors do in the request's: the
    // first (polling) request carries the app's language, not the browser's.
    extraHeaders: { 'Accept-Language': currentLocale() },
    reconnection: true,
    reconnectionDelay: 1000,
    reconnectionDelayMax: 10_000,
  });
  s.on('connect_error', (err) => {
    // socket.active is false when the server refused the handshake: try again later ourselves
    if (s.active || retryTimer || !getToken()) return;
    // ...unless it refused the token itself (logged out, password changed elsewhere, expired):
    // retrying with it would loop forever, so the session ends and the person signs in again
    if (err.message === 'unauthenticated' && handshakeToken === getToken()) {
      if (handshakeToken) tokenRejected(handshakeToken);
      return;
    }
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (!s.connected) s.connect();
    }, REFUSED_RETRY_MS);
  });
  s.on('disconnect', (reason) => {
    // the server closed this socket on purpose (a deploy, a flood, a revoked session): come back;
    // for a revoked session the handshake is refused and connect_error ends the session
    if (reason === 'io server disconnect') s.connect();
  });
  socket = s;
  return s;
}

/**
 * The server knows a socket by the token of its handshake: after signing out and in as someone
 * else in the same tab, connect again so rooms and "my rank" belong to the new account.
 */
export function ensureSocketIdentity(): void {
  const s = useSocket();
  if (s.connected && handshakeToken !== getToken()) {
    s.disconnect();
    s.connect();
  }
}
