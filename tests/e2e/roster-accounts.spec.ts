import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { pdfPages } from '../../server/src/common/pdf-pages.test-support.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, randomIp, uniqueCitizenId, uniquePhone } from '../support/api.js';
import { freePort, startServer, type RunningServer } from '../support/server-process.js';

/**
 * Accounts from the staff list (issue 14): the reporter of phường Mộ Lao creates accounts for the
 * people on its lists, downloads the login slips, and a person signs in with a slip's code. A
 * server of its own, logging at info level, whose log is searched for the codes at the end.
 */
const CODE_SHAPE = /^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/;
const NEW_PASSWORD = 'LanDauVao@2026';
let server: RunningServer;
let db: pg.Client;
let reporter: string; // baocao.molao@demo.local
let admin: string;
const mine: { name: string; phone: string }[] = [];

const call = (method: string, p: string, opts: { token?: string; body?: unknown } = {}) =>
  api(method, p, { ...opts, base: server.baseUrl, ip: randomIp() });

async function tokenOf(username: string, password = 'Demo@2025'): Promise<string> {
  const res = await call('POST', '/api/auth/login', { body: { username, password } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.accessToken as string;
}

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
    env: { TEST_HOOKS: 'true', SWEEP_INTERVAL_MS: '0', PG_PORT: String(pgPort), LOG_LEVEL: 'info' },
  });
  db = new pg.Client({
    connectionString: `postgres://cchc:cchc-embedded@127.0.0.1:${pgPort}/cchc`,
  });
  await db.connect();
  reporter = await tokenOf('baocao.molao@demo.local');
  admin = await tokenOf('admin@demo.local');
  // 13 more people on the list of Văn phòng (besides the demo lists of the ward)
  const vp = await unitId('HNI.MLA.VP');
  for (let i = 0; i < 13; i++) {
    const name = `Phạm Thị Phiếu Số ${i + 1}`;
    const phone = uniquePhone();
    mine.push({ name, phone });
    await db.query(
      `INSERT INTO roster_entries (unit_id, full_name, name_folded, citizen_id, phone, valid_from)
       VALUES ($1, $2, lower($2), $3, $4, now())`,
      [vp, name, uniqueCitizenId(), phone],
    );
  }
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('accounts from the staff list', () => {
  let result: { created: number; skipped: number; slips: { pdfUrl: string; xlsxUrl: string } };
  const codes = new Map<string, string>(); // username → code, from the .xlsx
  const progressId = randomUUID();

  it('404 for a unit of another subtree', async () => {
    const other = await unitId('HPG.PTH');
    const res = await call('POST', `/api/units/${other}/roster/accounts`, {
      token: reporter,
      body: { subtree: true },
    });
    expect(res.status).toBe(404);
  });

  it('the reporter of Mộ Lao creates accounts for the whole ward’s lists', async () => {
    const { rows: before } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM roster_entries re JOIN units u ON u.id = re.unit_id
        WHERE u.code LIKE 'HNI.MLA%' AND re.valid_to IS NULL AND re.user_id IS NULL`,
    );
    const ward = await unitId('HNI.MLA');
    const count = await call('GET', `/api/units/${ward}/roster/accountless?subtree=true`, {
      token: reporter,
    });
    expect(count.body).toEqual({
      count: Number(before[0]!.n),
      activationCodeDays: 14,
      slipFilesMinutes: 60,
    });
    // the unit alone counts fewer: the lists of its offices are in the subtree only
    const alone = await call('GET', `/api/units/${ward}/roster/accountless`, { token: reporter });
    expect(alone.body.count).toBeLessThan(count.body.count);
    const res = await call('POST', `/api/units/${ward}/roster/accounts`, {
      token: reporter,
      body: { subtree: true, progressId },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    result = res.body;
    expect(result.created).toBeGreaterThanOrEqual(13);
    expect(result.created + result.skipped).toBe(Number(before[0]!.n));
    // every entry of the ward now has an account; mine are participants without password
    const { rows } = await db.query<{ role: string; password_hash: string | null; n: string }>(
      `SELECT us.role, us.password_hash, count(*) AS n FROM roster_entries re
         JOIN users us ON us.id = re.user_id
        WHERE re.phone = ANY($1) GROUP BY 1, 2`,
      [mine.map((m) => m.phone)],
    );
    expect(rows).toEqual([{ role: 'participant', password_hash: null, n: '13' }]);
  });

  it('the call’s progress is its maker’s: done, every entry counted; 404 for others', async () => {
    const mineNow = await call('GET', `/api/roster/accounts-progress/${progressId}`, {
      token: reporter,
    });
    expect(mineNow.status).toBe(200);
    const total = result.created + result.skipped;
    expect(mineNow.body).toEqual({ phase: 'done', done: total, total });
    const theirs = await call('GET', `/api/roster/accounts-progress/${progressId}`, {
      token: admin,
    });
    expect(theirs.status).toBe(404);
    const unknown = await call('GET', `/api/roster/accounts-progress/${randomUUID()}`, {
      token: reporter,
    });
    expect(unknown.status).toBe(404);
    const bad = await call('GET', `/api/roster/accounts-progress/not-a-uuid`, { token: reporter });
    expect(bad.status).toBe(404); // a malformed id is an unknown one, as for every :id here
    // an id in use cannot be taken again, by its maker or anyone
    const again = await call('POST', `/api/units/${await unitId('HNI.MLA')}/roster/accounts`, {
      token: reporter,
      body: { subtree: true, progressId },
    });
    expect(again.status).toBe(409);
  });

  it('the .xlsx holds a row per new account with its code', async () => {
    const file = await download(result.slips.xlsxUrl, reporter);
    expect(file.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rows: string[][] = [];
    ws.eachRow((row, i) => {
      if (i > 1) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    expect(rows).toHaveLength(result.created);
    for (const r of rows) {
      expect(r[3]).toMatch(CODE_SHAPE);
      codes.set(r[2]!, r[3]!);
    }
    for (const m of mine) expect(codes.has(m.phone)).toBe(true);
  });

  it('the PDF has 10 names a page and every code', async () => {
    const file = await download(result.slips.pdfUrl, reporter);
    expect(file.status).toBe(200);
    const { texts: pages } = await pdfPages(file.body);
    expect(pages).toHaveLength(Math.ceil(result.created / 10));
    const all = pages.join(' ');
    for (const m of mine) expect(all).toContain(m.name);
    for (const code of codes.values()) {
      expect(all).toContain(`${code.slice(0, 4)} ${code.slice(4)}`);
    }
    // 10 codes on each full page
    for (const page of pages.slice(0, -1)) {
      const onPage = [...codes.values()].filter((c) =>
        page.includes(`${c.slice(0, 4)} ${c.slice(4)}`),
      );
      expect(onPage).toHaveLength(10);
    }
  });

  it('the files are their maker’s only', async () => {
    expect((await download(result.slips.pdfUrl, admin)).status).toBe(404);
    expect((await download(result.slips.xlsxUrl, admin)).status).toBe(404);
  });

  it('a person activates with the code from the .xlsx, sets a password and signs in again', async () => {
    const { phone } = mine[0]!;
    const activated = await call('POST', '/api/auth/activate', {
      body: { username: phone, code: codes.get(phone), password: NEW_PASSWORD },
    });
    expect(activated.status, JSON.stringify(activated.body)).toBe(200);
    expect((await tokenOf(phone, NEW_PASSWORD)).length).toBeGreaterThan(0);
  });

  it('registering with the phone or CCCD of a slip account not activated yet points to the code', async () => {
    const { phone } = mine[1]!;
    const { rows } = await db.query<{ citizen_id: string }>(
      `SELECT citizen_id FROM users WHERE phone = $1`,
      [phone],
    );
    const body = (over: Record<string, unknown>) => ({
      fullName: 'Người Tự Đăng Ký',
      phone: uniquePhone(),
      password: 'MatKhau@2025',
      consent: true,
      ...over,
    });
    const unit = await unitId('HNI.MLA.VP');
    const byPhone = await call('POST', '/api/auth/register', {
      body: body({ phone, unitId: unit }),
    });
    expect(byPhone.status).toBe(409);
    expect(byPhone.body.error.code).toBe('use_activation_code');
    expect(byPhone.body.error.details).toEqual({ username: phone });
    expect(byPhone.body.error.message).toContain('mã kích hoạt');
    // by CCCD with another phone: the username to activate is the CCCD typed, nothing else
    const cid = rows[0]!.citizen_id;
    const byCid = await call('POST', '/api/auth/register', {
      body: body({ citizenId: cid, unitId: unit }),
    });
    expect(byCid.status).toBe(409);
    expect(byCid.body.error).toMatchObject({
      code: 'use_activation_code',
      details: { username: cid },
    });
    // the activated account (mine[0]) keeps the neutral answer
    const activated = await call('POST', '/api/auth/register', {
      body: body({ phone: mine[0]!.phone, unitId: unit }),
    });
    expect(activated.status).toBe(409);
    expect(activated.body.error.code).toBe('already_registered');
    expect(activated.body.error.details).toBeUndefined();
  });

  it('calling again creates nothing new', async () => {
    const res = await call('POST', `/api/units/${await unitId('HNI.MLA')}/roster/accounts`, {
      token: reporter,
      body: { subtree: true },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.created).toBe(0);
  });

  it('the slip files are gone once SLIP_FILES_MINUTES have passed (server clock moved)', async () => {
    expect((await download(result.slips.pdfUrl, reporter)).status).toBe(200);
    // the default 60 minutes, less a minute: still there
    const move = (offsetMs: number) =>
      call('POST', '/api/test/clock', { body: { at: null, offsetMs } });
    try {
      expect((await move(59 * 60_000)).status).toBe(200);
      expect((await download(result.slips.xlsxUrl, reporter)).status).toBe(200);
      expect((await move(61 * 60_000)).status).toBe(200);
      expect((await download(result.slips.pdfUrl, reporter)).status).toBe(404);
      expect((await download(result.slips.xlsxUrl, reporter)).status).toBe(404);
      // the progress of a call ended that long ago is forgotten too
      const gone = await call('GET', `/api/roster/accounts-progress/${progressId}`, {
        token: reporter,
      });
      expect(gone.status).toBe(404);
    } finally {
      await move(0);
    }
  });

  it('the codes never reach the server log', () => {
    expect(codes.size).toBeGreaterThanOrEqual(13);
    const log = server.output();
    for (const code of codes.values()) expect(log).not.toContain(code);
  });
});
