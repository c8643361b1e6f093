// Leaderboard push benchmark (issue 4): 5,000 and then 10,000 socket.io watchers of one round's
// live leaderboard while submissions keep arriving; latency = receipt time − emittedAt (server
// epoch ms, same machine clock). Targets: p95 ≤ 150 ms at 5,000 watchers, ≤ 300 ms at 10,000.
//
// Run: npm run build && node tests/load/leaderboard.mjs → prints a summary, writes
// tests/load/results/leaderboard.json. Knobs (environment):
//   BENCH_SECONDS=30        measured seconds per watcher level
//   WATCHERS=5000,10000     watcher levels (sockets are added between levels, never dropped)
//   SUBMIT_RATE=100         background submissions per second during each level
//   WATCHER_PROCS=2         child processes holding the watcher sockets
//   WATCHER_CLIENT=socket.io-client | raw   raw = the same Engine.IO/Socket.IO protocol spoken
//                           over `ws` directly, reading only `version` and `emittedAt` from each
//                           frame instead of JSON-parsing it (client CPU stays off the server's cores)
//   PLAIN_ACCOUNTS=50       accounts without a leaderboard entry shared by most watchers
//                           (these get the one shared broadcast)
//   RANKED_PCT=5            % of watchers signed in with accounts that have an entry (each such
//                           socket gets its own message with `me`); 100 such accounts are shared
//   INITIAL_ENTRIES=2000    submissions made before the watchers connect (the board's size)
//   START_API_N=1000        attempts started through the API; the rest are SQL copies
//   BENCH_PROFILE=1         CPU-profile the server over the inspector during each level
//   QUIET_PCT=25, QUIET_WAIT_S=300   wait for other processes on this shared machine to calm down
//   RESULT_NAME=leaderboard
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { clearTimeout, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';

const env = process.env;

if (process.argv[2] === 'watcher') await watcherProcess();
else await main();

// ================================================================================================
// Child: holds a share of the watcher sockets and records the latency of every push received.
async function watcherProcess() {
  const kind = env.WATCHER_CLIENT ?? 'socket.io-client';
  const sockets = [];
  let measuring = false;
  let lat = [];
  const versions = new Set();
  let messages = 0;
  let perSocket = [];
  let disconnected = 0;
  let lastLagCheck = performance.now();
  let maxLoopLag = 0;
  const lagTimer = setInterval(() => {
    const now = performance.now();
    maxLoopLag = Math.max(maxLoopLag, now - lastLagCheck - 100);
    lastLagCheck = now;
  }, 100);
  lagTimer.unref();

  let bytes = 0;
  const record = (idx, version, emittedAt, size = 0) => {
    if (!measuring) return;
    bytes += size;
    lat.push(Date.now() - emittedAt);
    versions.add(version);
    messages++;
    perSocket[idx]++;
  };

  async function connectIo(baseUrl, roundId, token, idx) {
    const { io } = await import('socket.io-client');
    return new Promise((resolve) => {
      const s = io(baseUrl, {
        path: '/socket.io',
        transports: ['websocket'],
        auth: { token },
        forceNew: true,
        reconnection: false,
        timeout: 30_000,
      });
      const fail = (why) => {
        s.close();
        resolve({ ok: false, why });
      };
      s.once('connect_error', (e) => fail(`connect_error:${e.message}`));
      s.once('connect', async () => {
        try {
          const ack = await s
            .timeout(30_000)
            .emitWithAck('leaderboard:watch', { roundId, limit: 20 });
          if (!ack?.ok) return fail(`watch:${ack?.error?.code}`);
        } catch {
          return fail('watch_timeout');
        }
        s.on('leaderboard:updated', (u) => record(idx, u.version, u.emittedAt));
        s.on('disconnect', () => disconnected++);
        resolve({ ok: true, close: () => s.close() });
      });
    });
  }

  const EMITTED = Buffer.from('"emittedAt":');
  const VERSION = Buffer.from('"version":');
  const num = (buf, at) => {
    let v = 0;
    for (let i = at; i < buf.length; i++) {
      const c = buf[i];
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    return v;
  };
  /** The Socket.IO v5 protocol over Engine.IO v4 on a bare WebSocket. */
  async function connectRaw(baseUrl, roundId, token, idx) {
    const { default: WebSocket } = await import('ws');
    const url = `${baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
    return new Promise((resolve) => {
      const ws = new WebSocket(url, { perMessageDeflate: false });
      let state = 'open';
      const timer = setTimeout(() => fail('timeout'), 30_000);
      const fail = (why) => {
        if (state === 'done') return;
        state = 'done';
        clearTimeout(timer);
        ws.terminate();
        resolve({ ok: false, why });
      };
      ws.on('error', (e) => fail(`ws:${e.message}`));
      ws.on('close', () => {
        if (state === 'ready') disconnected++;
        else fail('closed');
      });
      ws.on('message', (data) => {
        const t = data[0];
        if (t === 0x32 /* '2' ping */) return ws.send('3');
        if (state === 'ready') {
          // '42["leaderboard:updated",{…}]': read version and emittedAt without parsing it all
          if (t === 0x34 && data[1] === 0x32) {
            const e = data.lastIndexOf(EMITTED);
            const v = data.indexOf(VERSION);
            if (e > 0 && v > 0)
              record(
                idx,
                num(data, v + VERSION.length),
                num(data, e + EMITTED.length),
                data.length,
              );
          }
          return;
        }
        const text = data.toString();
        if (state === 'open' && text[0] === '0') {
          state = 'auth';
          ws.send(`40${JSON.stringify({ token })}`);
        } else if (state === 'auth' && text.startsWith('40')) {
          state = 'watch';
          ws.send(`420${JSON.stringify(['leaderboard:watch', { roundId, limit: 20 }])}`);
        } else if (state === 'auth' && text.startsWith('44'))
          fail(`connect_error:${text.slice(2)}`);
        else if (state === 'watch' && text.startsWith('430')) {
          const [ack] = JSON.parse(text.slice(3));
          if (!ack?.ok) return fail(`watch:${ack?.error?.code}`);
          state = 'ready';
          clearTimeout(timer);
          resolve({ ok: true, close: () => ws.close() });
        }
      });
    });
  }

  process.on('message', async (m) => {
    if (m.type === 'connect') {
      const t0 = performance.now();
      const failures = {};
      let ok = 0;
      let next = 0;
      const connectOne = kind === 'raw' ? connectRaw : connectIo;
      const base = sockets.length;
      await Promise.all(
        Array.from({ length: m.concurrency }, async () => {
          while (next < m.tokens.length) {
            const k = next++;
            const idx = base + k;
            const r = await connectOne(m.baseUrl, m.roundId, m.tokens[k], idx);
            if (r.ok) {
              ok++;
              sockets.push(r);
            } else failures[r.why] = (failures[r.why] ?? 0) + 1;
          }
        }),
      );
      process.send({
        type: 'connected',
        ok,
        failures,
        ms: performance.now() - t0,
        total: sockets.length,
      });
    } else if (m.type === 'start') {
      lat = [];
      versions.clear();
      messages = 0;
      bytes = 0;
      perSocket = new Array(sockets.length + 16).fill(0);
      disconnected = 0;
      maxLoopLag = 0;
      measuring = true;
      process.send({ type: 'started' });
    } else if (m.type === 'stop') {
      measuring = false;
      const counts = perSocket.slice(0, sockets.length);
      process.send({
        type: 'stats',
        lat: Float64Array.from(lat),
        versions: [...versions],
        messages,
        bytes,
        sockets: sockets.length,
        minPerSocket: Math.min(...counts),
        maxPerSocket: Math.max(...counts),
        disconnected,
        maxLoopLagMs: Math.round(maxLoopLag),
      });
    } else if (m.type === 'exit') {
      for (const s of sockets) s.close();
      setTimeout(() => process.exit(0), 200);
    }
  });
  process.send({ type: 'ready' });
}

// ================================================================================================
// Parent: server, data, background submissions and the measurement.
async function main() {
  const { default: pg } = await import('pg');
  const lib = await import('./lib.mjs');
  const SECONDS = Number(env.BENCH_SECONDS ?? 30);
  const LEVELS = (env.WATCHERS ?? '5000,10000').split(',').map(Number);
  const SUBMIT_RATE = Number(env.SUBMIT_RATE ?? 100);
  const PROCS = Number(env.WATCHER_PROCS ?? 2);
  const CLIENT = env.WATCHER_CLIENT ?? 'socket.io-client';
  const PLAIN_ACCOUNTS = Number(env.PLAIN_ACCOUNTS ?? 50);
  const RANKED_PCT = Number(env.RANKED_PCT ?? 5);
  const RANKED_ACCOUNTS = 100;
  const INITIAL = Math.max(Number(env.INITIAL_ENTRIES ?? 2000), RANKED_ACCOUNTS);
  const START_API_N = Number(env.START_API_N ?? 1000);
  const WARMUP = Number(env.WARMUP_SECONDS ?? 3);
  const PROFILE = env.BENCH_PROFILE === '1';
  const QUIET_PCT = Number(env.QUIET_PCT ?? 25);
  const QUIET_WAIT_S = Number(env.QUIET_WAIT_S ?? 300);
  const RESULT_NAME = env.RESULT_NAME ?? 'leaderboard';
  const TARGET_P95 = { 5000: 150, 10000: 300 };
  const log = (m) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${m}`);

  const pgPort = await lib.freePort();
  const inspectPort = PROFILE ? await lib.freePort() : null;
  const server = await lib.startServer(
    { PG_PORT: String(pgPort), SWEEP_INTERVAL_MS: '5000', LOG_LEVEL: 'warn' },
    { nodeArgs: PROFILE ? [`--inspect=127.0.0.1:${inspectPort}`] : [] },
  );
  const db = new pg.Pool({ connectionString: server.pgUrl, max: 4 });
  const client = lib.httpClient(server.baseUrl, { maxSockets: 128, timeoutMs: 10_000 });
  const prof = PROFILE ? await lib.inspector(inspectPort) : null;
  const children = [];
  const result = {
    machine: {
      cpus: os.cpus().length,
      note: 'watchers, generator, server and PostgreSQL share the machine',
    },
    config: {
      seconds: SECONDS,
      levels: LEVELS,
      submitRate: SUBMIT_RATE,
      watcherProcs: PROCS,
      watcherClient: CLIENT,
      plainAccounts: PLAIN_ACCOUNTS,
      rankedPct: RANKED_PCT,
      rankedAccounts: RANKED_ACCOUNTS,
      initialEntries: INITIAL,
      warmupSeconds: WARMUP,
      pushCoalescingMs: 250,
    },
    targetsP95Ms: TARGET_P95,
    server: lib.buildInfo(),
    levels: [],
  };
  try {
    // -------------------------------------------------------------- setup
    const { roundId } = await lib.createOpenRound(server.baseUrl, { title: 'Bench leaderboard' });
    const nBackground = Math.ceil(SUBMIT_RATE * (SECONDS + WARMUP) * LEVELS.length) + 100;
    const submitters = await lib.insertParticipants(db, INITIAL + nBackground);
    const plain = await lib.insertParticipants(db, PLAIN_ACCOUNTS, 'Người xem');
    log(`inserted ${submitters.length + plain.length} participants by SQL`);
    const opened = await lib.openAttempts(client, db, roundId, submitters, {
      viaApi: START_API_N,
      concurrency: 64,
    });
    const attempts = opened.attempts;
    result.setup = { participantsBySql: submitters.length + plain.length, attempts: opened.setup };
    log(`opened ${attempts.length} attempts: ${JSON.stringify(opened.setup)}`);

    const submit = async (i) => {
      const a = attempts[i];
      const body = JSON.stringify({
        prediction: i % 500,
        answers: a.questions.map((q, j) => ({
          questionId: q.id,
          optionIds: [q.options[(i * 7 + j * 3) % q.options.length]],
          seq: 1,
        })),
      });
      const r = await client.request('POST', `/api/attempts/${a.id}/submit`, {
        token: submitters[a.userIdx].token,
        body,
      });
      return r.status === 200 ? { ok: true } : { ok: false, error: `http_${r.status}` };
    };
    // The board's initial entries (the first RANKED_ACCOUNTS of them sign in as ranked watchers).
    const t0 = performance.now();
    const init = await lib.openLoop({ rate: 300, seconds: INITIAL / 300, send: submit });
    result.setup.initialEntries = {
      acked: init.ok,
      errors: init.errors,
      ms: Math.round(performance.now() - t0),
    };
    log(`initial entries: ${init.ok}/${init.offered} submitted`);
    let nextAttempt = INITIAL;

    // -------------------------------------------------------------- watcher processes
    const self = fileURLToPath(import.meta.url);
    for (let p = 0; p < PROCS; p++) {
      const c = fork(self, ['watcher'], {
        serialization: 'advanced',
        env: { ...env, WATCHER_CLIENT: CLIENT },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const inbox = [];
      let waiter = null;
      c.on('message', (m) => {
        if (waiter) {
          const w = waiter;
          waiter = null;
          w(m);
        } else inbox.push(m);
      });
      const next = () =>
        inbox.length ? Promise.resolve(inbox.shift()) : new Promise((r) => (waiter = r));
      await next(); // ready
      children.push({ proc: c, next, send: (m) => c.send(m) });
    }
    const tokenFor = (w) =>
      w % 100 < RANKED_PCT
        ? submitters[w % RANKED_ACCOUNTS].token
        : plain[w % PLAIN_ACCOUNTS].token;
    let connected = 0;
    const groups = {
      generator: () => [process.pid],
      watchers: () => children.flatMap((c) => lib.processTree(c.proc.pid)),
      serverNode: () => [server.pid],
      postgres: () => lib.processTree(server.pid).filter((p) => p !== server.pid),
    };

    for (const level of LEVELS) {
      // ------------------------------------------------------------ connect up to `level`
      const need = level - connected;
      const tc = performance.now();
      const shares = children.map((_, k) => Math.floor(need / PROCS) + (k < need % PROCS ? 1 : 0));
      let w = connected;
      children.forEach((c, k) => {
        const tokens = Array.from({ length: shares[k] }, () => tokenFor(w++));
        c.send({ type: 'connect', baseUrl: server.baseUrl, roundId, tokens, concurrency: 100 });
      });
      const replies = await Promise.all(children.map((c) => c.next()));
      const failures = {};
      for (const r of replies)
        for (const [k, v] of Object.entries(r.failures)) failures[k] = (failures[k] ?? 0) + v;
      connected = replies.reduce((s, r) => s + r.total, 0);
      const connectMs = Math.round(performance.now() - tc);
      log(
        `level ${level}: ${connected} watchers connected (+${need} in ${connectMs} ms) ${JSON.stringify(failures)}`,
      );

      // ------------------------------------------------------------ measure
      const otherBefore = await lib.waitForQuiet(
        () => [process.pid, ...groups.watchers(), ...lib.processTree(server.pid)],
        { maxOtherPct: QUIET_PCT, maxWaitS: QUIET_WAIT_S, say: log },
      );
      const base = nextAttempt;
      if (WARMUP > 0) {
        await lib.openLoop({ rate: SUBMIT_RATE, seconds: WARMUP, send: (i) => submit(base + i) });
        nextAttempt += Math.round(SUBMIT_RATE * WARMUP);
      }
      for (const c of children) c.send({ type: 'start' });
      await Promise.all(children.map((c) => c.next()));
      if (prof) await prof.start();
      const cpu = lib.cpuMeter(groups);
      const tw = performance.now();
      const from = nextAttempt;
      const bg = await lib.openLoop({
        rate: SUBMIT_RATE,
        seconds: SECONDS,
        send: (i) => submit(from + i),
      });
      nextAttempt += Math.round(SUBMIT_RATE * SECONDS);
      await new Promise((r) => setTimeout(r, 600)); // the last coalesced push is in flight
      const cpuPct = cpu.stop();
      const windowS = (performance.now() - tw) / 1000;
      for (const c of children) c.send({ type: 'stop' });
      const stats = await Promise.all(children.map((c) => c.next()));
      let profile = null;
      if (prof) {
        const p = await prof.stop();
        mkdirSync('/tmp/cchc-prof', { recursive: true });
        const file = `/tmp/cchc-prof/${RESULT_NAME}-${level}.cpuprofile`;
        writeFileSync(file, JSON.stringify(p));
        profile = { file, ...lib.profileSummary(p, 30) };
      }
      const lat = [];
      const versions = new Set();
      let messages = 0;
      for (const s of stats) {
        for (const v of s.lat) lat.push(v);
        for (const v of s.versions) versions.add(v);
        messages += s.messages;
      }
      const expected = connected * versions.size;
      const fig = {
        level,
        watchersConnected: connected,
        connectFailures: failures,
        connectMs,
        pushesObserved: versions.size,
        windowS: Math.round(windowS * 10) / 10,
        pushesPerS: Math.round((versions.size / windowS) * 10) / 10,
        messagesReceived: messages,
        messagesExpected: expected,
        // raw client only: average frame size as received
        avgMessageBytes:
          CLIENT === 'raw'
            ? Math.round(stats.reduce((a, x) => a + x.bytes, 0) / Math.max(1, messages))
            : null,
        deliveryRatio: Math.round((messages / Math.max(1, expected)) * 10000) / 10000,
        perSocket: {
          min: Math.min(...stats.map((s) => s.minPerSocket)),
          max: Math.max(...stats.map((s) => s.maxPerSocket)),
        },
        disconnected: stats.reduce((s, x) => s + x.disconnected, 0),
        watcherMaxLoopLagMs: Math.max(...stats.map((s) => s.maxLoopLagMs)),
        latencyMs: lib.summarise(lat),
        targetP95Ms: TARGET_P95[level] ?? null,
        submissions: lib.loadFigures(bg),
        otherProcessesBeforePct: otherBefore,
        cpuPctOfOneCore: cpuPct,
        ...(profile ? { profile } : {}),
      };
      result.levels.push(fig);
      log(`level ${level}: ${JSON.stringify({ ...fig, profile: undefined })}`);
    }

    const file = lib.writeResult(RESULT_NAME, result);
    console.log(
      `\nLeaderboard push benchmark (${CLIENT} watchers in ${PROCS} processes; one 2-core machine)`,
    );
    console.log(`  setup: ${JSON.stringify(result.setup)}`);
    for (const f of result.levels) {
      console.log(
        `  ${f.watchersConnected} watchers: push latency p50 ${f.latencyMs.p50} ms, p95 ${f.latencyMs.p95} ms ` +
          `(target ≤ ${f.targetP95Ms ?? '-'} ms), p99 ${f.latencyMs.p99} ms, max ${f.latencyMs.max} ms; ` +
          `${f.pushesObserved} pushes (${f.pushesPerS}/s), ${f.messagesReceived}/${f.messagesExpected} messages; ` +
          `submissions meanwhile ${f.submissions.ackRatePerS}/s (p99 ${f.submissions.latencyMs.p99} ms, failed ${f.submissions.failed}); ` +
          `CPU % of one core ${JSON.stringify(f.cpuPctOfOneCore)}`,
      );
      if (f.profile) {
        console.log(`    server profile, top self time (${f.profile.file}):`);
        for (const fn of f.profile.functions.slice(0, 12))
          console.log(`      ${String(fn.pct).padStart(5)} %  ${fn.name}`);
        console.log(
          `      by package: ${f.profile.byPackage
            .slice(0, 10)
            .map((p) => `${p.name} ${p.pct} %`)
            .join(', ')}`,
        );
      }
    }
    console.log(`  written to ${file}`);
  } finally {
    for (const c of children) {
      if (c.proc.exitCode !== null) continue;
      const gone = new Promise((r) => c.proc.once('exit', r));
      c.send({ type: 'exit' });
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
      if (c.proc.exitCode === null) c.proc.kill('SIGKILL');
    }
    prof?.close();
    client.close();
    await db.end().catch(() => undefined);
    await server.stop();
  }
}
