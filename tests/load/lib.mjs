// Shared helpers for the load benchmarks: start the built server on a fresh embedded PostgreSQL,
// log in, time requests, summarise and write JSON results.
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clearInterval, clearTimeout, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startServer(env = {}, { nodeArgs = [] } = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cchc-bench-'));
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const proc = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'server/dist/main.js')], {
    cwd: ROOT,
    env: {
      ...rest,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      PG_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (d) => {
    out += d;
    if (out.length > 2_000_000) out = out.slice(-1_000_000); // long runs: keep the tail
  };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited:\n${out}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      /* starting */
    }
    if (Date.now() > deadline) {
      proc.kill('SIGTERM');
      throw new Error(`server did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    port,
    pid: proc.pid,
    /** Set when PG_PORT was given, so a benchmark can set up and check data directly. */
    pgUrl: env.PG_PORT ? `postgres://cchc:cchc-embedded@127.0.0.1:${env.PG_PORT}/cchc` : null,
    output: () => out,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        const exited = new Promise((r) => proc.on('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function login(baseUrl, username, password = 'Demo@2025') {
  const r = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!r.ok) throw new Error(`login failed ${r.status}`);
  return (await r.json()).accessToken;
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summarise(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const round = (x) => Math.round(x * 10) / 10;
  return {
    n: s.length,
    p50: round(percentile(s, 50)),
    p95: round(percentile(s, 95)),
    p99: round(percentile(s, 99)),
    max: round(s[s.length - 1]),
  };
}

export function writeResult(name, result) {
  const dir = path.join(ROOT, 'tests/load/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      { name, at: new Date().toISOString(), node: process.version, ...result },
      null,
      2,
    ),
  );
  return file;
}

// ------------------------------------------------------------------------------------------------
// Helpers for the attempt and leaderboard benchmarks: keep-alive HTTP, an open-loop load
// generator, data setup, CPU accounting and a CPU profile of the server over the inspector.

/** Keep-alive HTTP/1.1 client on node:http (undici is not installed). */
export function httpClient(baseUrl, { maxSockets = 256, timeoutMs = 10_000 } = {}) {
  const { hostname, port } = new URL(baseUrl);
  // fifo: every pooled socket stays busy, so none idles past the server's keep-alive timeout
  // (5 s) and gets closed just as it is reused (ECONNRESET).
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets,
    maxFreeSockets: maxSockets,
    scheduling: 'fifo',
  });
  /** Resolves {status, text}; rejects on a network error or after timeoutMs (code TIMEOUT). */
  function request(method, urlPath, { token, body } = {}) {
    return new Promise((resolve, reject) => {
      const headers = { accept: 'application/json' };
      let payload;
      if (body !== undefined) {
        payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
        headers['content-type'] = 'application/json';
        headers['content-length'] = Buffer.byteLength(payload);
      }
      if (token) headers.authorization = `Bearer ${token}`;
      const req = http.request({ host: hostname, port, method, path: urlPath, headers, agent });
      const timer = setTimeout(() => {
        const e = new Error('timeout');
        e.code = 'TIMEOUT';
        req.destroy(e);
      }, timeoutMs);
      req.on('response', (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString() });
        });
        res.on('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
      });
      req.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      req.end(payload);
    });
  }
  async function json(method, urlPath, opts) {
    const r = await request(method, urlPath, opts);
    if (r.status < 200 || r.status >= 300)
      throw new Error(`${method} ${urlPath} → ${r.status} ${r.text.slice(0, 300)}`);
    return r.text ? JSON.parse(r.text) : null;
  }
  return { request, json, close: () => agent.destroy() };
}

/**
 * Open-loop load at a fixed rate: request i is due at t0 + i/rate whatever happened to the
 * earlier ones, and its latency runs from that due time to the end of the response (so a
 * stalled server or generator is not hidden). At most maxInFlight requests are outstanding;
 * requests due beyond that wait in a FIFO (still timed from their due time).
 * send(i) resolves {ok: true} or {ok: false, error}; a rejection counts as an error.
 */
