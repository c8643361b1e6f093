import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, randomIp } from '../support/api.js';
import { createContest, createRound, participant, publish } from '../support/contest.js';
import { connectSocket } from '../support/sockets.js';
import { freePort, startServer, type RunningServer } from '../support/server-process.js';

// An operator's view of one server of its own: the start-up summary, the request log line,
// /api/metrics after some traffic, and readiness while PostgreSQL or Redis goes away and back.
const METRICS_TOKEN = 'metrics-token-for-the-e2e-test';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let redisPort = 0;
let redis: ChildProcess | undefined;
let server: RunningServer;
const sockets: Socket[] = [];

/** A throwaway Redis (no persistence) on `redisPort`; resolves once it answers PING. */
async function startRedis(): Promise<void> {
  redis = spawn('redis-server', ['--port', String(redisPort), '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const until = Date.now() + 10_000;
  while (!(await redisAnswers())) {
    if (Date.now() > until) throw new Error('redis-server did not start');
    await sleep(50);
  }
}

function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const c = connect(redisPort, '127.0.0.1');
    c.once('error', () => resolve(false));
    c.once('connect', () => c.write('PING\r\n'));
    c.once('data', (d) => {
      resolve(d.toString().startsWith('+PONG'));
      c.destroy();
    });
  });
}

async function stopRedis(): Promise<void> {
  const r = redis;
  redis = undefined;
  if (!r || r.exitCode !== null) return;
  const exited = new Promise((resolve) => r.once('exit', resolve));
  r.kill('SIGKILL');
  await exited;
}

/** Readiness status and how long the answer took. */
async function ready(): Promise<{ status: number; ms: number }> {
  const t = Date.now();
  const res = await fetch(`${server.baseUrl}/api/health/ready`, {
    signal: AbortSignal.timeout(10_000),
  });
  await res.body?.cancel();
  return { status: res.status, ms: Date.now() - t };
}

/** Polls readiness every 100 ms: ms from `from` until it answers `status`, and the slowest answer. */
async function readyAnswers(status: number, from: number, withinMs: number) {
  let slowest = 0;
  while (Date.now() - from < withinMs) {
    const r = await ready();
    slowest = Math.max(slowest, r.ms);
    if (r.status === status) return { afterMs: Date.now() - from, slowest };
    await sleep(100);
  }
  return { afterMs: null, slowest };
}

