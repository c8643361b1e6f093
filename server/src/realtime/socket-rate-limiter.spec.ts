import { describe, expect, it } from 'vitest';
import { parseEnv } from '../config/env.js';
import { SocketRateLimiter } from './socket-rate-limiter.js';

const limiter = () =>
  new SocketRateLimiter(
    parseEnv({
      SOCKET_RATE_PER_SEC: '1',
      SOCKET_BURST: '2',
      SOCKET_USER_RATE_PER_SEC: '2',
      SOCKET_USER_BURST: '3',
      SOCKET_FLOOD_DISCONNECT_AFTER: '3',
    }),
  );

const oks = (l: SocketRateLimiter, socket: string, user: string, event: string, n: number) =>
  Array.from({ length: n }, () => l.admit(socket, user, event, 0).ok);

describe(SocketRateLimiter.name, () => {
  it('refuses past the burst of one socket, for that event kind only', () => {
    const l = limiter();
    expect(oks(l, 's1', 'u1', 'leaderboard:watch', 3)).toEqual([true, true, false]);
    expect(l.admit('s1', 'u1', 'participation:watch', 0).ok).toBe(true);
    expect(l.admit('s1', 'u1', 'leaderboard:watch', 1_000).ok).toBe(true);
  });

  it("limits a person across their sockets, and leaves other people's alone", () => {
    const l = limiter();
    expect(oks(l, 's1', 'u1', 'leaderboard:watch', 2)).toEqual([true, true]);
    expect(oks(l, 's2', 'u1', 'leaderboard:watch', 2)).toEqual([true, false]);
    expect(oks(l, 's3', 'u2', 'leaderboard:watch', 2)).toEqual([true, true]);
  });

  it('tells how long to wait, and to close the socket once it has been refused too often', () => {
    const l = limiter();
    oks(l, 's1', 'u1', 'leaderboard:watch', 2);
    expect(l.admit('s1', 'u1', 'leaderboard:watch', 0)).toEqual({
      ok: false,
      waitSec: 1,
      disconnect: false,
    });
    expect(l.admit('s1', 'u1', 'leaderboard:watch', 0)).toMatchObject({ disconnect: false });
    expect(l.admit('s1', 'u1', 'leaderboard:watch', 0)).toMatchObject({ disconnect: true });
    // a new socket starts with a clean record (and the person's bucket, which is shared)
    l.forget('s1', ['leaderboard:watch']);
    expect(l.admit('s9', 'u9', 'leaderboard:watch', 0).ok).toBe(true);
  });
});
