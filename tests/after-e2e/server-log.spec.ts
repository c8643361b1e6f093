import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLeaks, knownPasswords, type Leak } from '../support/log-leaks.js';
import { SERVER_LOG_DIR } from '../support/server-process.js';

// Runs after the e2e and browser files (vitest.config.ts: sequence.groupOrder), on what every
// test server printed during them: requests, errors, PostgreSQL's own log lines.
const report = (leaks: Leak[]) =>
  leaks.map((l) => `${l.file}:${l.line} ${l.kind}: ${l.masked.slice(0, 300)}`);

describe('the servers’ log after the e2e and browser suites', () => {
  it('holds no CCCD, phone number, access token or test password', () => {
    const shared = path.join(SERVER_LOG_DIR, 'shared.log');
    expect(existsSync(shared), `${shared} is written by the e2e run; run the e2e project too`).toBe(
      true,
    );
    const sharedText = readFileSync(shared, 'utf8');
    // The log of a real run: the server came up and requests were logged, errors included.
    expect(sharedText).toContain('Hội thi CCHC is up');
    expect(sharedText).toMatch(/"status":\d{3}/);
    const passwords = knownPasswords();
    expect(passwords).toContain('MatKhau@2025');
    const leaks = readdirSync(SERVER_LOG_DIR)
      .filter((f) => f.endsWith('.log'))
      .flatMap((f) => findLeaks(readFileSync(path.join(SERVER_LOG_DIR, f), 'utf8'), passwords, f));
    expect(report(leaks)).toEqual([]);
  });
});

describe(findLeaks.name, () => {
  const passwords = ['MatKhau@2025'];
  it('finds a planted CCCD, phone, token and password, and masks them in its report', () => {
    const token = 'Qk3x_9fZ-aT0pLm2VbNc8dRe4sUy6wHj1gKo5iXq7Az';
    const planted = [
      '{"level":50,"msg":"Key (citizen_id)=(096201234567) already exists."}',
      'postgres: DETAIL:  Key (phone)=(0912345678) already exists.',
      '{"phone":"+84912345678"}',
      `{"req":{"headers":{"authorization":"Bearer ${token}"}}}`,
      `{"accessToken":"${token}"}`,
      '{"body":{"password":"MatKhau@2025"}}',
      '{"body":{"code":"K7MQ4XHA"}}',
    ].join('\n');
    const leaks = findLeaks(planted, passwords, 'planted.log');
    expect(leaks.map((l) => [l.line, l.kind])).toEqual([
      [1, 'CCCD (12 digits)'],
      [2, 'phone (0 + 9 digits)'],
      [3, 'phone (+84)'],
      [4, 'bearer token'],
      [4, 'access token'],
      [5, 'access token'],
      [6, 'password'],
      [7, 'one-time code'],
    ]);
    const text = report(leaks).join('\n');
    for (const secret of [
      '096201234567',
      '0912345678',
      '84912345678',
      token,
      'MatKhau@2025',
      'K7MQ4XHA',
    ])
      expect(text).not.toContain(secret);
  });

  it('lets through what a clean log is made of: ids, times, sizes, redacted fields', () => {
    const clean = [
      '{"level":30,"time":1764741222000,"pid":4242,"req":{"id":"0b7e3f1c-2d4a-4e8b-9c1d-123456789012","method":"POST","path":"/api/auth/register"},"route":"/api/auth/register","status":409,"ms":12,"msg":"request completed"}',
      '{"authorization":"Bearer [redacted]","phone":"[redacted]"}',
      '[cchc] postgres: 2026-12-03 05:53:42.123 UTC [4242] ERROR:  duplicate key value violates unique constraint "uq_users_phone"',
      'sha256 3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea',
      '{"msg":"DEADLINE PASSED","unit":"HNI.MLA.VP","code":"T4MJK9QX2A"}',
    ].join('\n');
    expect(findLeaks(clean, passwords)).toEqual([]);
  });
});