const metrics = (token?: string) =>
  fetch(`${server.baseUrl}/api/metrics`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

/** The value of one sample (`name{labels}`), 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

beforeAll(async () => {
  redisPort = await freePort();
  await startRedis();
  server = await startServer({
    env: {
      LOG_LEVEL: 'info',
      METRICS_TOKEN,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      // Long enough to watch readiness while the embedded PostgreSQL is down.
      PG_RESTART_BACKOFF_MS: '3000',
    },
  });
});

afterAll(async () => {
  for (const s of sockets) s.close();
  const code = await server?.stop('SIGTERM');
  await stopRedis();
  expect(code).toBe(0);
});

describe('start-up and request logs', () => {
  it('start-up prints a short summary, not a line per route', () => {
    const startup = server.output().split('\n').filter(Boolean);
    const upAt = startup.findIndex((l) => l.includes('Hội thi CCHC is up'));
    expect(upAt).toBeGreaterThan(0);
    const lines = startup.slice(0, upAt + 2);
    console.log(`start-up: ${lines.length} lines`);
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(lines.join('\n')).not.toMatch(/Mapped \{|RouterExplorer|RoutesResolver|InstanceLoader/);
    expect(lines.at(-1)).toMatch(
      /^\[cchc\] \d+ API routes; database: embedded PostgreSQL; Redis: on/,
    );
  });

  it('logs one line per request: method, route pattern, status, duration, request id, user id; no headers', async () => {
    const login = await api('POST', '/api/auth/login', {
      base: server.baseUrl,
      ip: randomIp(),
      body: { username: 'btc@demo.local', password: 'Demo@2025' },
    });
    const token = login.body.accessToken as string;
    const userId = login.body.user.id as string;
    const id = `obs-${Date.now()}`;
    const unit = await api('GET', `/api/units/${login.body.user.unitId}`, {
      base: server.baseUrl,
      token,
      headers: { 'x-request-id': id },
    });
    expect(unit.headers.get('x-request-id')).toBe(id);
    let line: string | undefined;
    for (let i = 0; i < 50 && !line; i++, await sleep(100))
      line = server
        .output()
        .split('\n')
        .find((l) => l.includes(`"id":"${id}"`));
    expect(line, 'the request line').toBeDefined();
    console.log(`request line: ${line!.length} bytes`);
    const entry = JSON.parse(line!) as Record<string, unknown>;
    expect(entry).toMatchObject({
      req: { id, method: 'GET', path: `/api/units/${login.body.user.unitId}` },
      route: '/api/units/:id',
      status: unit.status,
      userId,
      msg: 'request completed',
    });
    expect(entry.ms).toEqual(expect.any(Number));
    expect(Object.keys(entry).sort()).toEqual(
      ['hostname', 'level', 'ms', 'msg', 'pid', 'req', 'route', 'status', 'time', 'userId'].sort(),
    );
    expect(line).not.toMatch(/headers|authorization|content-type|cache-control/i);
    expect(line!.length).toBeLessThan(400);
  });
});

describe('/api/metrics', () => {
  it('needs the METRICS_TOKEN bearer token when one is set', async () => {
    expect((await metrics()).status).toBe(401);
    const wrong = await metrics(`${METRICS_TOKEN}x`);
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe(
      'unauthenticated',
    );
  });

  it('after some traffic shows request durations by route, sockets, attempts, autosaves, pushes', async () => {
    const base = server.baseUrl;
    const org = (
      await api('POST', '/api/auth/login', {
        base,
        ip: randomIp(),
        body: { username: 'btc@demo.local', password: 'Demo@2025' },
      })
    ).body.accessToken as string;
    const me = await api('GET', '/api/me', { base, token: org });
    const contest = await createContest(org, me.body.unitId, {}, { base });
    const round = await createRound(org, contest.id, {}, { base });
    await publish(org, contest.id, { base });
    const p = await participant(me.body.unitId, { base });

    const watcher = await connectSocket(base, org);
    sockets.push(watcher);
    expect((await watcher.emitWithAck('leaderboard:watch', { roundId: round.id })).ok).toBe(true);
    const pushed = new Promise((resolve) => watcher.once('leaderboard:updated', resolve));

    const started = await api('POST', `/api/rounds/${round.id}/attempts`, {
      base,
      token: p.token,
      body: {},
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    // Any option: the attempt only has to be complete to be submitted.
    const answers = (started.body.questions as { id: string; options: { id: string }[] }[]).map(
      (q) => ({ questionId: q.id, optionIds: [q.options[0]!.id] }),
    );
    for (const a of answers) {
      const saved = await api('PUT', `/api/attempts/${started.body.id}/answers/${a.questionId}`, {
        base,
        token: p.token,
        body: { optionIds: a.optionIds },
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    }
    const submitted = await api('POST', `/api/attempts/${started.body.id}/submit`, {
      base,
      token: p.token,
      body: { prediction: 1 },
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    await pushed;

    const res = await metrics(METRICS_TOKEN);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const figures = {
      meRequests: sample(
        text,
        'cchc_http_request_duration_seconds_count{method="GET",route="/api/me",status="200"}',
      ),
      submitRequests: sample(
        text,
        'cchc_http_request_duration_seconds_count{method="POST",route="/api/attempts/:id/submit",status="200"}',
      ),
      sockets: sample(text, 'cchc_socket_connections'),
      attemptsStarted: sample(text, 'cchc_attempts_started_total'),
      attemptsSubmitted: sample(text, 'cchc_attempts_submitted_total{status="submitted"}'),
      autosaveBatches: sample(text, 'cchc_autosave_batch_size_count'),
      autosavedAnswers: sample(text, 'cchc_autosave_batch_size_sum'),
      leaderboardPushes: sample(text, 'cchc_leaderboard_pushes_total'),
    };
    console.log(`metrics after traffic: ${JSON.stringify(figures)}`);
    expect(figures).toEqual({
      meRequests: 1,
      submitRequests: 1,
      sockets: 1,
      attemptsStarted: 1,
      attemptsSubmitted: 1,
      autosaveBatches: expect.any(Number),
      autosavedAnswers: answers.length,
      leaderboardPushes: expect.any(Number),
    });
    expect(figures.autosaveBatches).toBeGreaterThanOrEqual(1);
    expect(figures.leaderboardPushes).toBeGreaterThanOrEqual(1);
    for (const family of [
      'nodejs_eventloop_lag_seconds',
      'cchc_db_pool_in_use',
      'cchc_db_pool_waiting',
      'process_resident_memory_bytes',
    ])
      expect(text).toMatch(new RegExp(`^${family} \\d`, 'm'));
    // Route labels are patterns: no attempt, round or contest id becomes a series of its own.
    expect(text).not.toContain(started.body.id as string);
    expect(text).not.toContain(round.id);

    watcher.close();
    let after = 1;
    for (let i = 0; i < 50 && after !== 0; i++, await sleep(100))
      after = sample(await (await metrics(METRICS_TOKEN)).text(), 'cchc_socket_connections');
    expect(after).toBe(0);
  });
});

describe('/api/health/ready', () => {
  it('answers 503 within 2 s while Redis is down and 200 again once it is back, without a restart', async () => {
    expect((await ready()).status).toBe(200);
    const t0 = Date.now();
    await stopRedis();
    const down = await readyAnswers(503, t0, 10_000);
    console.log(
      `Redis killed: readiness 503 after ${down.afterMs} ms (slowest answer ${down.slowest} ms)`,
    );
    expect(down.afterMs).not.toBeNull();
    expect(down.afterMs!).toBeLessThanOrEqual(2000);
    expect(down.slowest).toBeLessThanOrEqual(2000);
    // The summary stays 200 (degraded) and liveness 200: nothing should restart this process.
    const health = await fetch(`${server.baseUrl}/api/health`);
    expect([health.status, await health.json()]).toEqual([
      200,
      { status: 'degraded', db: 'up', redis: 'down' },
    ]);
    expect((await fetch(`${server.baseUrl}/api/health/live`)).status).toBe(200);

    // The outage is told in one line per client (once a reconnect has failed: wait for it, or a
    // quick restart would meet no failure at all), not a stack trace per reconnect.
    for (let i = 0; i < 100 && !server.output().includes('Redis (main) unreachable'); i++)
      await sleep(50);
    const t1 = Date.now();
    await startRedis();
    const back = await readyAnswers(200, t1, 20_000);
    console.log(`Redis restarted: readiness 200 after ${back.afterMs} ms`);
    expect(back.afterMs).not.toBeNull();
    expect(server.proc.exitCode).toBeNull();
    const out = server.output();
    expect(out).toContain('Redis (main) unreachable, reconnecting');
    expect(out).not.toContain('Unhandled error event');
  });

  it('answers 503 within 2 s while the embedded PostgreSQL is down and 200 once it is back', async () => {
    const postmaster = () =>
      Number(readFileSync(path.join(server.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const pm = postmaster();
    const t0 = Date.now();
    process.kill(pm, 'SIGINT'); // fast shutdown; the server's supervisor starts it again
    const down = await readyAnswers(503, t0, 10_000);
    console.log(
      `PostgreSQL stopped: readiness 503 after ${down.afterMs} ms (slowest answer ${down.slowest} ms)`,
    );
    expect(down.afterMs).not.toBeNull();
    expect(down.afterMs!).toBeLessThanOrEqual(2000);
    expect(down.slowest).toBeLessThanOrEqual(2000);
    expect((await fetch(`${server.baseUrl}/api/health/live`)).status).toBe(200);
    const back = await readyAnswers(200, t0, 60_000);
    console.log(`PostgreSQL restarted: readiness 200 after ${back.afterMs} ms`);
    expect(back.afterMs).not.toBeNull();
    expect(postmaster()).not.toBe(pm);
    expect(server.proc.exitCode).toBeNull();
  });

  it('answers 503 within 2 s while PostgreSQL hangs (processes stopped) and 200 once they resume', async () => {
    const pm = Number(
      readFileSync(path.join(server.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    // The postmaster and every backend: a database that accepts nothing and answers nothing,
    // like a host gone from the network.
    const frozen = [
      pm,
      ...readFileSync(`/proc/${pm}/task/${pm}/children`, 'utf8')
        .split(/\s+/)
        .filter(Boolean)
        .map(Number),
    ];
    const t0 = Date.now();
    for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    let down: { afterMs: number | null; slowest: number };
    try {
      down = await readyAnswers(503, t0, 10_000);
    } finally {
      for (const pid of frozen) process.kill(pid, 'SIGCONT');
    }
    console.log(
      `PostgreSQL hung: readiness 503 after ${down.afterMs} ms (slowest answer ${down.slowest} ms)`,
    );
    expect(down.afterMs).not.toBeNull();
    expect(down.afterMs!).toBeLessThanOrEqual(2000);
    expect(down.slowest).toBeLessThanOrEqual(2000);
    const back = await readyAnswers(200, Date.now(), 30_000);
    console.log(`PostgreSQL resumed: readiness 200 after ${back.afterMs} ms`);
    expect(back.afterMs).not.toBeNull();
  });
});
