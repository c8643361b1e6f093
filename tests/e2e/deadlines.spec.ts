import { rmSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, randomIp } from '../support/api.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
  rightOptions,
} from '../support/contest.js';
import { freePort, startServer, type RunningServer } from '../support/server-process.js';

/**
 * Deadline and sweeper rules need a server whose clock the test can stand on a boundary, so this
 * file starts its own (TEST_HOOKS=true, automatic sweeping off) and a second process on the same
 * database for the sweeper race.
 */
let a: RunningServer;
let b: RunningServer;
let db: pg.Client;
let org: { token: string; unitId: string };

const setClock = (server: RunningServer, at: number | null) =>
  api('POST', '/api/test/clock', {
    base: server.baseUrl,
    body: { at: at === null ? null : new Date(at).toISOString() },
  });

beforeAll(async () => {
  const pgPort = await freePort();
  const env = { TEST_HOOKS: 'true', SWEEP_INTERVAL_MS: '0', PG_PORT: String(pgPort) };
  a = await startServer({ env });
  const url = `postgres://cchc:cchc-embedded@127.0.0.1:${pgPort}/cchc`;
  b = await startServer({ env: { ...env, DATABASE_URL: url } });
  db = new pg.Client({ connectionString: url });
  await db.connect();
  // A fresh unit and organiser, so the draw only uses this file's questions.
  const base = a.baseUrl;
  const admin = await api('POST', '/api/auth/login', {
    base,
    ip: randomIp(),
    body: { username: 'admin@demo.local', password: 'Demo@2025' },
  });
  const unit = await api('POST', '/api/units', {
    base,
    token: admin.body.accessToken,
    body: { code: 'HANCHOT', name: 'Phường Hạn Chót', kind: 'ward', parentId: null },
  });
  await api('POST', '/api/users', {
    base,
    token: admin.body.accessToken,
    body: {
      fullName: 'Ban Tổ chức Hạn Chót',
      role: 'organizer',
      unitId: unit.body.id,
      email: 'btc@hanchot.vn',
      password: 'ToChuc@2025',
    },
  });
  const login = await api('POST', '/api/auth/login', {
    base,
    ip: randomIp(),
    body: { username: 'btc@hanchot.vn', password: 'ToChuc@2025' },
  });
  org = { token: login.body.accessToken, unitId: unit.body.id };
  await publishedQuestions(org.token, 5, { base: a.baseUrl });
}, 180_000);

afterAll(async () => {
  await db?.end();
  await b?.stop();
  await a?.stop();
  if (a) rmSync(a.dataDir, { recursive: true, force: true });
});

async function roundAt(now: number, extra: Record<string, unknown> = {}) {
  const base = a.baseUrl;
  const contest = await createContest(org.token, org.unitId, {}, { base });
  const round = await createRound(
    org.token,
    contest.id,
    { durationSec: 60, blueprint: [{ area: 'the_che', count: 3 }], ...extra },
    { base, now },
  );
  await publish(org.token, contest.id, { base });
  return round;
}

describe('Deadlines (server clock)', () => {
  it('accepts an answer 1 ms before the deadline and up to the grace, refuses it 1 ms after', async () => {
    const t0 = Date.parse('2026-11-23T03:00:00.000Z');
    await setClock(a, t0);
    try {
      const round = await roundAt(t0);
      const p = await participant(org.unitId, { base: a.baseUrl });
      const started = await api('POST', `/api/rounds/${round.id}/attempts`, {
        base: a.baseUrl,
        token: p.token,
        body: {},
      });
      expect(started.status).toBe(201);
      const deadline = Date.parse(started.body.deadline);
      expect(deadline).toBe(t0 + 60_000);
      expect(started.body.serverNow).toBe(new Date(t0).toISOString());
      const [q1, q2, q3] = rightOptions(started.body);
      const save = (q: typeof q1) =>
        api('PUT', `/api/attempts/${started.body.id}/answers/${q!.questionId}`, {
          base: a.baseUrl,
          token: p.token,
          body: { optionIds: q!.optionIds },
        });
      await setClock(a, deadline - 1);
      expect((await save(q1)).status).toBe(200);
      await setClock(a, deadline + 2000);
      expect((await save(q2)).status).toBe(200); // in flight within the 2 s grace
      await setClock(a, deadline + 2001);
      const late = await save(q3);
      expect(late.status).toBe(422);
      expect(late.body.error.code).toBe('deadline_passed');
      // A submit after the grace closes the attempt with what was saved in time, nothing more.
      const submit = await api('POST', `/api/attempts/${started.body.id}/submit`, {
        base: a.baseUrl,
        token: p.token,
        body: { prediction: 1, answers: [q3] },
      });
      expect(submit.status).toBe(200);
      expect(submit.body).toMatchObject({
        status: 'expired',
        correctCount: 2,
        total: 3,
        durationMs: 60_000,
      });
    } finally {
      await setClock(a, null);
    }
  });

  it('ends an attempt at the round close when that comes before its duration', async () => {
    const t0 = Date.parse('2026-11-24T03:00:00.000Z');
    await setClock(a, t0);
    try {
      const round = await roundAt(t0 - 3_570_000, { durationSec: 600 });
      // The round closes 30 s after t0 (it was opened an hour earlier, for one hour).
      const p = await participant(org.unitId, { base: a.baseUrl });
      const started = await api('POST', `/api/rounds/${round.id}/attempts`, {
        base: a.baseUrl,
        token: p.token,
        body: {},
      });
      expect(started.status).toBe(201);
      expect(Date.parse(started.body.deadline)).toBe(t0 + 30_000);
    } finally {
      await setClock(a, null);
    }
  });
});

