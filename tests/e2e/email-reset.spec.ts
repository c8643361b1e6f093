import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, randomIp, uniquePhone } from '../support/api.js';
import { freePort, startServer, type RunningServer } from '../support/server-process.js';
import { mailPart, startSmtpReceiver, type SmtpReceiver } from '../support/smtp-receiver.js';

/**
 * "Quên mật khẩu?" by email (issue 14), on a server of its own whose SMTP_URL points at a
 * receiver in this process. The shared server has no SMTP_URL: there the route is unavailable.
 */
const PUBLIC_URL = 'http://hoithi.test';
const PASSWORD = 'QuenMatKhau@2026';
const NEW_PASSWORD = 'DatLaiRoi@2026';
const PER_ACCOUNT = 3;
const PER_IP = 5;
// a code as the email shows it: two groups of four from the codes' alphabet
const CODE_IN_MAIL = /\b([ACDEFGHJKMNPQRTUVWXY34679]{4}) ([ACDEFGHJKMNPQRTUVWXY34679]{4})\b/;

let server: RunningServer;
let smtp: SmtpReceiver;
let db: pg.Client;
let unitId: string;
const codes: string[] = [];
const emails: string[] = [];

const call = (
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; ip?: string } = {},
) => api(method, path, { base: server.baseUrl, ip: randomIp(), ...opts });

const forgot = (username: string, ip = randomIp()) =>
  call('POST', '/api/auth/forgot-password', { body: { username }, ip });

