import { randomInt } from 'node:crypto';
import pg from 'pg';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, randomIp, uniqueCitizenId, uniquePhone } from '../support/api.js';
import { freePort, startServer, type RunningServer } from '../support/server-process.js';
import { closedAfter, connectSocket } from '../support/sockets.js';

/**
 * Accounts handed out on paper (issue 14): one-time codes for the first sign-in and for resets
 * without email, deactivation, and the common-password check. A server of its own, with a
 * settable clock to let codes expire; its log (LOG_LEVEL info) is read for the codes at the end.
 */
const CODE_SHAPE = /^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/;
const NEW_PASSWORD = 'LanDauVao@2026';

let server: RunningServer;
let db: pg.Client;
let reporter: string; // baocao.molao@demo.local: đầu mối báo cáo of phường Mộ Lao
let admin: string;
const issued: string[] = [];
const sockets: Socket[] = [];

const call = (method: string, path: string, opts: { token?: string; body?: unknown } = {}) =>
  api(method, path, { ...opts, base: server.baseUrl, ip: randomIp() });

async function login(username: string, password = 'Demo@2025') {
  return call('POST', '/api/auth/login', { body: { username, password } });
}

async function tokenOf(username: string, password = 'Demo@2025'): Promise<string> {
  const res = await login(username, password);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.accessToken as string;
}

async function issue(userId: string, token = reporter) {
  const res = await call('POST', `/api/users/${userId}/one-time-code`, { token });
  if (res.status === 201) issued.push(res.body.code as string);
  return res;
}

const activate = (username: string, code: string, password = NEW_PASSWORD) =>
  call('POST', '/api/auth/activate', { body: { username, code, password } });

/** The field issue of a password on the common list (the server's vi text, the default). */
const tooCommon = (body: { error: { details?: unknown } }, path = 'password') =>
  expect(body.error.details).toContainEqual({
    path,
    message:
      'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác (ví dụ một câu ngắn dễ nhớ).',
  });

const setClock = (at: Date | null) =>
  call('POST', '/api/test/clock', { body: { at: at ? at.toISOString() : null } });

async function userId(where: string, params: unknown[]): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM users WHERE ${where}`, params);
  expect(rows).toHaveLength(1);
  return rows[0]!.id;
}

/** An account as a staff list makes it: in a unit of Mộ Lao, with no password yet. */
async function staffAccount(unitCode = 'HNI.MLA.VP') {
  const phone = uniquePhone();
  const citizenId = uniqueCitizenId();
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO users (full_name, role, unit_id, phone, citizen_id, password_hash)
     SELECT $1, 'participant', id, $2, $3, NULL FROM units WHERE code = $4 RETURNING id`,
    [`Nguyễn Văn Phiếu ${randomInt(1000)}`, phone, citizenId, unitCode],
  );
  return { id: rows[0]!.id, phone, citizenId };
}