describe('Sweeper', () => {
  it('auto-submits each expired attempt exactly once when two server processes sweep at the same time', async () => {
    const t0 = Date.parse('2026-11-25T03:00:00.000Z');
    await setClock(a, t0);
    await setClock(b, t0);
    try {
      const round = await roundAt(t0);
      const people = await Promise.all(
        Array.from({ length: 12 }, () => participant(org.unitId, { base: a.baseUrl })),
      );
      for (const p of people) {
        const s = await api('POST', `/api/rounds/${round.id}/attempts`, {
          base: a.baseUrl,
          token: p.token,
          body: {},
        });
        const [q1] = rightOptions(s.body);
        await api('PUT', `/api/attempts/${s.body.id}/answers/${q1!.questionId}`, {
          base: a.baseUrl,
          token: p.token,
          body: { optionIds: q1!.optionIds },
        });
      }
      const after = t0 + 60_000 + 2_001;
      await setClock(a, after);
      await setClock(b, after);
      const versions = async () =>
        (await db.query(`SELECT shard, v FROM report_data_version ORDER BY shard`)).rows.map(
          (r) => `${r.shard}:${r.v}`,
        );
      const before = await versions();
      const sweeps = await Promise.all(
        [a, b, a, b].map((s) => api('POST', '/api/test/sweep', { base: s.baseUrl })),
      );
      // A sweep that closes several attempts used to lock several report-version shards in
      // random order, and two sweeps at once could deadlock (a 500 here). Now each transaction
      // bumps only its own shard.
      expect(sweeps.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      const bumpedTo = await versions();
      const bumped = bumpedTo.filter((v, i) => v !== before[i]).length;
      const closing = sweeps.filter((r) => (r.body.closed as number) > 0).length;
      expect(bumped).toBeGreaterThanOrEqual(1);
      expect(bumped).toBeLessThanOrEqual(closing);
      const closed = sweeps.reduce((n, r) => n + (r.body.closed as number), 0);
      // Every closure the sweepers report is a distinct attempt: the sum equals what the
      // database shows as closed by them (this round's 12 plus any left by earlier tests).
      const swept = await db.query(
        `SELECT count(*)::int AS n, count(DISTINCT closed_by)::int AS by FROM attempts WHERE closed_by LIKE 'test-sweep:%'`,
      );
      expect(closed).toBe(swept.rows[0].n);
      expect(closed).toBeGreaterThanOrEqual(12);
      const rows = await db.query(
        `SELECT status, closed_by, correct_count FROM attempts WHERE round_id = $1`,
        [round.id],
      );
      expect(rows.rows).toHaveLength(12);
      expect(rows.rows.every((r) => r.status === 'expired' && r.correct_count === 1)).toBe(true);
      const entries = await db.query(
        `SELECT count(*)::int AS n FROM round_entries WHERE round_id = $1`,
        [round.id],
      );
      expect(entries.rows[0].n).toBe(12);
      // A later sweep finds nothing left.
      expect((await api('POST', '/api/test/sweep', { base: b.baseUrl })).body.closed).toBe(0);
    } finally {
      await setClock(a, null);
      await setClock(b, null);
    }
  });
});
