// Attempt benchmark (issue 4): durable submissions and autosaves under open-loop load, with the
// load generator on the same machine as the server, then a check against the database that no
// acknowledged answer was lost or duplicated.
//
// Run: npm run build && node tests/load/attempts.mjs → prints a summary, writes
// tests/load/results/attempts.json. Knobs (environment):
//   BENCH_SECONDS=60      measured seconds of the submit phase
//   AUTOSAVE_SECONDS=     measured seconds of the autosave phase (default BENCH_SECONDS)
//   SUBMIT_RATE=1000      submissions per second offered (each with all 17 answers + prediction)
//   AUTOSAVE_RATE=2000    autosaves per second offered
//   AUTOSAVE_USERS=       attempts the autosaves are spread over (default AUTOSAVE_RATE × 2.5,
//                         i.e. one save per person every 2.5 s)
//   WARMUP_SECONDS=3      unmeasured lead-in at the target rate before each phase
//   MAX_IN_FLIGHT=512     cap on outstanding requests (later ones wait, timed from their due time)
//   START_API_N=3000      attempts started through the API (timed, 64 concurrent); the others
//                         are SQL copies of their question snapshots (set it high for all-API)
//   PHASES=submit,autosave
//   BENCH_PROFILE=1       CPU-profile the server over the inspector during each measured phase
//   RESULT_NAME=attempts  name of the JSON result
//   QUIET_PCT=25, QUIET_WAIT_S=300: before each phase, wait (at most QUIET_WAIT_S) until other
//                         processes on this shared machine use < QUIET_PCT % of one core
import { mkdirSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import {
  buildInfo,
  cpuMeter,
  createOpenRound,
  diffCounters,
  freePort,
  httpClient,
  insertParticipants,
  inspector,
  loadFigures,
  openAttempts,
  openLoop,
  pgCounters,
  processTree,
  profileSummary,
  startServer,
  waitForQuiet,
  writeResult,
} from './lib.mjs';

const env = process.env;
const SECONDS = Number(env.BENCH_SECONDS ?? 60);
const AUTOSAVE_SECONDS = Number(env.AUTOSAVE_SECONDS ?? SECONDS);
const SUBMIT_RATE = Number(env.SUBMIT_RATE ?? 1000);
const AUTOSAVE_RATE = Number(env.AUTOSAVE_RATE ?? 2000);
const AUTOSAVE_USERS = Number(env.AUTOSAVE_USERS ?? Math.round(AUTOSAVE_RATE * 2.5));
const WARMUP = Number(env.WARMUP_SECONDS ?? 3);
const MAX_IN_FLIGHT = Number(env.MAX_IN_FLIGHT ?? 512);
// Starting 60k attempts through the API takes minutes on this machine: by default the first
// START_API_N go through the API (their throughput is reported), the rest are SQL copies.
const START_API_N = Number(env.START_API_N ?? 3000);
const PHASES = (env.PHASES ?? 'submit,autosave').split(',');
const PROFILE = env.BENCH_PROFILE === '1';
const RESULT_NAME = env.RESULT_NAME ?? 'attempts';
const QUIET_PCT = Number(env.QUIET_PCT ?? 25);
const QUIET_WAIT_S = Number(env.QUIET_WAIT_S ?? 300);
const TARGETS = { submitPerS: 1000, submitP99Ms: 100, autosavePerS: 2000, autosaveP99Ms: 50 };

const log = (m) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${m}`);

/** The options this script picks for question j of submission/attempt i (deterministic). */
function pick(q, i, j) {
  const n = q.options.length;
  const a = q.options[(i * 7 + j * 3) % n];
  if (q.type !== 'multiple') return [a];
  const b = q.options[(i * 7 + j * 3 + 1) % n];
  return (i + j) % 3 === 0 ? [a] : [a, b];
}

function sameSet(x, y) {
  if (x.length !== y.length) return false;
  const s = new Set(x);
  return y.every((v) => s.has(v));
}

const pgPort = await freePort();
const inspectPort = PROFILE ? await freePort() : null;
const server = await startServer(
  { PG_PORT: String(pgPort), SWEEP_INTERVAL_MS: '5000', LOG_LEVEL: 'warn' },
  { nodeArgs: PROFILE ? [`--inspect=127.0.0.1:${inspectPort}`] : [] },
);
const db = new pg.Pool({ connectionString: server.pgUrl, max: 4 });
const client = httpClient(server.baseUrl, { maxSockets: 256, timeoutMs: 10_000 });
const prof = PROFILE ? await inspector(inspectPort) : null;
const result = {
  machine: {
    cpus: (await import('node:os')).cpus().length,
    note: 'generator, server and PostgreSQL share the machine',
  },
  config: {
    seconds: SECONDS,
    autosaveSeconds: AUTOSAVE_SECONDS,
    submitRate: SUBMIT_RATE,
    autosaveRate: AUTOSAVE_RATE,
    autosaveUsers: AUTOSAVE_USERS,
    warmupSeconds: WARMUP,
    maxInFlight: MAX_IN_FLIGHT,
    startApiN: START_API_N,
    answersPerSubmit: 17,
    client: 'node:http keep-alive Agent (maxSockets 256), open loop',
  },
  targets: TARGETS,
  server: buildInfo(),
};

try {
  // ---------------------------------------------------------------- setup
  const { roundId } = await createOpenRound(server.baseUrl, { title: 'Bench attempts' });
  const nSubmit = PHASES.includes('submit') ? Math.ceil(SUBMIT_RATE * (SECONDS + WARMUP)) : 0;
  const nSave = PHASES.includes('autosave') ? AUTOSAVE_USERS : 0;
  let t = performance.now();
  const users = await insertParticipants(db, nSubmit + nSave);
  result.setup = {
    participantsBySql: users.length,
    participantsMs: Math.round(performance.now() - t),
  };
  log(`inserted ${users.length} participants with sessions by SQL`);

  const opened = await openAttempts(client, db, roundId, users, {
    viaApi: START_API_N,
    concurrency: 64,
  });
  const attempts = opened.attempts;
  result.setup.attemptsStarted = opened.setup;
  log(`started ${attempts.length} attempts: ${JSON.stringify(result.setup.attemptsStarted)}`);
  // API-started attempts go to the autosave phase first (it needs the fewest).
  const saveAttempts = attempts.slice(0, nSave);
  const submitAttempts = attempts.slice(nSave);

  const groups = {
    generator: () => [process.pid],
    serverNode: () => [server.pid],
    postgres: () => processTree(server.pid).filter((p) => p !== server.pid),
  };

  async function measured(name, rate, seconds, offset, send) {
    // The machine is shared with other work (builds, tests): wait for it to calm down first.
    const otherBefore = await waitForQuiet(() => [process.pid, ...processTree(server.pid)], {
      maxOtherPct: QUIET_PCT,
      maxWaitS: QUIET_WAIT_S,
      say: log,
    });
    if (WARMUP > 0) {
      const w = await openLoop({ rate, seconds: WARMUP, maxInFlight: MAX_IN_FLIGHT, send });
      log(`${name} warm-up: ${w.ok}/${w.offered} acked`);
    }
    // PostgreSQL publishes a busy backend's statistics at most once a second and an idle one's
    // within 10 s: wait that out on both sides so the counters cover exactly this phase.
    await new Promise((r) => setTimeout(r, 11_000));
    const pg0 = await pgCounters(db);
    if (prof) await prof.start();
    const cpu = cpuMeter(groups);
    const r = await openLoop({
      rate,
      seconds,
      maxInFlight: MAX_IN_FLIGHT,
      send: (i) => send(i + offset),
    });
    const cpuPct = cpu.stop();
    let profile = null;
    if (prof) {
      const p = await prof.stop();
      mkdirSync('/tmp/cchc-prof', { recursive: true });
      const file = `/tmp/cchc-prof/${RESULT_NAME}-${name}.cpuprofile`;
      writeFileSync(file, JSON.stringify(p));
      profile = { file, ...profileSummary(p, 30) };
    }
    await new Promise((r) => setTimeout(r, 11_000));
    const pgDelta = diffCounters(pg0, await pgCounters(db));
    const fig = loadFigures(r);
    return {
      ...fig,
      otherProcessesBeforePct: otherBefore,
      cpuPctOfOneCore: cpuPct,
      // CPU time spent per acknowledged request: independent of what else shares the machine
      cpuMsPerAck: Object.fromEntries(
        ['generator', 'serverNode', 'postgres'].map((k) => [
          k,
          Math.round(((cpuPct[k] / 100) * r.elapsedMs * 100) / Math.max(1, r.ok)) / 100,
        ]),
      ),
      postgres: {
        ...pgDelta,
        transactionsPerAck: Math.round((pgDelta.commits / Math.max(1, r.ok)) * 100) / 100,
      },
      ...(profile ? { profile } : {}),
    };
  }

  // ---------------------------------------------------------------- submit phase
  const acked = new Int16Array(submitAttempts.length).fill(-1); // correctCount per acked submit
  if (nSubmit) {
    const send = async (i) => {
      const a = submitAttempts[i];
      const body = JSON.stringify({
        prediction: i % 500,
        answers: a.questions.map((q, j) => ({
          questionId: q.id,
          optionIds: pick(q, i, j),
          seq: 1,
        })),
      });
      const r = await client.request('POST', `/api/attempts/${a.id}/submit`, {
        token: users[a.userIdx].token,
        body,
      });
      if (r.status !== 200) {
        let code = '';
        try {
          code = JSON.parse(r.text).error?.code ?? '';
        } catch {
          /* not JSON */
        }
        return { ok: false, error: `http_${r.status}${code ? `_${code}` : ''}` };
      }
      const b = JSON.parse(r.text);
      if (b.status !== 'submitted') return { ok: false, error: `status_${b.status}` };
      acked[i] = b.correctCount;
      return { ok: true };
    };
    log(`submit phase: ${SUBMIT_RATE}/s for ${SECONDS} s (+${WARMUP} s warm-up)`);
    result.submit = await measured(
      'submit',
      SUBMIT_RATE,
      SECONDS,
      Math.round(SUBMIT_RATE * WARMUP),
      send,
    );
    log(`submit: ${JSON.stringify({ ...result.submit, profile: undefined })}`);
  }

  // ---------------------------------------------------------------- autosave phase
  const Q = 17;
  const U = saveAttempts.length;
  const maxSent = new Int32Array(U * Q);
  const maxAck = new Int32Array(U * Q);
  let staleAcks = 0;
  const saveOf = (g) => {
    const a = g % U;
    const k = Math.floor(g / U);
    const j = k % Q;
    const q = saveAttempts[a].questions[j];
    return { a, j, q, seq: k + 1, optionIds: [q.options[(k + a) % q.options.length]] };
  };
  if (nSave) {
    const send = async (g) => {
      const { a, j, q, seq, optionIds } = saveOf(g);
      const slot = a * Q + j;
      if (seq > maxSent[slot]) maxSent[slot] = seq;
      const att = saveAttempts[a];
      const r = await client.request('PUT', `/api/attempts/${att.id}/answers/${q.id}`, {
        token: users[att.userIdx].token,
        body: JSON.stringify({ optionIds, seq }),
      });
      if (r.status !== 200) return { ok: false, error: `http_${r.status}` };
      const b = JSON.parse(r.text);
      if (b.seq > seq) staleAcks++;
      if (seq > maxAck[slot]) maxAck[slot] = seq;
      return { ok: true };
    };
    log(`autosave phase: ${AUTOSAVE_RATE}/s for ${AUTOSAVE_SECONDS} s over ${U} attempts`);
    result.autosave = await measured(
      'autosave',
      AUTOSAVE_RATE,
      AUTOSAVE_SECONDS,
      Math.round(AUTOSAVE_RATE * WARMUP),
      send,
    );
    result.autosave.staleAcks = staleAcks;
    log(`autosave: ${JSON.stringify({ ...result.autosave, profile: undefined })}`);
  }

  // ---------------------------------------------------------------- database check
  log('checking the database');
  const check = {
    submits: { acked: 0, submittedInDb: 0, wrongStatus: 0, wrongCorrectCount: 0, ackMismatch: 0 },
    submitAnswers: { expectedRows: 0, rows: 0, missing: 0, extra: 0, wrongOptions: 0 },
    autosaves: { ackedSlots: 0, rows: 0, lost: 0, stale: 0, wrongOptions: 0, phantom: 0 },
    unackedSubmits: { n: 0, submittedAnyway: 0, stillOpen: 0 },
  };
  const keySql = `SELECT a.id, a.status, a.correct_count,
      (SELECT jsonb_object_agg(q->>'id', (SELECT coalesce(jsonb_agg(o->>'id'), '[]') FROM jsonb_array_elements(q->'options') o
                                          WHERE (o->>'correct')::boolean))
         FROM jsonb_array_elements(a.questions) q) AS key,
      (SELECT coalesce(jsonb_object_agg(x.question_id, jsonb_build_object('o', x.option_ids, 's', x.seq)), '{}')
         FROM attempt_answers x WHERE x.attempt_id = a.id) AS answers
    FROM attempts a WHERE a.id = ANY($1::uuid[])`;
  for (let from = 0; from < submitAttempts.length; from += 2000) {
    const chunk = submitAttempts.slice(from, from + 2000);
    const rows = new Map(
      (await db.query(keySql, [chunk.map((a) => a.id)])).rows.map((r) => [r.id, r]),
    );
    chunk.forEach((a, k) => {
      const i = from + k;
      const row = rows.get(a.id);
      if (acked[i] < 0) {
        check.unackedSubmits.n++;
        if (row.status === 'submitted') check.unackedSubmits.submittedAnyway++;
        else check.unackedSubmits.stillOpen++;
        return;
      }
      check.submits.acked++;
      if (row.status === 'submitted') check.submits.submittedInDb++;
      else check.submits.wrongStatus++;
      let expected = 0;
      a.questions.forEach((q, j) => {
        const sent = pick(q, i, j);
        if (sameSet(sent, row.key[q.id])) expected++;
        check.submitAnswers.expectedRows++;
        const got = row.answers[q.id];
        if (!got) check.submitAnswers.missing++;
        else {
          check.submitAnswers.rows++;
          if (!sameSet(got.o, sent)) check.submitAnswers.wrongOptions++;
        }
      });
      check.submitAnswers.extra += Object.keys(row.answers).filter(
        (qid) => !a.questions.some((q) => q.id === qid),
      ).length;
      if (row.correct_count !== expected) check.submits.wrongCorrectCount++;
      if (acked[i] !== expected) check.submits.ackMismatch++;
    });
  }
  for (let from = 0; from < U; from += 2000) {
    const chunk = saveAttempts.slice(from, from + 2000);
    const rows = new Map(
      (await db.query(keySql, [chunk.map((a) => a.id)])).rows.map((r) => [r.id, r]),
    );
    chunk.forEach((att, k) => {
      const a = from + k;
      const row = rows.get(att.id);
      att.questions.forEach((q, j) => {
        const slot = a * Q + j;
        const got = row.answers[q.id];
        if (got) check.autosaves.rows++;
        if (maxAck[slot] > 0) check.autosaves.ackedSlots++;
        if (!got) {
          if (maxAck[slot] > 0) check.autosaves.lost++;
          return;
        }
        if (maxSent[slot] === 0) {
          check.autosaves.phantom++;
          return;
        }
        if (got.s < maxAck[slot] || got.s > maxSent[slot]) check.autosaves.stale++;
        const kk = got.s - 1;
        const want = [q.options[(kk + a) % q.options.length]];
        if (!sameSet(got.o, want)) check.autosaves.wrongOptions++;
      });
      check.autosaves.phantom += Object.keys(row.answers).filter(
        (qid) => !att.questions.some((q) => q.id === qid),
      ).length;
    });
  }
  const [dups] = (
    await db.query(
      `SELECT (SELECT count(*) FROM (SELECT 1 FROM attempt_answers GROUP BY attempt_id, question_id HAVING count(*) > 1) d)::int AS dup_answers,
              (SELECT count(*) FROM (SELECT 1 FROM round_entries WHERE round_id = $1 GROUP BY user_id HAVING count(*) > 1) d)::int AS dup_entries,
              (SELECT count(*) FROM round_entries WHERE round_id = $1)::int AS entries,
              (SELECT count(*) FROM attempts WHERE round_id = $1 AND status = 'submitted')::int AS submitted`,
      [roundId],
    )
  ).rows;
  check.duplicates = dups;
  const problems =
    check.submits.wrongStatus +
    check.submits.wrongCorrectCount +
    check.submits.ackMismatch +
    check.submitAnswers.missing +
    check.submitAnswers.extra +
    check.submitAnswers.wrongOptions +
    check.autosaves.lost +
    check.autosaves.stale +
    check.autosaves.wrongOptions +
    check.autosaves.phantom +
    dups.dup_answers +
    dups.dup_entries;
  check.ok = problems === 0;
  result.check = check;

  const file = writeResult(RESULT_NAME, result);
  const line = (name, f, target, p99) =>
    console.log(
      `  ${name}: ${f.ackRatePerS}/s acked of ${f.targetRate}/s offered (target ≥ ${target}/s), ` +
        `p50 ${f.latencyMs.p50} ms, p95 ${f.latencyMs.p95} ms, p99 ${f.latencyMs.p99} ms (target ≤ ${p99} ms), max ${f.latencyMs.max} ms, ` +
        `failed ${f.failed} ${JSON.stringify(f.errors)}; CPU % of one core ${JSON.stringify(f.cpuPctOfOneCore)}; ` +
        `CPU ms per ack ${JSON.stringify(f.cpuMsPerAck)}; PostgreSQL transactions per ack ${f.postgres.transactionsPerAck}`,
    );
  console.log('\nAttempt benchmark (generator, server and PostgreSQL on one 2-core machine)');
  console.log(`  setup: ${JSON.stringify(result.setup)}`);
  if (result.submit)
    line(
      `submit (${SECONDS} s, 17 answers each)`,
      result.submit,
      TARGETS.submitPerS,
      TARGETS.submitP99Ms,
    );
  if (result.autosave)
    line(
      `autosave (${AUTOSAVE_SECONDS} s)`,
      result.autosave,
      TARGETS.autosavePerS,
      TARGETS.autosaveP99Ms,
    );
  console.log(`  database check: ${check.ok ? 'OK' : 'PROBLEMS'} ${JSON.stringify(check)}`);
  for (const ph of ['submit', 'autosave'])
    if (result[ph]?.profile) {
      console.log(`  server profile (${ph}), top self time (${result[ph].profile.file}):`);
      for (const f of result[ph].profile.functions.slice(0, 15))
        console.log(`    ${String(f.pct).padStart(5)} %  ${f.name}`);
      console.log(
        `    by package: ${result[ph].profile.byPackage
          .slice(0, 10)
          .map((p) => `${p.name} ${p.pct} %`)
          .join(', ')}`,
      );
    }
  console.log(`  written to ${file}`);
} finally {
  prof?.close();
  client.close();
  await db.end().catch(() => undefined);
  await server.stop();
}
