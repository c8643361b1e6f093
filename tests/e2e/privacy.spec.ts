import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminToken, api, baseUrl, uniqueCitizenId, uniquePhone } from '../support/api.js';
import { freshOrganiser } from '../support/org.js';

// The cases that once wrote personal data into the server's log. Each is checked here at once;
// tests/after-e2e greps the whole run's log afterwards for any other way in.

const serverLog = () => readFileSync(inject('serverLog'), 'utf8');

/**
 * Waits until the shared server has logged a request made after the case under test, so what
 * the case made the server (and its PostgreSQL, which logs before it answers) print is in.
 */
async function logSettled(): Promise<string> {
  const marker = `/api/log-marker-${randomUUID()}`;
  expect((await api('GET', marker)).status).toBe(404);
  let text = '';
  await expect
    .poll(() => (text = serverLog()).includes(marker), { timeout: 10_000, interval: 100 })
    .toBe(true);
  return text;
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

let unitId: string;
beforeAll(async () => {
  const units = await api('GET', '/api/units/public');
  unitId = units.body.find((u: { name: string }) => u.name === 'Phường Mộ Lao').id;
});

function registration(over: Record<string, unknown> = {}) {
  return {
    fullName: 'Đặng Thị Thu Trang',
    phone: uniquePhone(),
    citizenId: uniqueCitizenId(),
    unitId,
    password: 'MatKhau@2025',
    consent: true,
    ...over,
  };
}

describe('personal data in the server log', () => {
  it('a second registration with a known CCCD or phone is logged by constraint, never by value', async () => {
    const first = registration();
    expect((await api('POST', '/api/auth/register', { body: first })).status).toBe(201);
    const before = await logSettled();
    const sameCccd = await api('POST', '/api/auth/register', {
      body: registration({ citizenId: first.citizenId }),
    });
    const samePhone = await api('POST', '/api/auth/register', {
      body: registration({ phone: first.phone }),
    });
    expect([sameCccd.status, samePhone.status]).toEqual([409, 409]);
    const after = await logSettled();
    // PostgreSQL did report both clashes (by the unique index's name) ...
    expect(count(after, 'uq_users_citizen_id')).toBeGreaterThan(
      count(before, 'uq_users_citizen_id'),
    );
    expect(count(after, 'uq_users_phone')).toBeGreaterThan(count(before, 'uq_users_phone'));
    // ... without its DETAIL line "Key (citizen_id)=(…) already exists".
    expect(after).not.toContain(first.citizenId);
    expect(after).not.toContain(first.phone);
    expect(after).not.toMatch(/DETAIL:|Key \(/);
  });

  it('an excluded person with a character PostgreSQL cannot store leaves no CCCD in the log', async () => {
    // A NUL in a text field once reached PostgreSQL, which refused the JSON and logged it in a
    // CONTEXT line ("JSON data, line 1: [{…citizenId…"). Refused at the edge or by the database,
    // the request fails; either way the CCCD beside the NUL must not be written down.
    const org = await freshOrganiser();
    const citizenId = uniqueCitizenId();
    const phone = uniquePhone();
    const res = await api('POST', '/api/contests', {
      token: org.token,
      body: {
        title: `Hội thi thử nhật ký ${randomUUID().slice(0, 6)}`,
        organizerUnitId: org.unitId,
        excludedPersons: [{ fullName: 'Người ra đề', citizenId, phone, role: 'Ra đề\u0000' }],
      },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    const text = await logSettled();
    expect(text).not.toContain(citizenId);
    expect(text).not.toContain(phone);
    expect(text).not.toContain('JSON data');
  });

  it('a search by phone or CCCD is logged by path only', async () => {
    const admin = await adminToken();
    const phone = uniquePhone();
    const citizenId = uniqueCitizenId();
    for (const search of [phone, citizenId]) {
      const res = await api('GET', `/api/users?search=${search}`, { token: admin });
      expect(res.status).toBe(200);
    }
    const text = await logSettled();
    expect(text).toContain('"path":"/api/users"');
    expect(text).not.toContain(phone);
    expect(text).not.toContain(citizenId);
  });
});

describe('Cache-Control', () => {
  it('is no-store on answers with personal data, on errors and on exports', async () => {
    const admin = await adminToken();
    const org = await freshOrganiser();
    const answers = [
      await api('GET', '/api/me', { token: admin }),
      await api('GET', '/api/users?search=09', { token: admin }),
      await api('GET', '/api/me'),
      await api('POST', '/api/auth/login', { body: { username: 'x', password: 'y' } }),
      await api('GET', '/api/questions/export?format=csv', { token: org.token }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 401, 200]);
    for (const r of answers) expect(r.headers.get('cache-control')).toBe('no-store');
    const csv = answers[4]!;
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment/);
  });

  it('lets the public contest page keep its own, cacheable header', async () => {
    const admin = await adminToken();
    const all = await api('GET', '/api/contests', { token: admin });
    const slug = all.body.find((c: { status: string }) => c.status !== 'draft').slug;
    const page = await fetch(`${baseUrl()}/api/public/contests/${slug}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
  });
});
