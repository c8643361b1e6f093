// Benchmark of the accounts from the staff list: 10,000 entries of one throwaway unit get their
// accounts, activation codes and login slips (PDF + .xlsx) in one POST /api/units/:id/roster/accounts,
// which must answer in ≤ 60 s with bounded server memory; then both files are downloaded.
// Meanwhile it polls GET /api/roster/accounts-progress/:progressId (as the staff-list page does)
// and prints each new progress line; the JSON records what was seen.
//
// Run: npm run build && node tests/load/roster-accounts.mjs → prints elapsed time, CPU per account
// (server and its embedded PostgreSQL), peak server RSS and the file sizes, writes
// tests/load/results/roster-accounts.json. Knobs (environment):
//   ENTRIES=10000        staff-list entries without account
//   RESULT_NAME=roster-accounts
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { clearInterval, setInterval } from 'node:timers';
import pg from 'pg';
import {
  buildInfo,
  cpuMeter,
  freePort,
  login,
  processTree,
  startServer,
  writeResult,
} from './lib.mjs';

const ENTRIES = Number(process.env.ENTRIES ?? 10_000);
const LIMIT_S = 60;
const POLL_MS = 500;

const pgPort = await freePort();
const server = await startServer({ PG_PORT: String(pgPort) });
const db = new pg.Client({ connectionString: server.pgUrl });
await db.connect();

const rssKb = (pid) => {
  try {
    return Number(
      execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
        .toString()
        .trim(),
    );
  } catch {
    return NaN;
  }
};

try {
  // ── Data: a throwaway unit with ENTRIES people on its list, none with an account ──
  const [{ id: unitId }] = (
    await db.query(
      `INSERT INTO units (code, name, name_folded, kind, unit_group, path)
       VALUES ('BENCH.ROSTER', 'UBND xã Benchmark', 'ubnd xa benchmark', 'commune', 'commune_level', '/')
       RETURNING id`,
    )
  ).rows;
  await db.query(`UPDATE units SET path = '/' || id || '/' WHERE id = $1`, [unitId]);
  await db.query(
    `INSERT INTO roster_entries (unit_id, full_name, name_folded, phone, citizen_id, valid_from)
     SELECT $1, 'Nguyễn Văn Tải ' || i, 'nguyen van tai ' || i,
            '08' || lpad(i::text, 8, '0'), '0' || lpad((i + 500000000)::text, 11, '0'), now()
       FROM generate_series(1, $2) AS i`,
    [unitId, ENTRIES],
  );
  const admin = await login(server.baseUrl, 'admin@demo.local');

  // ── The call ──
  const pids = () => processTree(server.pid);
  let peakRss = rssKb(server.pid);
  const rssBefore = peakRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssKb(server.pid))), 200);
  const cpu = cpuMeter({ server: pids });
  const t0 = performance.now();
  const progressId = randomUUID();
  const seen = []; // distinct progress answers, with the time they were first seen
  let last = '';
  let polling = true;
  const poll = (async () => {
    while (polling) {
      const r = await fetch(`${server.baseUrl}/api/roster/accounts-progress/${progressId}`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      if (r.status === 200) {
        const p = await r.json();
        const line = `${p.phase} ${p.done}/${p.total}`;
        if (line !== last) {
          last = line;
          const atS = Math.round((performance.now() - t0) / 100) / 10;
          seen.push({ atS, ...p });
          console.log(`progress ${atS}s: ${line}`);
        }
        if (p.phase === 'done' || p.phase === 'failed') break;
      } else await r.arrayBuffer();
      await new Promise((res) => setTimeout(res, POLL_MS));
    }
  })();
  const res = await fetch(`${server.baseUrl}/api/units/${unitId}/roster/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    body: JSON.stringify({ progressId }),
  });
  const body = await res.json();
  const elapsedS = (performance.now() - t0) / 1000;
  // one last look: the call's end as the page would show it
  await new Promise((r) => setTimeout(r, POLL_MS));
  polling = false;
  await poll;
  const cpuPct = cpu.stop();
  clearInterval(sampler);
  if (res.status !== 201) throw new Error(`POST answered ${res.status}: ${JSON.stringify(body)}`);

  // ── The files ──
  const sizes = {};
  for (const [k, url] of Object.entries(body.slips)) {
    const f = await fetch(`${server.baseUrl}${url}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    if (!f.ok) throw new Error(`${url} answered ${f.status}`);
    sizes[k] = (await f.arrayBuffer()).byteLength;
  }
  const { rows } = await db.query(
    `SELECT count(*)::int AS accounts FROM roster_entries re JOIN users u ON u.id = re.user_id
      WHERE re.unit_id = $1 AND u.password_hash IS NULL`,
    [unitId],
  );
  const serverCpuS = (cpuPct.server / 100) * elapsedS;
  const result = {
    build: buildInfo(),
    entries: ENTRIES,
    created: body.created,
    skipped: body.skipped,
    accountsInDb: rows[0].accounts,
    elapsedS: Math.round(elapsedS * 100) / 100,
    limitS: LIMIT_S,
    withinLimit: elapsedS <= LIMIT_S,
    cpuPercentOfOneCore: cpuPct,
    serverCpuMsPerAccount:
      Math.round(((serverCpuS * 1000) / Math.max(1, body.created)) * 100) / 100,
    serverRssMb: { before: Math.round(rssBefore / 1024), peak: Math.round(peakRss / 1024) },
    fileBytes: sizes,
    progress: {
      pollMs: POLL_MS,
      // seen while the call ran: at least one line before 'done', with a growing count
      seenBeforeDone: seen.filter((p) => p.phase === 'accounts' || p.phase === 'slips').length,
      reachedDone: seen.some((p) => p.phase === 'done' && p.done === p.total),
      lines: seen,
    },
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(`written to ${writeResult(process.env.RESULT_NAME ?? 'roster-accounts', result)}`);
  if (
    !result.withinLimit ||
    body.created !== ENTRIES ||
    result.progress.seenBeforeDone === 0 ||
    !result.progress.reachedDone
  )
    process.exitCode = 1;
} finally {
  await db.end();
  await server.stop();
}