beforeAll(async () => {
  const pgPort = await freePort();
  server = await startServer({
    env: { TEST_HOOKS: 'true', SWEEP_INTERVAL_MS: '0', PG_PORT: String(pgPort), LOG_LEVEL: 'info' },
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

describe('activation with a code from a login slip', () => {
  it('the reporter of Mộ Lao hands out a code; the person signs in with it, sets a password, and signs in again', async () => {
    const person = await staffAccount();
    // no password yet: nothing signs in
    expect((await login(person.phone, 'anything-at-all')).status).toBe(401);

    const res = await issue(person.id);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.purpose).toBe('activation');
    expect(res.body.code).toMatch(CODE_SHAPE);
    const days = (Date.parse(res.body.expiresAt as string) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    // stored hashed only
    const stored = await db.query<{ code_hash: string }>(
      `SELECT code_hash FROM one_time_codes WHERE user_id = $1`,
      [person.id],
    );
    expect(stored.rows[0]!.code_hash).not.toContain(res.body.code);

    // typed in lower case with a space, signing in by CCCD
    const code = res.body.code as string;
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`;
    const activated = await activate(person.citizenId, typed);
    expect(activated.status, JSON.stringify(activated.body)).toBe(200);
    expect(activated.body.user).toMatchObject({ id: person.id, active: true });
    const me = await call('GET', '/api/me', { token: activated.body.accessToken });
    expect(me.status).toBe(200);

    // again with the new password, by phone and by CCCD
    expect((await login(person.phone, NEW_PASSWORD)).status).toBe(200);
    expect((await login(person.citizenId, NEW_PASSWORD)).status).toBe(200);
    const last = await db.query<{ last_login_at: Date | null }>(
      `SELECT last_login_at FROM users WHERE id = $1`,
      [person.id],
    );
    expect(last.rows[0]!.last_login_at).not.toBeNull();

    // single use
    const again = await activate(person.phone, code, 'MotLanNua@2026');
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('invalid_code');
    expect((await login(person.phone, NEW_PASSWORD)).status).toBe(200);

    const audit = await db.query<{ action: string; after: unknown }>(
      `SELECT action, after FROM audit_log WHERE target_id = $1 ORDER BY at`,
      [person.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['user.code-issued', 'user.activate']);
    expect(JSON.stringify(audit.rows)).not.toContain(code);
  });

  it('a code expires (the server clock moved past its validity)', async () => {
    const person = await staffAccount();
    const res = await issue(person.id);
    expect(res.status).toBe(201);
    try {
      const moved = await setClock(new Date(Date.parse(res.body.expiresAt as string) + 1000));
      expect(moved.status).toBe(200);
      const late = await activate(person.phone, res.body.code as string);
      expect(late.status).toBe(401);
      expect(late.body.error.code).toBe('invalid_code');
    } finally {
      await setClock(null);
    }
    // a fresh code works
    const fresh = await issue(person.id);
    expect((await activate(person.phone, fresh.body.code as string)).status).toBe(200);
  });

  it('re-issuing a code voids the one handed out before', async () => {
    const person = await staffAccount();
    const first = await issue(person.id);
    const second = await issue(person.id);
    expect(second.status).toBe(201);
    expect(second.body.code).not.toBe(first.body.code);
    const { rows } = await db.query(
      `SELECT 1 FROM one_time_codes WHERE user_id = $1 AND used_at IS NULL`,
      [person.id],
    );
    expect(rows).toHaveLength(1);
    expect((await activate(person.phone, first.body.code as string)).body.error.code).toBe(
      'invalid_code',
    );
    expect((await activate(person.phone, second.body.code as string)).status).toBe(200);
  });

  it('two issuers at once both succeed, and only one of their codes works', async () => {
    const person = await staffAccount();
    const all = await Promise.all(Array.from({ length: 5 }, () => issue(person.id)));
    expect(all.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const { rows } = await db.query(
      `SELECT 1 FROM one_time_codes WHERE user_id = $1 AND used_at IS NULL`,
      [person.id],
    );
    expect(rows).toHaveLength(1);
    const answers = [];
    for (const r of all) answers.push((await activate(person.phone, r.body.code as string)).status);
    expect(answers.filter((s) => s === 200)).toHaveLength(1);
  });

  it('wrong codes and unknown usernames get one neutral answer', async () => {
    const person = await staffAccount();
    await issue(person.id);
    for (const [username, code] of [
      [person.phone, 'ACDEFGHJ'],
      [uniquePhone(), 'ACDEFGHJ'],
      [uniqueCitizenId(), 'ACDEFGHJ'],
    ] as const) {
      const res = await activate(username, code);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('invalid_code');
    }
  });

  it('guessing codes is held by the login limits: past 5 wrong codes from one address, 429', async () => {
    const person = await staffAccount();
    const res = await issue(person.id);
    const ip = randomIp();
    const guess = (code: string) =>
      api('POST', '/api/auth/activate', {
        base: server.baseUrl,
        ip,
        body: { username: person.phone, code, password: NEW_PASSWORD },
      });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await guess('ACDEFGHJ')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // even the right code waits from that address; from another it goes through
    expect((await guess(res.body.code as string)).status).toBe(429);
    expect((await activate(person.phone, res.body.code as string)).status).toBe(200);
  });

  it('a common password is refused and the code is not spent', async () => {
    const person = await staffAccount();
    const res = await issue(person.id);
    const weak = await activate(person.phone, res.body.code as string, 'Password1');
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('validation_failed');
    tooCommon(weak.body);
    expect((await activate(person.phone, res.body.code as string)).status).toBe(200);
    // registration and a password change refuse it too
    const reg = await call('POST', '/api/auth/register', {
      body: {
        fullName: 'Trần Văn Yếu',
        phone: uniquePhone(),
        unitId: (await db.query<{ id: string }>(`SELECT id FROM units WHERE code = 'HNI.MLA.VP'`))
          .rows[0]!.id,
        password: 'qwertyuiop',
        consent: true,
      },
    });
    expect(reg.status).toBe(400);
    tooCommon(reg.body);
    const token = await tokenOf(person.phone, NEW_PASSWORD);
    const change = await call('POST', '/api/me/password', {
      token,
      body: { currentPassword: NEW_PASSWORD, newPassword: 'iloveyou123' },
    });
    expect(change.status).toBe(400);
    tooCommon(change.body, 'newPassword');
    // long passphrases are welcome: no composition rules, 64+ characters
    const long = 'một câu dài dễ nhớ về hội thi cải cách hành chính phường Mộ Lao năm 2026';
    expect(long.length).toBeGreaterThan(64);
    const ok = await call('POST', '/api/me/password', {
      token,
      body: { currentPassword: NEW_PASSWORD, newPassword: long },
    });
    expect(ok.status).toBe(204);
  });
});

describe('who may issue codes', () => {
  it('a reporter cannot issue for an admin, an organiser above them or anyone outside the subtree: 404', async () => {
    const targets = [
      await userId(`email = 'admin@demo.local'`, []),
      await userId(`email = 'btc.molao@demo.local'`, []),
      await userId(`email = 'thisinh01@demo.local'`, []), // phường Trương Quang Trọng
    ];
    for (const id of targets) {
      const res = await issue(id);
      expect(res.status, id).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    const none = await db.query(`SELECT 1 FROM one_time_codes WHERE user_id = ANY($1::uuid[])`, [
      targets,
    ]);
    expect(none.rows).toHaveLength(0);
    // a participant may not issue at all
    const p = await tokenOf('thisinh07@demo.local');
    expect((await issue(targets[2]!, p)).status).toBe(403);
    // the admin may, for anyone
    expect((await issue(targets[2]!, admin)).status).toBe(201);
  });
});

describe('reset without email', () => {
  it("the reporter's reset code revokes nothing until used; using it ends the old token and closes its socket", async () => {
    const person = await userId(`email = 'thisinh06@demo.local'`, []); // Phạm Thị Lan Anh, Mộ Lao
    const old = await tokenOf('0912576031');
    const socket = await connectSocket(server.baseUrl, old);
    sockets.push(socket);

    const res = await issue(person);
    expect(res.status).toBe(201);
    expect(res.body.purpose).toBe('reset');
    const hours = (Date.parse(res.body.expiresAt as string) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    // issued, not used: the person is still signed in, old password still good
    expect((await call('GET', '/api/me', { token: old })).status).toBe(200);
    expect(socket.connected).toBe(true);

    let answer: Awaited<ReturnType<typeof activate>> | null = null;
    const closed = await closedAfter(socket, async () => {
      answer = await activate('thisinh06@demo.local', res.body.code as string, 'QuenMatKhau@2026');
    });
    expect(answer!.status).toBe(200);
    expect(closed.reason).toBe('io server disconnect');
    expect(closed.ms).toBeLessThan(1000);
    expect((await call('GET', '/api/me', { token: old })).status).toBe(401);
    expect((await login('0912576031')).status).toBe(401);
    expect((await login('0912576031', 'QuenMatKhau@2026')).status).toBe(200);
    const audit = await db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY at`,
      [person],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['user.code-issued', 'user.password-reset']);
  });
});

describe('deactivation', () => {
  it('ends sessions and sockets, refuses sign-in with account_inactive, and keeps the attempts counted', async () => {
    // a Mộ Lao person with submitted attempts in the demo contest
    const { rows } = await db.query<{ id: string; phone: string }>(
      `SELECT u.id, u.phone FROM users u JOIN units un ON un.id = u.unit_id
        WHERE un.code LIKE 'HNI.MLA%' AND u.role = 'participant' AND u.email IS NULL
          AND EXISTS (SELECT 1 FROM attempts a WHERE a.user_id = u.id AND a.status <> 'in_progress')
        LIMIT 1`,
    );
    expect(rows).toHaveLength(1);
    const person = rows[0]!;
    const report = async () => {
      const r = await call('GET', '/api/reports/participation', { token: reporter });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body.totals as { participants: number; attempts: number };
    };
    const before = await report();
    expect(before.participants).toBeGreaterThan(0);

    const token = await tokenOf(person.phone);
    const socket = await connectSocket(server.baseUrl, token);
    sockets.push(socket);
    let answer: Awaited<ReturnType<typeof call>> | null = null;
    const closed = await closedAfter(socket, async () => {
      answer = await call('PATCH', `/api/users/${person.id}`, {
        token: reporter,
        body: { active: false },
      });
    });
    expect(answer!.status, JSON.stringify(answer!.body)).toBe(200);
    expect(answer!.body.active).toBe(false);
    expect(closed.reason).toBe('io server disconnect');
    expect((await call('GET', '/api/me', { token })).status).toBe(401);

    const refused = await login(person.phone);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('account_inactive');
    // a wrong password tells nothing about the account's state
    expect((await login(person.phone, 'KhongPhai@2026')).body.error.code).toBe(
      'invalid_credentials',
    );
    // a code does not bring it back either
    const code = await issue(person.id);
    expect((await activate(person.phone, code.body.code as string)).body.error.code).toBe(
      'account_inactive',
    );

    // the attempts stay and still count
    expect(await report()).toEqual(before);

    const back = await call('PATCH', `/api/users/${person.id}`, {
      token: reporter,
      body: { active: true },
    });
    expect(back.body.active).toBe(true);
    expect((await login(person.phone)).status).toBe(200);
    const audit = await db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE target_id = $1 AND action LIKE 'user.%activate' ORDER BY at`,
      [person.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['user.deactivate', 'user.reactivate']);
  });

  it('edits stay within the rules: only an admin grants admin, duplicates answer as today, no one outside scope', async () => {
    const person = await staffAccount('HNI.MLA.TDP');
    const other = await staffAccount('HNI.MLA.TDP');
    const patch = (id: string, body: unknown, token = reporter) =>
      call('PATCH', `/api/users/${id}`, { token, body });
    const renamed = await patch(person.id, {
      fullName: 'Nguyễn Văn Đổi Tên',
      email: 'doiten@thu.vn',
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body).toMatchObject({ fullName: 'Nguyễn Văn Đổi Tên', email: 'doiten@thu.vn' });
    expect((await patch(person.id, { phone: other.phone })).body.error.code).toBe(
      'duplicate_phone',
    );
    expect((await patch(person.id, { citizenId: other.citizenId })).body.error.code).toBe(
      'duplicate_citizen_id',
    );
    expect((await patch(person.id, { role: 'reporter' })).status).toBe(403); // reporters change no roles
    const btc = await tokenOf('btc.molao@demo.local');
    expect((await patch(person.id, { role: 'admin' }, btc)).status).toBe(403);
    expect((await patch(person.id, { role: 'reporter' }, btc)).body.role).toBe('reporter');
    const elsewhere = await db.query<{ id: string }>(
      `SELECT id FROM units WHERE code = 'QNG.TQT.VP'`,
    );
    expect((await patch(person.id, { unitId: elsewhere.rows[0]!.id })).status).toBe(404);
    const outside = await userId(`email = 'thisinh02@demo.local'`, []);
    expect((await patch(outside, { active: false })).status).toBe(404);
    expect((await patch(person.id, { phone: null, email: null, citizenId: null })).status).toBe(
      400,
    );
  });
});

describe('logs', () => {
  it('never hold an issued code', () => {
    expect(issued.length).toBeGreaterThan(5);
    const log = server.output();
    for (const code of issued) expect(log).not.toContain(code);
  });
});
