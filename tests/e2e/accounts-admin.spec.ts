import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import pg from 'pg';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, randomIp, uniqueCitizenId, uniquePhone } from '../support/api.js';
import { freePort, startServer, type RunningServer } from '../support/server-process.js';
import { closedAfter, connectSocket } from '../support/sockets.js';

/**
 * Account management (issue 14): the list a manager searches and filters, bulk actions, and a
 * phone change that links the staff list. A server of its own (bulk capped at 5 here).
 */
const CODE_SHAPE = /^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/;
const NEW_PASSWORD = 'LanDauVao@2026';
const BULK_MAX = 5;

let server: RunningServer;
let db: pg.Client;
let reporter: string; // baocao.molao@demo.local: đầu mối báo cáo of phường Mộ Lao
let admin: string;
const sockets: Socket[] = [];

const call = (method: string, path: string, opts: { token?: string; body?: unknown } = {}) =>
  api(method, path, { ...opts, base: server.baseUrl, ip: randomIp() });

async function tokenOf(username: string, password = 'Demo@2025'): Promise<string> {
  const res = await call('POST', '/api/auth/login', { body: { username, password } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.accessToken as string;
}

/** A fresh tag in names, so each test's search finds only its own accounts. */
const tag = () => `Thử${randomInt(10_000_000)}`;

interface Person {
  id: string;
  phone: string;
  citizenId: string;
}

/** An account inserted as a staff list makes it: no password, never signed in, on no list. */
async function account(
  fullName: string,
  opts: { unitCode?: string; role?: string; active?: boolean } = {},
): Promise<Person> {
  const phone = uniquePhone();
  const citizenId = uniqueCitizenId();
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO users (full_name, role, unit_id, phone, citizen_id, password_hash, active)
     SELECT $1, $2, id, $3, $4, NULL, $5 FROM units WHERE code = $6 RETURNING id`,
    [
      fullName,
      opts.role ?? 'participant',
      phone,
      citizenId,
      opts.active ?? true,
      opts.unitCode ?? 'HNI.MLA.VP',
    ],
  );
  expect(rows).toHaveLength(1);
  return { id: rows[0]!.id, phone, citizenId };
}

/** Activates the account with a code issued by the reporter; answers the person's token. */
async function activated(p: Person): Promise<string> {
  const code = await call('POST', `/api/users/${p.id}/one-time-code`, { token: reporter });
  expect(code.status, JSON.stringify(code.body)).toBe(201);
  const res = await call('POST', '/api/auth/activate', {
    body: { username: p.phone, code: code.body.code, password: NEW_PASSWORD },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.accessToken as string;
}

async function listIds(query: string, token = reporter): Promise<string[]> {
  const res = await call('GET', `/api/users?${query}`, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.items as { id: string }[]).map((u) => u.id).sort();
}

const sorted = (...ids: string[]) => [...ids].sort();

async function unitId(code: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM units WHERE code = $1`, [code]);
  return rows[0]!.id;
}

async function download(url: string, token: string) {
  const res = await fetch(`${server.baseUrl}${url}`, {
    headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': randomIp() },
  });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  const pgPort = await freePort();
  server = await startServer({
    env: {
      TEST_HOOKS: 'true',
      SWEEP_INTERVAL_MS: '0',
      PG_PORT: String(pgPort),
      USERS_BULK_MAX: String(BULK_MAX),
    },
  });
  db = new pg.Client({
    connectionString: `postgres://cchc:cchc-embedded@127.0.0.1:${pgPort}/cchc`,
  });
  await db.connect();
  reporter = await tokenOf('baocao.molao@demo.local');
  admin = await tokenOf('admin@demo.local');
});

afterAll(async () => {
  sockets.forEach((s) => s.close());
  await db?.end();
  await server?.stop();
});

