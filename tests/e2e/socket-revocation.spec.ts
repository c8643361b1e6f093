import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { api, baseUrl, randomIp } from '../support/api.js';
import { participant } from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';
import { startServer, type RunningServer } from '../support/server-process.js';
import { closedAfter, connectSocket } from '../support/sockets.js';

const NEW_PASSWORD = 'DoiMatKhau@2026';

/** Two sessions of one new participant: one to hold a socket, one to act. */
async function twoSessions(base: string, unitId: string) {
  const p = await participant(unitId, { base });
  const second = await api('POST', '/api/auth/login', {
    base,
    ip: randomIp(),
    body: { username: p.phone, password: 'ThiSinh@2025' },
  });
  expect(second.status).toBe(200);
  return { first: p.token, second: second.body.accessToken as string };
}

const logout = (base: string, token: string) => async () => {
  const res = await api('POST', '/api/auth/logout', { base, token });
  expect(res.status).toBe(204);
};

const changePassword = (base: string, token: string) => async () => {
  const res = await api('POST', '/api/me/password', {
    base,
    token,
    body: { currentPassword: 'ThiSinh@2025', newPassword: NEW_PASSWORD },
  });
  expect(res.status).toBe(204);
};

const report = (what: string, c: { ms: number | null; fromRequestMs: number | null }) =>
  console.log(
    c.ms === null
      ? `[sockets] ${what}: the socket stayed open`
      : `[sockets] ${what}: socket closed ${c.ms.toFixed(0)} ms after the answer ` +
          `(${c.fromRequestMs?.toFixed(0)} ms after the request)`,
  );

/** Whether a socket still gets answers: an event any signed-in person may send. */
const answers = async (s: Socket) =>
  (await s.timeout(2000).emitWithAck('leaderboard:unwatch', { roundId: randomUUID() })) as {
    ok: boolean;
  };

describe('revocation reaches sockets (one process)', () => {
  let unitId: string;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    unitId = (await freshOrganiser()).unitId;
  });
  afterAll(() => sockets.forEach((s) => s.close()));

  it('logout closes the sockets of that token within 1 s, and the token cannot connect again', async () => {
    const { first, second } = await twoSessions(baseUrl(), unitId);
    const held = await connectSocket(baseUrl(), first);
    const other = await connectSocket(baseUrl(), second);
    sockets.push(held, other);
    const closed = await closedAfter(held, logout(baseUrl(), first));
    report('logout', closed);
    expect(closed.reason).toBe('io server disconnect');
    expect(closed.ms).toBeLessThan(1000);
    await expect(connectSocket(baseUrl(), first)).rejects.toThrow('unauthenticated');
    // the person's other session is not logged out
    expect(other.connected).toBe(true);
    expect(await answers(other)).toMatchObject({ ok: true });
  });

  it("a password change closes the other sessions' sockets within 1 s, and keeps its own", async () => {
    const { first, second } = await twoSessions(baseUrl(), unitId);
    const held = await connectSocket(baseUrl(), first);
    const own = await connectSocket(baseUrl(), second);
    sockets.push(held, own);
    const closed = await closedAfter(held, changePassword(baseUrl(), second));
    report('password change', closed);
    expect(closed.reason).toBe('io server disconnect');
    expect(closed.ms).toBeLessThan(1000);
    await expect(connectSocket(baseUrl(), first)).rejects.toThrow('unauthenticated');
    expect(own.connected).toBe(true);
    expect(await answers(own)).toMatchObject({ ok: true });
  });
});

// PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379, as in external-services.spec.ts.
const ADMIN_URL = process.env.TEST_EXTERNAL_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const dbName = `cchc_sock_${randomBytes(4).toString('hex')}`;
const dbUrl = () => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  return url.toString();
};

describe('revocation reaches sockets (two processes sharing Redis)', () => {
  let a: RunningServer;
  let b: RunningServer;
  let unitId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    const c = new pg.Client({ connectionString: ADMIN_URL });
    await c.connect();
    await c.query(`CREATE DATABASE ${dbName}`);
    await c.end();
    const env = { DATABASE_URL: dbUrl(), REDIS_URL };
    a = await startServer({ env });
    b = await startServer({ env });
    const org = await api('POST', '/api/auth/login', {
      base: a.baseUrl,
      ip: randomIp(),
      body: { username: 'btc@demo.local', password: 'Demo@2025' },
    });
    const me = await api('GET', '/api/me', { base: a.baseUrl, token: org.body.accessToken });
    unitId = me.body.unitId as string;
  }, 120_000);

  afterAll(async () => {
    sockets.forEach((s) => s.close());
    const codes = await Promise.all([b?.stop('SIGTERM'), a?.stop('SIGTERM')]);
    const c = new pg.Client({ connectionString: ADMIN_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await c.end();
    expect(codes).toEqual([0, 0]);
  }, 60_000);

  it('logout through process B closes the socket on process A within 1 s', async () => {
    const { first, second } = await twoSessions(b.baseUrl, unitId);
    const held = await connectSocket(a.baseUrl, first);
    const other = await connectSocket(a.baseUrl, second);
    sockets.push(held, other);
    // A has just accepted the token, so it sits in A's token cache (AUTH_CACHE_MS)
    expect(await answers(held)).toMatchObject({ ok: true });
    const closed = await closedAfter(held, logout(b.baseUrl, first));
    report('logout on B, socket on A', closed);
    expect(closed.reason).toBe('io server disconnect');
    expect(closed.ms).toBeLessThan(1000);
    // A forgot the cached token too: a new handshake there is refused at once
    await expect(connectSocket(a.baseUrl, first)).rejects.toThrow('unauthenticated');
    expect(await answers(other)).toMatchObject({ ok: true });
  });

  it('a password change through process B closes the socket on process A within 1 s', async () => {
    const { first, second } = await twoSessions(b.baseUrl, unitId);
    const held = await connectSocket(a.baseUrl, first);
    sockets.push(held);
    expect(await answers(held)).toMatchObject({ ok: true });
    const closed = await closedAfter(held, changePassword(b.baseUrl, second));
    report('password change on B, socket on A', closed);
    expect(closed.reason).toBe('io server disconnect');
    expect(closed.ms).toBeLessThan(1000);
    await expect(connectSocket(a.baseUrl, first)).rejects.toThrow('unauthenticated');
  });

  it('a socket whose session expired is no longer answered, and is closed', async () => {
    const { first } = await twoSessions(b.baseUrl, unitId);
    const held = await connectSocket(a.baseUrl, first);
    sockets.push(held);
    expect(await answers(held)).toMatchObject({ ok: true });
    const db = new pg.Client({ connectionString: dbUrl() });
    await db.connect();
    try {
      const hash = createHash('sha256').update(first).digest('hex');
      const expired = await db.query(
        `UPDATE auth_sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
        [hash],
      );
      expect(expired.rowCount).toBe(1);
    } finally {
      await db.end();
    }
    const closed = new Promise<string>((resolve) => held.once('disconnect', resolve));
    const since = performance.now();
    // answered from A's token cache for at most AUTH_CACHE_MS (10 s by default), then refused
    let last: { ok: boolean; error?: { code: string } } = { ok: true };
    while (last.ok && performance.now() - since < 15_000) {
      last = await answers(held);
      if (last.ok) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    console.log(
      `[sockets] expired session: refused after ${(performance.now() - since).toFixed(0)} ms`,
    );
    expect(last).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await closed).toBe('io server disconnect');
  });
});