export function openLoop({ rate, seconds, maxInFlight = 512, send, tickMs = 2 }) {
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies = [];
  const errors = {};
  let ok = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  let next = 0;
  let done = 0;
  let maxQueue = 0;
  const queue = [];
  let qHead = 0;
  const t0 = performance.now();
  let lastDone = t0;
  return new Promise((resolve) => {
    const finish = () =>
      resolve({
        offered: total,
        targetRate: rate,
        ok,
        failed: total - ok,
        errors,
        latencies,
        elapsedMs: lastDone - t0,
        ackRate: ok / Math.max(seconds, (lastDone - t0) / 1000),
        peakInFlight,
        maxQueue,
      });
    if (total === 0) return finish();
    const bump = (k) => (errors[k] = (errors[k] ?? 0) + 1);
    const fire = (i, at) => {
      inFlight++;
      if (inFlight > peakInFlight) peakInFlight = inFlight;
      Promise.resolve()
        .then(() => send(i))
        .then(
          (r) => {
            if (r?.ok) {
              ok++;
              latencies.push(performance.now() - at);
            } else bump(r?.error ?? 'failed');
          },
          (e) => bump(e?.code ?? e?.message ?? 'error'),
        )
        .finally(() => {
          inFlight--;
          done++;
          lastDone = performance.now();
          if (qHead < queue.length) {
            const [j, a] = queue[qHead];
            queue[qHead++] = undefined;
            fire(j, a);
          }
          if (done === total) finish();
        });
    };
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor((performance.now() - t0) / interval) + 1);
      for (; next < due; next++) {
        const at = t0 + next * interval;
        if (inFlight < maxInFlight) fire(next, at);
        else {
          queue.push([next, at]);
          maxQueue = Math.max(maxQueue, queue.length - qHead);
        }
      }
      if (next >= total) clearInterval(timer);
    }, tickMs);
  });
}

/** Summary of an openLoop() result for printing and JSON. */
export function loadFigures(r) {
  return {
    targetRate: r.targetRate,
    offered: r.offered,
    acked: r.ok,
    failed: r.failed,
    errors: r.errors,
    ackRatePerS: Math.round(r.ackRate * 10) / 10,
    elapsedS: Math.round(r.elapsedMs / 100) / 10,
    latencyMs: summarise(r.latencies),
    peakInFlight: r.peakInFlight,
    maxQueued: r.maxQueue,
  };
}

export async function api(baseUrl, method, urlPath, token, body) {
  const r = await fetch(`${baseUrl}${urlPath}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${urlPath} → ${r.status} ${text.slice(0, 400)}`);
  return text ? JSON.parse(text) : null;
}

/** 17 questions from the 154 published demo questions (22 per area). */
export const BLUEPRINT_17 = [
  { area: 'the_che', count: 3 },
  { area: 'thu_tuc_hanh_chinh', count: 3 },
  { area: 'to_chuc_bo_may', count: 3 },
  { area: 'che_do_cong_vu', count: 2 },
  { area: 'tai_chinh_cong', count: 2 },
  { area: 'chinh_quyen_so', count: 2 },
  { area: 'chi_dao_tuyen_truyen', count: 2 },
];

/** As btc@demo.local: a published contest with one open self-paced round (2 h window). */
export async function createOpenRound(baseUrl, { title = 'Benchmark', maxAttempts = 0 } = {}) {
  const token = await login(baseUrl, 'btc@demo.local');
  const me = await api(baseUrl, 'GET', '/api/me', token);
  const unitId = me.unitId ?? me.user?.unitId;
  const contest = await api(baseUrl, 'POST', '/api/contests', token, {
    title: `${title} ${new Date().toISOString()}`,
    organizerUnitId: unitId,
  });
  const now = Date.now();
  const round = await api(baseUrl, 'POST', `/api/contests/${contest.id}/rounds`, token, {
    title: `${title} round`,
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 2 * 3600_000).toISOString(),
    durationSec: 7200,
    maxAttempts,
    blueprint: BLUEPRINT_17,
    prediction: { enabled: true, target: 'perfect_count' },
  });
  await api(baseUrl, 'PATCH', `/api/contests/${contest.id}`, token, { status: 'published' });
  return { contestId: contest.id, roundId: round.id, organizerToken: token, unitId };
}

let phoneSeq = 0;
/**
 * Inserts n participants straight into the database (registering through the API would spend
 * an argon2 hash each) with one live session each. They sit in the unit of thisinh01@demo.local
 * and share its password hash. Returns [{userId, token}].
 */