describe('the list of accounts', () => {
  it('finds names typed without accents or capitals, and phones and CCCDs by their digits', async () => {
    const t = tag();
    const p = await account(`Nguyễn Văn Đức ${t}`);
    const other = await account(`Trần Thị Hoa ${t}`);
    const folded = t.replace('ử', 'u').toLowerCase();
    expect(await listIds(`search=${encodeURIComponent(`nguyen van duc ${folded}`)}`)).toEqual([
      p.id,
    ]);
    expect(await listIds(`search=${encodeURIComponent(`NGUYỄN VĂN ĐỨC ${t}`)}`)).toEqual([p.id]);
    expect(await listIds(`search=${encodeURIComponent(folded)}`)).toEqual(sorted(p.id, other.id));
    expect(await listIds(`search=${p.phone}`)).toEqual([p.id]);
    expect(await listIds(`search=${p.citizenId}`)).toEqual([p.id]);
    // a % is a character, not a wildcard
    expect(await listIds(`search=${encodeURIComponent('%')}`)).toEqual([]);
  });

  it('filters by each state and says it in every row', async () => {
    const t = tag();
    const pending = await account(`Lê Chờ Kích Hoạt ${t}`);
    const used = await account(`Lê Đã Dùng ${t}`);
    await activated(used); // signs in: has a password and a last sign-in
    const locked = await account(`Lê Đã Khóa ${t}`, { active: false });
    // `used` is on the staff list of Văn phòng
    await db.query(
      `INSERT INTO roster_entries (unit_id, full_name, name_folded, phone, valid_from, user_id, linked_by)
       VALUES ($1, $2, lower($2), $3, now(), $4, 'auto')`,
      [await unitId('HNI.MLA.VP'), `Lê Đã Dùng ${t}`, used.phone, used.id],
    );
    const q = (status: string) => `search=${encodeURIComponent(t)}&status=${status}`;
    expect(await listIds(q('active'))).toEqual(sorted(pending.id, used.id));
    expect(await listIds(q('inactive'))).toEqual([locked.id]);
    expect(await listIds(q('never_logged_in'))).toEqual(sorted(pending.id, locked.id));
    expect(await listIds(q('pending_activation'))).toEqual(sorted(pending.id, locked.id));
    expect(await listIds(q('not_on_roster'))).toEqual(sorted(pending.id, locked.id));
    expect((await call('GET', `/api/users?${q('deleted')}`, { token: reporter })).status).toBe(400);

    const all = await call('GET', `/api/users?search=${encodeURIComponent(t)}`, {
      token: reporter,
    });
    const row = (id: string) =>
      (all.body.items as { id: string; lastLoginAt: string | null }[]).find((u) => u.id === id);
    expect(row(used.id)).toMatchObject({ active: true, activated: true, onRoster: true });
    expect(Date.parse(row(used.id)?.lastLoginAt ?? '')).toBeGreaterThan(0);
    expect(row(pending.id)).toMatchObject({
      active: true,
      activated: false,
      onRoster: false,
      lastLoginAt: null,
    });
    expect(row(locked.id)).toMatchObject({ active: false });
  });

  it('filters by a unit alone or with its subtree', async () => {
    const t = tag();
    const inVp = await account(`Phan Văn Phòng ${t}`, { unitCode: 'HNI.MLA.VP' });
    const inWard = await account(`Phan Phường ${t}`, { unitCode: 'HNI.MLA' });
    const ward = await unitId('HNI.MLA');
    const s = `search=${encodeURIComponent(t)}`;
    expect(await listIds(`${s}&unitId=${ward}`)).toEqual([inWard.id]);
    expect(await listIds(`${s}&unitId=${ward}&subtree=true`)).toEqual(sorted(inVp.id, inWard.id));
  });

  it('shows a reporter only the participants and reporters of their subtree', async () => {
    const t = tag();
    const mine = await account(`Vũ Thí Sinh ${t}`);
    const colleague = await account(`Vũ Báo Cáo ${t}`, { role: 'reporter' });
    const boss = await account(`Vũ Tổ Chức ${t}`, { role: 'organizer' });
    const root = await account(`Vũ Quản Trị ${t}`, { role: 'admin' });
    const elsewhere = await account(`Vũ Nơi Khác ${t}`, { unitCode: 'DNI.DQU' });
    const s = `search=${encodeURIComponent(t)}`;
    expect(await listIds(s)).toEqual(sorted(mine.id, colleague.id));
    expect(await listIds(`${s}&role=admin`)).toEqual([]);
    expect(await listIds(s, admin)).toEqual(
      sorted(mine.id, colleague.id, boss.id, root.id, elsewhere.id),
    );
    // another subtree's unit is not found
    const other = await call('GET', `/api/users?unitId=${await unitId('DNI.DQU')}`, {
      token: reporter,
    });
    expect(other.status).toBe(404);
    // participants list no accounts
    const person = await activated(mine);
    expect((await call('GET', '/api/users', { token: person })).status).toBe(403);
  });
});

