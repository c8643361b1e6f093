import type { User } from '@cchc/contracts';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// http.ts and the i18n setup read localStorage as they load: a memory one stands in for it.
const stored = vi.hoisted(() => {
  const data = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    },
  });
  return data;
});

import { getToken, http, TOKEN_KEY } from '@/api/http';
import { useAuthStore, WrongAccountError } from './auth';

const OWNER: User = {
  id: '11111111-1111-4111-8111-111111111111',
  fullName: 'Nguyễn Thị Hoa',
  role: 'participant',
  unitId: null,
  unitName: null,
  phone: '0912345678',
  email: null,
  citizenId: null,
  active: true,
  createdAt: '2025-06-01T08:00:00+07:00',
};
const OTHER: User = {
  ...OWNER,
  id: '22222222-2222-4222-8222-222222222222',
  fullName: 'Lê Văn Bình',
};

interface Call {
  method: string;
  url: string;
  token: string | null;
  answer: (status: number, body?: unknown) => void;
}

/** A fetch whose answers the test gives, one call at a time and in any order. */
function fakeFetch() {
  const calls: Call[] = [];
  const fetch = vi.fn((url: string, init: RequestInit) => {
    const auth = new Headers(init.headers).get('Authorization');
    return new Promise<Response>((resolve) => {
      calls.push({
        method: init.method ?? 'GET',
        url,
        token: auth?.replace(/^Bearer /, '') ?? null,
        answer: (status, body) =>
          resolve(
            new Response(body === undefined ? null : JSON.stringify(body), {
              status,
              headers: { 'Content-Type': 'application/json' },
            }),
          ),
      });
    });
  });
  return { calls, fetch };
}

const refusal = (code: string) => ({ error: { code, message: code } });
/** Lets every promise waiting on an answer run on. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

let server: ReturnType<typeof fakeFetch>;
beforeEach(() => {
  stored.clear();
  server = fakeFetch();
  vi.stubGlobal('fetch', server.fetch);
  setActivePinia(createPinia());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function signedIn(token: string, user: User) {
  const auth = useAuthStore();
  const done = auth.login({ username: user.phone!, password: 'MatKhau@2025' });
  await settle();
  server.calls.at(-1)!.answer(200, { accessToken: token, user });
  await done;
  return auth;
}

describe('useAuthStore', () => {
  it('a late 401 for a request of the session logged out does not end the session logged in after it', async () => {
    const auth = await signedIn('old-token', OWNER);
    // a page asks something with the old session, then the person logs out and in again
    const late = http.get('/api/me/rounds').catch((err: unknown) => err);
    await settle();
    const logout = auth.logout();
    await settle();
    server.calls.find((c) => c.url === '/api/auth/logout')!.answer(204);
    await logout;
    const again = auth.login({ username: OWNER.phone!, password: 'MatKhau@2025' });
    await settle();
    server.calls.at(-1)!.answer(200, { accessToken: 'new-token', user: OWNER });
    await again;

    server.calls.find((c) => c.url === '/api/me/rounds')!.answer(401, refusal('unauthenticated'));
    expect(await late).toMatchObject({ status: 401 });
    expect(auth.isAuthenticated).toBe(true);
    expect(getToken()).toBe('new-token');
  });

  it('a 401 for the token in use ends the session', async () => {
    const auth = await signedIn('revoked-token', OWNER);
    const request = http.get('/api/me/rounds').catch(() => undefined);
    await settle();
    server.calls.at(-1)!.answer(401, refusal('unauthenticated'));
    await request;
    expect(auth.isAuthenticated).toBe(false);
    expect(stored.has(TOKEN_KEY)).toBe(false);
  });

  it('a wrong current password when changing it does not sign the person out', async () => {
    const auth = await signedIn('token', OWNER);
    const change = auth.changePassword('sai-mat-khau', 'MatKhauMoi@2026').catch((e: unknown) => e);
    await settle();
    server.calls.at(-1)!.answer(401, refusal('invalid_credentials'));
    expect(await change).toMatchObject({ code: 'invalid_credentials' });
    expect(auth.isAuthenticated).toBe(true);
    expect(getToken()).toBe('token');
  });

  it('logging someone else in to resume the owner’s session keeps their token out and revokes it', async () => {
    const auth = useAuthStore();
    const attempt = auth
      .reauthenticate({ username: 'binh@example.vn', password: 'MatKhau@2025' }, OWNER.id)
      .catch((e: unknown) => e);
    await settle();
    server.calls.at(-1)!.answer(200, { accessToken: 'someone-elses-token', user: OTHER });
    const err = await attempt;
    expect(err).toBeInstanceOf(WrongAccountError);
    expect((err as WrongAccountError).fullName).toBe('Lê Văn Bình');
    expect(auth.isAuthenticated).toBe(false);
    expect(getToken()).toBeNull();
    await settle();
    const revoke = server.calls.at(-1)!;
    expect(revoke).toMatchObject({
      method: 'POST',
      url: '/api/auth/logout',
      token: 'someone-elses-token',
    });
  });

  it('the owner logging in again gets the session back', async () => {
    const auth = useAuthStore();
    const attempt = auth.reauthenticate(
      { username: OWNER.phone!, password: 'MatKhau@2025' },
      OWNER.id,
    );
    await settle();
    server.calls.at(-1)!.answer(200, { accessToken: 'fresh-token', user: OWNER });
    await attempt;
    expect(auth.user?.id).toBe(OWNER.id);
    expect(getToken()).toBe('fresh-token');
  });
});