export async function insertParticipants(db, n, label = 'Thí sinh tải') {
  const [tpl] = (
    await db.query(
      `SELECT unit_id, password_hash FROM users WHERE email = 'thisinh01@demo.local' OR phone IS NOT NULL AND role = 'participant' ORDER BY email = 'thisinh01@demo.local' DESC LIMIT 1`,
    )
  ).rows;
  const out = [];
  for (let from = 0; from < n; from += 5000) {
    const ids = [];
    const names = [];
    const phones = [];
    const hashes = [];
    for (let i = from; i < Math.min(n, from + 5000); i++) {
      const token = randomBytes(24).toString('base64url');
      const userId = randomUUID();
      ids.push(userId);
      names.push(`${label} ${phoneSeq}`);
      phones.push(`0299${String(phoneSeq++).padStart(6, '0')}`);
      hashes.push(createHash('sha256').update(token).digest('hex'));
      out.push({ userId, token });
    }
    await db.query(
      `INSERT INTO users (id, full_name, role, unit_id, phone, password_hash, is_demo, consent_at)
       SELECT i, f, 'participant', $4, p, $5, false, now()
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS x(i, f, p)`,
      [ids, names, phones, tpl.unit_id, tpl.password_hash],
    );
    await db.query(
      `INSERT INTO auth_sessions (user_id, token_hash, created_at, expires_at)
       SELECT u, h, now(), now() + interval '1 day' FROM unnest($1::uuid[], $2::text[]) AS x(u, h)`,
      [ids, hashes],
    );
  }
  return out;
}

/**
 * Starts one attempt per user through the API, `concurrency` at a time (closed loop).
 * Returns {attempts: [{id, userIdx, questions: [{id, type, options: [ids]}]}], ms, perS}.
 */
export async function startAttempts(client, roundId, users, { concurrency = 64 } = {}) {
  const attempts = new Array(users.length);
  let nextIdx = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (nextIdx < users.length) {
      const i = nextIdx++;
      const a = await client.json('POST', `/api/rounds/${roundId}/attempts`, {
        token: users[i].token,
        body: {},
      });
      attempts[i] = {
        id: a.id,
        userIdx: i,
        questions: a.questions.map((q) => ({
          id: q.id,
          type: q.type,
          options: q.options.map((o) => o.id),
        })),
      };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - t0;
  return { attempts, ms, perS: users.length / (ms / 1000) };
}

/**
 * Inserts open attempts for the given users by SQL, each a copy of one of the API-started
 * template attempts (taken in turn: same question snapshot, seed and deadline).
 * Returns the new attempt ids in the users' order.
 */
export async function copyAttempts(db, templateIds, userIds) {
  const templates = Array.isArray(templateIds) ? templateIds : [templateIds];
  const ids = [];
  for (let from = 0; from < userIds.length; from += 5000) {
    const chunk = userIds.slice(from, from + 5000);
    const newIds = chunk.map(() => randomUUID());
    const tpl = chunk.map((_, k) => templates[(from + k) % templates.length]);
    await db.query(
      `INSERT INTO attempts (id, round_id, user_id, attempt_no, track, seed, questions, total, started_at, deadline)
       SELECT x.i, a.round_id, x.u, 1, a.track, a.seed, a.questions, a.total, now(), a.deadline
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS x(i, u, t) JOIN attempts a ON a.id = x.t`,
      [newIds, chunk, tpl],
    );
    ids.push(...newIds);
  }
  return ids;
}

/**
 * Open attempts for every user: the first `viaApi` through the API (timed), the rest copied by
 * SQL from those (in turn). Returns {attempts: [{id, userIdx, questions}], setup: {...}}.
 */
export async function openAttempts(
  client,
  db,
  roundId,
  users,
  { viaApi = users.length, concurrency = 64 } = {},
) {
  const n = Math.min(users.length, Math.max(1, viaApi));
  const started = await startAttempts(client, roundId, users.slice(0, n), { concurrency });
  const setup = {
    viaApi: n,
    apiMs: Math.round(started.ms),
    apiPerS: Math.round(started.perS),
    apiNote: `POST /api/rounds/:id/attempts, ${concurrency} concurrent (closed loop)`,
    viaSql: users.length - n,
  };
  const attempts = started.attempts;
  if (users.length > n) {
    const t0 = performance.now();
    const ids = await copyAttempts(
      db,
      attempts.map((a) => a.id),
      users.slice(n).map((u) => u.userId),
    );
    ids.forEach((id, k) =>
      attempts.push({ id, userIdx: n + k, questions: attempts[k % n].questions }),
    );
    setup.sqlMs = Math.round(performance.now() - t0);
    setup.sqlNote = 'INSERT … SELECT copying the question snapshot of an API-started attempt';
  }
  return { attempts, setup };
}

const CLK_TCK = 100;
function procTicks(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), sys: Number(f[12]) };
  } catch {
    return null;
  }
}