describe('bulk actions', () => {
  it('deactivates all or nothing, ends sessions and sockets, audits each, and reactivates', async () => {
    const t = tag();
    const a = await account(`Đỗ Khóa Một ${t}`);
    const b = await account(`Đỗ Khóa Hai ${t}`);
    const elsewhere = await account(`Đỗ Nơi Khác ${t}`, { unitCode: 'DNI.DQU' });
    const tokenA = await activated(a);
    const tokenB = await activated(b);

    // one account out of scope: 404, nothing done
    const refused = await call('POST', '/api/users/bulk', {
      token: reporter,
      body: { ids: [a.id, b.id, elsewhere.id], action: 'deactivate' },
    });
    expect(refused.status).toBe(404);
    expect((await call('GET', '/api/me', { token: tokenA })).status).toBe(200);
    expect((await call('GET', '/api/me', { token: tokenB })).status).toBe(200);
    const { rows: still } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM users WHERE id = ANY($1) AND active`,
      [[a.id, b.id, elsewhere.id]],
    );
    expect(still[0]!.n).toBe(3);
    // an unknown id, and more ids than USERS_BULK_MAX
    const unknown = await call('POST', '/api/users/bulk', {
      token: reporter,
      body: { ids: [a.id, '00000000-0000-4000-8000-000000000000'], action: 'deactivate' },
    });
    expect(unknown.status).toBe(404);
    const many = Array.from(
      { length: BULK_MAX + 1 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const tooMany = await call('POST', '/api/users/bulk', {
      token: reporter,
      body: { ids: many, action: 'deactivate' },
    });
    expect(tooMany.status).toBe(400);
    expect((await call('GET', '/api/me', { token: tokenA })).status).toBe(200);

    const socket = await connectSocket(server.baseUrl, tokenA);
    sockets.push(socket);
    let answer: Awaited<ReturnType<typeof call>> | null = null;
    const closed = await closedAfter(socket, async () => {
      answer = await call('POST', '/api/users/bulk', {
        token: reporter,
        body: { ids: [a.id, b.id], action: 'deactivate' },
      });
    });
    expect(answer!.status, JSON.stringify(answer!.body)).toBe(201);
    expect(answer!.body).toEqual({ action: 'deactivate', changed: 2, slips: null });
    expect(closed.reason).toBe('io server disconnect');
    expect((await call('GET', '/api/me', { token: tokenA })).status).toBe(401);
    expect((await call('GET', '/api/me', { token: tokenB })).status).toBe(401);
    const login = await call('POST', '/api/auth/login', {
      body: { username: b.phone, password: NEW_PASSWORD },
    });
    expect(login.body.error.code).toBe('account_inactive');
    const audit = await db.query<{ target_id: string }>(
      `SELECT target_id FROM audit_log WHERE action = 'user.deactivate' AND target_id = ANY($1)`,
      [[a.id, b.id]],
    );
    expect(audit.rows.map((r) => r.target_id).sort()).toEqual(sorted(a.id, b.id));

    const back = await call('POST', '/api/users/bulk', {
      token: reporter,
      body: { ids: [a.id, b.id], action: 'reactivate' },
    });
    expect(back.body).toEqual({ action: 'reactivate', changed: 2, slips: null });
    expect(
      (
        await call('POST', '/api/auth/login', {
          body: { username: a.phone, password: NEW_PASSWORD },
        })
      ).status,
    ).toBe(200);
  });

  it('a reporter cannot deactivate themself in bulk', async () => {
    const me = await call('GET', '/api/me', { token: reporter });
    const res = await call('POST', '/api/users/bulk', {
      token: reporter,
      body: { ids: [me.body.id], action: 'deactivate' },
    });
    expect(res.status).toBe(403);
  });

  it('issues a code per account and answers the slips; the .xlsx codes work', async () => {
    const t = tag();
    const fresh = await account(`Hồ Mới ${t}`);
    const old = await account(`Hồ Cũ ${t}`);
    await activated(old);
    const res = await call('POST', '/api/users/bulk', {
      token: reporter,
      body: { ids: [fresh.id, old.id], action: 'issue-codes' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.changed).toBe(2);
    const file = await download(res.body.slips.xlsxUrl as string, reporter);
    expect(file.status).toBe(200);
    expect((await download(res.body.slips.xlsxUrl as string, admin)).status).toBe(404);
    const pdf = await download(res.body.slips.pdfUrl as string, reporter);
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const codes = new Map<string, string>();
    wb.worksheets[0]!.eachRow((row, i) => {
      const v = (row.values as unknown[]).slice(1).map((x) => String(x ?? ''));
      if (i > 1) codes.set(v[2]!, v[3]!);
    });
    expect([...codes.keys()].sort()).toEqual([fresh.phone, old.phone].sort());
    for (const c of codes.values()) expect(c).toMatch(CODE_SHAPE);
    const purposes = await db.query<{ user_id: string; purpose: string }>(
      `SELECT user_id, purpose FROM one_time_codes WHERE user_id = ANY($1) AND used_at IS NULL`,
      [[fresh.id, old.id]],
    );
    expect(Object.fromEntries(purposes.rows.map((r) => [r.user_id, r.purpose]))).toEqual({
      [fresh.id]: 'activation',
      [old.id]: 'reset',
    });
    const first = await call('POST', '/api/auth/activate', {
      body: { username: fresh.phone, code: codes.get(fresh.phone), password: NEW_PASSWORD },
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const audit = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.code-issued' AND target_id = ANY($1)`,
      [[fresh.id, old.id]],
    );
    expect(audit.rows[0]!.n).toBeGreaterThanOrEqual(3); // old: activation + reset; fresh: one
  });
});

describe('editing contacts', () => {
  it('a new phone links the unlinked staff-list entry that has it', async () => {
    const t = tag();
    const p = await account(`Cao Đổi Số ${t}`);
    const newPhone = uniquePhone();
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO roster_entries (unit_id, full_name, name_folded, phone, valid_from)
       VALUES ($1, $2, lower($2), $3, now()) RETURNING id`,
      [await unitId('HNI.MLA.VP'), `Cao Đổi Số ${t}`, newPhone],
    );
    const entry = rows[0]!.id;
    expect(await listIds(`search=${encodeURIComponent(t)}&status=not_on_roster`)).toEqual([p.id]);
    const res = await call('PATCH', `/api/users/${p.id}`, {
      token: reporter,
      body: { phone: newPhone },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const linked = await db.query<{ user_id: string | null; linked_by: string | null }>(
      `SELECT user_id, linked_by FROM roster_entries WHERE id = $1`,
      [entry],
    );
    expect(linked.rows[0]).toEqual({ user_id: p.id, linked_by: 'auto' });
    expect(await listIds(`search=${encodeURIComponent(t)}&status=not_on_roster`)).toEqual([]);
  });
});
