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
    extraHeaders: undefined as Record<string, string> | undefined,
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
  io: (
    _url: string,
    opts: {
      auth: (cb: (data: object) => void) => void;
      extraHeaders?: Record<string, string>;
    },
  ) => {
    fake.state.auth = opts.auth;
    fake.state.extraHeaders = opts.extraHeaders;
    return fake.socket;
  },
}));

describe('useSocket', () => {
  const rejected: string[] = [];
  let setToken: (token: string | null) => void;
  beforeEach(async () => {
    vi.useFakeTimers();
    // a fresh module per test: the app keeps one socket for its whole life
    vi.resetModules();
    const http = await import('./http');
    setToken = http.setToken;
    rejected.length = 0;
    http.setUnauthorizedHandler((token) => rejected.push(token));
    setToken('token-1');
    fake.state.connect.mockClear();
    (await import('./socket')).useSocket();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("opens with the app's language, so the server's refusals come in it", () => {
    expect(fake.state.extraHeaders).toEqual({ 'Accept-Language': 'vi' });
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
