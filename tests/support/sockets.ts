import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';

/**
 * A socket authenticated with `token` (none: an anonymous handshake), connected, or rejected with
 * the handshake's error; `lang` is the handshake's Accept-Language.
 */
export function connectSocket(
  base: string,
  token?: string,
  opts: { lang?: string } = {},
): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = io(base, {
      path: '/socket.io',
      auth: token ? { token } : {},
      transports: ['websocket'],
      reconnection: false,
      ...(opts.lang ? { extraHeaders: { 'accept-language': opts.lang } } : {}),
    });
    s.on('connect', () => resolve(s));
    s.on('connect_error', (e) => {
      s.close();
      reject(e);
    });
  });
}

/**
 * Runs `action` (a logout, a password change) and measures how long the server takes to close
 * `socket` once the action has answered (0 when it closed even before the answer came), and from
 * the moment the action was sent (password hashing included); null when it stayed open `waitMs`.
 */
export async function closedAfter(
  socket: Socket,
  action: () => Promise<unknown>,
  waitMs = 3000,
): Promise<{ ms: number | null; fromRequestMs: number | null; reason: string | null }> {
  const closed = new Promise<{ at: number; reason: string }>((resolve) =>
    socket.once('disconnect', (reason) => resolve({ at: performance.now(), reason })),
  );
  const sent = performance.now();
  await action();
  const answered = performance.now();
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs));
  const result = await Promise.race([closed, timeout]);
  if (!result) return { ms: null, fromRequestMs: null, reason: null };
  return {
    ms: Math.max(0, result.at - answered),
    fromRequestMs: result.at - sent,
    reason: result.reason,
  };
}
