import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { api, randomIp } from '../support/api.js';
import { createContest, createRound, participant, publish } from '../support/contest.js';
import { startServer } from '../support/server-process.js';

// The machines this project runs on (developers' and CI's) have PostgreSQL on 127.0.0.1:5432 and
// Redis on 127.0.0.1:6379; the default path needs neither, this test checks the configured one.
const ADMIN_URL = process.env.TEST_EXTERNAL_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const dbName = `cchc_ext_${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(`CREATE DATABASE ${dbName}`);
  await c.end();
});

afterAll(async () => {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await c.end();
});

describe('external PostgreSQL and Redis', () => {
  it('runs migrations on DATABASE_URL and reports Redis in /api/health', async () => {
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    const server = await startServer({ env: { DATABASE_URL: url.toString(), REDIS_URL } });
    try {
      const health = await fetch(`${server.baseUrl}/api/health`).then((r) => r.json());
      expect(health).toEqual({ status: 'ok', db: 'up', redis: 'up' });
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM units WHERE is_demo`);
      await c.end();
      expect(rows[0].n).toBeGreaterThan(30);
      // No embedded PostgreSQL was started for this server.
      expect(server.output()).not.toContain('Initialising embedded PostgreSQL');
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
  });

  it('shares leaderboard pushes between two server processes through Redis', async () => {
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    const env = { DATABASE_URL: url.toString(), REDIS_URL };
    const a = await startServer({ env });
    const b = await startServer({ env });
    const watcher: Socket[] = [];
    try {
      const call = (base: string, method: string, path: string, token?: string, body?: unknown) =>
        api(method, path, { base, token, body, ip: randomIp() });
      const orgLogin = await call(a.baseUrl, 'POST', '/api/auth/login', undefined, {
        username: 'btc@demo.local',
        password: 'Demo@2025',
      });
      const org = orgLogin.body.accessToken as string;
      const me = await call(a.baseUrl, 'GET', '/api/me', org);
      const contest = await createContest(org, me.body.unitId, {}, { base: a.baseUrl });
      const round = await createRound(org, contest.id, {}, { base: a.baseUrl });
      await publish(org, contest.id, { base: a.baseUrl });
      const p = await participant(me.body.unitId, {
        base: a.baseUrl,
        fullName: 'Người thi Qua Redis',
      });

      // The watcher is connected to process B; the submission goes to process A.
      const s = io(b.baseUrl, {
        path: '/socket.io',
        auth: { token: org },
        transports: ['websocket'],
        reconnection: false,
      });
      watcher.push(s);
      const ack = await s.emitWithAck('leaderboard:watch', { roundId: round.id });
      expect(ack.ok).toBe(true);
      const pushed = new Promise<{ top: { fullName: string }[] }>((resolve) =>
        s.on('leaderboard:updated', resolve),
      );
      const started = await call(
        a.baseUrl,
        'POST',
        `/api/rounds/${round.id}/attempts`,
        p.token,
        {},
      );
      const answers = started.body.questions.map(
        (q: { id: string; options: { id: string }[] }) => ({
          questionId: q.id,
          optionIds: [q.options[0]!.id],
        }),
      );
      const submitted = await call(
        a.baseUrl,
        'POST',
        `/api/attempts/${started.body.id}/submit`,
        p.token,
        {
          prediction: 1,
          answers,
        },
      );
      expect(submitted.status).toBe(200);
      const update = await pushed;
      expect(update.top.map((r) => r.fullName)).toContain('Người thi Qua Redis');
    } finally {
      for (const s of watcher) s.close();
      expect(await b.stop('SIGTERM')).toBe(0);
      expect(await a.stop('SIGTERM')).toBe(0);
    }
  });
});