/** A self-registered account, with or without an email; its token from the registration. */
async function account(withEmail = true) {
  const phone = uniquePhone();
  const email = withEmail ? `quen${phone}@thu.vn` : undefined;
  const res = await call('POST', '/api/auth/register', {
    body: {
      fullName: `Trần Thị Quên ${phone.slice(-4)}`,
      phone,
      email,
      unitId,
      password: PASSWORD,
      consent: true,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  if (email) emails.push(email);
  return { phone, email, token: res.body.accessToken as string, id: res.body.user.id as string };
}

/** The next mail (the `count`-th in all): its recipients, text and the code it holds. */
async function nextMail(count: number) {
  const mail = (await smtp.waitFor(count))[count - 1]!;
  const text = mailPart(mail.raw, 'text/plain');
  const html = mailPart(mail.raw, 'text/html');
  const m = CODE_IN_MAIL.exec(text);
  expect(m, text).not.toBeNull();
  const code = `${m![1]}${m![2]}`;
  codes.push(code);
  return { to: mail.to, text, html, code };
}

/** Lets any email still on its way arrive: the server sends after answering. */
const settle = () => new Promise((r) => setTimeout(r, 1500));

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  const pgPort = await freePort();
  server = await startServer({
    env: {
      PG_PORT: String(pgPort),
      LOG_LEVEL: 'info',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_FROM: 'Hội thi CCHC <no-reply@hoithi.test>',
      SMTP_TIMEOUT_MS: '1500',
      PUBLIC_URL,
      RESET_EMAIL_MAX_PER_ACCOUNT: String(PER_ACCOUNT),
      RESET_EMAIL_MAX_PER_IP: String(PER_IP),
    },
  });
  db = new pg.Client({
    connectionString: `postgres://cchc:cchc-embedded@127.0.0.1:${pgPort}/cchc`,
  });
  await db.connect();
  const units = await call('GET', '/api/units/public');
  unitId = units.body.find((u: { name: string }) => u.name === 'Phường Mộ Lao').id;
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
  await smtp?.close();
});

describe('email reset with SMTP_URL set', () => {
  it('the sign-in pages are told that email reset is on offer', async () => {
    const res = await call('GET', '/api/auth/options');
    expect([res.status, res.body]).toEqual([200, { emailReset: true }]);
  });

  it('emails a reset code that works once on /activate and ends every old session', async () => {
    const person = await account();
    const before = smtp.mails.length;
    const res = await forgot(person.phone);
    expect([res.status, res.body]).toEqual([202, { accepted: true }]);

    const mail = await nextMail(before + 1);
    expect(mail.to).toEqual([person.email]);
    expect(smtp.mails[before]!.from).toBe('no-reply@hoithi.test');
    // Vietnamese first, then English; the link carries the username only
    const link = `${PUBLIC_URL}/activate?u=${person.phone}`;
    expect(mail.text.split(/\r?\n/)).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.text.toLowerCase()).toContain('nếu không phải bạn yêu cầu, hãy bỏ qua');
    expect(mail.text.indexOf('Mã đặt lại mật khẩu')).toBeLessThan(mail.text.indexOf('Reset code'));
    expect(mail.text).toMatch(/hiệu lực đến \d\d:\d\d ngày \d\d\/\d\d\/\d{4}/);
    expect(mail.html).toContain(`${mail.code.slice(0, 4)} ${mail.code.slice(4)}`);
    expect(link).not.toContain(mail.code);

    // a reset code: RESET_CODE_HOURS (24) from now, stored as an HMAC only
    const stored = await db.query<{ purpose: string; expires_at: Date; code_hash: string }>(
      `SELECT purpose, expires_at, code_hash FROM one_time_codes WHERE user_id = $1 AND used_at IS NULL`,
      [person.id],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.purpose).toBe('reset');
    const hours = (stored.rows[0]!.expires_at.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    expect(stored.rows[0]!.code_hash).not.toContain(mail.code);

    expect((await call('GET', '/api/me', { token: person.token })).status).toBe(200);
    const activated = await call('POST', '/api/auth/activate', {
      body: { username: person.phone, code: mail.code, password: NEW_PASSWORD },
    });
    expect(activated.status, JSON.stringify(activated.body)).toBe(200);
    expect(activated.body.user.id).toBe(person.id);
    // the old session is over, the new password signs in, the code is spent
    expect((await call('GET', '/api/me', { token: person.token })).status).toBe(401);
    const login = await call('POST', '/api/auth/login', {
      body: { username: person.phone, password: NEW_PASSWORD },
    });
    expect(login.status).toBe(200);
    const again = await call('POST', '/api/auth/activate', {
      body: { username: person.phone, code: mail.code, password: 'MotLanNua@2026' },
    });
    expect([again.status, again.body.error.code]).toEqual([401, 'invalid_code']);

    const audit = await db.query<{ action: string; actor_id: string }>(
      `SELECT action, actor_id FROM audit_log WHERE target_id = $1 ORDER BY at`,
      [person.id],
    );
    expect(audit.rows.map((r) => [r.action, r.actor_id])).toEqual([
      ['user.code-issued', person.id],
      ['user.password-reset', person.id],
    ]);
  });

  it('asked for by email address or phone alike; a second request voids the first code', async () => {
    const person = await account();
    const before = smtp.mails.length;
    expect((await forgot(person.email!.toUpperCase())).status).toBe(202);
    const first = await nextMail(before + 1);
    expect(first.text).toContain(`/activate?u=${encodeURIComponent(person.email!.toUpperCase())}`);
    expect((await forgot(person.phone)).status).toBe(202);
    const second = await nextMail(before + 2);
    expect(second.code).not.toBe(first.code);
    const stale = await call('POST', '/api/auth/activate', {
      body: { username: person.phone, code: first.code, password: NEW_PASSWORD },
    });
    expect(stale.body.error.code).toBe('invalid_code');
    const fresh = await call('POST', '/api/auth/activate', {
      body: { username: person.phone, code: second.code, password: NEW_PASSWORD },
    });
    expect(fresh.status).toBe(200);
  });

  it('an unknown username, an account without email and a deactivated one get the same answer, at the same speed, and no email', async () => {
    const withEmail = await account();
    const noEmail = await account(false);
    const closed = await account();
    await db.query(`UPDATE users SET active = false WHERE id = $1`, [closed.id]);
    const before = smtp.mails.length;

    const timed = async (username: string) => {
      const t0 = performance.now();
      const res = await forgot(username);
      return { status: res.status, body: res.body, ms: performance.now() - t0 };
    };
    const answers = [
      await timed(uniquePhone()),
      await timed('khong.co.ai@thu.vn'),
      await timed(noEmail.phone),
      await timed(closed.phone),
      await timed(withEmail.phone),
    ];
    for (const a of answers) expect([a.status, a.body]).toEqual([202, { accepted: true }]);
    // answered before the account is looked up: no order-of-magnitude gap between them
    const ms = answers.map((a) => a.ms);
    expect(Math.max(...ms)).toBeLessThan(10 * Math.max(Math.min(...ms), 50));

    const mail = await nextMail(before + 1);
    expect(mail.to).toEqual([withEmail.email]);
    await settle();
    expect(smtp.mails).toHaveLength(before + 1);
    const issued = await db.query(`SELECT 1 FROM one_time_codes WHERE user_id = ANY($1::uuid[])`, [
      [noEmail.id, closed.id],
    ]);
    expect(issued.rows).toHaveLength(0);
  });

  it('limits requests per username and per address (429), whether or not the account exists', async () => {
    for (const username of [(await account()).phone, uniquePhone()]) {
      for (let i = 0; i < PER_ACCOUNT; i++) expect((await forgot(username)).status).toBe(202);
      const refused = await forgot(username);
      expect([refused.status, refused.body.error.code]).toEqual([429, 'rate_limited']);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const ip = randomIp();
    for (let i = 0; i < PER_IP; i++) expect((await forgot(uniquePhone(), ip)).status).toBe(202);
    const refused = await forgot(uniquePhone(), ip);
    expect([refused.status, refused.body.error.code]).toEqual([429, 'rate_limited']);
    // another address is not held back
    expect((await forgot(uniquePhone())).status).toBe(202);
    await settle();
  });

  it('a mail server that never answers holds no request; the failure is logged without the code', async () => {
    const person = await account();
    const before = smtp.mails.length;
    smtp.stall = true;
    try {
      const t0 = performance.now();
      const res = await forgot(person.phone);
      expect([res.status, res.body]).toEqual([202, { accepted: true }]);
      expect(performance.now() - t0).toBeLessThan(1000); // SMTP_TIMEOUT_MS is 1500
      const deadline = Date.now() + 10_000;
      while (!server.output().includes(`Reset email for user ${person.id} not sent`)) {
        expect(Date.now()).toBeLessThan(deadline);
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      smtp.stall = false;
    }
    expect(smtp.mails).toHaveLength(before);
    // the code was made all the same (stored hashed); a new request mails a new one
    expect((await forgot(person.phone)).status).toBe(202);
    const mail = await nextMail(before + 1);
    expect(mail.to).toEqual([person.email]);
  });

  it('refuses malformed requests with 400', async () => {
    for (const body of [
      {},
      { username: '' },
      { username: 'x', password: 'y' },
      { username: 'a'.repeat(255) },
    ]) {
      const res = await call('POST', '/api/auth/forgot-password', { body });
      expect([res.status, res.body.error.code]).toEqual([400, 'validation_failed']);
    }
  });

  it('the server log holds none of the codes and none of the addresses', async () => {
    await settle();
    // every code mailed in this file, the ones the tests above did not read too
    const mailed = smtp.mails.map((m) => {
      const found = CODE_IN_MAIL.exec(mailPart(m.raw, 'text/plain'));
      expect(found).not.toBeNull();
      return `${found![1]}${found![2]}`;
    });
    expect(mailed.length).toBeGreaterThanOrEqual(8);
    expect(mailed).toEqual(expect.arrayContaining(codes));
    const log = server.output();
    expect(log).toContain('Reset email sent for user');
    for (const code of mailed) {
      expect(log).not.toContain(code);
      expect(log).not.toContain(`${code.slice(0, 4)} ${code.slice(4)}`);
    }
    for (const email of emails) expect(log.toLowerCase()).not.toContain(email);
  });
});

describe('without SMTP_URL (the shared server)', () => {
  it('offers no email reset, and the route says so', async () => {
    const options = await api('GET', '/api/auth/options');
    expect([options.status, options.body]).toEqual([200, { emailReset: false }]);
    const res = await api('POST', '/api/auth/forgot-password', {
      body: { username: uniquePhone() },
      ip: randomIp(),
    });
    expect([res.status, res.body.error.code]).toEqual([404, 'email_reset_unavailable']);
    expect(res.body.error.message).toContain('cán bộ đầu mối');
  });
});
