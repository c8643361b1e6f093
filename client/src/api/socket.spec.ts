import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// http.ts and the i18n setup read localStorage as they load: a memory one stands in for it.
vi.hoisted(() => {
  const data = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    },
    location: { origin: 'http://localhost' },
  });
});

/** The one socket.io-client socket the module opens, driven by the test. */
const fake = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => void;
  const state = {
    handlers: new Map<string, Handler>(),
    auth: null as null | ((cb: (data: object) => void) => void),
    active: false,
    connected: false,
    connect: vi.fn(),
  };
  const socket = {
    on: (event: string, handler: Handler) => state.handlers.set(event, handler),
    connect: state.connect,
    disconnect: vi.fn(),
    get active() {
      return state.active;
    },
    get connected() {
      return state.connected;
    },
  };
  /** What socket.io does on a connection attempt: asks for the auth, then reports. */
  const attempt = (event: string, ...args: unknown[]) => {
    state.auth?.(() => undefined);
    state.handlers.get(event)?.(...args);
  };
  return { state, socket, attempt };
});

vi.mock('socket.io-client', () => ({
  io: (_url: string, opts: { auth: (cb: (data: object) => void) => void }) => {
    fake.state.auth = opts.auth;
    return fake.socket;
  },
}));

import { setToken, setUnauthorizedHandler } from './http';
import { closeSocket, useSocket } from './socket';

describe('useSocket', () => {
  const rejected: string[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    rejected.length = 0;
    setUnauthorizedHandler((token) => rejected.push(token));
    setToken('token-1');
    fake.state.connect.mockClear();
    useSocket();
  });
  afterEach(() => {
    closeSocket();
    vi.useRealTimers();
  });

  it('ends the session when the server refuses the token, instead of retrying it forever', () => {
    fake.attempt('connect_error', new Error('unauthenticated'));
    expect(rejected).toEqual(['token-1']);
    vi.advanceTimersByTime(60_000);
    expect(fake.state.connect).not.toHaveBeenCalled();
  });

  it('retries a handshake refused for another reason (a server restarting)', () => {
    fake.attempt('connect_error', new Error('internal_error'));
    expect(rejected).toEqual([]);
    vi.advanceTimersByTime(5_000);
    expect(fake.state.connect).toHaveBeenCalledTimes(1);
  });

  it('a refusal of a token already replaced by a new login does not end the new session', () => {
    fake.state.auth?.(() => undefined); // handshake with token-1
    setToken('token-2');
    fake.state.handlers.get('connect_error')?.(new Error('unauthenticated'));
    expect(rejected).toEqual([]);
    vi.advanceTimersByTime(5_000);
    expect(fake.state.connect).toHaveBeenCalledTimes(1); // with the new token
  });

  it('comes back after the server closed the socket, so a revoked session learns it', () => {
    fake.state.handlers.get('disconnect')?.('io server disconnect');
    expect(fake.state.connect).toHaveBeenCalledTimes(1);
  });
});