/** The process and all its descendants (e.g. the server and its PostgreSQL processes). */
export function processTree(rootPid) {
  const children = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const t = procTicks(d);
    if (!t) continue;
    if (!children.has(t.ppid)) children.set(t.ppid, []);
    children.get(t.ppid).push(Number(d));
  }
  const out = [];
  const stack = [rootPid];
  while (stack.length) {
    const p = stack.pop();
    out.push(p);
    stack.push(...(children.get(p) ?? []));
  }
  return out;
}

/**
 * CPU used per group of processes between start and stop, in % of one core (200 % = both
 * cores of this machine). groups: {name: () => pid[]}; pids are read again at stop.
 */
export function cpuMeter(groups) {
  const read = () => {
    const r = {};
    for (const [name, pids] of Object.entries(groups)) {
      const m = new Map();
      for (const p of pids()) {
        const t = procTicks(p);
        if (t) m.set(p, t);
      }
      r[name] = m;
    }
    return r;
  };
  const before = read();
  const m0 = machineTicks();
  const t0 = performance.now();
  return {
    stop() {
      const after = read();
      const m1 = machineTicks();
      const secs = (performance.now() - t0) / 1000;
      const out = {};
      let ours = 0;
      const sys = {};
      for (const name of Object.keys(groups)) {
        let ticks = 0;
        let sysTicks = 0;
        for (const [p, t] of after[name]) {
          ticks += t.ticks - (before[name].get(p)?.ticks ?? 0);
          sysTicks += t.sys - (before[name].get(p)?.sys ?? 0);
        }
        ours += ticks;
        out[name] = Math.round((ticks / CLK_TCK / secs) * 1000) / 10;
        sys[name] = Math.round((sysTicks / CLK_TCK / secs) * 1000) / 10;
      }
      out.kernelPart = sys; // of the above, time spent in the kernel (syscalls, loopback TCP)
      // Everything else running on the machine meanwhile (other builds, tests, servers).
      const busy = m1.busy - m0.busy;
      out.machineBusy = Math.round((busy / CLK_TCK / secs) * 1000) / 10;
      out.otherProcesses = Math.round((Math.max(0, busy - ours) / CLK_TCK / secs) * 1000) / 10;
      return out;
    },
  };
}

/** Busy and total CPU ticks of the whole machine (all cores), from /proc/stat. */
function machineTicks() {
  const f = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const idle = f[3] + (f[4] ?? 0);
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/**
 * Waits (up to maxWaitS) until processes outside `ownPids()` use less than maxOtherPct of one
 * core over a 3 s window: this machine is shared, so a benchmark should not start while a build
 * runs beside it. Returns the last measured share of the other processes.
 */
export async function waitForQuiet(
  ownPids,
  { maxOtherPct = 25, maxWaitS = 300, say = () => {} } = {},
) {
  const t0 = Date.now();
  for (;;) {
    const m = cpuMeter({ own: ownPids });
    await new Promise((r) => setTimeout(r, 3000));
    const { otherProcesses } = m.stop();
    if (otherProcesses <= maxOtherPct || Date.now() - t0 > maxWaitS * 1000) return otherProcesses;
    say(`other processes use ${otherProcesses} % of a core; waiting for a quieter machine`);
  }
}

/** Counters of the database (transactions = statements outside explicit ones + transactions). */
export async function pgCounters(db) {
  const [d] = (
    await db.query(
      `SELECT xact_commit::bigint AS commits, xact_rollback::bigint AS rollbacks,
              tup_inserted::bigint AS inserted, tup_updated::bigint AS updated,
              tup_returned::bigint AS returned, tup_fetched::bigint AS fetched
         FROM pg_stat_database WHERE datname = current_database()`,
    )
  ).rows;
  let wal = null;
  try {
    [wal] = (await db.query(`SELECT wal_records::bigint, wal_bytes::bigint FROM pg_stat_wal`)).rows;
  } catch {
    /* before PostgreSQL 14 */
  }
  return Object.fromEntries(
    Object.entries({ ...d, ...(wal ?? {}) }).map(([k, v]) => [k, Number(v)]),
  );
}

export function diffCounters(a, b) {
  return Object.fromEntries(Object.keys(b).map((k) => [k, b[k] - (a[k] ?? 0)]));
}

/**
 * A CPU profile of the server over the inspector (start the server with
 * nodeArgs ['--inspect=127.0.0.1:<port>']), so only the measured phase is sampled.
 */
export async function inspector(port) {
  const { default: WebSocket } = await import('ws');
  const [target] = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const ws = new WebSocket(target.webSocketDebuggerUrl, { maxPayload: 1 << 30 });
  await new Promise((res, rej) => {
    ws.once('open', res);
    ws.once('error', rej);
  });
  let id = 0;
  const pending = new Map();
  ws.on('message', (m) => {
    const msg = JSON.parse(m.toString());
    const cb = msg.id && pending.get(msg.id);
    if (cb) {
      pending.delete(msg.id);
      cb(msg);
    }
  });
  const call = (method, params = {}) =>
    new Promise((res, rej) => {
      const i = ++id;
      pending.set(i, (msg) => (msg.error ? rej(new Error(msg.error.message)) : res(msg.result)));
      ws.send(JSON.stringify({ id: i, method, params }));
    });
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 500 });
  return {
    start: () => call('Profiler.start'),
    async stop() {
      return (await call('Profiler.stop')).profile;
    },
    close: () => ws.close(),
  };
}

