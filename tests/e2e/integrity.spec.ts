import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  randomIp,
  uniqueCitizenId,
  uniqueCode,
  uniquePhone,
  type ApiResponse,
} from '../support/api.js';
import { createContest, createRound, publish, publishedQuestions } from '../support/contest.js';
import { rightOptions } from '../support/contest.js';
import { freePort, startServer, type RunningServer } from '../support/server-process.js';
import { connectSocket } from '../support/sockets.js';

/**
 * Anti-abuse review (issue 14): one person = one entrant. A server of its own, with a small
 * registration-burst rule (4 accounts from one address within 5 minutes) so a burst can be made
 * here; everything else is the shipped defaults.
 */
let server: RunningServer;
let db: pg.Client;
let organiser: { unitId: string; token: string };
let stranger: { unitId: string; token: string }; // an organiser of another subtree
const sockets: Socket[] = [];

const call = (
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; ip?: string; headers?: Record<string, string> } = {},
) => api(method, path, { ip: randomIp(), ...opts, base: server.baseUrl });
const base = () => ({ base: server.baseUrl });

async function loginAs(username: string, password: string, deviceId?: string) {
  const res = await call('POST', '/api/auth/login', {
    body: { username, password },
    headers: deviceId ? { 'x-device-id': deviceId } : {},
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.accessToken as string;
}

async function newOrganiser() {
  const admin = await loginAs('admin@demo.local', 'Demo@2025');
  const code = uniqueCode('I');
  const unit = await call('POST', '/api/units', {
    token: admin,
    body: { code, name: `Đơn vị rà soát ${code}`, kind: 'office', parentId: null },
  });
  expect(unit.status, JSON.stringify(unit.body)).toBe(201);
  const email = `btc.${code.toLowerCase()}@demo.vn`;
  const user = await call('POST', '/api/users', {
    token: admin,
    body: {
      fullName: 'Ban Tổ chức Rà soát',
      role: 'organizer',
      unitId: unit.body.id,
      email,
      password: 'ToChuc@2025',
    },
  });
  expect(user.status, JSON.stringify(user.body)).toBe(201);
  return { unitId: unit.body.id as string, token: await loginAs(email, 'ToChuc@2025') };
}

/** A published contest of the organiser's unit with one open round. */
async function openContest() {
  const contest = await createContest(organiser.token, organiser.unitId, {}, base());
  const round = await createRound(organiser.token, contest.id, {}, base());
  await publish(organiser.token, contest.id, base());
  return { contestId: contest.id, roundId: round.id };
}

interface Entrant {
  id: string;
  token: string;
  phone: string;
  fullName: string;
}

/** Self-registration in the organiser's unit, from `ip`, on the browser `deviceId`. */
async function register(
  opts: { ip?: string; deviceId?: string; citizenId?: string; fullName?: string } = {},
): Promise<Entrant> {
  const phone = uniquePhone();
  const fullName = opts.fullName ?? `Trần Văn Thử ${phone.slice(-4)}`;
  const res = await call('POST', '/api/auth/register', {
    ip: opts.ip ?? randomIp(),
    headers: opts.deviceId ? { 'x-device-id': opts.deviceId } : {},
    body: {
      fullName,
      phone,
      ...(opts.citizenId ? { citizenId: opts.citizenId } : {}),
      unitId: organiser.unitId,
      password: 'ThiSinh@2025',
      consent: true,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.user.id, token: res.body.accessToken, phone, fullName };
}

/** Takes the round with every answer right. */
async function take(p: Entrant, roundId: string) {
  const started = await call('POST', `/api/rounds/${roundId}/attempts`, { token: p.token });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const submitted = await call('POST', `/api/attempts/${started.body.id}/submit`, {
    token: p.token,
    body: { prediction: 1, answers: rightOptions(started.body) },
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
}

const review = (contestId: string, token = organiser.token) =>
  call('GET', `/api/contests/${contestId}/integrity`, { token });
const decide = (contestId: string, body: unknown, token = organiser.token) =>
  call('PUT', `/api/contests/${contestId}/integrity/decisions`, { token, body });

type Group = {
  accounts: { id: string; username: string; excluded: boolean; decision: string | null }[];
  reasons: { kind: string; accountIds: string[]; detail: string | null }[];
  reviewed: boolean;
};
const groupsOf = (res: ApiResponse) => res.body.groups as Group[];
const ids = (g: Group) => g.accounts.map((a) => a.id).sort();
const sorted = (...xs: string[]) => [...xs].sort();

beforeAll(async () => {
  const pgPort = await freePort();
  server = await startServer({
    env: {
      TEST_HOOKS: 'true',
      SWEEP_INTERVAL_MS: '0',
      PG_PORT: String(pgPort),
      INTEGRITY_BURST_COUNT: '4',
      INTEGRITY_BURST_MINUTES: '5',
    },
  });
  db = new pg.Client({
    connectionString: `postgres://cchc:cchc-embedded@127.0.0.1:${pgPort}/cchc`,
  });
  await db.connect();
  organiser = await newOrganiser();
  stranger = await newOrganiser();
  await publishedQuestions(organiser.token, 3, base());
});

afterAll(async () => {
  sockets.forEach((s) => s.close());
  await db?.end();
  await server?.stop();
});

describe('signals', () => {
  it('groups two accounts used on one device, and keeps only a keyed hash of the device id', async () => {
    const { contestId, roundId } = await openContest();
    const device = `dev-${randomUUID()}`;
    const a = await register({ deviceId: device });
    const b = await register({ deviceId: device });
    // c registered elsewhere, and later signs in on the same browser
    const c = await register({ deviceId: `dev-${randomUUID()}` });
    c.token = await loginAs(c.phone, 'ThiSinh@2025', device);
    const loner = await register({ deviceId: `dev-${randomUUID()}` });
    for (const p of [a, b, c, loner]) await take(p, roundId);

    const res = await review(contestId);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.entrants).toBe(4);
    expect(res.body.burst).toEqual({ count: 4, windowMinutes: 5 });
    const groups = groupsOf(res);
    expect(groups).toHaveLength(1);
    expect(ids(groups[0]!)).toEqual(sorted(a.id, b.id, c.id));
    expect(groups[0]!.reasons).toEqual([
      { kind: 'same_device', accountIds: sorted(a.id, b.id, c.id), weak: false, detail: null },
    ]);
    expect(groups[0]!.reviewed).toBe(false);
    // the username is masked as phones are elsewhere: the last three digits only
    const shown = groups[0]!.accounts.find((x) => x.id === a.id)!;
    expect(shown.username).toBe(`*******${a.phone.slice(-3)}`);
    expect(JSON.stringify(res.body)).not.toContain(a.phone);

    // the raw id is nowhere in the table: one keyed hash, the same for the three accounts
    const stored = await db.query<{ user_id: string; device_hash: string }>(
      `SELECT user_id, device_hash FROM account_devices WHERE user_id = ANY($1)`,
      [[a.id, b.id, c.id]],
    );
    expect(stored.rows.length).toBe(4); // c: its own device and the shared one
    for (const r of stored.rows) {
      expect(r.device_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.device_hash).not.toContain(device);
    }
    const anywhere = await db.query(
      `SELECT 1 FROM account_devices d WHERE d::text LIKE '%' || $1 || '%'
       UNION ALL SELECT 1 FROM account_registrations r WHERE r::text LIKE '%127.0.0.1%'`,
      [device],
    );
    expect(anywhere.rows).toHaveLength(0);
  });

  it('flags a burst of four registrations from one address within the window', async () => {
    const { contestId, roundId } = await openContest();
    const ip = randomIp();
    const burst = [];
    for (let i = 0; i < 4; i++) burst.push(await register({ ip }));
    // one of the four never takes part; a fifth from the address later is outside the window
    const others = [await register({ ip: randomIp() })];
    for (const p of [burst[0]!, burst[1]!, burst[2]!, ...others]) await take(p, roundId);

    const groups = groupsOf(await review(contestId));
    expect(groups).toHaveLength(1);
    expect(ids(groups[0]!)).toEqual(sorted(burst[0]!.id, burst[1]!.id, burst[2]!.id));
    expect(groups[0]!.reasons).toEqual([
      {
        kind: 'registration_burst',
        accountIds: sorted(burst[0]!.id, burst[1]!.id, burst[2]!.id),
        weak: false,
        detail: '4',
      },
    ]);
    // the address is stored as a keyed hash only
    const stored = await db.query<{ address_hash: string }>(
      `SELECT DISTINCT address_hash FROM account_registrations WHERE user_id = ANY($1)`,
      [burst.map((p) => p.id)],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.address_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]!.address_hash).not.toContain(ip);
  });

  it('three registrations from one address are no burst at threshold four', async () => {
    const { contestId, roundId } = await openContest();
    const ip = randomIp();
    for (let i = 0; i < 3; i++) await take(await register({ ip }), roundId);
    expect(groupsOf(await review(contestId))).toEqual([]);
  });

  it('ties a CCCD on one account to a phone on another through a staff-list entry', async () => {
    const { contestId, roundId } = await openContest();
    const citizenId = uniqueCitizenId();
    const a = await register({ citizenId });
    const b = await register();
    for (const p of [a, b]) await take(p, roundId);
    expect(groupsOf(await review(contestId))).toEqual([]);
    // the unit's staff list says b's phone and a's CCCD are one person (linked to a)
    await db.query(
      `INSERT INTO roster_entries (unit_id, full_name, name_folded, citizen_id, phone, user_id, linked_by)
       VALUES ($1, $2, lower($2), $3, $4, $5, 'manual')`,
      [organiser.unitId, a.fullName, citizenId, b.phone, a.id],
    );
    const groups = groupsOf(await review(contestId));
    expect(groups).toHaveLength(1);
    expect(ids(groups[0]!)).toEqual(sorted(a.id, b.id));
    expect(groups[0]!.reasons.map((r) => r.kind).sort()).toEqual(['same_citizen_id', 'same_phone']);
    const cid = groups[0]!.reasons.find((r) => r.kind === 'same_citizen_id')!;
    expect(cid.detail).toBe(`*********${citizenId.slice(-3)}`);
    expect(JSON.stringify(groups)).not.toContain(citizenId);
  });
});

describe('decisions', () => {
  it('"exclude" puts the person on the excluded list and takes them off the board at once; "keep" brings them back', async () => {
    const { contestId, roundId } = await openContest();
    const device = `dev-${randomUUID()}`;
    const a = await register({ deviceId: device, fullName: 'Lê Thị Chính' });
    const b = await register({ deviceId: device, fullName: 'Lê Thị Phụ' });
    for (const p of [a, b]) await take(p, roundId);
    const board = async () =>
      (await call('GET', `/api/rounds/${roundId}/leaderboard`, { token: organiser.token })).body
        .rows as { fullName: string }[];
    expect((await board()).map((r) => r.fullName).sort()).toEqual(['Lê Thị Chính', 'Lê Thị Phụ']);

    const s = await connectSocket(server.baseUrl, organiser.token);
    sockets.push(s);
    const ack = await s.emitWithAck('leaderboard:watch', { roundId, limit: 10 });
    expect(ack.ok, JSON.stringify(ack)).toBe(true);
    expect(ack.data.total).toBe(2);
    const pushed = new Promise<any>((resolve) => s.once('leaderboard:updated', resolve));

    const res = await decide(contestId, {
      accountId: b.id,
      decision: 'exclude',
      note: 'Cùng một người, tài khoản thứ hai',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const account = groupsOf(res)[0]!.accounts.find((x) => x.id === b.id)!;
    expect(account).toMatchObject({ decision: 'exclude', excluded: true });
    expect(groupsOf(res)[0]!.reviewed).toBe(false); // a has no decision yet

    // on the contest's excluded list, by phone
    const contest = await call('GET', `/api/contests/${contestId}`, { token: organiser.token });
    expect(contest.body.excludedPersons).toContainEqual({
      fullName: 'Lê Thị Phụ',
      phone: b.phone,
      role: 'Loại sau rà soát trùng lặp',
    });
    // off the board, read over HTTP and pushed to watchers
    expect((await board()).map((r) => r.fullName)).toEqual(['Lê Thị Chính']);
    const update = await pushed;
    expect(update.total).toBe(1);
    expect(update.top.map((r: { fullName: string }) => r.fullName)).toEqual(['Lê Thị Chính']);
    // and cannot take another round of the contest
    const round2 = await createRound(
      organiser.token,
      contestId,
      { title: 'Tuần thi thứ hai' },
      base(),
    );
    const again = await call('POST', `/api/rounds/${round2.id}/attempts`, { token: b.token });
    expect(again.status).toBe(403);

    // audited, without the phone
    const audit = await db.query<{ action: string; after: unknown }>(
      `SELECT action, after FROM audit_log WHERE target_type = 'user' AND target_id = $1
        AND action LIKE 'contest.integrity.%' ORDER BY id`,
      [b.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['contest.integrity.exclude']);
    expect(JSON.stringify(audit.rows)).not.toContain(b.phone);

    // the decision can be changed: keep takes back what the review put on the list
    const kept = await decide(contestId, { accountId: b.id, decision: 'keep' });
    expect(kept.status).toBe(200);
    expect(groupsOf(kept)[0]!.accounts.find((x) => x.id === b.id)).toMatchObject({
      decision: 'keep',
      excluded: false,
    });
    const after = await call('GET', `/api/contests/${contestId}`, { token: organiser.token });
    expect(JSON.stringify(after.body.excludedPersons)).not.toContain(b.phone);
    expect(await board()).toHaveLength(2);
    const trail = await db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE target_id = $1 AND action LIKE 'contest.integrity.%' ORDER BY id`,
      [b.id],
    );
    expect(trail.rows.map((r) => r.action)).toEqual([
      'contest.integrity.exclude',
      'contest.integrity.keep',
    ]);
  });

  it('keeps an attempt started before its owner was excluded off the live board when it is submitted', async () => {
    const { contestId, roundId } = await openContest();
    const device = `dev-${randomUUID()}`;
    const a = await register({ deviceId: device, fullName: 'Phạm Văn Một' });
    const b = await register({ deviceId: device, fullName: 'Phạm Văn Hai' });
    await take(a, roundId);
    const open = await call('POST', `/api/rounds/${roundId}/attempts`, { token: b.token });
    expect(open.status).toBe(201);

    const s = await connectSocket(server.baseUrl, organiser.token);
    sockets.push(s);
    const updates: { total: number; top: { fullName: string }[] }[] = [];
    s.on('leaderboard:updated', (u) => updates.push(u));
    expect((await s.emitWithAck('leaderboard:watch', { roundId, limit: 10 })).ok).toBe(true);

    expect((await decide(contestId, { accountId: b.id, decision: 'exclude' })).status).toBe(200);
    // b hands in the attempt begun before; then a newcomer submits
    const late = await call('POST', `/api/attempts/${open.body.id}/submit`, {
      token: b.token,
      body: { prediction: 1, answers: rightOptions(open.body) },
    });
    expect(late.status).toBe(200);
    const newcomer = await register({ fullName: 'Phạm Văn Mới' });
    await take(newcomer, roundId);
    await expect
      .poll(
        () =>
          updates
            .at(-1)
            ?.top.map((r) => r.fullName)
            .sort(),
        { timeout: 5000 },
      )
      .toEqual(['Phạm Văn Mới', 'Phạm Văn Một'].sort());
    for (const u of updates) expect(u.top.map((r) => r.fullName)).not.toContain('Phạm Văn Hai');
  });

  it('"keep" on every account marks the group reviewed, and leaves the excluded list alone', async () => {
    const { contestId, roundId } = await openContest();
    const device = `dev-${randomUUID()}`;
    const a = await register({ deviceId: device });
    const b = await register({ deviceId: device });
    for (const p of [a, b]) await take(p, roundId);
    const first = await decide(contestId, { accountId: a.id, decision: 'keep' });
    expect(first.status).toBe(200);
    expect(groupsOf(first)[0]!.reviewed).toBe(false);
    const second = await decide(contestId, {
      accountId: b.id,
      decision: 'keep',
      note: 'Hai vợ chồng',
    });
    expect(groupsOf(second)[0]!.reviewed).toBe(true);
    expect(groupsOf(await review(contestId))[0]!.reviewed).toBe(true);
    const contest = await call('GET', `/api/contests/${contestId}`, { token: organiser.token });
    expect(contest.body.excludedPersons).toEqual([]);
  });

  it('answers 404 outside the organiser’s subtree and for someone who did not take part, 403 to a participant, 400 to a bad body (404 to a bad path)', async () => {
    const { contestId, roundId } = await openContest();
    const a = await register();
    await take(a, roundId);
    expect((await review(contestId, stranger.token)).status).toBe(404);
    expect(
      (await decide(contestId, { accountId: a.id, decision: 'exclude' }, stranger.token)).status,
    ).toBe(404);
    expect((await review(contestId, a.token)).status).toBe(403);
    const notEntrant = await register();
    expect((await decide(contestId, { accountId: notEntrant.id, decision: 'keep' })).status).toBe(
      404,
    );
    for (const body of [
      { accountId: a.id, decision: 'ban' },
      { accountId: 'not-a-uuid', decision: 'keep' },
      { accountId: a.id, decision: 'keep', extra: true },
      { accountId: a.id, decision: 'keep', note: 'x'.repeat(501) },
    ])
      expect((await decide(contestId, body)).status).toBe(400);
    expect(
      (await call('GET', `/api/contests/not-a-uuid/integrity`, { token: organiser.token })).status,
    ).toBe(404); // a path that is no id names nothing
    // nothing was decided by the refused calls
    const left = await db.query(`SELECT 1 FROM integrity_decisions WHERE contest_id = $1`, [
      contestId,
    ]);
    expect(left.rows).toHaveLength(0);
  });

  it('ignores a malformed device id instead of refusing the sign-in', async () => {
    const p = await register({ deviceId: 'bad id with spaces' });
    const stored = await db.query(`SELECT 1 FROM account_devices WHERE user_id = $1`, [p.id]);
    expect(stored.rows).toHaveLength(0);
  });
});