/** Self time by function (and by package) from a .cpuprofile, largest first. */
export function profileSummary(profile, top = 30) {
  const { nodes, samples, timeDeltas } = profile;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const dt = timeDeltas[i] ?? 0;
    total += dt;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  const where = (url) => {
    if (!url) return '';
    const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (m) return m[1];
    if (url.startsWith('node:')) return url;
    const i = url.indexOf('/server/dist/');
    if (i >= 0) return `server:${url.slice(i + 13)}`;
    const j = url.indexOf('/contracts/');
    return j >= 0 ? `contracts:${url.slice(j + 11)}` : url.replace(/^file:\/\//, '');
  };
  const fns = new Map();
  const pkgs = new Map();
  for (const [nid, us] of self) {
    const cf = byId.get(nid).callFrame;
    const w = where(cf.url);
    const fk = `${cf.functionName || '(anonymous)'} ${w}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
    fns.set(fk, (fns.get(fk) ?? 0) + us);
    const pk = cf.url
      ? w.startsWith('node:')
        ? 'node:internal'
        : w.split(':')[0]
      : cf.functionName;
    pkgs.set(pk, (pkgs.get(pk) ?? 0) + us);
  }
  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  for (const [nid, us] of self) {
    const seen = new Set();
    for (let cur = nid; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur).callFrame;
      if (!cf.url) continue;
      const k = `${cf.functionName || '(anonymous)'} ${where(cf.url)}:${cf.lineNumber + 1}`;
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  const rank = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => ({
        name: k,
        selfMs: Math.round(us / 1000),
        pct: Math.round((us / total) * 1000) / 10,
      }));
  return {
    sampledMs: Math.round(total / 1000),
    functions: rank(fns),
    byPackage: rank(pkgs),
    inclusive: rank(incl),
  };
}

// `node tests/load/lib.mjs profile <file.cpuprofile> [top]`: the same summary for any profile
// (e.g. one written by `node --cpu-prof`).
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'profile') {
  const s = profileSummary(
    JSON.parse(readFileSync(process.argv[3], 'utf8')),
    Number(process.argv[4] ?? 30),
  );
  console.log(`sampled ${s.sampledMs} ms`);
  for (const [title, list] of [
    ['self time by function', s.functions],
    ['self time by package', s.byPackage],
    ['inclusive time by function', s.inclusive],
  ]) {
    console.log(`\n${title}:`);
    for (const f of list)
      console.log(`${String(f.pct).padStart(6)} %  ${String(f.selfMs).padStart(7)} ms  ${f.name}`);
  }
}

/** Which server build was measured (the working tree may hold uncommitted changes). */
export function buildInfo() {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  // The newest compiled file of the server (tsc -b rewrites only what changed).
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  try {
    walk(path.join(ROOT, 'server/dist'));
  } catch {
    /* not built */
  }
  const distBuiltAt = newest ? new Date(newest).toISOString() : null;
  const dirty = git('status', '--porcelain', '--', 'server/src', 'contracts/src');
  return {
    gitHead: git('rev-parse', '--short', 'HEAD'),
    uncommittedServerFiles: dirty === null ? null : dirty.split('\n').filter(Boolean).length,
    distBuiltAt,
  };
}
